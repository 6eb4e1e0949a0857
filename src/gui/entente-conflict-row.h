/* entente-conflict-row.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_CONFLICT_ROW (entente_conflict_row_get_type ())

G_DECLARE_FINAL_TYPE (EntenteConflictRow, entente_conflict_row, ENTENTE, CONFLICT_ROW, GtkListBoxRow)

GtkWidget *entente_conflict_row_new (EntenteDocument *document,
                                     EntenteConflict *conflict);

G_END_DECLS
