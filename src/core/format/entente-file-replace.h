/* entente-file-replace.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean entente_file_replace_contents (GFile         *file,
                                        const char    *contents,
                                        gsize          length,
                                        const char    *etag,
                                        char         **new_etag,
                                        GCancellable  *cancellable,
                                        GError       **error);
void     entente_file_set_changed_error (GError       **error,
                                         GFile         *file);

G_END_DECLS
