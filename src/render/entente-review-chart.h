/* entente-review-chart.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "entente-core.h"
#include "entente-funnel-export.h"
#include "entente-render-palette.h"

G_BEGIN_DECLS

/**
 * EntenteReviewChartKind:
 * @ENTENTE_REVIEW_CHART_TILES: a tile per stage: the month's actual
 *   against its goal, red, amber or green, with the rule as a legend
 * @ENTENTE_REVIEW_CHART_TRENDS: month by month, each stage's actuals
 *   against its goal and each protocol's compliance
 * @ENTENTE_REVIEW_CHART_OWNERS: each protocol's compliance per owner
 */
typedef enum
{
  ENTENTE_REVIEW_CHART_TILES,
  ENTENTE_REVIEW_CHART_TRENDS,
  ENTENTE_REVIEW_CHART_OWNERS,
} EntenteReviewChartKind;

#define ENTENTE_REVIEW_CHART_N_KINDS 3

/* How many months the trends show, the reviewed one last. */
#define ENTENTE_REVIEW_CHART_MONTHS 12

typedef struct _EntenteReviewChart EntenteReviewChart;

EntenteReviewChart  *entente_review_chart_new     (EntenteDocument            *document,
                                                   const EntenteActualsReport *report,
                                                   guint                       n_months);
EntenteReviewChart  *entente_review_chart_ref     (EntenteReviewChart         *self);
void                 entente_review_chart_unref   (EntenteReviewChart         *self);
void                 entente_review_chart_set_text_scale (EntenteReviewChart  *self,
                                                          double               scale);
gboolean             entente_review_chart_has     (EntenteReviewChart         *self,
                                                   EntenteReviewChartKind      kind);
gboolean             entente_review_chart_has_owners (EntenteReviewChart      *self,
                                                      guint                    protocol);
double               entente_review_chart_measure (EntenteReviewChart         *self,
                                                   EntenteReviewChartKind      kind,
                                                   int                         part,
                                                   PangoContext               *context,
                                                   double                      width);
void                 entente_review_chart_draw    (EntenteReviewChart         *self,
                                                   EntenteReviewChartKind      kind,
                                                   int                         part,
                                                   cairo_t                    *cr,
                                                   PangoContext               *context,
                                                   double                      width,
                                                   EntenteRenderStyle          style);
GBytes              *entente_review_chart_export  (EntenteReviewChart         *self,
                                                   EntenteFunnelFormat         format,
                                                   EntenteRenderStyle          style,
                                                   double                      width,
                                                   GError                    **error);
EntenteRenderStatus  entente_review_status        (double                      actual,
                                                   double                      goal);
const char          *entente_review_status_words  (EntenteRenderStatus         status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteReviewChart, entente_review_chart_unref)

G_END_DECLS
