/* entente-completeness.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-completeness.h"
#include "entente-core.h"

/* How much of each section of an SLA is written: the checks a reviewer
 * would tick before signing, counted so that a wizard can show progress.
 * They say what is filled in, not whether it is wise; the health checks
 * judge the latter. */

typedef struct
{
  guint done;
  guint total;
} Tally;

static void
tick (Tally    *tally,
      gboolean  ok)
{
  tally->total++;
  if (ok)
    tally->done++;
}

static gboolean
has_text (const char *s)
{
  return s != NULL && s[0] != '\0';
}

static gboolean
has_items (const char * const *strv)
{
  return strv != NULL && strv[0] != NULL;
}

static gboolean
has_duration (const EntenteDuration *d)
{
  return !entente_duration_is_zero (d);
}

#define FOREACH_ITEM(list, type, var, body)                         \
  for (guint _i = 0, _n = g_list_model_get_n_items (list); _i < _n; _i++) \
    {                                                               \
      g_autoptr(type) var = g_list_model_get_item (list, _i);      \
      body                                                          \
    }

static void
measure_overview (EntenteDocument *doc,
                  Tally           *t)
{
  EntenteMeta *meta = entente_document_get_meta (doc);
  GListModel *parties = entente_document_get_parties (doc);

  tick (t, has_text (entente_meta_get_title (meta)));
  tick (t, has_text (entente_meta_get_organization (meta)));
  tick (t, entente_meta_get_effective (meta) != NULL);
  tick (t, entente_meta_get_review_by (meta) != NULL);
  tick (t, has_text (entente_meta_get_currency (meta)));
  tick (t, has_text (entente_meta_get_timezone (meta)));
  /* Hours that close before they open run past midnight: a night shift. */
  tick (t, entente_meta_get_business_days (meta) != 0 &&
           entente_meta_get_business_start (meta) >= 0 &&
           entente_meta_get_business_end (meta) >= 0 &&
           !entente_meta_business_hours_never_open (meta));
  tick (t, has_text (entente_meta_get_purpose (meta)));
  tick (t, g_list_model_get_n_items (parties) >= 2);
  FOREACH_ITEM (parties, EntenteParty, party,
    tick (t, has_text (entente_party_get_leader (party)) && has_text (entente_party_get_role (party)));
  )
}

static void
measure_personas (EntenteDocument *doc,
                  Tally           *t)
{
  GListModel *personas = entente_document_get_personas (doc);

  tick (t, g_list_model_get_n_items (personas) > 0);
  FOREACH_ITEM (personas, EntentePersona, p,
    tick (t, has_text (entente_persona_get_summary (p)));
    tick (t, has_items (entente_persona_get_job_titles (p)));
    tick (t, entente_persona_get_company_size_max (p) > 0 || entente_persona_get_annual_revenue_max (p) > 0);
    tick (t, has_items (entente_persona_get_pains (p)));
    tick (t, has_items (entente_persona_get_disqualifiers (p)));
  )
}

static void
measure_stages (EntenteDocument *doc,
                Tally           *t)
{
  GListModel *stages = entente_document_get_stages (doc);
  gboolean scored = FALSE;

  tick (t, g_list_model_get_n_items (stages) >= 2);
  FOREACH_ITEM (stages, EntenteStage, s,
    tick (t, has_text (entente_stage_get_owner (s)) && has_text (entente_stage_get_definition (s)));
    if (g_list_model_get_n_items (entente_stage_get_criteria (s)) > 0 && entente_stage_get_threshold (s) != 0)
      scored = TRUE;
  )
  tick (t, scored);
}

static void
measure_goals (EntenteDocument *doc,
               Tally           *t)
{
  EntenteGoals *goals = entente_document_get_goals (doc);
  guint n_stages = g_list_model_get_n_items (entente_document_get_stages (doc));

  tick (t, entente_goals_get_revenue (goals) > 0);
  tick (t, entente_goals_get_average_deal (goals) > 0);
  tick (t, entente_goals_get_marketing_share (goals) > 0);
  tick (t, n_stages > 1 && g_list_model_get_n_items (entente_goals_get_conversions (goals)) >= n_stages - 1);
  tick (t, g_list_model_get_n_items (entente_goals_get_targets (goals)) > 0);
}

static void
measure_handoffs (EntenteDocument *doc,
                  Tally           *t)
{
  GListModel *handoffs = entente_document_get_handoffs (doc);

  tick (t, g_list_model_get_n_items (handoffs) > 0);
  FOREACH_ITEM (handoffs, EntenteHandoff, h,
    tick (t, entente_handoff_get_routing (h) != ENTENTE_ROUTING_UNSET);
    tick (t, has_duration (entente_handoff_get_accept_within (h)));
    tick (t, has_items (entente_handoff_get_required_fields (h)));
    tick (t, has_items (entente_handoff_get_rejection_reasons (h)));
  )
}

static void
measure_protocols (EntenteDocument *doc,
                   Tally           *t)
{
  GListModel *protocols = entente_document_get_protocols (doc);

  tick (t, g_list_model_get_n_items (protocols) > 0);
  FOREACH_ITEM (protocols, EntenteProtocol, p,
    tick (t, has_text (entente_protocol_get_party (p)));
    tick (t, has_duration (entente_protocol_get_first_response (p)));
    tick (t, entente_protocol_get_attempts (p) > 0 && has_duration (entente_protocol_get_attempts_over (p)));
    tick (t, has_items (entente_protocol_get_channels (p)));
    tick (t, has_duration (entente_protocol_get_recycle_after (p)) && has_text (entente_protocol_get_recycle_to (p)));
    tick (t, g_list_model_get_n_items (entente_protocol_get_escalation (p)) > 0);
  )
}

static void
measure_review (EntenteDocument *doc,
                Tally           *t)
{
  EntenteReview *review = entente_document_get_review (doc);
  GListModel *accountability = entente_review_get_accountability (review);

  tick (t, has_items (entente_review_get_attendees (review)));
  tick (t, has_items (entente_review_get_metrics (review)));
  tick (t, g_list_model_get_n_items (accountability) > 0);
}

/**
 * entente_completeness_measure:
 * @section: a step of the wizard
 * @done: (out): checks met
 * @total: (out): checks in all
 */
void
entente_completeness_measure (EntenteDocument *document,
                              EntenteSection   section,
                              guint           *done,
                              guint           *total)
{
  static void (* const measure[ENTENTE_N_STEPS]) (EntenteDocument *, Tally *) = {
    [ENTENTE_SECTION_OVERVIEW] = measure_overview,
    [ENTENTE_SECTION_PERSONAS] = measure_personas,
    [ENTENTE_SECTION_LEAD_DEFINITIONS] = measure_stages,
    [ENTENTE_SECTION_GOALS] = measure_goals,
    [ENTENTE_SECTION_HANDOFF] = measure_handoffs,
    [ENTENTE_SECTION_LEAD_MANAGEMENT] = measure_protocols,
    [ENTENTE_SECTION_REVIEW] = measure_review,
  };
  Tally tally = { 0 };

  g_return_if_fail (ENTENTE_IS_DOCUMENT (document));
  g_return_if_fail (entente_section_is_step (section));

  measure[section] (document, &tally);

  *done = tally.done;
  *total = tally.total;
}
