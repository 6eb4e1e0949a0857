/* entente-known-keys.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ENTENTE_KEY_UNKNOWN,   /* no key is known for this person */
  ENTENTE_KEY_KNOWN,     /* this is a key known for this person */
  ENTENTE_KEY_OTHER,     /* this person is known by another key */
} EntenteKeyTrust;

EntenteKeyTrust entente_known_keys_check (const char  *signer,
                                          const char  *public_key);
gboolean        entente_known_keys_add_own (const char  *public_key,
                                            GError     **error);
gboolean        entente_known_keys_add   (const char  *signer,
                                          const char  *public_key,
                                          GError     **error);
gboolean        entente_known_keys_name_equal (const char *a,
                                               const char *b);

G_END_DECLS
