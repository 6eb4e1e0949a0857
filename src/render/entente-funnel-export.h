/* entente-funnel-export.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-funnel-layout.h"
#include "entente-render-error.h"
#include "entente-render-palette.h"

G_BEGIN_DECLS

typedef enum
{
  ENTENTE_FUNNEL_FORMAT_PNG,
  ENTENTE_FUNNEL_FORMAT_SVG,
  ENTENTE_FUNNEL_FORMAT_PDF,
} EntenteFunnelFormat;

typedef void (*EntenteRenderDrawFunc) (cairo_t  *cr,
                                       gpointer  data);

GBytes   *entente_render_encode               (EntenteFunnelFormat    format,
                                               double                 width,
                                               double                 height,
                                               const char            *title,
                                               EntenteRenderWork      work,
                                               EntenteRenderDrawFunc  draw,
                                               gpointer               data,
                                               GError               **error);
gboolean  entente_funnel_format_from_filename (const char           *filename,
                                               EntenteFunnelFormat  *format);
GBytes   *entente_funnel_export               (EntenteFunnelLayout  *layout,
                                               EntenteFunnelFormat   format,
                                               EntenteRenderStyle    style,
                                               const char           *title,
                                               GError              **error);
GBytes   *entente_funnel_export_document      (EntenteDocument      *document,
                                               EntenteFunnelFormat   format,
                                               EntenteRenderStyle    style,
                                               int                   width,
                                               int                   height,
                                               GError              **error);

G_END_DECLS
