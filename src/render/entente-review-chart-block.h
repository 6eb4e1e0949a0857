/* entente-review-chart-block.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-flow-writer.h"
#include "entente-review-chart.h"

G_BEGIN_DECLS

/* A chart of the monthly review as a block of a page flow.  Not
 * installed. */

void entente_review_chart_block_add (EntenteFlowWriter      *writer,
                                     EntenteReviewChart     *chart,
                                     EntenteReviewChartKind  kind,
                                     int                     part);

G_END_DECLS
