/* entente-catalog.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-catalog.h"

/* One compiled gettext catalogue (a .mo file), read directly.
 *
 * gettext translates into the language of the process's locale, and the
 * LANGUAGE variable overrides even uselocale(): there is no way to ask
 * libintl for the Khmer text of a message in a process that runs in
 * German.  An export must read in its document's language whatever the
 * machine's, so Entente reads the same .mo files libintl would, and asks
 * them itself.  The format is GNU gettext's, documented in its manual
 * ("The Format of GNU MO Files"). */

#define MO_MAGIC         0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u
#define MAX_PLURAL_DEPTH 32

typedef struct
{
  const char *text;   /* in data, NUL-terminated */
  guint32     length; /* with the NULs between plural forms */
} Translation;

struct _EntenteCatalog
{
  GBytes      *data;
  Translation *entries;
  GHashTable  *translations; /* msgid (in data) → its Translation */
  char       *plural;       /* the Plural-Forms expression, or NULL for n != 1 */
  gulong      n_plurals;
};

static gboolean
read_u32 (const guint8 *base,
          gsize         size,
          gsize         offset,
          gboolean      swapped,
          guint32      *value)
{
  guint32 raw;

  if (offset > size || size - offset < 4)
    return FALSE;
  memcpy (&raw, base + offset, 4);
  *value = swapped ? GUINT32_SWAP_LE_BE (raw) : raw;
  return TRUE;
}

/* A string of the table at @table, entry @i: its length and offset, and
 * the NUL that must end it inside the file. */
static const char *
read_string (const guint8 *base,
             gsize         size,
             guint32       table,
             guint32       i,
             gboolean      swapped,
             guint32      *length)
{
  guint32 offset;
  gsize entry = (gsize) table + (gsize) i * 8;

  if (!read_u32 (base, size, entry, swapped, length) ||
      !read_u32 (base, size, entry + 4, swapped, &offset))
    return NULL;
  if (offset > size || size - offset <= *length || base[offset + *length] != '\0')
    return NULL;
  return (const char *) base + offset;
}

static void
read_plural_forms (EntenteCatalog *self,
                   const char     *header)
{
  const char *line = strstr (header, "Plural-Forms:");
  const char *nplurals, *plural, *end;

  if (line == NULL)
    return;
  end = strchr (line, '\n');
  if (end == NULL)
    end = line + strlen (line);

  nplurals = g_strstr_len (line, end - line, "nplurals=");
  plural = g_strstr_len (line, end - line, "plural=");
  if (nplurals == NULL || plural == NULL)
    return;

  self->n_plurals = strtoul (nplurals + strlen ("nplurals="), NULL, 10);
  plural += strlen ("plural=");
  self->plural = g_strndup (plural, end - plural);
  /* The expression ends at its semicolon. */
  if (strchr (self->plural, ';') != NULL)
    *strchr (self->plural, ';') = '\0';
}

/**
 * entente_catalog_new_from_data:
 * @data: the bytes of a .mo file
 *
 * Returns: (transfer full) (nullable): the catalogue, or %NULL with
 *   @error set when @data is not a .mo file
 */
EntenteCatalog *
entente_catalog_new_from_data (GBytes  *data,
                               GError **error)
{
  g_autoptr(EntenteCatalog) self = NULL;
  gsize size;
  const guint8 *base = g_bytes_get_data (data, &size);
  guint32 magic, count, originals, translations;
  gboolean swapped;

  g_return_val_if_fail (data != NULL, NULL);

  if (!read_u32 (base, size, 0, FALSE, &magic) || (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED))
    goto invalid;
  swapped = magic == MO_MAGIC_SWAPPED;
  if (!read_u32 (base, size, 8, swapped, &count) ||
      !read_u32 (base, size, 12, swapped, &originals) ||
      !read_u32 (base, size, 16, swapped, &translations))
    goto invalid;

  self = g_new0 (EntenteCatalog, 1);
  self->data = g_bytes_ref (data);
  self->translations = g_hash_table_new (g_str_hash, g_str_equal);
  self->entries = g_new0 (Translation, MIN (count, size / 16));
  self->n_plurals = 2;
  if (count > size / 16)
    goto invalid;

  for (guint32 i = 0; i < count; i++)
    {
      guint32 id_length, text_length;
      const char *id = read_string (base, size, originals, i, swapped, &id_length);
      const char *text = read_string (base, size, translations, i, swapped, &text_length);

      if (id == NULL || text == NULL)
        goto invalid;
      if (id_length == 0)
        read_plural_forms (self, text);
      else
        {
          self->entries[i].text = text;
          self->entries[i].length = text_length;
          g_hash_table_insert (self->translations, (gpointer) id, &self->entries[i]);
        }
    }

  return g_steal_pointer (&self);

invalid:
  g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "not a gettext catalogue (.mo file)");
  return NULL;
}

/**
 * entente_catalog_new_from_file:
 * @path: a .mo file
 *
 * Returns: (transfer full) (nullable): the catalogue, or %NULL with
 *   @error set
 */
EntenteCatalog *
entente_catalog_new_from_file (const char  *path,
                               GError     **error)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, error);
  g_autoptr(GBytes) bytes = NULL;

  if (file == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (file);
  return entente_catalog_new_from_data (bytes, error);
}

void
entente_catalog_free (EntenteCatalog *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->translations, g_hash_table_unref);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_free (self->entries);
  g_free (self->plural);
  g_free (self);
}

/**
 * entente_catalog_lookup:
 * @msgid: the English text, or "context\004text" for a text with a context
 *
 * Returns: (nullable): the translation, or %NULL when the catalogue has
 *   none
 */
const char *
entente_catalog_lookup (EntenteCatalog *self,
                        const char     *msgid)
{
  const Translation *translation;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  translation = g_hash_table_lookup (self->translations, msgid);
  return translation != NULL && translation->length > 0 ? translation->text : NULL;
}

/* Plural-Forms is a C expression in n ("n != 1", "n%10==1 && n%100!=11
 * ? 0 : …"): a small recursive descent evaluates it, in C's precedence. */

typedef struct
{
  const char *p;
  gulong      n;
  guint       depth;
  gboolean    failed;
} PluralParser;

static gulong parse_conditional (PluralParser *parser);

static void
skip_blanks (PluralParser *parser)
{
  while (g_ascii_isspace (*parser->p))
    parser->p++;
}

static gboolean
accept (PluralParser *parser,
        const char   *token)
{
  skip_blanks (parser);
  if (strncmp (parser->p, token, strlen (token)) != 0)
    return FALSE;
  parser->p += strlen (token);
  return TRUE;
}

static gulong
parse_primary (PluralParser *parser)
{
  skip_blanks (parser);
  if (accept (parser, "("))
    {
      gulong value = parse_conditional (parser);

      if (!accept (parser, ")"))
        parser->failed = TRUE;
      return value;
    }
  if (accept (parser, "!"))
    return !parse_primary (parser);
  if (*parser->p == 'n')
    {
      parser->p++;
      return parser->n;
    }
  if (g_ascii_isdigit (*parser->p))
    {
      char *end = NULL;
      gulong value = strtoul (parser->p, &end, 10);

      parser->p = end;
      return value;
    }
  parser->failed = TRUE;
  return 0;
}

static gulong
parse_product (PluralParser *parser)
{
  gulong value = parse_primary (parser);

  for (;;)
    {
      if (accept (parser, "*"))
        value *= parse_primary (parser);
      else if (accept (parser, "/") || accept (parser, "%"))
        {
          char op = parser->p[-1];
          gulong divisor = parse_primary (parser);

          if (divisor == 0)
            {
              parser->failed = TRUE;
              return 0;
            }
          value = op == '/' ? value / divisor : value % divisor;
        }
      else
        return value;
    }
}

static gulong
parse_sum (PluralParser *parser)
{
  gulong value = parse_product (parser);

  for (;;)
    {
      if (accept (parser, "+"))
        value += parse_product (parser);
      else if (accept (parser, "-"))
        value -= parse_product (parser);
      else
        return value;
    }
}

static gulong
parse_relation (PluralParser *parser)
{
  gulong value = parse_sum (parser);

  for (;;)
    {
      if (accept (parser, "<="))
        value = value <= parse_sum (parser);
      else if (accept (parser, ">="))
        value = value >= parse_sum (parser);
      else if (accept (parser, "<"))
        value = value < parse_sum (parser);
      else if (accept (parser, ">"))
        value = value > parse_sum (parser);
      else
        return value;
    }
}

static gulong
parse_equality (PluralParser *parser)
{
  gulong value = parse_relation (parser);

  for (;;)
    {
      if (accept (parser, "=="))
        value = value == parse_relation (parser);
      else if (accept (parser, "!="))
        value = value != parse_relation (parser);
      else
        return value;
    }
}

static gulong
parse_and (PluralParser *parser)
{
  gulong value = parse_equality (parser);

  while (accept (parser, "&&"))
    {
      gulong right = parse_equality (parser);

      value = value && right;
    }
  return value;
}

static gulong
parse_or (PluralParser *parser)
{
  gulong value = parse_and (parser);

  while (accept (parser, "||"))
    {
      gulong right = parse_and (parser);

      value = value || right;
    }
  return value;
}

static gulong
parse_conditional (PluralParser *parser)
{
  gulong condition, if_true, if_false;

  if (++parser->depth > MAX_PLURAL_DEPTH)
    {
      parser->failed = TRUE;
      return 0;
    }

  condition = parse_or (parser);
  if (!accept (parser, "?"))
    {
      parser->depth--;
      return condition;
    }
  if_true = parse_conditional (parser);
  if (!accept (parser, ":"))
    parser->failed = TRUE;
  if_false = parse_conditional (parser);
  parser->depth--;
  return condition ? if_true : if_false;
}

static gulong
plural_index (EntenteCatalog *self,
              gulong          n)
{
  PluralParser parser = { self->plural, n, 0, FALSE };
  gulong index;

  if (self->plural == NULL)
    return n != 1;

  index = parse_conditional (&parser);
  skip_blanks (&parser);
  if (parser.failed || *parser.p != '\0' || index >= self->n_plurals)
    return n != 1 ? MIN (1, self->n_plurals - 1) : 0;
  return index;
}

/**
 * entente_catalog_lookup_plural:
 * @msgid: the English singular
 * @msgid_plural: the English plural
 * @n: the count that chooses the form
 *
 * Returns: the translated form for @n, or the English one when the
 *   catalogue has no translation
 */
const char *
entente_catalog_lookup_plural (EntenteCatalog *self,
                               const char     *msgid,
                               const char     *msgid_plural,
                               gulong          n)
{
  const Translation *translation;
  const char *form;
  gulong index;

  g_return_val_if_fail (self != NULL, NULL);

  translation = g_hash_table_lookup (self->translations, msgid);
  if (translation == NULL || translation->length == 0)
    return n == 1 ? msgid : msgid_plural;

  /* The forms follow each other, each ended by a NUL; a catalogue with
   * fewer forms than its header says gets the last it has. */
  form = translation->text;
  index = plural_index (self, n);
  for (gulong i = 0; i < index; i++)
    {
      const char *next = form + strlen (form) + 1;

      if (next >= translation->text + translation->length)
        break;
      form = next;
    }
  return form;
}
