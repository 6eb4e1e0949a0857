/* entente-comment-index.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-typing-pause.h"
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
                                  EntenteSection          step)
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

/* Counts change with the comments, and with the items they name: one
 * added or removed, or given another key.  Names shown next to comments
 * change with titles. */
static void
on_edited (EntenteCommentIndex *self,
           EntenteEdit         *edit)
{
  guint flags = edit->kind == ENTENTE_EDIT_VALUE ? entente_item_get_field (edit->item, edit->field)->flags : 0;
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
      /* Names are typed a letter at a time; they are told once typing pauses. */
      self->renamed_source = entente_after_typing_pause ("[entente] comment names", renamed_cb, self);
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
