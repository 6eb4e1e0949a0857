/* entente-comment-byline.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ENTENTE_TYPE_COMMENT_BYLINE (entente_comment_byline_get_type ())

G_DECLARE_FINAL_TYPE (EntenteCommentByline, entente_comment_byline, ENTENTE, COMMENT_BYLINE, GtkWidget)

GtkWidget *entente_comment_byline_new         (const char           *author,
                                               const char           *role,
                                               GDateTime            *time);
void       entente_comment_byline_update_time (EntenteCommentByline *self);

G_END_DECLS
