/* entente-render-error.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define ENTENTE_RENDER_ERROR (entente_render_error_quark ())

/* Messages of this domain are sentences for the user. */
typedef enum
{
  ENTENTE_RENDER_ERROR_FAILED,  /* cairo could not draw or encode the picture */
} EntenteRenderError;

typedef enum
{
  ENTENTE_RENDER_WORK_AGREEMENT,
  ENTENTE_RENDER_WORK_REVIEW,
  ENTENTE_RENDER_WORK_FUNNEL,
} EntenteRenderWork;

GQuark   entente_render_error_quark  (void);
gboolean entente_render_check_status (cairo_status_t      status,
                                      EntenteRenderWork   work,
                                      GError            **error);

G_END_DECLS
