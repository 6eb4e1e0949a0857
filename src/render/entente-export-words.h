/* entente-export-words.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* Values of an SLA as people read them in the exported agreement:
 * "1 business hour", "USD 250,000", "15%", "1 January 2027". */

char       *entente_export_words_duration (const EntenteDuration *duration,
                                           gboolean               business_hours);
char       *entente_export_words_count    (gint64                 count);
char       *entente_export_words_signed   (gint64                 count);
char       *entente_export_words_money    (double                 amount,
                                           const char            *currency);
char       *entente_export_words_rate     (double                 rate);
char       *entente_export_words_date     (const GDate           *date);
char       *entente_export_words_datetime (GDateTime             *datetime);
char       *entente_export_words_moment   (GDateTime             *datetime);
char       *entente_export_words_weekdays (EntenteWeekdays        days);
char       *entente_export_words_time     (int                    minutes);
const char *entente_export_words_enum     (GType                  type,
                                           int                    value);

G_END_DECLS
