/* entente-review-chart-block.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-review-chart-block.h"

/* A chart in the colours meant for paper, kept on one page: measured at
 * the width of the text, with the writer's own fonts' options.  The
 * chart outlives the flow's drawing: the review's PDF writes the pages
 * before it lets the chart go. */

typedef struct
{
  EntenteReviewChart     *chart;
  EntenteReviewChartKind  kind;
  int                     part;
  PangoContext           *context;
} Block;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->context);
  g_free (block);
}

static void
draw_block (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  Block *block = data;

  entente_review_chart_draw (block->chart, block->kind, block->part, cr, block->context, width,
                             ENTENTE_RENDER_PRINT);
}

/**
 * entente_review_chart_block_add:
 * @chart: (transfer none): the review's charts, kept until the flow is
 *   drawn
 * @part: as entente_review_chart_measure() takes it
 *
 * Adds @kind of @chart to the flow, whole on a page.
 */
void
entente_review_chart_block_add (EntenteFlowWriter      *writer,
                                EntenteReviewChart     *chart,
                                EntenteReviewChartKind  kind,
                                int                     part)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  Block *block = g_new0 (Block, 1);
  cairo_rectangle_t rect = { 0.0, 0.0, entente_flow_writer_get_width (writer), 0.0 };
  guint index;

  block->chart = chart;
  block->kind = kind;
  block->part = part;
  block->context = g_object_ref (entente_flow_writer_get_context (writer));
  rect.height = entente_review_chart_measure (chart, kind, part, block->context, rect.width);

  index = entente_page_flow_add_block (flow, rect.height, ENTENTE_FLOW_KEEP_TOGETHER);
  entente_page_flow_add_drawing (flow, index, &rect, draw_block, block, block_free);
  entente_flow_writer_space (writer, ENTENTE_FLOW_GAP_TABLE);
}
