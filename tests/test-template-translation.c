/* test-template-translation.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "entente-application.h"
#include "entente-core.h"
#include "entente-example.h"
#include "entente-i18n.h"
#include "entente-test-util.h"

/* A Khmer reader starting from a template gets its texts in Khmer: the
 * title, the personas and the stage names all come through km.po. */
static void
test_template_in_khmer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_application_load_template ("b2b-saas-inbound", &error);
  g_autoptr(EntentePersona) persona = NULL;
  g_autoptr(EntenteStage) stage = NULL;
  EntenteMeta *meta;

  g_assert_no_error (error);
  meta = entente_document_get_meta (document);
  g_assert_true (entente_test_is_khmer (entente_meta_get_title (meta)));
  g_assert_cmpstr (entente_meta_get_title (meta), ==, g_dgettext (GETTEXT_PACKAGE, "Sales & Marketing SLA"));

  persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  g_assert_true (entente_test_is_khmer (entente_persona_get_name (persona)));
  g_assert_true (entente_test_is_khmer (entente_persona_get_summary (persona)));

  stage = g_list_model_get_item (entente_document_get_stages (document), 1);
  g_assert_cmpstr (entente_stage_get_name (stage), ==, g_dgettext (GETTEXT_PACKAGE, "Marketing Qualified Lead"));
  g_assert_true (entente_test_is_khmer (entente_stage_get_name (stage)));

  /* The document is in the language of the translation it was given. */
  g_assert_cmpstr (entente_meta_get_language (meta), ==, "km");
  g_assert_cmpstr (entente_document_get_language (document), ==, "km");

  /* A template opens unmodified: nothing to save before the reader types. */
  g_assert_false (entente_document_get_modified (document));
}

/* Every template, in the Khmer interface: a Khmer document, whose file
 * says so. */
static void
test_every_template_in_khmer (void)
{
  static const char * const ids[] = { "blank", "b2b-saas-inbound", "outbound-sdr-led" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntenteDocument) document = entente_application_load_template (ids[i], &error);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (entente_document_get_language (document), ==, "km");
      g_assert_false (entente_document_get_modified (document));
      bytes = entente_document_serialize (document);
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_assert_nonnull (strstr (text, "\n    <language>km</language>\n"));
    }
}

/* In an interface nothing translates, the templates stay English and so
 * does the document. */
static void
test_every_template_in_english (void)
{
  static const char * const ids[] = { "blank", "b2b-saas-inbound", "outbound-sdr-led" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntenteDocument) document = entente_application_load_template (ids[i], &error);
      EntenteMeta *meta;

      g_assert_no_error (error);
      meta = entente_document_get_meta (document);
      g_assert_cmpstr (entente_meta_get_title (meta), ==, "Sales & Marketing SLA");
      g_assert_cmpstr (entente_meta_get_language (meta), ==, "en");
      g_assert_cmpstr (entente_document_get_language (document), ==, "en");
      g_assert_false (entente_document_get_modified (document));
    }
}

static guint
count_findings (EntenteDocument *document,
                const char      *code)
{
  g_autoptr(GPtrArray) findings = entente_checks_run (document);
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((EntenteFinding *) g_ptr_array_index (findings, i))->code, code))
      n++;

  return n;
}

/* The template's example persona is reported until someone edits it,
 * in the interface's language; undoing the edit brings it back, and a
 * saved copy read again still knows it, while the mark itself is not
 * part of what is signed. */
static void
test_example_content (void)
{
  static const char * const ids[] = { "blank", "outbound-sdr-led" };
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_application_load_template ("b2b-saas-inbound", &error);
  g_autoptr(EntenteDocument) copy = NULL;
  g_autoptr(EntenteItem) persona = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *digest = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (count_findings (document, "example-content"), ==, 1);
  g_assert_false (entente_document_get_modified (document));
  persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  g_assert_true (entente_example_is_untouched (persona));

  bytes = entente_document_serialize (document);
  copy = entente_document_new_from_bytes (bytes, "copy.entente", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_findings (copy, "example-content"), ==, 1);

  name = g_strdup (entente_persona_get_name (ENTENTE_PERSONA (persona)));
  digest = entente_document_compute_digest (document);
  entente_item_set_string (persona, ENTENTE_PERSONA_FIELD_NAME, "IT Ian");
  g_assert_cmpuint (count_findings (document, "example-content"), ==, 0);
  entente_item_set_string (persona, ENTENTE_PERSONA_FIELD_NAME, name);
  g_assert_cmpuint (count_findings (document, "example-content"), ==, 1);

  /* Marked or not, the same content signs the same. */
  entente_item_set_string (persona, ENTENTE_PERSONA_FIELD_EXAMPLE, NULL);
  g_assert_cmpuint (count_findings (document, "example-content"), ==, 0);
  {
    g_autofree char *unmarked = entente_document_compute_digest (document);

    g_assert_cmpstr (unmarked, ==, digest);
  }

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(EntenteDocument) other = entente_application_load_template (ids[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (count_findings (other, "example-content"), ==, 0);
    }
}

/* The interface is Khmer, or with ENTENTE_TEST_INTERFACE=en, untranslated
 * English: GLib decides once per process whether to translate, so each
 * interface is a run of its own. */
int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_strcmp0 (g_getenv ("ENTENTE_TEST_INTERFACE"), "en") == 0)
    {
      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
      g_unsetenv ("LANGUAGE");
      entente_i18n_init ();
      g_test_add_func ("/template/english/every-template", test_every_template_in_english);
      g_test_add_func ("/template/english/example-content", test_example_content);
      return g_test_run ();
    }

  g_setenv ("LC_ALL", "km_KH.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "km", TRUE);
  entente_i18n_init ();
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "km_KH.UTF-8") != 0)
    {
      entente_test_skip_missing ("the km_KH.UTF-8 locale is missing (build-aux/install-deps generates it)");
      return g_test_run ();
    }

  g_test_add_func ("/template/khmer", test_template_in_khmer);
  g_test_add_func ("/template/khmer/every-template", test_every_template_in_khmer);
  g_test_add_func ("/template/khmer/example-content", test_example_content);

  return g_test_run ();
}
