/* entente-item-form.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

typedef void (*EntenteAddRow) (gpointer   container,
                               GtkWidget *row);

void entente_item_form_add_rows (EntenteDocument *document,
                                 EntenteItem     *item,
                                 EntenteAddRow    add,
                                 gpointer         container);

void entente_item_form_add_to_expander (gpointer   expander,
                                        GtkWidget *row);

G_END_DECLS
