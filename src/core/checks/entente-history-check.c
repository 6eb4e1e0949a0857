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
 * stage, the share that reached the next): the export's while a review
 * is open, else the meetings recorded in the agreement.  A plan more
 * than 1.5 times as hopeful is `conversion-above-history`. */

typedef struct
{
  EntenteConversion *conversion;
  double             measured;
  guint64            entered, reached;
  EntenteMeeting    *recorded;   /* the latest meeting, when the rate comes from the meetings */
} Measured;

/* Each planned conversion whose cohort the export measures, in stage
 * order; @visit returns FALSE to stop. */
static void
each_measured (EntenteDocument            *document,
               const EntenteActualsReport *report,
               gboolean                  (*visit) (const Measured *measured, gpointer data),
               gpointer                    data)
{
  g_autoptr(GHashTable) index = entente_plan_index_conversions (document);

  for (guint j = 0; j + 1 < report->stages->len; j++)
    {
      const EntenteActualsStage *from = g_ptr_array_index (report->stages, j);
      const EntenteActualsStage *to = g_ptr_array_index (report->stages, j + 1);
      Measured measured = { NULL, -1, 0, 0, NULL };

      measured.conversion = entente_plan_lookup_conversion (index, from->stage_id, to->stage_id);
      measured.measured = entente_actuals_report_get_cohort (report, j, ENTENTE_HISTORY_MONTHS,
                                                             &measured.entered, &measured.reached);
      if (measured.conversion == NULL || measured.measured < 0)
        continue;
      if (!visit (&measured, data))
        return;
    }
}

/* The same from the meetings recorded, each stage of the agreement with
 * the one after it. */
static void
each_recorded (EntenteDocument  *document,
               gboolean        (*visit) (const Measured *measured, gpointer data),
               gpointer          data)
{
  g_autoptr(GHashTable) index = entente_plan_index_conversions (document);
  GListModel *stages = entente_document_get_stages (document);

  for (guint j = 0; j + 1 < g_list_model_get_n_items (stages); j++)
    {
      g_autoptr(EntenteStage) from = g_list_model_get_item (stages, j);
      g_autoptr(EntenteStage) to = g_list_model_get_item (stages, j + 1);
      Measured measured = { NULL, -1, 0, 0, NULL };

      measured.conversion = entente_plan_lookup_conversion (index, entente_stage_get_id (from), entente_stage_get_id (to));
      if (measured.conversion == NULL)
        continue;
      measured.measured = entente_meetings_get_cohort (document, entente_stage_get_id (from), ENTENTE_HISTORY_MONTHS,
                                                       &measured.entered, &measured.reached, &measured.recorded);
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
  if (measured->recorded != NULL)
    {
      int year = 0, month = 0;
      g_autofree char *until = NULL;

      entente_meeting_get_year_month (measured->recorded, &year, &month);
      until = entente_format_month (NULL, year, month);
      /* Translators: two stages, the planned rate, the measured one, the month of the latest meeting, then its records */
      message = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s the review meetings recorded over the 3 months to %s (%s of %s records)."),
                                 entente_document_stage_name (document, from),
                                 entente_document_stage_name (document, to),
                                 planned_text, measured_text, until, reached_text, entered_text);
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
 *
 * What the review meetings recorded for @conversion, beside the plan:
 * "Planned 15 % · measured 5 % over the 3 months to March 2027 (3 of 60
 * records)".  Only a conversion between a stage and the one after it:
 * the meetings record which records reached the next stage.
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL when no
 *   meeting measured it
 */
char *
entente_history_describe_recorded (EntenteDocument   *document,
                                   EntenteConversion *conversion)
{
  GListModel *stages;
  const char *from, *to;
  EntenteMeeting *latest = NULL;
  guint64 entered = 0, reached = 0;
  double rate = -1;
  int year = 0, month = 0;
  g_autofree char *rate_text = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *until = NULL;
  g_autofree char *reached_text = NULL;
  g_autofree char *entered_text = NULL;

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
        rate = entente_meetings_get_cohort (document, from, ENTENTE_HISTORY_MONTHS, &entered, &reached, &latest);
    }
  if (rate < 0 || latest == NULL || !entente_meeting_get_year_month (latest, &year, &month))
    return NULL;

  rate_text = entente_format_rate (NULL, rate);
  planned_text = entente_format_rate (NULL, entente_conversion_get_rate (conversion));
  until = entente_format_month (NULL, year, month);
  reached_text = entente_format_count (NULL, (gint64) MIN (reached, G_MAXINT64));
  entered_text = entente_format_count (NULL, (gint64) MIN (entered, G_MAXINT64));
  /* Translators: the planned rate, the rate the review meetings measured, the month of the latest, then its records */
  return g_strdup_printf (_("Planned %s · measured %s over the 3 months to %s (%s of %s records)"),
                          planned_text, rate_text, until, reached_text, entered_text);
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

  each_recorded (document, add_finding, &context);
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
