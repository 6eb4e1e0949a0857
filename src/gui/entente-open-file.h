/* entente-open-file.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     entente_open_file_async  (GtkWindow           *parent,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean entente_open_file_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
