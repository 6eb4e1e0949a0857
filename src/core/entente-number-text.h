/* entente-number-text.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *entente_number_text_format (double       value,
                                      guint        digits);
gboolean  entente_number_text_parse  (const char  *text,
                                      double      *value);

G_END_DECLS
