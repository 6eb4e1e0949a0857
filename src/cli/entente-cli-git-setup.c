/* entente-cli-git-setup.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "entente-cli-verbs.h"
#include "entente-file-replace.h"

/* entente-cli git-setup [DIR]: tells the git repository that holds DIR
 * (the current folder by default) to merge and diff .entente files with
 * Entente: the .gitattributes line, committed with the files, and the
 * drivers in the clone's own configuration, which git never clones.
 * Running it again changes nothing.  Without it, a clone merges SLAs
 * line by line and leaves <<<<<<< markers in them. */

#define ATTRIBUTES_LINE "*.entente merge=entente diff=entente"

static char *
run_git (const char  *dir,
         const char  *first,
         ...) G_GNUC_NULL_TERMINATED;

/* Runs git in @dir; returns its output, or NULL with a sentence printed. */
static char *
run_git (const char *dir,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;
  va_list ap;

  g_ptr_array_add (argv, (gpointer) "git");
  g_ptr_array_add (argv, (gpointer) "-C");
  g_ptr_array_add (argv, (gpointer) dir);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &wait_status, &error))
    {
      g_printerr (_("entente-cli git-setup: git cannot be run: %s"), error->message);
      g_printerr ("\n");
      return NULL;
    }
  if (!g_spawn_check_wait_status (wait_status, NULL))
    {
      g_autofree char *shown = entente_cli_display_name (dir);

      g_printerr (_("entente-cli git-setup: %s is not in a git repository."), shown);
      g_printerr ("\n");
      return NULL;
    }
  return g_strchomp (g_steal_pointer (&out));
}

/* How git should call this program: by name when that is what the PATH
 * finds, else by its full path. */
static char *
command_for_git (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *on_path = g_find_program_in_path ("entente-cli");
  g_autofree char *resolved = on_path ? g_file_read_link (on_path, NULL) : NULL;

  if (on_path != NULL && self != NULL &&
      (g_str_equal (on_path, self) || g_strcmp0 (resolved, self) == 0))
    return g_strdup ("entente-cli");
  return self != NULL ? g_shell_quote (self) : g_strdup ("entente-cli");
}

static gboolean
has_line (const char *text,
          const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (g_strstrip (lines[i]), line))
      return TRUE;
  return FALSE;
}

int
entente_cli_git_setup (int    argc,
                       char **argv)
{
  g_autofree char *top = NULL;
  g_autofree char *command = NULL;
  g_autofree char *merge_driver = NULL;
  g_autofree char *textconv = NULL;
  g_autofree char *attributes_path = NULL;
  g_autofree char *attributes = NULL;
  g_autoptr(GError) error = NULL;
  const char *dir;
  int status;

  if (!entente_cli_parse_options ("git-setup", NULL, &argc, &argv, &status))
    return status;
  if (argc > 2)
    {
      g_printerr ("%s\n", _("entente-cli git-setup: give at most one folder."));
      return ENTENTE_CLI_USAGE;
    }
  dir = argc == 2 ? argv[1] : ".";

  top = run_git (dir, "rev-parse", "--show-toplevel", NULL);
  if (top == NULL)
    return ENTENTE_CLI_FAILED;

  command = command_for_git ();
  merge_driver = g_strdup_printf ("%s merge --name %%P %%O %%A %%B", command);
  textconv = g_strdup_printf ("%s diff --textconv", command);
  {
    g_autofree char *a = run_git (top, "config", "merge.entente.name", "Entente SLA merge", NULL);
    g_autofree char *b = a ? run_git (top, "config", "merge.entente.driver", merge_driver, NULL) : NULL;
    g_autofree char *c = b ? run_git (top, "config", "diff.entente.textconv", textconv, NULL) : NULL;

    if (c == NULL)
      return ENTENTE_CLI_FAILED;
  }

  attributes_path = g_build_filename (top, ".gitattributes", NULL);
  if (!g_file_get_contents (attributes_path, &attributes, NULL, NULL))
    attributes = g_strdup ("");
  if (!has_line (attributes, ATTRIBUTES_LINE))
    {
      g_autoptr(GFile) file = g_file_new_for_path (attributes_path);
      g_autofree char *updated = g_strconcat (attributes,
                                              attributes[0] != '\0' && !g_str_has_suffix (attributes, "\n") ? "\n" : "",
                                              ATTRIBUTES_LINE "\n", NULL);

      if (!entente_file_replace_contents (file, updated, strlen (updated), NULL, NULL, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return ENTENTE_CLI_FAILED;
        }
    }

  /* TRANSLATORS: %s is the repository's folder */
  g_print (_("%s: git merges and compares .entente files with Entente; commit .gitattributes so that every clone knows, and run this once in each clone."), top);
  g_print ("\n");
  return ENTENTE_CLI_OK;
}
