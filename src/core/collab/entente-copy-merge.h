/* entente-copy-merge.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

/**
 * EntenteCopyMergeInfo:
 * @base_digest: the common version the merge used, %NULL for a two-way merge
 * @base_time: when that version was saved, if known
 * @two_way: no common version was found: every difference became a conflict
 * @unrelated: the copies have nothing in common: probably another agreement
 * @n_conflicts: how many conflicts the merge recorded
 * @missing: a sentence saying why a common version the copies name could
 *   not be used, or %NULL
 */
typedef struct
{
  char      *base_digest;
  GDateTime *base_time;
  gboolean   two_way;
  gboolean   unrelated;
  guint      n_conflicts;
  char      *missing;
} EntenteCopyMergeInfo;

void             entente_copy_merge_info_clear (EntenteCopyMergeInfo  *info);
EntenteDocument *entente_copy_find_base        (EntenteDocument       *ours,
                                                EntenteDocument       *theirs,
                                                EntenteCopyMergeInfo  *info);
EntenteDocument *entente_merge_copy            (EntenteDocument       *ours,
                                                EntenteDocument       *theirs,
                                                EntenteCopyMergeInfo  *info,
                                                GError               **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EntenteCopyMergeInfo, entente_copy_merge_info_clear)

G_END_DECLS
