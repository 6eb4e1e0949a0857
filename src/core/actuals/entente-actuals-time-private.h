/* entente-actuals-time-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Conversions between Unix time and wall-clock time in a zone, cached per
 * thread because GLib looks the zone's transitions up anew on each call. */
gint64 entente_zone_local_to_unix (GTimeZone *zone,
                                   gint64     wall);
gint64 entente_zone_unix_to_local (GTimeZone *zone,
                                   gint64     unix_time);

G_END_DECLS
