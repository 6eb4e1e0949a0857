/* test-checks.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Each check fires on a document made to break its rule, with its code,
 * severity, section and item, and stays silent on acme. */

typedef void (*Break) (EntenteDocument *doc);

typedef struct
{
  const char      *code;
  EntenteSeverity  severity;
  const char      *section;
  const char      *item;     /* entente_finding_item_key (), or NULL */
  Break            breaker;
} Case;

static gpointer
nth (GListModel *list,
     guint       i)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, i);

  return item;
}

static void
lower_mql_target (EntenteDocument *doc)
{
  g_object_set (nth (entente_goals_get_targets (entente_document_get_goals (doc)), 0), "count", 300, NULL);
}

static void
drop_sal_to_sql (EntenteDocument *doc)
{
  entente_item_remove (ENTENTE_ITEM (entente_document_get_goals (doc)), ENTENTE_GOALS_FIELD_CONVERSIONS, 2);
}

static void
zero_rate (EntenteDocument *doc)
{
  g_object_set (nth (entente_goals_get_conversions (entente_document_get_goals (doc)), 0), "rate", 0.0, NULL);
}

static void
dangling_owner (EntenteDocument *doc)
{
  g_object_set (entente_document_find_stage (doc, "sal"), "owner", "bdr", NULL);
}

static void
dangling_target_stage (EntenteDocument *doc)
{
  g_object_set (nth (entente_goals_get_targets (entente_document_get_goals (doc)), 1), "stage", "mql2", NULL);
}

static void
no_threshold (EntenteDocument *doc)
{
  g_object_set (entente_document_find_stage (doc, "mql"), "threshold", 0, NULL);
}

static void
unreachable_threshold (EntenteDocument *doc)
{
  g_object_set (entente_document_find_stage (doc, "sql"), "threshold", 5, NULL);
}

static void
no_protocol_for_handoff (EntenteDocument *doc)
{
  entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, 1);
}

static void
slow_first_response (EntenteDocument *doc)
{
  g_autoptr(EntenteDuration) day = entente_duration_parse ("P1D");

  g_object_set (nth (entente_document_get_protocols (doc), 0), "first-response", day, NULL);
}

static void
zero_attempts (EntenteDocument *doc)
{
  g_object_set (nth (entente_document_get_protocols (doc), 0), "attempts", 0, NULL);
}

static void
no_attendees (EntenteDocument *doc)
{
  g_object_set (entente_document_get_review (doc), "attendees", NULL, NULL);
}

static void
no_personas (EntenteDocument *doc)
{
  entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0);
  entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0);
}

static void
effective_after_review (EntenteDocument *doc)
{
  g_autoptr(GDate) late = g_date_new_dmy (1, G_DATE_JULY, 2027);

  g_object_set (entente_document_get_meta (doc), "effective", late, NULL);
}

static void
leaderless_party (EntenteDocument *doc)
{
  g_object_set (entente_document_find_party (doc, "sdr"), "leader", NULL, NULL);
}

static void
recycle_forward (EntenteDocument *doc)
{
  g_object_set (nth (entente_document_get_protocols (doc), 0), "recycle-to", "opportunity", NULL);
}

static void
no_revenue (EntenteDocument *doc)
{
  g_object_set (entente_document_get_goals (doc), "revenue", 0.0, NULL);
}

/* The largest revenue and the smallest deal the format allows: more
 * customers than any plan, never a wrapped count. */
static void
beyond_reach (EntenteDocument *doc)
{
  g_object_set (entente_document_get_goals (doc), "revenue", 1e15, "average-deal", 0.01, NULL);
}

/* Set in the window: the loader refuses it in a file. */
static void
empty_business_hours (EntenteDocument *doc)
{
  g_object_set (entente_document_get_meta (doc), "business-start", 9 * 60, "business-end", 9 * 60, NULL);
}

/* Sales Development: 3 people, 1 of them ramping, 30 touches a day. */
static void
small_sdr_team (EntenteDocument *doc)
{
  g_object_set (entente_document_find_party (doc, "sdr"), "people", 3, "ramping", 1, "touches", 30, NULL);
}

static const Case cases[] = {
  { "goal-below-plan", ENTENTE_SEVERITY_WARNING, "goals", "mql", lower_mql_target },
  { "missing-conversion", ENTENTE_SEVERITY_WARNING, "goals", "sal", drop_sal_to_sql },
  { "rate-out-of-range", ENTENTE_SEVERITY_ERROR, "goals", "lead>mql", zero_rate },
  { "unknown-party", ENTENTE_SEVERITY_ERROR, "lead-definitions", "sal", dangling_owner },
  { "unknown-stage", ENTENTE_SEVERITY_ERROR, "goals", "mql2", dangling_target_stage },
  { "criteria-without-threshold", ENTENTE_SEVERITY_WARNING, "lead-definitions", "mql", no_threshold },
  { "threshold-unreachable", ENTENTE_SEVERITY_ERROR, "lead-definitions", "sql", unreachable_threshold },
  { "handoff-without-protocol", ENTENTE_SEVERITY_WARNING, "handoff", "sql-to-ae", no_protocol_for_handoff },
  { "response-slower-than-acceptance", ENTENTE_SEVERITY_WARNING, "lead-management", "mql", slow_first_response },
  { "zero-attempts", ENTENTE_SEVERITY_WARNING, "lead-management", "mql", zero_attempts },
  { "no-attendees", ENTENTE_SEVERITY_WARNING, "review", "review", no_attendees },
  { "no-personas", ENTENTE_SEVERITY_SUGGESTION, "personas", NULL, no_personas },
  { "effective-after-review", ENTENTE_SEVERITY_ERROR, "overview", "meta", effective_after_review },
  { "party-without-leader", ENTENTE_SEVERITY_WARNING, "overview", "sdr", leaderless_party },
  { "recycle-forward", ENTENTE_SEVERITY_ERROR, "lead-management", "mql", recycle_forward },
  { "plan-inputs-missing", ENTENTE_SEVERITY_SUGGESTION, "goals", "goals", no_revenue },
  { "plan-beyond-reach", ENTENTE_SEVERITY_ERROR, "goals", "goals", beyond_reach },
  { "business-hours-empty", ENTENTE_SEVERITY_ERROR, "overview", "meta", empty_business_hours },
  { "protocol-over-capacity", ENTENTE_SEVERITY_WARNING, "overview", "sdr", small_sdr_team },
};

/* By hand: the MQL protocol needs 400 records a month (the committed
 * target, above the 312 the plan needs) × 6 attempts = 2,400 touches;
 * 2.5 people (one ramping, at half pace) × 30 touches × 21.7 business
 * days (5 a week, 52 weeks a year) make 1,625.  Four people at full pace
 * make 2,600: enough. */
static void
test_capacity_by_hand (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) enough = NULL;
  g_autofree char *needed = entente_format_count (NULL, 2400);
  g_autofree char *can = entente_format_count (NULL, 1625);
  g_autofree char *records = entente_format_count (NULL, 400);
  g_autofree char *days = entente_format_number (NULL, 5 * 52.0 / 12.0, 1);
  g_autofree char *work = g_strdup_printf (_("%s records × %d attempts"), records, 6);
  g_autofree char *expected = g_strdup_printf (_("%s's protocols need %s touches %s (%s), but the team can make about %s: %s people (%s still ramping up, at half pace) × %s touches a business day × %s business days."),
                                               "Sales Development", needed, C_("per", "a month"), work, can,
                                               "3", "1", "30", days);
  const char *message = NULL;

  small_sdr_team (doc);
  findings = entente_checks_run (doc);
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((EntenteFinding *) g_ptr_array_index (findings, i))->code, "protocol-over-capacity"))
      message = ((EntenteFinding *) g_ptr_array_index (findings, i))->message;
  g_assert_cmpstr (message, ==, expected);

  /* Kept in the file, as <capacity people="3" ramping="1" touches-per-day="30"/>,
   * which the schema accepts. */
  {
    g_autofree char *saved = NULL;
    g_autoptr(EntenteDocument) again = entente_test_save_and_load (doc, "capacity.entente", &saved);
    EntenteParty *sdr = entente_document_find_party (again, "sdr");

    g_assert_nonnull (strstr (saved, "<capacity people=\"3\" ramping=\"1\" touches-per-day=\"30\"/>"));
    g_assert_cmpint (entente_party_get_people (sdr), ==, 3);
    g_assert_cmpint (entente_party_get_ramping (sdr), ==, 1);
    g_assert_cmpint (entente_party_get_touches (sdr), ==, 30);
  }

  g_object_set (entente_document_find_party (doc, "sdr"), "people", 4, "ramping", 0, NULL);
  enough = entente_checks_run (doc);
  for (guint i = 0; i < enough->len; i++)
    g_assert_cmpstr (((EntenteFinding *) g_ptr_array_index (enough, i))->code, !=, "protocol-over-capacity");
}

static void
test_acme_is_silent (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) findings = entente_checks_run (doc);

  for (guint i = 0; i < findings->len; i++)
    g_printerr ("unexpected: %s\n", ((EntenteFinding *) g_ptr_array_index (findings, i))->message);
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_angkor_goal_below_plan (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("angkor-retail-km.entente");
  g_autoptr(GPtrArray) findings = entente_checks_run (doc);
  gboolean found = FALSE;

  for (guint i = 0; i < findings->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->code, "goal-below-plan"))
        {
          found = TRUE;
          g_assert_nonnull (strstr (finding->message, "170"));
          g_assert_nonnull (strstr (finding->message, "334"));
          g_assert_cmpstr (finding->field, ==, "count");
        }
    }
  g_assert_true (found);
  g_assert_cmpuint (entente_checks_count (findings, NULL, ENTENTE_SEVERITY_ERROR), ==, 0);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) findings = NULL;
  guint matches = 0;

  c->breaker (doc);
  findings = entente_checks_run (doc);

  for (guint i = 0; i < findings->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *key = entente_finding_item_key (finding);

      if (!g_str_equal (finding->code, c->code))
        continue;
      matches++;
      g_assert_cmpint (finding->severity, ==, c->severity);
      g_assert_cmpstr (finding->section, ==, c->section);
      g_assert_cmpstr (key, ==, c->item);
      g_assert_true (finding->message != NULL && strlen (finding->message) > 20);
    }

  if (matches != 1)
    g_error ("%s: expected one finding, got %u of %u", c->code, matches, findings->len);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checks/acme-is-silent", test_acme_is_silent);
  g_test_add_func ("/checks/angkor-goal-below-plan", test_angkor_goal_below_plan);
  g_test_add_func ("/checks/capacity-by-hand", test_capacity_by_hand);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/checks/%s", cases[i].code);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  return g_test_run ();
}
