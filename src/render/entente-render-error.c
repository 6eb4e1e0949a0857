/* entente-render-error.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-render-error.h"

G_DEFINE_QUARK (entente-render-error-quark, entente_render_error)
