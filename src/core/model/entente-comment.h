/* entente-comment.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_COMMENT (entente_comment_get_type ())

G_DECLARE_FINAL_TYPE (EntenteComment, entente_comment, ENTENTE, COMMENT, EntenteItem)

typedef enum
{
  ENTENTE_COMMENT_FIELD_ID,
  ENTENTE_COMMENT_FIELD_ANCHOR,
  ENTENTE_COMMENT_FIELD_AUTHOR,
  ENTENTE_COMMENT_FIELD_ROLE,
  ENTENTE_COMMENT_FIELD_TIME,
  ENTENTE_COMMENT_FIELD_RESOLVED,
  ENTENTE_COMMENT_FIELD_TEXT,
  ENTENTE_COMMENT_FIELD_REPLIES,
} EntenteCommentField;

EntenteComment *entente_comment_new          (void);
const char     *entente_comment_get_id       (EntenteComment *self);
const char     *entente_comment_get_anchor   (EntenteComment *self);
const char     *entente_comment_get_author   (EntenteComment *self);
const char     *entente_comment_get_role     (EntenteComment *self);
GDateTime      *entente_comment_get_time     (EntenteComment *self);
gboolean        entente_comment_get_resolved (EntenteComment *self);
const char     *entente_comment_get_text     (EntenteComment *self);
GListModel     *entente_comment_get_replies  (EntenteComment *self);

G_END_DECLS
