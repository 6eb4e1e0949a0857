/* entente-cli-verify.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-value.h"
#include "entente-core.h"

/* entente-cli verify FILE: every sign-off of FILE, one a line: its state,
 * the party, the signer and the fingerprint of the key that signed, so
 * that the fingerprint can be compared with the signer's own.  Exits 0
 * only when every sign-off is valid, 1 otherwise, 2 when FILE cannot be
 * read.
 *
 * --confirm PARTY, once the fingerprint of PARTY's sign-off was compared
 * with its signer (by phone, in person), records the key as theirs in
 * this user's known keys: from then on it reads valid. */

static char *confirm;

static const GOptionEntry entries[] = {
  { "confirm", 0, 0, G_OPTION_ARG_STRING, &confirm, N_("Record the key of PARTY’s sign-off as its signer’s, after comparing its fingerprint with them"), N_("PARTY") },
  { NULL }
};

int
entente_cli_verify (int    argc,
                    char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *digest = NULL;
  GListModel *approvals;
  gboolean all_valid = TRUE;
  const char *to_confirm = NULL;
  int widths[3] = { 0, 0, 0 };
  int status;

  if (!entente_cli_parse_options ("verify", entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      g_printerr ("%s\n", _("entente-cli verify: give exactly one FILE."));
      return ENTENTE_CLI_USAGE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_USAGE;

  if (confirm != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (entente_document_find_party (document, confirm) == NULL)
        {
          g_printerr (_("entente-cli verify: there is no party “%s” in %s."), confirm, argv[1]);
          g_printerr ("\n");
          return ENTENTE_CLI_USAGE;
        }
      if (!entente_document_confirm_sign_off_key (document, confirm, &error))
        {
          g_printerr ("%s\n", error->message);
          return g_error_matches (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID)
                 ? ENTENTE_CLI_USAGE : ENTENTE_CLI_FAILED;
        }
    }

  approvals = entente_document_get_approvals (document);
  digest = entente_document_compute_digest (document);
  for (guint i = 0, n = g_list_model_get_n_items (approvals); i < n; i++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);
      EntenteSignOffState state = entente_document_check_approval (document, approval, digest);
      g_autofree char *fingerprint = entente_public_key_fingerprint (entente_approval_get_key (approval));
      char **row = g_new0 (char *, 5);

      all_valid = all_valid && state == ENTENTE_SIGN_OFF_SIGNED;
      if (entente_sign_off_state_asks_confirmation (state))
        to_confirm = entente_approval_get_party (approval);
      row[0] = g_strdup (entente_sign_off_state_word (state));
      row[1] = g_strdup (entente_document_party_team (document, entente_approval_get_party (approval)));
      row[2] = entente_text_escape (entente_approval_get_signer (approval));
      /* Translators: in place of the fingerprint of a sign-off made
       * without a key */
      row[3] = fingerprint ? g_steal_pointer (&fingerprint) : g_strdup (_("no key"));
      for (guint j = 0; j < 3; j++)
        widths[j] = MAX (widths[j], entente_cli_width (row[j]));
      g_ptr_array_add (rows, row);
    }

  /* Parties still to sign, so that the list says where the agreement
   * stands; they make no sign-off invalid. */
  {
    GListModel *parties = entente_document_get_parties (document);

    for (guint i = 0, n = g_list_model_get_n_items (parties); i < n; i++)
      {
        g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
        char **row;

        if (entente_document_get_sign_off_state (document, entente_party_get_id (party), NULL) != ENTENTE_SIGN_OFF_NOT_SIGNED)
          continue;
        row = g_new0 (char *, 5);
        row[0] = g_strdup (entente_sign_off_state_word (ENTENTE_SIGN_OFF_NOT_SIGNED));
        row[1] = g_strdup (entente_party_get_team (party));
        row[2] = entente_text_escape (entente_party_get_leader (party) ? entente_party_get_leader (party) : "");
        row[3] = g_strdup ("");
        for (guint j = 0; j < 3; j++)
          widths[j] = MAX (widths[j], entente_cli_width (row[j]));
        g_ptr_array_add (rows, row);
      }
  }

  if (rows->len == 0)
    {
      g_autofree char *name = entente_cli_display_name (argv[1]);

      g_print (_("%s: no sign-offs."), name);
      g_print ("\n");
      return ENTENTE_CLI_OK;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];
      g_autofree char *state = entente_cli_pad (row[0], widths[0], FALSE);
      g_autofree char *team = entente_cli_pad (row[1], widths[1], FALSE);
      g_autofree char *signer = entente_cli_pad (row[2], widths[2], FALSE);

      if (*row[3] != '\0')
        g_print ("%s  %s  %s  %s\n", state, team, signer, row[3]);
      else
        g_print ("%s  %s  %s\n", state, team, g_strchomp (signer));
    }

  /* What to do about a key not confirmed yet, on stderr, away from the
   * lines scripts read. */
  if (to_confirm != NULL)
    {
      g_printerr (_("To confirm a signer’s key, compare its fingerprint with them (by phone, in a chat or in person), then run: entente-cli verify %s --confirm %s"),
                  argv[1], to_confirm);
      g_printerr ("\n");
    }

  return all_valid ? ENTENTE_CLI_OK : ENTENTE_CLI_FAILED;
}
