/* test-actuals.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-actuals-header.h"
#include "entente-core.h"
#include "entente-test-util.h"

/* data/actuals/hubspot-acme.csv against acme-saas.entente, January 2027
 * (America/New_York, business hours Monday to Friday 09:00–17:00).  Every
 * figure below is counted by hand from the file:
 *
 *   line  record  mql entry (local)      first contact      mql protocol (PT1H business)
 *      2  101     Mon 01-04 10:00        Mon 10:30          in time (deadline 11:00)
 *      3  102     Fri 01-15 16:30        Mon 01-18 09:20    in time (deadline Mon 09:30)
 *    4–5  103     Fri 01-15 16:30        Mon 01-18 09:40    late    (quoted CRLF in Lead Status)
 *      6  104     Wed 01-06 11:00        —                  never
 *      7  105     Wed 01-20 14:00-05:00  15:00              in time (exactly at the deadline)
 *      8  106     2026-12-30             —                  outside; sql 01-05: never
 *      9  107     malformed (4 fields)                      skipped
 *     10  108     Sat 01-09 10:00        Mon 01-11 09:59    in time (clock starts Mon 09:00)
 *     11  109     Tue 01-12 20:00        Wed 01-13 10:01    late    (clock starts Wed 09:00)
 *     12  110     2026-11-03             01-07 11:30        sql 01-07, opportunity, customer
 *     13  111     "31/01/2027 10:00 AM" is not a date       skipped
 *     14  112     2027-02-02                                outside
 *     15  113     lead Sun 01-31 23:00 (Feb 1 in UTC)       lead only
 */

static EntenteActualsReport *
compute (const char  *csv_name,
         const char  *first_contact,
         GError     **error)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *name = g_build_filename ("actuals", csv_name, NULL);
  g_autofree char *path = entente_test_data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();

  g_assert_nonnull (stream);
  if (first_contact != NULL)
    entente_actuals_mapping_set (overrides, "first-contact", first_contact);
  return entente_actuals_compute (document, G_INPUT_STREAM (stream), csv_name, overrides,
                                  2027, 1, NULL, error);
}

static gint64
local_time (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) time = g_date_time_new (zone, year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

static void
test_stages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report = compute ("hubspot-acme.csv", "First Contact", &error);
  static const struct { const char *id; gint64 actual; int target; double needed; } expected[] = {
    { "lead", 8, -1, 2075 },
    { "mql", 7, 400, 312 },
    { "sal", -1, -1, 187 },
    { "sql", 3, 120, 94 },
    { "opportunity", 1, -1, 56 },
    { "customer", 1, 14, 14 },
  };

  g_assert_no_error (error);
  g_assert_cmpint (report->year, ==, 2027);
  g_assert_cmpint (report->month, ==, 1);
  g_assert_cmpuint (report->rows, ==, 13);
  g_assert_cmpuint (report->skipped, ==, 2);
  g_assert_cmpuint (report->stages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      EntenteActualsStage *row = g_ptr_array_index (report->stages, i);

      g_assert_cmpstr (row->stage_id, ==, expected[i].id);
      g_assert_cmpint (row->actual, ==, expected[i].actual);
      g_assert_cmpint (row->target, ==, expected[i].target);
      g_assert_cmpfloat (row->needed, ==, expected[i].needed);
    }
  g_assert_null (entente_test_report_stage (report, "sal")->column);
  g_assert_cmpstr (entente_test_report_stage (report, "mql")->column, ==, "Became a Marketing Qualified Lead Date");

  /* Conversion: the next stage's entries ÷ this stage's, same month. */
  g_assert_cmpfloat_with_epsilon (entente_test_report_stage (report, "lead")->conversion, 7.0 / 8.0, 1e-9);
  g_assert_cmpfloat (entente_test_report_stage (report, "mql")->conversion, <, 0);  /* sal has no column */
  g_assert_cmpfloat_with_epsilon (entente_test_report_stage (report, "sql")->conversion, 1.0 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (entente_test_report_stage (report, "opportunity")->conversion, 1.0, 1e-9);
  g_assert_cmpfloat (entente_test_report_stage (report, "customer")->conversion, <, 0);
}

static void
test_protocols (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report = compute ("hubspot-acme.csv", "First Contact", &error);
  EntenteActualsProtocol *mql, *sql;
  EntenteActualsOwner *owner;
  EntenteActualsBreach *breach;

  g_assert_no_error (error);
  g_assert_cmpuint (report->protocols->len, ==, 2);

  mql = entente_test_report_protocol (report, "mql");
  g_assert_cmpstr (mql->party, ==, "sdr");
  g_assert_true (mql->business_hours);
  g_assert_cmpint (mql->attempts, ==, 6);
  g_assert_cmpuint (mql->entered, ==, 7);
  g_assert_cmpuint (mql->in_time, ==, 4);
  g_assert_cmpuint (mql->late, ==, 2);
  g_assert_cmpuint (mql->never, ==, 1);
  g_assert_cmpuint (mql->attempts_ok, ==, 4);
  g_assert_cmpfloat_with_epsilon (entente_actuals_protocol_get_compliance (mql), 4.0 / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (entente_actuals_protocol_get_attempts_ok (mql), 4.0 / 7.0, 1e-9);

  g_assert_cmpuint (mql->owners->len, ==, 2);
  owner = g_ptr_array_index (mql->owners, 0);
  g_assert_cmpstr (owner->owner, ==, "Pat Pursuer");
  g_assert_cmpuint (owner->entered, ==, 3);
  g_assert_cmpuint (owner->in_time, ==, 0);
  owner = g_ptr_array_index (mql->owners, 1);
  g_assert_cmpstr (owner->owner, ==, "Sam Seller");
  g_assert_cmpuint (owner->entered, ==, 4);
  g_assert_cmpuint (owner->in_time, ==, 4);

  g_assert_cmpuint (mql->n_breaches, ==, 3);
  g_assert_cmpuint (mql->breaches->len, ==, 3);
  breach = g_ptr_array_index (mql->breaches, 0);
  g_assert_cmpstr (breach->record, ==, "103");
  g_assert_cmpstr (breach->owner, ==, "Pat Pursuer");
  g_assert_cmpint (breach->entered, ==, local_time (2027, 1, 15, 16, 30));
  g_assert_cmpint (breach->deadline, ==, local_time (2027, 1, 18, 9, 30));
  g_assert_cmpint (breach->first_contact, ==, local_time (2027, 1, 18, 9, 40));
  breach = g_ptr_array_index (mql->breaches, 1);
  g_assert_cmpstr (breach->record, ==, "104");
  g_assert_cmpint (breach->first_contact, ==, ENTENTE_ACTUALS_NO_TIME);
  breach = g_ptr_array_index (mql->breaches, 2);
  g_assert_cmpstr (breach->record, ==, "109");
  g_assert_cmpint (breach->deadline, ==, local_time (2027, 1, 13, 10, 0));

  sql = entente_test_report_protocol (report, "sql");
  g_assert_cmpstr (sql->party, ==, "sales");
  g_assert_cmpuint (sql->entered, ==, 3);
  /* 101 was first contacted on 4 January, before it became an SQL on the
   * 25th: whether the SQL's first contact came in time is not known. */
  g_assert_cmpuint (sql->in_time, ==, 1);
  g_assert_cmpuint (sql->late, ==, 0);
  g_assert_cmpuint (sql->never, ==, 1);
  g_assert_cmpuint (sql->invalid, ==, 1);
  g_assert_cmpfloat_with_epsilon (entente_actuals_protocol_get_compliance (sql), 0.5, 1e-9);
  g_assert_cmpuint (sql->attempts_ok, ==, 3);
  g_assert_cmpuint (sql->breaches->len, ==, 1);
  g_assert_cmpstr (((EntenteActualsBreach *) g_ptr_array_index (sql->breaches, 0))->record, ==, "106");
}

static void
test_skipped_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report = compute ("hubspot-acme.csv", "First Contact", &error);
  g_autofree char *short_row = g_strdup_printf (_("%s:%s: the row has %u fields, the header %u"),
                                                "hubspot-acme.csv", "9", 4, 13);
  g_autofree char *not_a_date = g_strdup_printf (_("%s:%s: column “%s”: “%s” reads only with the day first, and the column's dates are read with the month first"),
                                                 "hubspot-acme.csv", "13", "Became a Marketing Qualified Lead Date", "31/01/2027 10:00 AM");

  g_assert_no_error (error);
  g_assert_cmpuint (report->skipped, ==, 2);
  g_assert_cmpuint (report->skipped_messages->len, ==, 2);
  g_assert_cmpuint (g_array_index (report->skipped_lines, guint64, 0), ==, 9);
  g_assert_cmpuint (g_array_index (report->skipped_lines, guint64, 1), ==, 13);
  g_assert_cmpstr (g_ptr_array_index (report->skipped_messages, 0), ==, short_row);
  g_assert_cmpstr (g_ptr_array_index (report->skipped_messages, 1), ==, not_a_date);
}

/* A record of a million commas is a skipped row with its line, and the
 * rows after it count; in a header, it is an error. */
static void
test_record_too_large (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autofree char *original = NULL;
  g_autofree char *commas = g_strnfill (1000 * 1000, ',');
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) plain = NULL;
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(EntenteActualsReport) no_report = NULL;
  const char *second_line;

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  second_line = strchr (original, '\n') + 1;

  {
    g_autofree char *header = g_strndup (original, (gsize) (second_line - original));
    g_autofree char *text = g_strconcat (header, commas, "\n", second_line, NULL);
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, (gssize) strlen (text), NULL);
    g_autoptr(GInputStream) plain_stream = g_memory_input_stream_new_from_data (original, (gssize) strlen (original), NULL);

    plain = entente_actuals_compute (document, plain_stream, "hubspot-acme.csv", NULL, 2027, 1, NULL, &error);
    g_assert_no_error (error);
    report = entente_actuals_compute (document, stream, "hubspot-acme.csv", NULL, 2027, 1, NULL, &error);
    g_assert_no_error (error);
  }

  g_assert_cmpuint (report->rows, ==, plain->rows + 1);
  g_assert_cmpuint (report->skipped, ==, plain->skipped + 1);
  g_assert_cmpuint (g_array_index (report->skipped_lines, guint64, 0), ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (report->skipped_messages, 0), "hubspot-acme.csv:2:1: "));
  g_assert_cmpuint (entente_test_report_stage (report, "mql")->actual, ==, entente_test_report_stage (plain, "mql")->actual);

  {
    g_autofree char *text = g_strconcat (commas, "\n", second_line, NULL);
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, (gssize) strlen (text), NULL);

    no_report = entente_actuals_compute (document, stream, "hubspot-acme.csv", NULL, 2027, 1, NULL, &error);
    g_assert_null (no_report);
    g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_RECORD_TOO_LARGE);
    g_assert_true (g_str_has_prefix (error->message, "hubspot-acme.csv:1:1: "));
  }
}

static EntenteActualsReport *
compute_text (const char *text)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, (gssize) strlen (text), NULL);
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(GError) error = NULL;
  EntenteActualsReport *report;

  entente_actuals_mapping_set (overrides, "mql", "MQL");
  entente_actuals_mapping_set (overrides, "first-contact", "Contact");
  entente_actuals_mapping_set (overrides, "owner", "Owner");
  entente_actuals_mapping_set (overrides, "record", "Id");
  report = entente_actuals_compute (document, stream, "owners.csv", overrides, 2027, 1, NULL, &error);
  g_assert_no_error (error);
  return report;
}

/* The busiest owners are shown by name; the others are counted together,
 * and none is left out of the totals. */
static void
test_owners_capped (void)
{
  g_autoptr(GString) text = g_string_new ("Id,MQL,Contact,Owner\n");
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(EntenteActualsReport) many = NULL;
  EntenteActualsProtocol *mql;
  guint64 shown = 0;

  /* Owner k has k + 1 records, in time when k is even; "zed" is busiest. */
  for (guint k = 0; k < 40; k++)
    for (guint r = 0; r <= k; r++)
      g_string_append_printf (text, "%u-%u,2027-01-05 10:00,2027-01-05 %s,%s%02u\n",
                              k, r, k % 2 == 0 ? "10:30" : "20:00", k == 39 ? "zed-" : "owner-", k);
  report = compute_text (text->str);
  mql = g_ptr_array_index (report->protocols, 0);

  g_assert_cmpuint (mql->owners->len, ==, ENTENTE_ACTUALS_MAX_OWNERS_SHOWN);
  /* By name, and the 25 busiest: owners 15 to 39. */
  for (guint i = 0; i < mql->owners->len; i++)
    {
      EntenteActualsOwner *owner = g_ptr_array_index (mql->owners, i);
      g_autofree char *expected = g_strdup_printf ("%s%02u", i == 24 ? "zed-" : "owner-", 15 + i);

      g_assert_cmpstr (owner->owner, ==, expected);
      g_assert_cmpuint (owner->entered, ==, 16 + i);
      shown += owner->entered;
    }
  g_assert_nonnull (mql->others);
  g_assert_null (mql->others->owner);
  g_assert_false (mql->others_uncounted);
  g_assert_cmpuint (mql->others->entered, ==, 15 * 16 / 2);
  g_assert_cmpuint (shown + mql->others->entered, ==, mql->entered);
  g_assert_cmpuint (mql->others->in_time, ==, 1 + 3 + 5 + 7 + 9 + 11 + 13 + 15);

  /* Past the owners told apart, the rest join the others, and say so. */
  g_string_truncate (text, 0);
  g_string_append (text, "Id,MQL,Contact,Owner\n");
  for (guint k = 0; k < ENTENTE_ACTUALS_MAX_OWNERS_COUNTED + 5; k++)
    g_string_append_printf (text, "%u,2027-01-05 10:00,2027-01-05 10:30,o%u\n", k, k);
  many = compute_text (text->str);
  mql = g_ptr_array_index (many->protocols, 0);
  g_assert_cmpuint (mql->owners->len, ==, ENTENTE_ACTUALS_MAX_OWNERS_SHOWN);
  g_assert_true (mql->others_uncounted);
  g_assert_cmpuint (mql->others->entered, ==, ENTENTE_ACTUALS_MAX_OWNERS_COUNTED + 5 - ENTENTE_ACTUALS_MAX_OWNERS_SHOWN);
}

static void
test_without_first_contact (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report = compute ("hubspot-acme.csv", NULL, &error);
  EntenteActualsProtocol *mql;

  /* HubSpot's contacts have no first-contact column: the records that
   * entered are counted, but whether anyone followed up in time is not
   * known, so compliance is not measured (it read 0 %, every record
   * "never" contacted and breaching).  Nor are the attempts. */
  g_assert_no_error (error);
  mql = entente_test_report_protocol (report, "mql");
  g_assert_cmpuint (mql->entered, ==, 7);
  g_assert_cmpint (mql->compliance_gap, ==, ENTENTE_ACTUALS_CONTACT_NOT_MAPPED);
  g_assert_cmpuint (mql->in_time + mql->late + mql->never, ==, 0);
  g_assert_cmpuint (mql->n_breaches, ==, 0);
  g_assert_cmpuint (mql->breaches->len, ==, 0);
  g_assert_cmpuint (mql->owners->len, ==, 0);
  g_assert_cmpfloat (entente_actuals_protocol_get_compliance (mql), <, 0);

  /* Without an attempts column, the attempts are not measured either,
   * while compliance is. */
  {
    g_autoptr(EntenteActualsReport) measured = compute_text ("Id,MQL,Contact,Owner\n"
                                                             "1,2027-01-05 10:00,2027-01-05 10:30,o1\n");

    mql = g_ptr_array_index (measured->protocols, 0);
    g_assert_cmpint (mql->compliance_gap, ==, ENTENTE_ACTUALS_MEASURED);
    g_assert_cmpint (mql->attempts_gap, ==, ENTENTE_ACTUALS_ATTEMPTS_NOT_MAPPED);
    g_assert_cmpfloat (entente_actuals_protocol_get_compliance (mql), ==, 1.0);
    g_assert_cmpfloat (entente_actuals_protocol_get_attempts_ok (mql), <, 0);
  }
}

static EntenteActualsReport *
compute_header_variant (const char  *header,
                        const char  *first_contact,
                        GError     **error)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  text = g_strconcat (header, strchr (contents, '\n'), NULL);
  stream = g_memory_input_stream_new_from_data (g_steal_pointer (&text), -1, g_free);
  entente_actuals_mapping_set (overrides, "first-contact", first_contact);
  return entente_actuals_compute (document, stream, "variant.csv", overrides, 2027, 1, NULL, error);
}

/* Headers match as people read them: a spreadsheet's byte-order mark,
 * another case, spaces around and doubled inside change nothing.  They
 * gave null for every stage. */
static void
test_header_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report =
    compute_header_variant ("\xef\xbb\xbfrecord id,FIRST NAME, contact owner ,create date,became a lead date,"
                            "BECAME A MARKETING QUALIFIED LEAD DATE ,Became  a Sales Qualified Lead Date,"
                            "became an opportunity date,became a customer date,number of times contacted,"
                            "lifecycle stage,lead status, First Contact",
                            "first contact", &error);
  EntenteActualsProtocol *mql;

  g_assert_no_error (error);
  g_assert_cmpint (entente_test_report_stage (report, "mql")->actual, ==, 7);
  g_assert_cmpint (entente_test_report_stage (report, "sql")->actual, ==, 3);
  g_assert_cmpint (entente_test_report_stage (report, "lead")->actual, ==, 8);
  mql = entente_test_report_protocol (report, "mql");
  g_assert_cmpint (mql->compliance_gap, ==, ENTENTE_ACTUALS_MEASURED);
  g_assert_cmpuint (mql->entered, ==, 7);
  g_assert_cmpuint (mql->in_time, ==, 4);
  /* The mapping names the columns as the export spells them. */
  g_assert_cmpstr (entente_actuals_mapping_get (report->mapping, "mql"), ==,
                   "BECAME A MARKETING QUALIFIED LEAD DATE ");
  g_assert_cmpstr (entente_actuals_mapping_get (report->mapping, "first-contact"), ==, "first contact");
}

/* A column the review reads, twice in the header: which one holds the
 * dates is a guess, so the export is refused, both columns named (the
 * first, empty one was taken). */
static void
test_duplicated_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report =
    compute_header_variant ("Record ID,Became a Marketing Qualified Lead Date,Contact owner,Create Date,"
                            "Became a Lead Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,"
                            "Became an Opportunity Date,Became a Customer Date,Number of times contacted,"
                            "Lifecycle Stage,Lead Status,First Contact",
                            "First Contact", &error);
  g_autofree char *expected = g_strdup_printf (_("%s: columns %d and %d are both called “%s” (mapped to %s); "
                                                 "rename one of them in the export"),
                                               "variant.csv", 2, 6, "Became a Marketing Qualified Lead Date", "mql");

  g_assert_null (report);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
}

/* A semicolon export, as Excel writes it where the decimal mark is a
 * comma, counts as its comma twin (every stage read null). */
static void
test_semicolons (void)
{
  g_autoptr(EntenteActualsReport) report = compute_text ("Id;MQL;Contact;Owner\n"
                                                         "1;2027-01-05 10:00;2027-01-05 10:30;o1\n"
                                                         "2;2027-01-06 10:00;;o2\n");
  EntenteActualsProtocol *mql = g_ptr_array_index (report->protocols, 0);

  g_assert_cmpint (entente_test_report_stage (report, "mql")->actual, ==, 2);
  g_assert_cmpuint (mql->entered, ==, 2);
  g_assert_cmpuint (mql->in_time, ==, 1);
  g_assert_cmpuint (mql->never, ==, 1);
  g_assert_cmpuint (report->skipped, ==, 0);
}

static void
test_missing_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report = compute ("hubspot-acme.csv", "First Touch", &error);

  g_assert_null (report);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“First Touch”"));
  g_assert_nonnull (strstr (error->message, "first-contact"));
}

static void
test_unknown_key (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data ("Record ID,Nope\r\n1,2\r\n", -1, NULL);
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(GError) error = NULL;

  entente_actuals_mapping_set (overrides, "wizard", "Nope");
  report = entente_actuals_compute (document, stream, "x.csv", overrides, 2027, 1, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“wizard”"));
}

static void
test_empty_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report = compute ("empty.csv", NULL, &error);
  g_autofree char *empty = g_strdup_printf (_("%s: the file is empty"), "empty.csv");

  g_assert_null (report);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, empty);
}

static GPtrArray *
header_of (const char * const *columns)
{
  GPtrArray *header = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; columns[i] != NULL; i++)
    g_ptr_array_add (header, g_strdup (columns[i]));
  return header;
}

static void
test_detect (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  static const char * const hubspot[] = {
    "Record ID", "Contact owner", "Create Date", "Became a Marketing Qualified Lead Date",
    "Became a Sales Qualified Lead Date", "Number of times contacted", NULL
  };
  static const char * const salesforce[] = {
    "Lead ID", "Lead Owner", "Create Date", "MQL Date", "SAL Date", "First Activity Date", NULL
  };
  static const char * const other[] = { "id", "when", NULL };
  g_autoptr(GPtrArray) h = header_of (hubspot);
  g_autoptr(GPtrArray) s = header_of (salesforce);
  g_autoptr(GPtrArray) o = header_of (other);
  g_autoptr(EntenteActualsMapping) mh = entente_actuals_mapping_detect (h, document);
  g_autoptr(EntenteActualsMapping) ms = entente_actuals_mapping_detect (s, document);
  g_autoptr(EntenteActualsMapping) mo = entente_actuals_mapping_detect (o, document);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (entente_actuals_mapping_get_source (mh), ==, ENTENTE_ACTUALS_SOURCE_HUBSPOT);
  g_assert_cmpstr (entente_actuals_mapping_get (mh, "record"), ==, "Record ID");
  g_assert_cmpstr (entente_actuals_mapping_get (mh, "owner"), ==, "Contact owner");
  g_assert_cmpstr (entente_actuals_mapping_get (mh, "attempts"), ==, "Number of times contacted");
  g_assert_null (entente_actuals_mapping_get (mh, "first-contact"));
  /* No "Became a Lead Date": the lead stage falls back on "Create Date". */
  g_assert_cmpstr (entente_actuals_mapping_get (mh, "lead"), ==, "Create Date");
  g_assert_cmpstr (entente_actuals_mapping_get (mh, "mql"), ==, "Became a Marketing Qualified Lead Date");
  g_assert_null (entente_actuals_mapping_get (mh, "sal"));
  g_assert_cmpstr (entente_actuals_mapping_get (mh, "sql"), ==, "Became a Sales Qualified Lead Date");
  g_assert_null (entente_actuals_mapping_get (mh, "customer"));

  g_assert_cmpint (entente_actuals_mapping_get_source (ms), ==, ENTENTE_ACTUALS_SOURCE_SALESFORCE);
  g_assert_cmpstr (entente_actuals_mapping_get (ms, "record"), ==, "Lead ID");
  g_assert_cmpstr (entente_actuals_mapping_get (ms, "owner"), ==, "Lead Owner");
  g_assert_cmpstr (entente_actuals_mapping_get (ms, "first-contact"), ==, "First Activity Date");
  g_assert_cmpstr (entente_actuals_mapping_get (ms, "lead"), ==, "Create Date");
  g_assert_cmpstr (entente_actuals_mapping_get (ms, "sal"), ==, "SAL Date");

  g_assert_cmpint (entente_actuals_mapping_get_source (mo), ==, ENTENTE_ACTUALS_SOURCE_OTHER);
  g_assert_true (entente_actuals_mapping_is_empty (mo));

  g_assert_true (entente_actuals_mapping_parse_option (mo, "mql=when", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (entente_actuals_mapping_get (mo, "mql"), ==, "when");
  g_assert_false (entente_actuals_mapping_parse_option (mo, "mql", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
}

/* Every protocol's figures for the January export, as `report --json`
 * prints them, breaches by record; the stages are test_stages's. */
static void
test_protocol_figures (void)
{
  static const struct {
    const char *stage;
    const char *party;
    guint64     entered, in_time, late, never, invalid;
    double      compliance, attempts_ok;
    const char *breaches[4];
  } protocols[] = {
    { "mql", "sdr", 7, 4, 2, 1, 0, 4.0 / 7.0, 4.0 / 7.0, { "103", "104", "109", NULL } },
    { "sql", "sales", 3, 1, 0, 1, 1, 1.0 / 2.0, 1, { "106", NULL } },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report = compute ("hubspot-acme.csv", "First Contact", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (report->protocols->len, ==, G_N_ELEMENTS (protocols));
  for (guint i = 0; i < G_N_ELEMENTS (protocols); i++)
    {
      EntenteActualsProtocol *row = g_ptr_array_index (report->protocols, i);

      g_assert_cmpstr (row->stage_id, ==, protocols[i].stage);
      g_assert_cmpstr (row->party, ==, protocols[i].party);
      g_assert_cmpuint (row->entered, ==, protocols[i].entered);
      g_assert_cmpuint (row->in_time, ==, protocols[i].in_time);
      g_assert_cmpuint (row->late, ==, protocols[i].late);
      g_assert_cmpuint (row->never, ==, protocols[i].never);
      g_assert_cmpuint (row->invalid, ==, protocols[i].invalid);
      g_assert_cmpfloat_with_epsilon (entente_actuals_protocol_get_compliance (row), protocols[i].compliance, 1e-9);
      g_assert_cmpfloat_with_epsilon (entente_actuals_protocol_get_attempts_ok (row), protocols[i].attempts_ok, 1e-9);
      g_assert_cmpuint (row->breaches->len, ==, g_strv_length ((char **) protocols[i].breaches));
      for (guint j = 0; j < row->breaches->len; j++)
        g_assert_cmpstr (((EntenteActualsBreach *) g_ptr_array_index (row->breaches, j))->record, ==,
                         protocols[i].breaches[j]);
    }
}

/* The header is read once: what it says alone, and that with the
 * agreement's stored columns on top, which the review then uses. */
static void
test_header (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(EntenteCsvReader) reader = entente_csv_reader_new (G_INPUT_STREAM (stream), "hubspot-acme.csv");
  g_autoptr(EntenteActualsMapping) stored = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsHeader) header = NULL;
  g_autoptr(GInputStream) empty = g_memory_input_stream_new ();
  g_autoptr(EntenteCsvReader) empty_reader = entente_csv_reader_new (empty, "empty.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_message = g_strdup_printf (_("%s: the file is empty"), "empty.csv");

  entente_actuals_mapping_set (stored, ENTENTE_ACTUALS_KEY_FIRST_CONTACT, "First Contact");
  entente_actuals_mapping_store (stored, document);

  header = entente_actuals_header_read (reader, "hubspot-acme.csv", document, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (header->columns->len, ==, 13);
  g_assert_cmpint (entente_actuals_mapping_get_source (header->detected), ==, ENTENTE_ACTUALS_SOURCE_HUBSPOT);
  g_assert_cmpint (entente_actuals_mapping_get_source (header->mapping), ==, ENTENTE_ACTUALS_SOURCE_HUBSPOT);
  g_assert_cmpstr (entente_actuals_mapping_get (header->detected, "mql"), ==, "Became a Marketing Qualified Lead Date");
  g_assert_cmpstr (entente_actuals_mapping_get (header->mapping, "mql"), ==, "Became a Marketing Qualified Lead Date");
  g_assert_null (entente_actuals_mapping_get (header->detected, ENTENTE_ACTUALS_KEY_FIRST_CONTACT));
  g_assert_cmpstr (entente_actuals_mapping_get (header->mapping, ENTENTE_ACTUALS_KEY_FIRST_CONTACT), ==, "First Contact");

  g_assert_null (entente_actuals_header_read (empty_reader, "empty.csv", document, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, empty_message);
}

/* data/actuals/custom-dst.csv: a UTF-8 byte-order mark, LF line ends, no
 * known export, so every column comes from the mapping; March 2027, when
 * New York moves to daylight saving time on Sunday the 14th.
 *
 *   a1  Fri 03-12 16:30 EST  Mon 03-15 09:30 EDT  in time (exactly; the deadline is 09:30 EDT)
 *   a2  Fri 03-12 16:30 EST  Mon 13:31Z = 09:31 EDT late
 *   a3  Tue 03-16 16:30      Wed 09:30            in time (the window spans the night)
 *   a4  Tue 03-16 16:30      Tue 17:10            in time (after hours, before the deadline)
 *   a6  Wed 03-31 23:59:59   —                    never (last second of the month)
 *   a7  Thu 04-01 00:00                           outside
 */
static void
test_custom_mapping_dst (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *path = entente_test_data_path ("actuals/custom-dst.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  EntenteActualsProtocol *mql;
  EntenteActualsBreach *breach;
  EntenteActualsOwner *owner;

  g_assert_nonnull (stream);
  g_assert_true (entente_actuals_mapping_parse_option (overrides, "record=id", &error));
  g_assert_true (entente_actuals_mapping_parse_option (overrides, "owner=owner", &error));
  g_assert_true (entente_actuals_mapping_parse_option (overrides, "mql=mql_at", &error));
  g_assert_true (entente_actuals_mapping_parse_option (overrides, "first-contact=first_touch", &error));
  g_assert_true (entente_actuals_mapping_parse_option (overrides, "attempts=tries", &error));
  g_assert_no_error (error);

  report = entente_actuals_compute (document, G_INPUT_STREAM (stream), "custom-dst.csv", overrides,
                                    2027, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows, ==, 6);
  g_assert_cmpuint (report->skipped, ==, 0);
  g_assert_cmpint (entente_test_report_stage (report, "lead")->actual, ==, -1);
  g_assert_cmpint (entente_test_report_stage (report, "mql")->actual, ==, 5);
  g_assert_cmpint (entente_test_report_stage (report, "sql")->actual, ==, -1);

  mql = entente_test_report_protocol (report, "mql");
  g_assert_cmpuint (mql->entered, ==, 5);
  g_assert_cmpuint (mql->in_time, ==, 3);
  g_assert_cmpuint (mql->late, ==, 1);
  g_assert_cmpuint (mql->never, ==, 1);
  g_assert_cmpuint (mql->attempts_ok, ==, 2);
  g_assert_cmpuint (mql->breaches->len, ==, 2);
  breach = g_ptr_array_index (mql->breaches, 0);
  g_assert_cmpstr (breach->record, ==, "a2");
  g_assert_cmpint (breach->deadline, ==, local_time (2027, 3, 15, 9, 30));
  g_assert_cmpint (breach->deadline - breach->entered, ==, (3 * 24 - 1 - 7) * 3600);
  breach = g_ptr_array_index (mql->breaches, 1);
  g_assert_cmpstr (breach->record, ==, "a6");
  g_assert_cmpstr (breach->owner, ==, "");

  g_assert_cmpuint (mql->owners->len, ==, 3);
  owner = g_ptr_array_index (mql->owners, 0);
  g_assert_cmpstr (owner->owner, ==, "");
  g_assert_cmpuint (owner->entered, ==, 1);
  owner = g_ptr_array_index (mql->owners, 1);
  g_assert_cmpstr (owner->owner, ==, "Ann");
  g_assert_cmpuint (owner->entered, ==, 2);
  g_assert_cmpuint (owner->in_time, ==, 1);

  /* sql has no column: its protocol counts nothing. */
  g_assert_cmpuint (entente_test_report_protocol (report, "sql")->entered, ==, 0);
  g_assert_cmpfloat (entente_actuals_protocol_get_compliance (entente_test_report_protocol (report, "sql")), <, 0);
}

static void
on_progress (guint64  bytes_read,
             gpointer user_data)
{
  guint64 *last = user_data;

  g_assert_cmpuint (bytes_read, >=, *last);
  *last = bytes_read;
}

static void
test_progress_and_cancel (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autoptr(GBytes) bytes = entente_test_read_bytes (path);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GInputStream) again = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(EntenteActualsReport) cancelled = NULL;
  g_autoptr(GError) error = NULL;
  guint64 last = 0;

  report = entente_actuals_compute_with_progress (document, stream, "hubspot-acme.csv", NULL, 2027, 1,
                                                  on_progress, &last, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpuint (last, ==, g_bytes_get_size (bytes));

  g_cancellable_cancel (cancellable);
  cancelled = entente_actuals_compute (document, again, "hubspot-acme.csv", NULL, 2027, 1,
                                       cancellable, &error);
  g_assert_null (cancelled);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int    argc,
      char **argv)
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/actuals/stages", test_stages);
  g_test_add_func ("/actuals/protocols", test_protocols);
  g_test_add_func ("/actuals/skipped-rows", test_skipped_rows);
  g_test_add_func ("/actuals/record-too-large", test_record_too_large);
  g_test_add_func ("/actuals/owners-capped", test_owners_capped);
  g_test_add_func ("/actuals/without-first-contact", test_without_first_contact);
  g_test_add_func ("/actuals/missing-column", test_missing_column);
  g_test_add_func ("/actuals/header-variants", test_header_variants);
  g_test_add_func ("/actuals/semicolons", test_semicolons);
  g_test_add_func ("/actuals/duplicated-header", test_duplicated_header);
  g_test_add_func ("/actuals/unknown-key", test_unknown_key);
  g_test_add_func ("/actuals/empty-file", test_empty_file);
  g_test_add_func ("/actuals/detect", test_detect);
  g_test_add_func ("/actuals/protocol-figures", test_protocol_figures);
  g_test_add_func ("/actuals/header", test_header);
  g_test_add_func ("/actuals/custom-mapping-dst", test_custom_mapping_dst);
  g_test_add_func ("/actuals/progress-and-cancel", test_progress_and_cancel);

  return g_test_run ();
}
