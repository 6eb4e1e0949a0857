/* entente-templates.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-language.h"
#include "entente-templates.h"

/* The templates a new agreement starts from, as the welcome window offers
 * them: the files themselves are data/templates/ID.entente. */

static const EntenteTemplate templates[] = {
  { "b2b-saas-inbound", N_("B2B SaaS, Inbound"),
    N_("Marketing brings leads in, Sales Development qualifies them, Sales closes: the usual inbound funnel, with an example persona to replace.") },
  { "outbound-sdr-led", N_("Outbound, SDR-Led"),
    N_("Sales Development prospects target accounts and books meetings, which account executives accept or reject within a business day.") },
  { "blank", N_("Blank"),
    N_("The usual lead stages and nothing else, for an agreement written from scratch.") },
};

const EntenteTemplate *
entente_templates_get (guint *n_templates)
{
  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

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
