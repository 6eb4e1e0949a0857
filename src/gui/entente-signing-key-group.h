/* entente-signing-key-group.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ENTENTE_TYPE_SIGNING_KEY_GROUP (entente_signing_key_group_get_type ())

G_DECLARE_FINAL_TYPE (EntenteSigningKeyGroup, entente_signing_key_group, ENTENTE, SIGNING_KEY_GROUP, AdwPreferencesGroup)

GtkWidget  *entente_signing_key_group_new             (void);
const char *entente_signing_key_group_get_fingerprint (EntenteSigningKeyGroup *self);
gboolean    entente_signing_key_group_is_loading      (EntenteSigningKeyGroup *self);
char       *entente_signing_key_take_notice           (void);

G_END_DECLS
