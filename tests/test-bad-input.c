/* test-bad-input.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/relaxng.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Every bad input gets one clear message that starts with the exact place
 * of the problem, and never a crash. */

typedef struct
{
  const char       *file;
  EntenteCoreError  code;
  const char       *location;  /* LINE:COLUMN */
  const char       *message;   /* the msgid of the message, or of a part of it */
  const char       *values[3]; /* what fills it, in order; NULL for anything */
  gboolean          schema;    /* xmllint --relaxng refuses it too */
} BadInput;

static const BadInput bad_inputs[] = {
  { "not-xml.entente", ENTENTE_CORE_ERROR_NOT_XML, "1:1", "%s:%d:%d: This is not a readable XML file: %s", { NULL }, TRUE },
  { "truncated.entente", ENTENTE_CORE_ERROR_NOT_XML, "72:22", "%s:%d:%d: This is not a readable XML file: %s", { NULL }, TRUE },
  { "wrong-root.entente", ENTENTE_CORE_ERROR_NOT_SLA, "2:1", "This is not an Entente SLA: it starts with <%s> where an SLA starts with <sla>.", { "html" }, TRUE },
  { "wrong-namespace.entente", ENTENTE_CORE_ERROR_NOT_SLA, "5:1", "%s", { "“urn:entente:sla:0”" }, TRUE },
  { "newer-format.entente", ENTENTE_CORE_ERROR_NEWER_FORMAT, "5:32", "This SLA is written in format %s, which needs a newer version of Entente; this version reads format %d.", { "2", "1" }, TRUE },
  { "missing-title.entente", ENTENTE_CORE_ERROR_INVALID, "6:3", "<%s> needs a <%s> element.", { "meta", "title" }, TRUE },
  { "bad-duration.entente", ENTENTE_CORE_ERROR_INVALID, "144:7", "“%s” is not a duration; write it as PT30M, PT4H, P2D or P2W", { "PT1X" }, TRUE },
  { "bad-date.entente", ENTENTE_CORE_ERROR_INVALID, "11:5", "“%s” is not a date; write it as YYYY-MM-DD, such as 2027-01-31", { "2027-06-31" }, TRUE },
  { "bad-rate.entente", ENTENTE_CORE_ERROR_INVALID, "116:37", "the rate %s is outside (0, 1]; write a fraction above 0 and at most 1, such as 0.15 for 15 %%", { "1.6" }, TRUE },
  { "bad-language.entente", ENTENTE_CORE_ERROR_INVALID, "11:5", "“%s” is not a language tag; write it as letters, digits and hyphens such as en, km or de-CH", { "km_KH" }, TRUE },
  { "dangling-stage.entente", ENTENTE_CORE_ERROR_REFERENCE, "133:29", "<%s> refers to the stage “%s”, which does not exist; the stages are: %s.", { "handoff", "sqll", NULL }, FALSE },
  { "dangling-party.entente", ENTENTE_CORE_ERROR_REFERENCE, "121:37", "<%s> refers to the party “%s”, which does not exist; the parties are: %s.", { "target", "bdr", NULL }, FALSE },
  { "duplicate-id.entente", ENTENTE_CORE_ERROR_REFERENCE, "55:14", "Another <%s> already has the %s “%s”; each needs its own.", { "persona", "id", "ops-olivia" }, FALSE },
  { "external-entity.entente", ENTENTE_CORE_ERROR_UNSAFE, "2:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, FALSE },
  { "billion-laughs.entente", ENTENTE_CORE_ERROR_UNSAFE, "2:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, FALSE },
  { "schema-order.entente", ENTENTE_CORE_ERROR_INVALID, "41:7", "<%s> is out of place in <%s>: the format keeps the elements of <%s> in a fixed order (see data/entente.rng).", { "summary", "persona", "persona" }, TRUE },
  { "bad-enum.entente", ENTENTE_CORE_ERROR_INVALID, "19:27", "“%s” is not one of: %s", { "sales-ops", "marketing, sales-development, *" }, TRUE },
  { "unknown-element.entente", ENTENTE_CORE_ERROR_INVALID, "45:7", "<%s> is not allowed in <%s>.", { "budget", "persona" }, TRUE },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autofree char *relative = g_build_filename ("bad", bad->file, NULL);
  g_autofree char *path = entente_test_data_path (relative);
  g_autoptr(GBytes) bytes = entente_test_read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s:%s: ", bad->file, bad->location);
  g_autofree char *words = entente_test_fill (g_dgettext (GETTEXT_PACKAGE, bad->message),
                                              bad->values, G_N_ELEMENTS (bad->values));
  g_autofree char *pattern = g_strconcat ("*", words, "*", NULL);

  document = entente_document_new_from_bytes (bytes, bad->file, &error);

  g_assert_null (document);
  g_assert_error (error, ENTENTE_CORE_ERROR, (int) bad->code);
  if (!g_str_has_prefix (error->message, prefix) || !g_pattern_match_simple (pattern, error->message))
    g_error ("expected “%s…%s…”, got “%s”", prefix, words, error->message);

  /* The loader and the schema agree; references are beyond RelaxNG, and
   * DTDs are not fed to a second parser. */
  if (bad->schema)
    {
      g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "entente.rng", NULL);
      const char *argv[] = { g_getenv ("XMLLINT"), "--noout", "--nonet", "--relaxng", schema, path, NULL };
      g_autoptr(GError) spawn_error = NULL;
      int wait_status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, &wait_status, &spawn_error);
      g_assert_no_error (spawn_error);
      g_assert_false (g_spawn_check_wait_status (wait_status, NULL));
    }
}

static void
test_external_entity_leaks_nothing (void)
{
  g_autofree char *path = entente_test_data_path ("bad/external-entity.entente");
  g_autoptr(GBytes) bytes = entente_test_read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_document_new_from_bytes (bytes, "x.entente", &error);
  g_autofree char *passwd = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_null (document);
  if (!g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL))
    return;

  /* Not one line of the file named by the entity reaches the message. */
  lines = g_strsplit (passwd, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strlen (lines[i]) > 8)
      g_assert_null (strstr (error->message, lines[i]));
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\"?>\n<sla xmlns=\"urn:entente:sla:1\" format=\"1\"><meta><title>t</title></meta>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "<x>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "</x>");
  g_string_append (text, "</sla>\n");

  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  document = entente_document_new_from_bytes (bytes, "deep.entente", &error);

  /* libxml2's default depth limit stops it, with the place it did. */
  g_assert_null (document);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_NOT_XML);
  g_assert_true (g_str_has_prefix (error->message, "deep.entente:2:"));
}

static void
test_huge_text_node (void)
{
  /* Past libxml2's 10 MB for one text, within the 16 MB of a file. */
  const gsize size = 12 * 1024 * 1024;
  const char head[] = "<?xml version=\"1.0\"?>\n<sla xmlns=\"urn:entente:sla:1\" format=\"1\"><meta><title>";
  const char tail[] = "</title></meta></sla>\n";
  g_autoptr(GByteArray) data = g_byte_array_sized_new (size + sizeof head + sizeof tail);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  const char * const values[] = { "title", "12582912", NULL };
  g_autofree char *words = entente_test_fill (_("The text of <%s> is %zu bytes long; one value may hold at most %d bytes."),
                                              values, G_N_ELEMENTS (values));
  g_autofree char *pattern = g_strconcat ("huge.entente:2:49: ", words, NULL);

  g_byte_array_append (data, (const guint8 *) head, sizeof head - 1);
  g_byte_array_set_size (data, data->len + size);
  memset (data->data + sizeof head - 1, 'a', size);
  g_byte_array_append (data, (const guint8 *) tail, sizeof tail - 1);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
  document = entente_document_new_from_bytes (bytes, "huge.entente", &error);

  /* Refused, with its place: no value of an SLA is that long. */
  g_assert_null (document);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_true (g_pattern_match_simple (pattern, error->message));
}

static void
test_several_problems_reported (void)
{
  g_autofree char *path = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) original = entente_test_read_bytes (path);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;

  g_string_replace (text, "<revision>3</revision>", "<revision>three</revision>", 1);
  g_string_replace (text, "<currency>USD</currency>", "<currency>dollars</currency>", 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  document = entente_document_new_from_bytes (bytes, "two.entente", &error);

  g_assert_null (document);
  g_assert_true (g_str_has_prefix (error->message, "two.entente:9:5: "));
  g_assert_nonnull (strstr (error->message, "\ntwo.entente:12:5: "));
}

static void
test_empty_and_utf16 (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_document_new_from_bytes (empty, "empty.entente", &error);
  g_autofree char *path = entente_test_example_path ("angkor-retail-km.entente");
  g_autoptr(GBytes) utf8 = entente_test_read_bytes (path);
  g_autofree char *utf16 = NULL;
  gsize utf16_len = 0;
  g_autoptr(GString) converted = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EntenteDocument) km = NULL;

  g_assert_null (document);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_NOT_XML);
  g_assert_true (g_str_has_prefix (error->message, "empty.entente:1:1: "));
  g_clear_error (&error);

  /* The same SLA in UTF-16 with a byte-order mark reads the same. */
  converted = g_string_new_len (g_bytes_get_data (utf8, NULL), g_bytes_get_size (utf8));
  g_string_replace (converted, "encoding=\"UTF-8\"", "encoding=\"UTF-16\"", 1);
  utf16 = g_convert (converted->str, converted->len, "UTF-16", "UTF-8", NULL, &utf16_len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new (utf16, utf16_len);
  km = entente_document_new_from_bytes (bytes, "utf16.entente", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_meta_get_currency (entente_document_get_meta (km)), ==, "KHR");

  /* In UTF-32, with a byte-order mark either way round or none, it is
   * said to be UTF-32, not "empty". */
  for (guint i = 0; i < 3; i++)
    {
      const char *encodings[] = { "UTF-32", "UTF-32BE", "UTF-32LE" };
      gsize utf32_len = 0;
      g_autofree char *utf32 = g_convert (converted->str, converted->len, encodings[i], "UTF-8", NULL, &utf32_len, &error);
      g_autoptr(GBytes) utf32_bytes = NULL;
      g_autoptr(EntenteDocument) none = NULL;
      g_autofree char *expected = g_strconcat ("utf32.entente:1:1: ",
                                               _("The file is in UTF-32, which Entente does not read; save it in UTF-8, or in UTF-16 with a byte-order mark."),
                                               NULL);

      g_assert_no_error (error);
      utf32_bytes = g_bytes_new (utf32, utf32_len);
      none = entente_document_new_from_bytes (utf32_bytes, "utf32.entente", &error);
      g_assert_null (none);
      g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_NOT_XML);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
    }
}

/* Lines ended by CR alone (old Macs), CR LF (Windows) or a mix: every
 * problem is placed where an editor shows it, by the loader's checks and
 * by libxml2's own (which counts line feeds only). */
static void
test_line_endings (void)
{
  static const struct { const char *old; const char *new; const char *where; } problems[] = {
    { "<revenue>250000</revenue>", "<revenue>NaN</revenue>", "112:5:" },
    { "<revenue>250000</revenue>", "<revenue>250000</revenu>", "112:29:" },
  };
  g_autofree char *path = entente_test_example_path ("acme-saas.entente");
  g_autofree char *example = NULL;

  g_assert_true (g_file_get_contents (path, &example, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    for (guint ending = 0; ending < 3; ending++)
      {
        g_autoptr(GString) text = g_string_new (example);
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GError) error = NULL;
        g_autoptr(EntenteDocument) document = NULL;
        g_autofree char *where = g_strconcat ("endings.entente:", problems[i].where, NULL);

        g_assert_cmpuint (g_string_replace (text, problems[i].old, problems[i].new, 1), ==, 1);
        if (ending == 0)
          g_string_replace (text, "\n", "\r", 0);
        else if (ending == 1)
          g_string_replace (text, "\n", "\r\n", 0);
        else
          {
            /* The first half in CR, the rest in LF. */
            for (gsize j = 0; j < text->len / 2; j++)
              if (text->str[j] == '\n')
                text->str[j] = '\r';
          }
        bytes = g_bytes_new (text->str, text->len);
        document = entente_document_new_from_bytes (bytes, "endings.entente", &error);
        g_assert_null (document);
        if (!g_str_has_prefix (error->message, where))
          g_error ("ending %u: expected %s, got “%s”", ending, where, error->message);
      }
}

/* The loader validates against data/entente.rng without the patterns of
 * the datatypes it checks itself (libxml2 recompiles a pattern for every
 * value).  Whatever it accepts, the published schema with its patterns
 * accepts too; the loader may be stricter (an overflowing duration). */
typedef struct
{
  const char *placeholder;
  const char *value;
  gboolean    loads;
} SchemaCase;

static const SchemaCase schema_cases[] = {
  { "@ID@", "a", TRUE }, { "@ID@", "_a", TRUE }, { "@ID@", "A-b.c_9", TRUE },
  { "@ID@", "1a", FALSE }, { "@ID@", "-a", FALSE }, { "@ID@", ".a", FALSE },
  { "@ID@", "a b", FALSE }, { "@ID@", " a", FALSE }, { "@ID@", "a ", FALSE },
  { "@ID@", "é", FALSE }, { "@ID@", "aé", FALSE }, { "@ID@", "a:b", FALSE },
  { "@ID@", "a&#9;b", FALSE }, { "@ID@", "a&#10;", FALSE }, { "@ID@", "", FALSE },
  { "@ID@", "\xef\xbd\x81", FALSE },
  { "@DURATION@", "PT4H", TRUE }, { "@DURATION@", "P1D", TRUE }, { "@DURATION@", "P2W", TRUE },
  { "@DURATION@", "P1Y2M3W4DT5H6M7S", TRUE }, { "@DURATION@", "PT30M", TRUE }, { "@DURATION@", "P01D", TRUE },
  { "@DURATION@", "P", FALSE }, { "@DURATION@", "PT", FALSE }, { "@DURATION@", "P1DT", FALSE },
  { "@DURATION@", "P1H", FALSE }, { "@DURATION@", "PT1D", FALSE }, { "@DURATION@", "P1M1Y", FALSE },
  { "@DURATION@", "P-1D", FALSE }, { "@DURATION@", "P+1D", FALSE }, { "@DURATION@", "P1.5D", FALSE },
  { "@DURATION@", "4H", FALSE }, { "@DURATION@", "pt4h", FALSE }, { "@DURATION@", " PT4H", FALSE },
  { "@DURATION@", "PT4H ", FALSE }, { "@DURATION@", "P1D1D", FALSE }, { "@DURATION@", "P99999999999D", FALSE },
  { "@DURATION@", "P\xd9\xa1" "D", FALSE }, { "@DURATION@", "PT4H\xc2\xa0", FALSE },
  { "@TIME@", "2027-01-31T14:05:00Z", TRUE }, { "@TIME@", "2027-01-31T14:05:00+07:00", TRUE },
  { "@TIME@", "2027-01-31T14:05:00.25-03:30", TRUE },
  { "@TIME@", "2027-01-31T14:05:00", FALSE }, { "@TIME@", "2027-01-31 14:05:00Z", FALSE },
  { "@TIME@", "2027-01-31T14:05Z", FALSE }, { "@TIME@", "20270131T140500Z", FALSE },
  { "@TIME@", "2027-02-30T10:00:00Z", FALSE }, { "@TIME@", "2027-01-31T14:05:00+0700", FALSE },
  { "@TIME@", "2027-01-31T14:05:00z", FALSE }, { "@TIME@", " 2027-01-31T14:05:00Z", FALSE },
  { "@TIME@", "2027-W05-1T14:05:00Z", FALSE },
};

static void
test_loader_as_strict_as_schema (void)
{
  g_autofree char *schema_path = g_test_build_filename (G_TEST_DIST, "..", "data", "entente.rng", NULL);
  g_autofree char *example_path = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) example = entente_test_read_bytes (example_path);
  g_autofree char *template = NULL;
  xmlRelaxNGParserCtxt *parser = xmlRelaxNGNewParserCtxt (schema_path);
  xmlRelaxNG *schema = xmlRelaxNGParse (parser);

  g_assert_nonnull (schema);
  xmlRelaxNGFreeParserCtxt (parser);

  {
    g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (example, NULL), (gssize) g_bytes_get_size (example));

    g_assert_cmpuint (g_string_replace (text, "id=\"mql-to-sdr\"", "id=\"@ID@\"", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (text, ">PT4H<", ">@DURATION@<", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (text, "<comments/>",
                                        "<comments><comment id=\"c1\" author=\"Ana\" time=\"@TIME@\"><text>Why?</text></comment></comments>", 1), ==, 1);
    template = g_string_free (g_steal_pointer (&text), FALSE);
  }

  for (guint i = 0; i < G_N_ELEMENTS (schema_cases); i++)
    {
      const SchemaCase *c = &schema_cases[i];
      g_autoptr(GString) text = g_string_new (template);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(EntenteDocument) document = NULL;
      xmlRelaxNGValidCtxt *validator;
      xmlDoc *doc;
      gboolean schema_accepts;

      g_string_replace (text, c->placeholder, c->value, 1);
      g_string_replace (text, "@ID@", "mql-to-sdr", 1);
      g_string_replace (text, "@DURATION@", "PT4H", 1);
      g_string_replace (text, "@TIME@", "2027-01-31T14:05:00Z", 1);

      bytes = g_bytes_new (text->str, text->len);
      document = entente_document_new_from_bytes (bytes, "case.entente", &error);

      doc = xmlReadMemory (text->str, (int) text->len, "case.entente", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      g_assert_nonnull (doc);
      validator = xmlRelaxNGNewValidCtxt (schema);
      xmlRelaxNGSetValidStructuredErrors (validator, NULL, NULL);
      schema_accepts = xmlRelaxNGValidateDoc (validator, doc) == 0;
      xmlRelaxNGFreeValidCtxt (validator);
      xmlFreeDoc (doc);

      if ((document != NULL) != c->loads)
        g_error ("%s = “%s”: the loader %s it (%s)", c->placeholder, c->value,
                 document != NULL ? "accepts" : "refuses", error != NULL ? error->message : "");
      if (document != NULL && !schema_accepts)
        g_error ("%s = “%s”: the loader accepts what the published schema refuses", c->placeholder, c->value);
    }

  xmlRelaxNGFree (schema);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/bad-input/%s", bad_inputs[i].file);

      g_test_add_data_func (name, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/bad-input/external-entity-leaks-nothing", test_external_entity_leaks_nothing);
  g_test_add_func ("/bad-input/deep-nesting", test_deep_nesting);
  g_test_add_func ("/bad-input/huge-text-node", test_huge_text_node);
  g_test_add_func ("/bad-input/several-problems", test_several_problems_reported);
  g_test_add_func ("/bad-input/empty-and-utf16", test_empty_and_utf16);
  g_test_add_func ("/bad-input/line-endings", test_line_endings);
  g_test_add_func ("/schema/loader-as-strict", test_loader_as_strict_as_schema);

  return g_test_run ();
}
