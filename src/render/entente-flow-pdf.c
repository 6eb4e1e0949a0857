/* entente-flow-pdf.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>

#include "entente-flow-pdf.h"
#include "entente-render-text.h"

/* The pages of a flow as a PDF, encoded in memory: the callers write it
 * in one atomic replace, so that a failed export never leaves half a file
 * over the last good one.  Besides the pages: the metadata viewers and
 * archives show, and an outline of bookmarks.  cairo embeds the fonts
 * (subsets of them) and keeps the text extractable.  Shared by the
 * agreement and the monthly review. */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
set_metadata (cairo_surface_t      *surface,
              cairo_pdf_metadata_t  metadata,
              const char           *text)
{
  g_autofree char *printable = NULL;

  if (!is_set (text))
    return;

  printable = entente_render_text_for_cairo (text, -1);
  cairo_pdf_surface_set_metadata (surface, metadata, printable);
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

/**
 * entente_flow_pdf_write:
 * @flow: paginated pages, with their running heads
 * @width: of a page, in points
 * @height: likewise
 * @info: the metadata and outline
 * @bytes: (out) (transfer full): the PDF, on success
 *
 * Returns: %CAIRO_STATUS_SUCCESS, else why cairo failed, for the caller
 *   to tell in its own words
 */
cairo_status_t
entente_flow_pdf_write (EntentePageFlow          *flow,
                        double                    width,
                        double                    height,
                        const EntenteFlowPdfInfo *info,
                        GBytes                  **bytes)
{
  g_autoptr(GByteArray) data = NULL;
  g_autofree char *date = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (ENTENTE_IS_PAGE_FLOW (flow), CAIRO_STATUS_NULL_POINTER);
  g_return_val_if_fail (info != NULL, CAIRO_STATUS_NULL_POINTER);
  g_return_val_if_fail (bytes != NULL, CAIRO_STATUS_NULL_POINTER);

  *bytes = NULL;
  data = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_bytes, data, width, height);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return status;
    }

  date = compose_date ();
  set_metadata (surface, CAIRO_PDF_METADATA_TITLE, info->title);
  set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, info->author);
  set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, info->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Entente " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);

  for (guint i = 0; i < info->n_outline; i++)
    {
      g_autofree char *link = g_strdup_printf ("dest='%s'", info->outline[i].dest);

      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, info->outline[i].title, link, 0);
    }

  cr = cairo_create (surface);
  for (guint page = 0; page < entente_page_flow_get_n_pages (flow); page++)
    {
      cairo_save (cr);
      entente_page_flow_render_page (flow, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    return status;

  *bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
  return CAIRO_STATUS_SUCCESS;
}
