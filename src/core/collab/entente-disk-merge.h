/* entente-disk-merge.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

/* Someone saved the open file while it was being edited: their version,
 * merged into ours over the version both started from. */
typedef struct
{
  EntenteDocument *merged;       /* ours, with theirs merged in */
  EntenteDocument *theirs;       /* what the file holds now */
  GPtrArray       *incoming;     /* EntenteChange: what came in, from the base to theirs */
  guint            n_conflicts;  /* recorded in merged */
} EntenteDiskMerge;

EntenteDiskMerge *entente_disk_merge      (EntenteDocument   *ours,
                                           GBytes            *base,
                                           GError           **error);
void              entente_disk_merge_free (EntenteDiskMerge  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteDiskMerge, entente_disk_merge_free)

G_END_DECLS
