/* entente-checks.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>

#include "entente-checks.h"
#include "entente-example.h"
#include "entente-history-check.h"
#include "entente-meeting.h"
#include "entente-section.h"
#include "entente-format.h"
#include "entente-core.h"

/* The health of an SLA: what would make it unworkable (errors), what the
 * parties should look at before signing (warnings), and what would make
 * it better (suggestions).  Every rule is here, each with a stable code.
 * They run on every edit, so each looks things up in tables built once
 * per run rather than searching lists. */

typedef struct
{
  EntenteDocument *document;
  GPtrArray       *findings;
  GHashTable      *stages;       /* id → EntenteStage */
  GHashTable      *stage_order;  /* id → position + 1 */
  GHashTable      *parties;      /* id → EntenteParty */
  GHashTable      *protocols;    /* stage id → EntenteProtocol */
} Checker;

G_GNUC_PRINTF (7, 8)
static void
report (Checker         *self,
        const char      *code,
        EntenteSeverity  severity,
        EntenteSection   section,
        gpointer         item,
        const char      *field,
        const char      *format,
        ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (self->findings, entente_finding_new (code, severity, entente_section_get_id (section), item, field, message));
}

static const char *
stage_name (Checker    *self,
            const char *id)
{
  EntenteStage *stage = id ? g_hash_table_lookup (self->stages, id) : NULL;
  const char *name = stage ? entente_stage_get_name (stage) : NULL;

  return name && name[0] ? name : id;
}

static void
index_list (GListModel *list,
            guint       key_field,
            GHashTable *by_key,
            GHashTable *order)
{
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (list, i);
      const char *key = entente_item_get_string (item, key_field);

      if (key == NULL || g_hash_table_contains (by_key, key))
        continue;
      g_hash_table_insert (by_key, (gpointer) key, item);
      if (order != NULL)
        g_hash_table_insert (order, (gpointer) key, GUINT_TO_POINTER (i + 1));
    }
}

/* References: every party and stage named exists. */

/* The step that shows @item, where a finding about it takes people. */
static EntenteSection
section_of (EntenteItem *item)
{
  return entente_section_get_info (entente_section_of_item (item))->step;
}

static void
check_references (Checker     *self,
                  EntenteItem *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (field->kind == ENTENTE_VALUE_REF)
        {
          const char *id = entente_item_get_string (item, i);
          gboolean party = (field->flags & ENTENTE_FIELD_REF_PARTY) != 0;

          if (id == NULL)
            continue;
          if (party && !g_hash_table_contains (self->parties, id))
            report (self, "unknown-party", ENTENTE_SEVERITY_ERROR, section_of (item), item, field->name,
                    _("“%s” names the team “%s”, which is not a party to the agreement."), _(field->label), id);
          else if (!party && !g_hash_table_contains (self->stages, id))
            report (self, "unknown-stage", ENTENTE_SEVERITY_ERROR, section_of (item), item, field->name,
                    _("“%s” names the stage “%s”, which is not one of the lead definitions."), _(field->label), id);
        }
      else if (field->kind == ENTENTE_VALUE_OBJECT)
        check_references (self, entente_item_get_child (item, i));
      else if (field->kind == ENTENTE_VALUE_LIST)
        {
          GListModel *list = entente_item_get_list (item, i);

          for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
            {
              g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);

              check_references (self, child);
            }
        }
    }
}

/* Overview */

static void
check_overview (Checker *self)
{
  EntenteMeta *meta = entente_document_get_meta (self->document);
  const GDate *effective = entente_meta_get_effective (meta);
  const GDate *review_by = entente_meta_get_review_by (meta);
  GListModel *parties = entente_document_get_parties (self->document);

  /* As the loader refuses them in a file: hours never open would make
   * every window counted in them never end. */
  if (entente_meta_business_hours_never_open (meta))
    report (self, "business-hours-empty", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_OVERVIEW, meta, "business-end",
            _("The business hours open and close at the same time, so they are never open; give a closing time after the opening (or before it, for hours that run past midnight)."));

  if (effective != NULL && review_by != NULL && g_date_compare (effective, review_by) > 0)
    report (self, "effective-after-review", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_OVERVIEW, meta, "effective",
            _("The agreement takes effect after the date it is to be reviewed by."));

  for (guint i = 0, n = g_list_model_get_n_items (parties); i < n; i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      const char *leader = entente_party_get_leader (party);

      if (leader == NULL || leader[0] == '\0')
        report (self, "party-without-leader", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_OVERVIEW, party, "leader",
                _("%s has no leader to answer for its part and sign."), entente_party_get_team (party));
    }
}

static void
check_personas (Checker *self)
{
  g_autoptr(GPtrArray) examples = entente_example_list_untouched (self->document);

  if (g_list_model_get_n_items (entente_document_get_personas (self->document)) == 0)
    report (self, "no-personas", ENTENTE_SEVERITY_SUGGESTION, ENTENTE_SECTION_PERSONAS, NULL, NULL,
            _("No buyer persona is described yet; without one, each team reads the ideal customer its own way."));

  for (guint i = 0; i < examples->len; i++)
    {
      EntentePersona *persona = g_ptr_array_index (examples, i);

      report (self, "example-content", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_PERSONAS, ENTENTE_ITEM (persona), "name",
              _("“%s” is the template’s example, not one of your buyers: describe your own buyer in its place, or remove it."),
              entente_persona_get_name (persona));
    }
}

/* Lead definitions */

static void
check_stages (Checker *self)
{
  GListModel *stages = entente_document_get_stages (self->document);

  for (guint i = 0, n = g_list_model_get_n_items (stages); i < n; i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);
      GListModel *criteria = entente_stage_get_criteria (stage);
      guint n_criteria = g_list_model_get_n_items (criteria);
      int threshold = entente_stage_get_threshold (stage);
      gint64 reachable = 0;

      if (n_criteria == 0)
        continue;

      for (guint j = 0; j < n_criteria; j++)
        {
          g_autoptr(EntenteCriterion) criterion = g_list_model_get_item (criteria, j);

          if (entente_criterion_get_points (criterion) > 0)
            reachable += entente_criterion_get_points (criterion);
        }

      if (threshold == 0)
        report (self, "criteria-without-threshold", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_LEAD_DEFINITIONS, stage, "threshold",
                _("%s has scoring criteria but no threshold, so no score qualifies a lead for it."),
                entente_stage_get_name (stage));
      else if (reachable < threshold)
        report (self, "threshold-unreachable", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_LEAD_DEFINITIONS, stage, "threshold",
                _("No lead can reach %s: its criteria add up to at most %lld points, below the threshold of %d."),
                entente_stage_get_name (stage), (long long) reachable, threshold);
    }
}

/* Goals */

static void
check_goals (Checker *self)
{
  EntenteGoals *goals = entente_document_get_goals (self->document);
  GListModel *conversions = entente_goals_get_conversions (goals);
  GListModel *stages = entente_document_get_stages (self->document);
  g_autoptr(GHashTable) index = entente_plan_index_conversions (self->document);
  g_autoptr(GHashTable) targets_by_stage = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *targets = entente_goals_get_targets (goals);
  g_autoptr(GPtrArray) plan = NULL;

  for (guint i = 0, n = g_list_model_get_n_items (conversions); i < n; i++)
    {
      g_autoptr(EntenteConversion) conversion = g_list_model_get_item (conversions, i);
      double rate = entente_conversion_get_rate (conversion);

      if (!(rate > 0.0 && rate <= 1.0))
        report (self, "rate-out-of-range", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_GOALS, conversion, "rate",
                _("The conversion rate from %s to %s must be above 0 %% and at most 100 %%."),
                stage_name (self, entente_conversion_get_from (conversion)),
                stage_name (self, entente_conversion_get_to (conversion)));
    }

  for (guint i = 0, n = g_list_model_get_n_items (stages); i + 1 < n; i++)
    {
      g_autoptr(EntenteStage) above = g_list_model_get_item (stages, i);
      g_autoptr(EntenteStage) below = g_list_model_get_item (stages, i + 1);

      if (entente_plan_lookup_conversion (index, entente_stage_get_id (above), entente_stage_get_id (below)) == NULL)
        report (self, "missing-conversion", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_GOALS, above, NULL,
                _("No conversion rate from %s to %s: the plan cannot work out how many %s records are needed."),
                entente_stage_get_name (above), entente_stage_get_name (below), entente_stage_get_name (above));
    }

  if (entente_plan_customers (self->document) < 0.0)
    {
      report (self, "plan-inputs-missing", ENTENTE_SEVERITY_SUGGESTION, ENTENTE_SECTION_GOALS, goals, "revenue",
              _("Set the revenue goal, the average deal and the share from marketing to work out how many records each stage needs."));
      return;
    }

  /* The first target of a stage is the one the plan counts. */
  for (guint i = 0, n = g_list_model_get_n_items (targets); i < n; i++)
    {
      g_autoptr(EntenteTarget) target = g_list_model_get_item (targets, i);
      const char *stage = entente_target_get_stage (target);

      if (stage != NULL && !g_hash_table_contains (targets_by_stage, stage))
        g_hash_table_insert (targets_by_stage, (gpointer) stage, target);
    }

  plan = entente_plan_compute (self->document);
  {
    g_autofree char *beyond = entente_plan_describe_beyond_reach (plan);

    if (beyond != NULL)
      report (self, "plan-beyond-reach", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_GOALS, goals, "revenue", "%s", beyond);
  }
  for (guint i = 0; i < plan->len; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);
      EntenteTarget *target;

      if (row->target < 0 || entente_plan_stage_get_gap (row) >= 0)
        continue;

      target = g_hash_table_lookup (targets_by_stage, entente_stage_get_id (row->stage));
      if (target != NULL)
        {
          g_autofree char *committed = entente_format_count (NULL, row->target);
          g_autofree char *needed = entente_format_count (NULL, entente_plan_stage_get_needed (row));

          report (self, "goal-below-plan", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_GOALS, target, "count",
                  _("The %s target, %s, is below the %s the plan needs to reach the revenue goal."),
                  entente_stage_get_name (row->stage), committed, needed);
        }
    }
}

/* Handoffs and lead management */

static void
check_handoffs (Checker *self)
{
  GListModel *handoffs = entente_document_get_handoffs (self->document);

  for (guint i = 0, n = g_list_model_get_n_items (handoffs); i < n; i++)
    {
      g_autoptr(EntenteHandoff) handoff = g_list_model_get_item (handoffs, i);
      const char *from = entente_handoff_get_from (handoff);
      EntenteProtocol *protocol = from ? g_hash_table_lookup (self->protocols, from) : NULL;
      const EntenteDuration *accept = entente_handoff_get_accept_within (handoff);
      const EntenteDuration *respond;

      if (from == NULL || !g_hash_table_contains (self->stages, from))
        continue;

      if (protocol == NULL)
        {
          report (self, "handoff-without-protocol", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_HANDOFF, handoff, "from",
                  _("%s records are handed off, but no protocol says how fast and how often they are worked."),
                  stage_name (self, from));
          continue;
        }

      respond = entente_protocol_get_first_response (protocol);
      if (!entente_duration_is_zero (accept) && !entente_duration_is_zero (respond) &&
          entente_protocol_get_first_response_business_hours (protocol) == entente_handoff_get_accept_within_business_hours (handoff) &&
          entente_duration_to_seconds (respond) > entente_duration_to_seconds (accept))
        report (self, "response-slower-than-acceptance", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_LEAD_MANAGEMENT, protocol, "first-response",
                _("%s records get their first response later than the handoff gives to accept them."),
                stage_name (self, from));
    }
}

static void
check_protocols (Checker *self)
{
  GListModel *protocols = entente_document_get_protocols (self->document);

  for (guint i = 0, n = g_list_model_get_n_items (protocols); i < n; i++)
    {
      g_autoptr(EntenteProtocol) protocol = g_list_model_get_item (protocols, i);
      const char *stage = entente_protocol_get_stage (protocol);
      const char *recycle_to = entente_protocol_get_recycle_to (protocol);
      guint from_position = GPOINTER_TO_UINT (g_hash_table_lookup (self->stage_order, stage ? stage : ""));
      guint to_position = GPOINTER_TO_UINT (g_hash_table_lookup (self->stage_order, recycle_to ? recycle_to : ""));

      if (entente_protocol_get_attempts (protocol) == 0)
        report (self, "zero-attempts", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_LEAD_MANAGEMENT, protocol, "attempts",
                _("The protocol for %s asks for no attempts to reach a record."), stage_name (self, stage));

      if (from_position > 0 && to_position > 0 && to_position >= from_position)
        report (self, "recycle-forward", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_LEAD_MANAGEMENT, protocol, "recycle-to",
                _("Unworked %s records are recycled to %s, which is not an earlier stage; recycling sends a record back to nurture."),
                stage_name (self, stage), stage_name (self, recycle_to));
    }
}

/* Capacity: what the protocols ask of a team against what it can do.
 * A person still ramping up is counted at half pace; a period has as
 * many business days as its weeks (52 a year) have. */

static double
weeks_in (EntentePeriod period)
{
  switch (period)
    {
    case ENTENTE_PERIOD_WEEK:
      return 1;
    case ENTENTE_PERIOD_QUARTER:
      return 13;
    case ENTENTE_PERIOD_YEAR:
      return 52;
    case ENTENTE_PERIOD_MONTH:
    default:
      return 52.0 / 12.0;
    }
}

static const char *
period_words (EntentePeriod period)
{
  switch (period)
    {
    case ENTENTE_PERIOD_WEEK:
      return C_("per", "a week");
    case ENTENTE_PERIOD_QUARTER:
      return C_("per", "a quarter");
    case ENTENTE_PERIOD_YEAR:
      return C_("per", "a year");
    case ENTENTE_PERIOD_MONTH:
    default:
      return C_("per", "a month");
    }
}

static void
check_capacity (Checker *self)
{
  GListModel *parties = entente_document_get_parties (self->document);
  GListModel *protocols = entente_document_get_protocols (self->document);
  EntentePeriod period = entente_goals_get_period (entente_document_get_goals (self->document));
  guint days_a_week = 0;
  g_autoptr(GPtrArray) plan = entente_plan_compute (self->document);
  EntenteWeekdays days = entente_meta_get_business_days (entente_document_get_meta (self->document));

  for (guint bit = 0; bit < 7; bit++)
    days_a_week += (days & (1u << bit)) != 0;
  if (days_a_week == 0)
    return;

  for (guint i = 0, n = g_list_model_get_n_items (parties); i < n; i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      int people = entente_party_get_people (party);
      int touches = entente_party_get_touches (party);
      double working, business_days, can, needed = 0, records = 0;
      int attempts = 0, n_protocols = 0;

      if (people <= 0 || touches <= 0)
        continue;
      working = people - MIN (entente_party_get_ramping (party), people) / 2.0;
      business_days = days_a_week * weeks_in (period);
      can = working * touches * business_days;

      for (guint p = 0, m = g_list_model_get_n_items (protocols); p < m; p++)
        {
          g_autoptr(EntenteProtocol) protocol = g_list_model_get_item (protocols, p);

          if (g_strcmp0 (entente_protocol_get_party (protocol), entente_party_get_id (party)) != 0)
            continue;
          for (guint j = 0; j < plan->len; j++)
            {
              EntentePlanStage *row = g_ptr_array_index (plan, j);
              double count;

              if (g_strcmp0 (entente_stage_get_id (row->stage), entente_protocol_get_stage (protocol)) != 0)
                continue;
              /* What the plan needs, or what was committed when more. */
              count = MAX (entente_plan_stage_is_known (row) ? (double) entente_plan_stage_get_needed (row) : 0,
                           (double) MAX (row->target, 0));
              records += count;
              needed += count * entente_protocol_get_attempts (protocol);
              attempts = entente_protocol_get_attempts (protocol);
              n_protocols++;
            }
        }

      if (needed <= can)
        continue;
      {
        g_autofree char *needed_text = entente_format_count (NULL, (gint64) ceil (needed));
        g_autofree char *can_text = entente_format_count (NULL, (gint64) round (can));
        g_autofree char *records_text = entente_format_count (NULL, (gint64) ceil (records));
        g_autofree char *people_text = entente_format_count (NULL, people);
        g_autofree char *ramping_text = entente_format_count (NULL, MIN (entente_party_get_ramping (party), people));
        g_autofree char *touches_text = entente_format_count (NULL, touches);
        g_autofree char *days_text = entente_format_number (NULL, business_days, 1);
        g_autofree char *work = NULL;

        if (n_protocols == 1)
          /* Translators: records per period × attempts per record */
          work = g_strdup_printf (_("%s records × %d attempts"), records_text, attempts);
        else
          /* Translators: records per period, over several protocols */
          work = g_strdup_printf (_("%s records over its protocols"), records_text);
        report (self, "protocol-over-capacity", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_OVERVIEW, party, "touches",
                /* Translators: a team; touches needed per period (how), the period; touches it can make; people, ramping, touches a day, business days */
                _("%s's protocols need %s touches %s (%s), but the team can make about %s: %s people (%s still ramping up, at half pace) × %s touches a business day × %s business days."),
                entente_party_get_team (party), needed_text, period_words (period), work, can_text,
                people_text, ramping_text, touches_text, days_text);
      }
    }
}

static void
check_review (Checker *self)
{
  EntenteReview *review = entente_document_get_review (self->document);
  const char * const *attendees = entente_review_get_attendees (review);

  if (attendees[0] == NULL)
    report (self, "no-attendees", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_REVIEW, review, "attendees",
            _("Nobody is named to attend the review meeting, so nobody is bound to hold it."));
}

/* Sign-offs that do not mean what they seem to.  A new key is no
 * finding: the sign-off list offers to confirm it. */
static void
check_sign_offs (Checker *self)
{
  GListModel *approvals = entente_document_get_approvals (self->document);
  g_autofree char *digest = NULL;

  if (g_list_model_get_n_items (approvals) == 0)
    return;

  digest = entente_document_compute_digest (self->document);
  for (guint i = 0, n = g_list_model_get_n_items (approvals); i < n; i++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);
      const char *signer = entente_approval_get_signer (approval);
      const char *team = entente_document_party_team (self->document, entente_approval_get_party (approval));

      switch (entente_document_check_approval (self->document, approval, digest))
        {
        case ENTENTE_SIGN_OFF_INVALID:
          report (self, "sign-off-invalid", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_REVIEW, approval, "signature",
                  _("The sign-off for %s by %s does not verify: it was altered, or copied from another party or agreement."),
                  team, signer);
          break;
        case ENTENTE_SIGN_OFF_KEY_CHANGED:
          report (self, "sign-off-key-changed", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_REVIEW, approval, "key",
                  _("%s signed for %s with a different key than before: this may not be %s. Compare the key’s fingerprint with them."),
                  signer, team, signer);
          break;
        case ENTENTE_SIGN_OFF_OUTDATED:
          report (self, "sign-off-outdated", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_REVIEW, approval, "digest",
                  _("The agreement changed since %s signed for %s; %s has to sign again."),
                  signer, team, team);
          break;
        case ENTENTE_SIGN_OFF_UNVERIFIED:
          report (self, "sign-off-unverified", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_REVIEW, approval, NULL,
                  _("The sign-off for %s by %s was made before Entente signed sign-offs, so nothing shows who made it; ask %s to sign again."),
                  team, signer, signer);
          break;
        case ENTENTE_SIGN_OFF_NOT_SIGNED:
        case ENTENTE_SIGN_OFF_SIGNED:
        case ENTENTE_SIGN_OFF_NEW_KEY:
        default:
          break;
        }

      /* Anyone may sign (the Sign dialog only warns), but a party is
       * bound by its leader's word: the finding stays in view. */
      {
        EntenteParty *party = entente_document_find_party (self->document, entente_approval_get_party (approval));
        const char *leader = party ? entente_party_get_leader (party) : NULL;

        if (leader != NULL && *leader != '\0' && !entente_known_keys_name_equal (leader, signer))
          report (self, "sign-off-not-leader", ENTENTE_SEVERITY_WARNING, ENTENTE_SECTION_REVIEW, approval, "signer",
                  _("%s signed for %s, whose leader is %s."), signer, team, leader);
      }
    }
}

/* Counts of a recorded meeting that cannot be, written by hand: said,
 * and the meeting left out of every review until they are corrected. */
static void
check_meetings (Checker *self)
{
  GListModel *meetings = entente_document_get_meetings (self->document);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(EntenteMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *figures = entente_meeting_get_figures (meeting);
      GListModel *compliance = entente_meeting_get_compliance (meeting);
      int year = 0, month = 0;
      g_autofree char *when = NULL;

      entente_meeting_get_year_month (meeting, &year, &month);
      when = entente_format_month (NULL, year, month);
      for (guint j = 0; j < g_list_model_get_n_items (figures); j++)
        {
          g_autoptr(EntenteMeetingFigure) figure = g_list_model_get_item (figures, j);
          g_autofree char *reached = NULL;
          g_autofree char *actual = NULL;

          if (entente_meeting_figure_is_possible (figure))
            continue;
          reached = entente_format_count (NULL, entente_meeting_figure_get_reached_next (figure));
          actual = entente_format_count (NULL, entente_meeting_figure_get_actual (figure));
          report (self, "meeting-impossible", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_MEETINGS, figure, "reached-next",
                  /* Translators: a month, a count, a stage, then a smaller count */
                  _("The review meeting of %s records %s records of %s reaching the next stage, of only %s that entered it; the meeting is left out of the reviews until this is corrected."),
                  when, reached, entente_document_stage_name (self->document, entente_meeting_figure_get_stage (figure)), actual);
        }
      for (guint j = 0; j < g_list_model_get_n_items (compliance); j++)
        {
          g_autoptr(EntenteMeetingCompliance) row = g_list_model_get_item (compliance, j);
          g_autofree char *entered = NULL;

          if (entente_meeting_compliance_is_possible (row))
            continue;
          entered = entente_format_count (NULL, entente_meeting_compliance_get_entered (row));
          report (self, "meeting-impossible", ENTENTE_SEVERITY_ERROR, ENTENTE_SECTION_MEETINGS, row, "entered",
                  /* Translators: a month, a stage, then a count */
                  _("The review meeting of %s counts more records of %s in time, late, never or contacted before entry than the %s that entered; the meeting is left out of the reviews until this is corrected."),
                  when, entente_document_stage_name (self->document, entente_meeting_compliance_get_stage (row)), entered);
        }
    }
}

/**
 * entente_checks_run:
 *
 * Returns: (transfer container) (element-type EntenteFinding): what the
 *   checks found, grouped by section in wizard order
 */
GPtrArray *
entente_checks_run (EntenteDocument *document)
{
  Checker self = { 0 };

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  self.document = document;
  self.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) entente_finding_free);
  self.stages = g_hash_table_new (g_str_hash, g_str_equal);
  self.stage_order = g_hash_table_new (g_str_hash, g_str_equal);
  self.parties = g_hash_table_new (g_str_hash, g_str_equal);
  self.protocols = g_hash_table_new (g_str_hash, g_str_equal);

  index_list (entente_document_get_stages (document), ENTENTE_STAGE_FIELD_ID, self.stages, self.stage_order);
  index_list (entente_document_get_parties (document), ENTENTE_PARTY_FIELD_ID, self.parties, NULL);
  index_list (entente_document_get_protocols (document), ENTENTE_PROTOCOL_FIELD_STAGE, self.protocols, NULL);

  check_overview (&self);
  check_references (&self, ENTENTE_ITEM (document));
  check_personas (&self);
  check_stages (&self);
  check_goals (&self);
  /* The plan against the meetings recorded: their findings stay with the goals. */
  g_ptr_array_extend_and_steal (self.findings, entente_history_check_recorded (document));
  check_handoffs (&self);
  check_protocols (&self);
  check_capacity (&self);
  check_review (&self);
  check_sign_offs (&self);
  check_meetings (&self);

  g_hash_table_unref (self.stages);
  g_hash_table_unref (self.stage_order);
  g_hash_table_unref (self.parties);
  g_hash_table_unref (self.protocols);

  return self.findings;
}

guint
entente_checks_count (GPtrArray       *findings,
                      const char      *section,
                      EntenteSeverity  severity)
{
  guint count = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (findings, i);

      if (finding->severity == severity && (section == NULL || g_str_equal (finding->section, section)))
        count++;
    }

  return count;
}
