/* entente-review-handout.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-review-chart.h"
#include "entente-review-handout.h"

/* The review PDF is what the teams take into the meeting ("all teams
 * party to the SLA meet every month to review results"): before the
 * figures, each team's month in one line, in the terms it committed to
 * (its targets, the protocols it works); after them, the breaches by
 * owner, for each owner to answer for theirs; at the end, what the
 * meeting noted and decided, when it was recorded. */

static void
team_free (EntenteReviewTeamWords *self)
{
  g_free (self->team);
  g_free (self->line);
  g_free (self);
}

static void
owner_breach_free (EntenteReviewOwnerBreach *self)
{
  g_free (self->stage);
  g_free (self->record);
  g_free (self->entered);
  g_free (self->deadline);
  g_free (self->first_contact);
  g_free (self);
}

static void
owner_breaches_free (EntenteReviewOwnerBreaches *self)
{
  g_free (self->owner);
  g_free (self->title);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

void
entente_review_handout_words_free (EntenteReviewHandoutWords *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->teams);
  g_ptr_array_unref (self->owners);
  g_free (self->unlisted);
  g_free (self->recorded);
  g_free (self->notes);
  g_ptr_array_unref (self->decisions);
  g_free (self);
}

/* “Marketing Qualified Lead: 3 of 400 (1%) — Behind” for each target
 * @party committed to. */
static void
add_targets (GPtrArray                  *parts,
             EntenteDocument            *document,
             const EntenteActualsReport *report,
             const EntenteReviewWords   *words,
             const char                 *party)
{
  GListModel *targets = entente_goals_get_targets (entente_document_get_goals (document));

  for (guint t = 0; t < g_list_model_get_n_items (targets); t++)
    {
      g_autoptr(EntenteTarget) target = g_list_model_get_item (targets, t);

      if (g_strcmp0 (entente_target_get_party (target), party) != 0)
        continue;
      for (guint j = 0; j < report->stages->len; j++)
        {
          const EntenteActualsStage *stage = g_ptr_array_index (report->stages, j);
          const EntenteReviewStageWords *said = g_ptr_array_index (words->stages, j);
          EntenteRenderStatus status;

          if (g_strcmp0 (stage->stage_id, entente_target_get_stage (target)) != 0)
            continue;
          if (stage->actual < 0)
            {
              /* Translators: a stage a team committed to, which the export does not measure */
              g_ptr_array_add (parts, g_strdup_printf (_("%s: not measured"), said->name));
              break;
            }
          status = entente_review_status ((double) stage->actual, (double) entente_target_get_count (target));
          /* Translators: a stage, its actual, its target, the share, then a status (“Behind”) */
          g_ptr_array_add (parts, g_strdup_printf (_("%s: %s of %s (%s) — %s"), said->name, said->actual, said->target,
                                                   said->attainment, entente_review_status_words (status)));
          break;
        }
    }
}

/* “Marketing Qualified Lead follow-up: 67% in time” for each protocol
 * @party works. */
static void
add_protocols (GPtrArray                  *parts,
               const EntenteActualsReport *report,
               const EntenteReviewWords   *words,
               const char                 *party)
{
  for (guint p = 0; p < report->protocols->len; p++)
    {
      const EntenteActualsProtocol *protocol = g_ptr_array_index (report->protocols, p);
      const EntenteReviewProtocolWords *said = g_ptr_array_index (words->protocols, p);

      if (g_strcmp0 (protocol->party, party) != 0)
        continue;
      if (protocol->compliance_gap == ENTENTE_ACTUALS_MEASURED && protocol->entered > 0)
        /* Translators: a stage, then the share of its records followed up in time */
        g_ptr_array_add (parts, g_strdup_printf (_("%s follow-up: %s in time"), said->stage, said->compliance));
      else
        /* Translators: a stage, then why its follow-up has no share (“not measured”, “no records”) */
        g_ptr_array_add (parts, g_strdup_printf (_("%s follow-up: %s"), said->stage, said->compliance));
    }
}

static void
add_teams (EntenteReviewHandoutWords  *self,
           EntenteDocument            *document,
           const EntenteActualsReport *report,
           const EntenteReviewWords   *words)
{
  GListModel *parties = entente_document_get_parties (document);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      EntenteReviewTeamWords *team = g_new0 (EntenteReviewTeamWords, 1);
      const char *name = entente_party_get_team (party);
      const char *leader = entente_party_get_leader (party);

      add_targets (parts, document, report, words, entente_party_get_id (party));
      add_protocols (parts, report, words, entente_party_get_id (party));
      if (leader != NULL && *leader != '\0')
        /* Translators: a team, then its leader */
        team->team = g_strdup_printf (_("%s — %s"), name != NULL ? name : "", leader);
      else
        team->team = g_strdup (name != NULL ? name : "");
      if (parts->len == 0)
        team->line = g_strdup (_("No target or follow-up protocol of its own this month."));
      else
        {
          g_ptr_array_add (parts, NULL);
          /* Translators: what separates the parts of a team's line */
          team->line = g_strjoinv (C_("team line", "; "), (char **) parts->pdata);
        }
      g_ptr_array_add (self->teams, team);
    }
}

typedef struct
{
  EntenteReviewOwnerBreach *row;
  gint64                    entered;
} Timed;

static int
compare_timed (gconstpointer a,
               gconstpointer b)
{
  gint64 x = ((const Timed *) a)->entered, y = ((const Timed *) b)->entered;

  return x < y ? -1 : x > y;
}

static int
compare_owners (gconstpointer a,
                gconstpointer b)
{
  const EntenteReviewOwnerBreaches *x = *(EntenteReviewOwnerBreaches * const *) a;
  const EntenteReviewOwnerBreaches *y = *(EntenteReviewOwnerBreaches * const *) b;

  if (x->n != y->n)
    return x->n > y->n ? -1 : 1;
  return g_utf8_collate (x->owner, y->owner);
}

/* Every breach listed, gathered by owner: the most first, each owner's
 * earliest first. */
static void
add_breaches (EntenteReviewHandoutWords  *self,
              const EntenteActualsReport *report,
              const EntenteReviewWords   *words)
{
  g_autoptr(GHashTable) by_owner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  guint64 unlisted = 0;
  GHashTableIter iter;
  gpointer key, value;

  for (guint p = 0; p < report->protocols->len; p++)
    {
      const EntenteActualsProtocol *protocol = g_ptr_array_index (report->protocols, p);
      const EntenteReviewProtocolWords *said = g_ptr_array_index (words->protocols, p);

      unlisted += protocol->n_breaches - MIN (protocol->n_breaches, (guint64) protocol->breaches->len);
      for (guint j = 0; j < protocol->breaches->len && j < said->breach_rows->len; j++)
        {
          const EntenteActualsBreach *breach = g_ptr_array_index (protocol->breaches, j);
          const EntenteReviewBreachWords *shown = g_ptr_array_index (said->breach_rows, j);
          const char *owner = breach->owner != NULL && *breach->owner != '\0' ? breach->owner : _("No owner");
          GArray *rows = g_hash_table_lookup (by_owner, owner);
          Timed timed;

          if (rows == NULL)
            {
              rows = g_array_new (FALSE, FALSE, sizeof (Timed));
              g_hash_table_insert (by_owner, g_strdup (owner), rows);
            }
          timed.entered = breach->entered;
          timed.row = g_new0 (EntenteReviewOwnerBreach, 1);
          timed.row->stage = g_strdup (said->stage);
          timed.row->record = g_strdup (shown->record);
          timed.row->entered = g_strdup (shown->entered);
          timed.row->deadline = g_strdup (shown->deadline);
          timed.row->first_contact = g_strdup (shown->first_contact);
          g_array_append_val (rows, timed);
        }
    }

  g_hash_table_iter_init (&iter, by_owner);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *rows = value;
      EntenteReviewOwnerBreaches *owner = g_new0 (EntenteReviewOwnerBreaches, 1);
      g_autofree char *count = entente_format_count (NULL, (gint64) rows->len);

      g_array_sort (rows, compare_timed);
      owner->owner = g_strdup (key);
      owner->n = rows->len;
      /* Translators: an owner, then how many of their records breached a protocol */
      owner->title = g_strdup_printf (ngettext ("%s — %s breach", "%s — %s breaches", rows->len),
                                      owner->owner, count);
      owner->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) owner_breach_free);
      for (guint i = 0; i < rows->len; i++)
        g_ptr_array_add (owner->rows, g_array_index (rows, Timed, i).row);
      g_ptr_array_add (self->owners, owner);
    }
  g_ptr_array_sort (self->owners, compare_owners);

  if (unlisted > 0)
    {
      g_autofree char *more = entente_format_count (NULL, (gint64) MIN (unlisted, (guint64) G_MAXINT64));

      /* Translators: %s is a number of breaches beyond those listed */
      self->unlisted = g_strdup_printf (_("… and %s more breaches, not listed."), more);
    }
}

/**
 * entente_review_meeting_recorded:
 *
 * Returns: (transfer full): when and by whom @meeting was recorded, in
 *   the agreement's time zone: “Recorded on 3 February 2027 at 10:00
 *   (UTC−05:00) by Dana Whitfield.”
 */
char *
entente_review_meeting_recorded (EntenteDocument *document,
                                 EntenteMeeting  *meeting)
{
  g_autoptr(GTimeZone) zone = entente_document_get_time_zone (document);
  g_autoptr(GDateTime) there = g_date_time_to_timezone (entente_meeting_get_time (meeting), zone);
  g_autofree char *when = entente_format_datetime (NULL, there);
  const char *by = entente_meeting_get_by (meeting);

  if (by != NULL && *by != '\0')
    /* Translators: when the review was recorded, as “3 February 2027 at 10:00 (UTC−05:00)”, then by whom */
    return g_strdup_printf (_("Recorded on %s by %s."), when, by);
  /* Translators: when the review was recorded, as “3 February 2027 at 10:00 (UTC−05:00)” */
  return g_strdup_printf (_("Recorded on %s."), when);
}

/**
 * entente_review_handout_words_new:
 * @words: @report's words
 *
 * Returns: (transfer full): what the handout adds to the review
 */
EntenteReviewHandoutWords *
entente_review_handout_words_new (EntenteDocument            *document,
                                  const EntenteActualsReport *report,
                                  const EntenteReviewWords   *words)
{
  EntenteReviewHandoutWords *self;
  EntenteMeeting *meeting;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (report != NULL && words != NULL, NULL);

  self = g_new0 (EntenteReviewHandoutWords, 1);
  self->teams = g_ptr_array_new_with_free_func ((GDestroyNotify) team_free);
  self->owners = g_ptr_array_new_with_free_func ((GDestroyNotify) owner_breaches_free);
  self->decisions = g_ptr_array_new_with_free_func (g_free);

  add_teams (self, document, report, words);
  add_breaches (self, report, words);

  meeting = entente_meetings_find (document, report->year, report->month);
  if (meeting != NULL)
    {
      const char * const *decisions = entente_meeting_get_decisions (meeting);
      const char *notes = entente_meeting_get_notes (meeting);

      self->recorded = entente_review_meeting_recorded (document, meeting);
      self->notes = notes != NULL && *notes != '\0' ? g_strdup (notes) : NULL;
      for (guint i = 0; decisions != NULL && decisions[i] != NULL; i++)
        g_ptr_array_add (self->decisions, g_strdup (decisions[i]));
    }

  return self;
}
