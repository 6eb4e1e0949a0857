/* entente-funnel-block.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"
#include "entente-flow-writer.h"

G_BEGIN_DECLS

/* The reverse funnel as a block of a page flow, for the agreement and
 * the monthly review.  Not installed. */

void entente_funnel_block_add (EntenteFlowWriter          *writer,
                               EntenteDocument            *document,
                               const EntenteActualsReport *report);

G_END_DECLS
