/* entente-cli-plan.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-json.h"
#include "entente-cli-verbs.h"
#include "entente-core.h"

/* entente-cli plan FILE [--json]: what each stage needs per period, the
 * target a party committed to, and the gap between them. */

static gboolean json;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of a table"), NULL },
  { NULL }
};

static void
print_json (GPtrArray *plan)
{
  g_autoptr(GString) out = g_string_new ("{\"stages\": [");

  for (guint i = 0; i < plan->len; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);

      g_string_append (out, i ? ",\n  {\"id\": " : "\n  {\"id\": ");
      entente_cli_json_string (out, entente_stage_get_id (row->stage));
      if (entente_plan_stage_is_known (row))
        g_string_append_printf (out, ", \"needed\": %" G_GINT64_FORMAT, entente_plan_stage_get_needed (row));
      else
        g_string_append (out, ", \"needed\": null");
      if (row->target >= 0)
        g_string_append_printf (out, ", \"target\": %d", row->target);
      else
        g_string_append (out, ", \"target\": null");
      g_string_append (out, ", \"party\": ");
      entente_cli_json_string (out, row->target_party);
      if (row->target >= 0 && entente_plan_stage_is_known (row))
        g_string_append_printf (out, ", \"gap\": %" G_GINT64_FORMAT "}", entente_plan_stage_get_gap (row));
      else
        g_string_append (out, ", \"gap\": null}");
    }
  g_string_append (out, "\n]}\n");
  g_print ("%s", out->str);
}

/* For people: stages and teams by name, numbers in the locale's way. */
static void
print_row (const char *stage,
           const char *needed,
           const char *target,
           const char *party,
           const char *gap)
{
  g_autofree char *stage_cell = entente_cli_pad (stage, 28, FALSE);
  g_autofree char *needed_cell = entente_cli_pad (needed, 9, TRUE);
  g_autofree char *target_cell = entente_cli_pad (target, 9, TRUE);
  g_autofree char *party_cell = entente_cli_pad (party, 20, FALSE);
  g_autofree char *gap_cell = entente_cli_pad (gap, 9, TRUE);

  g_print ("%s %s %s  %s %s\n", stage_cell, needed_cell, target_cell, party_cell, gap_cell);
}

static void
print_table (EntenteDocument *document,
             GPtrArray       *plan)
{
  print_row (_("stage"), _("needed"), _("target"), _("party"), _("gap"));
  for (guint i = 0; i < plan->len; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);
      g_autofree char *needed = entente_plan_stage_is_known (row)
        ? entente_format_count (NULL, entente_plan_stage_get_needed (row)) : g_strdup ("—");
      g_autofree char *target = row->target >= 0 ? entente_format_count (NULL, row->target) : g_strdup ("");
      g_autofree char *gap = row->target >= 0 && entente_plan_stage_is_known (row)
        ? entente_format_signed_count (NULL, entente_plan_stage_get_gap (row)) : g_strdup ("");

      print_row (entente_stage_get_name (row->stage) ? entente_stage_get_name (row->stage) : entente_stage_get_id (row->stage),
                 needed, target,
                 row->target_party ? entente_document_party_team (document, row->target_party) : "", gap);
    }
}

int
entente_cli_plan (int    argc,
                  char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  int status;

  if (!entente_cli_parse_options ("plan", entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      g_printerr ("%s\n", _("entente-cli plan: give exactly one FILE."));
      return ENTENTE_CLI_USAGE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_FAILED;

  plan = entente_plan_compute (document);
  if (json)
    print_json (plan);
  else
    print_table (document, plan);

  return ENTENTE_CLI_OK;
}
