/* entente-sign-dialog.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-alert.h"

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_SIGN_DIALOG (entente_sign_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EntenteSignDialog, entente_sign_dialog, ENTENTE, SIGN_DIALOG, AdwBin)

GtkWidget    *entente_sign_dialog_new         (EntenteParty      *party);
void          entente_sign_dialog_present     (EntenteSignDialog *self,
                                               GtkWidget         *parent);
EntenteAlert *entente_sign_dialog_get_alert   (EntenteSignDialog *self);
EntenteParty *entente_sign_dialog_get_party   (EntenteSignDialog *self);
char         *entente_sign_dialog_dup_signer  (EntenteSignDialog *self);
char         *entente_sign_dialog_dup_role    (EntenteSignDialog *self);
const char   *entente_sign_dialog_get_warning (EntenteSignDialog *self);

G_END_DECLS
