/* entente-value.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-field.h"

G_BEGIN_DECLS

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
char       *entente_value_format_decimal (double          value);
char       *entente_value_excerpt    (const char         *text,
                                      guint               max_chars);

G_END_DECLS
