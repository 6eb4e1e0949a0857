/* entente-field-row.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

GtkWidget *entente_field_row_new (EntenteDocument *document,
                                  EntenteItem     *item,
                                  guint            field);

G_END_DECLS
