/* entente-page-flow.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "entente-render-palette.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_PAGE_FLOW (entente_page_flow_get_type ())

G_DECLARE_FINAL_TYPE (EntentePageFlow, entente_page_flow, ENTENTE, PAGE_FLOW, GObject)

/**
 * EntenteFlowFlags:
 * @ENTENTE_FLOW_NONE: a block that may break between its lines
 * @ENTENTE_FLOW_KEEP_WITH_NEXT: never the last block of a page, as a
 *   heading or a table's header row
 * @ENTENTE_FLOW_KEEP_TOGETHER: moves to the next page whole rather than
 *   break, as a table row; only a block taller than a page still breaks,
 *   between lines
 */
typedef enum
{
  ENTENTE_FLOW_NONE           = 0,
  ENTENTE_FLOW_KEEP_WITH_NEXT = 1 << 0,
  ENTENTE_FLOW_KEEP_TOGETHER  = 1 << 1,
} EntenteFlowFlags;

typedef enum
{
  ENTENTE_FLOW_BOX_TEXT,
  ENTENTE_FLOW_BOX_RULE,
  ENTENTE_FLOW_BOX_FILL,
  ENTENTE_FLOW_BOX_DRAWING,
  ENTENTE_FLOW_BOX_LINK,
  ENTENTE_FLOW_BOX_DEST,
} EntenteFlowBoxKind;

/* Draws into a box whose top left corner is the origin. */
typedef void (*EntenteFlowDrawFunc) (cairo_t  *cr,
                                     double    width,
                                     double    height,
                                     gpointer  data);

/**
 * EntenteFlowBox:
 * @kind: what the box is
 * @rect: where it is on its page, in points: for text, the logical box of
 *   the lines shown; for a rule, the line; for a link, the area that
 *   follows it; for a destination, the point it names
 * @color: the ink of text, rules and fills
 * @layout: for text, the layout whose lines are shown
 * @first_line: the first of them
 * @n_lines: how many
 * @x: where the layout's origin goes on the page
 * @y: likewise
 * @line_width: for a rule
 * @dotted: whether the rule is a row of dots, as contents leaders
 * @name: the destination a link follows, or that a destination names
 * @draw: for a drawing
 * @draw_data: its data
 *
 * One thing drawn on a page, placed.
 */
typedef struct
{
  EntenteFlowBoxKind   kind;
  cairo_rectangle_t    rect;
  EntenteRenderColor   color;
  PangoLayout         *layout;
  int                  first_line;
  int                  n_lines;
  double               x;
  double               y;
  double               line_width;
  gboolean             dotted;
  const char          *name;
  EntenteFlowDrawFunc  draw;
  gpointer             draw_data;
} EntenteFlowBox;

EntentePageFlow      *entente_page_flow_new            (const cairo_rectangle_t  *body);
const cairo_rectangle_t *entente_page_flow_get_body    (EntentePageFlow          *self);

guint                 entente_page_flow_add_block      (EntentePageFlow          *self,
                                                        double                    height,
                                                        EntenteFlowFlags          flags);
void                  entente_page_flow_add_space      (EntentePageFlow          *self,
                                                        double                    height);
void                  entente_page_flow_add_page_break (EntentePageFlow          *self);

void                  entente_page_flow_add_text       (EntentePageFlow          *self,
                                                        guint                     block,
                                                        PangoLayout              *layout,
                                                        double                    x,
                                                        double                    y,
                                                        const EntenteRenderColor *color);
void                  entente_page_flow_add_rule       (EntentePageFlow          *self,
                                                        guint                     block,
                                                        double                    x,
                                                        double                    y,
                                                        double                    width,
                                                        double                    line_width,
                                                        gboolean                  dotted,
                                                        const EntenteRenderColor *color);
void                  entente_page_flow_add_fill       (EntentePageFlow          *self,
                                                        guint                     block,
                                                        const cairo_rectangle_t  *rect,
                                                        const EntenteRenderColor *color);
void                  entente_page_flow_add_drawing    (EntentePageFlow          *self,
                                                        guint                     block,
                                                        const cairo_rectangle_t  *rect,
                                                        EntenteFlowDrawFunc       draw,
                                                        gpointer                  data,
                                                        GDestroyNotify            destroy);
void                  entente_page_flow_set_link       (EntentePageFlow          *self,
                                                        guint                     block,
                                                        const char               *dest);
void                  entente_page_flow_set_dest       (EntentePageFlow          *self,
                                                        guint                     block,
                                                        const char               *name);
void                  entente_page_flow_set_min_height (EntentePageFlow          *self,
                                                        guint                     block,
                                                        double                    min_height);
void                  entente_page_flow_keep_with_next (EntentePageFlow          *self,
                                                        guint                     block);
void                  entente_page_flow_set_header     (EntentePageFlow          *self,
                                                        guint                     block,
                                                        guint                     header);

void                  entente_page_flow_paginate       (EntentePageFlow          *self);
guint                 entente_page_flow_get_n_pages    (EntentePageFlow          *self);
gboolean              entente_page_flow_get_place      (EntentePageFlow          *self,
                                                        guint                     block,
                                                        guint                    *page,
                                                        double                   *y);
const EntenteFlowBox *entente_page_flow_get_boxes      (EntentePageFlow          *self,
                                                        guint                     page,
                                                        guint                    *n_boxes);
void                  entente_page_flow_page_add_text  (EntentePageFlow          *self,
                                                        guint                     page,
                                                        PangoLayout              *layout,
                                                        double                    x,
                                                        double                    y,
                                                        const EntenteRenderColor *color);
void                  entente_page_flow_page_add_rule  (EntentePageFlow          *self,
                                                        guint                     page,
                                                        double                    x,
                                                        double                    y,
                                                        double                    width,
                                                        double                    line_width,
                                                        const EntenteRenderColor *color);
void                  entente_page_flow_render_page    (EntentePageFlow          *self,
                                                        cairo_t                  *cr,
                                                        guint                     page);

G_END_DECLS
