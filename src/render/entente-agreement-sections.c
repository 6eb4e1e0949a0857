/* entente-agreement-sections.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-agreement-sections.h"
#include "entente-core.h"
#include "entente-funnel-layout.h"
#include "entente-funnel-renderer.h"

/* The words of the printed agreement, section by section.  Each value is
 * written as people read it, in the words the HTML and Markdown exports
 * use too (entente-export-words.c), labelled with
 * the name the editor gives it (the field tables of core), and left out
 * when it is not set, so that a half-finished draft prints without rows
 * of blanks.  Lists of short things go on one line; lists of sentences
 * become bullets. */

#define FUNNEL_HEIGHT     280.0
#define FUNNEL_MIN_HEIGHT 170.0
#define SIGNATURE_SPACE 40.0

static const double field_columns[] = { 0.28, 0.72 };

static const char *
field_label (gpointer item,
             guint    field)
{
  return _(entente_item_get_field (item, field)->label);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Short items on one line. */
static char *
join_list (const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return NULL;

  /* Translators: separates the items of a list written on one line */
  return g_strjoinv (_(", "), (char **) items);
}

/* One row of a two-column table of values: the name, then the value. */
static void
field_row (EntenteFlowWriter *writer,
           const char        *label,
           const char        *value)
{
  if (!is_set (value))
    return;

  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, label, ENTENTE_TEXT_LABEL);
  entente_flow_writer_cell (writer, value, ENTENTE_TEXT_BODY);
  entente_flow_writer_end_row (writer);
}

static void
field_list (EntenteFlowWriter  *writer,
            const char         *label,
            const char * const *items,
            gboolean            bullets)
{
  if (items == NULL || items[0] == NULL)
    return;

  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, label, ENTENTE_TEXT_LABEL);
  if (bullets)
    {
      entente_flow_writer_bullet_cell (writer, items, ENTENTE_TEXT_BODY);
    }
  else
    {
      g_autofree char *line = join_list (items);

      entente_flow_writer_cell (writer, line, ENTENTE_TEXT_BODY);
    }
  entente_flow_writer_end_row (writer);
}

/* A paragraph that leads into a table, never left without it at the foot
 * of a page. */
static void
introduce (EntenteFlowWriter *writer,
           const char        *text)
{
  guint block = entente_flow_writer_paragraph (writer, text, ENTENTE_TEXT_BODY);

  entente_page_flow_keep_with_next (entente_flow_writer_get_flow (writer), block);
}

static void
nothing_yet (EntenteFlowWriter *writer,
             const char        *message)
{
  entente_flow_writer_paragraph (writer, message, ENTENTE_TEXT_LABEL);
}

/* An empty block that holds its place even at the top of a page. */
static void
fixed_space (EntenteFlowWriter *writer,
             double             height)
{
  entente_page_flow_add_block (entente_flow_writer_get_flow (writer), height, ENTENTE_FLOW_KEEP_TOGETHER);
}

static void
parties_table (EntenteFlowWriter *writer,
               EntenteDocument   *document,
               gboolean          with_email)
{
  static const double with_email_columns[] = { 0.21, 0.21, 0.19, 0.39 };
  static const double without_email_columns[] = { 0.34, 0.33, 0.33 };
  GListModel *parties = entente_document_get_parties (document);
  const char *heads[] = { _("Team"), _("Leader"), _("Role"), with_email ? _("Email") : NULL, NULL };

  if (with_email)
    entente_flow_writer_begin_table (writer, 4, with_email_columns);
  else
    entente_flow_writer_begin_table (writer, 3, without_email_columns);
  entente_flow_writer_table_header (writer, heads);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, entente_party_get_team (party), ENTENTE_TEXT_STRONG);
      entente_flow_writer_cell (writer, entente_party_get_leader (party), ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, entente_party_get_role (party), ENTENTE_TEXT_BODY);
      if (with_email)
        entente_flow_writer_cell (writer, entente_party_get_email (party), ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }

  entente_flow_writer_end_table (writer);
}

/* Title page */

void
entente_agreement_write_title_page (EntenteFlowWriter *writer,
                                    EntenteDocument   *document)
{
  EntenteMeta *meta = entente_document_get_meta (document);
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  g_autofree char *effective = entente_format_date (NULL, entente_meta_get_effective (meta));
  g_autofree char *review_by = entente_format_date (NULL, entente_meta_get_review_by (meta));
  g_autofree char *revision = NULL;
  const char *title = entente_meta_get_title (meta);
  guint rule;

  /* The title a third of the way down, where the eye lands. */
  fixed_space (writer, 110.0);
  entente_flow_writer_paragraph (writer, _("Sales & Marketing Service Level Agreement"), ENTENTE_TEXT_CAPTION);
  entente_flow_writer_paragraph (writer, is_set (title) ? title : _("Untitled agreement"), ENTENTE_TEXT_TITLE);
  if (is_set (entente_meta_get_organization (meta)))
    entente_flow_writer_paragraph (writer, entente_meta_get_organization (meta), ENTENTE_TEXT_SUBTITLE);

  entente_flow_writer_space (writer, 16.0);
  rule = entente_page_flow_add_block (flow, 1.5, ENTENTE_FLOW_KEEP_TOGETHER);
  entente_page_flow_add_rule (flow, rule, 0.0, 0.75, entente_flow_writer_get_width (writer), 1.5, FALSE,
                              entente_flow_writer_get_color (writer, ENTENTE_RENDER_INK_TEXT));
  entente_flow_writer_space (writer, 14.0);

  entente_flow_writer_begin_table (writer, 2, field_columns);
  field_row (writer, field_label (meta, ENTENTE_META_FIELD_EFFECTIVE), effective);
  field_row (writer, field_label (meta, ENTENTE_META_FIELD_REVIEW_BY), review_by);
  revision = entente_format_count (NULL, entente_meta_get_revision (meta));
  field_row (writer, field_label (meta, ENTENTE_META_FIELD_REVISION), revision);
  entente_flow_writer_end_table (writer);

  if (g_list_model_get_n_items (entente_document_get_parties (document)) > 0)
    {
      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, _("Parties"), NULL);
      parties_table (writer, document, FALSE);
    }

  if (is_set (entente_meta_get_purpose (meta)))
    {
      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, field_label (meta, ENTENTE_META_FIELD_PURPOSE), NULL);
      entente_flow_writer_paragraph (writer, entente_meta_get_purpose (meta), ENTENTE_TEXT_BODY);
    }
}

/* Parties and roles */

void
entente_agreement_write_parties (EntenteFlowWriter *writer,
                                 EntenteDocument   *document)
{
  EntenteMeta *meta = entente_document_get_meta (document);
  EntenteWeekdays days = entente_meta_get_business_days (meta);
  int start = entente_meta_get_business_start (meta);
  int end = entente_meta_get_business_end (meta);
  g_autofree char *zone = NULL;

  if (g_list_model_get_n_items (entente_document_get_parties (document)) == 0)
    nothing_yet (writer, _("No parties are named yet."));
  else
    parties_table (writer, document, TRUE);

  /* The clock every “business hour” of the agreement runs on. */
  entente_flow_writer_begin_table (writer, 2, field_columns);
  if (days != ENTENTE_WEEKDAYS_NONE && end > start)
    {
      g_autofree char *day_words = entente_format_weekdays (NULL, days);
      g_autofree char *from = entente_format_time (NULL, start);
      g_autofree char *to = entente_format_time (NULL, end);
      g_autofree char *hours = NULL;

      /* Translators: business hours: the days, then the start and end times, as “Monday to Friday, 09:00–17:00” */
      hours = g_strdup_printf (_("%s, %s–%s"), day_words, from, to);
      field_row (writer, _("Business hours"), hours);
    }
  zone = entente_format_field (NULL, document, ENTENTE_ITEM (meta), ENTENTE_META_FIELD_TIMEZONE, NULL);
  field_row (writer, field_label (meta, ENTENTE_META_FIELD_TIMEZONE), zone);
  field_row (writer, field_label (meta, ENTENTE_META_FIELD_CURRENCY), entente_meta_get_currency (meta));
  entente_flow_writer_end_table (writer);
}

/* Buyer personas */

static char *
format_size (int min,
             int max)
{
  g_autofree char *low = entente_format_count (NULL, min);
  g_autofree char *high = entente_format_count (NULL, max);

  if (min > 0 && max > 0)
    return g_strdup_printf (_("%s to %s employees"), low, high);
  if (min > 0)
    return g_strdup_printf (_("At least %s employees"), low);
  if (max > 0)
    return g_strdup_printf (_("Up to %s employees"), high);

  return NULL;
}

static char *
format_money_range (double      min,
                    double      max,
                    const char *currency)
{
  g_autofree char *low = entente_format_money (NULL, min, currency);
  g_autofree char *high = entente_format_money (NULL, max, currency);

  if (min > 0.0 && max > 0.0)
    return g_strdup_printf (_("%s to %s"), low, high);
  if (min > 0.0)
    return g_strdup_printf (_("At least %s"), low);
  if (max > 0.0)
    return g_strdup_printf (_("Up to %s"), high);

  return NULL;
}

void
entente_agreement_write_personas (EntenteFlowWriter *writer,
                                  EntenteDocument   *document)
{
  GListModel *personas = entente_document_get_personas (document);
  const char *currency = entente_meta_get_currency (entente_document_get_meta (document));

  if (g_list_model_get_n_items (personas) == 0)
    {
      nothing_yet (writer, _("No buyer personas are described yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(EntentePersona) persona = g_list_model_get_item (personas, i);
      g_autofree char *size = format_size (entente_persona_get_company_size_min (persona),
                                           entente_persona_get_company_size_max (persona));
      g_autofree char *revenue = format_money_range (entente_persona_get_annual_revenue_min (persona),
                                                     entente_persona_get_annual_revenue_max (persona),
                                                     currency);
      EntenteSeniority seniority = entente_persona_get_seniority (persona);

      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, entente_persona_get_name (persona), NULL);
      if (is_set (entente_persona_get_summary (persona)))
        introduce (writer, entente_persona_get_summary (persona));

      entente_flow_writer_begin_table (writer, 2, field_columns);
      field_list (writer, field_label (persona, ENTENTE_PERSONA_FIELD_JOB_TITLES),
                  entente_persona_get_job_titles (persona), FALSE);
      if (seniority != ENTENTE_SENIORITY_UNSET)
        field_row (writer, field_label (persona, ENTENTE_PERSONA_FIELD_SENIORITY),
                   entente_format_enum (NULL, ENTENTE_TYPE_SENIORITY, seniority));
      field_row (writer, _("Company size"), size);
      field_row (writer, _("Annual revenue"), revenue);
      field_list (writer, field_label (persona, ENTENTE_PERSONA_FIELD_INDUSTRIES),
                  entente_persona_get_industries (persona), FALSE);
      field_list (writer, field_label (persona, ENTENTE_PERSONA_FIELD_REGIONS),
                  entente_persona_get_regions (persona), FALSE);
      field_list (writer, field_label (persona, ENTENTE_PERSONA_FIELD_PAINS),
                  entente_persona_get_pains (persona), TRUE);
      field_list (writer, field_label (persona, ENTENTE_PERSONA_FIELD_GOALS),
                  entente_persona_get_goals (persona), TRUE);
      field_list (writer, field_label (persona, ENTENTE_PERSONA_FIELD_TRIGGERS),
                  entente_persona_get_triggers (persona), TRUE);
      field_list (writer, field_label (persona, ENTENTE_PERSONA_FIELD_OBJECTIONS),
                  entente_persona_get_objections (persona), TRUE);
      field_list (writer, field_label (persona, ENTENTE_PERSONA_FIELD_DISQUALIFIERS),
                  entente_persona_get_disqualifiers (persona), TRUE);
      entente_flow_writer_end_table (writer);
    }
}

/* Lead definitions */

static void
write_criteria (EntenteFlowWriter *writer,
                EntenteStage      *stage)
{
  static const double columns[] = { 0.2, 0.64, 0.16 };
  const char *heads[] = { _("Kind"), _("Criterion"), _("Points"), NULL };
  GListModel *criteria = entente_stage_get_criteria (stage);
  g_autofree char *heading = NULL;
  g_autofree char *threshold = NULL;

  /* Translators: a heading; %s is a stage's name */
  heading = g_strdup_printf (_("Scoring: %s"), entente_stage_get_name (stage));
  entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, heading, NULL);
  threshold = g_strdup_printf (ngettext ("A record reaches this stage at a score of %d point.",
                                            "A record reaches this stage at a score of %d points.",
                                            (gulong) ABS (entente_stage_get_threshold (stage))),
                               entente_stage_get_threshold (stage));
  introduce (writer, threshold);

  entente_flow_writer_begin_table (writer, 3, columns);
  entente_flow_writer_set_alignment (writer, 2, PANGO_ALIGN_RIGHT);
  entente_flow_writer_table_header (writer, heads);
  for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
    {
      g_autoptr(EntenteCriterion) criterion = g_list_model_get_item (criteria, c);
      g_autofree char *points = entente_format_count (NULL, entente_criterion_get_points (criterion));

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, entente_format_enum (NULL, ENTENTE_TYPE_CRITERION_KIND,
                                                             entente_criterion_get_kind (criterion)),
                                ENTENTE_TEXT_LABEL);
      entente_flow_writer_cell (writer, entente_criterion_get_text (criterion), ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, points, ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
}

void
entente_agreement_write_stages (EntenteFlowWriter *writer,
                                EntenteDocument   *document)
{
  static const double columns[] = { 0.25, 0.19, 0.56 };
  const char *heads[] = { _("Stage"), _("Owner"), _("Definition"), NULL };
  GListModel *stages = entente_document_get_stages (document);
  guint n = g_list_model_get_n_items (stages);

  if (n == 0)
    {
      nothing_yet (writer, _("No stages are defined yet."));
      return;
    }

  introduce (writer, _("A record moves through these stages in this order. Each stage "
                       "belongs to the team that owns it, which answers for its count."));
  entente_flow_writer_begin_table (writer, 3, columns);
  entente_flow_writer_table_header (writer, heads);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, entente_stage_get_name (stage), ENTENTE_TEXT_STRONG);
      entente_flow_writer_cell (writer, entente_document_party_team (document, entente_stage_get_owner (stage)), ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, entente_stage_get_definition (stage), ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);

      if (g_list_model_get_n_items (entente_stage_get_criteria (stage)) > 0)
        write_criteria (writer, stage);
    }
}

/* Goals */

/* The funnel is laid out at the size the page leaves it, which is known
 * only once the pages are: at the first drawing, and again if that
 * changes. */
typedef struct
{
  EntenteDocument     *document;
  PangoContext        *context;
  EntenteFunnelLayout *layout;
  EntenteLocale       *locale;   /* the export's, in force when it is drawn */
} Funnel;

static void
funnel_free (gpointer data)
{
  Funnel *funnel = data;

  g_clear_object (&funnel->document);
  g_clear_object (&funnel->context);
  g_clear_object (&funnel->layout);
  g_clear_pointer (&funnel->locale, entente_locale_unref);
  g_free (funnel);
}

static void
draw_funnel (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  data)
{
  Funnel *funnel = data;
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (funnel->locale);

  if (funnel->layout == NULL ||
      entente_funnel_layout_get_width (funnel->layout) != width ||
      entente_funnel_layout_get_height (funnel->layout) != height)
    {
      g_clear_object (&funnel->layout);
      funnel->layout = entente_funnel_layout_new (funnel->document, funnel->context, width, height);
    }

  entente_funnel_render (funnel->layout, cr, ENTENTE_RENDER_PRINT);
}

static char *
format_gap (const EntentePlanStage *plan)
{
  if (plan->target < 0 || !entente_plan_stage_is_known (plan))
    return g_strdup ("—");

  return entente_format_signed_count (NULL, entente_plan_stage_get_gap (plan));
}

static void
write_inputs (EntenteFlowWriter *writer,
              EntenteDocument   *document)
{
  EntenteGoals *goals = entente_document_get_goals (document);
  const char *currency = entente_meta_get_currency (entente_document_get_meta (document));
  GListModel *conversions = entente_goals_get_conversions (goals);
  g_autoptr(GPtrArray) rates = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *revenue = NULL;
  g_autofree char *deal = NULL;
  g_autofree char *share = NULL;

  if (entente_goals_get_revenue (goals) > 0.0)
    revenue = entente_format_money (NULL, entente_goals_get_revenue (goals), currency);
  if (entente_goals_get_average_deal (goals) > 0.0)
    deal = entente_format_money (NULL, entente_goals_get_average_deal (goals), currency);
  if (entente_goals_get_marketing_share (goals) > 0.0)
    share = entente_format_rate (NULL, entente_goals_get_marketing_share (goals));

  for (guint i = 0; i < g_list_model_get_n_items (conversions); i++)
    {
      g_autoptr(EntenteConversion) conversion = g_list_model_get_item (conversions, i);
      g_autofree char *rate = entente_format_rate (NULL, entente_conversion_get_rate (conversion));

      /* Translators: a conversion rate between two stages, as “Lead → MQL: 15%” */
      g_ptr_array_add (rates, g_strdup_printf (_("%s → %s: %s"),
                                               entente_document_stage_name (document, entente_conversion_get_from (conversion)),
                                               entente_document_stage_name (document, entente_conversion_get_to (conversion)),
                                               rate));
    }
  g_ptr_array_add (rates, NULL);

  entente_flow_writer_begin_table (writer, 2, field_columns);
  field_row (writer, field_label (goals, ENTENTE_GOALS_FIELD_PERIOD),
             entente_format_enum (NULL, ENTENTE_TYPE_PERIOD, entente_goals_get_period (goals)));
  field_row (writer, field_label (goals, ENTENTE_GOALS_FIELD_REVENUE), revenue);
  field_row (writer, field_label (goals, ENTENTE_GOALS_FIELD_AVERAGE_DEAL), deal);
  field_row (writer, field_label (goals, ENTENTE_GOALS_FIELD_MARKETING_SHARE), share);
  field_list (writer, field_label (goals, ENTENTE_GOALS_FIELD_CONVERSIONS),
              (const char * const *) rates->pdata, TRUE);
  entente_flow_writer_end_table (writer);
}

void
entente_agreement_write_goals (EntenteFlowWriter *writer,
                               EntenteDocument   *document)
{
  static const double columns[] = { 0.34, 0.13, 0.13, 0.25, 0.15 };
  const char *heads[] = { _("Stage"), _("Needed"), _("Target"), _("Committed by"), _("Gap"), NULL };
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  g_autoptr(GPtrArray) plan = entente_plan_compute (document);
  Funnel *funnel;
  cairo_rectangle_t rect;
  guint block;

  introduce (writer, _("The revenue goal, the average deal and marketing’s share of it set how many "
                       "customers each period needs; every stage above needs the next one’s count "
                       "divided by the conversion rate between them."));
  write_inputs (writer, document);

  if (plan->len == 0)
    {
      nothing_yet (writer, _("No stages are defined yet."));
      return;
    }

  entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, _("Targets per stage"), NULL);
  entente_flow_writer_begin_table (writer, 5, columns);
  for (guint c = 1; c < 5; c++)
    if (c != 3)
      entente_flow_writer_set_alignment (writer, c, PANGO_ALIGN_RIGHT);
  entente_flow_writer_table_header (writer, heads);
  for (guint i = 0; i < plan->len; i++)
    {
      const EntentePlanStage *stage = g_ptr_array_index (plan, i);
      gint64 needed = entente_plan_stage_get_needed (stage);
      g_autofree char *needed_text = needed >= 0 ? entente_format_count (NULL, needed) : g_strdup ("—");
      g_autofree char *target = stage->target >= 0 ? entente_format_count (NULL, stage->target) : g_strdup ("—");
      g_autofree char *gap = format_gap (stage);

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, entente_stage_get_name (stage->stage), ENTENTE_TEXT_STRONG);
      entente_flow_writer_cell (writer, needed_text, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, target, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, entente_document_party_team (document, stage->target_party), ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, gap, ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
  entente_flow_writer_paragraph (writer,
                                 _("Needed: what the revenue goal requires of the stage each period, "
                                   "rounded up. Gap: the committed target minus the need; a negative "
                                   "gap falls short of the goal."),
                                 ENTENTE_TEXT_SMALL);

  /* The diagram as vector graphics, drawn by the funnel renderer the
   * window uses, in the colours meant for paper; on the Goals page when
   * it fits there at a size that keeps its text legible. */
  entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, _("Funnel"), NULL);
  rect.x = 0.0;
  rect.y = 0.0;
  rect.width = entente_flow_writer_get_width (writer);
  rect.height = FUNNEL_HEIGHT;
  funnel = g_new0 (Funnel, 1);
  funnel->document = g_object_ref (document);
  funnel->locale = entente_locale_ref (entente_locale_get_default ());
  funnel->context = g_object_ref (entente_flow_writer_get_context (writer));
  block = entente_page_flow_add_block (flow, rect.height, ENTENTE_FLOW_KEEP_TOGETHER);
  entente_page_flow_set_min_height (flow, block, FUNNEL_MIN_HEIGHT);
  entente_page_flow_add_drawing (flow, block, &rect, draw_funnel, funnel, funnel_free);
  entente_flow_writer_space (writer, ENTENTE_FLOW_GAP_TABLE);
}

/* Handoffs */

void
entente_agreement_write_handoffs (EntenteFlowWriter *writer,
                                  EntenteDocument   *document)
{
  GListModel *handoffs = entente_document_get_handoffs (document);

  if (g_list_model_get_n_items (handoffs) == 0)
    {
      nothing_yet (writer, _("No handoffs are agreed yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (handoffs); i++)
    {
      g_autoptr(EntenteHandoff) handoff = g_list_model_get_item (handoffs, i);
      EntenteRouting routing = entente_handoff_get_routing (handoff);
      g_autofree char *heading = NULL;
      g_autofree char *accept = entente_format_duration (NULL, entente_handoff_get_accept_within (handoff),
                                                         entente_handoff_get_accept_within_business_hours (handoff));

      /* Translators: a handoff: the stage handed off, then the team that receives it */
      heading = g_strdup_printf (_("%s → %s"),
                                 entente_document_stage_name (document, entente_handoff_get_from (handoff)),
                                 entente_document_party_team (document, entente_handoff_get_to (handoff)));
      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, heading, NULL);

      entente_flow_writer_begin_table (writer, 2, field_columns);
      if (routing != ENTENTE_ROUTING_UNSET)
        field_row (writer, field_label (handoff, ENTENTE_HANDOFF_FIELD_ROUTING),
                   entente_format_enum (NULL, ENTENTE_TYPE_ROUTING, routing));
      field_row (writer, field_label (handoff, ENTENTE_HANDOFF_FIELD_ACCEPT_WITHIN), accept);
      field_list (writer, field_label (handoff, ENTENTE_HANDOFF_FIELD_REQUIRED_FIELDS),
                  entente_handoff_get_required_fields (handoff), FALSE);
      field_list (writer, field_label (handoff, ENTENTE_HANDOFF_FIELD_REJECTION_REASONS),
                  entente_handoff_get_rejection_reasons (handoff), TRUE);
      field_row (writer, field_label (handoff, ENTENTE_HANDOFF_FIELD_NOTES), entente_handoff_get_notes (handoff));
      entente_flow_writer_end_table (writer);
    }
}

/* Lead-management protocols */

static char *
format_attempts (EntenteProtocol *protocol)
{
  int attempts = entente_protocol_get_attempts (protocol);
  g_autofree char *over = entente_format_duration (NULL, entente_protocol_get_attempts_over (protocol), FALSE);

  if (attempts <= 0)
    return NULL;

  if (over != NULL)
    return g_strdup_printf (ngettext ("%d attempt over %s", "%d attempts over %s",
                                         (gulong) attempts),
                            attempts, over);

  return g_strdup_printf (ngettext ("%d attempt", "%d attempts", (gulong) attempts),
                          attempts);
}

static char *
format_recycling (EntenteDocument *document,
                  EntenteProtocol *protocol)
{
  g_autofree char *after = entente_format_duration (NULL, entente_protocol_get_recycle_after (protocol), FALSE);
  const char *to = entente_document_stage_name (document, entente_protocol_get_recycle_to (protocol));
  gboolean reason = entente_protocol_get_recycle_reason_required (protocol);

  if (after == NULL && to == NULL)
    return NULL;

  if (after != NULL && to != NULL)
    return reason ? g_strdup_printf (_("After %s, back to %s; a reason is required."), after, to)
                  : g_strdup_printf (_("After %s, back to %s."), after, to);
  if (after != NULL)
    return reason ? g_strdup_printf (_("After %s; a reason is required."), after)
                  : g_strdup_printf (_("After %s."), after);

  return reason ? g_strdup_printf (_("Back to %s; a reason is required."), to)
                : g_strdup_printf (_("Back to %s."), to);
}

void
entente_agreement_write_protocols (EntenteFlowWriter *writer,
                                   EntenteDocument   *document)
{
  GListModel *protocols = entente_document_get_protocols (document);

  if (g_list_model_get_n_items (protocols) == 0)
    {
      nothing_yet (writer, _("No lead-management protocols are agreed yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (protocols); i++)
    {
      g_autoptr(EntenteProtocol) protocol = g_list_model_get_item (protocols, i);
      GListModel *escalation = entente_protocol_get_escalation (protocol);
      g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *first = entente_format_duration (NULL, entente_protocol_get_first_response (protocol),
                                                        entente_protocol_get_first_response_business_hours (protocol));
      g_autofree char *attempts = format_attempts (protocol);
      g_autofree char *update = entente_format_duration (NULL, entente_protocol_get_status_update_within (protocol), FALSE);
      g_autofree char *channels = entente_format_field (NULL, document, ENTENTE_ITEM (protocol),
                                                        ENTENTE_PROTOCOL_FIELD_CHANNELS, NULL);
      g_autofree char *recycling = format_recycling (document, protocol);

      for (guint s = 0; s < g_list_model_get_n_items (escalation); s++)
        {
          g_autoptr(EntenteEscalationStep) step = g_list_model_get_item (escalation, s);
          g_autofree char *after = entente_format_duration (NULL, entente_escalation_step_get_after (step), FALSE);

          /* Translators: an escalation step: when, then to whom, as “After 24 hours: SDR manager” */
          g_ptr_array_add (steps, g_strdup_printf (_("After %s: %s"), after != NULL ? after : "—",
                                                   entente_escalation_step_get_to (step)));
        }
      g_ptr_array_add (steps, NULL);

      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING,
                                   entente_document_stage_name (document, entente_protocol_get_stage (protocol)), NULL);
      entente_flow_writer_begin_table (writer, 2, field_columns);
      field_row (writer, field_label (protocol, ENTENTE_PROTOCOL_FIELD_PARTY),
                 entente_document_party_team (document, entente_protocol_get_party (protocol)));
      field_row (writer, field_label (protocol, ENTENTE_PROTOCOL_FIELD_FIRST_RESPONSE), first);
      field_row (writer, field_label (protocol, ENTENTE_PROTOCOL_FIELD_ATTEMPTS), attempts);
      field_row (writer, field_label (protocol, ENTENTE_PROTOCOL_FIELD_CHANNELS), channels);
      field_row (writer, field_label (protocol, ENTENTE_PROTOCOL_FIELD_STATUS_UPDATE_WITHIN), update);
      field_row (writer, _("Recycling"), recycling);
      field_list (writer, field_label (protocol, ENTENTE_PROTOCOL_FIELD_ESCALATION),
                  (const char * const *) steps->pdata, TRUE);
      entente_flow_writer_end_table (writer);
    }
}

/* Review and accountability */

void
entente_agreement_write_review (EntenteFlowWriter *writer,
                                EntenteDocument   *document)
{
  static const double columns[] = { 0.28, 0.72 };
  const char *heads[] = { _("Team"), _("Commitment"), NULL };
  EntenteReview *review = entente_document_get_review (document);
  GListModel *accountability = entente_review_get_accountability (review);

  entente_flow_writer_begin_table (writer, 2, field_columns);
  field_row (writer, field_label (review, ENTENTE_REVIEW_FIELD_CADENCE),
             entente_format_enum (NULL, ENTENTE_TYPE_CADENCE, entente_review_get_cadence (review)));
  field_list (writer, field_label (review, ENTENTE_REVIEW_FIELD_ATTENDEES),
              entente_review_get_attendees (review), FALSE);
  field_list (writer, field_label (review, ENTENTE_REVIEW_FIELD_METRICS),
              entente_review_get_metrics (review), TRUE);
  entente_flow_writer_end_table (writer);

  if (g_list_model_get_n_items (accountability) == 0)
    return;

  entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING,
                               field_label (review, ENTENTE_REVIEW_FIELD_ACCOUNTABILITY), NULL);
  entente_flow_writer_begin_table (writer, 2, columns);
  entente_flow_writer_table_header (writer, heads);
  for (guint i = 0; i < g_list_model_get_n_items (accountability); i++)
    {
      g_autoptr(EntenteAccountability) item = g_list_model_get_item (accountability, i);

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, entente_document_party_team (document, entente_accountability_get_party (item)),
                                ENTENTE_TEXT_STRONG);
      entente_flow_writer_cell (writer, entente_accountability_get_text (item), ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
}

/* Approvals */

/* How much of a digest is shown: like a short commit id, enough to tell
 * two texts apart at a glance and short enough for a line. */
#define SHORT_DIGEST 12

/* The start of @digest: “sha256:0123456789ab”, or without the name of
 * the algorithm “0123456789ab”. */
static char *
shorten_digest (const char *digest,
                gboolean    with_algorithm)
{
  const char *colon;

  if (!is_set (digest))
    return NULL;

  colon = strchr (digest, ':');
  if (colon == NULL)
    return g_strndup (digest, SHORT_DIGEST);
  if (!with_algorithm)
    return g_strndup (colon + 1, SHORT_DIGEST);

  return g_strndup (digest, (gsize) (colon + 1 - digest) + SHORT_DIGEST);
}

/* Who, with their role when it is known, as “Dana Whitfield (VP
 * Marketing)”. */
static char *
format_person (const char *name,
               const char *role)
{
  if (!is_set (name))
    name = _("Someone");
  if (!is_set (role))
    return g_strdup (name);

  /* Translators: a person and their role, as “Dana Whitfield (VP Marketing)” */
  return g_strdup_printf (_("%s (%s)"), name, role);
}

/* The state of a party's sign-off in words: “Signed by” only for a
 * valid one; any other names who it claims to be from, then what is
 * wrong with it, on a line of its own. */
static char *
format_sign_off (EntenteDocument     *document,
                 EntenteSignOffState  state,
                 EntenteApproval     *approval)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *time = NULL;
  g_autofree char *headline = NULL;
  const char *signer;
  const char *role;

  if (state == ENTENTE_SIGN_OFF_NOT_SIGNED || approval == NULL)
    return g_strdup (_("Not signed yet"));

  signer = is_set (entente_approval_get_signer (approval)) ? entente_approval_get_signer (approval) : _("Someone");
  role = entente_approval_get_role (approval);
  local = entente_approval_get_local_time (approval, document);
  time = entente_format_datetime (NULL, local);
  if (time == NULL)
    time = g_strdup (_("an unknown date"));

  if (state == ENTENTE_SIGN_OFF_SIGNED)
    {
      if (is_set (role))
        /* Translators: a sign-off of this very text: the signer, their role, then the moment, as
         * “2 January 2027 at 09:30 (UTC+00:00)” */
        return g_strdup_printf (_("Signed by %s (%s) on %s"), signer, role, time);

      /* Translators: a sign-off of this very text: the signer, then the moment, as
       * “2 January 2027 at 09:30 (UTC+00:00)” */
      return g_strdup_printf (_("Signed by %s on %s"), signer, time);
    }

  /* Translators: a sign-off that is not valid as it stands (outdated,
   * invalid, by a new or changed key, unverified): the name it carries,
   * then the moment, as “2 January 2027 at 09:30 (UTC+00:00)”; what is
   * wrong with it follows on the next line */
  headline = g_strdup_printf (_("Sign-off in the name of %s, dated %s"), signer, time);

  return g_strconcat (headline, "\n", entente_sign_off_state_explanation (state), NULL);
}

/* A party's signature block: the team, its leader and role, the state of
 * its sign-off and the digest it named; then, unless it signed this very
 * text, a line for the signature and one for the date, each named under
 * it. */
static void
write_signature (EntenteFlowWriter *writer,
                 EntenteDocument   *document,
                 EntenteParty      *party)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  double width = entente_flow_writer_get_width (writer);
  double signature_width = width * 0.6;
  double date_x = width * 0.68;
  const char *party_id = entente_party_get_id (party);
  EntenteApproval *approval = NULL;
  EntenteSignOffState state = ENTENTE_SIGN_OFF_NOT_SIGNED;
  EntenteTextStyle state_style;
  g_autoptr(PangoLayout) team = entente_flow_writer_create_layout (writer, entente_party_get_team (party),
                                                                    ENTENTE_TEXT_STRONG, width);
  g_autoptr(PangoLayout) who = NULL;
  g_autoptr(PangoLayout) status = NULL;
  g_autoptr(PangoLayout) digest = NULL;
  g_autoptr(PangoLayout) signature = NULL;
  g_autoptr(PangoLayout) date = NULL;
  const char *leader = entente_party_get_leader (party);
  const char *role = entente_party_get_role (party);
  g_autofree char *name = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *short_digest = NULL;
  double y, status_y, end_y, line_y = 0.0;
  gboolean lines;
  guint block;

  if (is_set (party_id))
    state = entente_document_get_sign_off_state (document, party_id, &approval);
  status_text = format_sign_off (document, state, approval);
  lines = entente_sign_off_state_wants_lines (state);
  state_style = state == ENTENTE_SIGN_OFF_SIGNED ? ENTENTE_TEXT_BODY
              : state == ENTENTE_SIGN_OFF_NOT_SIGNED ? ENTENTE_TEXT_LABEL
              : ENTENTE_TEXT_STRONG;

  if (is_set (leader) && is_set (role))
    /* Translators: a signatory, as “Dana Whitfield, VP Marketing” */
    name = g_strdup_printf (_("%s, %s"), leader, role);
  else
    name = g_strdup (is_set (leader) ? leader : is_set (role) ? role : "");
  who = entente_flow_writer_create_layout (writer, name, ENTENTE_TEXT_LABEL, width);
  status = entente_flow_writer_create_layout (writer, status_text, state_style, width);

  y = entente_flow_writer_measure (team) + 1.0;
  status_y = y + entente_flow_writer_measure (who) + 4.0;
  end_y = status_y + entente_flow_writer_measure (status);

  if (approval != NULL)
    short_digest = shorten_digest (entente_approval_get_digest (approval), TRUE);
  if (short_digest != NULL)
    {
      g_autofree char *text = NULL;
      g_autofree char *fingerprint = entente_sign_off_fingerprint (approval);

      /* Translators: under a sign-off: the start of the digest of the text it approved,
       * as “sha256:0123456789ab” */
      text = g_strdup_printf (_("Digest signed: %s"), short_digest);
      /* The key, to compare with the one its signer reads out. */
      if (fingerprint != NULL)
        {
          g_autofree char *digest_line = g_steal_pointer (&text);
          g_autofree char *key_line = NULL;

          /* Translators: under a sign-off: the fingerprint of the key that signed it,
           * as “3A7F 91C2 0B4E 5D6A 7788 99AA BBCC DDEE” */
          key_line = g_strdup_printf (_("Key fingerprint: %s"), fingerprint);
          text = g_strconcat (digest_line, "\n", key_line, NULL);
        }
      digest = entente_flow_writer_create_layout (writer, text, ENTENTE_TEXT_SMALL, width);
      end_y += 2.0;
    }

  if (lines)
    {
      signature = entente_flow_writer_create_layout (writer, _("Signature"), ENTENTE_TEXT_SMALL, signature_width);
      date = entente_flow_writer_create_layout (writer, _("Date"), ENTENTE_TEXT_SMALL, width - date_x);
      line_y = end_y + (digest != NULL ? entente_flow_writer_measure (digest) : 0.0) + SIGNATURE_SPACE;
      block = entente_page_flow_add_block (flow, line_y + 3.0 + entente_flow_writer_measure (signature),
                                           ENTENTE_FLOW_KEEP_TOGETHER);
    }
  else
    {
      block = entente_page_flow_add_block (flow, end_y + (digest != NULL ? entente_flow_writer_measure (digest) : 0.0),
                                           ENTENTE_FLOW_KEEP_TOGETHER);
    }

  entente_page_flow_add_text (flow, block, team, 0.0, 0.0,
                              entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_STRONG));
  entente_page_flow_add_text (flow, block, who, 0.0, y,
                              entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_LABEL));
  entente_page_flow_add_text (flow, block, status, 0.0, status_y,
                              entente_flow_writer_get_style_color (writer, state_style));
  if (digest != NULL)
    entente_page_flow_add_text (flow, block, digest, 0.0, end_y,
                                entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_SMALL));

  if (lines)
    {
      entente_page_flow_add_rule (flow, block, 0.0, line_y, signature_width, 0.75, FALSE,
                                  entente_flow_writer_get_color (writer, ENTENTE_RENDER_INK_TEXT));
      entente_page_flow_add_rule (flow, block, date_x, line_y, width - date_x, 0.75, FALSE,
                                  entente_flow_writer_get_color (writer, ENTENTE_RENDER_INK_TEXT));
      entente_page_flow_add_text (flow, block, signature, 0.0, line_y + 3.0,
                                  entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_SMALL));
      entente_page_flow_add_text (flow, block, date, date_x, line_y + 3.0,
                                  entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_SMALL));
    }
  entente_flow_writer_space (writer, 26.0);
}

/**
 * entente_agreement_short_digest:
 *
 * Returns: (transfer full) (nullable): the start of the digest of the
 *   current text of @document, as “sha256:0123456789ab”, once a party
 *   signed it, or %NULL before any approval
 */
char *
entente_agreement_short_digest (EntenteDocument *document)
{
  g_autofree char *digest = NULL;

  if (g_list_model_get_n_items (entente_document_get_approvals (document)) == 0)
    return NULL;

  digest = entente_document_compute_digest (document);

  return shorten_digest (digest, TRUE);
}

void
entente_agreement_write_approvals (EntenteFlowWriter *writer,
                                   EntenteDocument   *document)
{
  GListModel *parties = entente_document_get_parties (document);
  g_autofree char *revision = entente_format_count (NULL, entente_meta_get_revision (entente_document_get_meta (document)));
  g_autofree char *digest = entente_document_compute_digest (document);
  g_autofree char *short_digest = shorten_digest (digest, TRUE);
  g_autofree char *intro = NULL;
  g_autofree char *digest_text = NULL;

  /* Translators: %s is the agreement's revision number */
  intro = g_strdup_printf (_("By signing, each leader agrees to revision %s of this agreement on behalf "
                             "of their team, and to review it together at every review meeting."),
                           revision);
  entente_flow_writer_paragraph (writer, intro, ENTENTE_TEXT_BODY);
  /* Translators: %s is the start of the digest of the agreement's text as printed, as
   * “sha256:0123456789ab”; the same as `entente-cli digest` prints */
  digest_text = g_strdup_printf (_("This text’s digest: %s. A sign-off holds for this text only when "
                                   "it names the same digest."),
                                 short_digest);
  entente_flow_writer_paragraph (writer, digest_text, ENTENTE_TEXT_BODY);
  entente_flow_writer_space (writer, 18.0);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);

      write_signature (writer, document, party);
    }
}

/* The audit page */

/* Wide enough for a whole digest on one line. */
static const double audit_columns[] = { 0.2, 0.8 };

/* One sign-off as the audit lists it: its team, then every fact about
 * it, the state last. */
static void
write_audit_entry (EntenteFlowWriter *writer,
                   EntenteDocument   *document,
                   EntenteApproval   *approval,
                   const char        *digest)
{
  const char *team = entente_document_party_team (document, entente_approval_get_party (approval));
  EntenteSignOffState state = entente_document_check_approval (document, approval, digest);
  g_autoptr(GDateTime) local = entente_approval_get_local_time (approval, document);
  g_autofree char *time = local != NULL ? entente_format_datetime (NULL, local) : NULL;
  g_autofree char *fingerprint = entente_sign_off_fingerprint (approval);
  g_autofree char *signer = format_person (entente_approval_get_signer (approval), entente_approval_get_role (approval));
  guint block;

  block = entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, is_set (team) ? team : _("Someone"), NULL);
  entente_page_flow_keep_with_next (entente_flow_writer_get_flow (writer), block);
  entente_flow_writer_begin_table (writer, 2, audit_columns);
  field_row (writer, field_label (approval, ENTENTE_APPROVAL_FIELD_SIGNER), signer);
  field_row (writer, field_label (approval, ENTENTE_APPROVAL_FIELD_TIME), time);
  /* Whole, on one line, to compare with `entente-cli digest`. */
  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, field_label (approval, ENTENTE_APPROVAL_FIELD_DIGEST), ENTENTE_TEXT_LABEL);
  entente_flow_writer_cell (writer, entente_approval_get_digest (approval), ENTENTE_TEXT_SMALL);
  entente_flow_writer_end_row (writer);
  /* Translators: in the audit of sign-offs, beside the key's fingerprint */
  field_row (writer, _("Key fingerprint"),
             fingerprint != NULL ? fingerprint : _("None: this sign-off was made without a key"));
  entente_flow_writer_begin_row (writer);
  /* Translators: in the audit of sign-offs, beside what its state is */
  entente_flow_writer_cell (writer, _("State"), ENTENTE_TEXT_LABEL);
  entente_flow_writer_cell (writer, entente_sign_off_state_explanation (state),
                            state == ENTENTE_SIGN_OFF_SIGNED ? ENTENTE_TEXT_BODY : ENTENTE_TEXT_STRONG);
  entente_flow_writer_end_row (writer);
  entente_flow_writer_end_table (writer);
}

/**
 * entente_agreement_has_audit:
 *
 * Whether the agreement closes with an audit page: once anyone signed.
 */
gboolean
entente_agreement_has_audit (EntenteDocument *document)
{
  return g_list_model_get_n_items (entente_document_get_approvals (document)) > 0;
}

void
entente_agreement_write_audit (EntenteFlowWriter *writer,
                               EntenteDocument   *document)
{
  GListModel *approvals = entente_document_get_approvals (document);
  const char *zone_id = entente_meta_get_timezone (entente_document_get_meta (document));
  g_autofree char *digest = entente_document_compute_digest (document);
  g_autofree char *zone = entente_format_timezone (NULL, zone_id, NULL);
  g_autofree char *intro = NULL;

  /* Translators: at the head of the audit of sign-offs; %s is the
   * agreement's time zone, as “New York (UTC−05:00)” */
  intro = g_strdup_printf (_("Every sign-off recorded in this agreement, as verified when this copy was "
                             "made. Times are in the agreement’s time zone, %s."),
                           zone != NULL ? zone : "UTC");
  entente_flow_writer_paragraph (writer, intro, ENTENTE_TEXT_BODY);
  {
    g_autofree char *text = NULL;

    /* Translators: in the audit of sign-offs: the whole digest of the
     * agreement's text as printed, the same as `entente-cli digest` prints */
    text = g_strdup_printf (_("This text’s digest: %s"), digest);
    entente_flow_writer_paragraph (writer, text, ENTENTE_TEXT_SMALL);
  }
  entente_flow_writer_space (writer, 10.0);

  for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);

      write_audit_entry (writer, document, approval, digest);
    }
}

/* Open comments */

#define REPLY_INDENT 18.0

/* The chapters after the contents, and the part of the document each
 * shows: what a comment about that part is said to be about. */
static const EntenteAgreementChapter chapters[] = {
  { "parties", N_("Parties and roles"), entente_agreement_write_parties, FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_PARTIES },
  { "personas", N_("Buyer personas"), entente_agreement_write_personas, FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_PERSONAS },
  { "lead-definitions", N_("Lead definitions"), entente_agreement_write_stages, FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_STAGES },
  { "goals", N_("Goals"), entente_agreement_write_goals, TRUE, 0, NULL, ENTENTE_DOCUMENT_FIELD_GOALS },
  { "handoffs", N_("Handoffs"), entente_agreement_write_handoffs, FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_HANDOFFS },
  { "protocols", N_("Lead-management protocols"), entente_agreement_write_protocols, FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_PROTOCOLS },
  { "review", N_("Review and accountability"), entente_agreement_write_review, FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_REVIEW },
  { "approvals", N_("Approvals"), entente_agreement_write_approvals, TRUE, 0, NULL, ENTENTE_DOCUMENT_FIELD_APPROVALS },
  { "open-comments", N_("Open comments"), entente_agreement_write_open_comments, TRUE,
    ENTENTE_AGREEMENT_OPEN_COMMENTS, NULL, -1 },
  { "audit", N_("Audit of sign-offs"), entente_agreement_write_audit, TRUE, 0,
    entente_agreement_has_audit, -1 },
};

const EntenteAgreementChapter *
entente_agreement_get_chapters (guint *n_chapters)
{
  *n_chapters = G_N_ELEMENTS (chapters);
  return chapters;
}

/* The chapter that shows @field, or %NULL for a part with none (the
 * overview is the title page). */
const EntenteAgreementChapter *
entente_agreement_chapter_of_field (EntenteDocumentField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    if (chapters[i].field == (int) field)
      return &chapters[i];

  return NULL;
}

/* What a comment about @field is said to be in: its chapter, or its
 * section. */
static const char *
heading_of (EntenteSection       section,
            EntenteDocumentField field)
{
  const EntenteAgreementChapter *chapter = entente_agreement_chapter_of_field (field);

  return chapter != NULL ? _(chapter->title) : entente_section_get_title (section);
}

/* Where a comment is, as people read it: “Buyer personas: IT Ian”, or
 * the section alone; an anchor that names nothing known is shown as it
 * is written, and one that no longer resolves by what it said. */
static char *
describe_anchor (EntenteDocument *document,
                 const char      *anchor)
{
  g_autoptr(GPtrArray) path = NULL;
  g_autofree char *missing = NULL;
  EntenteItem *named = NULL;
  EntenteSection section;
  EntenteDocumentField field;
  const char *heading;

  if (!is_set (anchor))
    return g_strdup (_("The whole agreement"));

  path = entente_comment_anchor_split (anchor);
  if (path->len == 0 || !entente_section_resolve_name (g_ptr_array_index (path, 0), &section, &field))
    return g_strdup (anchor);
  entente_comment_anchor_locate (document, anchor, NULL, &named, &missing);
  heading = heading_of (section, field);

  if (named != NULL)
    {
      g_autofree char *name = entente_item_describe (document, named);

      /* Translators: where a comment is: a section of the agreement, then an item of it,
       * as “Buyer personas: IT Ian” */
      return g_strdup_printf (_("%s: %s"), heading, name);
    }
  if (missing != NULL)
    return g_strdup_printf (_("%s: %s"), heading, missing);

  return g_strdup (heading);
}

/* Comments in the order of the pages: those about the whole agreement
 * first, then section by section, then those about nothing known; in
 * the order of the file within each. */
typedef struct
{
  EntenteComment *comment;
  int             rank;
  guint           index;
} OpenComment;

static int
compare_open_comments (gconstpointer a,
                       gconstpointer b)
{
  const OpenComment *x = a;
  const OpenComment *y = b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;

  return x->index < y->index ? -1 : x->index > y->index ? 1 : 0;
}

static int
anchor_rank (const char *anchor)
{
  g_autoptr(GPtrArray) path = NULL;
  EntenteSection section;
  EntenteDocumentField field;

  if (!is_set (anchor))
    return -1;

  path = entente_comment_anchor_split (anchor);
  if (path->len == 0 || !entente_section_resolve_name (g_ptr_array_index (path, 0), &section, &field))
    return ENTENTE_DOCUMENT_N_FIELDS;

  return (int) field;
}

/* Who wrote, and when: “Dana Whitfield (VP Marketing) · 2 January 2027
 * at 09:30 (UTC+00:00)”. */
static char *
format_byline (const char *author,
               const char *role,
               GDateTime  *time)
{
  g_autofree char *who = format_person (author, role);
  g_autofree char *when = entente_format_datetime (NULL, time);

  if (when == NULL)
    return g_steal_pointer (&who);

  /* Translators: who wrote a comment, then when, as “Dana Whitfield (VP Marketing) · 2 January 2027 at 09:30 (UTC+00:00)” */
  return g_strdup_printf (_("%s · %s"), who, when);
}

/* Running text set in by @indent, breaking across pages between lines,
 * each line of @text a paragraph. */
static void
indented_paragraph (EntenteFlowWriter *writer,
                    const char        *text,
                    EntenteTextStyle   style,
                    double             indent)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  double width = entente_flow_writer_get_width (writer) - indent;
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      guint block;

      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;

      layout = entente_flow_writer_create_layout (writer, paragraphs[i], style, width);
      block = entente_page_flow_add_block (flow, entente_flow_writer_measure (layout), ENTENTE_FLOW_NONE);
      entente_page_flow_add_text (flow, block, layout, indent, 0.0,
                                  entente_flow_writer_get_style_color (writer, style));
      entente_flow_writer_space (writer, ENTENTE_FLOW_GAP_PARAGRAPH);
    }
}

/* A comment's or a reply's head: a title when there is one, then the
 * byline, set in by @indent and kept with the text that follows. */
static void
write_comment_head (EntenteFlowWriter *writer,
                    const char        *title,
                    const char        *byline,
                    double             indent)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  double width = entente_flow_writer_get_width (writer) - indent;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) by = entente_flow_writer_create_layout (writer, byline, ENTENTE_TEXT_SMALL, width);
  double y = 0.0;
  guint block;

  if (title != NULL)
    {
      heading = entente_flow_writer_create_layout (writer, title, ENTENTE_TEXT_STRONG, width);
      y = entente_flow_writer_measure (heading) + 1.0;
    }

  block = entente_page_flow_add_block (flow, y + entente_flow_writer_measure (by),
                                       ENTENTE_FLOW_KEEP_WITH_NEXT | ENTENTE_FLOW_KEEP_TOGETHER);
  if (heading != NULL)
    entente_page_flow_add_text (flow, block, heading, indent, 0.0,
                                entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_STRONG));
  entente_page_flow_add_text (flow, block, by, indent, y,
                              entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_SMALL));
  entente_flow_writer_space (writer, 4.0);
}

static void
write_open_comment (EntenteFlowWriter *writer,
                    EntenteDocument   *document,
                    EntenteComment    *comment)
{
  GListModel *replies = entente_comment_get_replies (comment);
  g_autofree char *where = describe_anchor (document, entente_comment_get_anchor (comment));
  g_autofree char *byline = format_byline (entente_comment_get_author (comment),
                                           entente_comment_get_role (comment),
                                           entente_comment_get_time (comment));

  write_comment_head (writer, where, byline, 0.0);
  if (is_set (entente_comment_get_text (comment)))
    indented_paragraph (writer, entente_comment_get_text (comment), ENTENTE_TEXT_BODY, 0.0);

  for (guint i = 0; replies != NULL && i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(EntenteReply) reply = g_list_model_get_item (replies, i);
      g_autofree char *reply_byline = format_byline (entente_reply_get_author (reply),
                                                     entente_reply_get_role (reply),
                                                     entente_reply_get_time (reply));
      g_autofree char *head = NULL;

      /* Translators: above a reply to a comment; %s is who wrote it and when */
      head = g_strdup_printf (_("Reply: %s"), reply_byline);
      entente_flow_writer_space (writer, 2.0);
      write_comment_head (writer, NULL, head, REPLY_INDENT);
      if (is_set (entente_reply_get_text (reply)))
        indented_paragraph (writer, entente_reply_get_text (reply), ENTENTE_TEXT_BODY, REPLY_INDENT);
    }

  entente_flow_writer_space (writer, 16.0);
}

/**
 * entente_agreement_write_open_comments:
 *
 * The appendix of the comments still open, with their replies; resolved
 * ones are settled and left out.
 */
void
entente_agreement_write_open_comments (EntenteFlowWriter *writer,
                                       EntenteDocument   *document)
{
  GListModel *comments = entente_document_get_comments (document);
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (OpenComment));

  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(EntenteComment) comment = g_list_model_get_item (comments, i);
      OpenComment entry;

      if (entente_comment_get_resolved (comment))
        continue;

      /* The list holds the comment for as long as the layout is made. */
      entry.comment = comment;
      entry.rank = anchor_rank (entente_comment_get_anchor (comment));
      entry.index = i;
      g_array_append_val (open, entry);
    }

  if (open->len == 0)
    {
      nothing_yet (writer, _("No comments are open."));
      return;
    }

  g_array_sort (open, compare_open_comments);
  entente_flow_writer_paragraph (writer,
                                 _("The comments still open when this copy was made, in the order of the "
                                   "agreement. They are not part of it: a sign-off is given to the text alone."),
                                 ENTENTE_TEXT_LABEL);
  entente_flow_writer_space (writer, 10.0);

  for (guint i = 0; i < open->len; i++)
    write_open_comment (writer, document, g_array_index (open, OpenComment, i).comment);
}
