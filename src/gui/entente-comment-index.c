/* entente-comment-index.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-comment-index.h"

/* Where comments are, as the window needs it: how many are open on each
 * step and on each item, and the anchors that tie a comment to a step
 * ("personas") or to an item of it ("personas/it-ian",
 * "goals/targets[mql]").  One index per document, kept on it; it follows
 * the document's edits and says "changed", once per burst of edits, when
 * a count may have changed, and "renamed" once typing in a title pauses. */

struct _EntenteCommentIndex
{
  GObject          parent_instance;

  EntenteDocument *document;      /* not owned: the document owns the index */
  GHashTable      *item_counts;   /* EntenteItem* → open comments on it */
  guint            step_counts[ENTENTE_N_STEPS];
  guint            total;
  gboolean         dirty;
  guint            notify_source;
  guint            renamed_source;
};

G_DEFINE_FINAL_TYPE (EntenteCommentIndex, entente_comment_index, G_TYPE_OBJECT)

enum {
  CHANGED,
  RENAMED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define INDEX_KEY "entente-comment-index"

/* The parts of a document a comment can be about, by the names anchors
 * use: the window's step ids first (those written), then the file's. */
static const struct {
  const char           *name;
  EntenteDocumentField  field;
  EntenteStep           step;
} sections[] = {
  { "overview", ENTENTE_DOCUMENT_FIELD_META, ENTENTE_STEP_OVERVIEW },
  { "meta", ENTENTE_DOCUMENT_FIELD_META, ENTENTE_STEP_OVERVIEW },
  { "parties", ENTENTE_DOCUMENT_FIELD_PARTIES, ENTENTE_STEP_OVERVIEW },
  { "personas", ENTENTE_DOCUMENT_FIELD_PERSONAS, ENTENTE_STEP_PERSONAS },
  { "lead-definitions", ENTENTE_DOCUMENT_FIELD_STAGES, ENTENTE_STEP_LEAD_DEFINITIONS },
  { "stages", ENTENTE_DOCUMENT_FIELD_STAGES, ENTENTE_STEP_LEAD_DEFINITIONS },
  { "goals", ENTENTE_DOCUMENT_FIELD_GOALS, ENTENTE_STEP_GOALS },
  { "handoff", ENTENTE_DOCUMENT_FIELD_HANDOFFS, ENTENTE_STEP_HANDOFF },
  { "handoffs", ENTENTE_DOCUMENT_FIELD_HANDOFFS, ENTENTE_STEP_HANDOFF },
  { "lead-management", ENTENTE_DOCUMENT_FIELD_PROTOCOLS, ENTENTE_STEP_LEAD_MANAGEMENT },
  { "protocols", ENTENTE_DOCUMENT_FIELD_PROTOCOLS, ENTENTE_STEP_LEAD_MANAGEMENT },
  { "review", ENTENTE_DOCUMENT_FIELD_REVIEW, ENTENTE_STEP_REVIEW },
  { "approvals", ENTENTE_DOCUMENT_FIELD_APPROVALS, ENTENTE_STEP_REVIEW },
};

static int
find_section (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].name, name) == 0)
      return (int) i;

  return -1;
}

/* Anchors */

/* How anchors name an item of a list: its id, or the stage or party that
 * keys it, or "from>to" for a conversion. */
static char *
item_key (EntenteItem *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  if (ENTENTE_IS_CONVERSION (item))
    {
      const char *from = entente_conversion_get_from (ENTENTE_CONVERSION (item));
      const char *to = entente_conversion_get_to (ENTENTE_CONVERSION (item));

      return from && to ? g_strdup_printf ("%s>%s", from, to) : NULL;
    }

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & ENTENTE_FIELD_KEY)
      {
        const char *key = entente_item_get_string (item, i);

        return key && key[0] && strpbrk (key, "/[]") == NULL ? g_strdup (key) : NULL;
      }

  return NULL;
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
          const char *section = NULL;

          for (guint i = 0; i < G_N_ELEMENTS (sections) && section == NULL; i++)
            if ((int) sections[i].field == field)
              section = sections[i].name;
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
  g_autoptr(GPtrArray) path = NULL;
  EntenteItem *item = ENTENTE_ITEM (document);
  EntenteItem *named = NULL;
  int section;
  int field;
  guint i = 1;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  if (dangling != NULL)
    *dangling = FALSE;
  if (anchor == NULL || anchor[0] == '\0')
    return NULL;

  path = entente_comment_anchor_split (anchor);
  section = path->len > 0 ? find_section (g_ptr_array_index (path, 0)) : -1;
  if (section < 0)
    return NULL;

  /* Down from the section: an object's fields by name, a list's items by
   * key, as far as they lead. */
  field = (int) sections[section].field;
  while (item != NULL)
    {
      const EntenteField *spec = &ENTENTE_ITEM_GET_CLASS (item)->fields[field];

      if (spec->kind == ENTENTE_VALUE_OBJECT)
        {
          item = entente_item_get_child (item, (guint) field);
        }
      else if (spec->kind == ENTENTE_VALUE_LIST && i < path->len)
        {
          item = find_by_key (entente_item_get_list (item, (guint) field), g_ptr_array_index (path, i));
          if (item == NULL)
            {
              if (dangling != NULL)
                *dangling = TRUE;
              return NULL;
            }
          named = item;
          i++;
        }
      else
        {
          break;
        }

      if (item == NULL || i >= path->len)
        break;
      field = entente_item_class_find_field (ENTENTE_ITEM_GET_CLASS (item), g_ptr_array_index (path, i));
      if (field < 0)
        break;
      i++;
    }

  return named;
}

/**
 * entente_comment_anchor_get_step:
 *
 * Returns: the step that shows what @anchor names; comments about the
 *   whole agreement, or about nothing known, are shown on the overview
 */
EntenteStep
entente_comment_anchor_get_step (const char *anchor)
{
  gsize length;
  g_autofree char *name = NULL;
  int section;

  if (anchor == NULL)
    return ENTENTE_STEP_OVERVIEW;

  length = strcspn (anchor, "/[");
  name = g_strndup (anchor, length);
  section = find_section (name);

  return section >= 0 ? sections[section].step : ENTENTE_STEP_OVERVIEW;
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
                                   EntenteStep      step)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  EntenteItem *doc = ENTENTE_ITEM (document);

  switch (step)
    {
    case ENTENTE_STEP_OVERVIEW:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_PARTIES);
      break;
    case ENTENTE_STEP_PERSONAS:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_PERSONAS);
      break;
    case ENTENTE_STEP_LEAD_DEFINITIONS:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_STAGES);
      break;
    case ENTENTE_STEP_GOALS:
      add_items (items, ENTENTE_ITEM (entente_document_get_goals (document)), ENTENTE_GOALS_FIELD_CONVERSIONS);
      add_items (items, ENTENTE_ITEM (entente_document_get_goals (document)), ENTENTE_GOALS_FIELD_TARGETS);
      break;
    case ENTENTE_STEP_HANDOFF:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_HANDOFFS);
      break;
    case ENTENTE_STEP_LEAD_MANAGEMENT:
      add_items (items, doc, ENTENTE_DOCUMENT_FIELD_PROTOCOLS);
      break;
    case ENTENTE_STEP_REVIEW:
      add_items (items, ENTENTE_ITEM (entente_document_get_review (document)), ENTENTE_REVIEW_FIELD_ACCOUNTABILITY);
      break;
    case ENTENTE_N_STEPS:
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

/* Counting */

static void
recount (EntenteCommentIndex *self)
{
  GListModel *comments;

  if (!self->dirty)
    return;

  self->dirty = FALSE;
  g_hash_table_remove_all (self->item_counts);
  memset (self->step_counts, 0, sizeof self->step_counts);
  self->total = 0;

  comments = entente_document_get_comments (self->document);
  for (guint i = 0, n = g_list_model_get_n_items (comments); i < n; i++)
    {
      g_autoptr(EntenteComment) comment = g_list_model_get_item (comments, i);
      const char *anchor = entente_comment_get_anchor (comment);
      EntenteItem *item;

      if (entente_comment_get_resolved (comment))
        continue;

      self->total++;
      self->step_counts[entente_comment_anchor_get_step (anchor)]++;
      item = entente_comment_anchor_resolve (self->document, anchor, NULL);
      if (item != NULL)
        g_hash_table_insert (self->item_counts, item,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->item_counts, item)) + 1));
    }
}

guint
entente_comment_index_count_all (EntenteCommentIndex *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT_INDEX (self), 0);

  recount (self);
  return self->total;
}

guint
entente_comment_index_count_step (EntenteCommentIndex *self,
                                  EntenteStep          step)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT_INDEX (self), 0);
  g_return_val_if_fail (step < ENTENTE_N_STEPS, 0);

  recount (self);
  return self->step_counts[step];
}

guint
entente_comment_index_count_item (EntenteCommentIndex *self,
                                  EntenteItem         *item)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT_INDEX (self), 0);

  recount (self);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->item_counts, item));
}

static gboolean
notify_cb (gpointer data)
{
  EntenteCommentIndex *self = data;

  self->notify_source = 0;
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static gboolean
renamed_cb (gpointer data)
{
  EntenteCommentIndex *self = data;

  self->renamed_source = 0;
  g_signal_emit (self, signals[RENAMED], 0);
  return G_SOURCE_REMOVE;
}

/* Names are typed a letter at a time; they are told once typing pauses. */
#define RENAMED_DELAY_MS 300

/* Counts change with the comments, and with the items they name: one
 * added or removed, or given another key.  Names shown next to comments
 * change with titles. */
static void
on_edited (EntenteCommentIndex *self,
           EntenteEdit         *edit)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (edit->item);
  guint flags = edit->kind == ENTENTE_EDIT_VALUE ? klass->fields[edit->field].flags : 0;
  gboolean counts = ENTENTE_IS_COMMENT (edit->item) || ENTENTE_IS_REPLY (edit->item) ||
                    edit->kind != ENTENTE_EDIT_VALUE || (flags & ENTENTE_FIELD_KEY) ||
                    ENTENTE_IS_CONVERSION (edit->item);

  if (counts)
    {
      self->dirty = TRUE;
      if (self->notify_source == 0)
        self->notify_source = g_idle_add (notify_cb, self);
    }
  else if ((flags & ENTENTE_FIELD_TITLE) && self->renamed_source == 0)
    {
      self->renamed_source = g_timeout_add (RENAMED_DELAY_MS, renamed_cb, self);
    }
}

/**
 * entente_comment_index_get:
 *
 * Returns: (transfer none): the index of @document's comments, made when
 *   first asked for and kept as long as @document
 */
EntenteCommentIndex *
entente_comment_index_get (EntenteDocument *document)
{
  EntenteCommentIndex *self;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  self = g_object_get_data (G_OBJECT (document), INDEX_KEY);
  if (self != NULL)
    return self;

  self = g_object_new (ENTENTE_TYPE_COMMENT_INDEX, NULL);
  self->document = document;
  g_object_set_data_full (G_OBJECT (document), INDEX_KEY, self, g_object_unref);
  /* The index lives and dies with the document: no need to disconnect. */
  g_signal_connect_swapped (document, "edited", G_CALLBACK (on_edited), self);

  return self;
}

static void
entente_comment_index_finalize (GObject *object)
{
  EntenteCommentIndex *self = ENTENTE_COMMENT_INDEX (object);

  g_clear_handle_id (&self->notify_source, g_source_remove);
  g_clear_handle_id (&self->renamed_source, g_source_remove);
  g_hash_table_unref (self->item_counts);

  G_OBJECT_CLASS (entente_comment_index_parent_class)->finalize (object);
}

static void
entente_comment_index_class_init (EntenteCommentIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = entente_comment_index_finalize;

  /**
   * EntenteCommentIndex::changed:
   *
   * Emitted from an idle after edits that may change a count: to
   * comments, or to the items they name.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * EntenteCommentIndex::renamed:
   *
   * Emitted a moment after an item's title changed, for the names shown
   * next to comments.
   */
  signals[RENAMED] =
    g_signal_new ("renamed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
entente_comment_index_init (EntenteCommentIndex *self)
{
  self->item_counts = g_hash_table_new (NULL, NULL);
  self->dirty = TRUE;
}
