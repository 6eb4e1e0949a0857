/* entente-funnel-renderer.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "entente-funnel-layout-private.h"
#include "entente-funnel-renderer.h"

/* Draws a funnel layout.  It only paints what the layout decided, so the
 * screen, the printout and every export show the same picture. */

static void
set_source (cairo_t                  *cr,
            const EntenteRenderColor *color,
            double                    alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

static void
rounded_rectangle (cairo_t                 *cr,
                   const cairo_rectangle_t *rect,
                   double                   radius)
{
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  radius = MIN (radius, MIN (w, h) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2.0, 0.0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0.0, G_PI / 2.0);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2.0, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3.0 * G_PI / 2.0);
  cairo_close_path (cr);
}

/**
 * entente_funnel_band_get_color:
 * @color: (out caller-allocates): the band's fill in @style
 *
 * The fill of a band: its owner's colour, or grey when it has none.
 */
void
entente_funnel_band_get_color (const EntenteFunnelBand *band,
                               EntenteRenderStyle       style,
                               EntenteRenderColor      *color)
{
  g_return_if_fail (band != NULL);

  entente_render_palette_get_party (style, band->color_index, color);
}

/* The faint trapezoid that joins a band to the one below makes the bars
 * read as one funnel. */
static void
draw_connector (cairo_t                 *cr,
                const EntenteFunnelBand *above,
                const EntenteFunnelBand *below,
                const EntenteRenderColor *ink)
{
  double top = above->rect.y + above->rect.height;
  double bottom = below->rect.y;

  if (bottom <= top)
    return;

  cairo_move_to (cr, above->rect.x, top);
  cairo_line_to (cr, above->rect.x + above->rect.width, top);
  cairo_line_to (cr, below->rect.x + below->rect.width, bottom);
  cairo_line_to (cr, below->rect.x, bottom);
  cairo_close_path (cr);
  set_source (cr, ink, 0.35);
  cairo_fill (cr);
}

static void
draw_band (cairo_t                 *cr,
           const EntenteFunnelBand *band,
           EntenteRenderStyle       style,
           double                   radius)
{
  EntenteRenderColor fill;

  entente_funnel_band_get_color (band, style, &fill);
  rounded_rectangle (cr, &band->rect, radius);
  set_source (cr, &fill, 1.0);

  if (style == ENTENTE_RENDER_DARK)
    {
      cairo_fill (cr);
    }
  else
    {
      /* An outline a shade darker than the fill keeps the light fills
       * apart from white paper. */
      static const EntenteRenderColor black = { 0.0, 0.0, 0.0 };
      EntenteRenderColor outline;

      cairo_fill_preserve (cr);
      entente_render_color_mix (&fill, &black, style == ENTENTE_RENDER_PRINT ? 0.45 : 0.25, &outline);
      set_source (cr, &outline, 1.0);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
}

/* A thin rule from the band to its text guides the eye along the row,
 * which matters for the narrow lower bands. */
static void
draw_leader (cairo_t                  *cr,
             const EntenteFunnelBand  *band,
             const EntenteFunnelText  *name,
             const EntenteRenderColor *rule)
{
  double gap = band->rect.height * 0.15;
  double from = band->rect.x + band->rect.width + gap;
  double to = name->logical.x - gap;
  double y = floor (band->rect.y + band->rect.height / 2.0) + 0.5;

  if (to - from < gap)
    return;

  cairo_move_to (cr, from, y);
  cairo_line_to (cr, to, y);
  set_source (cr, rule, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static void
draw_text (cairo_t                  *cr,
           EntenteFunnelLayout      *layout,
           guint                     index,
           const EntenteRenderColor *color)
{
  double x, y;
  PangoLayout *text = entente_funnel_layout_get_pango_layout (layout, index, &x, &y);

  cairo_move_to (cr, x, y);
  set_source (cr, color, 1.0);
  pango_cairo_show_layout (cr, text);
}

/**
 * entente_funnel_render:
 * @layout: what to draw
 * @cr: where: an image, an SVG or PDF page, a printout, a widget
 * @style: the colours to draw in
 *
 * Paints the background and the whole funnel diagram over the rectangle
 * (0, 0, width, height) of @layout in @cr's user space.
 */
void
entente_funnel_render (EntenteFunnelLayout *layout,
                       cairo_t             *cr,
                       EntenteRenderStyle   style)
{
  EntenteRenderColor background, text, dim, rule;
  guint n_bands, n_texts;
  g_autofree const EntenteFunnelText **names = NULL;

  g_return_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (layout));
  g_return_if_fail (cr != NULL);

  entente_render_palette_get_ink (style, ENTENTE_RENDER_INK_BACKGROUND, &background);
  entente_render_palette_get_ink (style, ENTENTE_RENDER_INK_TEXT, &text);
  entente_render_palette_get_ink (style, ENTENTE_RENDER_INK_DIM_TEXT, &dim);
  entente_render_palette_get_ink (style, ENTENTE_RENDER_INK_RULE, &rule);

  n_bands = entente_funnel_layout_get_n_bands (layout);
  n_texts = entente_funnel_layout_get_n_texts (layout);
  names = g_new0 (const EntenteFunnelText *, MAX (n_bands, 1));

  cairo_save (cr);

  cairo_rectangle (cr, 0.0, 0.0,
                   entente_funnel_layout_get_width (layout),
                   entente_funnel_layout_get_height (layout));
  set_source (cr, &background, 1.0);
  cairo_fill (cr);

  for (guint i = 0; i < n_texts; i++)
    {
      const EntenteFunnelText *t = entente_funnel_layout_get_text (layout, i);

      if (t->role == ENTENTE_FUNNEL_TEXT_NAME && t->index < n_bands)
        names[t->index] = t;
    }

  for (guint i = 0; i < n_bands; i++)
    {
      const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, i);

      /* A plan with no need to draw to scale has none to draw. */
      if (band->rect.width <= 0.0)
        continue;
      if (i + 1 < n_bands)
        draw_connector (cr, band, entente_funnel_layout_get_band (layout, i + 1), &rule);
      draw_band (cr, band, style, MIN (band->rect.height * 0.18, 8.0));
      if (names[i] != NULL)
        draw_leader (cr, band, names[i], &rule);
    }

  for (guint i = 0, n = entente_funnel_layout_get_n_legend_entries (layout); i < n; i++)
    {
      const EntenteFunnelLegendEntry *entry = entente_funnel_layout_get_legend_entry (layout, i);
      EntenteFunnelBand sample = { .color_index = entry->color_index, .rect = entry->swatch };

      draw_band (cr, &sample, style, entry->swatch.height * 0.2);
    }

  for (guint i = 0; i < n_texts; i++)
    {
      const EntenteFunnelText *t = entente_funnel_layout_get_text (layout, i);
      EntenteRenderColor on_fill;

      switch (t->role)
        {
        case ENTENTE_FUNNEL_TEXT_NEEDED:
          {
            EntenteRenderColor fill;

            entente_funnel_band_get_color (entente_funnel_layout_get_band (layout, t->index), style, &fill);
            entente_render_palette_get_text_on (style, &fill, &on_fill);
            draw_text (cr, layout, i, &on_fill);
          }
          break;

        case ENTENTE_FUNNEL_TEXT_MESSAGE:
          draw_text (cr, layout, i, &dim);
          break;

        /* The figures people read the funnel for, in full ink. */
        case ENTENTE_FUNNEL_TEXT_DETAIL:
        case ENTENTE_FUNNEL_TEXT_NEEDED_BESIDE:
        case ENTENTE_FUNNEL_TEXT_NAME:
        case ENTENTE_FUNNEL_TEXT_LEGEND:
        default:
          draw_text (cr, layout, i, &text);
          break;
        }
    }

  cairo_restore (cr);
}
