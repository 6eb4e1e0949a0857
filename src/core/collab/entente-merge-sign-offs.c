/* entente-merge-sign-offs.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-digest.h"
#include "entente-merge-sign-offs.h"
#include "entente-sign-off-words.h"

/* Which sign-offs a merge took away.  A merge combines both sides'
 * content and keeps both sides' sign-offs; a sign-off that held on one
 * side (of that side's text, by a signature that verifies) no longer
 * does when the other side changed the content: it is outdated.  Nobody
 * did anything wrong, but the party has to sign again, and a merge that
 * says nothing of it leaves people believing the agreement is signed. */

void
entente_lost_sign_off_free (EntenteLostSignOff *self)
{
  if (self == NULL)
    return;

  g_free (self->party);
  g_free (self->signer);
  g_free (self);
}

/* Whether @party's sign-off holds in @side, and how. */
static gboolean
held_in (EntenteDocument     *side,
         const char          *party,
         EntenteSignOffState *state)
{
  if (side == NULL)
    return FALSE;

  *state = entente_document_get_sign_off_state (side, party, NULL);

  return entente_sign_off_state_holds (*state);
}

/**
 * entente_merge_find_lost_sign_offs:
 * @ours: (nullable): one side of the merge, as it was before
 * @theirs: (nullable): the other side
 * @merged: the result
 *
 * Finds the parties whose sign-off held in @ours or in @theirs and is
 * outdated or invalid in @merged, in the order of the parties, then of
 * sign-offs by parties the agreement no longer names.
 *
 * Returns: (transfer container) (element-type EntenteLostSignOff): the
 *   sign-offs the merge took away, empty when none
 */
GPtrArray *
entente_merge_find_lost_sign_offs (EntenteDocument *ours,
                                   EntenteDocument *theirs,
                                   EntenteDocument *merged)
{
  GListModel *approvals;
  GListModel *parties;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GPtrArray *lost;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (merged), NULL);

  lost = g_ptr_array_new_with_free_func ((GDestroyNotify) entente_lost_sign_off_free);
  approvals = entente_document_get_approvals (merged);
  if (g_list_model_get_n_items (approvals) == 0)
    return lost;

  /* Each party once: the agreement's, then any other signed for. */
  parties = entente_document_get_parties (merged);
  for (guint i = 0, n = g_list_model_get_n_items (parties); i < n; i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      const char *id = entente_party_get_id (party);

      if (id != NULL && !g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, (gpointer) id);
    }
  for (guint i = 0, n = g_list_model_get_n_items (approvals); i < n; i++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);
      const char *id = entente_approval_get_party (approval);

      if (id != NULL && !g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, (gpointer) id);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = ids->pdata[i];
      EntenteApproval *approval = NULL;
      EntenteSignOffState after = entente_document_get_sign_off_state (merged, id, &approval);
      EntenteSignOffState before = ENTENTE_SIGN_OFF_NOT_SIGNED;
      EntenteLostSignOff *item;

      if (after != ENTENTE_SIGN_OFF_OUTDATED && after != ENTENTE_SIGN_OFF_INVALID)
        continue;
      if (!held_in (ours, id, &before) && !held_in (theirs, id, &before))
        continue;

      item = g_new0 (EntenteLostSignOff, 1);
      item->party = g_strdup (id);
      item->signer = g_strdup (entente_approval_get_signer (approval));
      item->before = before;
      item->after = after;
      g_ptr_array_add (lost, item);
    }

  return lost;
}

/**
 * entente_lost_sign_off_describe:
 * @merged: the result of the merge
 * @lost: a sign-off it took away
 *
 * Returns: (transfer full): a sentence for people: “Dana Whitfield’s
 *   sign-off for Marketing is outdated by this merge; Marketing must sign
 *   again.”
 */
char *
entente_lost_sign_off_describe (EntenteDocument          *merged,
                                const EntenteLostSignOff *lost)
{
  const char *team;
  const char *signer;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (merged), NULL);
  g_return_val_if_fail (lost != NULL, NULL);

  team = entente_document_party_team (merged, lost->party);
  signer = lost->signer != NULL && *lost->signer != '\0' ? lost->signer : _("Someone");

  if (lost->after == ENTENTE_SIGN_OFF_INVALID)
    /* Translators: after a merge: the signer, then their team twice */
    return g_strdup_printf (_("%1$s’s sign-off for %2$s no longer verifies after this merge; %3$s must sign again."),
                            signer, team, team);

  /* Translators: after a merge: the signer, then their team twice */
  return g_strdup_printf (_("%1$s’s sign-off for %2$s is outdated by this merge; %3$s must sign again."),
                          signer, team, team);
}
