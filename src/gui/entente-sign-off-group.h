/* entente-sign-off-group.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

GtkWidget *entente_sign_off_group_new (EntenteDocument *document);

G_END_DECLS
