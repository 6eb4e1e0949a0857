/* entente-funnel-layout-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-funnel-layout.h"

G_BEGIN_DECLS

/* For the renderer, which draws the very PangoLayouts that were measured,
 * and for the tests, which ask them about missing glyphs.  The layout's
 * origin is at (x, y) in drawing coordinates. */
PangoLayout *entente_funnel_layout_get_pango_layout (EntenteFunnelLayout *self,
                                                     guint                index,
                                                     double              *x,
                                                     double              *y);

G_END_DECLS
