/* entente-item-describe.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-conflict-describe.h"
#include "entente-conversion.h"
#include "entente-handoff.h"
#include "entente-item-describe.h"

/* How an item is named in messages: its title field, with references
 * shown by the name of what they point at.  The same rule as the
 * window's lists, kept in core so that the diff, the merge and the CLI
 * name items the way people see them. */

static char *
ref_title (EntenteDocument *document,
           const char      *id)
{
  EntenteItem *target = NULL;

  if (id == NULL)
    return g_strdup (_("None"));

  if (document != NULL)
    {
      target = ENTENTE_ITEM (entente_document_find_stage (document, id));
      if (target == NULL)
        target = ENTENTE_ITEM (entente_document_find_party (document, id));
    }

  return target ? entente_item_describe (document, target) : g_strdup (id);
}

/**
 * entente_item_describe:
 * @document: (nullable): the document that resolves references; without
 *   one, references are shown by their id
 * @item: an item of @document
 *
 * Returns: (transfer full): a one-line name for @item that people
 *   recognize, such as “IT Ian”, “Lead → Marketing Qualified Lead” or,
 *   for a handoff, “Marketing Qualified Lead → Sales Development”
 */
char *
entente_item_describe (EntenteDocument *document,
                       EntenteItem     *item)
{
  EntenteItemClass *klass;

  g_return_val_if_fail (document == NULL || ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ENTENTE_IS_ITEM (item), NULL);

  /* A conflict is known by the place it is about, not by its path. */
  if (ENTENTE_IS_CONFLICT (item))
    return entente_conflict_describe_path (document, ENTENTE_CONFLICT (item));

  /* A conversion is known by both of its ends. */
  if (ENTENTE_IS_CONVERSION (item))
    {
      g_autofree char *from = ref_title (document, entente_conversion_get_from (ENTENTE_CONVERSION (item)));
      g_autofree char *to = ref_title (document, entente_conversion_get_to (ENTENTE_CONVERSION (item)));

      /* Translators: a conversion between two funnel stages */
      return g_strdup_printf (_("%s → %s"), from, to);
    }

  /* A handoff is known by the stage it hands over and the team that
   * receives it; its id is for the file. */
  if (ENTENTE_IS_HANDOFF (item) &&
      entente_handoff_get_from (ENTENTE_HANDOFF (item)) != NULL &&
      entente_handoff_get_to (ENTENTE_HANDOFF (item)) != NULL)
    {
      g_autofree char *from = ref_title (document, entente_handoff_get_from (ENTENTE_HANDOFF (item)));
      g_autofree char *to = ref_title (document, entente_handoff_get_to (ENTENTE_HANDOFF (item)));

      /* Translators: a handoff: %1$s is the stage handed over, %2$s the
       * team that receives it */
      return g_strdup_printf (_("%1$s → %2$s"), from, to);
    }

  klass = ENTENTE_ITEM_GET_CLASS (item);
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
