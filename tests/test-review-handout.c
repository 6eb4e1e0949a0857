/* test-review-handout.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-document-locale.h"
#include "entente-review-handout.h"
#include "entente-test-util.h"

/* What the review PDF adds as the meeting's handout, from
 * tests/data/actuals/hubspot-acme.csv against acme-saas.entente for
 * January 2027 with the first contact mapped, every figure counted by
 * hand: Marketing committed 400 MQLs and 7 came; Sales Development 120
 * SQLs (3 came) and works the MQL protocol (4 of 7 in time); Sales 14
 * customers (1) and the SQL protocol (1 of 2 measured in time).  Pat
 * Pursuer owns all four breaches: 106 (SQL, entered 5 January), 104, 109
 * and 103 (MQL, entered 6, 12 and 15 January). */

static EntenteActualsReport *
review (EntenteDocument *document)
{
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(GError) error = NULL;
  EntenteActualsReport *report;

  entente_actuals_mapping_set (overrides, "first-contact", "First Contact");
  report = entente_actuals_compute (document, G_INPUT_STREAM (stream), "hubspot-acme.csv", overrides, 2027, 1, NULL, &error);
  g_assert_no_error (error);
  return report;
}

static char *
fill (const char *msgid,
      const char *a,
      const char *b)
{
  const char *args[] = { a, b };

  return entente_test_fill (entente_locale_gettext (NULL, msgid), args, 2);
}

static void
test_teams (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  /* In the agreement's language, as the PDF writes them. */
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
  g_autoptr(EntenteActualsReport) report = review (document);
  g_autoptr(EntenteReviewWords) words = entente_review_words_new (document, report);
  g_autoptr(EntenteReviewHandoutWords) handout = entente_review_handout_words_new (document, report, words);
  const EntenteReviewTeamWords *marketing, *sdr;
  g_autofree char *marketing_team = fill ("%s — %s", "Marketing", "Dana Whitfield");
  g_autofree char *share = entente_format_rate (NULL, 0.02);
  g_autofree char *in_time = entente_format_rate (NULL, 0.57);
  const char *mql_args[] = { "Marketing Qualified Lead", "7", "400", share, entente_locale_pgettext (NULL, "attainment\004Behind", strlen ("attainment") + 1) };
  g_autofree char *mql_line = entente_test_fill (entente_locale_gettext (NULL, "%s: %s of %s (%s) — %s"), mql_args, 5);
  g_autofree char *follow_up = fill ("%s follow-up: %s in time", "Marketing Qualified Lead", in_time);

  g_assert_cmpuint (handout->teams->len, ==, 3);
  marketing = g_ptr_array_index (handout->teams, 0);
  g_assert_cmpstr (marketing->team, ==, marketing_team);
  g_assert_cmpstr (marketing->line, ==, mql_line);

  /* Sales Development: its SQL target, then the protocol it works. */
  sdr = g_ptr_array_index (handout->teams, 1);
  g_assert_true (g_str_has_suffix (sdr->line, follow_up));
  g_assert_true (g_str_has_prefix (sdr->line, "Sales Qualified Lead: 3"));
}

static void
test_breaches_by_owner (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteActualsReport) report = review (document);
  g_autoptr(EntenteReviewWords) words = entente_review_words_new (document, report);
  g_autoptr(EntenteReviewHandoutWords) handout = entente_review_handout_words_new (document, report, words);
  const EntenteReviewOwnerBreaches *pat;
  static const char * const records[] = { "106", "104", "109", "103" };

  g_assert_cmpuint (handout->owners->len, ==, 1);
  pat = g_ptr_array_index (handout->owners, 0);
  g_assert_cmpstr (pat->owner, ==, "Pat Pursuer");
  g_assert_cmpuint (pat->n, ==, 4);
  g_assert_cmpuint (pat->rows->len, ==, 4);
  /* The earliest entered first, whichever protocol. */
  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    g_assert_cmpstr (((EntenteReviewOwnerBreach *) g_ptr_array_index (pat->rows, i))->record, ==, records[i]);
  g_assert_cmpstr (((EntenteReviewOwnerBreach *) g_ptr_array_index (pat->rows, 0))->stage, ==, "Sales Qualified Lead");
  g_assert_null (handout->unlisted);
  g_assert_null (handout->recorded);
  g_assert_cmpuint (handout->decisions->len, ==, 0);
}

/* The month recorded: what the meeting noted and decided, said when and
 * by whom in New York's time. */
static void
test_meeting (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteActualsReport) report = review (document);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 2, 3, 15, 0, 0);
  g_autoptr(EntenteMeeting) meeting = entente_meetings_new_from_report (report, "hubspot-acme.csv", "Dana Whitfield", when);
  const char *decisions[] = { "Hire a second SDR", NULL };
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
  g_autoptr(EntenteReviewWords) words = NULL;
  g_autoptr(EntenteReviewHandoutWords) handout = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) there = g_date_time_to_timezone (when, zone);
  g_autofree char *moment = NULL;
  g_autofree char *recorded = NULL;

  entente_item_set_string (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_NOTES, "Pat covered a holiday week.");
  entente_item_set_boxed (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_DECISIONS, decisions);
  entente_meetings_record (document, meeting, ENTENTE_MEETINGS_AS_EDITED);
  words = entente_review_words_new (document, report);
  handout = entente_review_handout_words_new (document, report, words);

  moment = entente_format_datetime (NULL, there);
  recorded = fill ("Recorded on %s by %s.", moment, "Dana Whitfield");
  g_assert_nonnull (strstr (moment, "10:00"));
  g_assert_cmpstr (handout->recorded, ==, recorded);
  g_assert_cmpstr (handout->notes, ==, "Pat covered a holiday week.");
  g_assert_cmpuint (handout->decisions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (handout->decisions, 0), ==, "Hire a second SDR");
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-handout/teams", test_teams);
  g_test_add_func ("/review-handout/breaches-by-owner", test_breaches_by_owner);
  g_test_add_func ("/review-handout/meeting", test_meeting);

  return g_test_run ();
}
