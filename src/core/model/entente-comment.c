/* entente-comment.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-comment.h"
#include "entente-reply.h"

/* A comment on a section or an item, with its replies. */

struct _EntenteComment
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteComment, entente_comment, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_COMMENT_FIELD_ID] = { "id", ENTENTE_VALUE_ID, NULL, "id", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY, N_("Id") },
  [ENTENTE_COMMENT_FIELD_ANCHOR] = { "anchor", ENTENTE_VALUE_STRING, NULL, "anchor", NULL, NULL, 0, N_("About") },
  [ENTENTE_COMMENT_FIELD_AUTHOR] = { "author", ENTENTE_VALUE_STRING, NULL, "author", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Author") },
  [ENTENTE_COMMENT_FIELD_ROLE] = { "role", ENTENTE_VALUE_STRING, NULL, "role", NULL, NULL, 0, N_("Role") },
  [ENTENTE_COMMENT_FIELD_TIME] = { "time", ENTENTE_VALUE_DATETIME, NULL, "time", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Written at") },
  [ENTENTE_COMMENT_FIELD_RESOLVED] = { "resolved", ENTENTE_VALUE_BOOLEAN, NULL, "resolved", NULL, NULL, 0, N_("Resolved") },
  [ENTENTE_COMMENT_FIELD_TEXT] = { "text", ENTENTE_VALUE_STRING, "text", NULL, NULL, NULL, ENTENTE_FIELD_TITLE, N_("Text") },
  [ENTENTE_COMMENT_FIELD_REPLIES] = { "replies", ENTENTE_VALUE_LIST, NULL, NULL, entente_reply_get_type, "reply", 0, N_("Replies") },
};

static void
entente_comment_class_init (EntenteCommentClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "comment",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_comment_init (EntenteComment *self)
{
}

EntenteComment *
entente_comment_new (void)
{
  return g_object_new (ENTENTE_TYPE_COMMENT, NULL);
}

const char *
entente_comment_get_id (EntenteComment *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_COMMENT_FIELD_ID);
}

const char *
entente_comment_get_anchor (EntenteComment *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_COMMENT_FIELD_ANCHOR);
}

const char *
entente_comment_get_author (EntenteComment *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_COMMENT_FIELD_AUTHOR);
}

const char *
entente_comment_get_role (EntenteComment *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_COMMENT_FIELD_ROLE);
}

GDateTime *
entente_comment_get_time (EntenteComment *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (self), NULL);

  return (GDateTime *) entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_COMMENT_FIELD_TIME);
}

gboolean
entente_comment_get_resolved (EntenteComment *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (self), FALSE);

  return entente_item_get_boolean (ENTENTE_ITEM (self), ENTENTE_COMMENT_FIELD_RESOLVED);
}

const char *
entente_comment_get_text (EntenteComment *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_COMMENT_FIELD_TEXT);
}

GListModel *
entente_comment_get_replies (EntenteComment *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (self), NULL);

  return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_COMMENT_FIELD_REPLIES);
}
