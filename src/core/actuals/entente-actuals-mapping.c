/* entente-actuals-mapping.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-gettext.h"

#include "entente-actuals-column.h"
#include "entente-actuals-crm.h"
#include "entente-actuals-header.h"
#include "entente-actuals-mapping.h"
#include "entente-stage.h"

/* Which column of a CRM export holds what.  entente-actuals-crm.c
 * recognises the exports people have; anything else, and any change,
 * comes from `--map KEY=COLUMN` or the review window.
 *
 * A stage may also be counted only on the rows where another column says
 * true: "if:customer" → "Is Closed Won" (a key no stage id can be, since
 * ids have no colon).
 *
 * The document may keep a mapping of its own, <actuals-mapping>: only the
 * keys where someone chose another column than the detected one, so that
 * the next export of the same CRM reads the same way. */

typedef struct
{
  char *key;   /* what the note explains is not mapped */
  char *text;
} Note;

static void
note_free (gpointer data)
{
  Note *note = data;

  g_free (note->key);
  g_free (note->text);
  g_free (note);
}

static Note *
note_new (const char *key,
          char       *text)
{
  Note *note = g_new (Note, 1);

  note->key = g_strdup (key);
  note->text = text;
  return note;
}

struct _EntenteActualsMapping
{
  EntenteActualsSource source;
  GHashTable *columns;  /* key → column */
  GPtrArray  *order;    /* keys in the order they were set */
  GHashTable *detected; /* key → column, what the header said; NULL if not detected */
  int         date_order; /* an EntenteDateOrder asked for, or -1: each column's own */
  GPtrArray  *notes;      /* Note: what the header leaves unread, and why */
};

EntenteActualsMapping *
entente_actuals_mapping_new (void)
{
  EntenteActualsMapping *self = g_new0 (EntenteActualsMapping, 1);

  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->order = g_ptr_array_new_with_free_func (g_free);
  self->notes = g_ptr_array_new_with_free_func (note_free);
  self->date_order = -1;
  return self;
}

/**
 * entente_actuals_mapping_copy:
 *
 * Returns: (transfer full): a mapping of its own with what @self holds:
 *   source, columns in their order, and what the header said
 */
EntenteActualsMapping *
entente_actuals_mapping_copy (EntenteActualsMapping *self)
{
  EntenteActualsMapping *copy = entente_actuals_mapping_new ();

  g_return_val_if_fail (self != NULL, copy);

  copy->source = self->source;
  copy->date_order = self->date_order;
  for (guint i = 0; i < self->notes->len; i++)
    {
      Note *note = g_ptr_array_index (self->notes, i);

      g_ptr_array_add (copy->notes, note_new (note->key, g_strdup (note->text)));
    }
  for (guint i = 0; i < self->order->len; i++)
    {
      const char *key = g_ptr_array_index (self->order, i);

      g_ptr_array_add (copy->order, g_strdup (key));
      g_hash_table_insert (copy->columns, g_strdup (key), g_strdup (g_hash_table_lookup (self->columns, key)));
    }
  if (self->detected != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      copy->detected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_iter_init (&iter, self->detected);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (copy->detected, g_strdup (key), g_strdup (value));
    }

  return copy;
}

void
entente_actuals_mapping_free (EntenteActualsMapping *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->columns);
  g_ptr_array_unref (self->order);
  g_ptr_array_unref (self->notes);
  g_clear_pointer (&self->detected, g_hash_table_unref);
  g_free (self);
}

EntenteActualsSource
entente_actuals_mapping_get_source (EntenteActualsMapping *self)
{
  g_return_val_if_fail (self != NULL, ENTENTE_ACTUALS_SOURCE_OTHER);
  return self->source;
}

static gboolean
has_key (EntenteActualsMapping *self,
         const char            *key)
{
  for (guint i = 0; i < self->order->len; i++)
    if (g_str_equal (g_ptr_array_index (self->order, i), key))
      return TRUE;
  return FALSE;
}

void
entente_actuals_mapping_set (EntenteActualsMapping *self,
                             const char            *key,
                             const char            *column)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (key != NULL);

  if (column == NULL)
    {
      g_hash_table_remove (self->columns, key);
      return;
    }
  if (!has_key (self, key))
    g_ptr_array_add (self->order, g_strdup (key));
  g_hash_table_replace (self->columns, g_strdup (key), g_strdup (column));
}

const char *
entente_actuals_mapping_get (EntenteActualsMapping *self,
                             const char            *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_hash_table_lookup (self->columns, key);
}

/* Keys currently mapped, in the order they were first set. */
GStrv
entente_actuals_mapping_get_keys (EntenteActualsMapping *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);
  for (guint i = 0; i < self->order->len; i++)
    {
      const char *key = g_ptr_array_index (self->order, i);
      if (g_hash_table_contains (self->columns, key))
        g_strv_builder_add (builder, key);
    }
  return g_strv_builder_end (builder);
}

gboolean
entente_actuals_mapping_is_empty (EntenteActualsMapping *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return g_hash_table_size (self->columns) == 0;
}

void
entente_actuals_mapping_merge (EntenteActualsMapping *self,
                               EntenteActualsMapping *overrides)
{
  g_return_if_fail (self != NULL);
  if (overrides == NULL)
    return;
  if (overrides->date_order >= 0)
    self->date_order = overrides->date_order;
  for (guint i = 0; i < overrides->order->len; i++)
    {
      const char *key = g_ptr_array_index (overrides->order, i);
      const char *column = g_hash_table_lookup (overrides->columns, key);
      if (column != NULL)
        entente_actuals_mapping_set (self, key, column);
    }
}

/* Parses "KEY=COLUMN", as given to `--map`. */
gboolean
entente_actuals_mapping_parse_option (EntenteActualsMapping *self,
                                      const char            *key_equals_column,
                                      GError               **error)
{
  const char *equals;
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (key_equals_column != NULL, FALSE);

  equals = strchr (key_equals_column, '=');
  if (equals == NULL || equals == key_equals_column || equals[1] == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not KEY=COLUMN"), key_equals_column);
      return FALSE;
    }
  key = g_strndup (key_equals_column, equals - key_equals_column);
  entente_actuals_mapping_set (self, g_strstrip (key), equals + 1);
  return TRUE;
}

static gboolean
is_role_key (const char *key)
{
  return g_str_equal (key, ENTENTE_ACTUALS_KEY_RECORD) ||
         g_str_equal (key, ENTENTE_ACTUALS_KEY_OWNER) ||
         g_str_equal (key, ENTENTE_ACTUALS_KEY_FIRST_CONTACT) ||
         g_str_equal (key, ENTENTE_ACTUALS_KEY_ATTEMPTS);
}

/**
 * entente_actuals_condition_key:
 * @stage_id: a stage
 *
 * Returns: (transfer full): the key of the column that says on which rows
 *   @stage_id counts
 */
char *
entente_actuals_condition_key (const char *stage_id)
{
  g_return_val_if_fail (stage_id != NULL, NULL);

  return g_strconcat (ENTENTE_ACTUALS_CONDITION_PREFIX, stage_id, NULL);
}

/**
 * entente_actuals_key_get_condition_stage:
 * @key: a key of a mapping
 *
 * Returns: (nullable): the stage whose rows @key's column selects, %NULL
 *   when @key is no condition
 */
const char *
entente_actuals_key_get_condition_stage (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  if (!g_str_has_prefix (key, ENTENTE_ACTUALS_CONDITION_PREFIX))
    return NULL;
  return key + strlen (ENTENTE_ACTUALS_CONDITION_PREFIX);
}

/**
 * entente_actuals_key_is_valid:
 * @key: a key of a mapping
 *
 * Returns: whether @key is a role, a stage of @document, or the condition
 *   of one
 */
gboolean
entente_actuals_key_is_valid (const char      *key,
                              EntenteDocument *document)
{
  const char *stage;

  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), FALSE);

  if (is_role_key (key))
    return TRUE;
  stage = entente_actuals_key_get_condition_stage (key);
  return entente_document_find_stage (document, stage != NULL ? stage : key) != NULL;
}

/**
 * entente_actuals_mapping_add_note:
 * @key: what the header has a column for and the mapping leaves unmapped
 * @note: (transfer full): a sentence saying why
 */
void
entente_actuals_mapping_add_note (EntenteActualsMapping *self,
                                  const char            *key,
                                  char                  *note)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (key != NULL);
  g_return_if_fail (note != NULL);

  g_ptr_array_add (self->notes, note_new (key, note));
}

/**
 * entente_actuals_mapping_get_notes:
 *
 * Returns: (transfer container) (element-type utf8): why columns of the
 *   recognised export are left unread, for the keys still unmapped
 */
GPtrArray *
entente_actuals_mapping_get_notes (EntenteActualsMapping *self)
{
  GPtrArray *notes;

  g_return_val_if_fail (self != NULL, NULL);

  notes = g_ptr_array_new ();
  for (guint i = 0; i < self->notes->len; i++)
    {
      Note *note = g_ptr_array_index (self->notes, i);

      if (!g_hash_table_contains (self->columns, note->key))
        g_ptr_array_add (notes, note->text);
    }
  return notes;
}

static void
remember_detected (EntenteActualsMapping *self)
{
  GHashTableIter iter;
  gpointer key, column;

  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, &key, &column))
    g_hash_table_replace (self->detected, g_strdup (key), g_strdup (column));
}

/* Recognises the CRM that wrote @header and maps the document's stages
 * to its columns; an empty mapping for anything else.  Only columns
 * present in @header are mapped. */
EntenteActualsMapping *
entente_actuals_mapping_detect (GPtrArray       *header,
                                EntenteDocument *document)
{
  g_autoptr(EntenteActualsMapping) self = entente_actuals_mapping_new ();

  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  self->detected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->source = entente_actuals_crm_recognise (header, document, self);
  remember_detected (self);
  return g_steal_pointer (&self);
}

/**
 * entente_actuals_mapping_get_detected:
 * @key: a stage id or one of the ENTENTE_ACTUALS_KEY_* names
 *
 * Returns: (nullable): the column the header alone mapped @key to, %NULL
 *   when it mapped nothing or @self was not detected
 */
const char *
entente_actuals_mapping_get_detected (EntenteActualsMapping *self,
                                      const char            *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return self->detected != NULL ? g_hash_table_lookup (self->detected, key) : NULL;
}

/**
 * entente_actuals_mapping_load_from_document:
 * @document: an agreement
 *
 * Reads the mapping @document keeps in its <actuals-mapping>.  Entries
 * without a column are left out.
 *
 * Returns: (transfer full): the stored mapping, empty when there is none
 */
EntenteActualsMapping *
entente_actuals_mapping_load_from_document (EntenteDocument *document)
{
  EntenteActualsMapping *self;
  GListModel *stored;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  self = entente_actuals_mapping_new ();
  stored = entente_document_get_actuals_mapping (document);
  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(EntenteActualsColumn) entry = g_list_model_get_item (stored, i);
      const char *key = entente_actuals_column_get_key (entry);
      const char *column = entente_actuals_column_get_column (entry);

      if (key != NULL && column != NULL && column[0] != '\0')
        entente_actuals_mapping_set (self, key, column);
    }

  return self;
}

static int
find_stored (GListModel *stored,
             const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(EntenteActualsColumn) entry = g_list_model_get_item (stored, i);

      if (g_strcmp0 (entente_actuals_column_get_key (entry), key) == 0)
        return (int) i;
    }
  return -1;
}

/**
 * entente_actuals_mapping_apply_stored:
 * @self: a mapping, usually just detected from @header
 * @document: the agreement
 * @header: the export's header
 *
 * Maps what @document's <actuals-mapping> maps, where it applies to this
 * export: an entry for a stage that is gone, or naming a column @header
 * lacks (the export of another CRM, say), is passed over rather than
 * failing every report.
 */
void
entente_actuals_mapping_apply_stored (EntenteActualsMapping *self,
                                      EntenteDocument       *document,
                                      GPtrArray             *header)
{
  g_autoptr(EntenteActualsMapping) stored = NULL;
  g_auto(GStrv) keys = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (ENTENTE_IS_DOCUMENT (document));
  g_return_if_fail (header != NULL);

  stored = entente_actuals_mapping_load_from_document (document);
  keys = entente_actuals_mapping_get_keys (stored);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *column = entente_actuals_mapping_get (stored, keys[i]);

      int index = entente_actuals_header_find (header, column, NULL);

      if (!entente_actuals_key_is_valid (keys[i], document) || index < 0)
        continue;
      /* As the export spells it, which the window lists. */
      entente_actuals_mapping_set (self, keys[i], g_ptr_array_index (header, index));
    }
}

/**
 * entente_actuals_mapping_store_key:
 * @self: a mapping, detected from a header or made of overrides
 * @key: the key to keep
 * @document: the agreement to keep it in
 *
 * Keeps @key's column in @document's <actuals-mapping> when it differs
 * from the one the header alone gave (always, when @self was not
 * detected); drops the stored entry when @key is back to the detected
 * column or @self does not map it.  The change goes through the model, so
 * that it can be undone; nothing changes when the document already says
 * the same.
 */
void
entente_actuals_mapping_store_key (EntenteActualsMapping *self,
                                   const char            *key,
                                   EntenteDocument       *document)
{
  GListModel *stored;
  const char *column;
  int position;

  g_return_if_fail (self != NULL);
  g_return_if_fail (key != NULL);
  g_return_if_fail (ENTENTE_IS_DOCUMENT (document));

  stored = entente_document_get_actuals_mapping (document);
  column = g_hash_table_lookup (self->columns, key);
  position = find_stored (stored, key);

  if (column == NULL || g_strcmp0 (column, entente_actuals_mapping_get_detected (self, key)) == 0)
    {
      if (position >= 0)
        entente_item_remove (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_ACTUALS_MAPPING,
                             (guint) position);
    }
  else if (position >= 0)
    {
      g_autoptr(EntenteActualsColumn) entry = g_list_model_get_item (stored, (guint) position);

      if (g_strcmp0 (entente_actuals_column_get_column (entry), column) != 0)
        entente_item_set_string (ENTENTE_ITEM (entry), ENTENTE_ACTUALS_COLUMN_FIELD_COLUMN, column);
    }
  else
    {
      g_autoptr(EntenteActualsColumn) entry = entente_actuals_column_new (key, column);

      entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_ACTUALS_MAPPING,
                           ENTENTE_ITEM (entry));
    }
}

/**
 * entente_actuals_mapping_store:
 * @self: a mapping, detected from a header or made of overrides
 * @document: the agreement to keep it in
 *
 * Stores each key @self was given, as entente_actuals_mapping_store_key()
 * does: the keys whose column differs from the detected one are kept, the
 * others' stored entries dropped.  Keys @self never had are left as they
 * are.
 */
void
entente_actuals_mapping_store (EntenteActualsMapping *self,
                               EntenteDocument       *document)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (ENTENTE_IS_DOCUMENT (document));

  for (guint i = 0; i < self->order->len; i++)
    entente_actuals_mapping_store_key (self, g_ptr_array_index (self->order, i), document);
}

/**
 * entente_actuals_mapping_set_date_order:
 * @order: an #EntenteDateOrder, or -1 to infer each date column's order
 *   from its values
 *
 * Says how every date column with the year last is written, as
 * `--date-order` does; values that cannot be read so are not dates.
 */
void
entente_actuals_mapping_set_date_order (EntenteActualsMapping *self,
                                        int                    order)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (order >= -1 && order <= ENTENTE_DATE_ORDER_YMD);

  self->date_order = order;
}

int
entente_actuals_mapping_get_date_order (EntenteActualsMapping *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->date_order;
}
