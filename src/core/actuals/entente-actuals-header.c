/* entente-actuals-header.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-actuals-header.h"
#include "entente-error.h"

/* The first record of a CRM export, and what it says: read once, for the
 * monthly review and for the window that lets people correct its
 * mapping before the review runs. */

/**
 * entente_actuals_header_read:
 * @reader: a reader at the start of the export
 * @name: what to call the export in messages
 *
 * Returns: (transfer full) (nullable): the header, its detected mapping
 *   and that mapping with the agreement's stored columns on top; %NULL
 *   with @error set when the export is empty or cannot be read
 */
EntenteActualsHeader *
entente_actuals_header_read (EntenteCsvReader  *reader,
                             const char        *name,
                             EntenteDocument   *document,
                             GError           **error)
{
  EntenteActualsHeader *self;
  GPtrArray *fields = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  if (!entente_csv_reader_next (reader, &fields, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                     _("%s: the file is empty"), name);
      g_propagate_error (error, local_error);
      return NULL;
    }

  self = g_new0 (EntenteActualsHeader, 1);
  self->columns = g_ptr_array_new_full (fields->len, g_free);
  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (self->columns, g_strdup (g_ptr_array_index (fields, i)));
  self->detected = entente_actuals_mapping_detect (self->columns, document);
  self->mapping = entente_actuals_mapping_copy (self->detected);
  entente_actuals_mapping_apply_stored (self->mapping, document, self->columns);

  return self;
}

void
entente_actuals_header_free (EntenteActualsHeader *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->columns);
  entente_actuals_mapping_free (self->detected);
  entente_actuals_mapping_free (self->mapping);
  g_free (self);
}

/* A column name as people read it: “Create Date”, “create date ” and
 * “Create  Date” are one column.  (The reader has already taken off a
 * byte-order mark in front of the first name.) */
static char *
header_key (const char *column)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;
  gboolean space = FALSE;

  normal = g_utf8_normalize (column, -1, G_NORMALIZE_ALL_COMPOSE);
  if (normal == NULL)
    return g_strdup (column);
  folded = g_utf8_casefold (normal, -1);
  key = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = key->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

/**
 * entente_actuals_header_find:
 * @columns: (element-type utf8): a header's column names
 * @column: (nullable): the name looked for
 * @other: (out) (optional): where a second column of the same name is,
 *   or -1
 *
 * Finds @column among @columns as people read a header: whatever the
 * case, the spaces around the name and the runs of spaces inside it.
 *
 * Returns: the first column of that name, or -1
 */
int
entente_actuals_header_find (GPtrArray  *columns,
                             const char *column,
                             int        *other)
{
  g_autofree char *wanted = NULL;
  int found = -1;

  if (other != NULL)
    *other = -1;
  if (column == NULL)
    return -1;

  wanted = header_key (column);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *key = header_key (g_ptr_array_index (columns, i));

      if (!g_str_equal (key, wanted))
        continue;
      if (found < 0)
        found = (int) i;
      else
        {
          if (other != NULL)
            *other = (int) i;
          break;
        }
    }

  return found;
}
