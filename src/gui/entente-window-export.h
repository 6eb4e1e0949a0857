/* entente-window-export.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-paper.h"
#include "entente-window.h"

G_BEGIN_DECLS

EntentePaper entente_window_get_paper (void);
void     entente_window_print          (EntenteWindow  *self);
void     entente_window_export         (EntenteWindow  *self,
                                        const char     *format);
gboolean entente_window_export_to_file (EntenteWindow  *self,
                                        GFile          *file,
                                        const char     *format,
                                        GError        **error);
gboolean entente_window_print_to_file  (EntenteWindow  *self,
                                        const char     *path,
                                        GError        **error);

G_END_DECLS
