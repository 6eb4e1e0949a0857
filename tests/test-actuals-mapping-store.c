/* test-actuals-mapping-store.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* The mapping an agreement keeps in <actuals-mapping>: stored through the
 * model, saved, read back and used by the monthly review, and never part
 * of what is signed. */

static EntenteActualsReport *
compute_with (EntenteDocument        *document,
              EntenteActualsMapping  *overrides,
              GError                **error)
{
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);

  g_assert_nonnull (stream);
  return entente_actuals_compute (document, G_INPUT_STREAM (stream), "hubspot-acme.csv",
                                  overrides, 2027, 1, NULL, error);
}

static void
test_store_and_reload (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsMapping) again = NULL;
  g_autoptr(EntenteActualsMapping) loaded = NULL;
  g_autoptr(EntenteDocument) reloaded = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 0);

  entente_actuals_mapping_set (overrides, "first-contact", "First Contact");
  entente_actuals_mapping_set (overrides, "owner", "Contact owner");
  entente_actuals_mapping_store (overrides, document);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 2);
  g_assert_true (entente_document_get_modified (document));

  /* Storing the same again changes nothing; another column replaces. */
  entente_actuals_mapping_store (overrides, document);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 2);
  again = entente_actuals_mapping_new ();
  entente_actuals_mapping_set (again, "owner", "Lead Status");
  entente_actuals_mapping_store (again, document);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 2);

  reloaded = entente_test_save_and_load (document, "mapping.entente", &contents);
  g_assert_nonnull (strstr (contents, "<actuals-mapping>"));
  g_assert_nonnull (strstr (contents, "<column key=\"first-contact\">First Contact</column>"));
  g_assert_true (strstr (contents, "<actuals-mapping>") < strstr (contents, "</sla>"));

  loaded = entente_actuals_mapping_load_from_document (reloaded);
  g_assert_cmpstr (entente_actuals_mapping_get (loaded, "first-contact"), ==, "First Contact");
  g_assert_cmpstr (entente_actuals_mapping_get (loaded, "owner"), ==, "Lead Status");
  g_assert_null (entente_actuals_mapping_get (loaded, "record"));
}

static void
test_store_undo (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteHistory) history = entente_history_new (document);
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();

  entente_actuals_mapping_set (overrides, "first-contact", "First Contact");
  entente_actuals_mapping_store (overrides, document);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 1);
  g_assert_true (entente_history_get_can_undo (history));
  entente_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 0);
}

static void
test_compute_uses_stored (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsReport) before = NULL;
  g_autoptr(EntenteActualsReport) stored = NULL;
  g_autoptr(EntenteActualsReport) overridden = NULL;
  g_autoptr(EntenteActualsMapping) stray = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsMapping) loaded = NULL;
  g_autoptr(GError) error = NULL;

  /* HubSpot has no first-contact column of its own: without a mapping,
   * nobody was ever contacted. */
  before = compute_with (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (entente_actuals_mapping_get (before->mapping, "first-contact"));
  g_assert_cmpuint (entente_test_report_protocol (before, "mql")->in_time, ==, 0);

  /* Stored in the document, it is used without any override. */
  entente_actuals_mapping_set (overrides, "first-contact", "First Contact");
  entente_actuals_mapping_store (overrides, document);
  stored = compute_with (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_actuals_mapping_get (stored->mapping, "first-contact"), ==, "First Contact");
  g_assert_cmpuint (entente_test_report_protocol (stored, "mql")->in_time, ==, 4);
  g_assert_cmpuint (entente_test_report_protocol (stored, "mql")->late, ==, 2);
  g_assert_cmpuint (entente_test_report_protocol (stored, "mql")->never, ==, 1);

  /* An override wins over the stored mapping. */
  g_clear_pointer (&overrides, entente_actuals_mapping_free);
  overrides = entente_actuals_mapping_new ();
  entente_actuals_mapping_set (overrides, "first-contact", "Create Date");
  overridden = compute_with (document, overrides, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_actuals_mapping_get (overridden->mapping, "first-contact"), ==, "Create Date");

  /* Storing the report's mapping keeps only what differs from the
   * detection: the stored entry, not the detected columns. */
  entente_actuals_mapping_store (stored->mapping, document);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 1);

  /* A stored entry back at the detected column is dropped. */
  entente_actuals_mapping_set (stored->mapping, "owner", "First Contact");
  entente_actuals_mapping_store (stored->mapping, document);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 2);
  entente_actuals_mapping_set (stored->mapping, "owner", "Contact owner");
  entente_actuals_mapping_store (stored->mapping, document);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 1);

  /* Stored entries this export cannot use are passed over. */
  entente_actuals_mapping_set (stray, "attempts", "No Such Column");
  entente_actuals_mapping_set (stray, "gone-stage", "Create Date");
  entente_actuals_mapping_store (stray, document);
  g_clear_pointer (&stored, entente_actuals_report_free);
  stored = compute_with (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_actuals_mapping_get (stored->mapping, "attempts"), ==, "Number of times contacted");
  g_assert_cmpuint (entente_test_report_protocol (stored, "mql")->in_time, ==, 4);

  loaded = entente_actuals_mapping_load_from_document (document);
  g_assert_cmpstr (entente_actuals_mapping_get (loaded, "gone-stage"), ==, "Create Date");
}

static void
test_digest_unchanged (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autofree char *before = entente_document_compute_digest (document);
  g_autofree char *after = NULL;

  entente_actuals_mapping_set (overrides, "first-contact", "First Contact");
  entente_actuals_mapping_store (overrides, document);
  after = entente_document_compute_digest (document);
  g_assert_cmpstr (before, ==, after);
}

static void
test_round_trip (void)
{
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<sla xmlns=\"urn:entente:sla:1\" format=\"1.0\">\n"
    "  <meta>\n"
    "    <title>Mapped</title>\n"
    "  </meta>\n"
    "\n"
    "  <parties/>\n"
    "\n"
    "  <personas/>\n"
    "\n"
    "  <stages/>\n"
    "\n"
    "  <goals period=\"month\"/>\n"
    "\n"
    "  <handoffs/>\n"
    "\n"
    "  <protocols/>\n"
    "\n"
    "  <review cadence=\"monthly\"/>\n"
    "\n"
    "  <approvals/>\n"
    "\n"
    "  <comments/>\n"
    "\n"
    "  <actuals-mapping>\n"
    "    <column key=\"first-contact\">First Contact</column>\n"
    "    <column key=\"owner\">Lead &amp; owner</column>\n"
    "  </actuals-mapping>\n"
    "</sla>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_document_new_from_bytes (bytes, "mapped.entente", &error);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(EntenteActualsMapping) loaded = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (document);

  loaded = entente_actuals_mapping_load_from_document (document);
  g_assert_cmpstr (entente_actuals_mapping_get (loaded, "owner"), ==, "Lead & owner");

  written = entente_document_serialize (document);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written), text, strlen (text));

  /* The schema accepts it. */
  dir = g_dir_make_tmp ("entente-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "mapped.entente", NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  entente_test_assert_schema_accepts (path);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/actuals-mapping/store-and-reload", test_store_and_reload);
  g_test_add_func ("/actuals-mapping/store-undo", test_store_undo);
  g_test_add_func ("/actuals-mapping/compute-uses-stored", test_compute_uses_stored);
  g_test_add_func ("/actuals-mapping/digest-unchanged", test_digest_unchanged);
  g_test_add_func ("/actuals-mapping/round-trip", test_round_trip);

  return g_test_run ();
}
