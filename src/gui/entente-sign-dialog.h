/* entente-sign-dialog.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_SIGN_DIALOG (entente_sign_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EntenteSignDialog, entente_sign_dialog, ENTENTE, SIGN_DIALOG, AdwMessageDialog)

GtkWidget    *entente_sign_dialog_new         (GtkWindow         *parent,
                                               EntenteParty      *party);
EntenteParty *entente_sign_dialog_get_party   (EntenteSignDialog *self);
char         *entente_sign_dialog_dup_signer  (EntenteSignDialog *self);
char         *entente_sign_dialog_dup_role    (EntenteSignDialog *self);
const char   *entente_sign_dialog_get_warning (EntenteSignDialog *self);

G_END_DECLS
