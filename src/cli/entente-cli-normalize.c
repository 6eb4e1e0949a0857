/* entente-cli-normalize.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-file-update.h"
#include "entente-document.h"

/* entente-cli normalize FILE [-o OUT]: rewrites FILE (or writes OUT) in
 * canonical form; an invalid FILE is left as it is. */

static char *output;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT instead of rewriting FILE"), N_("OUT") },
  { NULL }
};

static gboolean
keep_as_read (EntenteDocument  *document,
              gpointer          data,
              GError          **error)
{
  return TRUE;
}

int
entente_cli_normalize (int    argc,
                       char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!entente_cli_parse_options ("normalize", entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      g_printerr ("%s\n", _("entente-cli normalize: give exactly one FILE."));
      return ENTENTE_CLI_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  out = output ? g_file_new_for_commandline_arg (output) : g_object_ref (file);

  /* In place, what is rewritten is what the file holds when it is
   * written, so that a change saved meanwhile is not undone. */
  if (g_file_equal (out, file))
    {
      g_autofree char *name = entente_cli_display_name (argv[1]);

      document = entente_file_update (file, name, keep_as_read, NULL, &error);
      if (document == NULL)
        {
          g_printerr ("%s\n", error->message);
          return ENTENTE_CLI_FAILED;
        }
      return ENTENTE_CLI_OK;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_FAILED;

  if (!entente_document_save (document, out, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_FAILED;
    }

  return ENTENTE_CLI_OK;
}
