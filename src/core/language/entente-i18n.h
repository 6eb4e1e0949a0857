/* entente-i18n.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        entente_i18n_init           (void);
const char *entente_i18n_get_localedir (void);

G_END_DECLS
