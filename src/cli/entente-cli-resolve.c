/* entente-cli-resolve.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-value.h"
#include "entente-file-update.h"
#include "entente-core.h"

/* entente-cli resolve FILE CONFLICT-ID --ours|--theirs|--base: takes one
 * version of a conflict that `entente-cli conflicts FILE` lists, removes
 * the conflict and rewrites FILE in place, as the window's Take buttons
 * do.  The file is rewritten as `approve` does (entente_file_update()):
 * locked, and the change made again on what the file holds if someone
 * wrote it meanwhile, so that no one's change is lost.
 *
 * Exit 0 when resolved; 2, leaving FILE as it is, when the command line
 * is wrong, FILE has no such conflict or that version cannot be taken
 * there (a sentence names the file and the conflict, and says why); 1
 * when FILE cannot be read, is not a valid SLA, or cannot be written. */

static gboolean ours;
static gboolean theirs;
static gboolean base;

static const GOptionEntry entries[] = {
  { "ours", 0, 0, G_OPTION_ARG_NONE, &ours, N_("Take our version, the one the merge kept for values"), NULL },
  { "theirs", 0, 0, G_OPTION_ARG_NONE, &theirs, N_("Take their version"), NULL },
  { "base", 0, 0, G_OPTION_ARG_NONE, &base, N_("Take the version from before, which both sides started from"), NULL },
  { NULL }
};

typedef struct
{
  const char            *id;
  EntenteConflictChoice  choice;
  gboolean               found;
  gboolean               refused;  /* the conflict stays, and the file */
  char                  *where;    /* the conflict's place, in words */
  char                  *taken;    /* the version taken, in words */
  char                  *whose;    /* and whose it was */
} Resolve;

static void
resolve_clear (Resolve *self)
{
  g_clear_pointer (&self->where, g_free);
  g_clear_pointer (&self->taken, g_free);
  g_clear_pointer (&self->whose, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Resolve, resolve_clear)

static EntenteConflict *
find_conflict (EntenteDocument *document,
               const char      *id)
{
  GListModel *conflicts = entente_document_get_conflicts (document);

  for (guint i = 0, n = g_list_model_get_n_items (conflicts); i < n; i++)
    {
      g_autoptr(EntenteConflict) conflict = g_list_model_get_item (conflicts, i);

      if (g_strcmp0 (entente_conflict_get_id (conflict), id) == 0)
        return conflict;  /* the document keeps it */
    }

  return NULL;
}

/* Run on the file as read, and again if it changed before the write. */
static gboolean
take_version (EntenteDocument  *document,
              gpointer          data,
              GError          **error)
{
  Resolve *self = data;
  EntenteConflict *conflict = find_conflict (document, self->id);

  resolve_clear (self);
  self->found = conflict != NULL;
  self->refused = TRUE;
  if (conflict == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "");
      return FALSE;
    }

  /* Said before the change, while the place still has what it names. */
  self->where = entente_conflict_describe_path (document, conflict);
  self->taken = entente_conflict_describe_version (document, conflict, self->choice);
  self->whose = g_strdup (entente_conflict_get_side_label (conflict, self->choice));
  if (!entente_document_resolve_conflict (document, conflict, self->choice, error))
    return FALSE;

  self->refused = FALSE;
  return TRUE;
}

static const char *
option_name (EntenteConflictChoice choice)
{
  return choice == ENTENTE_CONFLICT_TAKE_OURS ? "--ours"
       : choice == ENTENTE_CONFLICT_TAKE_THEIRS ? "--theirs" : "--base";
}

int
entente_cli_resolve (int    argc,
                     char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;
  g_auto(Resolve) resolve = { 0 };
  guint n_left;
  int status;

  if (!entente_cli_parse_options ("resolve", entries, &argc, &argv, &status))
    return status;

  if (argc != 3)
    {
      g_printerr ("%s\n", _("entente-cli resolve: give FILE and the id of a conflict, as “entente-cli conflicts FILE” lists them."));
      return ENTENTE_CLI_USAGE;
    }
  if (ours + theirs + base != 1)
    {
      g_printerr ("%s\n", _("entente-cli resolve: say which version to take with one of --ours, --theirs or --base."));
      return ENTENTE_CLI_USAGE;
    }

  name = entente_cli_display_name (argv[1]);
  id = entente_text_escape (argv[2]);
  file = g_file_new_for_commandline_arg (argv[1]);
  resolve.id = argv[2];
  resolve.choice = ours ? ENTENTE_CONFLICT_TAKE_OURS : theirs ? ENTENTE_CONFLICT_TAKE_THEIRS : ENTENTE_CONFLICT_TAKE_BASE;

  document = entente_file_update (file, name, take_version, &resolve, &error);
  if (document == NULL && resolve.refused && !resolve.found)
    {
      g_printerr (_("%1$s has no conflict “%2$s”, so nothing was changed; “entente-cli conflicts %1$s” lists those it has."),
                  name, id);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }
  if (document == NULL && resolve.refused)
    {
      g_autofree char *reason = entente_text_escape (error->message);

      /* TRANSLATORS: %1$s is the file, %2$s the conflict's id, %3$s an
       * option such as --base; the reason follows */
      g_printerr (_("%1$s: conflict “%2$s” cannot be resolved with %3$s, so nothing was changed. %4$s"),
                  name, id, option_name (resolve.choice), reason);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_FAILED;
    }

  {
    g_autofree char *where = entente_text_escape (resolve.where);
    g_autofree char *taken = entente_text_escape (resolve.taken);
    g_autofree char *whose = entente_text_escape (resolve.whose);

    /* TRANSLATORS: %1$s is the file, %2$s the conflict's id, %3$s where
     * it was, %4$s the version taken and %5$s whose it was, as in
     * "acme.entente: conflict-1 resolved; Goals › Committed targets ›
     * Marketing Qualified Lead › Count per period is now 450 (Dana)." */
    g_print (_("%1$s: %2$s resolved; %3$s is now %4$s (%5$s)."), name, id, where, taken, whose);
    g_print ("\n");
  }

  n_left = entente_document_get_n_conflicts (document);
  if (n_left > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%1$s: %2$u conflict left.", "%1$s: %2$u conflicts left.", n_left),
               name, n_left);
      g_print ("\n");
    }

  return ENTENTE_CLI_OK;
}
