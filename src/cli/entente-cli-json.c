/* entente-cli-json.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "entente-cli-json.h"

/* Each verb's `--json` builds its answer with a JsonBuilder; json-glib
 * escapes strings and writes numbers the C way, in any locale. */

/* The document the builder holds, indented two spaces, then a newline. */
void
entente_cli_json_print (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* A string, or null for %NULL. */
void
entente_cli_json_add_string (JsonBuilder *builder,
                             const char  *member,
                             const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* A count, or null for a negative one: one that was not measured. */
void
entente_cli_json_add_count (JsonBuilder *builder,
                            const char  *member,
                            gint64       value)
{
  json_builder_set_member_name (builder, member);
  if (value >= 0)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* A ratio from 0 to 1, or null for a negative one. */
void
entente_cli_json_add_ratio (JsonBuilder *builder,
                            const char  *member,
                            double       value)
{
  json_builder_set_member_name (builder, member);
  if (value >= 0)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}
