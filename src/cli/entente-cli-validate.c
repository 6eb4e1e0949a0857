/* entente-cli-validate.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-core.h"

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

  /* The file follows the format; a sign-off in it that does not verify
   * is not the format's business, but never goes unsaid. */
  {
    GListModel *approvals = entente_document_get_approvals (document);
    g_autofree char *digest = entente_document_compute_digest (document);

    for (guint i = 0, n = g_list_model_get_n_items (approvals); i < n; i++)
      {
        g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);

        if (entente_document_check_approval (document, approval, digest) != ENTENTE_SIGN_OFF_INVALID)
          continue;
        /* Translators: FILE: note: …TEAM…; then the command to run */
        g_printerr (_("%s: note: the sign-off for %s does not verify; entente-cli verify says more"), name,
                    entente_document_party_team (document, entente_approval_get_party (approval)));
        g_printerr ("\n");
      }
  }

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
