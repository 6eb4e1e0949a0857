/* entente-plan.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>

#include "entente-core.h"
#include "entente-plan.h"

/* The reverse funnel: the revenue goal, times the share marketing sources,
 * divided by the average deal, is the number of customers the last stage
 * needs; walking up, each stage needs the next one's need divided by the
 * conversion rate between them.  Values stay exact along the chain and
 * are rounded up only when shown, so that rounding never compounds. */

/* Rounding up a value that is whole but for the last bits of a double
 * (14.000000000000002) must not give one record more. */
#define CEIL_SLACK 1e-9

G_DEFINE_BOXED_TYPE (EntentePlanStage, entente_plan_stage, entente_plan_stage_copy, entente_plan_stage_free)

EntentePlanStage *
entente_plan_stage_copy (const EntentePlanStage *self)
{
  EntentePlanStage *copy = g_new0 (EntentePlanStage, 1);

  copy->stage = g_object_ref (self->stage);
  copy->needed = self->needed;
  copy->target = self->target;
  copy->target_party = g_strdup (self->target_party);
  copy->beyond_reach = self->beyond_reach;

  return copy;
}

void
entente_plan_stage_free (EntentePlanStage *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stage);
  g_free (self->target_party);
  g_free (self);
}

gboolean
entente_plan_stage_is_known (const EntentePlanStage *self)
{
  return self->needed >= 0.0;
}

/**
 * entente_plan_stage_get_needed:
 *
 * Returns: the records needed, rounded up, or -1 when unknown
 */
gint64
entente_plan_stage_get_needed (const EntentePlanStage *self)
{
  if (!entente_plan_stage_is_known (self))
    return -1;

  return (gint64) ceil (self->needed - CEIL_SLACK);
}

/**
 * entente_plan_stage_get_gap:
 *
 * Returns: the committed target minus the rounded need: negative when the
 *   target falls short; 0 when either is unknown
 */
gint64
entente_plan_stage_get_gap (const EntentePlanStage *self)
{
  if (self->target < 0 || !entente_plan_stage_is_known (self))
    return 0;

  return (gint64) self->target - entente_plan_stage_get_needed (self);
}

/**
 * entente_plan_customers:
 *
 * Returns: customers needed per period, exact, or -1 when the revenue
 *   goal, the average deal or the marketing share is missing
 */
double
entente_plan_customers (EntenteDocument *document)
{
  EntenteGoals *goals = entente_document_get_goals (document);
  double revenue = entente_goals_get_revenue (goals);
  double deal = entente_goals_get_average_deal (goals);
  double share = entente_goals_get_marketing_share (goals);

  if (revenue <= 0.0 || deal <= 0.0 || share <= 0.0)
    return -1.0;

  return revenue * share / deal;
}

/**
 * entente_plan_describe_beyond_reach:
 * @plan: (element-type EntentePlanStage): from entente_plan_compute()
 *
 * Returns: (transfer full) (nullable): why the plan shows no figures from
 *   some stage up, when its inputs need more than any plan can; %NULL
 *   when every figure it could work out is shown
 */
char *
entente_plan_describe_beyond_reach (GPtrArray *plan)
{
  g_autofree char *most = NULL;

  for (guint i = plan->len; i > 0; i--)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i - 1);

      if (!row->beyond_reach)
        continue;
      most = entente_format_count (NULL, (gint64) ENTENTE_PLAN_MAX_NEEDED);
      return g_strdup_printf (_("The plan would need more than %s %s records a period, so it shows no figures from there up: check the revenue goal, the average deal, the share from marketing and the conversion rates."),
                              most, entente_stage_get_name (row->stage));
    }

  return NULL;
}

/**
 * entente_plan_find_conversion:
 *
 * Returns: (transfer none) (nullable): the conversion from @from to @to
 */
EntenteConversion *
entente_plan_find_conversion (EntenteDocument *document,
                              const char      *from,
                              const char      *to)
{
  GListModel *conversions = entente_goals_get_conversions (entente_document_get_goals (document));

  for (guint i = 0, n = g_list_model_get_n_items (conversions); i < n; i++)
    {
      g_autoptr(EntenteConversion) conversion = g_list_model_get_item (conversions, i);

      if (g_strcmp0 (entente_conversion_get_from (conversion), from) == 0 &&
          g_strcmp0 (entente_conversion_get_to (conversion), to) == 0)
        return conversion;
    }

  return NULL;
}

/**
 * entente_plan_index_conversions:
 *
 * Conversions by their two stages, so that walking a funnel of hundreds
 * of stages looks each one up once instead of scanning the list.
 *
 * Returns: (transfer full): a table for entente_plan_lookup_conversion()
 */
GHashTable *
entente_plan_index_conversions (EntenteDocument *document)
{
  GListModel *conversions = entente_goals_get_conversions (entente_document_get_goals (document));
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0, n = g_list_model_get_n_items (conversions); i < n; i++)
    {
      EntenteConversion *conversion = g_list_model_get_item (conversions, i);
      char *key = g_strconcat (entente_conversion_get_from (conversion), "\n",
                               entente_conversion_get_to (conversion), NULL);

      /* The first of two conversions between the same stages counts, as
       * entente_plan_find_conversion() would find it. */
      if (g_hash_table_contains (index, key))
        {
          g_free (key);
          g_object_unref (conversion);
        }
      else
        g_hash_table_insert (index, key, conversion);
    }

  return index;
}

/**
 * entente_plan_lookup_conversion:
 *
 * Returns: (transfer none) (nullable): the conversion from @from to @to
 */
EntenteConversion *
entente_plan_lookup_conversion (GHashTable *index,
                                const char *from,
                                const char *to)
{
  g_autofree char *key = g_strconcat (from ? from : "", "\n", to ? to : "", NULL);

  return g_hash_table_lookup (index, key);
}

/**
 * entente_plan_compute:
 *
 * The stages in funnel order (the document's order), each with what it
 * needs per period and what a party committed to.
 *
 * Returns: (transfer container) (element-type EntentePlanStage): the plan
 */
GPtrArray *
entente_plan_compute (EntenteDocument *document)
{
  g_autoptr(GHashTable) conversions = NULL;
  g_autoptr(GHashTable) rows = NULL;
  GListModel *stages;
  GListModel *targets;
  GPtrArray *plan;
  double needed;
  guint n;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  stages = entente_document_get_stages (document);
  targets = entente_goals_get_targets (entente_document_get_goals (document));
  n = g_list_model_get_n_items (stages);
  plan = g_ptr_array_new_full (n, (GDestroyNotify) entente_plan_stage_free);
  conversions = entente_plan_index_conversions (document);
  rows = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      EntentePlanStage *row = g_new0 (EntentePlanStage, 1);
      const char *id;

      row->stage = g_list_model_get_item (stages, i);
      row->needed = -1.0;
      row->target = -1;
      g_ptr_array_add (plan, row);

      id = entente_stage_get_id (row->stage);
      if (id != NULL && !g_hash_table_contains (rows, id))
        g_hash_table_insert (rows, (gpointer) id, row);
    }

  /* Walk up from the last stage while every conversion is known.  Past
   * the most any plan needs, this stage and every one above it (which
   * needs more still) is beyond reach, never a wrapped number. */
  needed = entente_plan_customers (document);
  for (guint i = n; i > 0 && needed >= 0.0; i--)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i - 1);

      if (!(needed <= ENTENTE_PLAN_MAX_NEEDED))
        {
          for (guint j = i; j > 0; j--)
            ((EntentePlanStage *) g_ptr_array_index (plan, j - 1))->beyond_reach = TRUE;
          break;
        }
      row->needed = needed;
      if (i > 1)
        {
          EntentePlanStage *above = g_ptr_array_index (plan, i - 2);
          EntenteConversion *conversion =
            entente_plan_lookup_conversion (conversions,
                                            entente_stage_get_id (above->stage),
                                            entente_stage_get_id (row->stage));
          double rate = conversion ? entente_conversion_get_rate (conversion) : 0.0;

          needed = rate > 0.0 && rate <= 1.0 ? needed / rate : -1.0;
        }
    }

  for (guint i = 0, m = g_list_model_get_n_items (targets); i < m; i++)
    {
      g_autoptr(EntenteTarget) target = g_list_model_get_item (targets, i);
      const char *stage = entente_target_get_stage (target);
      EntentePlanStage *row = stage ? g_hash_table_lookup (rows, stage) : NULL;

      if (row != NULL && row->target < 0)
        {
          row->target = entente_target_get_count (target);
          row->target_party = g_strdup (entente_target_get_party (target));
        }
    }

  return plan;
}
