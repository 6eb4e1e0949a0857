/* entente-conflicted-copy.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean entente_conflicted_copy_match (const char  *original,
                                        const char  *candidate,
                                        char       **who);

G_END_DECLS
