/* test-meetings.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Review meetings kept with the agreement (<meetings>): recorded from a
 * review of tests/data/actuals/three-months.csv against acme-saas.entente
 * (January 2027: 3 records entered MQL, 2 in time, 1 never; SQL has no
 * column), read back, merged, and read for the months an export does not
 * cover; and the goals held against the history they keep. */

static EntenteActualsReport *
review_file (EntenteDocument *document,
             const char      *data_name,
             int              year,
             int              month)
{
  g_autofree char *path = entente_test_data_path (data_name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  EntenteActualsReport *report;

  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  report = entente_actuals_compute (document, G_INPUT_STREAM (stream), data_name, NULL, year, month, NULL, &error);
  g_assert_no_error (error);
  return report;
}

static GDateTime *
meeting_time (void)
{
  return g_date_time_new_utc (2027, 2, 3, 15, 0, 30.25);
}

static EntenteMeeting *
record_month (EntenteDocument *document,
              const char      *data_name,
              int              year,
              int              month,
              const char      *notes,
              const char      *decision)
{
  g_autoptr(EntenteActualsReport) report = review_file (document, data_name, year, month);
  g_autoptr(GDateTime) when = meeting_time ();
  g_autoptr(EntenteMeeting) meeting = entente_meetings_new_from_report (report, data_name, "Dana Whitfield", when);

  if (notes != NULL)
    entente_item_set_string (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_NOTES, notes);
  if (decision != NULL)
    {
      const char *decisions[] = { decision, NULL };

      entente_item_set_boxed (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_DECISIONS, decisions);
    }
  return entente_meetings_record (document, meeting, ENTENTE_MEETINGS_KEEP_WRITTEN);
}

static EntenteDocument *
reload (EntenteDocument *document)
{
  g_autoptr(GBytes) bytes = entente_document_serialize (document);
  g_autoptr(GError) error = NULL;
  EntenteDocument *read = entente_document_new_from_bytes (bytes, "meetings.entente", &error);

  g_assert_no_error (error);
  return read;
}

/* What is recorded is what the review measured, in the file as the
 * schema says, not part of what is signed, and read back equal. */
static void
test_record_read_back (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *digest_before = entente_document_compute_digest (document);
  g_autofree char *digest_after = NULL;
  g_autoptr(EntenteDocument) read = NULL;
  g_autoptr(EntenteMeeting) read_meeting = NULL;
  g_autoptr(GDateTime) expected_time = g_date_time_new_utc (2027, 2, 3, 15, 0, 30);
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  EntenteMeeting *meeting;
  EntenteMeetingFigure *mql, *lead;
  EntenteMeetingCompliance *mql_compliance, *sql_compliance;
  int year, month;

  meeting = record_month (document, "actuals/three-months.csv", 2027, 1, "Bo's leads came in on a holiday.", "Hire an SDR");
  g_assert_cmpstr (entente_meeting_get_month (meeting), ==, "2027-01");
  g_assert_true (entente_meeting_get_year_month (meeting, &year, &month));
  g_assert_cmpint (year, ==, 2027);
  g_assert_cmpint (month, ==, 1);
  g_assert_true (g_date_time_equal (entente_meeting_get_time (meeting), expected_time));
  g_assert_cmpstr (entente_meeting_get_by (meeting), ==, "Dana Whitfield");
  g_assert_cmpstr (entente_meeting_get_export (meeting), ==, "actuals/three-months.csv");

  /* MQL is mapped, its next stage (SAL) is not: no reached-next; Lead has
   * no column at all: no figure. */
  mql = entente_meeting_find_figure (meeting, "mql");
  g_assert_nonnull (mql);
  g_assert_cmpint (entente_meeting_figure_get_actual (mql), ==, 3);
  g_assert_cmpint (entente_meeting_figure_get_reached_next (mql), ==, -1);
  g_assert_cmpint (entente_meeting_figure_get_target (mql), ==, 400);
  g_assert_cmpint (entente_meeting_figure_get_needed (mql), ==, 312);
  lead = entente_meeting_find_figure (meeting, "lead");
  g_assert_null (lead);

  mql_compliance = entente_meeting_find_compliance (meeting, "mql");
  g_assert_cmpstr (entente_meeting_compliance_get_party (mql_compliance), ==, "sdr");
  g_assert_cmpint (entente_meeting_compliance_get_entered (mql_compliance), ==, 3);
  g_assert_cmpint (entente_meeting_compliance_get_in_time (mql_compliance), ==, 2);
  g_assert_cmpint (entente_meeting_compliance_get_late (mql_compliance), ==, 0);
  g_assert_cmpint (entente_meeting_compliance_get_never (mql_compliance), ==, 1);
  g_assert_cmpint (entente_meeting_compliance_get_invalid (mql_compliance), ==, 0);
  g_assert_cmpint (entente_meeting_compliance_get_not_measured (mql_compliance), ==, ENTENTE_NOT_MEASURED_NONE);
  sql_compliance = entente_meeting_find_compliance (meeting, "sql");
  g_assert_cmpint (entente_meeting_compliance_get_not_measured (sql_compliance), ==, ENTENTE_NOT_MEASURED_STAGE_NOT_MAPPED);
  g_assert_cmpint (entente_meeting_compliance_get_entered (sql_compliance), ==, -1);

  /* Not part of what is signed. */
  digest_after = entente_document_compute_digest (document);
  g_assert_cmpstr (digest_before, ==, digest_after);

  /* Read back equal, and valid for other programs. */
  read = reload (document);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_meetings (read)), ==, 1);
  read_meeting = g_list_model_get_item (entente_document_get_meetings (read), 0);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (read_meeting), ENTENTE_ITEM (meeting)));
  g_assert_cmpstr (entente_meeting_get_notes (read_meeting), ==, "Bo's leads came in on a holiday.");
  g_assert_cmpstr (entente_meeting_get_decisions (read_meeting)[0], ==, "Hire an SDR");
  g_assert_null (entente_meeting_get_decisions (read_meeting)[1]);

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "meetings.entente");
  bytes = entente_document_serialize (document);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL),
                            "<figure stage=\"mql\" actual=\"3\" target=\"400\" needed=\"312\"/>"));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL),
                            "<compliance stage=\"sql\" party=\"sales\" not-measured=\"stage-not-mapped\"/>"));
  entente_test_assert_schema_accepts (path);
}

/* Recording a month again takes the new figures and loses nothing the
 * meeting wrote: the notes stay when none are given, the decisions add
 * up, each once; other months stay, in month order. */
static void
test_record_again (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  GListModel *meetings = entente_document_get_meetings (document);
  g_autoptr(EntenteMeeting) first = NULL;
  g_autoptr(EntenteMeeting) second = NULL;
  const char * const *decisions;

  record_month (document, "actuals/three-months.csv", 2027, 3, NULL, NULL);
  record_month (document, "actuals/three-months.csv", 2027, 1, "Holiday week.", "Hire an SDR");
  record_month (document, "actuals/three-months.csv", 2027, 1, NULL, "Move Bo to inbound");
  record_month (document, "actuals/three-months.csv", 2027, 1, NULL, "Hire an SDR");

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  first = g_list_model_get_item (meetings, 0);
  second = g_list_model_get_item (meetings, 1);
  g_assert_cmpstr (entente_meeting_get_month (first), ==, "2027-01");
  g_assert_cmpstr (entente_meeting_get_month (second), ==, "2027-03");
  g_assert_cmpstr (entente_meeting_get_notes (first), ==, "Holiday week.");
  decisions = entente_meeting_get_decisions (first);
  g_assert_cmpuint (g_strv_length ((char **) decisions), ==, 2);
  g_assert_cmpstr (decisions[0], ==, "Hire an SDR");
  g_assert_cmpstr (decisions[1], ==, "Move Bo to inbound");

  /* As the window edited them: what it shows is what is kept. */
  {
    g_autoptr(EntenteActualsReport) report = review_file (document, "actuals/three-months.csv", 2027, 1);
    g_autoptr(GDateTime) when = meeting_time ();
    g_autoptr(EntenteMeeting) edited = entente_meetings_new_from_report (report, NULL, NULL, when);
    const char *kept[] = { "Move Bo to inbound", NULL };
    g_autoptr(EntenteMeeting) read = NULL;

    entente_item_set_boxed (ENTENTE_ITEM (edited), ENTENTE_MEETING_FIELD_DECISIONS, kept);
    entente_meetings_record (document, edited, ENTENTE_MEETINGS_AS_EDITED);
    g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
    read = g_list_model_get_item (meetings, 0);
    g_assert_null (entente_meeting_get_notes (read));
    g_assert_cmpstrv (entente_meeting_get_decisions (read), kept);
    /* Recorded again by nobody named: who recorded it stays known. */
    g_assert_cmpstr (entente_meeting_get_by (read), ==, "Dana Whitfield");
  }
}

/* An export of March and April alone: January comes from its meeting,
 * February, neither exported nor recorded, stays unknown. */
static void
test_window_from_records (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(GPtrArray) window = NULL;
  static const char *late_rows =
    "Record ID,Contact owner,Became a Marketing Qualified Lead Date,Date of first engagement\n"
    "6,Bo,2027-03-31 23:30,2027-04-01 09:10\n"
    "7,Ann,2027-04-01 00:30,2027-04-01 09:20\n"
    "8,Ann,2027-03-15 10:00,2027-03-15 09:00\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (late_rows, -1, NULL);
  g_autoptr(GError) error = NULL;
  const EntenteActualsMonth *january, *february, *march;
  const EntenteActualsProtocol *mql;

  record_month (document, "actuals/three-months.csv", 2027, 1, NULL, NULL);
  report = entente_actuals_compute (document, stream, "late.csv", NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->month, ==, 4);
  window = entente_actuals_report_get_window (report, 4);
  g_assert_cmpuint (entente_meetings_fill_window (document, window), ==, 1);

  january = g_ptr_array_index (window, 0);
  g_assert_false (january->in_export);
  g_assert_true (january->recorded);
  g_assert_true (entente_actuals_month_is_known (january));
  g_assert_cmpint (entente_test_report_stage_in (january->stages, "mql")->actual, ==, 3);
  g_assert_cmpint (entente_test_report_stage_in (january->stages, "lead")->actual, ==, -1);
  mql = g_ptr_array_index (january->protocols, 0);
  g_assert_cmpint (mql->entered, ==, 3);
  g_assert_cmpint (mql->in_time, ==, 2);
  g_assert_cmpint (mql->never, ==, 1);
  g_assert_cmpfloat_with_epsilon (entente_actuals_protocol_get_compliance (mql), 2.0 / 3.0, 1e-9);
  g_assert_cmpint (((EntenteActualsProtocol *) g_ptr_array_index (january->protocols, 1))->compliance_gap, ==,
                   ENTENTE_ACTUALS_STAGE_NOT_MAPPED);

  february = g_ptr_array_index (window, 1);
  g_assert_false (entente_actuals_month_is_known (february));
  march = g_ptr_array_index (window, 2);
  g_assert_true (march->in_export);
  g_assert_false (march->recorded);
  g_assert_cmpint (entente_test_report_stage_in (march->stages, "mql")->actual, ==, 2);
}

/* tests/data/actuals/lead-history.csv: 20 leads a month from January to
 * March 2027, one of which becomes an MQL each month: 3 of 60, 5 %,
 * against a plan of 15 % from Lead to MQL.  Recorded, the meetings alone
 * make `check` say so. */
static void
test_history_from_records (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) before = entente_checks_run (document);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *measured = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  EntenteMeetingsSpan span;
  guint64 entered, reached;
  guint found = 0;

  for (guint i = 0; i < before->len; i++)
    g_assert_cmpstr (((EntenteFinding *) g_ptr_array_index (before, i))->code, !=, "conversion-above-history");

  for (int month = 1; month <= 3; month++)
    record_month (document, "actuals/lead-history.csv", 2027, month, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (entente_meetings_get_cohort (document, "lead", 3, &entered, &reached, &span),
                                  0.05, 1e-9);
  g_assert_cmpuint (entered, ==, 60);
  g_assert_cmpuint (reached, ==, 3);
  g_assert_cmpuint (span.n_months, ==, 3);
  g_assert_cmpint (span.first_year * 100 + span.first_month, ==, 202701);
  g_assert_cmpint (span.last_year * 100 + span.last_month, ==, 202703);
  /* Two months back: February and March only. */
  g_assert_cmpfloat_with_epsilon (entente_meetings_get_cohort (document, "lead", 2, &entered, NULL, NULL), 0.05, 1e-9);
  g_assert_cmpuint (entered, ==, 40);

  rate = entente_format_rate (NULL, 0.15);
  measured = entente_format_rate (NULL, 0.05);
  since = entente_format_month (NULL, 2027, 1);
  until = entente_format_month (NULL, 2027, 3);
  expected = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s the review meetings recorded from %s to %s (%s of %s records)."),
                              entente_document_stage_name (document, "lead"),
                              entente_document_stage_name (document, "mql"),
                              rate, measured, since, until, "3", "60");
  after = entente_checks_run (document);
  for (guint i = 0; i < after->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (after, i);

      if (g_str_equal (finding->code, "conversion-above-history"))
        {
          g_assert_cmpstr (finding->message, ==, expected);
          g_assert_cmpstr (finding->section, ==, "goals");
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 1);

  /* Beside the plan, in the Goals step: Lead → MQL, measured; MQL → SAL,
   * whose next stage the export has no column for, not. */
  {
    GListModel *conversions = entente_goals_get_conversions (entente_document_get_goals (document));
    g_autoptr(EntenteConversion) lead_to_mql = g_list_model_get_item (conversions, 0);
    g_autoptr(EntenteConversion) mql_to_sal = g_list_model_get_item (conversions, 1);
    g_autofree char *detail = NULL;
    g_autofree char *described = entente_history_describe_recorded (document, lead_to_mql, &detail);
    g_autoptr(GDateTime) january = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);
    g_autoptr(GDateTime) march = g_date_time_new_utc (2027, 3, 1, 0, 0, 0);
    g_autofree char *jan = entente_format_pattern (NULL, january, C_("month", "%b %Y"));
    g_autofree char *mar = entente_format_pattern (NULL, march, C_("month", "%b %Y"));
    g_autofree char *beside = g_strdup_printf (_("Planned %s · measured %s, %s – %s"), rate, measured, jan, mar);
    g_autofree char *counted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Measured %s over the %u month recorded (%s of %s records)",
                                                             "Measured %s over the %u months recorded (%s of %s records)", 3),
                                                measured, 3, "3", "60");
    g_autofree char *nothing = entente_history_describe_recorded (document, mql_to_sal, NULL);

    g_assert_cmpstr (entente_conversion_get_from (lead_to_mql), ==, "lead");
    g_assert_cmpstr (described, ==, beside);
    g_assert_cmpstr (detail, ==, counted);
    g_assert_null (nothing);
  }

  /* One month recorded says one month, not three. */
  {
    g_autoptr(EntenteDocument) one = entente_test_load_example ("acme-saas.entente");
    g_autoptr(GPtrArray) findings = NULL;
    g_autofree char *january = entente_format_month (NULL, 2027, 1);
    g_autofree char *said_once = NULL;
    gboolean seen = FALSE;

    record_month (one, "actuals/lead-history.csv", 2027, 1, NULL, NULL);
    said_once = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s the review meeting recorded for %s (%s of %s records)."),
                                 entente_document_stage_name (one, "lead"), entente_document_stage_name (one, "mql"),
                                 rate, measured, january, "1", "20");
    findings = entente_checks_run (one);
    for (guint i = 0; i < findings->len; i++)
      seen |= g_strcmp0 (((EntenteFinding *) g_ptr_array_index (findings, i))->message, said_once) == 0;
    g_assert_true (seen);
  }
}

/* Counts written by hand that cannot be (5 in time of 3 entered) are an
 * error of `check`, and the month is not shown as if they were: it
 * showed 500 % compliance. */
static void
test_impossible (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  EntenteMeeting *meeting = record_month (document, "actuals/three-months.csv", 2027, 1, NULL, NULL);
  EntenteMeetingCompliance *mql = entente_meeting_find_compliance (meeting, "mql");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(GPtrArray) window = NULL;
  guint errors = 0;

  g_assert_true (entente_meeting_is_possible (meeting));
  entente_item_set_int (ENTENTE_ITEM (mql), ENTENTE_MEETING_COMPLIANCE_FIELD_IN_TIME, 5);
  g_assert_false (entente_meeting_compliance_is_possible (mql));
  g_assert_false (entente_meeting_is_possible (meeting));

  findings = entente_checks_run (document);
  for (guint i = 0; i < findings->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->code, "meeting-impossible"))
        {
          g_assert_cmpint (finding->severity, ==, ENTENTE_SEVERITY_ERROR);
          g_assert_cmpstr (finding->section, ==, "meetings");
          errors++;
        }
    }
  g_assert_cmpuint (errors, ==, 1);

  {
    static const char *april =
      "Record ID,Contact owner,Became a Marketing Qualified Lead Date,Date of first engagement\n"
      "7,Ann,2027-04-01 10:30,2027-04-01 10:40\n";
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (april, -1, NULL);

    report = entente_actuals_compute (document, stream, "april.csv", NULL, 2027, 4, NULL, NULL);
  }
  window = entente_actuals_report_get_window (report, 4);
  g_assert_false (((EntenteActualsMonth *) g_ptr_array_index (window, 0))->in_export);
  g_assert_cmpuint (entente_meetings_fill_window (document, window), ==, 0);
  g_assert_false (entente_actuals_month_is_known (g_ptr_array_index (window, 0)));
  /* Corrected, it is read again. */
  entente_item_set_int (ENTENTE_ITEM (mql), ENTENTE_MEETING_COMPLIANCE_FIELD_IN_TIME, 2);
  g_clear_pointer (&window, g_ptr_array_unref);
  window = entente_actuals_report_get_window (report, 4);
  g_assert_cmpuint (entente_meetings_fill_window (document, window), ==, 1);
}

/* Two copies, each recording its own month, merge into both; the same
 * month recorded differently is a conflict, never one side silently. */
static void
test_merge (void)
{
  g_autoptr(EntenteDocument) base = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) ours = reload (base);
  g_autoptr(EntenteDocument) theirs = reload (base);
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteDocument) clash = NULL;
  g_autoptr(EntenteDocument) ours_again = NULL;
  g_autoptr(GError) error = NULL;
  guint conflicts = 0;

  record_month (ours, "actuals/three-months.csv", 2027, 1, "Ours.", NULL);
  record_month (theirs, "actuals/three-months.csv", 2027, 2, "Theirs.", NULL);
  merged = entente_merge (base, ours, theirs, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts, ==, 0);
  g_assert_nonnull (entente_meetings_find (merged, 2027, 1));
  g_assert_nonnull (entente_meetings_find (merged, 2027, 2));
  g_assert_cmpstr (entente_meeting_get_notes (entente_meetings_find (merged, 2027, 2)), ==, "Theirs.");

  ours_again = reload (ours);
  entente_item_set_string (ENTENTE_ITEM (entente_meetings_find (ours_again, 2027, 1)),
                           ENTENTE_MEETING_FIELD_NOTES, "Ours, edited.");
  record_month (theirs, "actuals/three-months.csv", 2027, 1, "Theirs for January.", NULL);
  clash = entente_merge (ours, ours_again, theirs, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts, >=, 1);
}

/* tests/data/meetings.entente, three months recorded by entente-cli
 * report --record (with a day's export each, the notes and decisions of
 * January, a protocol not measured): read and written back byte for
 * byte, and valid for other programs. */
static void
test_file_round_trip (void)
{
  g_autofree char *path = entente_test_data_path ("meetings.entente");
  g_autoptr(GBytes) original = entente_test_read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_document_new_from_bytes (original, "meetings.entente", &error);
  g_autoptr(GBytes) written = NULL;
  EntenteMeeting *january;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_meetings (document)), ==, 3);
  january = entente_meetings_find (document, 2027, 1);
  g_assert_cmpint (entente_meeting_figure_get_reached_next (entente_meeting_find_figure (january, "lead")), ==, 7);
  g_assert_cmpint (entente_meeting_compliance_get_invalid (entente_meeting_find_compliance (january, "sql")), ==, 1);
  written = entente_document_serialize (document);
  g_assert_true (g_bytes_equal (original, written));
  entente_test_assert_schema_accepts (path);
}

/* A month that is not YYYY-MM is refused, with its line and column. */
static void
test_bad_month (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bad = NULL;
  g_autoptr(EntenteDocument) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = NULL;

  record_month (document, "actuals/three-months.csv", 2027, 1, NULL, NULL);
  bytes = entente_document_serialize (document);
  text = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  g_assert_cmpuint (g_string_replace (text, "month=\"2027-01\"", "month=\"2027-13\"", 1), ==, 1);
  bad = g_bytes_new (text->str, text->len);
  read = entente_document_new_from_bytes (bad, "bad-month.entente", &error);
  g_assert_null (read);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_true (g_regex_match_simple ("^bad-month\\.entente:[0-9]+:[0-9]+: ", error->message, 0, 0));
  g_assert_nonnull (strstr (error->message, "2027-13"));
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meetings/record-read-back", test_record_read_back);
  g_test_add_func ("/meetings/record-again", test_record_again);
  g_test_add_func ("/meetings/window-from-records", test_window_from_records);
  g_test_add_func ("/meetings/history-from-records", test_history_from_records);
  g_test_add_func ("/meetings/merge", test_merge);
  g_test_add_func ("/meetings/impossible", test_impossible);
  g_test_add_func ("/meetings/bad-month", test_bad_month);
  g_test_add_func ("/meetings/file-round-trip", test_file_round_trip);

  return g_test_run ();
}
