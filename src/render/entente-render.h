/* entente-render.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-agreement-layout.h"
#include "entente-agreement-pdf.h"
#include "entente-export-html.h"
#include "entente-export-markdown.h"
#include "entente-funnel-export.h"
#include "entente-funnel-layout.h"
#include "entente-funnel-renderer.h"
#include "entente-paper.h"
#include "entente-render-error.h"
#include "entente-render-palette.h"
#include "entente-review-chart.h"
#include "entente-review-pdf.h"
