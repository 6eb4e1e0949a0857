/* entente-welcome-window.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ENTENTE_TYPE_WELCOME_WINDOW (entente_welcome_window_get_type ())

G_DECLARE_FINAL_TYPE (EntenteWelcomeWindow, entente_welcome_window, ENTENTE, WELCOME_WINDOW, AdwApplicationWindow)

GtkWindow *entente_welcome_window_new           (GtkApplication       *application);
guint      entente_welcome_window_get_n_recent  (EntenteWelcomeWindow *self);

G_END_DECLS
