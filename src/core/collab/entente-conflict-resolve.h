/* entente-conflict-resolve.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-conflict.h"
#include "entente-document.h"
#include "entente-enums.h"

G_BEGIN_DECLS

gboolean entente_document_resolve_conflict (EntenteDocument        *doc,
                                            EntenteConflict        *conflict,
                                            EntenteConflictChoice   choice,
                                            GError                **error);
gboolean entente_conflict_can_take         (EntenteConflict        *conflict,
                                            EntenteConflictChoice   choice);
EntenteConflictChoice entente_conflict_get_kept (EntenteConflict   *conflict);

G_END_DECLS
