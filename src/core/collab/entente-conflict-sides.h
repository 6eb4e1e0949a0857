/* entente-conflict-sides.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-conflict.h"
#include "entente-document.h"
#include "entente-enums.h"

G_BEGIN_DECLS

const char *entente_conflict_get_side_label (EntenteConflict       *conflict,
                                             EntenteConflictChoice  side);
gboolean    entente_conflict_sides_named    (EntenteConflict       *conflict);
void        entente_document_name_conflicts (EntenteDocument       *doc,
                                             guint                  first,
                                             const char            *ours_name,
                                             const char            *theirs_name);

G_END_DECLS
