/* entente-format-field.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"
#include "entente-item.h"
#include "entente-locale.h"

G_BEGIN_DECLS

char *entente_format_field (EntenteLocale   *locale,
                            EntenteDocument *document,
                            EntenteItem     *item,
                            guint            field,
                            const GValue    *value);

G_END_DECLS
