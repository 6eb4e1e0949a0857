/* entente-funnel-export.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include "entente-gettext.h"
#include <math.h>
#include <string.h>

#include "entente-document-locale.h"
#include "entente-funnel-export.h"
#include "entente-funnel-renderer.h"
#include "entente-render-error.h"
#include "entente-render-text.h"

/* The funnel as a file: PNG, SVG or PDF, encoded in memory so that the
 * caller can write it in one atomic replace, and a failed export never
 * leaves half a file behind. */

/**
 * entente_funnel_format_from_filename:
 * @filename: a file name, in the GLib file name encoding
 * @format: (out): the format its extension names
 *
 * Returns: %FALSE when the extension is none of .png, .svg and .pdf
 */
gboolean
entente_funnel_format_from_filename (const char          *filename,
                                     EntenteFunnelFormat *format)
{
  static const struct {
    const char          *extension;
    EntenteFunnelFormat  format;
  } formats[] = {
    { ".png", ENTENTE_FUNNEL_FORMAT_PNG },
    { ".svg", ENTENTE_FUNNEL_FORMAT_SVG },
    { ".pdf", ENTENTE_FUNNEL_FORMAT_PDF },
  };
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot, formats[i].extension) == 0)
      {
        if (format != NULL)
          *format = formats[i].format;
        return TRUE;
      }

  return FALSE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  EntenteFunnelLayout *layout;
  EntenteRenderStyle   style;
} FunnelDrawing;

static void
draw_funnel (cairo_t  *cr,
             gpointer  data)
{
  FunnelDrawing *drawing = data;

  entente_funnel_render (drawing->layout, cr, drawing->style);
}

/**
 * entente_render_encode:
 * @width: the picture's width: pixels for PNG, CSS pixels for SVG,
 *   points for PDF
 * @title: (nullable): the PDF's title, as viewers show it
 * @work: what is drawn, for error messages
 * @draw: (scope call): draws the picture, once
 * @error: where to tell why cairo failed
 *
 * Returns: (transfer full): the encoded picture, or %NULL on error
 */
GBytes *
entente_render_encode (EntenteFunnelFormat     format,
                       double                  width,
                       double                  height,
                       const char             *title,
                       EntenteRenderWork       work,
                       EntenteRenderDrawFunc   draw,
                       gpointer                data,
                       GError                **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface = NULL;
  cairo_t *cr;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case ENTENTE_FUNNEL_FORMAT_PNG:
      /* The background is opaque, so the PNG needs no alpha channel. */
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width), (int) ceil (height));
      break;
    case ENTENTE_FUNNEL_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
      /* Sized in CSS pixels, like the PNG of the same size. */
      if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
        cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case ENTENTE_FUNNEL_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
      if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
        {
          if (title != NULL)
            {
              g_autofree char *printable = entente_render_text_for_cairo (title, -1);

              cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, printable);
            }
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Entente");
        }
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (entente_render_check_status (cairo_surface_status (surface), work, &local_error))
    {
      cr = cairo_create (surface);
      draw (cr, data);
      cairo_show_page (cr);
      cairo_destroy (cr);
      if (format == ENTENTE_FUNNEL_FORMAT_PNG)
        {
          cairo_surface_flush (surface);
          if (entente_render_check_status (cairo_surface_status (surface), work, &local_error))
            entente_render_check_status (cairo_surface_write_to_png_stream (surface, append_bytes, bytes), work, &local_error);
        }
      else
        {
          cairo_surface_finish (surface);
          entente_render_check_status (cairo_surface_status (surface), work, &local_error);
        }
    }
  cairo_surface_destroy (surface);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * entente_funnel_export:
 * @layout: the funnel, laid out at the size of the picture: pixels for
 *   PNG, CSS pixels for SVG, points for PDF
 * @format: the file format
 * @style: the colours
 * @title: (nullable): the PDF's title, as viewers show it
 * @error: where to tell why cairo failed
 *
 * Returns: (transfer full): the encoded picture, or %NULL on error
 */
GBytes *
entente_funnel_export (EntenteFunnelLayout  *layout,
                       EntenteFunnelFormat   format,
                       EntenteRenderStyle    style,
                       const char           *title,
                       GError              **error)
{
  FunnelDrawing drawing = { layout, style };

  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (layout), NULL);

  return entente_render_encode (format, entente_funnel_layout_get_width (layout),
                                entente_funnel_layout_get_height (layout), title,
                                ENTENTE_RENDER_WORK_FUNNEL, draw_funnel, &drawing, error);
}

/**
 * entente_funnel_export_document:
 * @document: the agreement
 * @width: the picture's width, in CSS pixels
 * @height: its height
 *
 * The funnel of @document as a picture of its own, titled after the
 * agreement, in the document's language.
 *
 * Returns: (transfer full): the picture's bytes, or %NULL with @error set
 */
GBytes *
entente_funnel_export_document (EntenteDocument      *document,
                                EntenteFunnelFormat   format,
                                EntenteRenderStyle    style,
                                int                   width,
                                int                   height,
                                GError              **error)
{
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
  g_autoptr(EntenteFunnelLayout) layout = NULL;
  g_autofree char *title = NULL;
  const char *document_title;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  document_title = entente_meta_get_title (entente_document_get_meta (document));
  if (document_title != NULL && *document_title != '\0')
    /* Translators: the title of an exported funnel diagram; %s is the agreement's title */
    title = g_strdup_printf (_("%s — Funnel"), document_title);
  else
    title = g_strdup (_("Funnel"));

  layout = entente_funnel_layout_new (document, NULL, width, height);
  return entente_funnel_export (layout, format, style, title, error);
}
