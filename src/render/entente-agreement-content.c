/* entente-agreement-content.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-agreement-content.h"
#include "entente-render-text.h"

/* What the agreement says, in the order of its pages: a title page, the
 * contents, then a chapter for each part of the document, the
 * signatures, on request the open comments, and once anyone signed an
 * audit of every sign-off.  Built once, written by the PDF page flow,
 * the HTML and the Markdown export alike.
 *
 * Each value is written as people read it, labelled with the name the
 * editor gives it (the field tables of core), and left out when it is
 * not set, so that a half-finished draft prints without rows of blanks.
 * Lists of short things go on one line; lists of sentences become
 * bullets. */

#define EM_DASH "\xe2\x80\x94"

/* How much of a digest is shown: like a short commit id, enough to tell
 * two texts apart at a glance and short enough for a line. */
#define SHORT_DIGEST 12

static const double parties_columns[] = { 0.34, 0.33, 0.33 };
static const double contacts_columns[] = { 0.21, 0.21, 0.19, 0.39 };
static const double stages_columns[] = { 0.25, 0.19, 0.56 };
static const double criteria_columns[] = { 0.2, 0.64, 0.16 };
static const double targets_columns[] = { 0.34, 0.13, 0.13, 0.25, 0.15 };
static const double commitments_columns[] = { 0.28, 0.72 };
/* Wide enough for a whole digest on one line. */
static const double audit_columns[] = { 0.2, 0.8 };

/* Blocks */

static void
row_free (EntenteContentRow *row)
{
  g_ptr_array_unref (row->cells);
  g_free (row);
}

static void
block_free (EntenteContentBlock *block)
{
  g_free (block->text);
  g_free (block->label);
  g_free (block->detail);
  g_strfreev (block->columns);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static EntenteContentBlock *
add_block (GPtrArray          *blocks,
           EntenteContentKind  kind,
           const char         *text)
{
  EntenteContentBlock *block = g_new0 (EntenteContentBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_ptr_array_add (blocks, block);

  return block;
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static const char *
or_dash (const char *text)
{
  return is_set (text) ? text : EM_DASH;
}

static void
add_heading (GPtrArray  *blocks,
             const char *text)
{
  add_block (blocks, ENTENTE_CONTENT_HEADING, text);
}

static void
add_paragraph (GPtrArray  *blocks,
               const char *text)
{
  if (is_set (text))
    add_block (blocks, ENTENTE_CONTENT_PARAGRAPH, text);
}

static void
add_note (GPtrArray  *blocks,
          const char *text)
{
  add_block (blocks, ENTENTE_CONTENT_NOTE, text);
}

/* A table with the given column titles, NULL-terminated. */
static EntenteContentBlock *
add_table (GPtrArray           *blocks,
           EntenteContentFlags  flags,
           const double        *widths,
           guint                numeric,
           const char          *first,
           ...)
{
  EntenteContentBlock *block = add_block (blocks, ENTENTE_CONTENT_TABLE, NULL);
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  const char *column;
  va_list args;

  va_start (args, first);
  for (column = first; column != NULL; column = va_arg (args, const char *))
    g_strv_builder_add (columns, column);
  va_end (args);

  block->flags = flags;
  block->widths = widths;
  block->columns = g_strv_builder_end (columns);
  block->n_columns = g_strv_length (block->columns);
  block->numeric = numeric;

  return block;
}

static EntenteContentBlock *
add_fields (GPtrArray    *blocks,
            const double *widths)
{
  EntenteContentBlock *block = add_block (blocks, ENTENTE_CONTENT_FIELDS, NULL);

  block->widths = widths;

  return block;
}

static GPtrArray *
add_row (EntenteContentBlock *block,
         EntenteContentStyle  style)
{
  EntenteContentRow *row = g_new0 (EntenteContentRow, 1);

  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  row->style = style;
  g_ptr_array_add (block->rows, row);

  return row->cells;
}

static void
cell_text (GPtrArray  *cells,
           const char *text)
{
  const char *lines[] = { text, NULL };

  g_ptr_array_add (cells, g_strdupv (is_set (text) ? (char **) lines : (char **) &lines[1]));
}

static void
cell_take (GPtrArray *cells,
           char      *text)
{
  cell_text (cells, text);
  g_free (text);
}

/* One fact: its name, then its value, left out when it has none. */
static void
field_styled (EntenteContentBlock *block,
              const char          *label,
              const char          *value,
              EntenteContentStyle  style)
{
  GPtrArray *cells;

  if (!is_set (value))
    return;

  cells = add_row (block, style);
  cell_text (cells, label);
  cell_text (cells, value);
}

static void
field_text (EntenteContentBlock *block,
            const char          *label,
            const char          *value)
{
  field_styled (block, label, value, ENTENTE_CONTENT_PLAIN);
}

static void
field_take (EntenteContentBlock *block,
            const char          *label,
            char                *value)
{
  field_text (block, label, value);
  g_free (value);
}

/* Short things on one line, sentences as bullets. */
static void
field_list (EntenteContentBlock *block,
            const char          *label,
            const char * const  *items,
            gboolean             bullets)
{
  GPtrArray *cells;

  if (items == NULL || items[0] == NULL)
    return;

  if (!bullets)
    {
      /* Translators: separates the items of a list written on one line */
      field_take (block, label, g_strjoinv (_(", "), (char **) items));
      return;
    }

  cells = add_row (block, ENTENTE_CONTENT_PLAIN);
  cell_text (cells, label);
  g_ptr_array_add (cells, g_strdupv ((char **) items));
}

/* The translated name of a field, as the model's field table has it. */
static const char *
label_of (GType type,
          guint field)
{
  const EntenteField *spec = entente_item_type_get_field (type, field);

  return spec != NULL ? _(spec->label) : "";
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

/* The start of @digest: “sha256:0123456789ab”. */
static char *
shorten_digest (const char *digest)
{
  const char *colon;

  if (!is_set (digest))
    return NULL;

  colon = strchr (digest, ':');
  if (colon == NULL)
    return g_strndup (digest, SHORT_DIGEST);

  return g_strndup (digest, (gsize) (colon + 1 - digest) + SHORT_DIGEST);
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

  return shorten_digest (digest);
}

/* Title page */

static void
add_parties_table (GPtrArray       *blocks,
                   EntenteDocument *document,
                   gboolean         with_email)
{
  GListModel *parties = entente_document_get_parties (document);
  EntenteContentBlock *table;

  if (with_email)
    table = add_table (blocks, ENTENTE_CONTENT_ROW_HEADERS, contacts_columns, 0,
                       _("Team"), _("Leader"), _("Role"), _("Email"), NULL);
  else
    table = add_table (blocks, ENTENTE_CONTENT_ROW_HEADERS, parties_columns, 0,
                       _("Team"), _("Leader"), _("Role"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      GPtrArray *cells = add_row (table, ENTENTE_CONTENT_PLAIN);

      cell_text (cells, entente_party_get_team (party));
      cell_text (cells, entente_party_get_leader (party));
      cell_text (cells, entente_party_get_role (party));
      if (with_email)
        cell_text (cells, entente_party_get_email (party));
    }
}

static void
build_title_page (GPtrArray       *blocks,
                  EntenteDocument *document)
{
  EntenteMeta *meta = entente_document_get_meta (document);
  const char *title = entente_meta_get_title (meta);
  EntenteContentBlock *block;

  block = add_block (blocks, ENTENTE_CONTENT_TITLE, is_set (title) ? title : _("Untitled agreement"));
  block->label = g_strdup (_("Sales & Marketing Service Level Agreement"));
  if (is_set (entente_meta_get_organization (meta)))
    add_block (blocks, ENTENTE_CONTENT_SUBTITLE, entente_meta_get_organization (meta));

  block = add_fields (blocks, NULL);
  field_take (block, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_EFFECTIVE),
              entente_format_date (NULL, entente_meta_get_effective (meta)));
  field_take (block, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_REVIEW_BY),
              entente_format_date (NULL, entente_meta_get_review_by (meta)));
  field_take (block, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_REVISION),
              entente_format_count (NULL, entente_meta_get_revision (meta)));

  if (g_list_model_get_n_items (entente_document_get_parties (document)) > 0)
    {
      add_heading (blocks, _("Parties"));
      add_parties_table (blocks, document, FALSE);
    }

  if (is_set (entente_meta_get_purpose (meta)))
    {
      add_heading (blocks, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_PURPOSE));
      add_paragraph (blocks, entente_meta_get_purpose (meta));
    }
}

/* Parties and roles */

static void
build_parties (GPtrArray       *blocks,
               EntenteDocument *document)
{
  EntenteMeta *meta = entente_document_get_meta (document);
  EntenteWeekdays days = entente_meta_get_business_days (meta);
  int start = entente_meta_get_business_start (meta);
  int end = entente_meta_get_business_end (meta);
  EntenteContentBlock *fields;

  if (g_list_model_get_n_items (entente_document_get_parties (document)) == 0)
    add_note (blocks, _("No parties have been named yet."));
  else
    add_parties_table (blocks, document, TRUE);

  /* The clock every “business hour” of the agreement runs on. */
  fields = add_fields (blocks, NULL);
  if (days != ENTENTE_WEEKDAYS_NONE && end > start)
    {
      g_autofree char *day_words = entente_format_weekdays (NULL, days);
      g_autofree char *from = entente_format_time (NULL, start);
      g_autofree char *to = entente_format_time (NULL, end);

      /* Translators: business hours: the days, then the start and end times, as “Monday to Friday, 09:00–17:00” */
      field_take (fields, _("Business hours"), g_strdup_printf (_("%s, %s–%s"), day_words, from, to));
    }
  field_take (fields, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_TIMEZONE),
              entente_format_field (NULL, document, ENTENTE_ITEM (meta), ENTENTE_META_FIELD_TIMEZONE, NULL));
  field_text (fields, label_of (ENTENTE_TYPE_META, ENTENTE_META_FIELD_CURRENCY), entente_meta_get_currency (meta));
}

/* Buyer personas */

/* “10 to 200 employees”, “At least 10 employees”, or “10 to 200”. */
static char *
format_range (const char *low,
              const char *high,
              gboolean    employees)
{
  if (low != NULL && high != NULL)
    return g_strdup_printf (employees ? _("%s to %s employees") : _("%s to %s"), low, high);
  if (low != NULL)
    return g_strdup_printf (employees ? _("At least %s employees") : _("At least %s"), low);
  if (high != NULL)
    return g_strdup_printf (employees ? _("Up to %s employees") : _("Up to %s"), high);

  return NULL;
}

static void
build_persona (GPtrArray       *blocks,
               EntentePersona  *persona,
               const char      *currency)
{
  int size_min = entente_persona_get_company_size_min (persona);
  int size_max = entente_persona_get_company_size_max (persona);
  double revenue_min = entente_persona_get_annual_revenue_min (persona);
  double revenue_max = entente_persona_get_annual_revenue_max (persona);
  g_autofree char *size_from = size_min > 0 ? entente_format_count (NULL, size_min) : NULL;
  g_autofree char *size_to = size_max > 0 ? entente_format_count (NULL, size_max) : NULL;
  g_autofree char *revenue_from = revenue_min > 0.0 ? entente_format_money (NULL, revenue_min, currency) : NULL;
  g_autofree char *revenue_to = revenue_max > 0.0 ? entente_format_money (NULL, revenue_max, currency) : NULL;
  EntenteSeniority seniority = entente_persona_get_seniority (persona);
  const char *name = entente_persona_get_name (persona);
  EntenteContentBlock *fields;

  add_heading (blocks, is_set (name) ? name : or_dash (entente_persona_get_id (persona)));
  add_paragraph (blocks, entente_persona_get_summary (persona));

  fields = add_fields (blocks, NULL);
#define PERSONA_LABEL(field) label_of (ENTENTE_TYPE_PERSONA, ENTENTE_PERSONA_FIELD_##field)
  field_list (fields, PERSONA_LABEL (JOB_TITLES), entente_persona_get_job_titles (persona), FALSE);
  if (seniority != ENTENTE_SENIORITY_UNSET)
    field_text (fields, PERSONA_LABEL (SENIORITY), entente_format_enum (NULL, ENTENTE_TYPE_SENIORITY, seniority));
  field_take (fields, _("Company size"), format_range (size_from, size_to, TRUE));
  field_take (fields, _("Annual revenue"), format_range (revenue_from, revenue_to, FALSE));
  field_list (fields, PERSONA_LABEL (INDUSTRIES), entente_persona_get_industries (persona), FALSE);
  field_list (fields, PERSONA_LABEL (REGIONS), entente_persona_get_regions (persona), FALSE);
  field_list (fields, PERSONA_LABEL (PAINS), entente_persona_get_pains (persona), TRUE);
  field_list (fields, PERSONA_LABEL (GOALS), entente_persona_get_goals (persona), TRUE);
  field_list (fields, PERSONA_LABEL (TRIGGERS), entente_persona_get_triggers (persona), TRUE);
  field_list (fields, PERSONA_LABEL (OBJECTIONS), entente_persona_get_objections (persona), TRUE);
  field_list (fields, PERSONA_LABEL (DISQUALIFIERS), entente_persona_get_disqualifiers (persona), TRUE);
#undef PERSONA_LABEL
}

static void
build_personas (GPtrArray       *blocks,
                EntenteDocument *document)
{
  GListModel *personas = entente_document_get_personas (document);
  const char *currency = entente_meta_get_currency (entente_document_get_meta (document));

  if (g_list_model_get_n_items (personas) == 0)
    {
      add_note (blocks, _("No buyer personas have been described yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(EntentePersona) persona = g_list_model_get_item (personas, i);

      build_persona (blocks, persona, currency);
    }
}

/* Lead definitions */

static void
build_criteria (GPtrArray    *blocks,
                EntenteStage *stage)
{
  GListModel *criteria = entente_stage_get_criteria (stage);
  int threshold = entente_stage_get_threshold (stage);
  EntenteContentBlock *table;
  g_autofree char *heading = NULL;
  g_autofree char *sentence = NULL;

  /* Translators: a heading; %s is a stage's name */
  heading = g_strdup_printf (_("Scoring: %s"), or_dash (entente_stage_get_name (stage)));
  add_heading (blocks, heading);
  sentence = g_strdup_printf (ngettext ("A record reaches this stage at a score of %d point.",
                                        "A record reaches this stage at a score of %d points.",
                                        (gulong) ABS (threshold)),
                              threshold);
  add_paragraph (blocks, sentence);

  table = add_table (blocks, ENTENTE_CONTENT_NONE, criteria_columns, 1 << 2,
                     _("Kind"), _("Criterion"), _("Points"), NULL);
  for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
    {
      g_autoptr(EntenteCriterion) criterion = g_list_model_get_item (criteria, c);
      GPtrArray *cells = add_row (table, ENTENTE_CONTENT_PLAIN);

      cell_text (cells, entente_format_enum (NULL, ENTENTE_TYPE_CRITERION_KIND, entente_criterion_get_kind (criterion)));
      cell_text (cells, entente_criterion_get_text (criterion));
      cell_take (cells, entente_format_signed_count (NULL, entente_criterion_get_points (criterion)));
    }
}

static void
build_stages (GPtrArray       *blocks,
              EntenteDocument *document)
{
  GListModel *stages = entente_document_get_stages (document);
  guint n = g_list_model_get_n_items (stages);
  EntenteContentBlock *table;

  if (n == 0)
    {
      add_note (blocks, _("No lead stages have been defined yet."));
      return;
    }

  add_paragraph (blocks, _("A record moves through these stages in this order. Each stage "
                           "belongs to the team that owns it, which answers for its count."));
  table = add_table (blocks, ENTENTE_CONTENT_ROW_HEADERS, stages_columns, 0,
                     _("Stage"), _("Owner"), _("Definition"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);
      GPtrArray *cells = add_row (table, ENTENTE_CONTENT_PLAIN);

      cell_text (cells, entente_stage_get_name (stage));
      cell_text (cells, entente_document_party_team (document, entente_stage_get_owner (stage)));
      cell_text (cells, entente_stage_get_definition (stage));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);

      if (g_list_model_get_n_items (entente_stage_get_criteria (stage)) > 0)
        build_criteria (blocks, stage);
    }
}

/* Goals */

static void
build_inputs (GPtrArray       *blocks,
              EntenteDocument *document)
{
  EntenteGoals *goals = entente_document_get_goals (document);
  const char *currency = entente_meta_get_currency (entente_document_get_meta (document));
  GListModel *conversions = entente_goals_get_conversions (goals);
  g_autoptr(GStrvBuilder) rates = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  EntenteContentBlock *fields = add_fields (blocks, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (conversions); i++)
    {
      g_autoptr(EntenteConversion) conversion = g_list_model_get_item (conversions, i);
      g_autofree char *rate = entente_format_rate (NULL, entente_conversion_get_rate (conversion));
      g_autofree char *line = NULL;

      /* Translators: a conversion rate between two stages, as “Lead → MQL: 15%” */
      line = g_strdup_printf (_("%s → %s: %s"),
                              or_dash (entente_document_stage_name (document, entente_conversion_get_from (conversion))),
                              or_dash (entente_document_stage_name (document, entente_conversion_get_to (conversion))),
                              rate);
      g_strv_builder_add (rates, line);
    }
  lines = g_strv_builder_end (rates);

#define GOALS_LABEL(field) label_of (ENTENTE_TYPE_GOALS, ENTENTE_GOALS_FIELD_##field)
  field_text (fields, GOALS_LABEL (PERIOD), entente_format_enum (NULL, ENTENTE_TYPE_PERIOD, entente_goals_get_period (goals)));
  if (entente_goals_get_revenue (goals) > 0.0)
    field_take (fields, GOALS_LABEL (REVENUE), entente_format_money (NULL, entente_goals_get_revenue (goals), currency));
  if (entente_goals_get_average_deal (goals) > 0.0)
    field_take (fields, GOALS_LABEL (AVERAGE_DEAL),
                entente_format_money (NULL, entente_goals_get_average_deal (goals), currency));
  if (entente_goals_get_marketing_share (goals) > 0.0)
    field_take (fields, GOALS_LABEL (MARKETING_SHARE), entente_format_rate (NULL, entente_goals_get_marketing_share (goals)));
  field_list (fields, GOALS_LABEL (CONVERSIONS), (const char * const *) lines, TRUE);
#undef GOALS_LABEL
}

static void
build_goals (GPtrArray       *blocks,
             EntenteDocument *document)
{
  g_autoptr(GPtrArray) plan = entente_plan_compute (document);
  g_autoptr(GStrvBuilder) described = g_strv_builder_new ();
  g_auto(GStrv) needs = NULL;
  EntenteContentBlock *table;
  EntenteContentBlock *funnel;

  add_paragraph (blocks, _("The revenue goal, the average deal and marketing’s share of it set how many "
                           "customers each period needs; every stage above needs the next one’s count "
                           "divided by the conversion rate between them."));
  build_inputs (blocks, document);

  if (plan->len == 0)
    {
      add_note (blocks, _("No lead stages have been defined yet."));
      return;
    }

  add_heading (blocks, _("Targets per stage"));
  table = add_table (blocks, ENTENTE_CONTENT_ROW_HEADERS, targets_columns, (1 << 1) | (1 << 2) | (1 << 4),
                     _("Stage"), _("Needed"), _("Target"), _("Committed by"), _("Gap"), NULL);
  for (guint i = 0; i < plan->len; i++)
    {
      const EntentePlanStage *stage = g_ptr_array_index (plan, i);
      gint64 needed = entente_plan_stage_get_needed (stage);
      gboolean known = entente_plan_stage_is_known (stage);
      GPtrArray *cells = add_row (table, ENTENTE_CONTENT_PLAIN);

      cell_text (cells, entente_stage_get_name (stage->stage));
      cell_take (cells, needed >= 0 ? entente_format_count (NULL, needed) : g_strdup (EM_DASH));
      cell_take (cells, stage->target >= 0 ? entente_format_count (NULL, stage->target) : g_strdup (EM_DASH));
      cell_text (cells, or_dash (entente_document_party_team (document, stage->target_party)));
      cell_take (cells, known && stage->target >= 0
                        ? entente_format_signed_count (NULL, entente_plan_stage_get_gap (stage))
                        : g_strdup (EM_DASH));

      if (known)
        {
          g_autofree char *count = entente_format_count (NULL, needed);
          g_autofree char *words = g_strdup_printf ("%s %s", or_dash (entente_stage_get_name (stage->stage)), count);

          g_strv_builder_add (described, words);
        }
    }
  add_block (blocks, ENTENTE_CONTENT_SMALL_PRINT,
             _("Needed: what the revenue goal requires of the stage each period, "
               "rounded up. Gap: the committed target minus the need; a negative "
               "gap falls short of the goal."));

  /* The diagram, with its figures in words for those who cannot see it. */
  funnel = add_block (blocks, ENTENTE_CONTENT_FUNNEL, _("Funnel"));
  needs = g_strv_builder_end (described);
  if (needs[0] != NULL)
    {
      g_autofree char *words = g_strjoinv ("; ", needs);

      /* TRANSLATORS: describes the funnel picture to those who cannot see
       * it; %s lists each stage with the records it needs */
      funnel->label = g_strdup_printf (_("Reverse funnel: %s"), words);
    }
  else
    {
      funnel->label = g_strdup (_("Reverse funnel"));
    }
}

/* Handoffs */

static void
build_handoffs (GPtrArray       *blocks,
                EntenteDocument *document)
{
  GListModel *handoffs = entente_document_get_handoffs (document);

  if (g_list_model_get_n_items (handoffs) == 0)
    {
      add_note (blocks, _("No handoffs have been agreed yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (handoffs); i++)
    {
      g_autoptr(EntenteHandoff) handoff = g_list_model_get_item (handoffs, i);
      EntenteRouting routing = entente_handoff_get_routing (handoff);
      g_autofree char *heading = NULL;
      EntenteContentBlock *fields;

      /* Translators: a handoff: the stage handed off, then the team that receives it */
      heading = g_strdup_printf (_("%s → %s"),
                                 or_dash (entente_document_stage_name (document, entente_handoff_get_from (handoff))),
                                 or_dash (entente_document_party_team (document, entente_handoff_get_to (handoff))));
      add_heading (blocks, heading);

      fields = add_fields (blocks, NULL);
#define HANDOFF_LABEL(field) label_of (ENTENTE_TYPE_HANDOFF, ENTENTE_HANDOFF_FIELD_##field)
      if (routing != ENTENTE_ROUTING_UNSET)
        field_text (fields, HANDOFF_LABEL (ROUTING), entente_format_enum (NULL, ENTENTE_TYPE_ROUTING, routing));
      field_take (fields, HANDOFF_LABEL (ACCEPT_WITHIN),
                  entente_format_duration (NULL, entente_handoff_get_accept_within (handoff),
                                           entente_handoff_get_accept_within_business_hours (handoff)));
      field_list (fields, HANDOFF_LABEL (REQUIRED_FIELDS), entente_handoff_get_required_fields (handoff), FALSE);
      field_list (fields, HANDOFF_LABEL (REJECTION_REASONS), entente_handoff_get_rejection_reasons (handoff), TRUE);
      field_text (fields, HANDOFF_LABEL (NOTES), entente_handoff_get_notes (handoff));
#undef HANDOFF_LABEL
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
    /* Translators: %d attempts to reach a lead, over a duration such as “14 days” */
    return g_strdup_printf (ngettext ("%d attempt over %s", "%d attempts over %s", (gulong) attempts),
                            attempts, over);

  return g_strdup_printf (ngettext ("%d attempt", "%d attempts", (gulong) attempts), attempts);
}

static char *
format_recycling (EntenteDocument *document,
                  EntenteProtocol *protocol)
{
  g_autofree char *after = entente_format_duration (NULL, entente_protocol_get_recycle_after (protocol), FALSE);
  const char *to = entente_document_stage_name (document, entente_protocol_get_recycle_to (protocol));
  gboolean reason = entente_protocol_get_recycle_reason_required (protocol);

  if (after != NULL && to != NULL)
    return reason ? g_strdup_printf (_("After %s, back to %s; a reason is required."), after, to)
                  : g_strdup_printf (_("After %s, back to %s."), after, to);
  if (after != NULL)
    return reason ? g_strdup_printf (_("After %s; a reason is required."), after)
                  : g_strdup_printf (_("After %s."), after);
  if (to != NULL)
    return reason ? g_strdup_printf (_("Back to %s; a reason is required."), to)
                  : g_strdup_printf (_("Back to %s."), to);

  return NULL;
}

static char **
format_escalation (EntenteProtocol *protocol)
{
  GListModel *escalation = entente_protocol_get_escalation (protocol);
  g_autoptr(GStrvBuilder) steps = g_strv_builder_new ();

  for (guint s = 0; s < g_list_model_get_n_items (escalation); s++)
    {
      g_autoptr(EntenteEscalationStep) step = g_list_model_get_item (escalation, s);
      g_autofree char *after = entente_format_duration (NULL, entente_escalation_step_get_after (step), FALSE);
      g_autofree char *line = NULL;

      /* Translators: an escalation step: when, then to whom, as “After 24 hours: SDR manager” */
      line = g_strdup_printf (_("After %s: %s"), or_dash (after), or_dash (entente_escalation_step_get_to (step)));
      g_strv_builder_add (steps, line);
    }

  return g_strv_builder_end (steps);
}

static void
build_protocols (GPtrArray       *blocks,
                 EntenteDocument *document)
{
  GListModel *protocols = entente_document_get_protocols (document);

  if (g_list_model_get_n_items (protocols) == 0)
    {
      add_note (blocks, _("No lead-management protocols have been agreed yet."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (protocols); i++)
    {
      g_autoptr(EntenteProtocol) protocol = g_list_model_get_item (protocols, i);
      g_auto(GStrv) escalation = format_escalation (protocol);
      EntenteContentBlock *fields;

      add_heading (blocks, or_dash (entente_document_stage_name (document, entente_protocol_get_stage (protocol))));
      fields = add_fields (blocks, NULL);
#define PROTOCOL_LABEL(field) label_of (ENTENTE_TYPE_PROTOCOL, ENTENTE_PROTOCOL_FIELD_##field)
      field_text (fields, PROTOCOL_LABEL (PARTY), entente_document_party_team (document, entente_protocol_get_party (protocol)));
      field_take (fields, PROTOCOL_LABEL (FIRST_RESPONSE),
                  entente_format_duration (NULL, entente_protocol_get_first_response (protocol),
                                           entente_protocol_get_first_response_business_hours (protocol)));
      field_take (fields, PROTOCOL_LABEL (ATTEMPTS), format_attempts (protocol));
      field_take (fields, PROTOCOL_LABEL (CHANNELS),
                  entente_format_field (NULL, document, ENTENTE_ITEM (protocol), ENTENTE_PROTOCOL_FIELD_CHANNELS, NULL));
      field_take (fields, PROTOCOL_LABEL (STATUS_UPDATE_WITHIN),
                  entente_format_duration (NULL, entente_protocol_get_status_update_within (protocol), FALSE));
      field_take (fields, _("Recycling"), format_recycling (document, protocol));
      field_list (fields, PROTOCOL_LABEL (ESCALATION), (const char * const *) escalation, TRUE);
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
  EntenteContentBlock *fields = add_fields (blocks, NULL);
  EntenteContentBlock *table;

#define REVIEW_LABEL(field) label_of (ENTENTE_TYPE_REVIEW, ENTENTE_REVIEW_FIELD_##field)
  field_text (fields, REVIEW_LABEL (CADENCE), entente_format_enum (NULL, ENTENTE_TYPE_CADENCE, entente_review_get_cadence (review)));
  field_list (fields, REVIEW_LABEL (ATTENDEES), entente_review_get_attendees (review), FALSE);
  field_list (fields, REVIEW_LABEL (METRICS), entente_review_get_metrics (review), TRUE);

  if (g_list_model_get_n_items (accountability) == 0)
    return;

  add_heading (blocks, REVIEW_LABEL (ACCOUNTABILITY));
#undef REVIEW_LABEL
  table = add_table (blocks, ENTENTE_CONTENT_ROW_HEADERS, commitments_columns, 0,
                     _("Team"), _("Commitment"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (accountability); i++)
    {
      g_autoptr(EntenteAccountability) item = g_list_model_get_item (accountability, i);
      GPtrArray *cells = add_row (table, ENTENTE_CONTENT_PLAIN);

      cell_text (cells, entente_document_party_team (document, entente_accountability_get_party (item)));
      cell_text (cells, entente_accountability_get_text (item));
    }
}

/* Approvals */

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
 * its sign-off, the digest it named and its key; then, unless it signed
 * this very text, lines to sign on. */
static void
build_signature (GPtrArray       *blocks,
                 EntenteDocument *document,
                 EntenteParty    *party)
{
  const char *party_id = entente_party_get_id (party);
  const char *leader = entente_party_get_leader (party);
  const char *role = entente_party_get_role (party);
  EntenteApproval *approval = NULL;
  EntenteSignOffState state = ENTENTE_SIGN_OFF_NOT_SIGNED;
  EntenteContentBlock *block = add_block (blocks, ENTENTE_CONTENT_SIGNATURE, entente_party_get_team (party));
  g_autofree char *short_digest = NULL;

  if (is_set (party_id))
    state = entente_document_get_sign_off_state (document, party_id, &approval);

  if (is_set (leader) && is_set (role))
    /* Translators: a signatory, as “Dana Whitfield, VP Marketing” */
    block->label = g_strdup_printf (_("%s, %s"), leader, role);
  else
    block->label = g_strdup (is_set (leader) ? leader : is_set (role) ? role : "");
  if (entente_sign_off_state_wants_lines (state))
    block->flags |= ENTENTE_CONTENT_SIGN_LINES;

  cell_take (add_row (block, state == ENTENTE_SIGN_OFF_SIGNED ? ENTENTE_CONTENT_PLAIN
                             : state == ENTENTE_SIGN_OFF_NOT_SIGNED ? ENTENTE_CONTENT_MUTED
                             : ENTENTE_CONTENT_EMPHASIS),
             format_sign_off (document, state, approval));

  if (approval != NULL)
    short_digest = shorten_digest (entente_approval_get_digest (approval));
  if (short_digest != NULL)
    {
      g_autofree char *fingerprint = entente_sign_off_fingerprint (approval);

      /* Translators: under a sign-off: the start of the digest of the text it approved,
       * as “sha256:0123456789ab” */
      cell_take (add_row (block, ENTENTE_CONTENT_CODE), g_strdup_printf (_("Digest signed: %s"), short_digest));
      /* The key, to compare with the one its signer reads out. */
      if (fingerprint != NULL)
        /* Translators: under a sign-off: the fingerprint of the key that signed it,
         * as “3A7F 91C2 0B4E 5D6A 7788 99AA BBCC DDEE” */
        cell_take (add_row (block, ENTENTE_CONTENT_CODE), g_strdup_printf (_("Key fingerprint: %s"), fingerprint));
    }
}

static void
build_approvals (GPtrArray       *blocks,
                 EntenteDocument *document)
{
  GListModel *parties = entente_document_get_parties (document);
  g_autofree char *revision = entente_format_count (NULL, entente_meta_get_revision (entente_document_get_meta (document)));
  g_autofree char *digest = entente_document_compute_digest (document);
  g_autofree char *short_digest = shorten_digest (digest);
  g_autofree char *intro = NULL;
  g_autofree char *digest_text = NULL;

  /* Translators: %s is the agreement's revision number */
  intro = g_strdup_printf (_("By signing, each leader agrees to revision %s of this agreement on behalf "
                             "of their team, and to review it together at every review meeting."),
                           revision);
  /* Translators: %s is the start of the digest of the agreement's text as printed, as
   * “sha256:0123456789ab”; the same as `entente-cli digest` prints */
  digest_text = g_strdup_printf (_("This text’s digest: %s. A sign-off holds for this text only when "
                                   "it names the same digest."),
                                 short_digest);
  add_paragraph (blocks, intro);
  add_paragraph (blocks, digest_text);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);

      build_signature (blocks, document, party);
    }
}

/* The audit of sign-offs */

/* One sign-off as the audit lists it: its team, then every fact about
 * it, the state last. */
static void
build_audit_entry (GPtrArray       *blocks,
                   EntenteDocument *document,
                   EntenteApproval *approval,
                   const char      *digest)
{
  const char *team = entente_document_party_team (document, entente_approval_get_party (approval));
  EntenteSignOffState state = entente_document_check_approval (document, approval, digest);
  g_autoptr(GDateTime) local = entente_approval_get_local_time (approval, document);
  g_autofree char *fingerprint = entente_sign_off_fingerprint (approval);
  EntenteContentBlock *fields;

  add_heading (blocks, is_set (team) ? team : _("Someone"));
  fields = add_fields (blocks, audit_columns);
#define APPROVAL_LABEL(field) label_of (ENTENTE_TYPE_APPROVAL, ENTENTE_APPROVAL_FIELD_##field)
  field_take (fields, APPROVAL_LABEL (SIGNER),
              format_person (entente_approval_get_signer (approval), entente_approval_get_role (approval)));
  field_take (fields, APPROVAL_LABEL (TIME), local != NULL ? entente_format_datetime (NULL, local) : NULL);
  /* Whole, on one line, to compare with `entente-cli digest`. */
  field_styled (fields, APPROVAL_LABEL (DIGEST), entente_approval_get_digest (approval), ENTENTE_CONTENT_CODE);
#undef APPROVAL_LABEL
  /* Translators: in the audit of sign-offs, beside the key's fingerprint */
  field_text (fields, _("Key fingerprint"),
              fingerprint != NULL ? fingerprint : _("None: this sign-off was made without a key"));
  /* Translators: in the audit of sign-offs, beside what its state is */
  field_styled (fields, _("State"), entente_sign_off_state_explanation (state),
                state == ENTENTE_SIGN_OFF_SIGNED ? ENTENTE_CONTENT_PLAIN : ENTENTE_CONTENT_EMPHASIS);
}

static gboolean
has_audit (EntenteDocument *document)
{
  return g_list_model_get_n_items (entente_document_get_approvals (document)) > 0;
}

static void
build_audit (GPtrArray       *blocks,
             EntenteDocument *document)
{
  GListModel *approvals = entente_document_get_approvals (document);
  const char *zone_id = entente_meta_get_timezone (entente_document_get_meta (document));
  g_autofree char *digest = entente_document_compute_digest (document);
  g_autofree char *zone = entente_format_timezone (NULL, zone_id, NULL);
  g_autofree char *intro = NULL;
  g_autofree char *whole = NULL;

  /* Translators: at the head of the audit of sign-offs; %s is the
   * agreement's time zone, as “New York (UTC−05:00)” */
  intro = g_strdup_printf (_("Every sign-off recorded in this agreement, as verified when this copy was "
                             "made. Times are in the agreement’s time zone, %s."),
                           zone != NULL ? zone : "UTC");
  add_paragraph (blocks, intro);
  /* Translators: in the audit of sign-offs: the whole digest of the
   * agreement's text as printed, the same as `entente-cli digest` prints */
  whole = g_strdup_printf (_("This text’s digest: %s"), digest);
  add_block (blocks, ENTENTE_CONTENT_SMALL_PRINT, whole);

  for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);

      build_audit_entry (blocks, document, approval, digest);
    }
}

/* Open comments */

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

static void
build_comment (GPtrArray       *blocks,
               EntenteDocument *document,
               EntenteComment  *comment)
{
  GListModel *replies = entente_comment_get_replies (comment);
  EntenteContentBlock *block = add_block (blocks, ENTENTE_CONTENT_COMMENT, entente_comment_get_text (comment));

  block->label = describe_anchor (document, entente_comment_get_anchor (comment));
  block->detail = format_byline (entente_comment_get_author (comment), entente_comment_get_role (comment),
                                 entente_comment_get_time (comment));

  for (guint i = 0; replies != NULL && i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(EntenteReply) reply = g_list_model_get_item (replies, i);
      g_autofree char *byline = format_byline (entente_reply_get_author (reply), entente_reply_get_role (reply),
                                               entente_reply_get_time (reply));
      EntenteContentBlock *answer = add_block (blocks, ENTENTE_CONTENT_COMMENT, entente_reply_get_text (reply));

      answer->flags = ENTENTE_CONTENT_REPLY;
      /* Translators: above a reply to a comment; %s is who wrote it and when */
      answer->detail = g_strdup_printf (_("Reply: %s"), byline);
    }
}

/* The appendix of the comments still open, with their replies; resolved
 * ones are settled and left out. */
static void
build_open_comments (GPtrArray       *blocks,
                     EntenteDocument *document)
{
  GListModel *comments = entente_document_get_comments (document);
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (OpenComment));

  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(EntenteComment) comment = g_list_model_get_item (comments, i);
      OpenComment entry;

      if (entente_comment_get_resolved (comment))
        continue;

      /* The list holds the comment for as long as the content is built. */
      entry.comment = comment;
      entry.rank = anchor_rank (entente_comment_get_anchor (comment));
      entry.index = i;
      g_array_append_val (open, entry);
    }

  if (open->len == 0)
    {
      add_note (blocks, _("No comments are open."));
      return;
    }

  g_array_sort (open, compare_open_comments);
  add_note (blocks, _("The comments still open when this copy was made, in the order of the "
                      "agreement. They are not part of it: a sign-off is given to the text alone."));

  for (guint i = 0; i < open->len; i++)
    build_comment (blocks, document, g_array_index (open, OpenComment, i).comment);
}

/* The chapters after the contents, and the part of the document each
 * shows: what a comment about that part is said to be about. */
static const EntenteAgreementChapter chapters[] = {
  { "parties", N_("Parties and roles"), FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_PARTIES, build_parties },
  { "personas", N_("Buyer personas"), FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_PERSONAS, build_personas },
  { "lead-definitions", N_("Lead definitions"), FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_STAGES, build_stages },
  { "goals", N_("Goals"), TRUE, 0, NULL, ENTENTE_DOCUMENT_FIELD_GOALS, build_goals },
  { "handoffs", N_("Handoffs"), FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_HANDOFFS, build_handoffs },
  { "protocols", N_("Lead-management protocols"), FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_PROTOCOLS, build_protocols },
  { "review", N_("Review and accountability"), FALSE, 0, NULL, ENTENTE_DOCUMENT_FIELD_REVIEW, build_review },
  { "approvals", N_("Approvals"), TRUE, 0, NULL, ENTENTE_DOCUMENT_FIELD_APPROVALS, build_approvals },
  { "open-comments", N_("Open comments"), TRUE, ENTENTE_AGREEMENT_OPEN_COMMENTS, NULL, -1, build_open_comments },
  { "audit", N_("Audit of sign-offs"), TRUE, 0, has_audit, -1, build_audit },
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

/**
 * entente_agreement_content_build:
 * @document: an SLA
 * @flags: what goes in besides the agreement
 *
 * The words of @document, in the current locale (callers enter the
 * document's own).
 *
 * Returns: (transfer full) (element-type EntenteContentBlock): the blocks
 *   of the agreement, in reading order
 */
GPtrArray *
entente_agreement_content_build (EntenteDocument       *document,
                                 EntenteAgreementFlags  flags)
{
  GPtrArray *blocks;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  build_title_page (blocks, document);
  add_block (blocks, ENTENTE_CONTENT_CONTENTS, _("Contents"));

  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    {
      const EntenteAgreementChapter *chapter = &chapters[i];
      EntenteContentBlock *section;

      if ((chapter->only_with & flags) != chapter->only_with ||
          (chapter->only_if != NULL && !chapter->only_if (document)))
        continue;

      section = add_block (blocks, ENTENTE_CONTENT_SECTION, _(chapter->title));
      section->label = g_strdup (chapter->id);
      if (chapter->new_page)
        section->flags |= ENTENTE_CONTENT_NEW_PAGE;
      chapter->build (blocks, document);
    }

  return blocks;
}

/**
 * entente_content_append_escaped:
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
entente_content_append_escaped (GString                  *out,
                                const char               *text,
                                const char               *from,
                                const char               *line_break,
                                EntenteContentEscapeFunc  escape)
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
 * entente_agreement_content_write:
 * @document: an SLA
 * @markup: how to write it
 * @data: the writer's own state, as #EntenteContentWriter.data
 * @error: return location for a #GError
 *
 * Writes the blocks of @document, in its language and in order, as
 * @markup says.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 *   when a block could not be written
 */
GBytes *
entente_agreement_content_write (EntenteDocument            *document,
                                 const EntenteContentMarkup *markup,
                                 gpointer                    data,
                                 GError                    **error)
{
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
  g_autoptr(GPtrArray) blocks = entente_agreement_content_build (document, ENTENTE_AGREEMENT_DEFAULT);
  g_autoptr(GString) out = g_string_new (NULL);
  EntenteContentWriter writer = { document, blocks, out, data, NULL };

  if (markup->begin != NULL)
    markup->begin (&writer);

  for (guint i = 0; i < blocks->len; i++)
    {
      EntenteContentBlock *block = g_ptr_array_index (blocks, i);

      g_assert ((guint) block->kind < ENTENTE_CONTENT_N_KINDS);
      g_assert (markup->blocks[block->kind] != NULL);
      markup->blocks[block->kind] (&writer, block);
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
