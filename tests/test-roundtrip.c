/* test-roundtrip.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "entente-core.h"
#include "entente-test-util.h"

static EntenteDocument *
reload (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  EntenteDocument *document = entente_document_new_from_bytes (bytes, "reloaded.entente", &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static void
round_trip_file (const char *path)
{
  g_autoptr(EntenteDocument) original = entente_test_load_file (path);
  g_autoptr(GBytes) first = entente_document_serialize (original);
  g_autoptr(EntenteDocument) again = reload (first);
  g_autoptr(GBytes) second = entente_document_serialize (again);

  /* Load → save → load keeps every value... */
  g_assert_true (entente_item_equal (ENTENTE_ITEM (original), ENTENTE_ITEM (again)));
  /* ...and the canonical form is a fixed point. */
  g_assert_true (g_bytes_equal (first, second));
  g_assert_false (entente_document_get_modified (again));

  /* The schema accepts what the writer writes. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "entente.rng", NULL);
    g_autofree char *tmp = NULL;
    int fd = g_file_open_tmp ("entente-canonical-XXXXXX.entente", &tmp, &error);
    const char *argv[] = { g_getenv ("XMLLINT"), "--noout", "--relaxng", schema, tmp, NULL };
    int wait_status = 0;

    g_assert_no_error (error);
    close (fd);
    g_file_set_contents (tmp, g_bytes_get_data (first, NULL), (gssize) g_bytes_get_size (first), &error);
    g_assert_no_error (error);
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &wait_status, &error);
    g_assert_no_error (error);
    g_unlink (tmp);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  }
}

static void
test_example_round_trip (gconstpointer data)
{
  g_autofree char *path = entente_test_example_path (data);

  round_trip_file (path);
}

/* The templates a new agreement starts from, read as Entente opens any
 * file: xmllint accepting them (data/meson.build) does not say that the
 * loader does.  Every file of data/templates/, so that a new one is
 * tested without being listed here. */
static char *
templates_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "templates", NULL);
}

static GPtrArray *
list_templates (void)
{
  g_autofree char *dir_path = templates_path ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".entente"))
      g_ptr_array_add (names, g_strdup (name));

  return names;
}

static void
test_template_round_trip (gconstpointer data)
{
  g_autofree char *dir = templates_path ();
  g_autofree char *path = g_build_filename (dir, data, NULL);

  round_trip_file (path);
}

/* The folder was found, and holds the templates the window offers: with
 * none, no template test above would run, and none would fail. */
static void
test_templates_found (void)
{
  static const char * const offered[] = { "blank.entente", "b2b-saas-inbound.entente", "outbound-sdr-led.entente" };
  g_autoptr(GPtrArray) names = list_templates ();

  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    if (!g_ptr_array_find_with_equal_func (names, offered[i], g_str_equal, NULL))
      g_error ("data/templates/%s is missing", offered[i]);
}

static void
test_canonical_shape (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GBytes) bytes = entente_document_serialize (document);
  const char *text = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);

  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--"));
  g_assert_cmpint (text[length - 1], ==, '\n');
  g_assert_nonnull (strstr (text, "\n<sla xmlns=\"urn:entente:sla:1\" format=\"1\">\n  <meta>\n    <title>Acme Cloud — Sales &amp; Marketing SLA</title>\n"));
  /* One value per line, two spaces per level. */
  g_assert_nonnull (strstr (text, "      <job-titles>\n        <item>Head of Operations</item>\n        <item>COO</item>\n"));
  g_assert_nonnull (strstr (text, "    <business-hours days=\"mon tue wed thu fri\" start=\"09:00\" end=\"17:00\"/>\n"));
  g_assert_nonnull (strstr (text, "    <marketing-share>0.7</marketing-share>\n"));
  g_assert_nonnull (strstr (text, "      <accept-within business-hours=\"true\">PT24H</accept-within>\n"));
  g_assert_nonnull (strstr (text, "  <approvals/>\n"));
  g_assert_null (strstr (text, "\t"));
}

static void
test_edit_then_round_trip (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntentePersona) persona = entente_persona_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EntenteDocument) again = NULL;
  const char *pains[] = { "Quotes <in> \"angle\" & ampersands", "Line one\nline two", NULL };

  g_object_set (persona,
                "id", "new-nina",
                "name", "Nina  with  spaces ",
                "pains", pains,
                "company-size-max", 40,
                NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, ENTENTE_ITEM (persona));

  bytes = entente_document_serialize (document);
  again = reload (bytes);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (document), ENTENTE_ITEM (again)));
}

static const char extended[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<sla xmlns=\"urn:entente:sla:1\" xmlns:x=\"urn:example:crm\" format=\"1.3\" x:source=\"hubspot\">\n"
  "  <meta>\n"
  "    <title>Future</title>\n"
  "    <x:workspace id=\"42\">Sales EMEA</x:workspace>\n"
  "  </meta>\n"
  "  <parties>\n"
  "    <party id=\"marketing\" kind=\"marketing\" tier=\"gold\">\n"
  "      <team>Marketing</team>\n"
  "      <deputy>Sam</deputy>\n"
  "    </party>\n"
  "    <observer id=\"finance\"/>\n"
  "  </parties>\n"
  "  <personas>\n"
  "    <persona id=\"p\">\n"
  "      <name>P</name>\n"
  "      <company-size min=\"5\" unit=\"employees\"/>\n"
  "      <budget currency=\"USD\">\n"
  "        <min>100</min>\n"
  "        <max>200</max>\n"
  "      </budget>\n"
  "    </persona>\n"
  "  </personas>\n"
  "  <crm-sync>\n"
  "    <column stage=\"mql\">Became an MQL</column>\n"
  "  </crm-sync>\n"
  "</sla>\n";

static void
test_newer_minor_keeps_unknown (void)
{
  g_autoptr(GBytes) input = g_bytes_new_static (extended, sizeof extended - 1);
  g_autoptr(EntenteDocument) document = reload (input);
  g_autoptr(GBytes) output = entente_document_serialize (document);
  g_autoptr(EntenteDocument) again = reload (output);
  g_autoptr(GBytes) output2 = entente_document_serialize (again);
  const char *text = g_bytes_get_data (output, NULL);

  g_assert_cmpstr (entente_document_get_format (document), ==, "1.3");
  g_assert_nonnull (strstr (text, "format=\"1.3\""));
  g_assert_nonnull (strstr (text, " xmlns:x=\"urn:example:crm\" x:source=\"hubspot\""));
  g_assert_nonnull (strstr (text, "<x:workspace xmlns:x=\"urn:example:crm\" id=\"42\">Sales EMEA</x:workspace>"));
  g_assert_nonnull (strstr (text, "<party id=\"marketing\" kind=\"marketing\" tier=\"gold\">"));
  g_assert_nonnull (strstr (text, "      <deputy>Sam</deputy>\n"));
  g_assert_nonnull (strstr (text, "    <observer id=\"finance\"/>\n  </parties>"));
  g_assert_nonnull (strstr (text, "<company-size min=\"5\" unit=\"employees\"/>"));
  g_assert_nonnull (strstr (text, "      <budget currency=\"USD\">\n        <min>100</min>\n        <max>200</max>\n      </budget>\n"));
  g_assert_nonnull (strstr (text, "  <crm-sync>\n    <column stage=\"mql\">Became an MQL</column>\n  </crm-sync>\n"));
  g_assert_true (entente_item_equal (ENTENTE_ITEM (document), ENTENTE_ITEM (again)));
  g_assert_true (g_bytes_equal (output, output2));
}

static void
test_same_minor_refuses_unknown (void)
{
  g_autoptr(GString) text = g_string_new (extended);
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;

  g_string_replace (text, "format=\"1.3\"", "format=\"1\"", 1);
  input = g_string_free_to_bytes (g_steal_pointer (&text));
  document = entente_document_new_from_bytes (input, "strict.entente", &error);

  g_assert_null (document);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "strict.entente:2:69: "));
  g_assert_nonnull (strstr (error->message, "“x:source”"));
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/roundtrip/acme", "acme-saas.entente", test_example_round_trip);
  g_test_add_data_func ("/roundtrip/angkor", "angkor-retail-km.entente", test_example_round_trip);
  g_test_add_func ("/roundtrip/templates-found", test_templates_found);
  {
    g_autoptr(GPtrArray) templates = list_templates ();

    for (guint i = 0; i < templates->len; i++)
      {
        const char *name = g_ptr_array_index (templates, i);
        g_autofree char *path = g_strdup_printf ("/roundtrip/template/%.*s", (int) (strlen (name) - strlen (".entente")), name);

        g_test_add_data_func_full (path, g_strdup (name), test_template_round_trip, g_free);
      }
  }
  g_test_add_func ("/roundtrip/canonical-shape", test_canonical_shape);
  g_test_add_func ("/roundtrip/edited", test_edit_then_round_trip);
  g_test_add_func ("/roundtrip/newer-minor-keeps-unknown", test_newer_minor_keeps_unknown);
  g_test_add_func ("/roundtrip/same-minor-refuses-unknown", test_same_minor_refuses_unknown);

  return g_test_run ();
}
