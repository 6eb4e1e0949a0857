/* entente-item-factory.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

EntenteItem *entente_item_factory_create (EntenteDocument  *document,
                                          EntenteItem      *owner,
                                          guint             list_field,
                                          char            **why_not);

G_END_DECLS
