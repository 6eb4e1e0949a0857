/* entente-item-title.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-item-title.h"

/* How an item is named in lists and choices: its title field, with
 * references shown by the name of what they point at. */

static char *
ref_title (EntenteDocument *document,
           const char      *id)
{
  EntenteItem *target;

  if (id == NULL)
    return g_strdup (_("None"));

  target = ENTENTE_ITEM (entente_document_find_stage (document, id));
  if (target == NULL)
    target = ENTENTE_ITEM (entente_document_find_party (document, id));

  return target ? entente_item_title (document, target) : g_strdup (id);
}

/**
 * entente_item_title:
 *
 * Returns: (transfer full): a name for @item that people recognize
 */
char *
entente_item_title (EntenteDocument *document,
                    EntenteItem     *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  if (ENTENTE_IS_CONVERSION (item))
    {
      g_autofree char *from = ref_title (document, entente_conversion_get_from (ENTENTE_CONVERSION (item)));
      g_autofree char *to = ref_title (document, entente_conversion_get_to (ENTENTE_CONVERSION (item)));

      /* Translators: a conversion between two funnel stages */
      return g_strdup_printf (_("%s → %s"), from, to);
    }

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];
      const char *value;

      if (!(field->flags & ENTENTE_FIELD_TITLE))
        continue;
      value = entente_item_get_string (item, i);
      if (field->kind == ENTENTE_VALUE_REF)
        return ref_title (document, value);
      if (value != NULL && value[0] != '\0')
        {
          /* One line is enough to recognize a long text. */
          const char *newline = strchr (value, '\n');

          return newline ? g_strndup (value, (gsize) (newline - value)) : g_strdup (value);
        }
      break;
    }

  return g_strdup (_("Untitled"));
}
