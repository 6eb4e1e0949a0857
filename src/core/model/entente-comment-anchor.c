/* entente-comment-anchor.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-comment-anchor.h"
#include "entente-conversion.h"
#include "entente-review.h"

/**
 * entente_comment_anchor_split:
 * @anchor: where a comment points, such as "personas/it-ian" or
 *   "goals/targets[mql]"
 *
 * The one reading of an anchor, shared by the window and the exports:
 * a section, then names of fields and keys of items.
 *
 * Returns: (transfer container) (element-type utf8): the parts
 */
GPtrArray *
entente_comment_anchor_split (const char *anchor)
{
  g_auto(GStrv) parts = g_strsplit (anchor, "/", -1);
  GPtrArray *path = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *bracket = strchr (parts[i], '[');

      if (*parts[i] == '\0')
        continue;
      if (bracket != NULL && g_str_has_suffix (bracket, "]"))
        {
          g_ptr_array_add (path, g_strndup (parts[i], (gsize) (bracket - parts[i])));
          g_ptr_array_add (path, g_strndup (bracket + 1, strlen (bracket) - 2));
        }
      else
        g_ptr_array_add (path, g_strdup (parts[i]));
    }

  return path;
}


/* How anchors name an item of a list: its id, or the stage or party that
 * keys it, or "from>to" for a conversion. */
static char *
item_key (EntenteItem *item)
{
  int field;
  const char *key;

  if (ENTENTE_IS_CONVERSION (item))
    {
      const char *from = entente_conversion_get_from (ENTENTE_CONVERSION (item));
      const char *to = entente_conversion_get_to (ENTENTE_CONVERSION (item));

      return from && to ? g_strdup_printf ("%s>%s", from, to) : NULL;
    }

  field = entente_item_type_find_key (G_OBJECT_TYPE (item));
  if (field < 0)
    return NULL;
  key = entente_item_get_string (item, (guint) field);

  return key && key[0] && strpbrk (key, "/[]") == NULL ? g_strdup (key) : NULL;
}

static EntenteItem *
find_by_key (GListModel *list,
             const char *key)
{
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (list, i);
      g_autofree char *other = item_key (item);

      if (g_strcmp0 (other, key) == 0)
        return item;
    }

  return NULL;
}

/* The field of @parent that holds @child, or -1.  A list is found by the
 * type of its items when only one list holds that type, so that naming
 * one of thousands of items does not walk them all. */
static int
field_holding (EntenteItem *parent,
               EntenteItem *child)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (parent);
  int candidate = -1;
  guint n_candidates = 0;

  for (guint f = 0; f < klass->n_fields; f++)
    {
      if (klass->fields[f].kind == ENTENTE_VALUE_OBJECT && entente_item_get_child (parent, f) == child)
        return (int) f;

      if (klass->fields[f].kind == ENTENTE_VALUE_LIST &&
          g_list_model_get_item_type (entente_item_get_list (parent, f)) == G_OBJECT_TYPE (child))
        {
          candidate = (int) f;
          n_candidates++;
        }
    }

  if (n_candidates <= 1)
    return candidate;

  for (guint f = 0; f < klass->n_fields; f++)
    {
      GListModel *list;

      if (klass->fields[f].kind != ENTENTE_VALUE_LIST)
        continue;
      list = entente_item_get_list (parent, f);
      for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
        {
          g_autoptr(EntenteItem) item = g_list_model_get_item (list, i);

          if (item == child)
            return (int) f;
        }
    }

  return -1;
}

/**
 * entente_comment_anchor_for_item:
 *
 * Returns: (transfer full) (nullable): the anchor of a comment about
 *   @item, as "personas/it-ian" or "goals/targets[mql]"; %NULL when
 *   @item has no name that lasts (a criterion) or is not in a document
 */
char *
entente_comment_anchor_for_item (EntenteItem *item)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) anchor = g_string_new (NULL);
  EntenteItem *parent;

  g_return_val_if_fail (ENTENTE_IS_ITEM (item), NULL);

  for (; (parent = entente_item_get_parent (item)) != NULL; item = parent)
    {
      int field = field_holding (parent, item);
      const EntenteField *spec;
      g_autofree char *key = NULL;

      if (field < 0)
        return NULL;
      spec = &ENTENTE_ITEM_GET_CLASS (parent)->fields[field];
      if (spec->kind == ENTENTE_VALUE_LIST && (key = item_key (item)) == NULL)
        return NULL;

      if (ENTENTE_IS_DOCUMENT (parent))
        {
          const char *section = entente_section_name_of_field ((EntenteDocumentField) field);

          if (section == NULL)
            return NULL;
          g_ptr_array_insert (segments, 0, key ? g_strdup_printf ("%s/%s", section, key) : g_strdup (section));
        }
      else
        {
          g_ptr_array_insert (segments, 0, key ? g_strdup_printf ("%s[%s]", spec->name, key) : g_strdup (spec->name));
        }
    }

  if (!ENTENTE_IS_DOCUMENT (item) || segments->len == 0)
    return NULL;

  for (guint i = 0; i < segments->len; i++)
    {
      if (i > 0)
        g_string_append_c (anchor, '/');
      g_string_append (anchor, g_ptr_array_index (segments, i));
    }

  return g_string_free (g_steal_pointer (&anchor), FALSE);
}

/**
 * entente_comment_anchor_locate:
 * @anchor: (nullable): where a comment points
 * @section: (out) (optional): the section it is in
 * @item: (out) (optional) (transfer none): the item it names, or %NULL
 *   when it names a whole section or part of one
 * @missing: (out) (optional) (transfer full): the key of an item it
 *   names that is not there (any more), or %NULL
 *
 * The one reading of anchors against a document, for the window and the
 * exports: down from the section, an object's fields by name and a
 * list's items by key, as far as they lead.
 *
 * Returns: whether @anchor names a section at all; comments about the
 *   whole agreement, or about nothing known, name none
 */
gboolean
entente_comment_anchor_locate (EntenteDocument  *document,
                               const char       *anchor,
                               EntenteSection   *section,
                               EntenteItem     **item,
                               char            **missing)
{
  g_autoptr(GPtrArray) path = NULL;
  EntenteItem *at = ENTENTE_ITEM (document);
  EntenteItem *named = NULL;
  EntenteSection found;
  EntenteDocumentField part;
  int field;
  guint i = 1;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), FALSE);

  if (item != NULL)
    *item = NULL;
  if (missing != NULL)
    *missing = NULL;
  if (anchor == NULL || anchor[0] == '\0')
    return FALSE;

  path = entente_comment_anchor_split (anchor);
  if (path->len == 0 || !entente_section_resolve_name (g_ptr_array_index (path, 0), &found, &part))
    return FALSE;
  if (section != NULL)
    *section = found;

  field = (int) part;
  while (at != NULL)
    {
      const EntenteField *spec = &ENTENTE_ITEM_GET_CLASS (at)->fields[field];

      if (spec->kind == ENTENTE_VALUE_OBJECT)
        {
          at = entente_item_get_child (at, (guint) field);
        }
      else if (spec->kind == ENTENTE_VALUE_LIST && i < path->len)
        {
          at = find_by_key (entente_item_get_list (at, (guint) field), g_ptr_array_index (path, i));
          if (at == NULL)
            {
              if (missing != NULL)
                *missing = g_strdup (g_ptr_array_index (path, i));
              return TRUE;
            }
          named = at;
          i++;
        }
      else
        {
          break;
        }

      if (at == NULL || i >= path->len)
        break;
      field = entente_item_class_find_field (ENTENTE_ITEM_GET_CLASS (at), g_ptr_array_index (path, i));
      if (field < 0)
        break;
      i++;
    }

  if (item != NULL)
    *item = named;
  return TRUE;
}

/**
 * entente_comment_anchor_resolve:
 * @dangling: (out) (optional): set to whether @anchor names an item that
 *   is not there (any more)
 *
 * Returns: (transfer none) (nullable): the item @anchor names, or %NULL
 *   when it names a whole section, or nothing known
 */
EntenteItem *
entente_comment_anchor_resolve (EntenteDocument *document,
                                const char      *anchor,
                                gboolean        *dangling)
{
  g_autofree char *missing = NULL;
  EntenteItem *item = NULL;

  entente_comment_anchor_locate (document, anchor, NULL, &item, &missing);
  if (dangling != NULL)
    *dangling = missing != NULL;

  return item;
}

/**
 * entente_comment_anchor_get_step:
 *
 * Returns: the step that shows what @anchor names; comments about the
 *   whole agreement, or about nothing known, are shown on the overview
 */
EntenteSection
entente_comment_anchor_get_step (const char *anchor)
{
  g_autofree char *name = NULL;
  EntenteSection section;

  if (anchor == NULL)
    return ENTENTE_SECTION_OVERVIEW;

  name = g_strndup (anchor, strcspn (anchor, "/["));
  if (!entente_section_resolve_name (name, &section, NULL))
    return ENTENTE_SECTION_OVERVIEW;

  return entente_section_get_info (section)->step;
}

static void
add_items (GPtrArray   *items,
           EntenteItem *owner,
           guint        field)
{
  GListModel *list = entente_item_get_list (owner, field);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));
}

/**
 * entente_comment_anchor_step_items:
 *
 * Returns: (transfer full) (element-type EntenteItem): the items that
 *   @step lists, which comments can be about
 */
GPtrArray *
entente_comment_anchor_step_items (EntenteDocument *document,
                                   EntenteSection   step)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  EntenteItem *doc = ENTENTE_ITEM (document);

  switch (step)
    {
    case ENTENTE_SECTION_OVERVIEW:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_PARTIES);
      break;
    case ENTENTE_SECTION_PERSONAS:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_PERSONAS);
      break;
    case ENTENTE_SECTION_LEAD_DEFINITIONS:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_STAGES);
      break;
    case ENTENTE_SECTION_GOALS:
      add_items (items, ENTENTE_ITEM (entente_document_get_goals (document)), ENTENTE_GOALS_FIELD_CONVERSIONS);
      add_items (items, ENTENTE_ITEM (entente_document_get_goals (document)), ENTENTE_GOALS_FIELD_TARGETS);
      break;
    case ENTENTE_SECTION_HANDOFF:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_HANDOFFS);
      break;
    case ENTENTE_SECTION_LEAD_MANAGEMENT:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_PROTOCOLS);
      break;
    case ENTENTE_SECTION_REVIEW:
      add_items (items, ENTENTE_ITEM (entente_document_get_review (document)), ENTENTE_REVIEW_FIELD_ACCOUNTABILITY);
      break;
    default:
      break;
    }

  return items;
}

/**
 * entente_comment_new_id:
 * @prefix: "comment" or "reply"
 *
 * Returns: (transfer full): an id no other copy of the file will make
 */
char *
entente_comment_new_id (const char *prefix)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strdup_printf ("%s-%s", prefix, uuid);
}

/**
 * entente_comment_now:
 *
 * Returns: (transfer full): the time now in UTC, to the second, as
 *   comments and replies are stamped
 */
GDateTime *
entente_comment_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now), g_date_time_get_hour (now),
                              g_date_time_get_minute (now), g_date_time_get_second (now));
}
