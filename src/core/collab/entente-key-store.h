/* entente-key-store.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "entente-signing-key.h"

G_BEGIN_DECLS

typedef enum
{
  ENTENTE_KEY_LOAD,     /* the user's key, if they have one */
  ENTENTE_KEY_CREATE,   /* the user's key, made when they have none */
  ENTENTE_KEY_REPLACE,  /* a new key in place of theirs */
} EntenteKeyJob;

EntenteSigningKey *entente_key_store_load         (gboolean   create,
                                                   GError   **error);
EntenteSigningKey *entente_key_store_replace      (GError   **error);
void               entente_key_store_run          (EntenteKeyJob         job,
                                                   gpointer              source,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              data);
EntenteSigningKey *entente_key_store_run_finish   (GAsyncResult         *result,
                                                   GError              **error);
char              *entente_key_store_take_notice  (void);
char              *entente_key_store_get_own_name (void);

G_END_DECLS
