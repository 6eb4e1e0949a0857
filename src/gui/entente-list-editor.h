/* entente-list-editor.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

GtkWidget *entente_list_editor_new_group (EntenteDocument *document,
                                          EntenteItem     *owner,
                                          guint            list_field);
GtkWidget *entente_list_editor_new_row   (EntenteDocument *document,
                                          EntenteItem     *owner,
                                          guint            list_field);

G_END_DECLS
