/* entente-disk-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-diff.h"
#include "entente-disk-merge.h"
#include "entente-merge.h"

/* The window keeps the bytes of the version it last read or wrote (the
 * base); when the file changes under it, the version on disk is merged
 * into the one being edited over that base, so that nothing either side
 * did is lost.  What the window then does with the result (undo, drafts,
 * a toast saying what came in) is its own. */

/**
 * entente_disk_merge:
 * @ours: the document being edited, with a file
 * @base: the bytes of the version @ours was last read from or saved as
 *
 * Returns: (transfer full) (nullable): the merge, or %NULL with @error
 *   set when the base, or the file as it is now, is not an agreement
 */
EntenteDiskMerge *
entente_disk_merge (EntenteDocument  *ours,
                    GBytes           *base,
                    GError          **error)
{
  g_autoptr(EntenteDocument) base_document = NULL;
  g_autoptr(EntenteDocument) theirs = NULL;
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteDiskMerge *self;
  guint n_conflicts = 0;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (ours), NULL);
  g_return_val_if_fail (entente_document_get_file (ours) != NULL, NULL);
  g_return_val_if_fail (base != NULL, NULL);

  base_document = entente_document_new_from_bytes (base, "base.entente", error);
  if (base_document == NULL)
    return NULL;
  theirs = entente_document_load (entente_document_get_file (ours), NULL, error);
  if (theirs == NULL)
    return NULL;
  merged = entente_merge (base_document, ours, theirs, &n_conflicts, error);
  if (merged == NULL)
    return NULL;

  self = g_new0 (EntenteDiskMerge, 1);
  self->incoming = entente_diff_documents (base_document, theirs);
  self->merged = g_steal_pointer (&merged);
  self->theirs = g_steal_pointer (&theirs);
  self->n_conflicts = n_conflicts;

  return self;
}

void
entente_disk_merge_free (EntenteDiskMerge *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->merged);
  g_clear_object (&self->theirs);
  g_clear_pointer (&self->incoming, g_ptr_array_unref);
  g_free (self);
}
