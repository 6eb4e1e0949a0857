/* entente-preferences-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-preferences-window.h"
#include "entente-pages-dialog.h"
#include "entente-preferences-page.h"

/* Preferences, in the dialog of the libadwaita at hand. */

GtkWidget *
entente_preferences_window_new (void)
{
  GtkWidget *window = entente_pages_dialog_new ();

  /* libadwaita's own title comes from its catalogue, which has no Khmer;
   * the size is the one it chooses. */
  entente_pages_dialog_setup (window, _("Preferences"), 0, 0);
  entente_pages_dialog_add (window, ADW_PREFERENCES_PAGE (entente_preferences_page_new ()));

  return window;
}
