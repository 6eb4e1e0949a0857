/* entente-i18n.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "entente-i18n.h"

/**
 * entente_i18n_init:
 *
 * Takes the user's locale and Entente's translations, for every program
 * of the project.  `ENTENTE_LOCALEDIR` points at the build tree's
 * catalogues (`_build/po`), so `make run` and the screenshots show a
 * translation before it is installed.
 */
void
entente_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, entente_i18n_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * entente_i18n_get_localedir:
 *
 * Returns: the folder that holds the catalogues, LOCALEDIR unless
 *   `ENTENTE_LOCALEDIR` says otherwise
 */
const char *
entente_i18n_get_localedir (void)
{
  const char *localedir = g_getenv ("ENTENTE_LOCALEDIR");

  return localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR;
}
