/* entente-comment-card.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_COMMENT_CARD (entente_comment_card_get_type ())

G_DECLARE_FINAL_TYPE (EntenteCommentCard, entente_comment_card, ENTENTE, COMMENT_CARD, GtkWidget)

GtkWidget      *entente_comment_card_new         (EntenteComment     *comment);
EntenteComment *entente_comment_card_get_comment (EntenteCommentCard *self);

G_END_DECLS
