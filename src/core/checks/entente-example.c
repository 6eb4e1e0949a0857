/* entente-example.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-example.h"
#include "entente-persona.h"
#include "entente-writer-private.h"

/* Example content.  A template's example persona shows what a persona
 * holds; it must not reach a signed or exported agreement by mistake.
 * Its example attribute keeps a digest of the persona's content as the
 * template gave it, so the persona counts as an example for exactly as
 * long as it still says what the template said: any edit, by anyone, on
 * any machine, ends it, and undoing the edit brings the reminder back.
 * Nothing has to clear the mark, so undo, merges and drafts need no rule
 * of their own, and the mark is not part of what is signed. */

/* "sha256-" and 16 hexadecimal digits, an id as the format spells
 * them: the mark tells an edit apart from the template's text; it
 * protects nothing. */
#define MARK_PREFIX "sha256-"
#define MARK_DIGITS 16

static char *
content_mark (EntenteItem *item)
{
  g_autoptr(GBytes) content = entente_writer_write_content (item);
  g_autofree char *hex = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);

  hex[MARK_DIGITS] = '\0';
  return g_strconcat (MARK_PREFIX, hex, NULL);
}

/**
 * entente_example_mark_template:
 * @document: a document just read from a template, in its final language
 *
 * Gives each persona the template marks as an example (any value of its
 * example attribute) the mark of its content as it is now, after the
 * template's texts were translated.
 */
void
entente_example_mark_template (EntenteDocument *document)
{
  GListModel *personas;

  g_return_if_fail (ENTENTE_IS_DOCUMENT (document));

  personas = entente_document_get_personas (document);
  for (guint i = 0, n = g_list_model_get_n_items (personas); i < n; i++)
    {
      g_autoptr(EntenteItem) persona = g_list_model_get_item (personas, i);
      g_autofree char *mark = NULL;

      if (entente_item_get_string (persona, ENTENTE_PERSONA_FIELD_EXAMPLE) == NULL)
        continue;
      mark = content_mark (persona);
      entente_item_set_string (persona, ENTENTE_PERSONA_FIELD_EXAMPLE, mark);
    }
}

/**
 * entente_example_is_untouched:
 * @item: a persona
 *
 * Returns: whether @item is a template's example that nobody has edited
 */
gboolean
entente_example_is_untouched (EntenteItem *item)
{
  const char *mark;
  g_autofree char *now = NULL;

  g_return_val_if_fail (ENTENTE_IS_ITEM (item), FALSE);

  if (!ENTENTE_IS_PERSONA (item))
    return FALSE;
  mark = entente_item_get_string (item, ENTENTE_PERSONA_FIELD_EXAMPLE);
  if (mark == NULL || !g_str_has_prefix (mark, MARK_PREFIX))
    return FALSE;
  now = content_mark (item);

  return g_str_equal (mark, now);
}

/**
 * entente_example_list_untouched:
 *
 * Returns: (transfer container) (element-type EntenteItem): the examples
 *   of @document that nobody has edited, in their order
 */
GPtrArray *
entente_example_list_untouched (EntenteDocument *document)
{
  GPtrArray *examples = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *personas;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), examples);

  personas = entente_document_get_personas (document);
  for (guint i = 0, n = g_list_model_get_n_items (personas); i < n; i++)
    {
      g_autoptr(EntenteItem) persona = g_list_model_get_item (personas, i);

      if (entente_example_is_untouched (persona))
        g_ptr_array_add (examples, g_steal_pointer (&persona));
    }

  return examples;
}

/**
 * entente_example_describe:
 *
 * What Export, Print and Sign say before they go on.
 *
 * Returns: (transfer full) (nullable): a sentence naming the examples of
 *   @document that nobody has edited, or %NULL when there are none
 */
char *
entente_example_describe (EntenteDocument *document)
{
  g_autoptr(GPtrArray) examples = entente_example_list_untouched (document);
  g_autoptr(GString) names = g_string_new (NULL);

  if (examples->len == 0)
    return NULL;

  for (guint i = 0; i < examples->len; i++)
    {
      if (i > 0)
        /* Translators: between the names of a list */
        g_string_append (names, _(", "));
      g_string_append_printf (names, _("“%s”"), entente_persona_get_name (g_ptr_array_index (examples, i)));
    }

  /* Translators: %s is one name, or names separated by commas */
  return g_strdup_printf (ngettext ("The agreement still holds the template’s example persona %s: describe your own buyer in its place, or remove it.",
                                    "The agreement still holds the template’s example personas %s: describe your own buyers in their place, or remove them.",
                                    examples->len),
                          names->str);
}
