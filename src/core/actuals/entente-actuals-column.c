/* entente-actuals-column.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-actuals-column.h"

/* One entry of the document's <actuals-mapping>: which column of the CRM
 * export the monthly review reads for a key (a stage id, or "record",
 * "owner", "first-contact" or "attempts"). */

struct _EntenteActualsColumn
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteActualsColumn, entente_actuals_column, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_ACTUALS_COLUMN_FIELD_KEY] = { "key", ENTENTE_VALUE_STRING, NULL, "key", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_TITLE, N_("Key") },
  [ENTENTE_ACTUALS_COLUMN_FIELD_COLUMN] = { "column", ENTENTE_VALUE_STRING, NULL, NULL, NULL, NULL, 0, N_("Column") },
};

static void
entente_actuals_column_class_init (EntenteActualsColumnClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "column",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_actuals_column_init (EntenteActualsColumn *self)
{
}

EntenteActualsColumn *
entente_actuals_column_new (const char *key,
                            const char *column)
{
  return g_object_new (ENTENTE_TYPE_ACTUALS_COLUMN,
                       "key", key,
                       "column", column,
                       NULL);
}

const char *
entente_actuals_column_get_key (EntenteActualsColumn *self)
{
  g_return_val_if_fail (ENTENTE_IS_ACTUALS_COLUMN (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_ACTUALS_COLUMN_FIELD_KEY);
}

const char *
entente_actuals_column_get_column (EntenteActualsColumn *self)
{
  g_return_val_if_fail (ENTENTE_IS_ACTUALS_COLUMN (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_ACTUALS_COLUMN_FIELD_COLUMN);
}
