/* entente-merge-toast.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ENTENTE_MERGE_FROM_DISK,   /* someone else saved the open file */
  ENTENTE_MERGE_FROM_COPY,   /* another copy, chosen or a sync tool's */
  ENTENTE_MERGE_FROM_DRAFT,  /* a draft restored onto its file as it is now */
} EntenteMergeSource;

char *entente_merge_toast_text (EntenteMergeSource  source,
                                GPtrArray          *incoming,
                                guint               n_conflicts);

G_END_DECLS
