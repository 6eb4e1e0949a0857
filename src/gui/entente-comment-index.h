/* entente-comment-index.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "entente-core.h"
#include "entente-guidance.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_COMMENT_INDEX (entente_comment_index_get_type ())

G_DECLARE_FINAL_TYPE (EntenteCommentIndex, entente_comment_index, ENTENTE, COMMENT_INDEX, GObject)

EntenteCommentIndex *entente_comment_index_get        (EntenteDocument     *document);
guint                entente_comment_index_count_all  (EntenteCommentIndex *self);
guint                entente_comment_index_count_step (EntenteCommentIndex *self,
                                                       EntenteSection          step);
guint                entente_comment_index_count_item (EntenteCommentIndex *self,
                                                       EntenteItem         *item);

G_END_DECLS
