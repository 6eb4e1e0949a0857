/* entente-sign-off-group.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_SIGN_OFF_GROUP (entente_sign_off_group_get_type ())

G_DECLARE_FINAL_TYPE (EntenteSignOffGroup, entente_sign_off_group, ENTENTE, SIGN_OFF_GROUP, AdwPreferencesGroup)

GtkWidget *entente_sign_off_group_new (EntenteDocument *document);

G_END_DECLS
