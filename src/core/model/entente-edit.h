/* entente-edit.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_EDIT (entente_edit_get_type ())

typedef enum
{
  ENTENTE_EDIT_VALUE,    /* @field of @item went from @old_value to @new_value */
  ENTENTE_EDIT_INSERT,   /* @child was inserted at @position of list @field */
  ENTENTE_EDIT_REMOVE,   /* @child was removed from @position of list @field */
  ENTENTE_EDIT_MOVE,     /* the item at @position of list @field moved to @to_position */
} EntenteEditKind;

/**
 * EntenteEdit:
 *
 * One change made through the model's API, as the document's
 * #EntenteItem::edited signal reports it: enough to undo and redo it.
 */
typedef struct
{
  EntenteEditKind  kind;
  EntenteItem     *item;
  guint            field;
  GValue           old_value;
  GValue           new_value;
  EntenteItem     *child;
  guint            position;
  guint            to_position;
} EntenteEdit;

GType        entente_edit_get_type  (void) G_GNUC_CONST;
EntenteEdit *entente_edit_new       (EntenteEditKind    kind,
                                     EntenteItem       *item,
                                     guint              field);
EntenteEdit *entente_edit_copy      (const EntenteEdit *self);
void         entente_edit_free      (EntenteEdit       *self);
void         entente_edit_apply     (const EntenteEdit *self,
                                     gboolean           reverse);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteEdit, entente_edit_free)

G_END_DECLS
