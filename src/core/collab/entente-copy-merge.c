/* entente-copy-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-ancestry.h"
#include "entente-copy-merge.h"
#include "entente-digest.h"
#include "entente-format.h"
#include "entente-item-private.h"
#include "entente-locale.h"
#include "entente-merge.h"
#include "entente-version-store.h"
#include "entente-version.h"

/* Merging two copies of an agreement that come back from people, by
 * email or from a sync tool, with no base at hand.  Their ancestries
 * name the versions both come from (entente-ancestry.c); the newest one
 * whose content can be found — kept in this person's version store, or
 * one of the two copies itself, each checked against its digest — is
 * the base of an ordinary three-way merge.  When none can be found, the
 * merge is two-way: every difference is a conflict, so nothing is taken
 * from either side unseen, and the caller says so. */

void
entente_copy_merge_info_clear (EntenteCopyMergeInfo *info)
{
  g_clear_pointer (&info->base_digest, g_free);
  g_clear_pointer (&info->base_time, g_date_time_unref);
  g_clear_pointer (&info->missing, g_free);
  memset (info, 0, sizeof *info);
}

/* @side itself, when it is version @digest: the common version of two
 * copies is often one of them, unchanged since the other split off. */
static EntenteDocument *
side_as_version (EntenteDocument *side,
                 const char      *digest)
{
  g_autofree char *actual = NULL;

  if (g_strcmp0 (entente_document_get_version (side), digest) != 0)
    return NULL;
  actual = entente_document_compute_digest (side);

  return g_str_equal (actual, digest) ? g_object_ref (side) : NULL;
}

/* Two copies of one agreement keep its title or its organization (the
 * ids of parties and stages say little: every template has "sales");
 * two that differ in both are two agreements. */
static gboolean
nothing_in_common (EntenteDocument *ours,
                   EntenteDocument *theirs)
{
  EntenteMeta *a = entente_document_get_meta (ours);
  EntenteMeta *b = entente_document_get_meta (theirs);

  return g_strcmp0 (entente_meta_get_title (a), entente_meta_get_title (b)) != 0 &&
         g_strcmp0 (entente_meta_get_organization (a), entente_meta_get_organization (b)) != 0;
}

/* Why the copies' common version @version cannot serve. */
static char *
say_missing (EntenteVersion *version,
             const char     *reason)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (entente_version_get_time (version));
  g_autofree char *when = entente_format_datetime (entente_locale_get_interface (), local);
  const char *problem = entente_version_store_get_problem ();

  if (problem != NULL)
    /* Translators: %s is when the version was saved, then why Entente
     * could not keep versions */
    return g_strdup_printf (_("Both copies come from the version saved on %s, but this computer does not have it: %s"),
                            when, problem);
  if (reason != NULL)
    return g_strdup_printf (_("Both copies come from the version saved on %s, but this computer does not have it: %s"),
                            when, reason);

  return g_strdup_printf (_("Both copies come from the version saved on %s, but this computer does not have it."), when);
}

/**
 * entente_copy_find_base:
 * @ours: one copy
 * @theirs: another copy of the same agreement
 * @info: (out caller-allocates): which version was found, or why none;
 *   clear it with entente_copy_merge_info_clear()
 *
 * Finds the newest version both copies come from whose content is at
 * hand, checked against its digest.
 *
 * Returns: (transfer full) (nullable): that version, or %NULL when there
 *   is none (then @info says two-way, and why)
 */
EntenteDocument *
entente_copy_find_base (EntenteDocument      *ours,
                        EntenteDocument      *theirs,
                        EntenteCopyMergeInfo *info)
{
  g_autoptr(GPtrArray) common = NULL;
  g_autoptr(EntenteDocument) base = NULL;
  g_autofree char *first_failure = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (ours), NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (theirs), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  memset (info, 0, sizeof *info);
  /* A copy saved before Entente kept ancestries is known by its content. */
  entente_document_know_version (ours);
  entente_document_know_version (theirs);

  common = entente_ancestry_common (ours, theirs);
  for (guint i = 0; i < common->len; i++)
    {
      EntenteVersion *version = common->pdata[i];
      const char *digest = entente_version_get_digest (version);
      g_autoptr(GError) local_error = NULL;

      base = side_as_version (theirs, digest);
      if (base == NULL)
        base = side_as_version (ours, digest);
      if (base == NULL)
        base = entente_version_store_load (digest, &local_error);
      if (base != NULL)
        {
          info->base_digest = g_strdup (digest);
          info->base_time = g_date_time_ref (entente_version_get_time (version));
          return g_steal_pointer (&base);
        }
      if (first_failure == NULL && local_error != NULL &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        first_failure = g_strdup (local_error->message);
    }

  info->two_way = TRUE;
  if (common->len > 0)
    info->missing = say_missing (common->pdata[0], first_failure);
  else
    info->unrelated = nothing_in_common (ours, theirs);

  return NULL;
}

/* Sign-offs only add up.  A version is known by the digest of its
 * content, which leaves sign-offs out: the base found may be a copy, or
 * a version saved, that already holds a sign-off given after the other
 * copy split off.  The other copy, lacking it, would then read as having
 * deleted it, and the merge would drop the sign-off unseen.  So the base
 * keeps a party's sign-off only when both copies have one for the party
 * (one may have signed again since); a sign-off one copy alone has was
 * added by it. */
static EntenteDocument *
base_for_sign_offs (EntenteDocument *base,
                    EntenteDocument *ours,
                    EntenteDocument *theirs)
{
  GListModel *approvals = entente_document_get_approvals (base);
  EntenteDocument *copy = NULL;

  for (guint i = g_list_model_get_n_items (approvals); i > 0; i--)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i - 1);
      const char *party = entente_approval_get_party (approval);

      if (entente_document_find_approval (ours, party) != NULL &&
          entente_document_find_approval (theirs, party) != NULL)
        continue;
      /* The base may be one of the copies itself: it is left as it is. */
      if (copy == NULL)
        {
          copy = ENTENTE_DOCUMENT (entente_item_copy (ENTENTE_ITEM (base)));
          approvals = entente_document_get_approvals (copy);
        }
      entente_item_remove_quietly (ENTENTE_ITEM (copy), ENTENTE_DOCUMENT_FIELD_APPROVALS, i - 1);
    }

  return copy != NULL ? copy : g_object_ref (base);
}

/**
 * entente_merge_copy:
 * @ours: the copy the result continues, whose choices win in a conflict
 * @theirs: another copy of the same agreement
 * @info: (out caller-allocates): how the merge was made; clear it with
 *   entente_copy_merge_info_clear()
 *
 * Merges two copies by the newest version they share whose content can
 * be found, or two-way when there is none (see the top of this file).
 *
 * Returns: (transfer full) (nullable): the merged document, as
 *   entente_merge()
 */
EntenteDocument *
entente_merge_copy (EntenteDocument       *ours,
                    EntenteDocument       *theirs,
                    EntenteCopyMergeInfo  *info,
                    GError               **error)
{
  g_autoptr(EntenteDocument) base = entente_copy_find_base (ours, theirs, info);
  EntenteDocument *merged;

  if (base != NULL)
    {
      g_autoptr(EntenteDocument) signed_base = base_for_sign_offs (base, ours, theirs);

      merged = entente_merge (signed_base, ours, theirs, &info->n_conflicts, error);
    }
  else
    merged = entente_merge_two_way (ours, theirs, &info->n_conflicts, error);

  return merged;
}
