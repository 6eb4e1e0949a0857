/* entente-key-store.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-signing-key.h"

G_BEGIN_DECLS

EntenteSigningKey *entente_key_store_load         (gboolean   create,
                                                   GError   **error);
EntenteSigningKey *entente_key_store_replace      (GError   **error);
char              *entente_key_store_take_notice  (void);
char              *entente_key_store_get_own_name (void);

G_END_DECLS
