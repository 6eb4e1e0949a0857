/* entente-preferences-window.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWindow *entente_preferences_window_new (GtkWindow *parent);

G_END_DECLS
