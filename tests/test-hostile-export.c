/* test-hostile-export.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <string.h>

#include "entente-render.h"
#include "entente-render-text.h"
#include "entente-test-util.h"

/* A document full of what people paste without looking, exported with
 * the functions `entente-cli export` uses: every text of the example is
 * replaced with control characters, bidirectional overrides, markup
 * that would run a script in a browser and Markdown that would break a
 * table, and a few of them are a megabyte long.  The PDF, the HTML and
 * the Markdown come out valid, with all of it as text.
 *
 * The model holds what it is given, all of C0 but NUL included, as the
 * window's entries do; the XML writer turns what XML cannot hold into
 * U+FFFD, and the HTML and Markdown writers leave out the controls no
 * such file may hold. */

/* A megabyte of words in each big text: thousands of pages.  Under
 * AddressSanitizer, unwinding the stack on every allocation as `make
 * check-asan` has it, Pango and cairo run some thirty times slower (the
 * PDF of megabyte texts took four minutes); in the suite's runs in other
 * locales than C the size tests nothing the C run does not.  There 64 KB
 * goes through the same code: texts split across pages, lines and table
 * rows, in every writer. */
static gsize
big_size (void)
{
#ifdef ENTENTE_TEST_UNDER_ASAN
  return 64 * 1024;
#else
  return entente_test_locale_is_c () ? 1024 * 1024 : 64 * 1024;
#endif
}

/* Generous: the PDF sets thousands of pages of megabyte-long texts, in
 * some ten seconds.  Processor time, not time on the clock: beside the
 * window's tests on two cores the clock counts the time others ran, and
 * a limit on it either flakes or is too loose to catch anything. */
#define EXPORT_LIMIT_USEC ((gint64) 30 * G_USEC_PER_SEC * entente_test_slowdown ())

/* What goes into every text, after a marker of which text it is. */
static const char hostile_part[] =
  /* C0 controls but NUL, then DEL and C1 controls */
  "\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f"
  "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b[31m\x1c\x1d\x1e\x1f"
  "\x7f\xc2\x80\xc2\x85\xc2\x9b\xc2\x9f"
  /* bidirectional overrides, embeddings and isolates, none closed */
  "\xe2\x80\xae" "evil\xe2\x80\xad" "\xe2\x80\xaa\xe2\x80\xab\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x80\x8f\xd8\x9c"
  /* markup for a browser */
  "<script>alert(1)</script>\"><img src=x onerror=alert(1)>'><svg onload=alert(1)>"
  "<a href=\"javascript:alert(1)\">x</a>]]><!-- &amp; &#60;script&#62; &lt;"
  /* Markdown */
/* Markdown */
  " | cell | break |\n|---|---|\n# heading\n- item\n1. item\n> quote\n```\ncode\n``` [x](javascript:alert(1)) ![y](x) *a* _b_ `c` \\ ~d~ "
  /* line and paragraph separators, a byte-order mark, noncharacters */
  "\r\nCRLF\rCR\xe2\x80\xa8LS\xe2\x80\xa9PS\xef\xbb\xbf\xef\xbf\xbe\xef\xbf\xbf\xef\xbf\xbd"
  "\xef\xb7\x90\xef\xb7\xaf\xf0\x9f\xbf\xbe\xf4\x8f\xbf\xbf"
  /* joiners, combining marks and a wide character */
  "e\xcc\x81\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb \xe1\x9e\x80\xe1\x9f\x92\xe1\x9e\x98";

typedef struct
{
  guint count;   /* texts replaced so far */
} Filler;

static char *
hostile_text (Filler *filler)
{
  guint n = filler->count++;

  return g_strdup_printf ("H%u:%s:%u", n, hostile_part, n);
}

/* A megabyte of words (big_size()), with the hostile part every few
 * kilobytes. */
static char *
big_text (Filler *filler)
{
  gsize size = big_size ();
  GString *text = g_string_sized_new (size + 4096);
  g_autofree char *start = hostile_text (filler);

  g_string_append (text, start);
  while (text->len < size)
    {
      for (guint i = 0; i < 500; i++)
        g_string_append (text, "word ");
      g_string_append (text, hostile_part);
    }

  return g_string_free (text, FALSE);
}

/* Every text of @item and the items in it, but ids and references, which
 * the model keeps to letters and digits. */
static void
fill (EntenteItem *item,
      Filler      *filler)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      switch (field->kind)
        {
        case ENTENTE_VALUE_STRING:
          /* The version of the format is no text of the agreement. */
          if (ENTENTE_IS_DOCUMENT (item) && i == ENTENTE_DOCUMENT_FIELD_FORMAT)
            break;
          {
            g_autofree char *text = hostile_text (filler);

            entente_item_set_string (item, i, text);
          }
          break;

        case ENTENTE_VALUE_STRV:
          {
            g_autofree char *first = hostile_text (filler);
            g_autofree char *second = hostile_text (filler);
            const char *texts[] = { first, second, NULL };

            entente_item_set_boxed (item, i, texts);
          }
          break;

        case ENTENTE_VALUE_OBJECT:
          fill (entente_item_get_child (item, i), filler);
          break;

        case ENTENTE_VALUE_LIST:
          for (guint j = 0; j < entente_test_count (item, i); j++)
            fill (entente_test_nth (item, i, j), filler);
          break;

        default:
          break;
        }
    }
}

typedef enum
{
  SHORT_TEXTS     = 0,
  BIG_TEXTS       = 1 << 0,  /* the title, a persona's name and summary, a stage's definition */
  BIG_STAGE_NAME  = 1 << 1,
} Size;

/* acme-saas with an open comment and its reply, every text hostile, and
 * some a megabyte long.  A stage's name is set wherever the stage is
 * named, in a dozen tables, so that a megabyte of it makes a PDF of 6,000
 * pages, 17 s to set: it is the HTML and the Markdown that get it. */
static EntenteDocument *
make_hostile_document (Size size)
{
  EntenteDocument *document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteComment) comment = entente_comment_new ();
  g_autoptr(EntenteReply) reply = entente_reply_new ();
  g_autoptr(GDateTime) time = g_date_time_new_utc (2027, 1, 5, 10, 0, 0);
  EntenteItem *persona, *stage;
  Filler filler = { 0 };
  struct {
    EntenteItem *item;
    guint        field;
  } big[5];

  g_object_set (comment, "id", "c1", "anchor", "personas/ops-olivia", "time", time, NULL);
  g_object_set (reply, "id", "r1", "time", time, NULL);
  entente_item_append (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_REPLIES, ENTENTE_ITEM (reply));
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_COMMENTS, ENTENTE_ITEM (comment));

  fill (ENTENTE_ITEM (document), &filler);
  /* The comment stays on its persona. */
  g_object_set (comment, "anchor", "personas/ops-olivia", NULL);

  persona = entente_test_nth (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0);
  stage = entente_test_nth (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_STAGES, 1);
  big[0].item = ENTENTE_ITEM (entente_document_get_meta (document));
  big[0].field = ENTENTE_META_FIELD_TITLE;
  big[1].item = persona;
  big[1].field = ENTENTE_PERSONA_FIELD_NAME;
  big[2].item = persona;
  big[2].field = ENTENTE_PERSONA_FIELD_SUMMARY;
  big[3].item = stage;
  big[3].field = ENTENTE_STAGE_FIELD_NAME;
  big[4].item = stage;
  big[4].field = ENTENTE_STAGE_FIELD_DEFINITION;
  for (guint i = 0; i < G_N_ELEMENTS (big); i++)
    {
      g_autofree char *text = NULL;

      if (i == 3 ? !(size & BIG_STAGE_NAME) : !(size & BIG_TEXTS))
        continue;
      text = big_text (&filler);
      entente_item_set_string (big[i].item, big[i].field, text);
    }

  return document;
}

typedef enum
{
  EXPORT_PDF,
  EXPORT_PDF_COMMENTS,
  EXPORT_HTML,
  EXPORT_MARKDOWN,
} ExportFormat;

/* As entente-cli export does it, timed. */
static GBytes *
export (EntenteDocument *document,
        ExportFormat     format)
{
  static const char * const names[] = { "PDF", "PDF with comments", "HTML", "Markdown" };
  g_autoptr(GError) error = NULL;
  GBytes *bytes = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 cpu_start = entente_test_cpu_time_usec ();
  gint64 elapsed, cpu;

  switch (format)
    {
    case EXPORT_PDF:
      bytes = entente_agreement_pdf_export_full (document, ENTENTE_PAPER_A4, ENTENTE_AGREEMENT_DEFAULT, &error);
      break;
    case EXPORT_PDF_COMMENTS:
      bytes = entente_agreement_pdf_export_full (document, ENTENTE_PAPER_A4, ENTENTE_AGREEMENT_OPEN_COMMENTS, &error);
      break;
    case EXPORT_HTML:
      bytes = entente_export_html (document, &error);
      break;
    case EXPORT_MARKDOWN:
      bytes = entente_export_markdown (document, &error);
      break;
    default:
      g_assert_not_reached ();
    }
  cpu = entente_test_cpu_time_usec () - cpu_start;
  elapsed = g_get_monotonic_time () - start;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_test_message ("%s: %.2f s of processor time (%.2f s on the clock), %.1f MB", names[format],
                  (double) cpu / G_USEC_PER_SEC, (double) elapsed / G_USEC_PER_SEC,
                  (double) g_bytes_get_size (bytes) / (1024 * 1024));
  if (cpu >= EXPORT_LIMIT_USEC)
    g_error ("the %s export took %.1f s of processor time", names[format], (double) cpu / G_USEC_PER_SEC);

  return bytes;
}

/* Text files hold no control character but line breaks. */
static void
assert_no_controls (const char *text,
                    gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar) text[i] < 0x20 && text[i] != '\n')
      g_error ("a control character, %#x, at byte %zu", (guint) (guchar) text[i], i);
  g_assert_null (g_strstr_len (text, (gssize) length, "\xc2\x80"));
  g_assert_null (g_strstr_len (text, (gssize) length, "\xc2\x9b"));
}

/* PDF */

static void
assert_valid_pdf (GBytes *pdf)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *qpdf = entente_test_find_tool ("qpdf");
  const char *pdfinfo = entente_test_find_tool ("pdfinfo");
  const char *data;
  gsize size;

  data = g_bytes_get_data (pdf, &size);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  /* Nothing of what was typed became an action. */
  g_assert_null (g_strstr_len (data, (gssize) size, "/JavaScript"));
  g_assert_null (g_strstr_len (data, (gssize) size, "/JS"));
  g_assert_null (g_strstr_len (data, (gssize) size, "/URI"));
  g_assert_null (g_strstr_len (data, (gssize) size, "/Launch"));

  if (qpdf == NULL || pdfinfo == NULL)
    return;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "hostile.pdf");
  g_file_set_contents (path, data, (gssize) size, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { qpdf, "--check", path, NULL };
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_program (&run, argv);
    if (run.status != 0)
      g_test_message ("qpdf: %s%s", run.out, run.err);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "No syntax or stream encoding errors found"));
  }

  {
    const char *argv[] = { pdfinfo, path, NULL };
    g_auto(EntenteTestRun) run = { 0 };
    const char *pages;

    entente_test_run_program (&run, argv);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    pages = strstr (run.out, "\nPages:");
    g_assert_nonnull (pages);
    g_assert_cmpuint (g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10), >, 1);
    g_test_message ("pdfinfo: %.*s", (int) (strchr (pages + 1, '\n') - pages - 1), pages + 1);
  }
}

static void
test_pdf (void)
{
  g_autoptr(EntenteDocument) document = make_hostile_document (BIG_TEXTS);
  g_autoptr(GBytes) pdf = export (document, EXPORT_PDF);

  assert_valid_pdf (pdf);
}

/* A file that loads with noncharacters in it, which cairo refuses: the
 * PDF has U+FFFD for them, in its text and its title. */
static void
test_pdf_noncharacters (void)
{
  g_autofree char *path = entente_test_data_path ("hostile/noncharacters.entente");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_document_load (file, NULL, &error);
  g_autoptr(GBytes) pdf = NULL;

  g_assert_no_error (error);
  pdf = export (document, EXPORT_PDF);
  assert_valid_pdf (pdf);
}

/* The appendix of open comments, hostile too, but short. */
static void
test_pdf_comments (void)
{
  g_autoptr(EntenteDocument) document = make_hostile_document (SHORT_TEXTS);
  g_autoptr(GBytes) pdf = export (document, EXPORT_PDF_COMMENTS);

  assert_valid_pdf (pdf);
}

/* HTML */

typedef struct
{
  guint images;
  guint styles;
  guint links;
  gboolean script_text;  /* the <script> typed, found as text */
} HtmlWalk;

/* Only the elements the writer makes, and the text as text: no script,
 * no attribute that runs one, one picture (the funnel, from data:), and
 * links only within the page. */
static void
walk_html (xmlNode  *node,
           HtmlWalk *walk)
{
  static const char * const forbidden[] = { "script", "iframe", "object", "embed", "svg", "math", "form",
                                            "input", "button", "link", "base", "meta-refresh", "frame" };

  for (; node != NULL; node = node->next)
    {
      const char *name = (const char *) node->name;

      if (node->type == XML_TEXT_NODE && strstr ((const char *) node->content, "<script>alert(1)</script>") != NULL)
        walk->script_text = TRUE;
      if (node->type != XML_ELEMENT_NODE)
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
        if (g_ascii_strcasecmp (name, forbidden[i]) == 0)
          g_error ("the HTML has a <%s>", name);

      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        {
          g_autofree char *value = (char *) xmlNodeGetContent ((xmlNode *) attr);

          if (g_ascii_strncasecmp ((const char *) attr->name, "on", 2) == 0)
            g_error ("<%s> has an attribute %s", name, attr->name);
          if (g_ascii_strcasecmp ((const char *) attr->name, "href") == 0)
            {
              g_assert_true (g_str_has_prefix (value, "#"));
              walk->links++;
            }
          if (g_ascii_strcasecmp ((const char *) attr->name, "src") == 0)
            g_assert_true (g_str_has_prefix (value, "data:image/svg+xml;base64,"));
        }

      if (g_ascii_strcasecmp (name, "img") == 0)
        walk->images++;
      if (g_ascii_strcasecmp (name, "style") == 0)
        {
          g_assert_cmpstr ((const char *) node->parent->name, ==, "head");
          walk->styles++;
        }

      walk_html (node->children, walk);
    }
}

/* Bidirectional text */

/* No value's embedding, override or isolate stays open past the end of a
 * line of the export, nor does any closer close more than was opened on
 * its line: a value cannot reorder what comes after it. */
static void
assert_bidi_closed (const char *text)
{
  g_autoptr(GString) lines = g_string_new (text);
  g_auto(GStrv) split = NULL;
  guint isolated = 0;

  g_string_replace (lines, "<br />", "\n", 0);
  g_string_replace (lines, "<br>", "\n", 0);
  split = g_strsplit (lines->str, "\n", -1);
  for (guint i = 0; split[i] != NULL; i++)
    {
      g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (gunichar));

      for (const char *p = split[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if ((c >= 0x202A && c <= 0x202B) || (c >= 0x202D && c <= 0x202E) || (c >= 0x2066 && c <= 0x2068))
            {
              gunichar closer = c >= 0x2066 ? 0x2069 : 0x202C;

              g_array_append_val (open, closer);
              isolated += c == 0x2068;
            }
          else if (c == 0x202C || c == 0x2069)
            {
              if (open->len == 0 || g_array_index (open, gunichar, open->len - 1) != c)
                g_error ("line %u: U+%04X closes nothing of its own: “%.200s”", i + 1, c, split[i]);
              g_array_set_size (open, open->len - 1);
            }
        }
      if (open->len > 0)
        g_error ("line %u: %u left open: “%.200s”", i + 1, open->len, split[i]);
    }
  g_assert_cmpuint (isolated, >, 0);
}

/* The isolate itself, character by character. */
static void
test_isolate (void)
{
  static const struct { const char *text, *expected; } cases[] = {
    { "plain text, Khmer \xe1\x9e\x80", NULL },
    /* RLO "EUR": closed, then isolated */
    { "\xe2\x80\xae" "EUR", "\xe2\x81\xa8\xe2\x80\xae" "EUR\xe2\x80\xac\xe2\x81\xa9" },
    /* Hebrew alone: isolated, nothing to close */
    { "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", "\xe2\x81\xa8\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\xe2\x81\xa9" },
    /* a closer of nothing is left out; an isolate with an override inside
     * is closed by its PDI, which closes both */
    { "\xe2\x80\xac" "a\xe2\x81\xa7" "b\xe2\x80\xae" "c\xe2\x81\xa9" "d",
      "\xe2\x81\xa8" "a\xe2\x81\xa7" "b\xe2\x80\xae" "c\xe2\x81\xa9" "d\xe2\x81\xa9" },
    /* each line an isolate of its own */
    { "\xe2\x80\xae" "a\nb", "\xe2\x81\xa8\xe2\x80\xae" "a\xe2\x80\xac\xe2\x81\xa9\n\xe2\x81\xa8" "b\xe2\x81\xa9" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *isolated = entente_render_text_isolate (cases[i].text);

      g_assert_cmpstr (isolated, ==, cases[i].expected != NULL ? cases[i].expected : cases[i].text);
    }
}

static void
assert_valid_html (const char *html,
                   gsize       length)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  HtmlWalk walk = { 0 };
  htmlDocPtr doc;
  xmlDocPtr xml;

  /* What a browser would take for markup, raw. */
  for (const char *p = html; (p = strchr (p, '<')) != NULL; p++)
    {
      g_assert_false (g_ascii_strncasecmp (p, "<script", 7) == 0);
      g_assert_false (g_ascii_strncasecmp (p, "<svg", 4) == 0);
    }
  g_assert_null (strstr (html, "<img src=x"));
  g_assert_null (strstr (html, "\"><img"));
  g_assert_null (strstr (html, "'><svg"));
  assert_no_controls (html, length);

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "hostile.html");
  g_file_set_contents (path, html, (gssize) length, &error);
  g_assert_no_error (error);
  {
    const char *argv[] = { g_getenv ("XMLLINT"), "--html", "--noout", "--huge", path, NULL };
    g_auto(EntenteTestRun) run = { 0 };

    g_assert_nonnull (argv[0]);
    entente_test_run_program (&run, argv);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
  }

  /* Well-formed XML too, as the writer promises. */
  xml = xmlReadMemory (html, (int) length, "hostile.html", "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  g_assert_nonnull (xml);
  xmlFreeDoc (xml);

  doc = htmlReadMemory (html, (int) length, "hostile.html", "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  walk_html (xmlDocGetRootElement (doc), &walk);
  xmlFreeDoc (doc);

  g_assert_cmpuint (walk.images, ==, 1);
  g_assert_cmpuint (walk.styles, ==, 1);
  g_assert_cmpuint (walk.links, >, 0);
  g_assert_true (walk.script_text);
}

static void
test_html (void)
{
  g_autoptr(EntenteDocument) document = make_hostile_document (BIG_TEXTS | BIG_STAGE_NAME);
  g_autoptr(GBytes) bytes = export (document, EXPORT_HTML);
  gsize length;
  const char *html = g_bytes_get_data (bytes, &length);

  g_assert_true (g_utf8_validate (html, (gssize) length, NULL));
  assert_valid_html (html, length);
  assert_bidi_closed (html);
}

/* Markdown */

/* The cells of a table row: its pipes but those escaped, less one. */
static guint
count_cells (const char *line)
{
  guint pipes = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '|')
        pipes++;
    }

  return pipes > 0 ? pipes - 1 : 0;
}

static gboolean
is_delimiter_row (const char *line)
{
  if (line == NULL || line[0] != '|')
    return FALSE;
  for (const char *p = line; *p != '\0'; p++)
    if (strchr ("|-: ", *p) == NULL)
      return FALSE;
  return strstr (line, "---") != NULL;
}

/* Every table keeps its rows: after a header and its "| --- |" row, each
 * line up to a blank one is a row with as many cells, so that no line
 * break or pipe that was typed split one. */
static void
assert_tables_intact (const char *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  guint tables = 0, rows = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint cells;

      if (lines[i][0] != '|' || !is_delimiter_row (lines[i + 1]))
        continue;

      tables++;
      cells = count_cells (lines[i]);
      g_assert_cmpuint (cells, >, 0);
      g_assert_cmpuint (count_cells (lines[i + 1]), ==, cells);
      for (i += 2; lines[i] != NULL && lines[i][0] != '\0'; i++)
        {
          if (lines[i][0] != '|' || count_cells (lines[i]) != cells)
            g_error ("table %u, row %u has %u cells rather than %u: “%.200s”",
                     tables, rows, count_cells (lines[i]), cells, lines[i]);
          rows++;
        }
      if (lines[i] == NULL)
        break;
    }

  g_test_message ("Markdown: %u tables, %u rows", tables, rows);
  g_assert_cmpuint (tables, >=, 7);
  g_assert_cmpuint (rows, >=, 25);
}

/* Whether the character at @p has a backslash before it, itself not
 * escaped. */
static gboolean
escaped (const char *text,
         const char *p)
{
  guint backslashes = 0;

  while (p > text && p[-1] == '\\')
    {
      backslashes++;
      p--;
    }

  return backslashes % 2 == 1;
}

static void
test_markdown (void)
{
  g_autoptr(EntenteDocument) document = make_hostile_document (BIG_TEXTS | BIG_STAGE_NAME);
  g_autoptr(GBytes) bytes = export (document, EXPORT_MARKDOWN);
  gsize length;
  const char *markdown = g_bytes_get_data (bytes, &length);
  g_autofree char *text = g_strndup (markdown, length);

  g_assert_true (g_utf8_validate (markdown, (gssize) length, NULL));
  g_assert_cmpuint (strlen (text), ==, length);
  assert_no_controls (text, length);
  assert_tables_intact (text);
  assert_bidi_closed (text);

  /* Typed markup stays text. */
  g_assert_null (strstr (text, "<script"));
  g_assert_null (strstr (text, "<img"));
  for (const char *p = text; (p = strstr (p, "](javascript:")) != NULL; p++)
    g_assert_true (escaped (text, p));
  g_assert_nonnull (strstr (text, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

/* Saved, what XML cannot hold becomes U+FFFD; the rest is kept, and the
 * file loads again. */
static void
test_saved (void)
{
  g_autoptr(EntenteDocument) document = make_hostile_document (BIG_TEXTS | BIG_STAGE_NAME);
  g_autoptr(GBytes) saved = entente_document_serialize (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) again = entente_document_new_from_bytes (saved, "hostile.entente", &error);
  const char *organization;

  g_assert_no_error (error);
  organization = entente_meta_get_organization (entente_document_get_meta (again));
  g_assert_true (g_str_has_prefix (organization, "H1:\xef\xbf\xbd\xef\xbf\xbd"));
  g_assert_nonnull (strstr (organization, "\t\n"));
  g_assert_nonnull (strstr (organization, "\xe2\x80\xae" "evil"));
  g_assert_nonnull (strstr (organization, "<script>alert(1)</script>"));
  g_assert_null (strchr (organization, '\x01'));
  g_assert_null (strchr (organization, '\x1b'));
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile-export/pdf", test_pdf);
  g_test_add_func ("/hostile-export/pdf-comments", test_pdf_comments);
  g_test_add_func ("/hostile-export/pdf-noncharacters", test_pdf_noncharacters);
  g_test_add_func ("/hostile-export/isolate", test_isolate);
  g_test_add_func ("/hostile-export/html", test_html);
  g_test_add_func ("/hostile-export/markdown", test_markdown);
  g_test_add_func ("/hostile-export/saved", test_saved);

  return g_test_run ();
}
