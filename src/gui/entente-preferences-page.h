/* entente-preferences-page.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ENTENTE_TYPE_PREFERENCES_PAGE (entente_preferences_page_get_type ())

G_DECLARE_FINAL_TYPE (EntentePreferencesPage, entente_preferences_page, ENTENTE, PREFERENCES_PAGE, AdwPreferencesPage)

GtkWidget *entente_preferences_page_new (void);

G_END_DECLS
