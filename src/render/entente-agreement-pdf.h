/* entente-agreement-pdf.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-agreement-layout.h"
#include "entente-document.h"
#include "entente-paper.h"

G_BEGIN_DECLS

GBytes *entente_agreement_pdf_export      (EntenteDocument        *document,
                                           EntentePaper            paper,
                                           GError                **error);
GBytes *entente_agreement_pdf_export_full (EntenteDocument        *document,
                                           EntentePaper            paper,
                                           EntenteAgreementFlags   flags,
                                           GError                **error);

G_END_DECLS
