/* entente-cli-validate.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-document.h"

/* entente-cli validate FILE…: every problem on stderr as
 * FILE:LINE:COLUMN: message; exit 0 when all are valid, 1 when any is not. */

static gboolean quiet;

static const GOptionEntry entries[] = {
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print nothing for valid files"), NULL },
  { NULL }
};

static gboolean
validate_one (const char *path)
{
  g_autoptr(EntenteDocument) document = entente_cli_load (path);
  g_autofree char *name = entente_cli_display_name (path);

  if (document == NULL)
    return FALSE;

  if (!quiet)
    {
      g_print (_("%s: valid"), name);
      g_print ("\n");
    }
  return TRUE;
}

int
entente_cli_validate (int    argc,
                      char **argv)
{
  gboolean all_valid = TRUE;
  int status;

  if (!entente_cli_parse_options ("validate", entries, &argc, &argv, &status))
    return status;

  if (argc < 2)
    {
      g_printerr ("%s\n", _("entente-cli validate: give at least one FILE to check."));
      return ENTENTE_CLI_USAGE;
    }

  for (int i = 1; i < argc; i++)
    all_valid &= validate_one (argv[i]);

  return all_valid ? ENTENTE_CLI_OK : ENTENTE_CLI_FAILED;
}
