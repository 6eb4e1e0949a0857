/* entente-sign-off-row.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_SIGN_OFF_ROW (entente_sign_off_row_get_type ())

G_DECLARE_FINAL_TYPE (EntenteSignOffRow, entente_sign_off_row, ENTENTE, SIGN_OFF_ROW, AdwActionRow)

GtkWidget           *entente_sign_off_row_new       (EntenteDocument   *document,
                                                     EntenteParty      *party);
EntenteParty        *entente_sign_off_row_get_party (EntenteSignOffRow *self);
EntenteSignOffState  entente_sign_off_row_get_state (EntenteSignOffRow *self);
void                 entente_sign_off_row_update    (EntenteSignOffRow *self);

G_END_DECLS
