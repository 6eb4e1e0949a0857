/* entente-agreement-flow.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-agreement-content.h"
#include "entente-flow-writer.h"

G_BEGIN_DECLS

/* The agreement's content set in pages, for entente-agreement-layout.c,
 * which places the contents and the chapters' headings itself.  Not
 * installed: the layout is the API. */

void entente_agreement_flow_write_block (EntenteFlowWriter *writer,
                                         EntenteDocument   *document,
                                         GPtrArray         *blocks,
                                         guint              index);

G_END_DECLS
