/* entente-file-update.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

/* Changes @document, just read from the file; returns FALSE with @error
 * set to leave the file as it is. */
typedef gboolean (*EntenteDocumentEdit) (EntenteDocument  *document,
                                         gpointer          user_data,
                                         GError          **error);

/* Returns the document to write in place of @document, just read from
 * the file, or NULL with @error set to leave the file as it is. */
typedef EntenteDocument *(*EntenteDocumentTransform) (EntenteDocument  *document,
                                                      gpointer          user_data,
                                                      GError          **error);

EntenteDocument *entente_file_transform (GFile                    *file,
                                         const char               *display_name,
                                         EntenteDocumentTransform  transform,
                                         gpointer                  user_data,
                                         GError                  **error);
EntenteDocument *entente_file_update (GFile                *file,
                                      const char           *display_name,
                                      EntenteDocumentEdit   edit,
                                      gpointer              user_data,
                                      GError              **error);

G_END_DECLS
