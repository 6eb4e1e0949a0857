/* entente-actuals-time.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean entente_actuals_parse_time (const char *text,
                                     GTimeZone  *zone,
                                     gint64     *unix_seconds);

G_END_DECLS
