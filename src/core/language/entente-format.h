/* entente-format.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-duration.h"
#include "entente-enums.h"
#include "entente-locale.h"

G_BEGIN_DECLS

/* Values as people read them, in one language: "250,000", "USD 250,000",
 * "15%", "1 January 2027", "4 business hours", "New York (UTC−05:00)".
 * Every function takes the locale to write in; %NULL is the one in
 * force on the thread (an export's document, or the interface). */

char       *entente_format_number       (EntenteLocale         *locale,
                                         double                 value,
                                         guint                  digits);
char       *entente_format_number_exact (EntenteLocale         *locale,
                                         double                 value,
                                         guint                  least);
gboolean    entente_format_parse_number (EntenteLocale         *locale,
                                         const char            *text,
                                         double                *value);
char       *entente_format_count        (EntenteLocale         *locale,
                                         gint64                 count);
char       *entente_format_signed_count (EntenteLocale         *locale,
                                         gint64                 count);
char       *entente_format_money        (EntenteLocale         *locale,
                                         double                 amount,
                                         const char            *currency);
char       *entente_format_rate         (EntenteLocale         *locale,
                                         double                 rate);
char       *entente_format_date         (EntenteLocale         *locale,
                                         const GDate           *date);
char       *entente_format_medium_date  (EntenteLocale         *locale,
                                         const GDate           *date);
char       *entente_format_datetime     (EntenteLocale         *locale,
                                         GDateTime             *datetime);
char       *entente_format_moment       (EntenteLocale         *locale,
                                         GDateTime             *datetime);
char       *entente_format_pattern      (EntenteLocale         *locale,
                                         GDateTime             *datetime,
                                         const char            *pattern);
char       *entente_format_month        (EntenteLocale         *locale,
                                         int                    year,
                                         int                    month);
char       *entente_format_month_short  (EntenteLocale         *locale,
                                         int                    year,
                                         int                    month);
char       *entente_format_duration     (EntenteLocale         *locale,
                                         const EntenteDuration *duration,
                                         gboolean               business_hours);
char       *entente_format_weekdays     (EntenteLocale         *locale,
                                         EntenteWeekdays        days);
char       *entente_format_time         (EntenteLocale         *locale,
                                         int                    minutes);
char       *entente_format_timezone     (EntenteLocale         *locale,
                                         const char            *zone,
                                         GDateTime             *at);
const char *entente_format_channel      (EntenteLocale         *locale,
                                         const char            *channel);
const char *entente_format_enum         (EntenteLocale         *locale,
                                         GType                  type,
                                         int                    value);

G_END_DECLS
