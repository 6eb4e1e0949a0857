/* entente-edit.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-edit.h"

G_DEFINE_BOXED_TYPE (EntenteEdit, entente_edit, entente_edit_copy, entente_edit_free)

EntenteEdit *
entente_edit_new (EntenteEditKind  kind,
                  EntenteItem     *item,
                  guint            field)
{
  EntenteEdit *self = g_new0 (EntenteEdit, 1);

  self->kind = kind;
  self->item = g_object_ref (item);
  self->field = field;

  return self;
}

EntenteEdit *
entente_edit_copy (const EntenteEdit *self)
{
  EntenteEdit *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = entente_edit_new (self->kind, self->item, self->field);
  if (G_IS_VALUE (&self->old_value))
    {
      g_value_init (&copy->old_value, G_VALUE_TYPE (&self->old_value));
      g_value_copy (&self->old_value, &copy->old_value);
    }
  if (G_IS_VALUE (&self->new_value))
    {
      g_value_init (&copy->new_value, G_VALUE_TYPE (&self->new_value));
      g_value_copy (&self->new_value, &copy->new_value);
    }
  copy->child = self->child ? g_object_ref (self->child) : NULL;
  copy->position = self->position;
  copy->to_position = self->to_position;

  return copy;
}

void
entente_edit_free (EntenteEdit *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->item);
  g_clear_object (&self->child);
  if (G_IS_VALUE (&self->old_value))
    g_value_unset (&self->old_value);
  if (G_IS_VALUE (&self->new_value))
    g_value_unset (&self->new_value);
  g_free (self);
}

/**
 * entente_edit_apply:
 * @reverse: %TRUE to undo the edit, %FALSE to do it again
 *
 * Goes through the model's API, so views, autosave and the document's
 * modified flag follow as for any other edit.
 */
void
entente_edit_apply (const EntenteEdit *self,
                    gboolean           reverse)
{
  gboolean insert;

  g_return_if_fail (self != NULL);

  switch (self->kind)
    {
    case ENTENTE_EDIT_VALUE:
      entente_item_set_value (self->item, self->field, reverse ? &self->old_value : &self->new_value);
      break;

    case ENTENTE_EDIT_INSERT:
    case ENTENTE_EDIT_REMOVE:
      insert = (self->kind == ENTENTE_EDIT_INSERT) != reverse;
      if (insert)
        entente_item_insert (self->item, self->field, self->position, self->child);
      else
        entente_item_remove (self->item, self->field, self->position);
      break;

    case ENTENTE_EDIT_MOVE:
      if (reverse)
        entente_item_move (self->item, self->field, self->to_position, self->position);
      else
        entente_item_move (self->item, self->field, self->position, self->to_position);
      break;

    default:
      g_assert_not_reached ();
    }
}
