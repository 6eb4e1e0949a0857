/* entente-source-location.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

void entente_source_locate_node   (const char *data,
                                   gsize       length,
                                   xmlNode    *node,
                                   const char *attribute,
                                   guint      *line,
                                   guint      *column);
void entente_source_locate_offset (const char *data,
                                   gsize       length,
                                   gsize       offset,
                                   guint      *line,
                                   guint      *column);

G_END_DECLS
