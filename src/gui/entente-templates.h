/* entente-templates.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "entente-document.h"

G_BEGIN_DECLS

char *entente_template_describe_setup (EntenteDocument *document);

G_END_DECLS
