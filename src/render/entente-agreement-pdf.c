/* entente-agreement-pdf.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "entente-agreement-layout.h"
#include "entente-agreement-pdf.h"
#include "entente-core.h"
#include "entente-render-error.h"

/* The agreement as a PDF, encoded in memory: the caller writes it in one
 * atomic replace, so that a failed export never leaves half a file over
 * the last good one.  Besides the pages: a bookmark per section, the
 * contents' entries as links, and the metadata viewers and archives
 * show.  cairo embeds the fonts (subsets of them) and keeps the text
 * extractable. */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  g_autofree char *message = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  /* Translators: %s is cairo's reason, in English */
  message = g_strdup_printf (_("The agreement could not be written as PDF: %s."),
                             cairo_status_to_string (status));
  g_set_error_literal (error, ENTENTE_RENDER_ERROR, ENTENTE_RENDER_ERROR_FAILED, message);
  return FALSE;
}

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

/* Now, or SOURCE_DATE_EPOCH when set, so that a build can reproduce a
 * PDF byte for byte. */
static char *
compose_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  if (epoch != NULL && *epoch != '\0')
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
set_metadata (cairo_surface_t *surface,
              EntenteDocument *document)
{
  const char *title = entente_meta_get_title (entente_document_get_meta (document));
  g_autofree char *author = compose_author (document);
  g_autofree char *date = compose_date ();

  if (title != NULL && *title != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (*author != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, _("Sales & Marketing SLA"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Entente " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
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
  g_autoptr(EntenteAgreementLayout) layout = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  gboolean ok;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  layout = entente_agreement_layout_new_full (document, paper, flags);
  entente_agreement_layout_get_page_size (layout, &width, &height);

  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  if (!check_status (cairo_surface_status (surface), error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  set_metadata (surface, document);

  for (guint i = 0; i < entente_agreement_layout_get_n_sections (layout); i++)
    {
      const EntenteAgreementSection *section = entente_agreement_layout_get_section (layout, i);
      g_autofree char *link = g_strdup_printf ("dest='%s'", section->id);

      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, section->title, link, 0);
    }

  cr = cairo_create (surface);
  for (guint page = 0; page < entente_agreement_layout_get_n_pages (layout); page++)
    {
      entente_agreement_layout_render_page (layout, cr, page);
      cairo_show_page (cr);
    }
  ok = check_status (cairo_status (cr), error);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  ok = ok && check_status (cairo_surface_status (surface), error);
  cairo_surface_destroy (surface);

  if (!ok)
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
