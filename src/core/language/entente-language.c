/* entente-language.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-language.h"

/* The language a document is written in, which decides how it reads
 * wherever it is exported: its tag (BCP 47: "en", "km", "de-CH"), the
 * languages people are offered, and the language a document that names
 * none is written in, told from the script of its texts. */

/* The languages an agreement can be written in: English, in which the
 * sources are, and every language of po/LINGUAS.  A language without a
 * translation would give an agreement of English sentences around
 * another language's dates, so it is not offered; a file may still name
 * one (see known_names). */
static const EntenteLanguage offered[] = {
  { "en", "English" },
  { "km", "ខ្មែរ" },
};

/* Names of languages people may have written in a file by hand. */
static const EntenteLanguage known_names[] = {
  { "de", "Deutsch" },
  { "es", "Español" },
  { "fr", "Français" },
};

/**
 * entente_language_tag_is_valid:
 * @tag: (nullable): a language tag
 *
 * Whether @tag is a well-formed language tag in the basic syntax of BCP
 * 47: a primary language subtag of 2 to 8 letters, then any number of
 * subtags of 1 to 8 letters or digits, each after a hyphen, such as "en",
 * "km", "de-CH" or "sr-Latn-RS"; at most 64 characters.  Whether the
 * language exists is not checked.
 */
gboolean
entente_language_tag_is_valid (const char *tag)
{
  gsize subtag = 0;
  gboolean primary = TRUE;
  const char *p;

  if (tag == NULL || strlen (tag) > ENTENTE_LANGUAGE_TAG_MAX_LENGTH)
    return FALSE;

  for (p = tag; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (subtag < (primary ? 2 : 1))
            return FALSE;
          primary = FALSE;
          subtag = 0;
        }
      else if (g_ascii_isalpha (*p) || (!primary && g_ascii_isdigit (*p)))
        {
          if (++subtag > 8)
            return FALSE;
        }
      else
        return FALSE;
    }

  return subtag >= (primary ? 2 : 1);
}

/**
 * entente_language_tag_equal:
 *
 * Whether @a and @b name the same language: tags are not case-sensitive.
 */
gboolean
entente_language_tag_equal (const char *a,
                            const char *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_ascii_strcasecmp (a, b) == 0;
}

/**
 * entente_language_get_offered:
 * @n_languages: (out) (optional): how many there are
 *
 * Returns: (transfer none) (array length=n_languages): the languages a
 *   document can be set to, in the order to offer them
 */
const EntenteLanguage *
entente_language_get_offered (guint *n_languages)
{
  if (n_languages != NULL)
    *n_languages = G_N_ELEMENTS (offered);

  return offered;
}

/**
 * entente_language_find_offered:
 * @tag: (nullable): a language tag
 *
 * Returns: (transfer none) (nullable): the offered language with exactly
 *   @tag (in any case), or %NULL
 */
const EntenteLanguage *
entente_language_find_offered (const char *tag)
{
  for (guint i = 0; tag != NULL && i < G_N_ELEMENTS (offered); i++)
    if (entente_language_tag_equal (offered[i].tag, tag))
      return &offered[i];

  return NULL;
}

static const EntenteLanguage *
find_named (const char *tag)
{
  const EntenteLanguage *language = entente_language_find_offered (tag);

  for (guint i = 0; language == NULL && i < G_N_ELEMENTS (known_names); i++)
    if (entente_language_tag_equal (known_names[i].tag, tag))
      language = &known_names[i];
  return language;
}

/**
 * entente_language_dup_name:
 * @tag: a language tag
 *
 * How a language reads for people: the name of an offered or known
 * language; the name of the language it is a variant of, with the tag,
 * as in "Deutsch (de-CH)"; else the tag itself.
 *
 * Returns: (transfer full): the name
 */
char *
entente_language_dup_name (const char *tag)
{
  const EntenteLanguage *language;
  g_autofree char *primary = NULL;

  g_return_val_if_fail (tag != NULL, NULL);

  language = find_named (tag);
  if (language != NULL)
    return g_strdup (language->name);

  primary = g_strndup (tag, strcspn (tag, "-"));
  language = find_named (primary);
  if (language != NULL)
    return g_strdup_printf ("%s (%s)", language->name, tag);

  return g_strdup (tag);
}

/* Telling the language from the script: each script here is written by
 * one of the offered languages; everything else reads as the default.
 * Only letters count, so that numbers, codes and punctuation decide
 * nothing; and only the first letters in the document's order (the
 * title, the purpose, the parties, the first personas…), enough to tell
 * and few enough to tell at every keystroke in a document of megabytes. */

#define SAMPLE_LETTERS 10000

typedef struct
{
  gsize khmer;
  gsize other;
} LetterCount;

static gboolean
sample_full (const LetterCount *count)
{
  return count->khmer + count->other >= SAMPLE_LETTERS;
}

static gboolean
is_khmer (gunichar c)
{
  return (c >= 0x1780 && c <= 0x17FF) ||  /* Khmer */
         (c >= 0x19E0 && c <= 0x19FF);    /* Khmer Symbols */
}

static void
count_letters (LetterCount *count,
               const char  *text)
{
  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0' && !sample_full (count); p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      /* Not UTF-8 from here on: nothing more to read. */
      if (c == (gunichar) -1 || c == (gunichar) -2)
        return;

      /* Khmer's vowel signs and marks are not letters to GLib, but are
       * as much a part of its words. */
      if (is_khmer (c))
        count->khmer++;
      else if (g_unichar_isalpha (c))
        count->other++;
    }
}

static const char *
language_of (const LetterCount *count)
{
  return count->khmer > count->other ? "km" : ENTENTE_LANGUAGE_DEFAULT;
}

/**
 * entente_language_detect_text:
 * @text: (nullable): UTF-8 text
 *
 * Returns: "km" when most letters of @text (of its first 10,000) are
 *   Khmer, else %ENTENTE_LANGUAGE_DEFAULT
 */
const char *
entente_language_detect_text (const char *text)
{
  LetterCount count = { 0, 0 };

  count_letters (&count, text);
  return language_of (&count);
}

static void
count_item (LetterCount *count,
            EntenteItem *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields && !sample_full (count); i++)
    {
      const EntenteField *field = &klass->fields[i];

      /* Comments and sign-offs discuss the agreement; it is what the
       * agreement says that counts. */
      if (field->flags & ENTENTE_FIELD_NOT_CONTENT)
        continue;

      switch (field->kind)
        {
        case ENTENTE_VALUE_STRING:
          count_letters (count, entente_item_get_string (item, i));
          break;

        case ENTENTE_VALUE_STRV:
          {
            const char * const *texts = entente_item_get_strv (item, i);

            for (guint j = 0; texts != NULL && texts[j] != NULL && !sample_full (count); j++)
              count_letters (count, texts[j]);
          }
          break;

        case ENTENTE_VALUE_OBJECT:
          count_item (count, entente_item_get_child (item, i));
          break;

        case ENTENTE_VALUE_LIST:
          {
            GListModel *list = entente_item_get_list (item, i);

            for (guint j = 0, n = g_list_model_get_n_items (list); j < n && !sample_full (count); j++)
              {
                g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);

                count_item (count, child);
              }
          }
          break;

        default:
          break;
        }
    }
}

/**
 * entente_language_detect_item:
 * @item: a document or a part of one
 *
 * The language the texts of @item are written in, told from their
 * script: "km" when most of their letters are Khmer, else
 * %ENTENTE_LANGUAGE_DEFAULT.  Comments and approvals do not count, nor
 * anything after the first 10,000 letters.
 *
 * Returns: (transfer none): a language tag
 */
const char *
entente_language_detect_item (EntenteItem *item)
{
  LetterCount count = { 0, 0 };

  g_return_val_if_fail (ENTENTE_IS_ITEM (item), ENTENTE_LANGUAGE_DEFAULT);

  count_item (&count, item);
  return language_of (&count);
}

/**
 * entente_language_from_catalogue:
 * @domain: a gettext domain
 *
 * The language of the catalogue that translates @domain's messages now,
 * as its header names it ("Language: km"), written as a BCP 47 tag:
 * "pt_BR" reads "pt-BR", a modifier such as "@latin" is dropped.
 *
 * Returns: (transfer full) (nullable): the tag, or %NULL when no
 *   catalogue translates @domain (the messages stay as written) or its
 *   header names no valid language
 */
char *
entente_language_from_catalogue (const char *domain)
{
  const char *header;
  const char *line;
  g_autofree char *tag = NULL;

  g_return_val_if_fail (domain != NULL, NULL);

  /* The empty message translates to the catalogue's header. */
  header = g_dgettext (domain, "");
  if (header == NULL || header[0] == '\0')
    return NULL;

  line = header;
  while (line != NULL && !g_str_has_prefix (line, "Language:"))
    {
      line = strchr (line, '\n');
      if (line != NULL)
        line++;
    }
  if (line == NULL)
    return NULL;

  line += strlen ("Language:");
  tag = g_strndup (line, strcspn (line, "\n"));
  g_strstrip (tag);
  tag[strcspn (tag, "@.")] = '\0';
  g_strdelimit (tag, "_", '-');

  return entente_language_tag_is_valid (tag) ? g_steal_pointer (&tag) : NULL;
}
