/* entente-version-store.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

/* What the store keeps at most, oldest forgotten first. */
#define ENTENTE_VERSION_STORE_MAX_BYTES ((goffset) 512 * 1024 * 1024)
#define ENTENTE_VERSION_STORE_MAX_DAYS  180

char            *entente_version_store_get_path (void);
gboolean         entente_version_store_put      (const char  *digest,
                                                 GBytes      *bytes,
                                                 GError     **error);
void             entente_version_store_keep     (EntenteDocument *doc,
                                                 GBytes          *bytes);
void             entente_version_store_keep_opened (EntenteDocument *doc);
EntenteDocument *entente_version_store_load     (const char  *digest,
                                                 GError     **error);
const char      *entente_version_store_get_problem (void);

G_END_DECLS
