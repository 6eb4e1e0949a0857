/* entente-templates.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-language.h"
#include "entente-templates.h"

/* What a template sets up, as the welcome window says it; the templates
 * themselves are data/templates/ID.entente, their titles and descriptions
 * in entente-guidance.c. */

/**
 * entente_template_describe_setup:
 * @document: a document read from a template
 *
 * Returns: (transfer full): what the template sets up, its language
 *   first: "English · 3 teams · 1 persona · 5 stages"
 */
char *
entente_template_describe_setup (EntenteDocument *document)
{
  guint n_parties = g_list_model_get_n_items (entente_document_get_parties (document));
  guint n_personas = g_list_model_get_n_items (entente_document_get_personas (document));
  guint n_stages = g_list_model_get_n_items (entente_document_get_stages (document));
  g_autofree char *language = entente_language_dup_name (entente_document_get_language (document));
  g_autofree char *parties = g_strdup_printf (ngettext ("%u team", "%u teams", n_parties), n_parties);
  g_autofree char *personas = g_strdup_printf (ngettext ("%u persona", "%u personas", n_personas), n_personas);
  g_autofree char *stages = g_strdup_printf (ngettext ("%u stage", "%u stages", n_stages), n_stages);

  /* Translators: a template's language, teams, personas and stages */
  return g_strdup_printf (_("%s · %s · %s · %s"), language, parties, personas, stages);
}
