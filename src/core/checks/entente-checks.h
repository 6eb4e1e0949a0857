/* entente-checks.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"
#include "entente-finding.h"

G_BEGIN_DECLS

GPtrArray *entente_checks_run   (EntenteDocument *document);
guint      entente_checks_count (GPtrArray       *findings,
                                 const char      *section,
                                 EntenteSeverity  severity);

G_END_DECLS
