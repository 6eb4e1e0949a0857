/* entente-cli-json.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void entente_cli_json_string (GString    *out,
                              const char *text);

G_END_DECLS
