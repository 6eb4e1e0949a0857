/* entente-history-check.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-conversion.h"
#include "entente-finding.h"
#include "entente-format.h"
#include "entente-goals.h"
#include "entente-history-check.h"
#include "entente-meetings.h"
#include "entente-plan.h"
#include "entente-section.h"
#include "entente-stage.h"

/* Goals held against what happened: "goals must be based on real-life
 * situations, not numbers pulled out of the air".  The planned
 * conversion between two consecutive stages is compared with the
 * cohorts over the last 3 months (of the records that entered the first
 * stage, the share that reached the next): the export's where a review
 * has both stages, else the meetings recorded in the agreement.  A plan
 * more than 1.5 times as hopeful is `conversion-above-history`. */

typedef struct
{
  EntenteConversion  *conversion;
  double              measured;
  guint64             entered, reached;
  EntenteMeetingsSpan span;      /* n_months > 0 when the rate comes from the meetings */
} Measured;

/* Each planned conversion between a stage of the agreement and the next
 * that history measures, in stage order: from @report's export where it
 * has both stages' columns, else from the meetings recorded.  @visit
 * returns FALSE to stop. */
static void
each_measured (EntenteDocument            *document,
               const EntenteActualsReport *report,
               gboolean                  (*visit) (const Measured *measured, gpointer data),
               gpointer                    data)
{
  g_autoptr(GHashTable) index = entente_plan_index_conversions (document);
  GListModel *stages = entente_document_get_stages (document);

  for (guint j = 0; j + 1 < g_list_model_get_n_items (stages); j++)
    {
      g_autoptr(EntenteStage) from = g_list_model_get_item (stages, j);
      g_autoptr(EntenteStage) to = g_list_model_get_item (stages, j + 1);
      Measured measured = { NULL, -1, 0, 0, { 0 } };

      measured.conversion = entente_plan_lookup_conversion (index, entente_stage_get_id (from), entente_stage_get_id (to));
      if (measured.conversion == NULL)
        continue;
      /* The report's stages are the agreement's, in its order. */
      if (report != NULL && j + 1 < report->stages->len &&
          g_strcmp0 (((EntenteActualsStage *) g_ptr_array_index (report->stages, j))->stage_id, entente_stage_get_id (from)) == 0)
        measured.measured = entente_actuals_report_get_cohort (report, j, ENTENTE_HISTORY_MONTHS,
                                                               &measured.entered, &measured.reached);
      if (measured.measured < 0)
        measured.measured = entente_meetings_get_cohort (document, entente_stage_get_id (from), ENTENTE_HISTORY_MONTHS,
                                                         &measured.entered, &measured.reached, &measured.span);
      if (measured.measured < 0)
        continue;
      if (!visit (&measured, data))
        return;
    }
}

typedef struct
{
  EntenteDocument *document;
  GPtrArray       *findings;
} Context;

static gboolean
add_finding (const Measured *measured,
             gpointer        data)
{
  Context *context = data;
  EntenteDocument *document = context->document;
  double planned = entente_conversion_get_rate (measured->conversion);
  g_autofree char *planned_text = NULL;
  g_autofree char *measured_text = NULL;
  g_autofree char *reached_text = NULL;
  g_autofree char *entered_text = NULL;
  g_autofree char *message = NULL;
  const char *from = entente_conversion_get_from (measured->conversion);
  const char *to = entente_conversion_get_to (measured->conversion);

  if (!(planned > ENTENTE_HISTORY_MAX_RATIO * measured->measured))
    return TRUE;
  planned_text = entente_format_rate (NULL, planned);
  measured_text = entente_format_rate (NULL, measured->measured);
  reached_text = entente_format_count (NULL, (gint64) MIN (measured->reached, G_MAXINT64));
  entered_text = entente_format_count (NULL, (gint64) MIN (measured->entered, G_MAXINT64));
  if (measured->span.n_months == 1)
    {
      g_autofree char *month = entente_format_month (NULL, measured->span.last_year, measured->span.last_month);

      /* Translators: two stages, the planned rate, the measured one, the month recorded, then its records */
      message = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s the review meeting recorded for %s (%s of %s records)."),
                                 entente_document_stage_name (document, from),
                                 entente_document_stage_name (document, to),
                                 planned_text, measured_text, month, reached_text, entered_text);
    }
  else if (measured->span.n_months > 1)
    {
      g_autofree char *first = entente_format_month (NULL, measured->span.first_year, measured->span.first_month);
      g_autofree char *last = entente_format_month (NULL, measured->span.last_year, measured->span.last_month);

      /* Translators: two stages, the planned rate, the measured one, the first and last months recorded, then its records */
      message = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s the review meetings recorded from %s to %s (%s of %s records)."),
                                 entente_document_stage_name (document, from),
                                 entente_document_stage_name (document, to),
                                 planned_text, measured_text, first, last, reached_text, entered_text);
    }
  else
    /* Translators: two stages, the planned rate, the measured one, then its records */
    message = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s measured over the last 3 months (%s of %s records)."),
                               entente_document_stage_name (document, from),
                               entente_document_stage_name (document, to),
                               planned_text, measured_text, reached_text, entered_text);
  g_ptr_array_add (context->findings,
                   entente_finding_new ("conversion-above-history", ENTENTE_SEVERITY_WARNING,
                                        entente_section_get_id (ENTENTE_SECTION_GOALS),
                                        ENTENTE_ITEM (measured->conversion), "rate",
                                        g_steal_pointer (&message)));
  return TRUE;
}

/**
 * entente_history_check_run:
 * @report: a review of an export, with its months
 *
 * Returns: (transfer full) (element-type EntenteFinding): a
 *   `conversion-above-history` finding for each planned conversion more
 *   than 1.5 times the rate measured over the last 3 months
 */
GPtrArray *
entente_history_check_run (EntenteDocument            *document,
                           const EntenteActualsReport *report)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) entente_finding_free);
  Context context = { document, findings };

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), findings);
  g_return_val_if_fail (report != NULL, findings);

  each_measured (document, report, add_finding, &context);
  return findings;
}

static gboolean
use_rate (const Measured *measured,
          gpointer        data)
{
  guint *changed = data;

  /* A rate of 0 is no plan at all: the plan keeps its own. */
  if (measured->measured <= 0 || measured->measured == entente_conversion_get_rate (measured->conversion))
    return TRUE;
  g_object_set (measured->conversion, "rate", measured->measured, NULL);
  (*changed)++;
  return TRUE;
}

/**
 * entente_history_describe_recorded:
 * @conversion: a planned conversion of @document
 * @detail: (out) (optional) (transfer full): the same at length, with the
 *   records counted
 *
 * What the review meetings recorded for @conversion, beside the plan, in
 * the room of a row: "Planned 15% · measured 5%, Jan 2027 – Mar 2027".
 * Only a conversion between a stage and the one after it: the meetings
 * record which records reached the next stage.
 *
 * Returns: (transfer full) (nullable): the words, or %NULL when no
 *   meeting measured it
 */
char *
entente_history_describe_recorded (EntenteDocument    *document,
                                   EntenteConversion  *conversion,
                                   char              **detail)
{
  GListModel *stages;
  const char *from, *to;
  EntenteMeetingsSpan span = { 0 };
  guint64 entered = 0, reached = 0;
  double rate = -1;
  g_autofree char *rate_text = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *reached_text = NULL;
  g_autofree char *entered_text = NULL;

  if (detail != NULL)
    *detail = NULL;
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ENTENTE_IS_CONVERSION (conversion), NULL);

  from = entente_conversion_get_from (conversion);
  to = entente_conversion_get_to (conversion);
  stages = entente_document_get_stages (document);
  for (guint j = 0; j + 1 < g_list_model_get_n_items (stages) && rate < 0; j++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, j);
      g_autoptr(EntenteStage) next = g_list_model_get_item (stages, j + 1);

      if (g_strcmp0 (entente_stage_get_id (stage), from) == 0 && g_strcmp0 (entente_stage_get_id (next), to) == 0)
        rate = entente_meetings_get_cohort (document, from, ENTENTE_HISTORY_MONTHS, &entered, &reached, &span);
    }
  if (rate < 0 || span.n_months == 0)
    return NULL;

  rate_text = entente_format_rate (NULL, rate);
  planned_text = entente_format_rate (NULL, entente_conversion_get_rate (conversion));
  reached_text = entente_format_count (NULL, (gint64) MIN (reached, G_MAXINT64));
  entered_text = entente_format_count (NULL, (gint64) MIN (entered, G_MAXINT64));
  first = entente_format_month_short (NULL, span.first_year, span.first_month);
  last = entente_format_month_short (NULL, span.last_year, span.last_month);
  if (detail != NULL)
    /* Translators: the rate the review meetings measured, then its records */
    *detail = g_strdup_printf (ngettext ("Measured %s over the %u month recorded (%s of %s records)",
                                            "Measured %s over the %u months recorded (%s of %s records)", span.n_months),
                               rate_text, span.n_months, reached_text, entered_text);
  if (span.n_months == 1)
    /* Translators: the planned rate, the rate the review meeting measured, then the month it recorded */
    return g_strdup_printf (_("Planned %s · measured %s, %s"), planned_text, rate_text, last);
  /* Translators: the planned rate, the rate the review meetings measured, then the first and last months they recorded */
  return g_strdup_printf (_("Planned %s · measured %s, %s – %s"), planned_text, rate_text, first, last);
}

/**
 * entente_history_check_recorded:
 *
 * entente_history_check_run() from the review meetings the agreement
 * recorded instead of an export: what `check` and the window say when
 * no review is open.
 *
 * Returns: (transfer full) (element-type EntenteFinding): the findings
 */
GPtrArray *
entente_history_check_recorded (EntenteDocument *document)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) entente_finding_free);
  Context context = { document, findings };

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), findings);

  each_measured (document, NULL, add_finding, &context);
  return findings;
}

/**
 * entente_history_use_measured_rates:
 * @report: a review of an export, with its months
 *
 * Sets each planned conversion the export measures to the rate measured
 * over the last 3 months, through the model, so that it can be undone;
 * a measured rate of 0 is left out.
 *
 * Returns: how many rates changed
 */
guint
entente_history_use_measured_rates (EntenteDocument            *document,
                                    const EntenteActualsReport *report)
{
  guint changed = 0;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (report != NULL, 0);

  each_measured (document, report, use_rate, &changed);
  return changed;
}
