/* entente-reply.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-reply.h"

/* A reply to a comment. */

struct _EntenteReply
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteReply, entente_reply, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_REPLY_FIELD_ID] = { "id", ENTENTE_VALUE_ID, NULL, "id", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY, N_("Id") },
  [ENTENTE_REPLY_FIELD_AUTHOR] = { "author", ENTENTE_VALUE_STRING, NULL, "author", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Author") },
  [ENTENTE_REPLY_FIELD_ROLE] = { "role", ENTENTE_VALUE_STRING, NULL, "role", NULL, NULL, 0, N_("Role") },
  [ENTENTE_REPLY_FIELD_TIME] = { "time", ENTENTE_VALUE_DATETIME, NULL, "time", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Written at") },
  [ENTENTE_REPLY_FIELD_TEXT] = { "text", ENTENTE_VALUE_STRING, NULL, NULL, NULL, NULL, ENTENTE_FIELD_TITLE | ENTENTE_FIELD_PARAGRAPH, N_("Text") },
};

static void
entente_reply_class_init (EntenteReplyClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "reply",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_reply_init (EntenteReply *self)
{
}

EntenteReply *
entente_reply_new (void)
{
  return g_object_new (ENTENTE_TYPE_REPLY, NULL);
}

const char *
entente_reply_get_id (EntenteReply *self)
{
  g_return_val_if_fail (ENTENTE_IS_REPLY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_REPLY_FIELD_ID);
}

const char *
entente_reply_get_author (EntenteReply *self)
{
  g_return_val_if_fail (ENTENTE_IS_REPLY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_REPLY_FIELD_AUTHOR);
}

const char *
entente_reply_get_role (EntenteReply *self)
{
  g_return_val_if_fail (ENTENTE_IS_REPLY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_REPLY_FIELD_ROLE);
}

GDateTime *
entente_reply_get_time (EntenteReply *self)
{
  g_return_val_if_fail (ENTENTE_IS_REPLY (self), NULL);

  return (GDateTime *) entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_REPLY_FIELD_TIME);
}

const char *
entente_reply_get_text (EntenteReply *self)
{
  g_return_val_if_fail (ENTENTE_IS_REPLY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_REPLY_FIELD_TEXT);
}
