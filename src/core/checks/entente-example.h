/* entente-example.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

void       entente_example_mark_template   (EntenteDocument *document);
gboolean   entente_example_is_untouched    (EntenteItem     *item);
GPtrArray *entente_example_list_untouched  (EntenteDocument *document);
char      *entente_example_describe        (EntenteDocument *document);

G_END_DECLS
