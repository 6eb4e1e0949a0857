/* entente-item-title.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

char *entente_item_title (EntenteDocument *document,
                          EntenteItem     *item);

G_END_DECLS
