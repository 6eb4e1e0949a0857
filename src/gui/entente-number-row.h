/* entente-number-row.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_NUMBER_ROW (entente_number_row_get_type ())

G_DECLARE_FINAL_TYPE (EntenteNumberRow, entente_number_row, ENTENTE, NUMBER_ROW, AdwActionRow)

GtkWidget   *entente_number_row_new       (EntenteItem      *item,
                                           guint             field,
                                           EntenteDocument  *money_of);
EntenteItem *entente_number_row_get_item  (EntenteNumberRow *self);
guint        entente_number_row_get_field (EntenteNumberRow *self);
const char  *entente_number_row_get_error (EntenteNumberRow *self);
void         entente_number_row_commit    (EntenteNumberRow *self);

G_END_DECLS
