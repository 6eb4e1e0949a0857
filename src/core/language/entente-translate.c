/* entente-translate.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-item-private.h"
#include "entente-translate.h"

/* Templates ship in English and open in the reader's language: every text
 * people read (names, definitions, list items) goes through a translation
 * function, while ids, references and typed values stay as they are.
 * po/its/entente.its extracts the same texts for translators. */

/**
 * entente_item_translate_texts:
 * @translate: returns the translation of a text, or the text itself
 *
 * Replaces the texts of @item and of every item below it, quietly: meant
 * for a document nobody shows yet, such as a template just read.
 */
void
entente_item_translate_texts (EntenteItem          *item,
                              EntenteTranslateFunc  translate,
                              gpointer              user_data)
{
  EntenteItemClass *klass;

  g_return_if_fail (ENTENTE_IS_ITEM (item));
  g_return_if_fail (translate != NULL);

  klass = ENTENTE_ITEM_GET_CLASS (item);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];
      GValue *slot = entente_item_get_value_slot (item, i);

      switch (field->kind)
        {
        case ENTENTE_VALUE_STRING:
          if (g_value_get_string (slot) != NULL && g_value_get_string (slot)[0] != '\0')
            g_value_set_string (slot, translate (g_value_get_string (slot), user_data));
          break;

        case ENTENTE_VALUE_STRV:
          {
            const char * const *texts = g_value_get_boxed (slot);
            GPtrArray *translated;

            if (texts == NULL)
              break;
            translated = g_ptr_array_new ();
            for (guint j = 0; texts[j] != NULL; j++)
              g_ptr_array_add (translated, g_strdup (translate (texts[j], user_data)));
            g_ptr_array_add (translated, NULL);
            g_value_take_boxed (slot, g_ptr_array_free (translated, FALSE));
          }
          break;

        case ENTENTE_VALUE_OBJECT:
          entente_item_translate_texts (entente_item_get_child (item, i), translate, user_data);
          break;

        case ENTENTE_VALUE_LIST:
          {
            GListModel *list = entente_item_get_list (item, i);

            for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
              {
                g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);

                entente_item_translate_texts (child, translate, user_data);
              }
          }
          break;

        default:
          break;
        }
    }
}
