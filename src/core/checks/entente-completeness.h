/* entente-completeness.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-section.h"

G_BEGIN_DECLS

void entente_completeness_measure (EntenteDocument *document,
                                   EntenteSection   section,
                                   guint           *done,
                                   guint           *total);

G_END_DECLS
