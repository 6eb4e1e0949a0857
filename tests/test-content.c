/* test-content.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-agreement-content.h"
#include "entente-render.h"
#include "entente-test-util.h"

/* One description of the agreement, three writers: every word of the
 * content model (headings, paragraphs, facts, table cells, signature
 * blocks) is in the PDF, the HTML and the Markdown alike, so that no
 * export says less than another. */

/* Text without its white space: line breaks of a page or a wrapped cell
 * fall anywhere, even after the hyphen of “Lead-management”. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The text of HTML: no tags, entities read. */
static char *
html_text (const char *html)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *start = strstr (html, "<body>");

  for (const char *p = start != NULL ? start : html; *p; p++)
    {
      if (*p == '<')
        {
          const char *end = strchr (p, '>');

          if (end == NULL)
            break;
          g_string_append_c (out, ' ');
          p = end;
          continue;
        }
      g_string_append_c (out, *p);
    }

  g_string_replace (out, "&lt;", "<", 0);
  g_string_replace (out, "&gt;", ">", 0);
  g_string_replace (out, "&quot;", "\"", 0);
  g_string_replace (out, "&#39;", "'", 0);
  g_string_replace (out, "&amp;", "&", 0);

  return squeeze (out->str);
}

/* The text of Markdown: no escapes, no <br>. */
static char *
markdown_text (const char *markdown)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = markdown; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        continue;
      g_string_append_c (out, *p);
    }
  g_string_replace (out, "<br>", " ", 0);
  g_string_replace (out, "&lt;", "<", 0);

  return squeeze (out->str);
}

static char *
pdf_text (EntenteDocument *document)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_auto(EntenteTestRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = entente_agreement_pdf_export (document, ENTENTE_PAPER_A4, &error);
  g_autofree char *path = NULL;
  const char *pdftotext = entente_test_find_tool ("pdftotext");

  g_assert_no_error (error);
  if (pdftotext == NULL)
    return NULL;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "agreement.pdf");
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), (gssize) g_bytes_get_size (pdf), NULL));
  {
    const char *argv[] = { pdftotext, "-raw", path, "-", NULL };

    entente_test_run_program (&run, argv);
  }
  g_assert_cmpint (run.status, ==, 0);

  return squeeze (run.out);
}

typedef struct
{
  const char *name;
  char       *text;   /* squeezed */
} Export;

static void
assert_said (Export     *exports,
             guint       n_exports,
             const char *words)
{
  g_auto(GStrv) lines = NULL;

  if (words == NULL || *words == '\0')
    return;

  lines = g_strsplit (words, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_autofree char *needle = squeeze (lines[l]);

      if (*needle == '\0')
        continue;
      for (guint i = 0; i < n_exports; i++)
        if (exports[i].text != NULL && strstr (exports[i].text, needle) == NULL)
          g_error ("the %s lacks “%s”", exports[i].name, lines[l]);
    }
}

static void
assert_rows_said (Export              *exports,
                  guint                n_exports,
                  EntenteContentBlock *block)
{
  for (guint r = 0; r < block->rows->len; r++)
    {
      EntenteContentRow *row = g_ptr_array_index (block->rows, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          char **lines = g_ptr_array_index (row->cells, c);

          for (guint l = 0; lines[l] != NULL; l++)
            assert_said (exports, n_exports, lines[l]);
        }
    }
}

static void
assert_exports_say_the_content (EntenteDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = entente_export_html (document, &error);
  g_autoptr(GBytes) markdown = entente_export_markdown (document, &error);
  g_autofree char *html_string = NULL;
  g_autofree char *markdown_string = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  Export exports[3] = { { "PDF", NULL }, { "HTML", NULL }, { "Markdown", NULL } };
  guint checked = 0;

  g_assert_no_error (error);
  html_string = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  markdown_string = g_strndup (g_bytes_get_data (markdown, NULL), g_bytes_get_size (markdown));
  exports[0].text = pdf_text (document);
  exports[1].text = html_text (html_string);
  exports[2].text = markdown_text (markdown_string);

  {
    g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);

    blocks = entente_agreement_content_build (document, ENTENTE_AGREEMENT_DEFAULT);
  }

  for (guint i = 0; i < blocks->len; i++)
    {
      EntenteContentBlock *block = g_ptr_array_index (blocks, i);

      assert_said (exports, G_N_ELEMENTS (exports), block->text);
      switch (block->kind)
        {
        case ENTENTE_CONTENT_TITLE:
        case ENTENTE_CONTENT_SIGNATURE:
          assert_said (exports, G_N_ELEMENTS (exports), block->label);
          break;
        default:
          break;
        }
      for (guint c = 0; block->columns != NULL && block->columns[c] != NULL; c++)
        assert_said (exports, G_N_ELEMENTS (exports), block->columns[c]);
      assert_rows_said (exports, G_N_ELEMENTS (exports), block);
      checked++;
    }
  g_assert_cmpuint (checked, >, 10);

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    g_free (exports[i].text);
}

static void
test_acme (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");

  assert_exports_say_the_content (document);
}

/* With sign-offs in three states, and so the audit. */
static void
test_signed (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");

  entente_test_sign_three_ways (document);
  assert_exports_say_the_content (document);
}

/* Nothing in it: every “nothing yet” is said everywhere. */
static void
test_empty (void)
{
  g_autoptr(EntenteDocument) document = entente_document_new ();

  assert_exports_say_the_content (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/acme", test_acme);
  g_test_add_func ("/content/signed", test_signed);
  g_test_add_func ("/content/empty", test_empty);

  return g_test_run ();
}
