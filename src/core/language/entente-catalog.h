/* entente-catalog.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _EntenteCatalog EntenteCatalog;

EntenteCatalog *entente_catalog_new_from_file (const char      *path,
                                               GError         **error);
EntenteCatalog *entente_catalog_new_from_data (GBytes          *data,
                                               GError         **error);
void            entente_catalog_free          (EntenteCatalog  *self);
const char     *entente_catalog_lookup        (EntenteCatalog  *self,
                                               const char      *msgid);
const char     *entente_catalog_lookup_plural (EntenteCatalog  *self,
                                               const char      *msgid,
                                               const char      *msgid_plural,
                                               gulong           n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteCatalog, entente_catalog_free)

G_END_DECLS
