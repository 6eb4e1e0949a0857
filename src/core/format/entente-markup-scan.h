/* entente-markup-scan.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean entente_markup_find_crowded_tag (const char *data,
                                          gsize       length,
                                          guint       max_attributes,
                                          gsize      *offset,
                                          guint      *n_attributes);
void     entente_markup_count             (const char *data,
                                          gsize       length,
                                          guint      *n_elements,
                                          guint      *n_attributes);

G_END_DECLS
