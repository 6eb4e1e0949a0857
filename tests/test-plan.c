/* test-plan.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "entente-test-util.h"

typedef struct
{
  const char *stage;
  gint64      needed;
  int         target;
  const char *party;
  gint64      gap;
} Expected;

static void
assert_plan (const char     *example,
             const Expected *expected,
             guint           n)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example (example);
  g_autoptr(GPtrArray) plan = entente_plan_compute (document);

  g_assert_cmpuint (plan->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);

      g_assert_cmpstr (entente_stage_get_id (row->stage), ==, expected[i].stage);
      g_assert_cmpint (entente_plan_stage_get_needed (row), ==, expected[i].needed);
      g_assert_cmpint (row->target, ==, expected[i].target);
      g_assert_cmpstr (row->target_party, ==, expected[i].party);
      g_assert_cmpint (entente_plan_stage_get_gap (row), ==, expected[i].gap);
    }
}

static void
test_acme (void)
{
  static const Expected expected[] = {
    { "lead", 2075, -1, NULL, 0 },
    { "mql", 312, 400, "marketing", 88 },
    { "sal", 187, -1, NULL, 0 },
    { "sql", 94, 120, "sdr", 26 },
    { "opportunity", 56, -1, NULL, 0 },
    { "customer", 14, 14, "sales", 0 },
  };

  assert_plan ("acme-saas.entente", expected, G_N_ELEMENTS (expected));
}

static void
test_angkor (void)
{
  static const Expected expected[] = {
    { "lead", 1667, -1, NULL, 0 },
    { "mql", 334, 170, "marketing", -164 },
    { "sql", 134, -1, NULL, 0 },
    { "customer", 40, -1, NULL, 0 },
  };

  assert_plan ("angkor-retail-km.entente", expected, G_N_ELEMENTS (expected));
}

static void
test_unknown_above_a_missing_conversion (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) plan = NULL;

  /* Without SAL → SQL, nothing above SQL can be computed. */
  entente_item_remove (ENTENTE_ITEM (entente_document_get_goals (document)), ENTENTE_GOALS_FIELD_CONVERSIONS, 2);
  plan = entente_plan_compute (document);
  g_assert_cmpint (entente_plan_stage_get_needed (g_ptr_array_index (plan, 3)), ==, 94);
  g_assert_false (entente_plan_stage_is_known (g_ptr_array_index (plan, 2)));
  g_assert_cmpint (entente_plan_stage_get_needed (g_ptr_array_index (plan, 0)), ==, -1);
  g_assert_cmpint (entente_plan_stage_get_gap (g_ptr_array_index (plan, 1)), ==, 0);

  /* Without a revenue goal, nothing at all. */
  g_object_set (entente_document_get_goals (document), "revenue", 0.0, NULL);
  g_clear_pointer (&plan, g_ptr_array_unref);
  plan = entente_plan_compute (document);
  g_assert_false (entente_plan_stage_is_known (g_ptr_array_index (plan, 5)));
}

/* Inputs at the edge of the format's ranges: revenue 10^15 at a cent a
 * deal, one in a million converting at every step.  No figure wraps to a
 * negative count: the stages past the most any plan needs are beyond
 * reach, and the plan says why. */
static void
test_beyond_reach (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  GListModel *conversions = entente_goals_get_conversions (entente_document_get_goals (document));
  g_autoptr(GPtrArray) plan = NULL;
  g_autofree char *why = NULL;

  g_object_set (entente_document_get_goals (document), "revenue", 1e9, "average-deal", 1.0, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (conversions); i++)
    {
      g_autoptr(EntenteConversion) conversion = g_list_model_get_item (conversions, i);

      g_object_set (conversion, "rate", 0.000001, NULL);
    }

  plan = entente_plan_compute (document);
  /* 10^9 × 0.7 customers; 7 × 10^14 opportunities is beyond any plan. */
  g_assert_cmpint (entente_plan_stage_get_needed (g_ptr_array_index (plan, 5)), ==, 700000000);
  g_assert_false (((EntentePlanStage *) g_ptr_array_index (plan, 5))->beyond_reach);
  for (guint i = 0; i < 5; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);

      g_assert_true (row->beyond_reach);
      g_assert_cmpint (entente_plan_stage_get_needed (row), ==, -1);
      g_assert_cmpint (entente_plan_stage_get_gap (row), ==, 0);
    }
  why = entente_plan_describe_beyond_reach (plan);
  g_assert_nonnull (why);
  g_assert_nonnull (strstr (why, entente_stage_get_name (((EntentePlanStage *) g_ptr_array_index (plan, 4))->stage)));
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/acme", test_acme);
  g_test_add_func ("/plan/angkor", test_angkor);
  g_test_add_func ("/plan/unknown-above-a-missing-conversion", test_unknown_above_a_missing_conversion);
  g_test_add_func ("/plan/beyond-reach", test_beyond_reach);

  return g_test_run ();
}
