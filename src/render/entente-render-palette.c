/* entente-render-palette.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "entente-render-palette.h"

/* The colours of every drawing, in one place.  Parties are told apart by
 * hue on screen, and by lightness on a grey printout: the light palette
 * runs through CIE L* 41, 81, 59, 31, 75, 48, 87, 68, so that any two
 * parties differ by at least six points and neighbours in party order by
 * far more.  The colours come from the GNOME palette. */

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

static const EntenteRenderColor light_parties[ENTENTE_RENDER_N_PARTY_COLORS] = {
  RGB (0x1a5fb4), /* blue */
  RGB (0xf5c211), /* yellow */
  RGB (0x26a269), /* green */
  RGB (0x613583), /* purple */
  RGB (0xffa348), /* orange */
  RGB (0xe01b24), /* red */
  RGB (0x8ff0a4), /* light green */
  RGB (0xdc8add), /* pink */
};

/* On a dark page the darkest fills would sink into the background and the
 * lightest would glare: the same hues, pulled towards the middle. */
static const EntenteRenderColor dark_parties[ENTENTE_RENDER_N_PARTY_COLORS] = {
  RGB (0x3584e4),
  RGB (0xe5a50a),
  RGB (0x2ec27e),
  RGB (0x9141ac),
  RGB (0xff7800),
  RGB (0xf66151),
  RGB (0x57e389),
  RGB (0xc061cb),
};

/* Stages nobody owns: a grey that reads as “not assigned”. */
static const EntenteRenderColor light_neutral = RGB (0x9a9996);
static const EntenteRenderColor dark_neutral = RGB (0x77767b);

static const EntenteRenderColor inks[][4] = {
  [ENTENTE_RENDER_LIGHT] = {
    [ENTENTE_RENDER_INK_BACKGROUND] = RGB (0xffffff),
    [ENTENTE_RENDER_INK_TEXT] = RGB (0x241f31),
    [ENTENTE_RENDER_INK_DIM_TEXT] = RGB (0x5e5c64),
    [ENTENTE_RENDER_INK_RULE] = RGB (0xc0bfbc),
  },
  [ENTENTE_RENDER_DARK] = {
    [ENTENTE_RENDER_INK_BACKGROUND] = RGB (0x242424),
    [ENTENTE_RENDER_INK_TEXT] = RGB (0xffffff),
    [ENTENTE_RENDER_INK_DIM_TEXT] = RGB (0xc0bfbc),
    [ENTENTE_RENDER_INK_RULE] = RGB (0x5e5c64),
  },
  [ENTENTE_RENDER_PRINT] = {
    [ENTENTE_RENDER_INK_BACKGROUND] = RGB (0xffffff),
    [ENTENTE_RENDER_INK_TEXT] = RGB (0x000000),
    [ENTENTE_RENDER_INK_DIM_TEXT] = RGB (0x3d3846),
    [ENTENTE_RENDER_INK_RULE] = RGB (0x9a9996),
  },
};

/* Red, amber and green from the GNOME palette: dark enough for white
 * text on a light page and on paper (where they also differ in grey:
 * L* 50, 74, 58 with the neutral at 63), lighter on a dark page.  The
 * drawings also say the status in words: colour is never the only
 * sign. */
static const EntenteRenderColor statuses[][4] = {
  [ENTENTE_RENDER_LIGHT] = {
    [ENTENTE_RENDER_STATUS_NONE] = RGB (0x9a9996),
    [ENTENTE_RENDER_STATUS_GOOD] = RGB (0x26a269),
    [ENTENTE_RENDER_STATUS_CLOSE] = RGB (0xe5a50a),
    [ENTENTE_RENDER_STATUS_BEHIND] = RGB (0xc01c28),
  },
  [ENTENTE_RENDER_DARK] = {
    [ENTENTE_RENDER_STATUS_NONE] = RGB (0x77767b),
    [ENTENTE_RENDER_STATUS_GOOD] = RGB (0x33d17a),
    [ENTENTE_RENDER_STATUS_CLOSE] = RGB (0xf6d32d),
    [ENTENTE_RENDER_STATUS_BEHIND] = RGB (0xff7b63),
  },
  [ENTENTE_RENDER_PRINT] = {
    [ENTENTE_RENDER_STATUS_NONE] = RGB (0x9a9996),
    [ENTENTE_RENDER_STATUS_GOOD] = RGB (0x26a269),
    [ENTENTE_RENDER_STATUS_CLOSE] = RGB (0xe5a50a),
    [ENTENTE_RENDER_STATUS_BEHIND] = RGB (0xc01c28),
  },
};

static const EntenteRenderColor white = RGB (0xffffff);
static const EntenteRenderColor near_black = RGB (0x241f31);
static const EntenteRenderColor black = RGB (0x000000);

/**
 * entente_render_palette_get_party:
 * @style: the style drawn in
 * @index: the party's position among the document's parties, or -1 for
 *   no party
 * @color: (out caller-allocates): the fill
 *
 * The fill of a party's shapes.
 */
void
entente_render_palette_get_party (EntenteRenderStyle  style,
                                  int                 index,
                                  EntenteRenderColor *color)
{
  g_return_if_fail (color != NULL);

  if (index < 0)
    *color = style == ENTENTE_RENDER_DARK ? dark_neutral : light_neutral;
  else if (style == ENTENTE_RENDER_DARK)
    *color = dark_parties[index % ENTENTE_RENDER_N_PARTY_COLORS];
  else
    *color = light_parties[index % ENTENTE_RENDER_N_PARTY_COLORS];
}

void
entente_render_palette_get_ink (EntenteRenderStyle  style,
                                EntenteRenderInk    ink,
                                EntenteRenderColor *color)
{
  g_return_if_fail (color != NULL);
  g_return_if_fail ((guint) style <= ENTENTE_RENDER_PRINT);
  g_return_if_fail ((guint) ink <= ENTENTE_RENDER_INK_RULE);

  *color = inks[style][ink];
}

/**
 * entente_render_color_luminance:
 *
 * Returns: the relative luminance of @color, as WCAG defines it
 */
double
entente_render_color_luminance (const EntenteRenderColor *color)
{
  const double channels[3] = { color->red, color->green, color->blue };
  const double weights[3] = { 0.2126, 0.7152, 0.0722 };
  double luminance = 0.0;

  for (guint i = 0; i < 3; i++)
    {
      double c = channels[i];

      c = c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
      luminance += weights[i] * c;
    }

  return luminance;
}

static double
contrast (const EntenteRenderColor *a,
          const EntenteRenderColor *b)
{
  double la = entente_render_color_luminance (a) + 0.05;
  double lb = entente_render_color_luminance (b) + 0.05;

  return la > lb ? la / lb : lb / la;
}

/**
 * entente_render_palette_get_text_on:
 * @fill: the colour the text sits on
 * @color: (out caller-allocates): white or a near-black, whichever
 *   contrasts more with @fill
 *
 * Text on a party's fill: the fills range from dark to light, so no one
 * text colour is readable on all of them.
 */
void
entente_render_palette_get_text_on (EntenteRenderStyle        style,
                                    const EntenteRenderColor *fill,
                                    EntenteRenderColor       *color)
{
  const EntenteRenderColor *dark = style == ENTENTE_RENDER_PRINT ? &black : &near_black;

  g_return_if_fail (fill != NULL);
  g_return_if_fail (color != NULL);

  *color = contrast (fill, &white) >= contrast (fill, dark) ? white : *dark;
}

/**
 * entente_render_color_mix:
 * @amount: how much of @b, from 0 to 1
 *
 * Mixes two colours, for outlines and tints derived from a fill.
 */
void
entente_render_color_mix (const EntenteRenderColor *a,
                          const EntenteRenderColor *b,
                          double                    amount,
                          EntenteRenderColor       *color)
{
  EntenteRenderColor mixed;

  amount = CLAMP (amount, 0.0, 1.0);
  mixed.red = a->red + (b->red - a->red) * amount;
  mixed.green = a->green + (b->green - a->green) * amount;
  mixed.blue = a->blue + (b->blue - a->blue) * amount;
  *color = mixed;
}

/**
 * entente_render_palette_get_status:
 * @color: (out caller-allocates): the fill meaning @status in @style
 */
void
entente_render_palette_get_status (EntenteRenderStyle   style,
                                   EntenteRenderStatus  status,
                                   EntenteRenderColor  *color)
{
  g_return_if_fail (style <= ENTENTE_RENDER_PRINT);
  g_return_if_fail (status <= ENTENTE_RENDER_STATUS_BEHIND);
  g_return_if_fail (color != NULL);

  *color = statuses[style][status];
}
