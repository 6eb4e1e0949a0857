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
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plan->len; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);
      gboolean known = entente_plan_stage_is_known (row);

      json_builder_begin_object (builder);
      entente_cli_json_add_string (builder, "id", entente_stage_get_id (row->stage));
      entente_cli_json_add_count (builder, "needed", known ? entente_plan_stage_get_needed (row) : -1);
      entente_cli_json_add_count (builder, "target", row->target);
      entente_cli_json_add_string (builder, "party", row->target_party);
      /* A gap may be negative: more is committed than needed. */
      json_builder_set_member_name (builder, "gap");
      if (row->target >= 0 && known)
        json_builder_add_int_value (builder, entente_plan_stage_get_gap (row));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  entente_cli_json_print (builder);
}

/* For people: stages and teams by name, numbers in the locale's way. */
static void
print_table (EntenteDocument *document,
             GPtrArray       *plan)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (_("stage")));
  g_ptr_array_add (cells, g_strdup (_("needed")));
  g_ptr_array_add (cells, g_strdup (_("target")));
  g_ptr_array_add (cells, g_strdup (_("party")));
  g_ptr_array_add (cells, g_strdup (_("gap")));
  for (guint i = 0; i < plan->len; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);
      const char *name = entente_stage_get_name (row->stage);

      g_ptr_array_add (cells, g_strdup (name != NULL && *name != '\0' ? name : entente_stage_get_id (row->stage)));
      g_ptr_array_add (cells, entente_plan_stage_is_known (row)
                              ? entente_format_count (NULL, entente_plan_stage_get_needed (row)) : g_strdup ("—"));
      g_ptr_array_add (cells, row->target >= 0 ? entente_format_count (NULL, row->target) : g_strdup (""));
      g_ptr_array_add (cells, g_strdup (row->target_party ? entente_document_party_team (document, row->target_party) : ""));
      g_ptr_array_add (cells, row->target >= 0 && entente_plan_stage_is_known (row)
                              ? entente_format_signed_count (NULL, entente_plan_stage_get_gap (row)) : g_strdup (""));
    }

  entente_cli_print_columns ("", 5, (1 << 1) | (1 << 2) | (1 << 4), cells);
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

  /* Why the figures stop, where they do. */
  {
    g_autofree char *beyond = entente_plan_describe_beyond_reach (plan);

    if (beyond != NULL)
      g_printerr ("%s\n", beyond);
  }

  return ENTENTE_CLI_OK;
}
