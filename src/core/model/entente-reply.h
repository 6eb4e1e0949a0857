/* entente-reply.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_REPLY (entente_reply_get_type ())

G_DECLARE_FINAL_TYPE (EntenteReply, entente_reply, ENTENTE, REPLY, EntenteItem)

typedef enum
{
  ENTENTE_REPLY_FIELD_ID,
  ENTENTE_REPLY_FIELD_AUTHOR,
  ENTENTE_REPLY_FIELD_ROLE,
  ENTENTE_REPLY_FIELD_TIME,
  ENTENTE_REPLY_FIELD_TEXT,
} EntenteReplyField;

EntenteReply *entente_reply_new        (void);
const char   *entente_reply_get_id     (EntenteReply *self);
const char   *entente_reply_get_author (EntenteReply *self);
const char   *entente_reply_get_role   (EntenteReply *self);
GDateTime    *entente_reply_get_time   (EntenteReply *self);
const char   *entente_reply_get_text   (EntenteReply *self);

G_END_DECLS
