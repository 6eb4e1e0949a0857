/* entente-render-palette.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EntenteRenderStyle:
 * @ENTENTE_RENDER_LIGHT: dark text on a light background, for the screen
 * @ENTENTE_RENDER_DARK: light text on a dark background, for a dark theme
 * @ENTENTE_RENDER_PRINT: black text on white paper, with outlines that keep
 *   light fills visible when printed in grey
 *
 * The look of everything this layer draws.  Geometry never depends on it,
 * so a theme switch only redraws.
 */
typedef enum
{
  ENTENTE_RENDER_LIGHT,
  ENTENTE_RENDER_DARK,
  ENTENTE_RENDER_PRINT,
} EntenteRenderStyle;

/**
 * EntenteRenderInk:
 * @ENTENTE_RENDER_INK_BACKGROUND: the page
 * @ENTENTE_RENDER_INK_TEXT: main text
 * @ENTENTE_RENDER_INK_DIM_TEXT: secondary text, still readable
 * @ENTENTE_RENDER_INK_RULE: thin lines and faint fills
 *
 * The colours of a style that are not a party's.
 */
typedef enum
{
  ENTENTE_RENDER_INK_BACKGROUND,
  ENTENTE_RENDER_INK_TEXT,
  ENTENTE_RENDER_INK_DIM_TEXT,
  ENTENTE_RENDER_INK_RULE,
} EntenteRenderInk;

typedef struct
{
  double red;
  double green;
  double blue;
} EntenteRenderColor;

/**
 * EntenteRenderStatus:
 * @ENTENTE_RENDER_STATUS_NONE: nothing to judge: no goal, or not measured
 * @ENTENTE_RENDER_STATUS_GOOD: at or above the goal (green)
 * @ENTENTE_RENDER_STATUS_CLOSE: within reach of it (amber)
 * @ENTENTE_RENDER_STATUS_BEHIND: far below it (red)
 */
typedef enum
{
  ENTENTE_RENDER_STATUS_NONE,
  ENTENTE_RENDER_STATUS_GOOD,
  ENTENTE_RENDER_STATUS_CLOSE,
  ENTENTE_RENDER_STATUS_BEHIND,
} EntenteRenderStatus;

/* How many parties get a colour of their own; more wrap around. */
#define ENTENTE_RENDER_N_PARTY_COLORS 8

void   entente_render_palette_get_party   (EntenteRenderStyle        style,
                                           int                       index,
                                           EntenteRenderColor       *color);
void   entente_render_palette_get_status  (EntenteRenderStyle        style,
                                           EntenteRenderStatus       status,
                                           EntenteRenderColor       *color);
void   entente_render_palette_get_ink     (EntenteRenderStyle        style,
                                           EntenteRenderInk          ink,
                                           EntenteRenderColor       *color);
void   entente_render_palette_get_text_on (EntenteRenderStyle        style,
                                           const EntenteRenderColor *fill,
                                           EntenteRenderColor       *color);
void   entente_render_color_mix           (const EntenteRenderColor *a,
                                           const EntenteRenderColor *b,
                                           double                    amount,
                                           EntenteRenderColor       *color);
double entente_render_color_luminance     (const EntenteRenderColor *color);

G_END_DECLS
