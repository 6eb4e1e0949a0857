/* entente-funnel-renderer.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "entente-funnel-layout.h"
#include "entente-render-palette.h"

G_BEGIN_DECLS

void entente_funnel_render                (EntenteFunnelLayout      *layout,
                                           cairo_t                  *cr,
                                           EntenteRenderStyle        style);
void entente_funnel_band_get_color        (const EntenteFunnelBand  *band,
                                           EntenteRenderStyle        style,
                                           EntenteRenderColor       *color);

G_END_DECLS
