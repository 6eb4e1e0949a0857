/* entente-export-content.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>

#include "entente-agreement-sections.h"
#include "entente-export-content.h"
#include "entente-render-text.h"

/* What the exported agreement says, in the order of the printed one:
 * a title block, the contents, then Parties and roles, Buyer personas,
 * Lead definitions, Goals, Handoffs, Lead-management protocols, Review
 * and accountability, and Approvals. */

#define EM_DASH "\xe2\x80\x94"
#define ARROW "\xe2\x86\x92"

static void
block_free (EntenteExportBlock *block)
{
  g_free (block->text);
  g_free (block->label);
  g_strfreev (block->columns);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static EntenteExportBlock *
add_block (GPtrArray              *blocks,
           EntenteExportBlockKind  kind,
           const char             *text)
{
  EntenteExportBlock *block = g_new0 (EntenteExportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_ptr_array_add (blocks, block);

  return block;
}

/* The heading of the chapter that shows @field, as the PDF has it. */
static void
add_section (GPtrArray            *blocks,
             EntenteDocumentField  field)
{
  const EntenteAgreementChapter *chapter = entente_agreement_chapter_of_field (field);
  EntenteExportBlock *block;

  g_assert (chapter != NULL);
  block = add_block (blocks, ENTENTE_EXPORT_BLOCK_SECTION, _(chapter->title));
  block->label = g_strdup (chapter->id);
}

static void
add_paragraph (GPtrArray  *blocks,
               const char *label,
               const char *text)
{
  EntenteExportBlock *block;

  if (text == NULL || *text == '\0')
    return;

  block = add_block (blocks, ENTENTE_EXPORT_BLOCK_PARAGRAPH, text);
  block->label = g_strdup (label);
}

static void
add_note (GPtrArray  *blocks,
          const char *text)
{
  add_block (blocks, ENTENTE_EXPORT_BLOCK_NOTE, text);
}

/* A table with the given column titles, NULL-terminated. */
static EntenteExportBlock *
add_table (GPtrArray  *blocks,
           guint       numeric,
           const char *first,
           ...)
{
  EntenteExportBlock *block = add_block (blocks, ENTENTE_EXPORT_BLOCK_TABLE, NULL);
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  const char *column;
  va_list args;

  va_start (args, first);
  for (column = first; column != NULL; column = va_arg (args, const char *))
    g_strv_builder_add (columns, column);
  va_end (args);

  block->columns = g_strv_builder_end (columns);
  block->n_columns = g_strv_length (block->columns);
  block->numeric = numeric;

  return block;
}

static EntenteExportBlock *
add_fields (GPtrArray  *blocks,
            const char *label,
            const char *title)
{
  EntenteExportBlock *block = add_block (blocks, ENTENTE_EXPORT_BLOCK_FIELDS, NULL);

  block->n_columns = 2;
  if (label != NULL)
    {
      const char *columns[] = { label, title ? title : "", NULL };

      block->columns = g_strdupv ((char **) columns);
    }

  return block;
}

static GPtrArray *
add_row (EntenteExportBlock *block)
{
  GPtrArray *row = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (block->rows, row);

  return row;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static gboolean
strv_is_empty (const char * const *strv)
{
  return strv == NULL || strv[0] == NULL;
}

static void
cell_text (GPtrArray  *row,
           const char *text)
{
  const char *lines[] = { text, NULL };

  g_ptr_array_add (row, g_strdupv (is_empty (text) ? (char **) &lines[1] : (char **) lines));
}

static void
cell_take (GPtrArray *row,
           char      *text)
{
  cell_text (row, text);
  g_free (text);
}

static void
cell_strv (GPtrArray          *row,
           const char * const *strv)
{
  const char *none[] = { NULL };

  g_ptr_array_add (row, g_strdupv ((char **) (strv ? strv : none)));
}

static void
field_text (EntenteExportBlock *block,
            const char         *label,
            const char         *text)
{
  GPtrArray *row;

  if (is_empty (text))
    return;

  row = add_row (block);
  cell_text (row, label);
  cell_text (row, text);
}

static void
field_take (EntenteExportBlock *block,
            const char         *label,
            char               *text)
{
  field_text (block, label, text);
  g_free (text);
}

static void
field_strv (EntenteExportBlock *block,
            const char         *label,
            const char * const *strv)
{
  GPtrArray *row;

  if (strv_is_empty (strv))
    return;

  row = add_row (block);
  cell_text (row, label);
  cell_strv (row, strv);
}

/* The translated label of a field, as the model's field table names it. */
static const char *
label_of (GType type,
          guint field)
{
  const EntenteField *spec = entente_item_type_get_field (type, field);

  return spec != NULL ? _(spec->label) : "";
}

static const char *
or_dash (const char *text)
{
  return is_empty (text) ? EM_DASH : text;
}

/* Title block */

static void
build_title (GPtrArray       *blocks,
             EntenteDocument *document)
{
  EntenteMeta *meta = entente_document_get_meta (document);
  GListModel *parties = entente_document_get_parties (document);
  const char *title = entente_meta_get_title (meta);
  EntenteExportBlock *facts;
  g_autofree char *days = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  add_block (blocks, ENTENTE_EXPORT_BLOCK_TITLE,
             is_empty (title) ? _("Sales and Marketing Service Level Agreement") : title);
  if (!is_empty (entente_meta_get_organization (meta)))
    add_block (blocks, ENTENTE_EXPORT_BLOCK_SUBTITLE, entente_meta_get_organization (meta));

  facts = add_fields (blocks, NULL, NULL);
  if (entente_meta_get_revision (meta) > 0)
    field_take (facts, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_REVISION),
                entente_format_count (NULL, entente_meta_get_revision (meta)));
  field_take (facts, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_EFFECTIVE),
              entente_format_date (NULL, entente_meta_get_effective (meta)));
  field_take (facts, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_REVIEW_BY),
              entente_format_date (NULL, entente_meta_get_review_by (meta)));
  field_text (facts, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_CURRENCY),
              entente_meta_get_currency (meta));
  field_take (facts, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_TIMEZONE),
              entente_format_field (NULL, document, ENTENTE_ITEM (meta), ENTENTE_META_FIELD_TIMEZONE, NULL));

  days = entente_format_weekdays (NULL, entente_meta_get_business_days (meta));
  start = entente_format_time (NULL, entente_meta_get_business_start (meta));
  end = entente_format_time (NULL, entente_meta_get_business_end (meta));
  if (days != NULL && start != NULL && end != NULL)
    /* TRANSLATORS: business hours: days, first and last hour, as in
     * "Monday to Friday, 09:00–17:00" */
    field_take (facts, _("Business hours"), g_strdup_printf (_("%s, %s–%s"), days, start, end));
  else
    field_text (facts, _("Business hours"), days);

  if (g_list_model_get_n_items (parties) > 0)
    {
      EntenteExportBlock *table = add_table (blocks, 0,
                                             label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_TEAM),
                                             label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_LEADER),
                                             label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_ROLE),
                                             NULL);

      for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
        {
          g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
          GPtrArray *row = add_row (table);

          cell_text (row, or_dash (entente_party_get_team (party)));
          cell_text (row, or_dash (entente_party_get_leader (party)));
          cell_text (row, or_dash (entente_party_get_role (party)));
        }
    }

  add_paragraph (blocks, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_PURPOSE),
                 entente_meta_get_purpose (meta));
}

/* Parties and roles */

static void
build_parties (GPtrArray       *blocks,
               EntenteDocument *document)
{
  GListModel *parties = entente_document_get_parties (document);
  EntenteExportBlock *table;

  add_section (blocks, ENTENTE_DOCUMENT_FIELD_PARTIES);
  if (g_list_model_get_n_items (parties) == 0)
    {
      add_note (blocks, _("No parties have been named yet."));
      return;
    }

  table = add_table (blocks, 0,
                     label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_TEAM),
                     label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_KIND),
                     label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_LEADER),
                     label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_ROLE),
                     label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_EMAIL),
                     NULL);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      GPtrArray *row = add_row (table);

      cell_text (row, or_dash (entente_party_get_team (party)));
      cell_text (row, entente_format_enum (NULL, ENTENTE_TYPE_PARTY_KIND, entente_party_get_kind (party)));
      cell_text (row, or_dash (entente_party_get_leader (party)));
      cell_text (row, or_dash (entente_party_get_role (party)));
      cell_text (row, or_dash (entente_party_get_email (party)));
    }
}

/* Buyer personas */

static char *
range_words (const char *from,
             const char *to,
             gboolean    employees)
{
  if (from != NULL && to != NULL)
    return g_strdup_printf (employees ? _("%s to %s employees") : _("%s to %s"), from, to);
  if (from != NULL)
    return g_strdup_printf (employees ? _("At least %s employees") : _("At least %s"), from);
  if (to != NULL)
    return g_strdup_printf (employees ? _("Up to %s employees") : _("Up to %s"), to);

  return NULL;
}

static void
build_personas (GPtrArray       *blocks,
                EntenteDocument *document)
{
  GListModel *personas = entente_document_get_personas (document);
  const char *currency = entente_meta_get_currency (entente_document_get_meta (document));

  add_section (blocks, ENTENTE_DOCUMENT_FIELD_PERSONAS);
  if (g_list_model_get_n_items (personas) == 0)
    {
      add_note (blocks, _("No buyer personas have been described yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(EntentePersona) persona = g_list_model_get_item (personas, i);
      const char *name = entente_persona_get_name (persona);
      int size_min = entente_persona_get_company_size_min (persona);
      int size_max = entente_persona_get_company_size_max (persona);
      double revenue_min = entente_persona_get_annual_revenue_min (persona);
      double revenue_max = entente_persona_get_annual_revenue_max (persona);
      g_autofree char *size_from = size_min > 0 ? entente_format_count (NULL, size_min) : NULL;
      g_autofree char *size_to = size_max > 0 ? entente_format_count (NULL, size_max) : NULL;
      g_autofree char *revenue_from = revenue_min > 0 ? entente_format_money (NULL, revenue_min, currency) : NULL;
      g_autofree char *revenue_to = revenue_max > 0 ? entente_format_money (NULL, revenue_max, currency) : NULL;
      EntenteExportBlock *fields;

      if (is_empty (name))
        name = entente_persona_get_id (persona);

      add_block (blocks, ENTENTE_EXPORT_BLOCK_HEADING, or_dash (name));
      fields = add_fields (blocks, label_of (ENTENTE_TYPE_PERSONA, ENTENTE_PERSONA_FIELD_NAME), or_dash (name));

#define PERSONA_LABEL(field) label_of (ENTENTE_TYPE_PERSONA, ENTENTE_PERSONA_FIELD_##field)
      field_text (fields, PERSONA_LABEL (SUMMARY), entente_persona_get_summary (persona));
      field_strv (fields, PERSONA_LABEL (JOB_TITLES), entente_persona_get_job_titles (persona));
      if (entente_persona_get_seniority (persona) != ENTENTE_SENIORITY_UNSET)
        field_text (fields, PERSONA_LABEL (SENIORITY),
                    entente_format_enum (NULL, ENTENTE_TYPE_SENIORITY, entente_persona_get_seniority (persona)));
      field_take (fields, _("Company size"), range_words (size_from, size_to, TRUE));
      field_take (fields, _("Annual revenue"), range_words (revenue_from, revenue_to, FALSE));
      field_strv (fields, PERSONA_LABEL (INDUSTRIES), entente_persona_get_industries (persona));
      field_strv (fields, PERSONA_LABEL (REGIONS), entente_persona_get_regions (persona));
      field_strv (fields, PERSONA_LABEL (PAINS), entente_persona_get_pains (persona));
      field_strv (fields, PERSONA_LABEL (GOALS), entente_persona_get_goals (persona));
      field_strv (fields, PERSONA_LABEL (TRIGGERS), entente_persona_get_triggers (persona));
      field_strv (fields, PERSONA_LABEL (OBJECTIONS), entente_persona_get_objections (persona));
      field_strv (fields, PERSONA_LABEL (DISQUALIFIERS), entente_persona_get_disqualifiers (persona));
#undef PERSONA_LABEL
    }
}

/* Lead definitions */

static char *
points_words (int points)
{
  return g_strdup_printf (ngettext ("%d point", "%d points", ABS (points)), points);
}

static void
build_stages (GPtrArray       *blocks,
              EntenteDocument *document)
{
  GListModel *stages = entente_document_get_stages (document);
  EntenteExportBlock *table;

  add_section (blocks, ENTENTE_DOCUMENT_FIELD_STAGES);
  if (g_list_model_get_n_items (stages) == 0)
    {
      add_note (blocks, _("No lead stages have been defined yet."));
      return;
    }

  table = add_table (blocks, 0,
                     label_of (ENTENTE_TYPE_TARGET, ENTENTE_TARGET_FIELD_STAGE),
                     _("Owner team"),
                     label_of (ENTENTE_TYPE_STAGE, ENTENTE_STAGE_FIELD_DEFINITION),
                     NULL);
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);
      GPtrArray *row = add_row (table);

      cell_text (row, or_dash (entente_document_stage_name (document, entente_stage_get_id (stage))));
      cell_text (row, or_dash (entente_document_party_team (document, entente_stage_get_owner (stage))));
      cell_text (row, or_dash (entente_stage_get_definition (stage)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);
      GListModel *criteria = entente_stage_get_criteria (stage);
      g_autofree char *heading = NULL;

      if (g_list_model_get_n_items (criteria) == 0 && entente_stage_get_threshold (stage) == 0)
        continue;

      /* TRANSLATORS: a heading; %s is the name of a lead stage */
      heading = g_strdup_printf (_("Scoring for %s"), or_dash (entente_document_stage_name (document, entente_stage_get_id (stage))));
      add_block (blocks, ENTENTE_EXPORT_BLOCK_HEADING, heading);
      {
        g_autofree char *threshold = points_words (entente_stage_get_threshold (stage));

        add_paragraph (blocks, label_of (ENTENTE_TYPE_STAGE, ENTENTE_STAGE_FIELD_THRESHOLD), threshold);
      }

      if (g_list_model_get_n_items (criteria) == 0)
        continue;

      table = add_table (blocks, 1 << 2,
                         label_of (ENTENTE_TYPE_CRITERION, ENTENTE_CRITERION_FIELD_TEXT),
                         label_of (ENTENTE_TYPE_CRITERION, ENTENTE_CRITERION_FIELD_KIND),
                         label_of (ENTENTE_TYPE_CRITERION, ENTENTE_CRITERION_FIELD_POINTS),
                         NULL);
      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(EntenteCriterion) criterion = g_list_model_get_item (criteria, j);
          GPtrArray *row = add_row (table);

          cell_text (row, or_dash (entente_criterion_get_text (criterion)));
          cell_text (row, entente_format_enum (NULL, ENTENTE_TYPE_CRITERION_KIND,
                                                     entente_criterion_get_kind (criterion)));
          cell_take (row, entente_format_signed_count (NULL, entente_criterion_get_points (criterion)));
        }
    }
}

/* Goals */

static const char *
period_sentence (EntentePeriod period)
{
  switch (period)
    {
    case ENTENTE_PERIOD_WEEK:
      return _("All counts are per week.");
    case ENTENTE_PERIOD_QUARTER:
      return _("All counts are per quarter.");
    case ENTENTE_PERIOD_YEAR:
      return _("All counts are per year.");
    case ENTENTE_PERIOD_MONTH:
    default:
      return _("All counts are per month.");
    }
}

static void
build_goals (GPtrArray       *blocks,
             EntenteDocument *document)
{
  EntenteGoals *goals = entente_document_get_goals (document);
  GListModel *conversions = entente_goals_get_conversions (goals);
  const char *currency = entente_meta_get_currency (entente_document_get_meta (document));
  g_autoptr(GPtrArray) plan = entente_plan_compute (document);
  g_autoptr(GPtrArray) funnel = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *intro = NULL;
  g_autofree char *funnel_words = NULL;
  EntenteExportBlock *table;
  EntenteExportBlock *inputs;
  double customers;

  add_section (blocks, ENTENTE_DOCUMENT_FIELD_GOALS);

  intro = g_strdup_printf ("%s %s", period_sentence (entente_goals_get_period (goals)),
                           _("Needed is what the revenue goal requires, worked back from customers "
                             "through each conversion rate; the gap is the committed target less the need."));
  add_paragraph (blocks, NULL, intro);

  if (plan->len == 0)
    add_note (blocks, _("No lead stages have been defined yet."));
  else
    {
      table = add_table (blocks, (1 << 1) | (1 << 2) | (1 << 4),
                         label_of (ENTENTE_TYPE_TARGET, ENTENTE_TARGET_FIELD_STAGE),
                         _("Needed"),
                         _("Committed target"),
                         label_of (ENTENTE_TYPE_TARGET, ENTENTE_TARGET_FIELD_PARTY),
                         _("Gap"),
                         NULL);
      for (guint i = 0; i < plan->len; i++)
        {
          EntentePlanStage *stage = g_ptr_array_index (plan, i);
          gboolean known = entente_plan_stage_is_known (stage);
          const char *name = or_dash (entente_document_stage_name (document, entente_stage_get_id (stage->stage)));
          GPtrArray *row = add_row (table);

          cell_text (row, name);
          cell_take (row, known ? entente_format_count (NULL, entente_plan_stage_get_needed (stage)) : g_strdup (EM_DASH));
          cell_take (row, stage->target >= 0 ? entente_format_count (NULL, stage->target) : g_strdup (EM_DASH));
          cell_text (row, or_dash (entente_document_party_team (document, stage->target_party)));
          cell_take (row, known && stage->target >= 0
                          ? entente_format_signed_count (NULL, entente_plan_stage_get_gap (stage))
                          : g_strdup (EM_DASH));

          if (known)
            {
              g_autofree char *count = entente_format_count (NULL, entente_plan_stage_get_needed (stage));

              g_ptr_array_add (funnel, g_strdup_printf ("%s %s", name, count));
            }
        }
    }

  add_block (blocks, ENTENTE_EXPORT_BLOCK_HEADING, _("Revenue inputs"));
  inputs = add_fields (blocks, NULL, NULL);
  field_text (inputs, label_of (ENTENTE_TYPE_GOALS, ENTENTE_GOALS_FIELD_PERIOD),
              entente_format_enum (NULL, ENTENTE_TYPE_PERIOD, entente_goals_get_period (goals)));
  if (entente_goals_get_revenue (goals) > 0)
    field_take (inputs, label_of (ENTENTE_TYPE_GOALS, ENTENTE_GOALS_FIELD_REVENUE),
                entente_format_money (NULL, entente_goals_get_revenue (goals), currency));
  if (entente_goals_get_average_deal (goals) > 0)
    field_take (inputs, label_of (ENTENTE_TYPE_GOALS, ENTENTE_GOALS_FIELD_AVERAGE_DEAL),
                entente_format_money (NULL, entente_goals_get_average_deal (goals), currency));
  if (entente_goals_get_marketing_share (goals) > 0)
    field_take (inputs, label_of (ENTENTE_TYPE_GOALS, ENTENTE_GOALS_FIELD_MARKETING_SHARE),
                entente_format_rate (NULL, entente_goals_get_marketing_share (goals)));
  customers = entente_plan_customers (document);
  if (customers >= 0)
    field_take (inputs, _("Customers needed"), entente_format_count (NULL, (gint64) ceil (customers - 1e-9)));

  if (g_list_model_get_n_items (conversions) > 0)
    {
      table = add_table (blocks, 1 << 2,
                         label_of (ENTENTE_TYPE_CONVERSION, ENTENTE_CONVERSION_FIELD_FROM),
                         label_of (ENTENTE_TYPE_CONVERSION, ENTENTE_CONVERSION_FIELD_TO),
                         label_of (ENTENTE_TYPE_CONVERSION, ENTENTE_CONVERSION_FIELD_RATE),
                         NULL);
      for (guint i = 0; i < g_list_model_get_n_items (conversions); i++)
        {
          g_autoptr(EntenteConversion) conversion = g_list_model_get_item (conversions, i);
          GPtrArray *row = add_row (table);

          cell_text (row, or_dash (entente_document_stage_name (document, entente_conversion_get_from (conversion))));
          cell_text (row, or_dash (entente_document_stage_name (document, entente_conversion_get_to (conversion))));
          cell_take (row, entente_format_rate (NULL, entente_conversion_get_rate (conversion)));
        }
    }

  if (plan->len > 0)
    {
      EntenteExportBlock *block = add_block (blocks, ENTENTE_EXPORT_BLOCK_FUNNEL, _("Reverse funnel"));

      g_ptr_array_add (funnel, NULL);
      funnel_words = g_strjoinv ("; ", (char **) funnel->pdata);
      /* TRANSLATORS: describes the funnel picture to those who cannot see
       * it; %s lists each stage with the records it needs */
      block->label = funnel->len > 1 ? g_strdup_printf (_("Reverse funnel: %s"), funnel_words)
                                     : g_strdup (_("Reverse funnel"));
    }
}

/* Handoffs */

static void
build_handoffs (GPtrArray       *blocks,
                EntenteDocument *document)
{
  GListModel *handoffs = entente_document_get_handoffs (document);

  add_section (blocks, ENTENTE_DOCUMENT_FIELD_HANDOFFS);
  if (g_list_model_get_n_items (handoffs) == 0)
    {
      add_note (blocks, _("No handoffs have been agreed yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (handoffs); i++)
    {
      g_autoptr(EntenteHandoff) handoff = g_list_model_get_item (handoffs, i);
      const char *from = or_dash (entente_document_stage_name (document, entente_handoff_get_from (handoff)));
      const char *to = or_dash (entente_document_party_team (document, entente_handoff_get_to (handoff)));
      g_autofree char *heading = g_strdup_printf ("%s " ARROW " %s", from, to);
      EntenteExportBlock *fields;

#define HANDOFF_LABEL(field) label_of (ENTENTE_TYPE_HANDOFF, ENTENTE_HANDOFF_FIELD_##field)
      add_block (blocks, ENTENTE_EXPORT_BLOCK_HEADING, heading);
      fields = add_fields (blocks, _("Handoff"), heading);
      field_text (fields, HANDOFF_LABEL (FROM), from);
      field_text (fields, HANDOFF_LABEL (TO), to);
      if (entente_handoff_get_routing (handoff) != ENTENTE_ROUTING_UNSET)
        field_text (fields, HANDOFF_LABEL (ROUTING),
                    entente_format_enum (NULL, ENTENTE_TYPE_ROUTING, entente_handoff_get_routing (handoff)));
      field_take (fields, HANDOFF_LABEL (ACCEPT_WITHIN),
                  entente_format_duration (NULL, entente_handoff_get_accept_within (handoff),
                                                 entente_handoff_get_accept_within_business_hours (handoff)));
      field_strv (fields, HANDOFF_LABEL (REQUIRED_FIELDS), entente_handoff_get_required_fields (handoff));
      field_strv (fields, HANDOFF_LABEL (REJECTION_REASONS), entente_handoff_get_rejection_reasons (handoff));
      field_text (fields, HANDOFF_LABEL (NOTES), entente_handoff_get_notes (handoff));
#undef HANDOFF_LABEL
    }
}

/* Lead-management protocols */

static char *
recycle_words (EntenteDocument *document,
               EntenteProtocol *protocol)
{
  g_autofree char *after = entente_format_duration (NULL, entente_protocol_get_recycle_after (protocol), FALSE);
  const char *to = entente_document_stage_name (document, entente_protocol_get_recycle_to (protocol));

  /* TRANSLATORS: when and where an unworked lead is recycled, as in
   * "After 14 days, back to Lead" */
  if (after != NULL && to != NULL)
    return g_strdup_printf (_("After %s, back to %s"), after, to);
  if (after != NULL)
    return g_strdup_printf (_("After %s"), after);
  if (to != NULL)
    return g_strdup_printf (_("Back to %s"), to);

  return NULL;
}

static void
build_protocols (GPtrArray       *blocks,
                 EntenteDocument *document)
{
  GListModel *protocols = entente_document_get_protocols (document);

  add_section (blocks, ENTENTE_DOCUMENT_FIELD_PROTOCOLS);
  if (g_list_model_get_n_items (protocols) == 0)
    {
      add_note (blocks, _("No lead-management protocols have been agreed yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (protocols); i++)
    {
      g_autoptr(EntenteProtocol) protocol = g_list_model_get_item (protocols, i);
      const char *stage = or_dash (entente_document_stage_name (document, entente_protocol_get_stage (protocol)));
      GListModel *escalation = entente_protocol_get_escalation (protocol);
      g_autofree char *over = entente_format_duration (NULL, entente_protocol_get_attempts_over (protocol), FALSE);
      g_autofree char *recycle = recycle_words (document, protocol);
      int attempts = entente_protocol_get_attempts (protocol);
      EntenteExportBlock *fields;

#define PROTOCOL_LABEL(field) label_of (ENTENTE_TYPE_PROTOCOL, ENTENTE_PROTOCOL_FIELD_##field)
      add_block (blocks, ENTENTE_EXPORT_BLOCK_HEADING, stage);
      fields = add_fields (blocks, PROTOCOL_LABEL (STAGE), stage);
      field_text (fields, PROTOCOL_LABEL (PARTY), entente_document_party_team (document, entente_protocol_get_party (protocol)));
      field_take (fields, PROTOCOL_LABEL (FIRST_RESPONSE),
                  entente_format_duration (NULL, entente_protocol_get_first_response (protocol),
                                                 entente_protocol_get_first_response_business_hours (protocol)));
      if (attempts > 0 && over != NULL)
        /* TRANSLATORS: %d attempts to reach a lead, over a duration such as "14 days" */
        field_take (fields, PROTOCOL_LABEL (ATTEMPTS),
                    g_strdup_printf (ngettext ("%d attempt over %s", "%d attempts over %s", attempts),
                                     attempts, over));
      else if (attempts > 0)
        field_take (fields, PROTOCOL_LABEL (ATTEMPTS),
                    g_strdup_printf (ngettext ("%d attempt", "%d attempts", attempts), attempts));
      field_take (fields, PROTOCOL_LABEL (CHANNELS),
                  entente_format_field (NULL, document, ENTENTE_ITEM (protocol), ENTENTE_PROTOCOL_FIELD_CHANNELS, NULL));
      field_take (fields, PROTOCOL_LABEL (STATUS_UPDATE_WITHIN),
                  entente_format_duration (NULL, entente_protocol_get_status_update_within (protocol), FALSE));
      if (recycle != NULL)
        {
          field_text (fields, _("Recycling"), recycle);
          field_text (fields, PROTOCOL_LABEL (RECYCLE_REASON_REQUIRED),
                      entente_protocol_get_recycle_reason_required (protocol) ? _("Yes") : _("No"));
        }

      if (g_list_model_get_n_items (escalation) > 0)
        {
          g_autoptr(GStrvBuilder) steps = g_strv_builder_new ();
          g_auto(GStrv) lines = NULL;

          for (guint j = 0; j < g_list_model_get_n_items (escalation); j++)
            {
              g_autoptr(EntenteEscalationStep) step = g_list_model_get_item (escalation, j);
              g_autofree char *after = entente_format_duration (NULL, entente_escalation_step_get_after (step), FALSE);

              /* TRANSLATORS: an escalation step: after a duration, to a person */
              g_autofree char *line = g_strdup_printf (_("After %s: %s"), after ? after : EM_DASH,
                                                       or_dash (entente_escalation_step_get_to (step)));

              g_strv_builder_add (steps, line);
            }
          lines = g_strv_builder_end (steps);
          field_strv (fields, PROTOCOL_LABEL (ESCALATION), (const char * const *) lines);
        }
#undef PROTOCOL_LABEL
    }
}

/* Review and accountability */

static void
build_review (GPtrArray       *blocks,
              EntenteDocument *document)
{
  EntenteReview *review = entente_document_get_review (document);
  GListModel *accountability = entente_review_get_accountability (review);
  EntenteExportBlock *fields;

  add_section (blocks, ENTENTE_DOCUMENT_FIELD_REVIEW);

  fields = add_fields (blocks, NULL, NULL);
  field_text (fields, label_of (ENTENTE_TYPE_REVIEW, ENTENTE_REVIEW_FIELD_CADENCE),
              entente_format_enum (NULL, ENTENTE_TYPE_CADENCE, entente_review_get_cadence (review)));
  field_strv (fields, label_of (ENTENTE_TYPE_REVIEW, ENTENTE_REVIEW_FIELD_ATTENDEES),
              entente_review_get_attendees (review));
  field_strv (fields, label_of (ENTENTE_TYPE_REVIEW, ENTENTE_REVIEW_FIELD_METRICS),
              entente_review_get_metrics (review));

  if (g_list_model_get_n_items (accountability) > 0)
    {
      EntenteExportBlock *table;

      add_block (blocks, ENTENTE_EXPORT_BLOCK_HEADING, label_of (ENTENTE_TYPE_REVIEW, ENTENTE_REVIEW_FIELD_ACCOUNTABILITY));
      table = add_table (blocks, 0,
                         label_of (ENTENTE_TYPE_ACCOUNTABILITY, ENTENTE_ACCOUNTABILITY_FIELD_PARTY),
                         label_of (ENTENTE_TYPE_ACCOUNTABILITY, ENTENTE_ACCOUNTABILITY_FIELD_TEXT),
                         NULL);
      for (guint i = 0; i < g_list_model_get_n_items (accountability); i++)
        {
          g_autoptr(EntenteAccountability) item = g_list_model_get_item (accountability, i);
          GPtrArray *row = add_row (table);

          cell_text (row, or_dash (entente_document_party_team (document, entente_accountability_get_party (item))));
          cell_text (row, or_dash (entente_accountability_get_text (item)));
        }
    }
}

/* Approvals */

/* A sign-off's facts: who, its state (never a plain “signed”: valid, or
 * what is wrong with it), when in the agreement's time zone, the digest
 * it names and the fingerprint of its key. */
static void
add_approval_rows (EntenteExportBlock *block,
                   EntenteDocument    *document,
                   EntenteApproval    *approval,
                   const char         *digest)
{
  const char *signer = entente_approval_get_signer (approval);
  const char *role = entente_approval_get_role (approval);
  EntenteSignOffState state = entente_document_check_approval (document, approval, digest);
  g_autoptr(GDateTime) local = entente_approval_get_local_time (approval, document);
  g_autofree char *fingerprint = entente_sign_off_fingerprint (approval);
  /* Only a valid sign-off approves; any other is in someone's name. */
  const char *who = state == ENTENTE_SIGN_OFF_SIGNED ? _("Approved by")
                                                      : label_of (ENTENTE_TYPE_APPROVAL, ENTENTE_APPROVAL_FIELD_SIGNER);

#define APPROVAL_LABEL(field) label_of (ENTENTE_TYPE_APPROVAL, ENTENTE_APPROVAL_FIELD_##field)
  if (!is_empty (role))
    /* TRANSLATORS: who signed off: a name and a role */
    field_take (block, who, g_strdup_printf (_("%s, %s"), or_dash (signer), role));
  else
    field_text (block, who, or_dash (signer));
  /* Translators: in the audit of sign-offs, beside what its state is */
  field_text (block, _("State"), entente_sign_off_state_explanation (state));
  field_take (block, APPROVAL_LABEL (TIME), local != NULL ? entente_format_datetime (NULL, local) : NULL);
  field_text (block, APPROVAL_LABEL (DIGEST), entente_approval_get_digest (approval));
  /* Translators: in the audit of sign-offs, beside the key's fingerprint */
  field_text (block, _("Key fingerprint"),
              fingerprint != NULL ? fingerprint : _("None: this sign-off was made without a key"));
#undef APPROVAL_LABEL
}

static void
build_approvals (GPtrArray       *blocks,
                 EntenteDocument *document)
{
  GListModel *parties = entente_document_get_parties (document);
  GListModel *approvals = entente_document_get_approvals (document);
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  g_autofree char *digest = entente_document_compute_digest (document);

  add_section (blocks, ENTENTE_DOCUMENT_FIELD_APPROVALS);
  add_paragraph (blocks, NULL,
                 _("By signing, each leader agrees on behalf of their team to the definitions, goals, "
                   "handoffs and protocols of this agreement, and to review them together as set out above."));

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      EntenteExportBlock *block = add_block (blocks, ENTENTE_EXPORT_BLOCK_SIGNATURE,
                                             or_dash (entente_party_get_team (party)));

      block->lines = entente_sign_off_state_wants_lines (
        entente_document_get_sign_off_state (document, entente_party_get_id (party), NULL));
      field_text (block, label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_LEADER), or_dash (entente_party_get_leader (party)));
      field_text (block, label_of (ENTENTE_TYPE_PARTY, ENTENTE_PARTY_FIELD_ROLE), or_dash (entente_party_get_role (party)));

      for (guint j = 0; j < g_list_model_get_n_items (approvals); j++)
        {
          g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, j);

          if (g_strcmp0 (entente_approval_get_party (approval), entente_party_get_id (party)) != 0)
            continue;
          add_approval_rows (block, document, approval, digest);
          g_hash_table_add (shown, approval);
        }
    }

  /* Sign-offs by a party the agreement no longer names. */
  for (guint j = 0; j < g_list_model_get_n_items (approvals); j++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, j);
      EntenteExportBlock *block;

      if (g_hash_table_contains (shown, approval))
        continue;
      block = add_block (blocks, ENTENTE_EXPORT_BLOCK_SIGNATURE,
                         or_dash (entente_document_party_team (document, entente_approval_get_party (approval))));
      add_approval_rows (block, document, approval, digest);
    }
}

/**
 * entente_export_content_build:
 *
 * Returns: (transfer full) (element-type EntenteExportBlock): the blocks
 *   of the agreement, in reading order
 */
GPtrArray *
entente_export_content_build (EntenteDocument *document)
{
  GPtrArray *blocks;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  build_title (blocks, document);
  add_block (blocks, ENTENTE_EXPORT_BLOCK_CONTENTS, _("Contents"));
  build_parties (blocks, document);
  build_personas (blocks, document);
  build_stages (blocks, document);
  build_goals (blocks, document);
  build_handoffs (blocks, document);
  build_protocols (blocks, document);
  build_review (blocks, document);
  build_approvals (blocks, document);

  return blocks;
}

/**
 * entente_export_content_append_escaped:
 * @out: where to write
 * @text: valid UTF-8
 * @from: where in @text to start
 * @line_break: what a line break (LF, CR or CR LF) becomes
 * @escape: writes the characters the markup escapes
 *
 * Writes @text from @from on, each character as @escape writes it or else
 * as it is, but for line breaks, tabs (a space) and the control
 * characters no HTML or Markdown document may hold (left out).
 */
void
entente_export_content_append_escaped (GString                 *out,
                                       const char              *text,
                                       const char              *from,
                                       const char              *line_break,
                                       EntenteExportEscapeFunc  escape)
{
  /* A value cannot reorder what is around it (entente-render-text.c). */
  g_autofree char *isolated = entente_render_text_isolate (from);

  if (!g_str_equal (isolated, from))
    text = from = isolated;

  for (const char *p = from; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (escape (out, text, p, c))
        continue;

      switch (c)
        {
        case '\r':
          if (p[1] == '\n')
            break;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, line_break);
          break;
        case '\t':
          g_string_append_c (out, ' ');
          break;
        default:
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF)
            break;
          g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

/**
 * entente_export_content_write:
 * @document: an SLA
 * @markup: how to write it
 * @data: the writer's own state, as #EntenteExportWriter.data
 * @error: return location for a #GError
 *
 * Writes the blocks of @document, in order, as @markup says.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 *   when a block could not be written
 */
GBytes *
entente_export_content_write (EntenteDocument           *document,
                              const EntenteExportMarkup *markup,
                              gpointer                   data,
                              GError                   **error)
{
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
  g_autoptr(GPtrArray) blocks = entente_export_content_build (document);
  g_autoptr(GString) out = g_string_new (NULL);
  EntenteExportWriter writer = { document, blocks, out, data, NULL };

  if (markup->begin != NULL)
    markup->begin (&writer);

  for (guint i = 0; i < blocks->len; i++)
    {
      EntenteExportBlock *block = g_ptr_array_index (blocks, i);
      EntenteExportBlockFunc func;

      g_assert ((guint) block->kind < ENTENTE_EXPORT_N_BLOCK_KINDS);
      func = markup->blocks[block->kind];
      if (func != NULL)
        func (&writer, block);
      if (writer.error != NULL)
        {
          g_propagate_error (error, writer.error);
          return NULL;
        }
    }

  if (markup->end != NULL)
    markup->end (&writer);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
