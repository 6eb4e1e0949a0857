/* entente-enum-labels.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const char *entente_enum_label (GType type,
                                int   value);

G_END_DECLS
