/* entente-loader-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

EntenteDocument *entente_loader_load (GBytes     *bytes,
                                      const char *name,
                                      GError    **error);
GPtrArray       *entente_loader_load_items (GType       type,
                                            const char *text,
                                            const char *name,
                                            gboolean    keep_unknown,
                                            GError    **error);

G_END_DECLS
