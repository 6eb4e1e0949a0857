/* entente-history.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-edit.h"
#include "entente-history.h"
#include "entente-item-private.h"

/* Undo and redo for one document.  The document reports every change made
 * through the model's API as an #EntenteEdit on ::edited; the history keeps
 * copies of them in steps, the unit the user undoes.  A step is an array of
 * edits, undone last to first and redone first to last.
 *
 * Typing sends one edit per keystroke, so a value edit of the same field
 * of the same item as the single value edit of the open top step is merged
 * into it (the first old value, the latest new value) until something seals
 * the step: entente_history_seal(), an edit elsewhere, a list edit, undo,
 * redo or entente_history_mark_clean().  A merged step that ends where it
 * started (typing a letter and deleting it) is kept: undoing it changes
 * nothing, which is harmless, and the clean position below still says
 * whether the document reads as modified after it.
 *
 * Edits between begin_group() and end_group() form one step, so that "add
 * a persona" (insert, then set its id and name) is undone at once.
 *
 * The clean position is the number of undo steps when the document was
 * last saved or loaded, or -1 when no sequence of undo and redo leads back
 * there (the steps after it were dropped, or it fell inside a step).
 * Undo and redo set the document's modified flag from it; ordinary edits
 * set the flag themselves. */

typedef GPtrArray Step;

struct _EntenteHistory
{
  GObject          parent_instance;

  EntenteDocument *document;
  gulong           edited_handler;

  GPtrArray       *undo_steps;
  GPtrArray       *redo_steps;
  int              clean;
  guint            group_depth;

  /* The top undo step takes further edits: by merging typing, or because
   * a group is open. */
  guint            open : 1;

  /* The values last notified. */
  guint            can_undo : 1;
  guint            can_redo : 1;
};

G_DEFINE_FINAL_TYPE (EntenteHistory, entente_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static Step *
step_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) entente_edit_free);
}

static void
notify_state (EntenteHistory *self)
{
  gboolean can_undo = self->undo_steps->len > 0;
  gboolean can_redo = self->redo_steps->len > 0;

  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

static void
drop_redo_steps (EntenteHistory *self)
{
  if (self->redo_steps->len == 0)
    return;

  /* The saved state was among the steps being dropped. */
  if (self->clean > (int) self->undo_steps->len)
    self->clean = -1;
  g_ptr_array_set_size (self->redo_steps, 0);
}

static void
push_step (EntenteHistory *self,
           Step           *step)
{
  g_ptr_array_add (self->undo_steps, step);

  while (self->undo_steps->len > ENTENTE_HISTORY_MAX_STEPS)
    {
      g_ptr_array_remove_index (self->undo_steps, 0);
      /* The state before the oldest step can no longer be reached. */
      self->clean = self->clean > 0 ? self->clean - 1 : -1;
    }
}

static gboolean
can_merge (EntenteHistory    *self,
           const EntenteEdit *edit)
{
  Step *top;
  const EntenteEdit *last;

  if (!self->open || edit->kind != ENTENTE_EDIT_VALUE || self->undo_steps->len == 0)
    return FALSE;

  top = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
  if (top->len != 1)
    return FALSE;

  last = g_ptr_array_index (top, 0);
  return last->kind == ENTENTE_EDIT_VALUE && last->item == edit->item && last->field == edit->field;
}

static void
on_edited (EntenteHistory *self,
           EntenteEdit    *edit,
           EntenteItem    *document)
{
  Step *top;

  drop_redo_steps (self);

  if (self->group_depth > 0)
    {
      if (!self->open)
        {
          push_step (self, step_new ());
          self->open = TRUE;
        }
      else if (self->clean == (int) self->undo_steps->len)
        /* Saved in the middle of a group: no undo or redo stops there. */
        self->clean = -1;

      top = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
      g_ptr_array_add (top, entente_edit_copy (edit));
    }
  else if (can_merge (self, edit))
    {
      EntenteEdit *last;

      top = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
      last = g_ptr_array_index (top, 0);
      g_value_copy (&edit->new_value, &last->new_value);
    }
  else
    {
      top = step_new ();
      g_ptr_array_add (top, entente_edit_copy (edit));
      push_step (self, top);
      /* Only typing goes on in the same step; a list edit stands alone. */
      self->open = edit->kind == ENTENTE_EDIT_VALUE;
    }

  notify_state (self);
}

static void
entente_history_constructed (GObject *object)
{
  EntenteHistory *self = ENTENTE_HISTORY (object);

  G_OBJECT_CLASS (entente_history_parent_class)->constructed (object);

  g_assert (ENTENTE_IS_DOCUMENT (self->document));

  /* A document that starts modified (a restored draft) has no clean state
   * to go back to. */
  self->clean = entente_document_get_modified (self->document) ? -1 : 0;
  self->edited_handler = g_signal_connect_swapped (self->document, "edited",
                                                   G_CALLBACK (on_edited), self);
}

static void
entente_history_dispose (GObject *object)
{
  EntenteHistory *self = ENTENTE_HISTORY (object);

  if (self->document != NULL)
    g_clear_signal_handler (&self->edited_handler, self->document);
  g_clear_object (&self->document);
  if (self->undo_steps != NULL)
    g_ptr_array_set_size (self->undo_steps, 0);
  if (self->redo_steps != NULL)
    g_ptr_array_set_size (self->redo_steps, 0);

  G_OBJECT_CLASS (entente_history_parent_class)->dispose (object);
}

static void
entente_history_finalize (GObject *object)
{
  EntenteHistory *self = ENTENTE_HISTORY (object);

  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->redo_steps, g_ptr_array_unref);

  G_OBJECT_CLASS (entente_history_parent_class)->finalize (object);
}

static void
entente_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EntenteHistory *self = ENTENTE_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, entente_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, entente_history_get_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_history_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EntenteHistory *self = ENTENTE_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_history_class_init (EntenteHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = entente_history_constructed;
  object_class->dispose = entente_history_dispose;
  object_class->finalize = entente_history_finalize;
  object_class->get_property = entente_history_get_property;
  object_class->set_property = entente_history_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         ENTENTE_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
entente_history_init (EntenteHistory *self)
{
  self->undo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->redo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

/**
 * entente_history_new:
 * @document: the document whose edits to record
 *
 * Starts recording the edits of @document.  Its present state counts as
 * the saved one unless the document is already modified.
 *
 * Returns: (transfer full): a new history, which keeps @document alive
 */
EntenteHistory *
entente_history_new (EntenteDocument *document)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  return g_object_new (ENTENTE_TYPE_HISTORY,
                       "document", document,
                       NULL);
}

/**
 * entente_history_get_document:
 *
 * Returns: (transfer none): the document whose edits are recorded
 */
EntenteDocument *
entente_history_get_document (EntenteHistory *self)
{
  g_return_val_if_fail (ENTENTE_IS_HISTORY (self), NULL);

  return self->document;
}

gboolean
entente_history_get_can_undo (EntenteHistory *self)
{
  g_return_val_if_fail (ENTENTE_IS_HISTORY (self), FALSE);

  return self->undo_steps->len > 0;
}

gboolean
entente_history_get_can_redo (EntenteHistory *self)
{
  g_return_val_if_fail (ENTENTE_IS_HISTORY (self), FALSE);

  return self->redo_steps->len > 0;
}

static void
apply_step (EntenteHistory *self,
            Step           *step,
            gboolean        reverse)
{
  /* These edits are the history's own; recording them would make undo
   * undo itself. */
  g_signal_handler_block (self->document, self->edited_handler);
  if (reverse)
    {
      for (guint i = step->len; i > 0; i--)
        entente_edit_apply (g_ptr_array_index (step, i - 1), TRUE);
    }
  else
    {
      for (guint i = 0; i < step->len; i++)
        entente_edit_apply (g_ptr_array_index (step, i), FALSE);
    }
  g_signal_handler_unblock (self->document, self->edited_handler);

  /* The edits marked the document modified; only the clean position
   * knows whether it is back to what was saved. */
  entente_document_set_modified (self->document,
                                 self->clean != (int) self->undo_steps->len);
}

/**
 * entente_history_undo:
 *
 * Undoes the last step, if any.  Not while a group is open.
 */
void
entente_history_undo (EntenteHistory *self)
{
  Step *step;

  g_return_if_fail (ENTENTE_IS_HISTORY (self));
  g_return_if_fail (self->group_depth == 0);

  self->open = FALSE;
  if (self->undo_steps->len == 0)
    return;

  step = g_ptr_array_steal_index (self->undo_steps, self->undo_steps->len - 1);
  g_ptr_array_add (self->redo_steps, step);
  apply_step (self, step, TRUE);
  notify_state (self);
}

/**
 * entente_history_redo:
 *
 * Does the last undone step again, if any.  Not while a group is open.
 */
void
entente_history_redo (EntenteHistory *self)
{
  Step *step;

  g_return_if_fail (ENTENTE_IS_HISTORY (self));
  g_return_if_fail (self->group_depth == 0);

  self->open = FALSE;
  if (self->redo_steps->len == 0)
    return;

  step = g_ptr_array_steal_index (self->redo_steps, self->redo_steps->len - 1);
  g_ptr_array_add (self->undo_steps, step);
  apply_step (self, step, FALSE);
  notify_state (self);
}

/**
 * entente_history_seal:
 *
 * Ends the current step, so that the next edit starts a new one even if it
 * continues typing in the same field: call it when the focus leaves a
 * field.  Inside a group it does nothing; the group is one step.
 */
void
entente_history_seal (EntenteHistory *self)
{
  g_return_if_fail (ENTENTE_IS_HISTORY (self));

  if (self->group_depth == 0)
    self->open = FALSE;
}

/**
 * entente_history_begin_group:
 *
 * Makes all edits until the matching entente_history_end_group() one step.
 * Groups nest; only the outermost one counts.  A group without edits adds
 * no step.
 */
void
entente_history_begin_group (EntenteHistory *self)
{
  g_return_if_fail (ENTENTE_IS_HISTORY (self));
  g_return_if_fail (self->group_depth < G_MAXUINT);

  if (self->group_depth++ == 0)
    self->open = FALSE;
}

void
entente_history_end_group (EntenteHistory *self)
{
  g_return_if_fail (ENTENTE_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth == 0)
    self->open = FALSE;
}

/**
 * entente_history_mark_clean:
 *
 * Records the present state as the saved one: call it after saving or
 * loading.  Undo and redo that come back to it clear the document's
 * modified flag.
 */
void
entente_history_mark_clean (EntenteHistory *self)
{
  g_return_if_fail (ENTENTE_IS_HISTORY (self));

  entente_history_seal (self);
  self->clean = (int) self->undo_steps->len;
}

/**
 * entente_history_clear:
 *
 * Forgets all steps, as after replacing the whole document.  The present
 * state stays clean if it was.
 */
void
entente_history_clear (EntenteHistory *self)
{
  g_return_if_fail (ENTENTE_IS_HISTORY (self));

  self->clean = self->clean == (int) self->undo_steps->len ? 0 : -1;
  self->open = FALSE;
  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  notify_state (self);
}

/**
 * entente_history_forget_clean:
 *
 * Says that no state of the history is what the file holds any more, as
 * after someone else saved it: undo and redo then leave the document
 * modified, whatever step they reach.
 */
void
entente_history_forget_clean (EntenteHistory *self)
{
  g_return_if_fail (ENTENTE_IS_HISTORY (self));

  self->clean = -1;
}

/* Applying a document
 *
 * A merge builds a new document; putting it in the window in place of the
 * open one would throw away the history, and every view would be rebuilt.
 * Instead the open document is edited until it holds the same, through
 * the model's API, so that views follow and the history records each
 * edit.  Items of a list keep their identity where they can: those with a
 * key are matched by key, those without by being equal. */

/* The kept extensions of a newer format are not values: no edit changes
 * them.  An item of a list that differs in them is replaced whole; the
 * document and the parts that are not in a list cannot be. */
static gboolean
can_apply (EntenteItem *target,
           EntenteItem *source)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (target);

  if (!entente_item_extras_equal (target, source))
    return FALSE;

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == ENTENTE_VALUE_OBJECT &&
        !can_apply (entente_item_get_child (target, i), entente_item_get_child (source, i)))
      return FALSE;

  return TRUE;
}

static gboolean
same_item (EntenteItem *a,
           EntenteItem *b,
           int          key_field)
{
  const char *key_a;
  const char *key_b;

  if (key_field < 0)
    return entente_item_equal (a, b);

  key_a = entente_item_get_string (a, (guint) key_field);
  key_b = entente_item_get_string (b, (guint) key_field);
  return key_a != NULL && key_b != NULL && g_str_equal (key_a, key_b);
}

static void apply_item (EntenteItem *target,
                        EntenteItem *source);

/* After position i, the first i items of the target are those of the
 * source: each is found further on and moved up, or inserted as a copy;
 * what is left at the end was not in the source. */
static void
apply_list (EntenteItem *target,
            EntenteItem *source,
            guint        field)
{
  GListModel *to = entente_item_get_list (target, field);
  GListModel *from = entente_item_get_list (source, field);
  int key_field = entente_item_type_find_key (ENTENTE_ITEM_GET_CLASS (target)->fields[field].get_type ());
  guint n_from = g_list_model_get_n_items (from);

  for (guint i = 0; i < n_from; i++)
    {
      g_autoptr(EntenteItem) wanted = g_list_model_get_item (from, i);
      g_autoptr(EntenteItem) found = NULL;
      guint n_to = g_list_model_get_n_items (to);
      guint j;

      for (j = i; j < n_to; j++)
        {
          g_autoptr(EntenteItem) candidate = g_list_model_get_item (to, j);

          if (same_item (candidate, wanted, key_field))
            {
              found = g_steal_pointer (&candidate);
              break;
            }
        }

      if (found != NULL && can_apply (found, wanted))
        {
          entente_item_move (target, field, j, i);
          apply_item (found, wanted);
        }
      else
        {
          g_autoptr(EntenteItem) copy = entente_item_copy (wanted);

          if (found != NULL)
            entente_item_remove (target, field, j);
          entente_item_insert (target, field, i, copy);
        }
    }

  while (g_list_model_get_n_items (to) > n_from)
    entente_item_remove (target, field, g_list_model_get_n_items (to) - 1);
}

static void
apply_item (EntenteItem *target,
            EntenteItem *source)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (target);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      switch (klass->fields[i].kind)
        {
        case ENTENTE_VALUE_LIST:
          apply_list (target, source, i);
          break;

        case ENTENTE_VALUE_OBJECT:
          apply_item (entente_item_get_child (target, i), entente_item_get_child (source, i));
          break;

        default:
          entente_item_set_value (target, i, entente_item_peek_value (source, i));
          break;
        }
    }
}

/**
 * entente_history_apply:
 * @document: what the history's document should hold, a merge of it with
 *   another copy for instance
 *
 * Edits the history's document until it holds what @document holds, as
 * one step: one undo takes it all back, and the steps before stay.  Views
 * of the document follow, as for any edit.  @document is not changed.
 *
 * Returns: %TRUE when done, %FALSE (and nothing changed) when @document
 *   differs in what no edit can change: the kept extensions of a newer
 *   format on the document itself or on a part of it that is not in a
 *   list
 */
gboolean
entente_history_apply (EntenteHistory  *self,
                       EntenteDocument *document)
{
  g_return_val_if_fail (ENTENTE_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), FALSE);

  if (!can_apply (ENTENTE_ITEM (self->document), ENTENTE_ITEM (document)))
    return FALSE;

  entente_history_begin_group (self);
  apply_item (ENTENTE_ITEM (self->document), ENTENTE_ITEM (document));
  entente_history_end_group (self);

  return TRUE;
}
