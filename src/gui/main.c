/* main.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-address-space.h"

#include <glib/gi18n.h>

#include "entente-application.h"
#include "entente-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EntenteApplication) app = NULL;

  entente_address_space_fit_limit ();
  entente_i18n_init ();

  g_set_application_name (_("Entente"));
  app = entente_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
