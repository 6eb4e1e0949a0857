/* entente-file-read.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest agreement Entente reads, in bytes: some ten thousand items
 * with their comments, far beyond any agreement people write, and small
 * enough that every one loads, exports and diffs in about a second. */
#define ENTENTE_DOCUMENT_MAX_SIZE (32 * 1000 * 1000)

GBytes *entente_file_read (GFile         *file,
                           gsize          max_size,
                           GCancellable  *cancellable,
                           char         **etag,
                           GError       **error);

G_END_DECLS
