/* entente-conflict-path.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-conflict-path-private.h"
#include "entente-document.h"

/* Reading the path of a conflict (see the top of entente-merge.c), once
 * for those who resolve a conflict and those who describe it: each step
 * names a field of the class the walk has reached, lists are entered by
 * the key of an item or, for lists without keys, its position from 1, as
 * in XPath.  What the path names in the field tables is checked whole;
 * the document, when given, is followed only as far as it still has
 * what the path names, since a conflict may outlive an item. */

/* Item types are static, so their classes outlive this reference. */
EntenteItemClass *
entente_conflict_item_class (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return ENTENTE_ITEM_CLASS (klass);
}

static int
find_key_field (EntenteItemClass *klass)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & ENTENTE_FIELD_KEY)
      return (int) i;

  return -1;
}

/* The position in @list of the item that @selector names: its key when
 * @key_field is one, else its position counted from 1; -1 when there is
 * none. */
int
entente_conflict_list_find (GListModel *list,
                            int         key_field,
                            const char *selector)
{
  guint n = g_list_model_get_n_items (list);
  guint64 position = 0;

  if (key_field < 0)
    return g_ascii_string_to_unsigned (selector, 10, 1, G_MAXINT, &position, NULL) && position <= n
           ? (int) position - 1 : -1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (entente_item_get_string (item, (guint) key_field), selector) == 0)
        return (int) i;
    }

  return -1;
}

/* The item of the document that @step's selector names, or NULL. */
EntenteItem *
entente_conflict_step_find_item (EntenteConflictStep *step)
{
  GListModel *list;
  g_autoptr(EntenteItem) item = NULL;
  int found;

  if (step->owner == NULL || step->selector == NULL ||
      step->klass->fields[step->field].kind != ENTENTE_VALUE_LIST)
    return NULL;

  list = entente_item_get_list (step->owner, step->field);
  found = entente_conflict_list_find (list, step->key_field, step->selector);
  if (found < 0)
    return NULL;

  item = g_list_model_get_item (list, (guint) found);
  return item;  /* the list keeps it */
}

/* What the last step of a path leads to. */
EntenteConflictPlace
entente_conflict_step_place (EntenteConflictStep *last)
{
  EntenteValueKind kind = last->klass->fields[last->field].kind;

  if (kind == ENTENTE_VALUE_LIST && last->selector == NULL && last->key_field < 0)
    return ENTENTE_CONFLICT_PLACE_RUN;
  if (kind == ENTENTE_VALUE_LIST && last->selector != NULL && last->key_field >= 0)
    return ENTENTE_CONFLICT_PLACE_ITEM;
  if (kind != ENTENTE_VALUE_LIST && kind != ENTENTE_VALUE_OBJECT && last->selector == NULL)
    return ENTENTE_CONFLICT_PLACE_VALUE;

  return ENTENTE_CONFLICT_PLACE_UNKNOWN;
}

/* Splits "name" or "name[selector]". */
static gboolean
split_step (const char  *step,
            char       **name,
            char       **selector)
{
  const char *open = strchr (step, '[');
  gsize length = strlen (step);
  gsize name_length;

  if (open == NULL)
    {
      *name = g_strdup (step);
      *selector = NULL;
      return length > 0;
    }

  name_length = (gsize) (open - step);
  if (name_length == 0 || length < name_length + 3 || step[length - 1] != ']' ||
      memchr (open + 1, '[', length - name_length - 1) != NULL ||
      memchr (open + 1, ']', length - name_length - 2) != NULL)
    return FALSE;

  *name = g_strndup (step, name_length);
  *selector = g_strndup (open + 1, length - name_length - 2);
  return TRUE;
}

static void
step_clear (gpointer data)
{
  EntenteConflictStep *step = data;

  g_clear_pointer (&step->selector, g_free);
}

/**
 * entente_conflict_path_walk:
 * @path: a conflict's path
 * @root: (nullable): the document to follow it in
 *
 * Returns: (transfer full) (nullable): the steps of @path, each an
 *   #EntenteConflictStep, or %NULL when @path names what the field tables
 *   do not have, or enters something other than a list or an object on
 *   the way
 */
GArray *
entente_conflict_path_walk (const char  *path,
                            EntenteItem *root)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (EntenteConflictStep));
  g_auto(GStrv) names = NULL;
  EntenteItemClass *klass = entente_conflict_item_class (ENTENTE_TYPE_DOCUMENT);
  EntenteItem *owner = root;
  gsize end = 0;

  g_array_set_clear_func (steps, step_clear);
  if (path == NULL || path[0] == '\0')
    return NULL;

  names = g_strsplit (path, "/", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      EntenteConflictStep step = { 0 };
      g_autofree char *name = NULL;
      const EntenteField *field;
      int index;

      end += strlen (names[i]) + (i > 0 ? 1 : 0);
      if (klass == NULL || !split_step (names[i], &name, &step.selector))
        {
          step_clear (&step);
          return NULL;
        }
      index = entente_item_class_find_field (klass, name);
      if (index < 0)
        {
          step_clear (&step);
          return NULL;
        }

      field = &klass->fields[index];
      step.klass = klass;
      step.field = (guint) index;
      step.item_klass = field->kind == ENTENTE_VALUE_LIST || field->kind == ENTENTE_VALUE_OBJECT
        ? entente_conflict_item_class (field->get_type ()) : NULL;
      step.key_field = field->kind == ENTENTE_VALUE_LIST ? find_key_field (step.item_klass) : -1;
      step.owner = owner;
      step.end = end;
      g_array_append_val (steps, step);

      if (names[i + 1] == NULL)
        break;

      /* Only an object, or one item of a list, can be entered. */
      if (field->kind == ENTENTE_VALUE_OBJECT && step.selector == NULL)
        owner = owner != NULL ? entente_item_get_child (owner, (guint) index) : NULL;
      else if (field->kind == ENTENTE_VALUE_LIST && step.selector != NULL)
        {
          guint64 position;

          if (step.key_field < 0 &&
              !g_ascii_string_to_unsigned (step.selector, 10, 1, G_MAXINT, &position, NULL))
            return NULL;
          owner = entente_conflict_step_find_item (&g_array_index (steps, EntenteConflictStep, i));
        }
      else
        return NULL;

      klass = step.item_klass;
    }

  return g_steal_pointer (&steps);
}
