/* entente-cli-json.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What `--json` prints, built with json-glib: machine-read, so C
 * conventions whatever the locale, and only ever on stdout. */

void entente_cli_json_print          (JsonBuilder *builder);
void entente_cli_json_add_string     (JsonBuilder *builder,
                                      const char  *member,
                                      const char  *value);
void entente_cli_json_add_count      (JsonBuilder *builder,
                                      const char  *member,
                                      gint64       value);
void entente_cli_json_add_ratio      (JsonBuilder *builder,
                                      const char  *member,
                                      double       value);

G_END_DECLS
