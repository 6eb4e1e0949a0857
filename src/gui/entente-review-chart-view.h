/* entente-review-chart-view.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-render.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_REVIEW_CHART_VIEW (entente_review_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (EntenteReviewChartView, entente_review_chart_view, ENTENTE, REVIEW_CHART_VIEW, GtkWidget)

void                entente_review_chart_view_set_chart (EntenteReviewChartView *self,
                                                         EntenteReviewChart     *chart);
EntenteReviewChart *entente_review_chart_view_get_chart (EntenteReviewChartView *self);

G_END_DECLS
