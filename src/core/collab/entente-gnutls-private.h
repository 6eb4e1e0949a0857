/* entente-gnutls-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <gnutls/abstract.h>
#include <gnutls/gnutls.h>

G_BEGIN_DECLS

/* The few GnuTLS functions signing uses, from the library loaded the
 * first time one is needed. */
typedef struct
{
  __typeof__ (gnutls_privkey_init)            *privkey_init;
  __typeof__ (gnutls_privkey_deinit)          *privkey_deinit;
  __typeof__ (gnutls_privkey_generate2)       *privkey_generate2;
  __typeof__ (gnutls_privkey_export_ecc_raw2) *privkey_export_ecc_raw2;
  __typeof__ (gnutls_privkey_import_ecc_raw)  *privkey_import_ecc_raw;
  __typeof__ (gnutls_privkey_sign_data2)      *privkey_sign_data2;
  __typeof__ (gnutls_pubkey_init)             *pubkey_init;
  __typeof__ (gnutls_pubkey_deinit)           *pubkey_deinit;
  __typeof__ (gnutls_pubkey_import_ecc_raw)   *pubkey_import_ecc_raw;
  __typeof__ (gnutls_pubkey_verify_data2)     *pubkey_verify_data2;
  __typeof__ (gnutls_strerror)                *strerror;
  __typeof__ (gnutls_memset)                  *memset;
  gnutls_free_function                        *free;
} EntenteGnutls;

const EntenteGnutls *entente_gnutls_get (GError **error);

G_END_DECLS
