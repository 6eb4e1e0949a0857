/* entente-agreement-layout-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-agreement-layout.h"
#include "entente-page-flow.h"

G_BEGIN_DECLS

/* For the tests, which check the geometry the pages are drawn from: that
 * no text overlaps another and that everything keeps inside the
 * margins. */
EntentePageFlow *entente_agreement_layout_get_flow    (EntenteAgreementLayout *self);
void             entente_agreement_layout_get_margins (EntenteAgreementLayout *self,
                                                       cairo_rectangle_t      *frame);

G_END_DECLS
