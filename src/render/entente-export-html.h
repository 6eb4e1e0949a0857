/* entente-export-html.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

GBytes *entente_export_html (EntenteDocument  *document,
                             GError          **error);

G_END_DECLS
