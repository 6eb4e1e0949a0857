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

  /* A template opens unmodified: nothing to save before the reader types. */
  g_assert_false (entente_document_get_modified (document));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_setenv ("LC_ALL", "km_KH.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "km", TRUE);
  entente_i18n_init ();
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "km_KH.UTF-8") != 0)
    {
      g_test_skip ("the km_KH.UTF-8 locale is missing (build-aux/install-deps generates it)");
      return g_test_run ();
    }

  g_test_add_func ("/template/khmer", test_template_in_khmer);

  return g_test_run ();
}
