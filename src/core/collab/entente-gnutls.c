/* entente-gnutls.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <gmodule.h>

#include "entente-error.h"
#include "entente-gnutls-private.h"

/* GnuTLS, loaded when a signature is first made or checked.  Linked in,
 * it initializes itself in every process before main() (its random
 * generator, PKCS #11 modules), which cost each `entente-cli export` and
 * the window's first frame some 6 ms although neither signs anything.
 * Loaded here, only what signs or verifies pays for it. */

#define LIBRARY "libgnutls.so.30"

static EntenteGnutls table;
static char *load_error;

static gpointer
load (gpointer data)
{
  GModule *module = g_module_open (LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  struct { const char *name; gpointer *slot; } symbols[] = {
    { "gnutls_privkey_init", (gpointer *) &table.privkey_init },
    { "gnutls_privkey_deinit", (gpointer *) &table.privkey_deinit },
    { "gnutls_privkey_generate2", (gpointer *) &table.privkey_generate2 },
    { "gnutls_privkey_export_ecc_raw2", (gpointer *) &table.privkey_export_ecc_raw2 },
    { "gnutls_privkey_import_ecc_raw", (gpointer *) &table.privkey_import_ecc_raw },
    { "gnutls_privkey_sign_data2", (gpointer *) &table.privkey_sign_data2 },
    { "gnutls_pubkey_init", (gpointer *) &table.pubkey_init },
    { "gnutls_pubkey_deinit", (gpointer *) &table.pubkey_deinit },
    { "gnutls_pubkey_import_ecc_raw", (gpointer *) &table.pubkey_import_ecc_raw },
    { "gnutls_pubkey_verify_data2", (gpointer *) &table.pubkey_verify_data2 },
    { "gnutls_strerror", (gpointer *) &table.strerror },
    { "gnutls_memset", (gpointer *) &table.memset },
  };
  gpointer free_variable = NULL;

  if (module == NULL)
    {
      load_error = g_strdup (g_module_error ());
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (!g_module_symbol (module, symbols[i].name, symbols[i].slot) || *symbols[i].slot == NULL)
      {
        load_error = g_strdup (g_module_error ());
        return NULL;
      }
  /* gnutls_free is a variable holding the function. */
  if (!g_module_symbol (module, "gnutls_free", &free_variable) || free_variable == NULL)
    {
      load_error = g_strdup (g_module_error ());
      return NULL;
    }
  table.free = free_variable;
  /* Kept for the life of the process. */
  g_module_make_resident (module);

  return &table;
}

/**
 * entente_gnutls_get:
 *
 * Returns: (nullable): GnuTLS's functions, or %NULL with @error set when
 *   the library cannot be loaded
 */
const EntenteGnutls *
entente_gnutls_get (GError **error)
{
  static GOnce once = G_ONCE_INIT;
  const EntenteGnutls *result = g_once (&once, load, NULL);

  if (result == NULL)
    g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                 _("Signatures cannot be made or checked: GnuTLS cannot be loaded (%s)."), load_error);

  return result;
}
