/* entente-file-read.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "entente-document-limits.h"

G_BEGIN_DECLS


GBytes *entente_file_read (GFile         *file,
                           gsize          max_size,
                           GCancellable  *cancellable,
                           char         **etag,
                           GError       **error);

G_END_DECLS
