/* entente-merge.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

EntenteDocument *entente_merge (EntenteDocument  *base,
                                EntenteDocument  *ours,
                                EntenteDocument  *theirs,
                                guint            *n_conflicts,
                                GError          **error);
EntenteDocument *entente_merge_two_way (EntenteDocument  *ours,
                                        EntenteDocument  *theirs,
                                        guint            *n_conflicts,
                                        GError          **error);

G_END_DECLS
