/* entente-actuals-crm.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-actuals-mapping.h"
#include "entente-document.h"

G_BEGIN_DECLS

EntenteActualsSource entente_actuals_crm_recognise (GPtrArray             *header,
                                                    EntenteDocument       *document,
                                                    EntenteActualsMapping *mapping);

G_END_DECLS
