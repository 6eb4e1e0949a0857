/* entente-cli-digest.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-core.h"

/* entente-cli digest FILE: prints the digest a sign-off of FILE would
 * carry, so that a script or a reviewer can check which content was
 * signed without opening the window. */

int
entente_cli_digest (int    argc,
                    char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autofree char *digest = NULL;
  int status;

  if (!entente_cli_parse_options ("digest", NULL, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      g_printerr ("%s\n", _("entente-cli digest: give exactly one FILE."));
      return ENTENTE_CLI_USAGE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_FAILED;

  digest = entente_document_compute_digest (document);
  g_print ("%s\n", digest);

  return ENTENTE_CLI_OK;
}
