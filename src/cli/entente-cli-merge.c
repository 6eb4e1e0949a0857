/* entente-cli-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-conflict.h"
#include "entente-document.h"
#include "entente-merge.h"

/* entente-cli merge BASE OURS THEIRS [-o OUT]: a three-way merge, written
 * over OURS unless -o says otherwise.  That is the contract of a git merge
 * driver, `entente-cli merge --name %P %O %A %B`: git hands over the
 * file's name, the common ancestor,
 * the current version (which receives the result) and the other branch's,
 * and takes exit status 0 for a clean merge and anything else for a
 * conflicted one.  So: 0 when clean, 1 when the result holds conflicts
 * (recorded in it, and listed on stdout one a line), 2 when the command
 * line is wrong or an input cannot be read, in which case nothing is
 * written. */

#define MAX_SHOWN 60

static char *output;
static char *name_option;

/* git hands the driver temporary files; --name %P gives messages the
 * file's own name. */
static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the result to OUT instead of OURS"), N_("OUT") },
  { "name", 0, 0, G_OPTION_ARG_FILENAME, &name_option, N_("Name the result NAME in messages (git’s %P)"), N_("NAME") },
  { NULL }
};

/* One version of a conflict on one line: lists and items span several in
 * the document, where the whole text is kept. */
static char *
summarize (const char *text)
{
  g_autoptr(GString) s = NULL;
  gboolean space = FALSE;
  glong length;

  if (text == NULL)
    return g_strdup (_("(none)"));

  s = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = s->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (s, ' ');
      space = FALSE;
      g_string_append_unichar (s, c);
    }

  length = g_utf8_strlen (s->str, -1);
  if (length > MAX_SHOWN)
    {
      g_string_truncate (s, (gsize) (g_utf8_offset_to_pointer (s->str, MAX_SHOWN - 1) - s->str));
      g_string_append (s, "…");
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

int
entente_cli_merge (int    argc,
                   char **argv)
{
  g_autoptr(EntenteDocument) base = NULL;
  g_autoptr(EntenteDocument) ours = NULL;
  g_autoptr(EntenteDocument) theirs = NULL;
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *conflicts;
  guint n_conflicts = 0;
  guint n_total;
  int status;

  if (!entente_cli_parse_options ("merge", entries, &argc, &argv, &status))
    return status;

  if (argc != 4)
    {
      g_printerr ("%s\n", _("entente-cli merge: give BASE, OURS and THEIRS."));
      return ENTENTE_CLI_USAGE;
    }

  /* All three are read before anything is written. */
  base = entente_cli_load (argv[1]);
  ours = entente_cli_load (argv[2]);
  theirs = entente_cli_load (argv[3]);
  if (base == NULL || ours == NULL || theirs == NULL)
    return ENTENTE_CLI_USAGE;

  merged = entente_merge (base, ours, theirs, &n_conflicts, &error);
  if (merged == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_USAGE;
    }

  out = g_file_new_for_commandline_arg (output ? output : argv[2]);
  if (!entente_document_save (merged, out, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_USAGE;
    }

  /* This merge's conflicts are the last ones of the document. */
  conflicts = entente_document_get_conflicts (merged);
  n_total = g_list_model_get_n_items (conflicts);
  for (guint i = n_total - n_conflicts; i < n_total; i++)
    {
      g_autoptr(EntenteConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *b = summarize (entente_conflict_get_base (conflict));
      g_autofree char *o = summarize (entente_conflict_get_ours (conflict));
      g_autofree char *t = summarize (entente_conflict_get_theirs (conflict));

      g_print ("%s: %s / %s / %s\n", entente_conflict_get_path (conflict), b, o, t);
    }

  if (n_conflicts > 0)
    {
      g_autofree char *name = entente_cli_display_name (name_option ? name_option : output ? output : argv[2]);

      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%s: %u conflict recorded; ours was kept there (base / ours / theirs above).",
                               "%s: %u conflicts recorded; ours was kept there (base / ours / theirs above).",
                               n_conflicts),
                  name, n_conflicts);
      g_printerr ("\n");
      return ENTENTE_CLI_FAILED;
    }

  return ENTENTE_CLI_OK;
}
