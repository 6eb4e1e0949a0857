/* entente-history-check.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-actuals.h"
#include "entente-conversion.h"
#include "entente-document.h"

G_BEGIN_DECLS

/* How much above the measured rate a planned one may be before the check
 * says so. */
#define ENTENTE_HISTORY_MAX_RATIO 1.5

/* The months the measured rate is taken over. */
#define ENTENTE_HISTORY_MONTHS 3

GPtrArray *entente_history_check_run       (EntenteDocument            *document,
                                            const EntenteActualsReport *report);
GPtrArray *entente_history_check_recorded  (EntenteDocument            *document);
char      *entente_history_describe_recorded (EntenteDocument         *document,
                                              EntenteConversion       *conversion,
                                              char                   **detail);
guint      entente_history_use_measured_rates (EntenteDocument            *document,
                                               const EntenteActualsReport *report);

G_END_DECLS
