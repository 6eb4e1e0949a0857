/* entente-item-describe.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

char *entente_item_describe (EntenteDocument *document,
                             EntenteItem     *item);

G_END_DECLS
