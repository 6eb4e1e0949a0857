/* entente-item-form.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-field-row.h"
#include "entente-item-form.h"
#include "entente-list-editor.h"

/* Every field of an item, in the order of its table, each with its
 * editor; lists of child items get a list editor of their own. */

void
entente_item_form_add_to_expander (gpointer   expander,
                                   GtkWidget *row)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

void
entente_item_form_add_rows (EntenteDocument *document,
                            EntenteItem     *item,
                            EntenteAddRow    add,
                            gpointer         container)
{
  for (guint i = 0; i < entente_item_get_n_fields (item); i++)
    {
      GtkWidget *row;

      if (entente_item_get_field (item, i)->kind == ENTENTE_VALUE_LIST)
        row = entente_list_editor_new_row (document, item, i);
      else
        row = entente_field_row_new (document, item, i);

      if (row != NULL)
        add (container, row);
    }
}
