/* entente-conflict-sides.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-conflict-sides.h"

/* Whose the versions of a conflict are.  A merge knows which copies it
 * combined ("Priya's", "Dana's") and records it in each conflict it
 * makes; whoever reads the conflict later, with the command line or in
 * the window, sees those names, and the plain words "ours", "theirs" and
 * "before" only where nobody said. */

/**
 * entente_conflict_get_side_label:
 * @conflict: a conflict
 * @side: one of its three versions
 *
 * Returns: the name of whoever's copy @side was, when the merge recorded
 *   it, else the translated word for it: “ours”, “theirs”, or “before”
 *   for the common version
 */
const char *
entente_conflict_get_side_label (EntenteConflict       *conflict,
                                 EntenteConflictChoice  side)
{
  const char *name = NULL;

  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), NULL);

  switch (side)
    {
    case ENTENTE_CONFLICT_TAKE_OURS:
      name = entente_conflict_get_ours_name (conflict);
      /* Translators: the side of a merge conflict that was our copy */
      return name != NULL && name[0] != '\0' ? name : C_("conflict side", "ours");
    case ENTENTE_CONFLICT_TAKE_THEIRS:
      name = entente_conflict_get_theirs_name (conflict);
      /* Translators: the side of a merge conflict that was the other copy */
      return name != NULL && name[0] != '\0' ? name : C_("conflict side", "theirs");
    case ENTENTE_CONFLICT_TAKE_BASE:
    default:
      /* Translators: the version both sides of a merge conflict started from */
      return C_("conflict side", "before");
    }
}

/**
 * entente_conflict_sides_named:
 * @conflict: a conflict
 *
 * Returns: whether the merge recorded whose both sides of @conflict were,
 *   so that sentences can name people rather than say “ours” and “theirs”
 */
gboolean
entente_conflict_sides_named (EntenteConflict *conflict)
{
  const char *ours;
  const char *theirs;

  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), FALSE);

  ours = entente_conflict_get_ours_name (conflict);
  theirs = entente_conflict_get_theirs_name (conflict);
  return ours != NULL && ours[0] != '\0' && theirs != NULL && theirs[0] != '\0';
}

/**
 * entente_document_name_conflicts:
 * @doc: a document
 * @first: the index of the first conflict to name, in
 *   entente_document_get_conflicts(); a merge's own conflicts come after
 *   those its inputs already had
 * @ours_name: (nullable): whose copy “ours” was, such as “Priya”
 * @theirs_name: (nullable): whose copy “theirs” was
 *
 * Records whose the two sides of each conflict from @first on were, so
 * that they are named when listed and resolved.  A %NULL or empty name
 * leaves that side unnamed.  Changes go through the model, as any edit.
 */
void
entente_document_name_conflicts (EntenteDocument *doc,
                                 guint            first,
                                 const char      *ours_name,
                                 const char      *theirs_name)
{
  GListModel *conflicts;

  g_return_if_fail (ENTENTE_IS_DOCUMENT (doc));

  if (ours_name != NULL && ours_name[0] == '\0')
    ours_name = NULL;
  if (theirs_name != NULL && theirs_name[0] == '\0')
    theirs_name = NULL;

  conflicts = entente_document_get_conflicts (doc);
  for (guint i = first, n = g_list_model_get_n_items (conflicts); i < n; i++)
    {
      g_autoptr(EntenteItem) conflict = g_list_model_get_item (conflicts, i);

      entente_item_set_string (conflict, ENTENTE_CONFLICT_FIELD_OURS_NAME, ours_name);
      entente_item_set_string (conflict, ENTENTE_CONFLICT_FIELD_THEIRS_NAME, theirs_name);
    }
}
