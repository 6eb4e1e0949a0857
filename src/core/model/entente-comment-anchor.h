/* entente-comment-anchor.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-section.h"

G_BEGIN_DECLS

GPtrArray      *entente_comment_anchor_split      (const char       *anchor);
char           *entente_comment_anchor_for_item   (EntenteItem      *item);
gboolean        entente_comment_anchor_locate     (EntenteDocument  *document,
                                                   const char       *anchor,
                                                   EntenteSection   *section,
                                                   EntenteItem     **item,
                                                   char            **missing);
EntenteItem    *entente_comment_anchor_resolve    (EntenteDocument  *document,
                                                   const char       *anchor,
                                                   gboolean         *dangling);
EntenteSection  entente_comment_anchor_get_step   (const char       *anchor);
GPtrArray      *entente_comment_anchor_step_items (EntenteDocument  *document,
                                                   EntenteSection    step);
char           *entente_comment_new_id            (const char       *prefix);
GDateTime      *entente_comment_now               (void);

G_END_DECLS
