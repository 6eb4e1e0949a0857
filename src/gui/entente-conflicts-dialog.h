/* entente-conflicts-dialog.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

GtkWidget *entente_conflicts_dialog_new (EntenteDocument *document);

G_END_DECLS
