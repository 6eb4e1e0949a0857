/* entente-review-pdf.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "entente-actuals.h"
#include "entente-document.h"
#include "entente-paper.h"

G_BEGIN_DECLS

GBytes *entente_review_pdf_export (EntenteDocument             *doc,
                                   const EntenteActualsReport  *report,
                                   EntentePaper                 paper,
                                   GError                     **error);

G_END_DECLS
