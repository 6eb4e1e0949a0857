/* entente-cli-check.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-json.h"
#include "entente-cli-verbs.h"
#include "entente-value.h"
#include "entente-core.h"

/* entente-cli check FILE [--json]: the health checks' findings; exit 1
 * when any is an error, so that CI can refuse an SLA unfit to sign. */

static gboolean json;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of lines"), NULL },
  { NULL }
};

static const char *
severity_name (EntenteSeverity severity)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ENTENTE_TYPE_SEVERITY);

  return g_enum_get_value (klass, severity)->value_nick;
}

int
entente_cli_check (int    argc,
                   char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *name = NULL;
  int status;

  if (!entente_cli_parse_options ("check", entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      g_printerr ("%s\n", _("entente-cli check: give exactly one FILE."));
      return ENTENTE_CLI_USAGE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_FAILED;

  name = entente_cli_display_name (argv[1]);
  findings = entente_checks_run (document);
  if (json)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "findings");
      json_builder_begin_array (builder);
    }

  for (guint i = 0; i < findings->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *item = entente_finding_item_key (finding);

      if (json)
        {
          json_builder_begin_object (builder);
          entente_cli_json_add_string (builder, "code", finding->code);
          entente_cli_json_add_string (builder, "severity", severity_name (finding->severity));
          entente_cli_json_add_string (builder, "section", finding->section);
          entente_cli_json_add_string (builder, "item", item);
          entente_cli_json_add_string (builder, "message", finding->message);
          json_builder_end_object (builder);
        }
      else
        {
          /* One line each, whatever names in the file hold. */
          g_autofree char *message = entente_text_escape (finding->message);

          /* For people: the severity in their words, the check's code to
           * look it up by; where it is, by id, is for --json. */
          g_string_append_printf (out, "%s: %s: %s [%s]\n", name,
                                  entente_format_enum (NULL, ENTENTE_TYPE_SEVERITY, finding->severity),
                                  message, finding->code);
        }
    }

  if (json)
    {
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      entente_cli_json_print (builder);
    }
  else
    g_print ("%s", out->str);

  return entente_checks_count (findings, NULL, ENTENTE_SEVERITY_ERROR) > 0 ? ENTENTE_CLI_FAILED : ENTENTE_CLI_OK;
}
