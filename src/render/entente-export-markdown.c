/* entente-export-markdown.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-agreement-content.h"
#include "entente-export-markdown.h"

/* The agreement in GitHub-flavoured Markdown, for wikis and pull
 * requests: the same content as the PDF and the HTML, headings, pipe
 * tables and lists, the funnel in words.
 *
 * Everything people typed is escaped, so that a name with a "|", a "*" or
 * a "<script>" reads as typed and never breaks a table, starts a list or
 * becomes markup.  Line breaks inside a value become <br>, which keeps
 * every table row, list item and paragraph on one line. */

typedef enum
{
  CONTEXT_INLINE,   /* table cells, and text after a label */
  CONTEXT_BLOCK,    /* text that starts a paragraph or a list item */
  CONTEXT_HEADING,  /* a line break becomes a space, every # is escaped */
} Context;

/* Whether text at p looks like a character reference, which Markdown
 * would decode: &amp; &#38; &#x26; */
static gboolean
is_entity (const char *p)
{
  const char *q = p + 1;

  if (*q == '#')
    {
      q++;
      if (*q == 'x' || *q == 'X')
        {
          q++;
          if (!g_ascii_isxdigit (*q))
            return FALSE;
          while (g_ascii_isxdigit (*q))
            q++;
        }
      else
        {
          if (!g_ascii_isdigit (*q))
            return FALSE;
          while (g_ascii_isdigit (*q))
            q++;
        }
    }
  else
    {
      if (!g_ascii_isalpha (*q))
        return FALSE;
      while (g_ascii_isalnum (*q))
        q++;
    }

  return *q == ';';
}

/* What Markdown would read as markup; @text is where the value starts. */
static gboolean
escape_markdown (GString    *out,
                 const char *text,
                 const char *p,
                 gunichar    c,
                 Context     context)
{
  switch (c)
    {
    case '_':
      /* Inside a word, as in America/New_York, it cannot emphasize. */
      if (p > text && g_ascii_isalnum (p[-1]) && g_ascii_isalnum (p[1]))
        {
          g_string_append_c (out, '_');
          return TRUE;
        }
      G_GNUC_FALLTHROUGH;
    case '\\': case '`': case '*': case '[': case ']':
    case '|': case '~':
      g_string_append_c (out, '\\');
      g_string_append_c (out, (char) c);
      return TRUE;
    case '#':
      g_string_append (out, context == CONTEXT_HEADING ? "\\#" : "#");
      return TRUE;
    case '<': g_string_append (out, "&lt;"); return TRUE;
    case '>': g_string_append (out, "&gt;"); return TRUE;
    case '&':
      g_string_append (out, is_entity (p) ? "&amp;" : "&");
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
escape_inline (GString    *out,
               const char *text,
               const char *p,
               gunichar    c)
{
  return escape_markdown (out, text, p, c, CONTEXT_INLINE);
}

static gboolean
escape_heading (GString    *out,
                const char *text,
                const char *p,
                gunichar    c)
{
  return escape_markdown (out, text, p, c, CONTEXT_HEADING);
}

static void
append_escaped (GString    *out,
                const char *text,
                Context     context)
{
  g_autofree char *valid = NULL;
  g_autofree char *trimmed = NULL;
  const char *p;

  if (text == NULL)
    return;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  trimmed = g_strstrip (g_strdup (text));

  /* What would start a block at the beginning of a line: a list, a
   * heading, a thematic break or a setext underline.  (A quote starts with
   * ">", which is always escaped.) */
  p = trimmed;
  if (context == CONTEXT_BLOCK && (*p == '-' || *p == '+' || *p == '='))
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (context == CONTEXT_BLOCK && g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if (*q == '.' || *q == ')')
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          g_string_append_c (out, *q);
          p = q + 1;
        }
    }
  else if (context == CONTEXT_BLOCK && *p == '#')
    {
      g_string_append (out, "\\#");
      p++;
    }

  entente_content_append_escaped (out, trimmed, p, context == CONTEXT_HEADING ? " " : "<br>",
                                         context == CONTEXT_HEADING ? escape_heading : escape_inline);
}

static void
append_text (GString    *out,
             const char *text)
{
  append_escaped (out, text, CONTEXT_INLINE);
}

static void
append_block_text (GString    *out,
                   const char *text)
{
  append_escaped (out, text, CONTEXT_BLOCK);
}

/* A bold label and its colon, as in "**Purpose:**". */
static void
append_label (GString    *out,
              const char *label)
{
  /* TRANSLATORS: a label before its value, as in "Purpose: …" */
  g_autofree char *text = g_strdup_printf (_("%s:"), label);

  g_string_append (out, "**");
  append_text (out, text);
  g_string_append (out, "**");
}

static void
append_heading (GString    *out,
                guint       level,
                const char *text)
{
  for (guint i = 0; i < level; i++)
    g_string_append_c (out, '#');
  g_string_append_c (out, ' ');
  if (text == NULL || *text == '\0')
    g_string_append (out, "\xe2\x80\x94");
  else
    append_escaped (out, text, CONTEXT_HEADING);
  g_string_append (out, "\n\n");
}

/* A paragraph in italics: a remark about the content, not the content. */
static void
append_remark (GString    *out,
               const char *text)
{
  g_string_append_c (out, '_');
  append_text (out, text);
  g_string_append (out, "_\n\n");
}

static void
append_cell (GString  *out,
             char    **lines)
{
  g_string_append_c (out, ' ');
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "<br>");
      append_text (out, lines[i]);
    }
  g_string_append (out, " |");
}

static void
append_table_row (GString           *out,
                  EntenteContentRow *row,
                  guint              n_columns)
{
  g_string_append_c (out, '|');
  for (guint c = 0; c < n_columns; c++)
    append_cell (out, c < row->cells->len ? g_ptr_array_index (row->cells, c) : NULL);
  g_string_append_c (out, '\n');
}

static void
append_table_header (GString     *out,
                     char       **columns,
                     guint        n_columns,
                     guint        numeric)
{
  g_string_append_c (out, '|');
  for (guint c = 0; c < n_columns; c++)
    {
      const char *lines[] = { columns[c], NULL };

      append_cell (out, (char **) lines);
    }
  g_string_append (out, "\n|");
  for (guint c = 0; c < n_columns; c++)
    g_string_append (out, numeric & (1u << c) ? " ---: |" : " --- |");
  g_string_append_c (out, '\n');
}

static void
write_table (EntenteContentWriter *writer,
             EntenteContentBlock  *block)
{
  GString *out = writer->out;

  append_table_header (out, block->columns, block->n_columns, block->numeric);
  for (guint i = 0; i < block->rows->len; i++)
    append_table_row (out, g_ptr_array_index (block->rows, i), block->n_columns);
  g_string_append_c (out, '\n');
}

/* Fields as a bullet list: "- **Label:** value", or the label over a
 * nested list when there are several values. */
static void
append_field_list (GString   *out,
                   GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      EntenteContentRow *row = g_ptr_array_index (rows, i);
      char **label = g_ptr_array_index (row->cells, 0);
      char **values = g_ptr_array_index (row->cells, 1);
      const char *strong = row->style == ENTENTE_CONTENT_EMPHASIS ? "**" : "";

      g_string_append (out, "- ");
      append_label (out, label[0] ? label[0] : "");
      if (values[0] != NULL && values[1] == NULL)
        {
          g_string_append_c (out, ' ');
          g_string_append (out, strong);
          append_text (out, values[0]);
          g_string_append (out, strong);
        }
      g_string_append_c (out, '\n');
      if (values[0] != NULL && values[1] != NULL)
        for (guint j = 0; values[j] != NULL; j++)
          {
            g_string_append (out, "  - ");
            append_block_text (out, values[j]);
            g_string_append_c (out, '\n');
          }
    }
}

static void
write_fields (EntenteContentWriter *writer,
              EntenteContentBlock  *block)
{
  if (block->rows->len == 0)
    return;

  append_field_list (writer->out, block->rows);
  g_string_append_c (writer->out, '\n');
}

/* A party's signature block: its signatory, the state of its sign-off,
 * each a paragraph, then lines to sign on when the page is printed. */
static void
write_signature (EntenteContentWriter *writer,
                 EntenteContentBlock  *block)
{
  GString *out = writer->out;

  append_heading (out, 3, block->text);
  if (block->label != NULL && *block->label != '\0')
    {
      append_block_text (out, block->label);
      g_string_append (out, "\n\n");
    }
  for (guint i = 0; i < block->rows->len; i++)
    {
      EntenteContentRow *row = g_ptr_array_index (block->rows, i);
      const char *strong = row->style == ENTENTE_CONTENT_EMPHASIS ? "**" : "";

      g_string_append (out, strong);
      append_block_text (out, ((char **) g_ptr_array_index (row->cells, 0))[0]);
      g_string_append (out, strong);
      g_string_append (out, "\n\n");
    }
  if (!(block->flags & ENTENTE_CONTENT_SIGN_LINES))
    return;

  g_string_append (out, "- ");
  append_label (out, _("Signature"));
  g_string_append (out, " ______________________________\n- ");
  append_label (out, _("Date"));
  g_string_append (out, " ______________________________\n\n");
}

/* An open comment under where it is, a reply quoted under it. */
static void
write_comment (EntenteContentWriter *writer,
               EntenteContentBlock  *block)
{
  GString *out = writer->out;
  const char *quote = (block->flags & ENTENTE_CONTENT_REPLY) ? "> " : "";

  if (!(block->flags & ENTENTE_CONTENT_REPLY))
    append_heading (out, 3, block->label);
  g_string_append_printf (out, "%s_", quote);
  append_text (out, block->detail);
  g_string_append (out, "_\n");
  if (block->text != NULL && *block->text != '\0')
    {
      g_string_append_printf (out, "%s\n%s", *quote ? ">" : "", quote);
      append_block_text (out, block->text);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

/* The diagram in words: Markdown has no place for the picture. */
static void
write_funnel (EntenteContentWriter *writer,
              EntenteContentBlock  *block)
{
  append_heading (writer->out, 3, block->text);
  append_remark (writer->out, block->label);
}

/* The anchor GitHub gives a heading: its text in lower case, without
 * punctuation and symbols, spaces as hyphens; a repeated one gets "-1",
 * "-2"… in document order. */
static char *
heading_slug (GHashTable *used,
              const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text ? text : "", -1);
  g_autoptr(GString) slug = g_string_new (NULL);
  g_autofree char *unique = NULL;

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\n')
        g_string_append_c (slug, '-');
      else if (c == '-' || g_unichar_isalnum (c) || g_unichar_ismark (c)
               || g_unichar_type (c) == G_UNICODE_CONNECT_PUNCTUATION)
        g_string_append_unichar (slug, c);
    }

  unique = g_strdup (slug->str);
  for (guint n = 1; g_hash_table_contains (used, unique); n++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s-%u", slug->str, n);
    }
  g_hash_table_add (used, g_strdup (unique));

  return g_steal_pointer (&unique);
}

static const char *
heading_text (EntenteContentBlock *block)
{
  switch (block->kind)
    {
    case ENTENTE_CONTENT_TITLE:
    case ENTENTE_CONTENT_CONTENTS:
    case ENTENTE_CONTENT_SECTION:
    case ENTENTE_CONTENT_HEADING:
    case ENTENTE_CONTENT_SIGNATURE:
    case ENTENTE_CONTENT_FUNNEL:
      return block->text;
    case ENTENTE_CONTENT_COMMENT:
      return (block->flags & ENTENTE_CONTENT_REPLY) ? NULL : block->label;
    default:
      return NULL;
    }
}

static void
write_contents (EntenteContentWriter *writer,
                EntenteContentBlock  *block)
{
  GPtrArray *blocks = writer->blocks;
  GString *out = writer->out;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint number = 1;

  append_heading (out, 2, block->text);

  /* Every heading takes its anchor in turn, so those of the sections
   * come out as GitHub numbers them. */
  for (guint i = 0; i < blocks->len; i++)
    {
      EntenteContentBlock *heading = g_ptr_array_index (blocks, i);
      g_autofree char *slug = NULL;

      if (heading_text (heading) == NULL)
        continue;

      slug = heading_slug (used, heading_text (heading));
      if (heading->kind != ENTENTE_CONTENT_SECTION)
        continue;

      g_string_append_printf (out, "%u. [", number++);
      append_text (out, heading->text);
      g_string_append_printf (out, "](#%s)\n", slug);
    }
  g_string_append_c (out, '\n');
}

static void
write_title (EntenteContentWriter *writer,
             EntenteContentBlock  *block)
{
  append_heading (writer->out, 1, block->text);
  append_remark (writer->out, block->label);
}

static void
write_subtitle (EntenteContentWriter *writer,
                EntenteContentBlock  *block)
{
  g_string_append (writer->out, "**");
  append_text (writer->out, block->text);
  g_string_append (writer->out, "**\n\n");
}

static void
write_section (EntenteContentWriter *writer,
               EntenteContentBlock  *block)
{
  append_heading (writer->out, 2, block->text);
}

static void
write_heading (EntenteContentWriter *writer,
               EntenteContentBlock  *block)
{
  append_heading (writer->out, 3, block->text);
}

static void
write_paragraph (EntenteContentWriter *writer,
                 EntenteContentBlock  *block)
{
  append_block_text (writer->out, block->text);
  g_string_append (writer->out, "\n\n");
}

static void
write_note (EntenteContentWriter *writer,
            EntenteContentBlock  *block)
{
  append_remark (writer->out, block->text);
}

/* One line break at the end, not a blank line. */
static void
write_end (EntenteContentWriter *writer)
{
  GString *out = writer->out;

  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}

/* In the order of EntenteContentKind.  Small print is a paragraph. */
static const EntenteContentMarkup markdown = {
  NULL,
  { write_title, write_subtitle, write_contents, write_section, write_heading,
    write_paragraph, write_note, write_paragraph, write_fields, write_table, write_funnel,
    write_signature, write_comment },
  write_end,
};

/**
 * entente_export_markdown:
 * @document: an SLA
 * @error: return location for a #GError
 *
 * Writes @document as GitHub-flavoured Markdown with the content, in the
 * order, of the printed agreement.
 *
 * Returns: (transfer full): the file's UTF-8 bytes
 */
GBytes *
entente_export_markdown (EntenteDocument  *document,
                         GError          **error)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return entente_agreement_content_write (document, &markdown, NULL, error);
}
