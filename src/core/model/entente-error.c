/* entente-error.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-error.h"

G_DEFINE_QUARK (entente-core-error-quark, entente_core_error)
