/* entente-translate.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

typedef const char *(*EntenteTranslateFunc) (const char *text,
                                             gpointer    user_data);

void entente_item_translate_texts (EntenteItem          *item,
                                   EntenteTranslateFunc  translate,
                                   gpointer              user_data);

G_END_DECLS
