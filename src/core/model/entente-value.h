/* entente-value.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-field.h"

G_BEGIN_DECLS

/* The largest amount a DECIMAL holds, either way: every whole number up
 * to it is exact in a double, and an amount of at most 15 digits reads
 * back as it was written. */
#define ENTENTE_VALUE_DECIMAL_LIMIT 1e15

/* The largest whole number an INT holds, either way (targets, points,
 * thresholds, attempts): far beyond any count a team commits to, and
 * small enough that its negative, its absolute value and a sum of a few
 * of them never overflow an int. */
#define ENTENTE_VALUE_INT_LIMIT 1000000000

/* The numbers a field of kind INT, DECIMAL or RATE may hold: the one rule
 * that the loader applies to a file and the window to what people type. */
typedef struct
{
  double   min;
  double   max;
  gboolean min_exclusive; /* a rate is above zero */
  gboolean whole;         /* a count has no fraction */
} EntenteValueRange;

gboolean    entente_value_get_range  (const EntenteField      *field,
                                      EntenteValueRange       *range);
gboolean    entente_value_range_contains (const EntenteValueRange *range,
                                          double                   value);
GParamSpec *entente_value_param_spec (const EntenteField *field);
void        entente_value_init       (const EntenteField *field,
                                      GValue             *value);
gboolean    entente_value_parse      (const EntenteField *field,
                                      const char         *text,
                                      GValue             *value,
                                      char              **problem);
char       *entente_value_to_string  (const EntenteField *field,
                                      const GValue       *value);
gboolean    entente_value_equal      (const EntenteField *field,
                                      const GValue       *a,
                                      const GValue       *b);
gboolean    entente_value_is_default (const EntenteField *field,
                                      const GValue       *value);
gboolean    entente_value_is_id      (const char         *text);
gboolean    entente_value_parse_month (const char        *text,
                                       int               *year,
                                       int               *month);
char       *entente_value_format_decimal (double          value);
char       *entente_text_escape      (const char         *text);
char       *entente_value_excerpt    (const char         *text,
                                      guint               max_chars);

G_END_DECLS
