/* entente-agreement-pdf.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-agreement-layout-private.h"
#include "entente-agreement-pdf.h"
#include "entente-core.h"
#include "entente-flow-pdf.h"
#include "entente-render-error.h"

/* The agreement as a PDF, encoded in memory by entente_flow_pdf_write():
 * the caller writes it in one atomic replace, so that a failed export
 * never leaves half a file over the last good one.  Besides the pages: a
 * bookmark per section, the contents' entries as links, and the metadata
 * viewers and archives show. */

/* The people who sign: the parties' leaders, else the organization. */
static char *
compose_author (EntenteDocument *document)
{
  GListModel *parties = entente_document_get_parties (document);
  g_autoptr(GPtrArray) leaders = g_ptr_array_new_with_free_func (g_free);
  const char *organization;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      const char *leader = entente_party_get_leader (party);

      if (leader != NULL && *leader != '\0')
        g_ptr_array_add (leaders, g_strdup (leader));
    }

  if (leaders->len > 0)
    {
      g_ptr_array_add (leaders, NULL);
      return g_strjoinv (", ", (char **) leaders->pdata);
    }

  organization = entente_meta_get_organization (entente_document_get_meta (document));
  return g_strdup (organization != NULL ? organization : "");
}

/**
 * entente_agreement_pdf_export:
 * @document: the agreement
 * @paper: the sheets to lay it out on
 * @error: where to tell why cairo failed
 *
 * The agreement alone, as entente_agreement_pdf_export_full() with
 * %ENTENTE_AGREEMENT_DEFAULT.
 *
 * Returns: (transfer full): the PDF, or %NULL on error
 */
GBytes *
entente_agreement_pdf_export (EntenteDocument  *document,
                              EntentePaper      paper,
                              GError          **error)
{
  return entente_agreement_pdf_export_full (document, paper, ENTENTE_AGREEMENT_DEFAULT, error);
}

/**
 * entente_agreement_pdf_export_full:
 * @document: the agreement
 * @paper: the sheets to lay it out on
 * @flags: what goes in besides the agreement, such as the open comments
 * @error: where to tell why cairo failed
 *
 * Returns: (transfer full): the PDF, or %NULL on error
 */
GBytes *
entente_agreement_pdf_export_full (EntenteDocument        *document,
                                   EntentePaper            paper,
                                   EntenteAgreementFlags   flags,
                                   GError                **error)
{
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
  g_autoptr(EntenteAgreementLayout) layout = NULL;
  g_autoptr(GArray) outline = NULL;
  g_autofree char *author = NULL;
  EntenteFlowPdfInfo info = { NULL };
  GBytes *bytes = NULL;
  double width, height;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  layout = entente_agreement_layout_new_full (document, paper, flags);
  entente_agreement_layout_get_page_size (layout, &width, &height);

  outline = g_array_new (FALSE, TRUE, sizeof (EntenteFlowPdfEntry));
  for (guint i = 0; i < entente_agreement_layout_get_n_sections (layout); i++)
    {
      const EntenteAgreementSection *section = entente_agreement_layout_get_section (layout, i);
      EntenteFlowPdfEntry entry = { section->title, section->id };

      g_array_append_val (outline, entry);
    }

  author = compose_author (document);
  info.title = entente_meta_get_title (entente_document_get_meta (document));
  info.author = author;
  info.subject = _("Sales & Marketing SLA");
  info.outline = (const EntenteFlowPdfEntry *) outline->data;
  info.n_outline = outline->len;

  if (!entente_render_check_status (entente_flow_pdf_write (entente_agreement_layout_get_flow (layout), width, height,
                                             &info, &bytes), ENTENTE_RENDER_WORK_AGREEMENT, error))
    return NULL;

  return bytes;
}
