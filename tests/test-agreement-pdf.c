/* test-agreement-pdf.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "entente-agreement-layout-private.h"
#include "entente-core.h"
#include "entente-render.h"
#include "entente-test-util.h"

/* The agreement on paper: the geometry of its pages, and the PDF as
 * poppler and qpdf read it, through `entente-cli export` and the API. */

#define EPSILON 0.01

static char *
run_tool (const char *tool,
          const char *first,
          ...) G_GNUC_NULL_TERMINATED;

/* Runs @tool and returns what it printed; fails the test on an error
 * status, except qpdf's 3, which means warnings and is checked by the
 * caller. */
static char *
run_tool (const char *tool,
          const char *first,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(EntenteTestRun) run = { 0 };
  va_list ap;

  g_ptr_array_add (args, (gpointer) tool);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  entente_test_run_program (&run, (const char * const *) args->pdata);
  if (run.status != 0)
    g_test_message ("%s: %s", tool, run.err);
  g_assert_cmpint (run.status, ==, 0);

  return g_steal_pointer (&run.out);
}

static void
export_with_cli (const char *example,
                 const char *out,
                 const char *paper)
{
  g_autofree char *path = entente_test_example_path (example);
  g_auto(EntenteTestRun) run = { 0 };

  if (paper != NULL)
    entente_test_run_cli (&run, "export", path, "-o", out, "--paper", paper, NULL);
  else
    entente_test_run_cli (&run, "export", path, "-o", out, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
}

static void
export_with_api (EntenteDocument *document,
                 EntentePaper     paper,
                 const char      *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = entente_agreement_pdf_export (document, paper, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_file_set_contents (out, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

/* All runs of white space as one space, or none: poppler puts spaces and
 * line breaks where its reading of glyph positions suggests them, which
 * for table cells and for Khmer is not always where the text has them. */
static char *
squeeze (const char *text,
         gboolean    drop)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Zero-width spaces between Khmer words too: poppler leaves them out. */
      if (g_unichar_isspace (c) || c == 0x200B)
        {
          space = TRUE;
          continue;
        }
      if (space && !drop && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
assert_text_contains (const char *text,
                      const char *expected,
                      gboolean    ignore_spaces)
{
  g_autofree char *haystack = squeeze (text, ignore_spaces);
  g_autofree char *needle = squeeze (expected, ignore_spaces);

  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the PDF's text", expected);
}

/* A reader of the JSON that qpdf writes, enough for its outlines and
 * objects. */

typedef enum
{
  JSON_NULL,
  JSON_BOOLEAN,
  JSON_NUMBER,
  JSON_STRING,
  JSON_ARRAY,
  JSON_OBJECT,
} JsonKind;

typedef struct _Json Json;
struct _Json
{
  JsonKind    kind;
  double      number;
  char       *string;
  GPtrArray  *array;   /* Json */
  GHashTable *object;  /* char * → Json */
};

static void
json_free (gpointer data)
{
  Json *json = data;

  if (json == NULL)
    return;
  g_free (json->string);
  g_clear_pointer (&json->array, g_ptr_array_unref);
  g_clear_pointer (&json->object, g_hash_table_unref);
  g_free (json);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Json, json_free)

static void
json_skip_space (const char **p)
{
  while (g_ascii_isspace (**p))
    (*p)++;
}

static char *
json_parse_string (const char **p)
{
  GString *s = g_string_new (NULL);

  g_assert_cmpint (**p, ==, '"');
  (*p)++;
  while (**p != '"')
    {
      g_assert_cmpint (**p, !=, '\0');
      if (**p == '\\')
        {
          (*p)++;
          switch (**p)
            {
            case 'n': g_string_append_c (s, '\n'); break;
            case 't': g_string_append_c (s, '\t'); break;
            case 'r': g_string_append_c (s, '\r'); break;
            case 'b': g_string_append_c (s, '\b'); break;
            case 'f': g_string_append_c (s, '\f'); break;
            case 'u':
              {
                char hex[5] = { 0 };
                gunichar c;

                memcpy (hex, *p + 1, 4);
                c = (gunichar) g_ascii_strtoull (hex, NULL, 16);
                *p += 4;
                /* A surrogate pair, for characters beyond the BMP. */
                if (c >= 0xd800 && c < 0xdc00 && (*p)[1] == '\\' && (*p)[2] == 'u')
                  {
                    gunichar low;

                    memcpy (hex, *p + 3, 4);
                    low = (gunichar) g_ascii_strtoull (hex, NULL, 16);
                    c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                    *p += 6;
                  }
                g_string_append_unichar (s, c);
              }
              break;
            default:
              g_string_append_c (s, **p);
            }
          (*p)++;
        }
      else
        {
          g_string_append_c (s, **p);
          (*p)++;
        }
    }
  (*p)++;

  return g_string_free (s, FALSE);
}

static Json *
json_parse_value (const char **p)
{
  Json *json = g_new0 (Json, 1);

  json_skip_space (p);
  switch (**p)
    {
    case '{':
      json->kind = JSON_OBJECT;
      json->object = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, json_free);
      (*p)++;
      json_skip_space (p);
      while (**p != '}')
        {
          char *key;

          json_skip_space (p);
          key = json_parse_string (p);
          json_skip_space (p);
          g_assert_cmpint (**p, ==, ':');
          (*p)++;
          g_hash_table_replace (json->object, key, json_parse_value (p));
          json_skip_space (p);
          if (**p == ',')
            (*p)++;
          json_skip_space (p);
        }
      (*p)++;
      break;

    case '[':
      json->kind = JSON_ARRAY;
      json->array = g_ptr_array_new_with_free_func (json_free);
      (*p)++;
      json_skip_space (p);
      while (**p != ']')
        {
          g_ptr_array_add (json->array, json_parse_value (p));
          json_skip_space (p);
          if (**p == ',')
            (*p)++;
          json_skip_space (p);
        }
      (*p)++;
      break;

    case '"':
      json->kind = JSON_STRING;
      json->string = json_parse_string (p);
      break;

    case 't':
    case 'f':
      json->kind = JSON_BOOLEAN;
      json->number = **p == 't';
      *p += **p == 't' ? 4 : 5;
      break;

    case 'n':
      json->kind = JSON_NULL;
      *p += 4;
      break;

    default:
      {
        char *end = NULL;

        json->kind = JSON_NUMBER;
        json->number = g_ascii_strtod (*p, &end);
        g_assert_true (end != *p);
        *p = end;
      }
    }

  return json;
}

static Json *
json_member (Json       *json,
             const char *key)
{
  g_assert_nonnull (json);
  g_assert_cmpint (json->kind, ==, JSON_OBJECT);

  return g_hash_table_lookup (json->object, key);
}

/* qpdf's JSON, version 2: its objects by reference ("18 0 R"). */
static Json *
qpdf_object (Json       *root,
             const char *ref)
{
  Json *qpdf = json_member (root, "qpdf");
  Json *objects = g_ptr_array_index (qpdf->array, 1);
  g_autofree char *key = g_strdup_printf ("obj:%s", ref);
  Json *object = json_member (objects, key);

  g_assert_nonnull (object);

  return json_member (object, "value");
}

static Json *
qpdf_json (const char *pdf)
{
  const char *qpdf = g_getenv ("QPDF");
  g_autofree char *text = run_tool (qpdf, "--json=2", pdf, NULL);
  const char *p = text;

  return json_parse_value (&p);
}

/* “/Dest”: a name, as qpdf writes PDF strings: “u:” and the text. */
static const char *
dest_name (Json *dest)
{
  g_assert_nonnull (dest);
  g_assert_cmpint (dest->kind, ==, JSON_STRING);
  g_assert_true (g_str_has_prefix (dest->string, "u:") || g_str_has_prefix (dest->string, "b:"));

  return dest->string + 2;
}

/* Named destinations and their pages, from 1, as pdfinfo -dests lists
 * them: “   3 [ XYZ   57  755 null      ] "parties"”. */
static GHashTable *
read_dests (const char *pdf)
{
  g_autofree char *text = run_tool (g_getenv ("PDFINFO"), "-dests", pdf, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GHashTable *dests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *open = strrchr (lines[i], '"');
      const char *start;
      guint64 page;

      if (open == NULL || open == strchr (lines[i], '"'))
        continue;
      start = strchr (lines[i], '"') + 1;
      page = g_ascii_strtoull (lines[i], NULL, 10);
      g_hash_table_insert (dests, g_strndup (start, (gsize) (open - start)), GUINT_TO_POINTER (page));
    }

  return dests;
}

/* A value of pdfinfo's output, as “Pages:           9”. */
static char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));

  return NULL;
}

/* Export of the complete example */

static void
test_acme_info (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *title = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *author = NULL;
  g_autofree char *creator = NULL;
  const char *pdfinfo = entente_test_find_tool ("pdfinfo");

  if (pdfinfo == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "acme.pdf");
  export_with_cli ("acme-saas.entente", pdf, "a4");
  info = run_tool (pdfinfo, pdf, NULL);

  title = info_value (info, "Title");
  g_assert_cmpstr (title, ==, entente_meta_get_title (entente_document_get_meta (document)));
  pages = info_value (info, "Pages");
  g_assert_nonnull (pages);
  g_assert_cmpint (atoi (pages), >=, 6);

  author = info_value (info, "Author");
  g_assert_nonnull (author);
  g_assert_nonnull (strstr (author, "Dana Whitfield"));
  g_assert_nonnull (strstr (author, "Priya Raman"));
  creator = info_value (info, "Creator");
  g_assert_cmpstr (creator, ==, "Entente " PACKAGE_VERSION);
  g_assert_nonnull (strstr (info, "Subject:"));
  g_assert_nonnull (strstr (info, "CreationDate:"));
}

static void
test_acme_text (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  GListModel *list;
  const char *pdftotext = entente_test_find_tool ("pdftotext");

  if (pdftotext == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "acme.pdf");
  export_with_cli ("acme-saas.entente", pdf, NULL);
  text = run_tool (pdftotext, "-raw", pdf, "-", NULL);

  list = entente_document_get_parties (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (list, i);

      assert_text_contains (text, entente_party_get_leader (party), FALSE);
      assert_text_contains (text, entente_party_get_team (party), FALSE);
      assert_text_contains (text, entente_party_get_role (party), FALSE);
    }

  list = entente_document_get_personas (document);
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntentePersona) persona = g_list_model_get_item (list, i);

      assert_text_contains (text, entente_persona_get_name (persona), FALSE);
      assert_text_contains (text, entente_persona_get_summary (persona), FALSE);
    }

  list = entente_document_get_stages (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (list, i);

      assert_text_contains (text, entente_stage_get_name (stage), FALSE);
    }

  list = entente_goals_get_targets (entente_document_get_goals (document));
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntenteTarget) target = g_list_model_get_item (list, i);
      EntenteStage *stage = entente_document_find_stage (document, entente_target_get_stage (target));
      g_autoptr(GPtrArray) plan = entente_plan_compute (document);
      g_autofree char *count = entente_format_count (entente_document_get_locale (document), entente_target_get_count (target));
      g_autofree char *needed = NULL;
      g_autofree char *row = NULL;

      /* The target on its stage's row of the goals table, after the need. */
      for (guint p = 0; p < plan->len; p++)
        {
          const EntentePlanStage *planned = g_ptr_array_index (plan, p);

          if (planned->stage == stage)
            needed = entente_format_count (entente_document_get_locale (document), entente_plan_stage_get_needed (planned));
        }
      g_assert_nonnull (needed);
      row = g_strdup_printf ("%s %s %s", entente_stage_get_name (stage), needed, count);
      assert_text_contains (text, row, FALSE);
    }

  list = entente_document_get_protocols (document);
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntenteProtocol) protocol = g_list_model_get_item (list, i);
      g_autofree char *window =
        entente_format_duration (entente_document_get_locale (document), entente_protocol_get_first_response (protocol),
                                       entente_protocol_get_first_response_business_hours (protocol));

      assert_text_contains (text, window, FALSE);
    }
  assert_text_contains (text, "1 business hour", FALSE);
  assert_text_contains (text, "24 business hours", FALSE);

  /* The running foot, on every page after the first. */
  assert_text_contains (text, "Page 2 of", FALSE);
  assert_text_contains (text, "Revision 3", FALSE);
}

static void
test_acme_qpdf_check (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_auto(EntenteTestRun) run = { 0 };
  g_autofree char *pdf = NULL;
  const char *qpdf = entente_test_find_tool ("qpdf");
  const char *argv[] = { qpdf, "--check", NULL, NULL };

  if (qpdf == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "acme.pdf");
  export_with_cli ("acme-saas.entente", pdf, NULL);
  argv[2] = pdf;
  entente_test_run_program (&run, argv);
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.err, "WARNING"));
  g_assert_null (strstr (run.out, "WARNING"));
  g_assert_nonnull (strstr (run.out, "No syntax or stream encoding errors found"));
}

static void
test_acme_outline (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteAgreementLayout) layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  g_autoptr(Json) root = NULL;
  g_autofree char *pdf = NULL;
  Json *outlines;
  guint n;

  if (entente_test_find_tool ("qpdf") == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "acme.pdf");
  export_with_cli ("acme-saas.entente", pdf, "a4");
  root = qpdf_json (pdf);

  outlines = json_member (root, "outlines");
  g_assert_nonnull (outlines);
  g_assert_cmpint (outlines->kind, ==, JSON_ARRAY);
  n = entente_agreement_layout_get_n_sections (layout);
  g_assert_cmpuint (n, >=, 9);
  g_assert_cmpuint (outlines->array->len, ==, n);

  for (guint i = 0; i < n; i++)
    {
      const EntenteAgreementSection *section = entente_agreement_layout_get_section (layout, i);
      Json *entry = g_ptr_array_index (outlines->array, i);
      Json *title = json_member (entry, "title");
      Json *page = json_member (entry, "destpageposfrom1");

      g_assert_cmpstr (title->string, ==, section->title);
      g_assert_nonnull (page);
      g_assert_cmpfloat (page->number, ==, section->page + 1);
    }
}

static void
test_acme_links (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteAgreementLayout) layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  g_autoptr(GHashTable) dests = NULL;
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(Json) root = NULL;
  g_autofree char *pdf = NULL;
  const EntenteAgreementSection *contents;
  Json *pages, *page, *annots;

  if (entente_test_find_tool ("qpdf") == NULL || entente_test_find_tool ("pdfinfo") == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "acme.pdf");
  export_with_cli ("acme-saas.entente", pdf, "a4");
  root = qpdf_json (pdf);
  dests = read_dests (pdf);

  contents = entente_agreement_layout_get_section (layout, 0);
  g_assert_cmpstr (contents->id, ==, "contents");
  pages = json_member (root, "pages");
  g_assert_cmpuint (pages->array->len, ==, entente_agreement_layout_get_n_pages (layout));
  page = g_ptr_array_index (pages->array, contents->page);
  annots = json_member (qpdf_object (root, json_member (page, "object")->string), "/Annots");
  g_assert_nonnull (annots);

  /* Each link of the contents page names a destination that lands on
   * the page the layout put its section on. */
  for (guint i = 0; i < annots->array->len; i++)
    {
      Json *annot = qpdf_object (root, ((Json *) g_ptr_array_index (annots->array, i))->string);
      const char *name;

      g_assert_cmpstr (json_member (annot, "/Subtype")->string, ==, "/Link");
      name = dest_name (json_member (annot, "/Dest"));
      g_assert_true (g_hash_table_contains (dests, name));
      g_hash_table_add (linked, (gpointer) name);

      for (guint s = 0; s < entente_agreement_layout_get_n_sections (layout); s++)
        {
          const EntenteAgreementSection *section = entente_agreement_layout_get_section (layout, s);

          if (g_str_equal (section->id, name))
            g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (dests, name)), ==, section->page + 1);
        }
    }

  /* Every section but the contents themselves has its entry. */
  for (guint s = 1; s < entente_agreement_layout_get_n_sections (layout); s++)
    g_assert_true (g_hash_table_contains (linked, entente_agreement_layout_get_section (layout, s)->id));
  g_assert_cmpuint (g_hash_table_size (linked), ==, entente_agreement_layout_get_n_sections (layout) - 1);
}

static void
test_paper_sizes (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *a4 = NULL;
  g_autofree char *letter = NULL;
  g_autofree char *a4_info = NULL;
  g_autofree char *letter_info = NULL;
  g_autofree char *a4_size = NULL;
  g_autofree char *letter_size = NULL;
  const char *pdfinfo = entente_test_find_tool ("pdfinfo");

  if (pdfinfo == NULL)
    return;

  entente_test_scratch_init (&scratch);
  a4 = entente_test_scratch_file (&scratch, "a4.pdf");
  letter = entente_test_scratch_file (&scratch, "letter.pdf");
  export_with_cli ("acme-saas.entente", a4, "a4");
  export_with_cli ("acme-saas.entente", letter, "letter");
  a4_info = run_tool (pdfinfo, "-f", "1", "-l", "999", a4, NULL);
  letter_info = run_tool (pdfinfo, "-f", "1", "-l", "999", letter, NULL);

  a4_size = info_value (a4_info, "Page    1 size");
  letter_size = info_value (letter_info, "Page    1 size");
  g_assert_cmpstr (a4_size, ==, "595.276 x 841.89 pts (A4)");
  g_assert_cmpstr (letter_size, ==, "612 x 792 pts (letter)");

  /* Every page, not just the first. */
  g_assert_null (strstr (a4_info, "letter"));
  g_assert_null (strstr (letter_info, "(A4)"));
}

/* Export of the Khmer example */

static void
test_khmer (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(EntenteDocument) document = entente_test_load_example ("angkor-retail-km.entente");
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  EntenteMeta *meta = entente_document_get_meta (document);
  GListModel *list;
  gboolean khmer_font = FALSE;
  const char *pdftotext = entente_test_find_tool ("pdftotext");
  const char *pdffonts = entente_test_find_tool ("pdffonts");

  if (pdftotext == NULL || pdffonts == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "km.pdf");
  export_with_cli ("angkor-retail-km.entente", pdf, NULL);
  text = run_tool (pdftotext, "-raw", pdf, "-", NULL);

  /* The Khmer texts, character for character; poppler's guesses at word
   * spaces between Khmer clusters do not count. */
  assert_text_contains (text, entente_meta_get_title (meta), TRUE);
  assert_text_contains (text, entente_meta_get_organization (meta), TRUE);
  assert_text_contains (text, entente_meta_get_purpose (meta), TRUE);

  list = entente_document_get_parties (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (list, i);

      assert_text_contains (text, entente_party_get_team (party), TRUE);
      assert_text_contains (text, entente_party_get_leader (party), TRUE);
      assert_text_contains (text, entente_party_get_role (party), TRUE);
    }

  list = entente_document_get_personas (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntentePersona) persona = g_list_model_get_item (list, i);

      assert_text_contains (text, entente_persona_get_name (persona), TRUE);
      assert_text_contains (text, entente_persona_get_summary (persona), TRUE);
    }

  list = entente_document_get_stages (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (list, i);

      assert_text_contains (text, entente_stage_get_name (stage), TRUE);
      assert_text_contains (text, entente_stage_get_definition (stage), TRUE);
    }

  /* An embedded font that has Khmer. */
  fonts = run_tool (pdffonts, pdf, NULL);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = g_regex_split_simple ("\\s+", lines[i], 0, 0);

      if (g_strv_length (columns) >= 4 && strstr (columns[0], "Khmer") != NULL)
        {
          g_autoptr(GRegex) embedded = g_regex_new ("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$",
                                                    0, 0, NULL);

          g_test_message ("%s", lines[i]);
          khmer_font = khmer_font || g_regex_match (embedded, lines[i], 0, NULL);
        }
    }
  g_assert_true (khmer_font);
}

/* A long text */

#define LONG_WORDS 5000
#define LAST_WORD "Zanzibar"

static char *
long_summary (void)
{
  static const char * const words[] = {
    "leads", "pipeline", "quarter", "response", "handoff", "qualified",
    "account", "revenue", "persona", "follow-up", "conversion", "review",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < LONG_WORDS - 1; i++)
    {
      g_string_append (text, words[(i * 7) % G_N_ELEMENTS (words)]);
      /* Sentences and paragraphs, as people write them. */
      g_string_append (text, i % 17 == 16 ? ". " : " ");
      if (i % 400 == 399)
        g_string_append (text, "\n");
    }
  g_string_append (text, LAST_WORD);

  return g_string_free (text, FALSE);
}

static EntenteDocument *
load_long_document (const char *example)
{
  EntenteDocument *document = entente_test_load_example (example);
  g_autoptr(EntentePersona) persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  g_autofree char *summary = long_summary ();

  g_object_set (persona, "summary", summary, NULL);

  return document;
}

/* Pages with a paragraph of @text on them. */
static guint
count_pages_showing (EntenteAgreementLayout *layout,
                     const char             *text)
{
  EntentePageFlow *flow = entente_agreement_layout_get_flow (layout);
  guint pages = 0;

  for (guint page = 0; page < entente_page_flow_get_n_pages (flow); page++)
    {
      guint n;
      const EntenteFlowBox *boxes = entente_page_flow_get_boxes (flow, page, &n);
      gboolean shown = FALSE;

      for (guint i = 0; i < n; i++)
        if (boxes[i].kind == ENTENTE_FLOW_BOX_TEXT && strlen (pango_layout_get_text (boxes[i].layout)) > 100 &&
            strstr (text, pango_layout_get_text (boxes[i].layout)) != NULL)
          shown = TRUE;
      pages += shown;
    }

  return pages;
}

static void
test_long_summary (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(EntenteDocument) document = load_long_document ("acme-saas.entente");
  g_autoptr(EntenteDocument) plain = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteAgreementLayout) layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  g_autoptr(EntenteAgreementLayout) plain_layout = entente_agreement_layout_new (plain, ENTENTE_PAPER_A4);
  g_autoptr(EntentePersona) persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tail = NULL;
  const char *pdftotext;
  guint pages;

  /* Line by line over several pages, the rest of the agreement after it. */
  pages = count_pages_showing (layout, entente_persona_get_summary (persona));
  g_test_message ("the summary is on %u pages", pages);
  g_assert_cmpuint (pages, >=, 3);
  g_assert_cmpuint (entente_agreement_layout_get_n_pages (layout), >=,
                    entente_agreement_layout_get_n_pages (plain_layout) + pages - 1);

  pdftotext = entente_test_find_tool ("pdftotext");
  if (pdftotext == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "long.pdf");
  export_with_api (document, ENTENTE_PAPER_A4, pdf);
  text = run_tool (pdftotext, "-raw", pdf, "-", NULL);

  /* The whole text, in order, each line once: its last sentence, and its
   * last word. */
  assert_text_contains (text, LAST_WORD, FALSE);
  tail = g_strdup (entente_persona_get_summary (persona) + strlen (entente_persona_get_summary (persona)) - 200);
  assert_text_contains (text, strchr (tail, ' ') + 1, FALSE);
  g_assert_null (strstr (strstr (text, LAST_WORD) + 1, LAST_WORD));
}

/* The geometry */

static gboolean
overlaps (const cairo_rectangle_t *a,
          const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON &&
         a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

static gboolean
inside (const cairo_rectangle_t *rect,
        const cairo_rectangle_t *frame)
{
  return rect->x >= frame->x - EPSILON && rect->y >= frame->y - EPSILON &&
         rect->x + rect->width <= frame->x + frame->width + EPSILON &&
         rect->y + rect->height <= frame->y + frame->height + EPSILON;
}

static const char *
box_text (const EntenteFlowBox *box)
{
  return box->layout != NULL ? pango_layout_get_text (box->layout) : "(drawing)";
}

/* No text box overlaps another or a drawing, and nothing crosses the
 * margins, on any page. */
static void
check_geometry (EntenteAgreementLayout *layout)
{
  EntentePageFlow *flow = entente_agreement_layout_get_flow (layout);
  cairo_rectangle_t frame;
  double width, height;

  entente_agreement_layout_get_margins (layout, &frame);
  entente_agreement_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat (frame.x, >=, 56.0);
  g_assert_cmpfloat (frame.y, >=, 56.0);
  g_assert_cmpfloat (width - frame.x - frame.width, >=, 56.0);
  g_assert_cmpfloat (height - frame.y - frame.height, >=, 56.0);

  for (guint page = 0; page < entente_page_flow_get_n_pages (flow); page++)
    {
      guint n;
      const EntenteFlowBox *boxes = entente_page_flow_get_boxes (flow, page, &n);
      guint n_texts = 0;

      for (guint i = 0; i < n; i++)
        {
          const EntenteFlowBox *a = &boxes[i];

          if (a->kind == ENTENTE_FLOW_BOX_DEST)
            continue;

          if (!inside (&a->rect, &frame))
            g_error ("page %u: “%s” at %g,%g %g×%g crosses the margins", page + 1,
                     box_text (a), a->rect.x, a->rect.y, a->rect.width, a->rect.height);

          if (a->kind != ENTENTE_FLOW_BOX_TEXT && a->kind != ENTENTE_FLOW_BOX_DRAWING)
            continue;
          if (a->kind == ENTENTE_FLOW_BOX_TEXT)
            {
              g_assert_cmpint (a->n_lines, >, 0);
              n_texts++;
            }

          for (guint j = i + 1; j < n; j++)
            {
              const EntenteFlowBox *b = &boxes[j];

              if (b->kind != ENTENTE_FLOW_BOX_TEXT && b->kind != ENTENTE_FLOW_BOX_DRAWING)
                continue;
              if (overlaps (&a->rect, &b->rect))
                g_error ("page %u: “%s” overlaps “%s”", page + 1, box_text (a), box_text (b));
            }
        }

      /* No page is empty. */
      g_assert_cmpuint (n_texts, >, 0);
    }
}

static void
test_geometry (void)
{
  const char * const examples[] = { "acme-saas.entente", "angkor-retail-km.entente" };
  const EntentePaper papers[] = { ENTENTE_PAPER_A4, ENTENTE_PAPER_LETTER };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        g_autoptr(EntenteDocument) document = entente_test_load_example (examples[e]);
        g_autoptr(EntenteDocument) long_document = load_long_document (examples[e]);
        g_autoptr(EntenteAgreementLayout) layout = entente_agreement_layout_new (document, papers[p]);
        g_autoptr(EntenteAgreementLayout) long_layout = entente_agreement_layout_new (long_document, papers[p]);

        g_test_message ("%s on %s: %u pages", examples[e], entente_paper_get_name (papers[p]),
                        entente_agreement_layout_get_n_pages (layout));
        check_geometry (layout);
        check_geometry (long_layout);
      }
}

static void
test_sections (void)
{
  static const char * const ids[] = {
    "contents", "parties", "personas", "lead-definitions", "goals",
    "handoffs", "protocols", "review", "approvals",
  };
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteAgreementLayout) layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  guint previous_page = 0;
  double previous_y = 0.0;

  g_assert_cmpuint (entente_agreement_layout_get_n_sections (layout), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const EntenteAgreementSection *section = entente_agreement_layout_get_section (layout, i);

      g_assert_cmpstr (section->id, ==, ids[i]);
      g_assert_nonnull (section->title);
      g_assert_cmpstr (section->title, !=, "");
      g_assert_cmpuint (section->page, <, entente_agreement_layout_get_n_pages (layout));
      /* In the order of the pages, after the title page. */
      g_assert_cmpuint (section->page, >=, 1);
      g_assert_true (section->page > previous_page || (section->page == previous_page && section->y > previous_y));
      previous_page = section->page;
      previous_y = section->y;
    }

  /* The contents on the second page, the signatures on the last. */
  g_assert_cmpuint (entente_agreement_layout_get_section (layout, 0)->page, ==, 1);
  g_assert_cmpuint (entente_agreement_layout_get_section (layout, G_N_ELEMENTS (ids) - 1)->page, ==,
                    entente_agreement_layout_get_n_pages (layout) - 1);
}

static gboolean
is_heading (const EntenteFlowBox *box)
{
  const PangoFontDescription *font;

  if (box->kind != ENTENTE_FLOW_BOX_TEXT)
    return FALSE;
  font = pango_layout_get_font_description (box->layout);

  return font != NULL && pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD &&
         pango_font_description_get_size (font) >= 13 * PANGO_SCALE;
}

#define LONG_TABLE_DEFINITION "A stage that only makes the table long enough to run over several pages."

/* A table of many stages runs over pages: each continues under the
 * header row again; rows never break; no heading ends a page. */
static void
test_long_table (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteAgreementLayout) layout = NULL;
  EntentePageFlow *flow;
  const cairo_rectangle_t *body;
  guint pages_with_stages = 0;

  for (guint i = 0; i < 80; i++)
    {
      g_autoptr(EntenteStage) stage = entente_stage_new ();
      g_autofree char *id = g_strdup_printf ("extra-%u", i);
      g_autofree char *name = g_strdup_printf ("Extra stage %u", i);

      g_object_set (stage, "id", id, "name", name,
                    "definition", LONG_TABLE_DEFINITION, NULL);
      entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_STAGES, ENTENTE_ITEM (stage));
    }

  layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  check_geometry (layout);
  flow = entente_agreement_layout_get_flow (layout);
  body = entente_page_flow_get_body (flow);

  for (guint page = 0; page < entente_page_flow_get_n_pages (flow); page++)
    {
      guint n;
      const EntenteFlowBox *boxes = entente_page_flow_get_boxes (flow, page, &n);
      gboolean has_rows = FALSE, has_header = FALSE;
      const EntenteFlowBox *last = NULL;

      for (guint i = 0; i < n; i++)
        {
          const char *text = boxes[i].kind == ENTENTE_FLOW_BOX_TEXT ? pango_layout_get_text (boxes[i].layout) : NULL;

          if (text != NULL && g_str_equal (text, LONG_TABLE_DEFINITION))
            {
              has_rows = TRUE;
              /* A row's cells each show all their lines. */
              g_assert_cmpint (boxes[i].n_lines, ==, pango_layout_get_line_count (boxes[i].layout));
            }
          if (text != NULL && g_str_equal (text, "Definition"))
            has_header = TRUE;

          /* The last box of the body, running heads aside. */
          if ((boxes[i].kind == ENTENTE_FLOW_BOX_TEXT || boxes[i].kind == ENTENTE_FLOW_BOX_DRAWING) &&
              boxes[i].rect.y >= body->y - EPSILON &&
              boxes[i].rect.y + boxes[i].rect.height <= body->y + body->height + EPSILON &&
              (last == NULL || boxes[i].rect.y > last->rect.y))
            last = &boxes[i];
        }

      if (has_rows)
        {
          pages_with_stages++;
          g_assert_true (has_header);
        }
      if (last != NULL && page + 1 < entente_page_flow_get_n_pages (flow) && is_heading (last))
        g_error ("page %u ends with the heading “%s”", page + 1, box_text (last));
    }

  g_assert_cmpuint (pages_with_stages, >=, 3);
}

/* The first 12 hexadecimal digits of a digest, as the agreement shows it. */
static char *
short_digest (const char *digest)
{
  g_assert_true (g_str_has_prefix (digest, "sha256:"));

  return g_strndup (digest + strlen ("sha256:"), 12);
}

/* Whether every page but the title page has @text in a box. */
static gboolean
on_every_page_but_the_first (EntenteAgreementLayout *layout,
                             const char             *text)
{
  EntentePageFlow *flow = entente_agreement_layout_get_flow (layout);

  for (guint page = 0; page < entente_page_flow_get_n_pages (flow); page++)
    {
      guint n;
      const EntenteFlowBox *boxes = entente_page_flow_get_boxes (flow, page, &n);
      gboolean found = FALSE;

      for (guint i = 0; i < n; i++)
        if (boxes[i].kind == ENTENTE_FLOW_BOX_TEXT && strstr (pango_layout_get_text (boxes[i].layout), text) != NULL)
          found = TRUE;
      if (found != (page > 0))
        return FALSE;
    }

  return TRUE;
}

/* Once approved, each page's foot carries the digest of the text as it
 * is, and the approvals page lists the sign-offs with the digests they
 * named. */
static void
test_approvals (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteApproval) approval = entente_approval_new ();
  g_autoptr(GDateTime) time = g_date_time_new_utc (2027, 1, 2, 9, 30, 0);
  g_autoptr(EntenteAgreementLayout) layout = NULL;
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *current = NULL;
  g_autofree char *current_short = NULL;
  g_autofree char *foot = NULL;
  EntentePageFlow *flow;
  const char *digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  gboolean signer_shown = FALSE;
  const char *pdftotext;

  g_object_set (approval, "party", "marketing", "signer", "Dana Whitfield", "role", "VP Marketing",
                "time", time, "digest", digest, NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_APPROVALS, ENTENTE_ITEM (approval));

  layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  check_geometry (layout);
  flow = entente_agreement_layout_get_flow (layout);

  /* The foot names the text each sheet shows, not the one signed: this
   * approval is of another text. */
  current = entente_document_compute_digest (document);
  current_short = short_digest (current);
  foot = g_strdup_printf ("Digest sha256:%s", current_short);
  g_assert_true (on_every_page_but_the_first (layout, foot));
  g_clear_pointer (&foot, g_free);
  foot = g_strdup_printf ("Digest sha256:%s", "0123456789ab");
  g_assert_false (on_every_page_but_the_first (layout, foot));

  for (guint page = 0; page < entente_page_flow_get_n_pages (flow); page++)
    {
      guint n;
      const EntenteFlowBox *boxes = entente_page_flow_get_boxes (flow, page, &n);

      for (guint i = 0; i < n; i++)
        if (boxes[i].kind == ENTENTE_FLOW_BOX_TEXT)
          signer_shown = signer_shown || (page + 1 == entente_page_flow_get_n_pages (flow) &&
                                          g_str_equal (pango_layout_get_text (boxes[i].layout), "Dana Whitfield (VP Marketing)"));
    }
  g_assert_true (signer_shown);

  pdftotext = entente_test_find_tool ("pdftotext");
  if (pdftotext == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "approved.pdf");
  export_with_api (document, ENTENTE_PAPER_A4, pdf);
  text = run_tool (pdftotext, "-raw", pdf, "-", NULL);
  /* The signature block names the start of the digest, the audit page
   * all of it. */
  assert_text_contains (text, "Digest signed: sha256:0123456789ab\n", FALSE);
  assert_text_contains (text, "Audit of sign-offs", FALSE);
  assert_text_contains (text, digest, FALSE);
  /* Signed for another text than this one, in New York's time. */
  assert_text_contains (text, "Sign-off in the name of Dana Whitfield, dated 2 January 2027 at 04:30 (UTC−05:00)", FALSE);
  assert_text_contains (text, "Outdated: the agreement changed after this sign-off", FALSE);
  g_assert_null (strstr (text, "Signed by"));
}

/* Exports @document through the API and returns the PDF's text. */
static char *
export_text (EntenteTestScratch               *scratch,
             EntenteDocument       *document,
             EntenteAgreementFlags  flags,
             const char            *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = entente_agreement_pdf_export_full (document, ENTENTE_PAPER_A4, flags, &error);
  g_autofree char *pdf = entente_test_scratch_file (scratch, name);
  const char *pdftotext = g_getenv ("PDFTOTEXT");

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_file_set_contents (pdf, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  return run_tool (pdftotext, "-raw", pdf, "-", NULL);
}

/* A party that signs, in words and by digest, then the same sign-off
 * once the text changed. */
static void
test_sign_off (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteAgreementLayout) layout = NULL;
  g_autoptr(EntenteTarget) target = NULL;
  g_auto(EntenteTestScratch) scratch = { 0 };
  EntenteApproval *approval;
  g_autofree char *signed_short = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *changed_short = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  if (entente_test_find_tool ("pdftotext") == NULL)
    return;
  entente_test_scratch_init (&scratch);

  /* Before anyone signs: every party to sign, the text's digest in the
   * approvals' introduction, none in the foot. */
  text = export_text (&scratch, document, ENTENTE_AGREEMENT_DEFAULT, "draft.pdf");
  assert_text_contains (text, "Not signed yet", FALSE);
  g_assert_null (strstr (text, "Signed by"));
  g_assert_null (strstr (text, "Digest sha256:"));
  {
    g_autofree char *digest = entente_document_compute_digest (document);
    g_autofree char *short_text = short_digest (digest);

    expected = g_strdup_printf ("This text’s digest: sha256:%s.", short_text);
    assert_text_contains (text, expected, FALSE);
    g_clear_pointer (&expected, g_free);
  }
  g_clear_pointer (&text, g_free);

  approval = entente_document_approve (document, "marketing", "Dana Whitfield", "VP Marketing", entente_test_signing_key (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (approval);
  signed_short = short_digest (entente_approval_get_digest (approval));

  text = export_text (&scratch, document, ENTENTE_AGREEMENT_DEFAULT, "signed.pdf");
  assert_text_contains (text, "Signed by Dana Whitfield (VP Marketing) on", FALSE);
  expected = g_strdup_printf ("Digest signed: sha256:%s", signed_short);
  assert_text_contains (text, expected, FALSE);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("This text’s digest: sha256:%s.", signed_short);
  assert_text_contains (text, expected, FALSE);
  g_clear_pointer (&expected, g_free);
  /* The others still have to. */
  assert_text_contains (text, "Not signed yet", FALSE);
  g_assert_null (strstr (text, "outdated"));
  g_clear_pointer (&text, g_free);

  layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  check_geometry (layout);
  expected = g_strdup_printf ("Digest sha256:%s", signed_short);
  g_assert_true (on_every_page_but_the_first (layout, expected));
  g_clear_pointer (&expected, g_free);
  g_clear_object (&layout);

  /* A target changes: the sign-off is for the text before. */
  target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (document)), 0);
  g_object_set (target, "count", entente_target_get_count (target) + 50, NULL);
  changed = entente_document_compute_digest (document);
  changed_short = short_digest (changed);
  g_assert_cmpstr (changed_short, !=, signed_short);

  text = export_text (&scratch, document, ENTENTE_AGREEMENT_DEFAULT, "outdated.pdf");
  assert_text_contains (text, "Sign-off in the name of Dana Whitfield, dated", FALSE);
  assert_text_contains (text, "Outdated: the agreement changed after this sign-off", FALSE);
  g_assert_null (strstr (text, "Signed by"));
  expected = g_strdup_printf ("Digest signed: sha256:%s", signed_short);
  assert_text_contains (text, expected, FALSE);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("This text’s digest: sha256:%s.", changed_short);
  assert_text_contains (text, expected, FALSE);
  g_clear_pointer (&expected, g_free);
  g_assert_null (strstr (text, "(VP Marketing) on"));

  /* The foot follows the text, not the sign-off. */
  layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  check_geometry (layout);
  expected = g_strdup_printf ("Digest sha256:%s", changed_short);
  g_assert_true (on_every_page_but_the_first (layout, expected));
  g_clear_pointer (&expected, g_free);
}

/* Counts the boxes of @layout whose whole text is @text. */
static guint
count_boxes (EntenteAgreementLayout *layout,
             const char             *text)
{
  EntentePageFlow *flow = entente_agreement_layout_get_flow (layout);
  guint count = 0;

  for (guint page = 0; page < entente_page_flow_get_n_pages (flow); page++)
    {
      guint n;
      const EntenteFlowBox *boxes = entente_page_flow_get_boxes (flow, page, &n);

      for (guint i = 0; i < n; i++)
        if (boxes[i].kind == ENTENTE_FLOW_BOX_TEXT && g_str_equal (pango_layout_get_text (boxes[i].layout), text))
          count++;
    }

  return count;
}

/* Three sign-offs, each in its own state: Dana's outdated by a later
 * change, Priya's tampered with (another name under her signature), Luis'
 * valid.  Only Luis' reads “Signed by”; the others say what is wrong and
 * keep lines to sign on; the audit page closes the agreement with every
 * sign-off, its key's fingerprint and its state, in the agreement's
 * words. */
static void
test_audit (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteAgreementLayout) layout = NULL;
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *fingerprint = entente_public_key_fingerprint (entente_signing_key_get_public (entente_test_signing_key ()));
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  EntenteApproval *approval = NULL;
  EntentePageFlow *flow;

  entente_test_sign_three_ways (document);
  entente_document_get_sign_off_state (document, "sales", &approval);

  layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  check_geometry (layout);
  flow = entente_agreement_layout_get_flow (layout);
  /* Lines to sign on for the two that do not hold, none for Luis. */
  g_assert_cmpuint (count_boxes (layout, "Signature"), ==, 2);
  /* The audit is the last section, on pages of its own. */
  {
    guint n = entente_agreement_layout_get_n_sections (layout);
    const EntenteAgreementSection *audit = entente_agreement_layout_get_section (layout, n - 1);
    const EntenteAgreementSection *before = entente_agreement_layout_get_section (layout, n - 2);

    g_assert_cmpstr (audit->id, ==, "audit");
    g_assert_cmpstr (audit->title, ==, "Audit of sign-offs");
    g_assert_cmpuint (audit->page, >, before->page);
    g_assert_cmpuint (audit->page + 1, ==, entente_page_flow_get_n_pages (flow));
  }
  g_assert_cmpuint (count_boxes (layout, fingerprint), ==, 3);
  g_clear_object (&layout);

  if (entente_test_find_tool ("pdftotext") == NULL)
    return;
  entente_test_scratch_init (&scratch);
  text = export_text (&scratch, document, ENTENTE_AGREEMENT_DEFAULT, "audit.pdf");

  assert_text_contains (text, "Signed by Luis Ortega (SDR Manager) on", FALSE);
  g_assert_null (strstr (text, "Signed by Dana"));
  g_assert_null (strstr (text, "Signed by Pat"));
  g_assert_null (strstr (text, "Signed by Priya"));
  assert_text_contains (text, "Sign-off in the name of Dana Whitfield, dated", FALSE);
  assert_text_contains (text, "Sign-off in the name of Pat Morgan, dated", FALSE);
  expected = g_strdup_printf ("Key fingerprint: %s", fingerprint);
  assert_text_contains (text, expected, FALSE);

  /* The audit, in the agreement's language and time zone. */
  {
    g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);

    assert_text_contains (text, "Audit of sign-offs", FALSE);
    assert_text_contains (text, "Times are in the agreement’s time zone, New York (UTC−05:00).", FALSE);
    assert_text_contains (text, entente_sign_off_state_explanation (ENTENTE_SIGN_OFF_OUTDATED), FALSE);
    assert_text_contains (text, entente_sign_off_state_explanation (ENTENTE_SIGN_OFF_INVALID), FALSE);
    assert_text_contains (text, entente_sign_off_state_explanation (ENTENTE_SIGN_OFF_SIGNED), FALSE);
    assert_text_contains (text, "Key fingerprint", FALSE);
    assert_text_contains (text, entente_approval_get_digest (approval), FALSE);
  }
}

/* The audit of a Khmer agreement is in Khmer, with Khmer dates. */
static void
test_audit_khmer (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("angkor-retail-km.entente");
  g_autoptr(GError) error = NULL;
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *text = NULL;
  g_autoptr(EntenteParty) party = g_list_model_get_item (entente_document_get_parties (document), 0);
  EntenteApproval *approval;

  approval = entente_document_approve (document, entente_party_get_id (party), entente_party_get_leader (party),
                                       entente_party_get_role (party), entente_test_signing_key (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (approval);

  if (entente_test_find_tool ("pdftotext") == NULL)
    return;
  entente_test_scratch_init (&scratch);
  text = export_text (&scratch, document, ENTENTE_AGREEMENT_DEFAULT, "audit-km.pdf");
  {
    g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
    g_autoptr(GDateTime) local = entente_approval_get_local_time (approval, document);
    g_autofree char *when = entente_format_datetime (NULL, local);
    const char *title = entente_locale_gettext (NULL, "Audit of sign-offs");
    const char *valid = entente_sign_off_state_explanation (ENTENTE_SIGN_OFF_SIGNED);

    g_assert_true (entente_test_is_khmer (title));
    g_assert_true (entente_test_is_khmer (valid));
    assert_text_contains (text, title, TRUE);
    assert_text_contains (text, valid, TRUE);
    assert_text_contains (text, when, TRUE);
  }
}

#define OPEN_TEXT "Can IT Ian really block a deal this late? We should hear him in discovery."
#define REPLY_TEXT "Agreed: the SDRs add a security question to the first call."
#define RESOLVED_TEXT "Typo in the MQL definition, fixed."

static EntenteComment *
add_comment (EntenteDocument *document,
             const char      *id,
             const char      *anchor,
             const char      *text,
             gboolean         resolved)
{
  g_autoptr(EntenteComment) comment = entente_comment_new ();
  g_autoptr(GDateTime) time = g_date_time_new_utc (2027, 1, 5, 10, 0, 0);

  g_object_set (comment, "id", id, "anchor", anchor, "author", "Priya Raman", "role", "VP Sales",
                "time", time, "resolved", resolved, "text", text, NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_COMMENTS, ENTENTE_ITEM (comment));

  return comment;
}

static char *
save_commented (EntenteTestScratch *scratch)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteReply) reply = entente_reply_new ();
  g_autoptr(GDateTime) time = g_date_time_new_utc (2027, 1, 6, 8, 15, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  char *path = entente_test_scratch_file (scratch, "commented.entente");
  EntenteComment *comment;

  comment = add_comment (document, "c1", "personas/it-ian", OPEN_TEXT, FALSE);
  g_object_set (reply, "id", "r1", "author", "Dana Whitfield", "time", time, "text", REPLY_TEXT, NULL);
  entente_item_append (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_REPLIES, ENTENTE_ITEM (reply));
  add_comment (document, "c2", "stages/mql", RESOLVED_TEXT, TRUE);
  add_comment (document, "c3", "goals", "Is 450 MQLs a month within the budget?", FALSE);

  file = g_file_new_for_path (path);
  g_assert_true (entente_document_save (document, file, NULL, &error));
  g_assert_no_error (error);

  return path;
}

/* The open comments, in an appendix on request: the open one with its
 * reply, never the resolved one; nothing of them by default. */
static void
test_open_comments (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(EntenteAgreementLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *html = NULL;
  g_autofree char *text = NULL;
  const EntenteAgreementSection *last;
  const char *pdftotext;

  entente_test_scratch_init (&scratch);
  path = save_commented (&scratch);

  /* An appendix after the signatures, in the contents, on pages that
   * keep to the margins. */
  file = g_file_new_for_path (path);
  document = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  layout = entente_agreement_layout_new_full (document, ENTENTE_PAPER_A4, ENTENTE_AGREEMENT_OPEN_COMMENTS);
  g_assert_cmpuint (entente_agreement_layout_get_flags (layout), ==, ENTENTE_AGREEMENT_OPEN_COMMENTS);
  check_geometry (layout);
  last = entente_agreement_layout_get_section (layout, entente_agreement_layout_get_n_sections (layout) - 1);
  g_assert_cmpstr (last->id, ==, "open-comments");
  g_assert_cmpuint (last->page, >, entente_agreement_layout_get_section (layout, entente_agreement_layout_get_n_sections (layout) - 2)->page);
  g_clear_object (&layout);
  layout = entente_agreement_layout_new (document, ENTENTE_PAPER_A4);
  g_assert_cmpstr (entente_agreement_layout_get_section (layout, entente_agreement_layout_get_n_sections (layout) - 1)->id,
                   ==, "approvals");

  pdftotext = entente_test_find_tool ("pdftotext");
  if (pdftotext == NULL)
    return;

  with = entente_test_scratch_file (&scratch, "with.pdf");
  without = entente_test_scratch_file (&scratch, "without.pdf");
  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", path, "-o", with, "--comments", NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", path, "-o", without, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
  }

  text = run_tool (pdftotext, "-raw", with, "-", NULL);
  assert_text_contains (text, "Open comments", FALSE);
  assert_text_contains (text, "Buyer personas: IT Ian", FALSE);
  assert_text_contains (text, "Priya Raman (VP Sales) · 5 January 2027", FALSE);
  assert_text_contains (text, OPEN_TEXT, FALSE);
  assert_text_contains (text, "Reply: Dana Whitfield · 6 January 2027", FALSE);
  assert_text_contains (text, REPLY_TEXT, FALSE);
  assert_text_contains (text, "Is 450 MQLs a month within the budget?", FALSE);
  g_assert_null (strstr (text, RESOLVED_TEXT));
  /* In the order of the agreement: the personas before the goals. */
  {
    g_autofree char *flat = squeeze (text, FALSE);
    const char *persona = strstr (flat, OPEN_TEXT);
    const char *goals = strstr (flat, "Is 450 MQLs");

    g_assert_nonnull (persona);
    g_assert_nonnull (goals);
    g_assert_true (persona < goals);
  }
  g_clear_pointer (&text, g_free);

  text = run_tool (pdftotext, "-raw", without, "-", NULL);
  g_assert_null (strstr (text, "Open comments"));
  g_assert_null (strstr (text, "IT Ian really"));
  g_assert_null (strstr (text, REPLY_TEXT));
  g_assert_null (strstr (text, RESOLVED_TEXT));

  /* Only the PDF has the appendix; asking it of another format is a
   * mistake, said as such. */
  html = entente_test_scratch_file (&scratch, "with.html");
  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", path, "-o", html, "--comments", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--comments"));
    g_assert_false (g_file_test (html, G_FILE_TEST_EXISTS));
  }
}

/* No open comment: the appendix says so rather than vanish. */
static void
test_no_open_comments (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *text = NULL;

  add_comment (document, "c1", "goals", RESOLVED_TEXT, TRUE);
  if (entente_test_find_tool ("pdftotext") == NULL)
    return;

  entente_test_scratch_init (&scratch);
  text = export_text (&scratch, document, ENTENTE_AGREEMENT_OPEN_COMMENTS, "none.pdf");
  assert_text_contains (text, "Open comments", FALSE);
  assert_text_contains (text, "No comments are open.", FALSE);
  g_assert_null (strstr (text, RESOLVED_TEXT));
}

/* The command line */

static void
test_cli_usage (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *out = NULL;
  g_autofree char *html = NULL;
  g_autofree char *md = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *unwritable = NULL;
  g_autoptr(GError) error = NULL;

  entente_test_scratch_init (&scratch);
  out = entente_test_scratch_file (&scratch, "out.pdf");

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", acme, "-o", "out.docx", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "out.docx"));
  }
  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", acme, "-o", out, "--paper", "a3", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "a3"));
  }
  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", acme, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--paper"));
    g_assert_nonnull (strstr (run.out, "--comments"));
    g_assert_nonnull (strstr (run.out, _("End the PDF with an appendix of the open comments (PDF only)")));
  }

  /* An invalid input leaves the output as it was. */
  bad = entente_test_scratch_file (&scratch, "bad.entente");
  g_file_set_contents (bad, "<sla xmlns=\"urn:entente:sla:1\" format=\"1\"><meta>", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (out, "old", -1, &error);
  g_assert_no_error (error);
  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", bad, "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "bad.entente"));
  }
  g_file_get_contents (out, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "old");

  /* A file that cannot be written is named. */
  unwritable = g_build_filename (scratch.path, "missing", "out.pdf", NULL);
  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "export", acme, "-o", unwritable, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "out.pdf"));
  }

  /* The other formats, by extension. */
  html = entente_test_scratch_file (&scratch, "acme.html");
  md = entente_test_scratch_file (&scratch, "acme.md");
  export_with_cli ("acme-saas.entente", html, NULL);
  export_with_cli ("acme-saas.entente", md, NULL);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (html, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "Dana Whitfield"));
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (md, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "Dana Whitfield"));
}

/* The monthly review of `entente-cli report -o`: through the same flow
 * engine, with its title in the metadata, the stages, the compliance and
 * the breaches in the text, and a file qpdf finds sound. */
static void
test_review_pdf (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) both = { 0 };
  g_auto(EntenteTestRun) check = { 0 };
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *csv = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  const char *pdfinfo = entente_test_find_tool ("pdfinfo");
  const char *pdftotext = entente_test_find_tool ("pdftotext");
  const char *qpdf = entente_test_find_tool ("qpdf");
  const char *argv[] = { qpdf, "--check", NULL, NULL };

  if (pdfinfo == NULL || pdftotext == NULL || qpdf == NULL)
    return;

  entente_test_scratch_init (&scratch);
  pdf = entente_test_scratch_file (&scratch, "review.pdf");
  entente_test_run_cli (&run, "report", acme, "--actuals", csv, "--period", "2027-01",
                        "--map", "first-contact=First Contact", "-o", pdf, "--paper", "a4", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  info = run_tool (pdfinfo, pdf, NULL);
  title = info_value (info, "Title");
  g_assert_nonnull (title);
  g_assert_true (g_str_has_prefix (title, "Monthly review — "));

  text = run_tool (pdftotext, "-raw", pdf, "-", NULL);
  g_assert_nonnull (strstr (text, "Marketing Qualified Lead"));
  g_assert_nonnull (strstr (text, "57%"));
  g_assert_nonnull (strstr (text, "103"));
  g_assert_nonnull (strstr (text, "18 Jan 2027, 09:30"));
  g_assert_nonnull (strstr (text, "Skipped rows"));
  /* The meeting's handout: each team's month, the breaches by owner. */
  g_assert_nonnull (strstr (text, "The month by team"));
  g_assert_nonnull (strstr (text, "Breaches by owner"));
  g_assert_nonnull (strstr (text, "Pat Pursuer — 4 breaches"));

  argv[2] = pdf;
  entente_test_run_program (&check, argv);
  g_test_message ("%s%s", check.out, check.err);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "No syntax or stream encoding errors found"));

  entente_test_run_cli (&both, "report", acme, "--actuals", csv, "--period", "2027-01",
                        "--json", "-o", pdf, NULL);
  g_assert_cmpint (both.status, ==, 2);

  /* Without the first contact mapped, the handout says compliance was
   * not measured, and why, where it printed 0 %. */
  {
    g_auto(EntenteTestRun) unmapped = { 0 };
    g_autofree char *unmapped_text = NULL;

    entente_test_run_cli (&unmapped, "report", acme, "--actuals", csv, "--period", "2027-01",
                          "-o", pdf, "--paper", "a4", NULL);
    g_assert_cmpint (unmapped.status, ==, 0);
    unmapped_text = run_tool (pdftotext, "-raw", pdf, "-", NULL);
    g_strdelimit (unmapped_text, "\n", ' ');
    g_assert_nonnull (strstr (unmapped_text, "Not measured — map the first-contact column to know who was followed up in time."));
    g_assert_nonnull (strstr (unmapped_text, "not measured"));
    g_assert_false (g_regex_match_simple ("(^|\\s)0\\s?%", unmapped_text, 0, 0));
  }
}

/* cairo reads the numbers of a PDF's links and destinations in the
 * locale of the process; the agreement of both examples, the monthly
 * review and the funnel come out sound in a decimal-comma locale and in
 * Khmer all the same, whatever locale the suite runs in. */
static void
test_pdf_every_locale (void)
{
  static const char * const locales[] = { "de_DE.UTF-8", "km_KH.UTF-8", "en_US.UTF-8", "C.UTF-8" };
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *angkor = entente_test_example_path ("angkor-retail-km.entente");
  g_autofree char *csv = entente_test_data_path ("actuals/hubspot-acme.csv");
  const char *qpdf = entente_test_find_tool ("qpdf");

  if (qpdf == NULL)
    return;

  entente_test_scratch_init (&scratch);
  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      const char *locale = locales[l];
      g_autofree char *agreement = entente_test_scratch_file (&scratch, "agreement.pdf");
      g_autofree char *khmer = entente_test_scratch_file (&scratch, "khmer.pdf");
      g_autofree char *review = entente_test_scratch_file (&scratch, "review.pdf");
      g_autofree char *funnel = entente_test_scratch_file (&scratch, "funnel.pdf");
      const char *pdfs[] = { agreement, khmer, review, funnel };
      g_auto(EntenteTestRun) export_acme = { 0 };
      g_auto(EntenteTestRun) export_angkor = { 0 };
      g_auto(EntenteTestRun) report = { 0 };
      g_auto(EntenteTestRun) draw = { 0 };

      if (!entente_test_has_locale (locale))
        {
          g_test_message ("%s is not installed (build-aux/install-deps generates it)", locale);
          g_test_fail ();
          continue;
        }

      entente_test_run_cli_in_locale (&export_acme, locale, "export", acme, "-o", agreement, NULL);
      entente_test_run_cli_in_locale (&export_angkor, locale, "export", angkor, "-o", khmer, NULL);
      entente_test_run_cli_in_locale (&report, locale, "report", acme, "--actuals", csv, "--period", "2027-01",
                                      "-o", review, NULL);
      entente_test_run_cli_in_locale (&draw, locale, "funnel", acme, "-o", funnel, NULL);
      g_test_message ("%s: %s%s%s%s", locale, export_acme.err, export_angkor.err, report.err, draw.err);
      g_assert_cmpint (export_acme.status, ==, 0);
      g_assert_cmpint (export_angkor.status, ==, 0);
      g_assert_cmpint (report.status, ==, 0);
      g_assert_cmpint (draw.status, ==, 0);

      for (guint i = 0; i < G_N_ELEMENTS (pdfs); i++)
        {
          g_auto(EntenteTestRun) check = { 0 };
          const char *argv[] = { qpdf, "--check", pdfs[i], NULL };

          entente_test_run_program (&check, argv);
          if (check.status != 0 || strstr (check.out, "No syntax or stream encoding errors found") == NULL)
            g_error ("qpdf --check of %s exported in %s: %s%s", pdfs[i], locale, check.out, check.err);
        }
    }
}

/* The paper is the machine's: Letter where the locale says so, as the
 * help of entente-cli export promises. */
static void
test_default_paper (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_PAPER, NULL));

  if (setlocale (LC_PAPER, "en_US.UTF-8") == NULL)
    {
      entente_test_skip_missing ("the en_US.UTF-8 locale is not installed (build-aux/install-deps generates it)");
      return;
    }
  g_assert_cmpint (entente_paper_get_default (), ==, ENTENTE_PAPER_LETTER);
  if (setlocale (LC_PAPER, "de_DE.UTF-8") != NULL)
    g_assert_cmpint (entente_paper_get_default (), ==, ENTENTE_PAPER_A4);
  setlocale (LC_PAPER, previous);
}

int
main (int    argc,
      char **argv)
{
  entente_i18n_init ();
  /* Each test signs with known keys of its own: test programs running
   * at once would otherwise write over each other's. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/agreement/paper/default", test_default_paper);
  g_test_add_func ("/agreement/pdf/acme/info", test_acme_info);
  g_test_add_func ("/agreement/pdf/acme/text", test_acme_text);
  g_test_add_func ("/agreement/pdf/acme/qpdf-check", test_acme_qpdf_check);
  g_test_add_func ("/agreement/pdf/acme/outline", test_acme_outline);
  g_test_add_func ("/agreement/pdf/acme/links", test_acme_links);
  g_test_add_func ("/agreement/pdf/paper-sizes", test_paper_sizes);
  g_test_add_func ("/agreement/pdf/khmer", test_khmer);
  g_test_add_func ("/agreement/pdf/long-summary", test_long_summary);
  g_test_add_func ("/agreement/layout/geometry", test_geometry);
  g_test_add_func ("/agreement/layout/sections", test_sections);
  g_test_add_func ("/agreement/layout/long-table", test_long_table);
  g_test_add_func ("/agreement/layout/approvals", test_approvals);
  g_test_add_func ("/agreement/pdf/sign-off", test_sign_off);
  g_test_add_func ("/agreement/pdf/audit", test_audit);
  g_test_add_func ("/agreement/pdf/audit-khmer", test_audit_khmer);
  g_test_add_func ("/agreement/pdf/open-comments", test_open_comments);
  g_test_add_func ("/agreement/pdf/no-open-comments", test_no_open_comments);
  g_test_add_func ("/agreement/cli/usage", test_cli_usage);
  g_test_add_func ("/review/pdf/cli", test_review_pdf);
  g_test_add_func ("/pdf/every-locale", test_pdf_every_locale);

  return g_test_run ();
}
