/* entente-item-row.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_ITEM_ROW (entente_item_row_get_type ())

G_DECLARE_FINAL_TYPE (EntenteItemRow, entente_item_row, ENTENTE, ITEM_ROW, AdwExpanderRow)

GtkWidget   *entente_item_row_new      (EntenteDocument *document,
                                        EntenteItem     *owner,
                                        guint            field,
                                        EntenteItem     *item);
EntenteItem *entente_item_row_get_item (EntenteItemRow  *self);

G_END_DECLS
