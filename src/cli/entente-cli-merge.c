/* entente-cli-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-conflict-sides.h"
#include "entente-conflict.h"
#include "entente-copy-merge.h"
#include "entente-document.h"
#include "entente-format.h"
#include "entente-locale.h"
#include "entente-merge.h"
#include "entente-merge-sign-offs.h"
#include "entente-file-update.h"
#include "entente-version-store.h"

/* entente-cli merge OURS THEIRS [-o OUT]: two copies of one agreement,
 * such as an emailed copy come back edited, merged by the last version
 * both come from (see entente-copy-merge.c); without one, every
 * difference is recorded as a conflict, and the command says so.
 *
 * entente-cli merge BASE OURS THEIRS [-o OUT]: a three-way merge, the
 * contract of a git merge driver, `entente-cli merge --name %P %O %A %B`:
 * git hands over the file's name, the common ancestor, the current
 * version (which receives the result) and the other branch's, and takes
 * exit status 0 for a clean merge and anything else for a conflicted one.
 *
 * Both write over OURS unless -o says otherwise.  So: 0 when clean, 1
 * when the result holds conflicts (recorded in it, and listed on stdout
 * one a line), 2 when the command line is wrong or an input cannot be
 * read, in which case nothing is written.  Writing over an input that
 * changed while the merge ran merges that change in too. */

static char *output;
static char *name_option;
static gboolean unrelated_option;
static char *ours_name_option;
static char *theirs_name_option;

/* git hands the driver temporary files; --name %P gives messages the
 * file's own name. */
static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the result to OUT instead of OURS"), N_("OUT") },
  { "name", 0, 0, G_OPTION_ARG_FILENAME, &name_option, N_("Name the result NAME in messages (git’s %P)"), N_("NAME") },
  { "unrelated", 0, 0, G_OPTION_ARG_NONE, &unrelated_option, N_("Merge two copies even when they have nothing in common"), NULL },
  { "ours-name", 0, 0, G_OPTION_ARG_STRING, &ours_name_option, N_("Whose OURS is, as conflicts name it (two copies: its file’s name)"), N_("NAME") },
  { "theirs-name", 0, 0, G_OPTION_ARG_STRING, &theirs_name_option, N_("Whose THEIRS is, as conflicts name it (two copies: its file’s name)"), N_("NAME") },
  { NULL }
};

/* The input the result is written over, as read, to tell whether it
 * changed while the merge ran. */
typedef struct
{
  EntenteDocument *as_read;
  EntenteDocument *merged;
  const char      *name;
} Target;

static EntenteDocument *
merge_with_change (EntenteDocument  *current,
                   gpointer          user_data,
                   GError          **error)
{
  Target *target = user_data;
  g_autoptr(EntenteDocument) again = NULL;

  if (target->as_read == NULL || entente_item_equal (ENTENTE_ITEM (current), ENTENTE_ITEM (target->as_read)))
    return g_object_ref (target->merged);

  /* Someone saved over the input meanwhile: their change is merged in
   * rather than written over. */
  again = entente_merge (target->as_read, target->merged, current, NULL, error);
  if (again != NULL)
    {
      g_printerr (_("%s changed while it was being merged; that change was merged in too."), target->name);
      g_printerr ("\n");
    }

  return g_steal_pointer (&again);
}

/* Says how two copies were merged: from which common version, or that
 * there was none. */
static void
tell_copy_merge (const EntenteCopyMergeInfo *info,
                 const char                 *name,
                 const char                 *theirs_name)
{
  if (info->base_digest != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (info->base_time);
      g_autofree char *when = entente_format_datetime (entente_locale_get_interface (), local);

      /* Translators: the file, the copy merged into it, then when the
       * version both come from was written */
      g_printerr (_("%1$s: merged with %2$s from the version both come from, of %3$s."),
                  name, theirs_name, when);
      g_printerr ("\n");
      return;
    }

  if (info->missing != NULL)
    g_printerr ("%s: %s\n", name, info->missing);
  g_printerr (_("%s: no version both copies come from could be found, so every difference between them is recorded as a conflict to resolve."),
              name);
  g_printerr ("\n");
}

/* Whether BASE is the very file OURS or THEIRS: then the "merge" is just
 * the other file, which is what a person who took their own copy as the
 * base did not mean. */
static void
warn_same_base (GBytes     *base,
                GBytes     *ours,
                GBytes     *theirs,
                char      **argv)
{
  g_autofree char *base_name = entente_cli_display_name (argv[1]);

  if (g_bytes_equal (base, ours))
    {
      g_autofree char *other = entente_cli_display_name (argv[3]);

      g_printerr (_("Warning: %s is the same as OURS, so the result is just %s. To merge two copies, give only OURS and THEIRS."),
                  base_name, other);
      g_printerr ("\n");
    }
  else if (g_bytes_equal (base, theirs))
    {
      g_autofree char *other = entente_cli_display_name (argv[2]);

      g_printerr (_("Warning: %s is the same as THEIRS, so the result is just %s. To merge two copies, give only OURS and THEIRS."),
                  base_name, other);
      g_printerr ("\n");
    }
}

/* Says which sign-offs that held in OURS or THEIRS the merge left
 * outdated or invalid: the merge is clean, but those parties have to
 * sign again. */
static void
tell_lost_sign_offs (EntenteDocument *ours,
                     EntenteDocument *theirs,
                     EntenteDocument *merged,
                     const char      *name)
{
  g_autoptr(GPtrArray) lost = entente_merge_find_lost_sign_offs (ours, theirs, merged);

  for (guint i = 0; i < lost->len; i++)
    {
      g_autofree char *sentence = entente_lost_sign_off_describe (merged, g_ptr_array_index (lost, i));

      g_printerr ("%s: %s\n", name, sentence);
    }
}

/* Returns: (transfer full) (nullable): the document written */
static EntenteDocument *
write_result (EntenteDocument  *merged,
              const char       *out_path,
              const char      **inputs,
              EntenteDocument **read,
              guint             n_inputs,
              const char       *name,
              GError          **error)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_path);
  g_autoptr(EntenteDocument) written = NULL;
  Target target = { NULL, merged, name };

  for (guint i = 0; i < n_inputs; i++)
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (inputs[i]);

      if (g_file_equal (input, out))
        target.as_read = read[i];
    }

  if (target.as_read == NULL)
    return entente_document_save (merged, out, NULL, error) ? g_object_ref (merged) : NULL;

  written = entente_file_transform (out, name, merge_with_change, &target, error);

  return g_steal_pointer (&written);
}

int
entente_cli_merge (int    argc,
                   char **argv)
{
  g_autoptr(EntenteDocument) base = NULL;
  g_autoptr(EntenteDocument) ours = NULL;
  g_autoptr(EntenteDocument) theirs = NULL;
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteDocument) written = NULL;
  g_autoptr(GBytes) base_bytes = NULL;
  g_autoptr(GBytes) ours_bytes = NULL;
  g_autoptr(GBytes) theirs_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(EntenteCopyMergeInfo) info = { NULL };
  g_autofree char *name = NULL;
  g_autoptr(GString) listing = g_string_new (NULL);
  EntenteDocument *read[3];
  const char *paths[3];
  gboolean copies;
  const char *ours_path;
  GListModel *conflicts;
  guint n_conflicts = 0;
  guint n_total;
  int status;

  if (!entente_cli_parse_options ("merge", entries, &argc, &argv, &status))
    return status;

  if (argc != 3 && argc != 4)
    {
      g_printerr ("%s\n", _("entente-cli merge: give OURS and THEIRS, or BASE, OURS and THEIRS."));
      return ENTENTE_CLI_USAGE;
    }
  copies = argc == 3;
  ours_path = argv[copies ? 1 : 2];
  name = entente_cli_display_name (name_option ? name_option : output ? output : ours_path);

  /* All are read before anything is written. */
  if (!copies)
    base = entente_cli_load_with_bytes (argv[1], &base_bytes);
  ours = entente_cli_load_with_bytes (ours_path, &ours_bytes);
  theirs = entente_cli_load_with_bytes (argv[copies ? 2 : 3], &theirs_bytes);
  if ((!copies && base == NULL) || ours == NULL || theirs == NULL)
    return ENTENTE_CLI_USAGE;

  if (copies)
    {
      merged = entente_merge_copy (ours, theirs, &info, &error);
      if (merged != NULL && info.unrelated && !unrelated_option)
        {
          g_autofree char *theirs_name = entente_cli_display_name (argv[2]);

          g_printerr (_("%s and %s have nothing in common and look like two different agreements; nothing was written. To merge them all the same, add --unrelated."),
                      name, theirs_name);
          g_printerr ("\n");
          return ENTENTE_CLI_USAGE;
        }
      /* The copy that came in is a version later copies may come from. */
      entente_version_store_keep (theirs, theirs_bytes);
      entente_version_store_keep (ours, ours_bytes);
      n_conflicts = info.n_conflicts;
    }
  else
    {
      warn_same_base (base_bytes, ours_bytes, theirs_bytes, argv);
      merged = entente_merge (base, ours, theirs, &n_conflicts, &error);
    }
  if (merged == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_USAGE;
    }

  /* Conflicts say whose each version was: the names given, or for two
   * copies the files' own names. */
  n_total = g_list_model_get_n_items (entente_document_get_conflicts (merged));
  {
    g_autofree char *ours_name = ours_name_option ? g_strdup (ours_name_option)
                                 : copies ? entente_cli_display_name (ours_path) : NULL;
    g_autofree char *theirs_name = theirs_name_option ? g_strdup (theirs_name_option)
                                   : copies ? entente_cli_display_name (argv[2]) : NULL;

    if (n_conflicts > 0 && (ours_name != NULL || theirs_name != NULL))
      entente_document_name_conflicts (merged, n_total - n_conflicts, ours_name, theirs_name);
  }

  paths[0] = ours_path;
  paths[1] = argv[copies ? 2 : 3];
  paths[2] = argv[1];
  read[0] = ours;
  read[1] = theirs;
  read[2] = base;
  written = write_result (merged, output ? output : ours_path, paths, read, copies ? 2 : 3, name, &error);
  if (written == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_USAGE;
    }
  if (copies)
    {
      g_autofree char *theirs_name = entente_cli_display_name (argv[2]);

      tell_copy_merge (&info, name, theirs_name);
    }
  /* This merge's conflicts are the last ones of the document. */
  conflicts = entente_document_get_conflicts (merged);
  for (guint i = n_total - n_conflicts; i < n_total; i++)
    {
      g_autoptr(EntenteConflict) conflict = g_list_model_get_item (conflicts, i);

      entente_cli_append_conflict (listing, merged, conflict);
    }
  g_print ("%s", listing->str);
  tell_lost_sign_offs (ours, theirs, written, name);

  if (n_conflicts > 0)
    {
      /* Under git, OURS is a temporary file: the hint names the real one. */
      g_autofree char *written_name = entente_cli_display_name (name_option ? name_option : output ? output : ours_path);

      /* Translators: the first %s is the file, the third the file to
       * write in a command */
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%1$s: %2$u conflict recorded (above); resolve it with “entente-cli resolve %3$s ID --ours|--theirs|--base”.",
                               "%1$s: %2$u conflicts recorded (above); resolve each with “entente-cli resolve %3$s ID --ours|--theirs|--base”.",
                               n_conflicts),
                  name, n_conflicts, written_name);
      g_printerr ("\n");
      return ENTENTE_CLI_FAILED;
    }

  return ENTENTE_CLI_OK;
}
