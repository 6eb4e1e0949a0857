/* entente-render-error.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ENTENTE_RENDER_ERROR (entente_render_error_quark ())

/* Messages of this domain are sentences for the user. */
typedef enum
{
  ENTENTE_RENDER_ERROR_FAILED,  /* cairo could not draw or encode the picture */
} EntenteRenderError;

GQuark entente_render_error_quark (void);

G_END_DECLS
