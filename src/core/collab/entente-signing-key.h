/* entente-signing-key.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lengths in bytes of an Ed25519 public key, private key and signature,
 * and of their base64 forms in a file. */
#define ENTENTE_PUBLIC_KEY_SIZE   32
#define ENTENTE_PRIVATE_KEY_SIZE  32
#define ENTENTE_SIGNATURE_SIZE    64

typedef struct _EntenteSigningKey EntenteSigningKey;

EntenteSigningKey *entente_signing_key_generate      (GError            **error);
EntenteSigningKey *entente_signing_key_new_from_text (const char         *text,
                                                      GError            **error);
char              *entente_signing_key_to_text       (EntenteSigningKey  *self);
const char        *entente_signing_key_get_public    (EntenteSigningKey  *self);
char              *entente_signing_key_sign          (EntenteSigningKey  *self,
                                                      GBytes             *message,
                                                      GError            **error);
void               entente_signing_key_free          (EntenteSigningKey  *self);

gboolean           entente_public_key_verify         (const char         *public_key,
                                                      GBytes             *message,
                                                      const char         *signature);
char              *entente_public_key_fingerprint    (const char         *public_key);
char              *entente_public_key_export         (const char         *public_key,
                                                      const char         *name);
gboolean           entente_public_key_check          (const char         *public_key,
                                                      char              **problem);
gboolean           entente_base64_is_bytes           (const char         *text,
                                                      gsize               size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteSigningKey, entente_signing_key_free)

G_END_DECLS
