/* entente-review-calendar.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

GBytes *entente_review_calendar_export (EntenteDocument  *document,
                                        GDateTime        *now,
                                        GError          **error);

G_END_DECLS
