/* entente-time-zone.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

gboolean   entente_time_zone_name_is_valid (const char      *identifier);
GTimeZone *entente_time_zone_new           (const char      *identifier);
GTimeZone *entente_document_get_time_zone  (EntenteDocument *doc);

G_END_DECLS
