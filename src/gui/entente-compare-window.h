/* entente-compare-window.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

GtkWidget *entente_compare_window_new (EntenteDocument *base,
                                       GDateTime       *base_time,
                                       EntenteDocument *other,
                                       EntenteDocument *current,
                                       const char      *other_name);

G_END_DECLS
