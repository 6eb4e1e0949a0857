/* entente-actuals-mapping.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "entente-actuals-mapping.h"
#include "entente-stage.h"

/* Recognised exports.
 *
 * HubSpot contact exports name their columns the same way everywhere:
 * "Record ID", "Contact owner", "Create Date", "Became a … Date" for each
 * lifecycle stage and "Number of times contacted".  The lead stage takes
 * "Became a Lead Date", or "Create Date" when the export lacks it.  SAL
 * has no HubSpot column.
 *
 * Salesforce lead reports are recognised by "Lead ID"; the columns are
 * "Lead Owner", "Create Date" (lead), "MQL Date", "SAL Date", "SQL Date",
 * "Converted Date" (opportunity), "Closed Won Date" (customer),
 * "First Activity Date" (first contact) and "Number of Activities"
 * (attempts).
 *
 * No export names the first contact the same way in HubSpot, so it, and
 * anything else, comes from `--map KEY=COLUMN`.
 *
 * A document stage matches a well-known stage by its id or its name,
 * compared without case ("mql" or "Marketing Qualified Lead"). */

struct _EntenteActualsMapping
{
  EntenteActualsSource source;
  GHashTable *columns;  /* key → column */
  GPtrArray  *order;    /* keys in the order they were set */
};

typedef struct
{
  const char *stage;      /* canonical id */
  const char *name;       /* canonical name */
  const char *hubspot;
  const char *salesforce;
} WellKnownStage;

static const WellKnownStage well_known_stages[] = {
  { "lead", "Lead", "Became a Lead Date", "Create Date" },
  { "mql", "Marketing Qualified Lead", "Became a Marketing Qualified Lead Date", "MQL Date" },
  { "sal", "Sales Accepted Lead", NULL, "SAL Date" },
  { "sql", "Sales Qualified Lead", "Became a Sales Qualified Lead Date", "SQL Date" },
  { "opportunity", "Opportunity", "Became an Opportunity Date", "Converted Date" },
  { "customer", "Customer", "Became a Customer Date", "Closed Won Date" },
};

EntenteActualsMapping *
entente_actuals_mapping_new (void)
{
  EntenteActualsMapping *self = g_new0 (EntenteActualsMapping, 1);

  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->order = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
entente_actuals_mapping_free (EntenteActualsMapping *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->columns);
  g_ptr_array_unref (self->order);
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
header_has (GPtrArray  *header,
            const char *column)
{
  if (column == NULL)
    return FALSE;
  for (guint i = 0; i < header->len; i++)
    if (g_strcmp0 (g_ptr_array_index (header, i), column) == 0)
      return TRUE;
  return FALSE;
}

static const WellKnownStage *
well_known (EntenteStage *stage)
{
  const char *id = entente_stage_get_id (stage);
  const char *name = entente_stage_get_name (stage);

  for (guint i = 0; i < G_N_ELEMENTS (well_known_stages); i++)
    {
      const WellKnownStage *known = &well_known_stages[i];

      if ((id != NULL && g_ascii_strcasecmp (id, known->stage) == 0) ||
          (name != NULL && (g_ascii_strcasecmp (name, known->stage) == 0 ||
                            g_ascii_strcasecmp (name, known->name) == 0)))
        return known;
    }
  return NULL;
}

static void
set_if_present (EntenteActualsMapping *self,
                GPtrArray             *header,
                const char            *key,
                const char            *column)
{
  if (header_has (header, column))
    entente_actuals_mapping_set (self, key, column);
}

/* Recognises a HubSpot or Salesforce export by its header and maps the
 * document's stages to its columns; an empty mapping for anything else.
 * Only columns present in @header are mapped. */
EntenteActualsMapping *
entente_actuals_mapping_detect (GPtrArray       *header,
                                EntenteDocument *document)
{
  g_autoptr(EntenteActualsMapping) self = entente_actuals_mapping_new ();
  GListModel *stages;

  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  if (header_has (header, "Record ID") &&
      (header_has (header, "Contact owner") || header_has (header, "Create Date") ||
       header_has (header, "Lifecycle Stage")))
    self->source = ENTENTE_ACTUALS_SOURCE_HUBSPOT;
  else if (header_has (header, "Lead ID"))
    self->source = ENTENTE_ACTUALS_SOURCE_SALESFORCE;
  else
    return g_steal_pointer (&self);

  if (self->source == ENTENTE_ACTUALS_SOURCE_HUBSPOT)
    {
      set_if_present (self, header, ENTENTE_ACTUALS_KEY_RECORD, "Record ID");
      set_if_present (self, header, ENTENTE_ACTUALS_KEY_OWNER, "Contact owner");
      set_if_present (self, header, ENTENTE_ACTUALS_KEY_ATTEMPTS, "Number of times contacted");
    }
  else
    {
      set_if_present (self, header, ENTENTE_ACTUALS_KEY_RECORD, "Lead ID");
      set_if_present (self, header, ENTENTE_ACTUALS_KEY_OWNER, "Lead Owner");
      set_if_present (self, header, ENTENTE_ACTUALS_KEY_FIRST_CONTACT, "First Activity Date");
      set_if_present (self, header, ENTENTE_ACTUALS_KEY_ATTEMPTS, "Number of Activities");
    }

  stages = entente_document_get_stages (document);
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);
      const WellKnownStage *known = well_known (stage);
      const char *id = entente_stage_get_id (stage);

      if (known == NULL || id == NULL)
        continue;
      if (self->source == ENTENTE_ACTUALS_SOURCE_HUBSPOT)
        {
          if (header_has (header, known->hubspot))
            entente_actuals_mapping_set (self, id, known->hubspot);
          else if (g_str_equal (known->stage, "lead"))
            set_if_present (self, header, id, "Create Date");
        }
      else
        set_if_present (self, header, id, known->salesforce);
    }

  return g_steal_pointer (&self);
}
