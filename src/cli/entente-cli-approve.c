/* entente-cli-approve.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-file-update.h"
#include "entente-core.h"

/* entente-cli approve FILE --party ID --signer NAME [--role ROLE]: signs
 * the current content of FILE for a party, now, and rewrites FILE in
 * place, all or nothing.  An invalid FILE is left as it is. */

static char *party;
static char *signer;
static char *role;

static const GOptionEntry entries[] = {
  { "party", 0, 0, G_OPTION_ARG_STRING, &party, N_("The id of the party that signs"), N_("ID") },
  { "signer", 0, 0, G_OPTION_ARG_STRING, &signer, N_("The name of the person who signs"), N_("NAME") },
  { "role", 0, 0, G_OPTION_ARG_STRING, &role, N_("The signer’s role"), N_("ROLE") },
  { NULL }
};

typedef struct
{
  gboolean           reached;  /* the file was read as an SLA */
  EntenteApproval   *approval; /* the sign-off added, owned by its document */
  EntenteSigningKey *key;      /* the user's own, once fetched */
  gboolean           key_failed;
  const char        *signer;
} Approve;

static gboolean
add_approval (EntenteDocument  *document,
              gpointer          data,
              GError          **error)
{
  Approve *approve = data;

  approve->reached = TRUE;
  if (!entente_document_can_approve (document, party, error))
    return FALSE;

  /* The user's key, made at the first sign-off: only once the file was
   * read and the sign-off can be made, so that a mistyped file or party
   * makes no key. */
  if (approve->key == NULL)
    {
      g_autofree char *notice = NULL;

      approve->key = entente_key_store_load (TRUE, error);
      if (approve->key == NULL)
        {
          approve->key_failed = TRUE;
          return FALSE;
        }
      notice = entente_key_store_take_notice ();
      if (notice != NULL)
        g_printerr ("%s\n", notice);
    }

  approve->approval = entente_document_approve (document, party, approve->signer, role, approve->key, error);
  return approve->approval != NULL;
}

int
entente_cli_approve (int    argc,
                     char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(EntenteSigningKey) key = NULL;
  g_autofree char *own_name = NULL;
  Approve approve = { FALSE, NULL, NULL, FALSE, NULL };
  EntenteApproval *approval;
  int status;

  if (!entente_cli_parse_options ("approve", entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      g_printerr ("%s\n", _("entente-cli approve: give exactly one FILE."));
      return ENTENTE_CLI_USAGE;
    }
  /* One signs as oneself: the name set in Preferences, unless told. */
  own_name = signer == NULL ? entente_key_store_get_own_name () : NULL;
  if (party == NULL || (signer == NULL && own_name == NULL))
    {
      g_printerr ("%s\n", _("entente-cli approve: give the party with --party and the signer with --signer."));
      return ENTENTE_CLI_USAGE;
    }
  approve.signer = signer != NULL ? signer : own_name;

  name = entente_cli_display_name (argv[1]);
  file = g_file_new_for_commandline_arg (argv[1]);

  /* Signed on the file as it is when written: a sign-off another run
   * added meanwhile is kept. */
  document = entente_file_update (file, name, add_approval, &approve, &error);
  key = approve.key;
  if (document == NULL)
    {
      /* A refused sign-off names the file; the other errors already do. */
      if (approve.key_failed)
        g_printerr ("%s\n", error->message);
      else if (approve.reached && approve.approval == NULL)
        g_printerr ("%s: %s\n", name, error->message);
      else
        g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_FAILED;
    }
  approval = approve.approval;

  /* Allowed, as in the window, but said. */
  {
    g_autofree char *warning = entente_sign_off_leader_warning (NULL, entente_document_find_party (document, party),
                                                                entente_approval_get_signer (approval));

    g_autofree char *example = entente_example_describe (document);

    if (warning != NULL)
      g_printerr ("%s\n", warning);
    if (example != NULL)
      g_printerr ("%s: %s\n", name, example);
  }

  /* TRANSLATORS: FILE: signed for PARTY by SIGNER (DIGEST) */
  g_print (_("%s: signed for %s by %s (%s)"), name, entente_approval_get_party (approval),
           entente_approval_get_signer (approval), entente_approval_get_digest (approval));
  g_print ("\n");

  return ENTENTE_CLI_OK;
}
