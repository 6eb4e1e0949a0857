/* entente-step-page.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"
#include "entente-guidance.h"

G_BEGIN_DECLS

GtkWidget *entente_step_page_new (EntenteDocument *document,
                                  EntenteSection      step);

G_END_DECLS
