/* entente-export-html.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-agreement-content.h"
#include "entente-export-html.h"
#include "entente-funnel-export.h"

/* The agreement as one self-contained HTML file: semantic headings and
 * tables, a small style sheet for screen and print, and the funnel
 * diagram as SVG.
 *
 * The markup keeps to elements that every HTML parser knows (libxml2's,
 * which `xmllint --html` uses, predates <section> and inline <svg>), and
 * to XML syntax, so that the file is valid HTML and well-formed XHTML at
 * once.  The funnel is an <img> whose source is the SVG itself, as a
 * data: URL: it stays vector graphics, on screen and in print, and its
 * ids and styles cannot clash with the page's. */

#define FUNNEL_WIDTH 800
#define FUNNEL_HEIGHT 520

static const char style_sheet[] =
  "html { color-scheme: light; }\n"
  "body { margin: 0 auto; max-width: 50em; padding: 3em 2em 4em; background: #fff; color: #1c1c1c;\n"
  "  font-family: Cantarell, \"Noto Sans\", \"Noto Sans Khmer\", \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif;\n"
  "  font-size: 11pt; line-height: 1.5; }\n"
  "h1, h2, h3 { line-height: 1.25; font-weight: 700; }\n"
  "h1 { font-size: 2.1em; margin: 0 0 .25em; }\n"
  "h2 { font-size: 1.5em; margin: 2.5em 0 .75em; padding-bottom: .25em; border-bottom: 2px solid #1c1c1c; }\n"
  "h3 { font-size: 1.15em; margin: 1.75em 0 .5em; }\n"
  "p { margin: 0 0 .75em; }\n"
  "a { color: #1a5fb4; }\n"
  ".subtitle { font-size: 1.3em; color: #555; margin-bottom: 1.5em; }\n"
  ".note { color: #555; font-style: italic; }\n"
  ".kicker { font-size: .85em; font-weight: 700; letter-spacing: .05em; color: #555; margin: 0 0 .5em; }\n"
  ".small { font-size: .85em; color: #555; }\n"
  ".muted { color: #555; }\n"
  ".signatory { color: #555; margin-bottom: .5em; }\n"
  ".comment { margin: 1.25em 0; }\n"
  ".comment .byline, .reply .byline { font-size: .85em; color: #555; margin-bottom: .25em; }\n"
  ".reply { margin: .75em 0 0 1.5em; }\n"
  "table { width: 100%; border-collapse: collapse; margin: .5em 0 1.25em; }\n"
  "th, td { text-align: left; vertical-align: top; padding: .4em .9em .4em 0; border-bottom: 1px solid #d0d0d0; }\n"
  "thead th { font-size: .9em; border-bottom: 2px solid #1c1c1c; }\n"
  "tbody th { font-weight: 600; }\n"
  "table.fields th { width: 30%; }\n"
  ".num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
  "th.num, td.num { padding-right: 0; padding-left: .9em; }\n"
  "td ul { margin: 0; padding-left: 1.1em; }\n"
  ".contents ol { padding-left: 1.5em; }\n"
  ".contents li { margin: .2em 0; }\n"
  ".funnel img { display: block; max-width: 100%; height: auto; margin: .5em 0 1em; }\n"
  ".signature { margin: 1.25em 0; padding: .25em 1.25em 1.25em; border: 1px solid #888; }\n"
  ".signature h3 { margin-top: .75em; }\n"
  ".signature table { margin-bottom: 0; }\n"
  ".sign-line { display: inline-block; width: 46%; margin: 3em 6% 0 0; padding-top: .25em;\n"
  "  border-top: 1px solid #1c1c1c; font-size: .85em; color: #555; }\n"
  ".sign-line + .sign-line { margin-right: 0; }\n"
  "@page { margin: 18mm 16mm 20mm; }\n"
  "@media print {\n"
  "  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; color: #000; }\n"
  "  a { color: inherit; text-decoration: none; }\n"
  "  .contents, .section { break-before: page; page-break-before: always; }\n"
  "  h2, h3 { break-after: avoid; page-break-after: avoid; }\n"
  "  tr, .signature, .funnel { break-inside: avoid; page-break-inside: avoid; }\n"
  "  thead { display: table-header-group; }\n"
  "  .note, .subtitle, .sign-line { color: #333; }\n"
  "}\n";

/* The characters HTML escapes. */
static gboolean
escape_html (GString    *out,
             const char *text,
             const char *p,
             gunichar    c)
{
  switch (c)
    {
    case '&': g_string_append (out, "&amp;"); return TRUE;
    case '<': g_string_append (out, "&lt;"); return TRUE;
    case '>': g_string_append (out, "&gt;"); return TRUE;
    case '"': g_string_append (out, "&quot;"); return TRUE;
    case '\'': g_string_append (out, "&#39;"); return TRUE;
    default: return FALSE;
    }
}

/* Text as HTML: escaped, line breaks as <br />, and without the control
 * characters that no HTML document may hold. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  entente_content_append_escaped (out, text, text, attribute ? " " : "<br />", escape_html);
}

static void
append_text (GString    *out,
             const char *text)
{
  append_escaped (out, text, FALSE);
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

static void
append_element (GString    *out,
                const char *element,
                const char *class_name,
                const char *text)
{
  g_string_append_printf (out, "<%s", element);
  if (class_name != NULL)
    append_attribute (out, "class", class_name);
  g_string_append_c (out, '>');
  append_text (out, text);
  g_string_append_printf (out, "</%s>\n", element);
}

/* A cell's lines: one as text, more as a list. */
/* A value as its row's style says it reads. */
static void
append_styled (GString             *out,
               const char          *text,
               EntenteContentStyle  style)
{
  static const char * const elements[] = { NULL, "span class=\"muted\"", "strong", "code" };
  const char *element = elements[style];

  if (element == NULL)
    {
      append_text (out, text);
      return;
    }

  g_string_append_printf (out, "<%s>", element);
  append_text (out, text);
  g_string_append_printf (out, "</%.*s>", (int) strcspn (element, " "), element);
}

static void
append_lines (GString             *out,
              char               **lines,
              EntenteContentStyle  style)
{
  if (lines[0] == NULL)
    return;

  if (lines[1] == NULL)
    {
      append_styled (out, lines[0], style);
      return;
    }

  g_string_append (out, "<ul>");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append (out, "<li>");
      append_styled (out, lines[i], style);
      g_string_append (out, "</li>");
    }
  g_string_append (out, "</ul>");
}

static void
write_fields (EntenteContentWriter *writer,
              EntenteContentBlock  *block)
{
  GString *out = writer->out;

  if (block->rows->len == 0)
    return;

  g_string_append (out, "<table class=\"fields\">\n<tbody>\n");
  for (guint i = 0; i < block->rows->len; i++)
    {
      EntenteContentRow *row = g_ptr_array_index (block->rows, i);

      g_string_append (out, "<tr><th scope=\"row\">");
      append_lines (out, g_ptr_array_index (row->cells, 0), ENTENTE_CONTENT_PLAIN);
      g_string_append (out, "</th><td>");
      append_lines (out, g_ptr_array_index (row->cells, 1), row->style);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

static void
write_table (EntenteContentWriter *writer,
             EntenteContentBlock  *block)
{
  GString *out = writer->out;

  g_string_append (out, "<table>\n<thead>\n<tr>");
  for (guint c = 0; c < block->n_columns; c++)
    {
      g_string_append (out, block->numeric & (1u << c) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
      append_text (out, block->columns[c]);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr>\n</thead>\n<tbody>\n");

  for (guint i = 0; i < block->rows->len; i++)
    {
      EntenteContentRow *row = g_ptr_array_index (block->rows, i);

      g_string_append (out, "<tr>");
      for (guint c = 0; c < block->n_columns; c++)
        {
          gboolean header = c == 0 && (block->flags & ENTENTE_CONTENT_ROW_HEADERS);
          const char *element = header ? "th" : "td";

          g_string_append_printf (out, "<%s", element);
          if (header)
            g_string_append (out, " scope=\"row\"");
          if (block->numeric & (1u << c))
            g_string_append (out, " class=\"num\"");
          g_string_append_c (out, '>');
          if (c < row->cells->len)
            append_lines (out, g_ptr_array_index (row->cells, c), row->style);
          g_string_append_printf (out, "</%s>", element);
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

/* Where the title block or a section ends. */
typedef struct
{
  gboolean in_title;
  gboolean in_section;
} Divisions;

static void
write_contents (EntenteContentWriter *writer,
                EntenteContentBlock  *block)
{
  Divisions *divisions = writer->data;
  GPtrArray *blocks = writer->blocks;
  GString *out = writer->out;

  if (divisions->in_title)
    g_string_append (out, "</div>\n");
  divisions->in_title = FALSE;

  g_string_append (out, "<div class=\"contents\" id=\"contents\">\n");
  append_element (out, "h2", NULL, block->text);
  g_string_append (out, "<ol>\n");
  for (guint i = 0; i < blocks->len; i++)
    {
      EntenteContentBlock *section = g_ptr_array_index (blocks, i);

      if (section->kind != ENTENTE_CONTENT_SECTION)
        continue;

      g_string_append (out, "<li><a");
      {
        g_autofree char *href = g_strconcat ("#", section->label, NULL);

        append_attribute (out, "href", href);
      }
      g_string_append_c (out, '>');
      append_text (out, section->text);
      g_string_append (out, "</a></li>\n");
    }
  g_string_append (out, "</ol>\n</div>\n");
}

static void
write_funnel (EntenteContentWriter *writer,
              EntenteContentBlock  *block)
{
  GString *out = writer->out;
  g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (writer->document, NULL, FUNNEL_WIDTH, FUNNEL_HEIGHT);
  g_autoptr(GBytes) svg = entente_funnel_export (layout, ENTENTE_FUNNEL_FORMAT_SVG, ENTENTE_RENDER_LIGHT, NULL,
                                             &writer->error);
  g_autofree char *base64 = NULL;
  gsize size;
  const guchar *data;

  if (svg == NULL)
    return;

  data = g_bytes_get_data (svg, &size);
  base64 = g_base64_encode (data, size);

  g_string_append (out, "<div class=\"funnel\">\n");
  append_element (out, "h3", NULL, block->text);
  g_string_append_printf (out, "<img width=\"%d\" height=\"%d\"", FUNNEL_WIDTH, FUNNEL_HEIGHT);
  append_attribute (out, "alt", block->label);
  g_string_append (out, " src=\"data:image/svg+xml;base64,");
  g_string_append (out, base64);
  g_string_append (out, "\" />\n</div>\n");
}

/* A party's signature block: its signatory, the state of its sign-off,
 * and lines to sign on when printed. */
static void
write_signature (EntenteContentWriter *writer,
                 EntenteContentBlock  *block)
{
  GString *out = writer->out;

  g_string_append (out, "<div class=\"signature\">\n");
  append_element (out, "h3", NULL, block->text);
  append_element (out, "p", "signatory", block->label);
  for (guint i = 0; i < block->rows->len; i++)
    {
      EntenteContentRow *row = g_ptr_array_index (block->rows, i);

      g_string_append (out, row->style == ENTENTE_CONTENT_CODE ? "<p class=\"small\">" : "<p>");
      append_styled (out, ((char **) g_ptr_array_index (row->cells, 0))[0], row->style);
      g_string_append (out, "</p>\n");
    }
  if (!(block->flags & ENTENTE_CONTENT_SIGN_LINES))
    {
      g_string_append (out, "</div>\n");
      return;
    }
  /* No white space between the two lines, which sit side by side. */
  g_string_append (out, "<div class=\"sign-lines\"><div class=\"sign-line\">");
  append_text (out, _("Signature"));
  g_string_append (out, "</div><div class=\"sign-line\">");
  append_text (out, _("Date"));
  g_string_append (out, "</div></div>\n</div>\n");
}

/* An open comment and its replies, each a division of its own. */
static void
write_comment (EntenteContentWriter *writer,
               EntenteContentBlock  *block)
{
  GString *out = writer->out;
  gboolean reply = (block->flags & ENTENTE_CONTENT_REPLY) != 0;

  g_string_append (out, reply ? "<div class=\"reply\">\n" : "<div class=\"comment\">\n");
  if (!reply)
    append_element (out, "h3", NULL, block->label);
  append_element (out, "p", "byline", block->detail);
  if (block->text != NULL && *block->text != '\0')
    append_element (out, "p", NULL, block->text);
  g_string_append (out, "</div>\n");
}

static void
write_paragraph (EntenteContentWriter *writer,
                 EntenteContentBlock  *block)
{
  append_element (writer->out, "p", NULL, block->text);
}

static void
write_small_print (EntenteContentWriter *writer,
                   EntenteContentBlock  *block)
{
  append_element (writer->out, "p", "small", block->text);
}

static void
write_title (EntenteContentWriter *writer,
             EntenteContentBlock  *block)
{
  Divisions *divisions = writer->data;

  g_string_append (writer->out, "<div class=\"title-block\">\n");
  divisions->in_title = TRUE;
  append_element (writer->out, "p", "kicker", block->label);
  append_element (writer->out, "h1", NULL, block->text);
}

static void
write_subtitle (EntenteContentWriter *writer,
                EntenteContentBlock  *block)
{
  append_element (writer->out, "p", "subtitle", block->text);
}

static void
write_section (EntenteContentWriter *writer,
               EntenteContentBlock  *block)
{
  Divisions *divisions = writer->data;
  GString *out = writer->out;

  if (divisions->in_section || divisions->in_title)
    g_string_append (out, "</div>\n");
  divisions->in_title = FALSE;
  divisions->in_section = TRUE;
  g_string_append (out, "<div class=\"section\"");
  append_attribute (out, "id", block->label);
  g_string_append (out, ">\n");
  append_element (out, "h2", NULL, block->text);
}

static void
write_heading (EntenteContentWriter *writer,
               EntenteContentBlock  *block)
{
  append_element (writer->out, "h3", NULL, block->text);
}

static void
write_note (EntenteContentWriter *writer,
            EntenteContentBlock  *block)
{
  append_element (writer->out, "p", "note", block->text);
}

static void
write_head (EntenteContentWriter *writer)
{
  GString *out = writer->out;
  const char *title = NULL;

  for (guint i = 0; i < writer->blocks->len && title == NULL; i++)
    {
      EntenteContentBlock *block = g_ptr_array_index (writer->blocks, i);

      if (block->kind == ENTENTE_CONTENT_TITLE)
        title = block->text;
    }

  g_string_append (out, "<!DOCTYPE html>\n");
  g_string_append (out, "<html");
  append_attribute (out, "lang", entente_locale_get_tag (entente_locale_get_default ()));
  g_string_append (out, ">\n<head>\n<meta charset=\"utf-8\" />\n");
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
  g_string_append (out, "<meta name=\"generator\" content=\"Entente " PACKAGE_VERSION "\" />\n");
  append_element (out, "title", NULL, title);
  g_string_append (out, "<style>\n");
  g_string_append (out, style_sheet);
  g_string_append (out, "</style>\n</head>\n<body>\n");
}

static void
write_tail (EntenteContentWriter *writer)
{
  Divisions *divisions = writer->data;

  if (divisions->in_section || divisions->in_title)
    g_string_append (writer->out, "</div>\n");
  g_string_append (writer->out, "</body>\n</html>\n");
}

/* In the order of EntenteContentKind. */
static const EntenteContentMarkup html = {
  write_head,
  { write_title, write_subtitle, write_contents, write_section, write_heading,
    write_paragraph, write_note, write_small_print, write_fields, write_table, write_funnel,
    write_signature, write_comment },
  write_tail,
};

/**
 * entente_export_html:
 * @document: an SLA
 * @error: return location for a #GError
 *
 * Writes @document as one self-contained UTF-8 HTML file with the
 * content, in the order, of the printed agreement.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 *   when the funnel diagram could not be drawn
 */
GBytes *
entente_export_html (EntenteDocument  *document,
                     GError          **error)
{
  Divisions divisions = { FALSE, FALSE };

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return entente_agreement_content_write (document, &html, &divisions, error);
}
