/* entente-cli-conflicts.c
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

/* entente-cli conflicts FILE [--json]: the merge conflicts FILE holds,
 * one entry each, in the words of the window: its id (for `entente-cli
 * resolve`), where it is, and each version whole with whose it was:
 *
 *   conflict-1  Goals › Committed targets › Marketing Qualified Lead ›
 *   Count per period: 400 (before) / 500 (Priya) / 450 (Dana)
 *
 * (on one line), then, for an item deleted on one side or added on both,
 * what happened to it, and the versions that cannot be taken.  Like
 * `check`, exit 0 when there is none ("No conflicts."), 1 when there are
 * some, so that a hook can refuse a file that still has them; 2 when the
 * command line is wrong or FILE cannot be read, as `diff` does, so that
 * trouble is not taken for conflicts. */

enum { CONFLICTS_TROUBLE = 2 };

static gboolean json;

static const GOptionEntry entries[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of lines"), NULL },
  { NULL }
};

/* The order a person reads a conflict in: what it was, then each side. */
static const EntenteConflictChoice versions[] = {
  ENTENTE_CONFLICT_TAKE_BASE,
  ENTENTE_CONFLICT_TAKE_OURS,
  ENTENTE_CONFLICT_TAKE_THEIRS,
};

static const char *
option_name (EntenteConflictChoice choice)
{
  switch (choice)
    {
    case ENTENTE_CONFLICT_TAKE_OURS:
      return "--ours";
    case ENTENTE_CONFLICT_TAKE_THEIRS:
      return "--theirs";
    case ENTENTE_CONFLICT_TAKE_BASE:
    default:
      return "--base";
    }
}

static const char *
choice_nick (EntenteConflictChoice choice)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ENTENTE_TYPE_CONFLICT_CHOICE);

  return g_enum_get_value (klass, choice)->value_nick;
}

/* One conflict as people read it: where, each version and whose it was,
 * what was kept, and what cannot be taken; `merge` lists its new
 * conflicts the same way. */
void
entente_cli_append_conflict (GString         *out,
                             EntenteDocument *document,
                             EntenteConflict *conflict)
{
  const char *id = entente_conflict_get_id (conflict);
  g_autofree char *where = entente_conflict_describe_path (document, conflict);
  g_autofree char *outcome = entente_conflict_describe_outcome (conflict);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) refused = g_ptr_array_new ();
  g_autofree char *indent = g_strnfill ((gsize) entente_cli_width (id) + 2, ' ');
  g_autofree char *joined = NULL;
  g_autofree char *line = NULL;
  g_autofree char *escaped = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autofree char *value = entente_conflict_describe_version (document, conflict, versions[i]);

      /* TRANSLATORS: a version of a merge conflict and whose it was, as
       * in "450 (Dana)" or "400 (before)" */
      g_ptr_array_add (shown, g_strdup_printf (C_("version and whose", "%1$s (%2$s)"), value,
                                               entente_conflict_get_side_label (conflict, versions[i])));
      if (!entente_conflict_can_take (conflict, versions[i]))
        g_ptr_array_add (refused, (gpointer) option_name (versions[i]));
    }
  g_ptr_array_add (shown, NULL);
  joined = g_strjoinv (" / ", (char **) shown->pdata);

  /* TRANSLATORS: where a merge conflict is, then its versions, as in
   * "Goals › Committed targets: 400 (before) / 500 (Priya) / 450 (Dana)" */
  line = g_strdup_printf (C_("where and versions", "%1$s: %2$s"), where, joined);
  escaped = entente_text_escape (line);
  g_string_append_printf (out, "%s  %s\n", id, escaped);

  if (outcome != NULL)
    {
      g_autofree char *said = entente_text_escape (outcome);

      g_string_append_printf (out, "%s%s\n", indent, said);
    }

  if (refused->len > 0)
    {
      g_autofree char *options = NULL;

      g_ptr_array_add (refused, NULL);
      /* TRANSLATORS: separates options of which none can be used */
      options = g_strjoinv (C_("options", ", "), (char **) refused->pdata);
      g_string_append (out, indent);
      g_string_append_printf (out, _("Cannot be resolved with %s."), options);
      g_string_append_c (out, '\n');
    }
}

static void
add_json_version (JsonBuilder           *builder,
                  EntenteDocument       *document,
                  EntenteConflict       *conflict,
                  EntenteConflictChoice  version)
{
  g_autofree char *shown = entente_conflict_describe_version (document, conflict, version);

  json_builder_set_member_name (builder, choice_nick (version));
  json_builder_begin_object (builder);
  entente_cli_json_add_string (builder, "text", entente_conflict_get_version (conflict, version));
  entente_cli_json_add_string (builder, "shown", shown);
  entente_cli_json_add_string (builder, "whose", entente_conflict_get_side_label (conflict, version));
  json_builder_set_member_name (builder, "can-take");
  json_builder_add_boolean_value (builder, entente_conflict_can_take (conflict, version));
  json_builder_end_object (builder);
}

/* The record as it is (path, texts) for scripts, and what people read
 * of it beside, as `check --json` gives its message. */
static void
add_json_entry (JsonBuilder     *builder,
                EntenteDocument *document,
                EntenteConflict *conflict)
{
  g_autofree char *where = entente_conflict_describe_path (document, conflict);
  g_autofree char *outcome = entente_conflict_describe_outcome (conflict);

  json_builder_begin_object (builder);
  entente_cli_json_add_string (builder, "id", entente_conflict_get_id (conflict));
  entente_cli_json_add_string (builder, "path", entente_conflict_get_path (conflict));
  entente_cli_json_add_string (builder, "where", where);
  entente_cli_json_add_string (builder, "kept", choice_nick (entente_conflict_get_kept (conflict)));
  entente_cli_json_add_string (builder, "outcome", outcome);
  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    add_json_version (builder, document, conflict, versions[i]);
  json_builder_end_object (builder);
}

int
entente_cli_conflicts (int    argc,
                       char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *conflicts;
  guint n;
  int status;

  if (!entente_cli_parse_options ("conflicts", entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      g_printerr ("%s\n", _("entente-cli conflicts: give exactly one FILE."));
      return CONFLICTS_TROUBLE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return CONFLICTS_TROUBLE;

  conflicts = entente_document_get_conflicts (document);
  n = g_list_model_get_n_items (conflicts);

  if (json)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "conflicts");
      json_builder_begin_array (builder);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntenteConflict) conflict = g_list_model_get_item (conflicts, i);

      if (json)
        add_json_entry (builder, document, conflict);
      else
        entente_cli_append_conflict (out, document, conflict);
    }
  if (json)
    {
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      entente_cli_json_print (builder);
    }
  else if (n == 0)
    g_string_append_printf (out, "%s\n", _("No conflicts."));
  g_print ("%s", out->str);

  if (n > 0 && !json)
    {
      g_autofree char *name = entente_cli_display_name (argv[1]);

      /* TRANSLATORS: the first %s is the file, the third its name again
       * in a command to type */
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%1$s: %2$u conflict; resolve it with “entente-cli resolve %3$s ID --ours|--theirs|--base”.",
                               "%1$s: %2$u conflicts; resolve each with “entente-cli resolve %3$s ID --ours|--theirs|--base”.",
                               n),
                  name, n, name);
      g_printerr ("\n");
    }

  return n > 0 ? ENTENTE_CLI_FAILED : ENTENTE_CLI_OK;
}
