/* entente-cli-diff.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "entente-cli-verbs.h"
#include "entente-value.h"
#include "entente-core.h"

/* entente-cli diff A B: what changed from A to B, one sentence a line.
 * Like diff(1), exit 0 when they hold the same agreement, 1 when they
 * differ and 2 on trouble (a wrong command line, a file that cannot be
 * read or is not a valid SLA), so that scripts can tell a difference from
 * a failure.
 *
 * entente-cli diff --textconv FILE: FILE as plain text, one line per
 * value, for git's textconv ("git config diff.entente.textconv
 * 'entente-cli diff --textconv'"), so that `git diff` and `git log -p`
 * read like a change list. */

/* diff(1)'s "trouble", which is also the status of a usage error. */
enum { DIFF_TROUBLE = 2 };

static gboolean textconv;

static const GOptionEntry entries[] = {
  { "textconv", 0, 0, G_OPTION_ARG_NONE, &textconv, N_("Print one FILE as plain text, one line per value, for git diff"), NULL },
  { NULL }
};

static int
print_text (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  g_autofree char *name = entente_cli_display_name (path);
  g_autofree char *text = NULL;

  bytes = entente_file_read (file, ENTENTE_DOCUMENT_MAX_SIZE, NULL, NULL, &error);
  if (bytes == NULL)
    {
      g_printerr (_("%s: cannot be read: %s"), name, error->message);
      g_printerr ("\n");
      return DIFF_TROUBLE;
    }

  document = entente_document_new_from_bytes (bytes, name, &error);
  if (document == NULL)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      /* git gives up on the whole diff when a textconv fails; a revision
       * that does not load (say, one with conflict markers) is still
       * worth seeing, as it is. */
      g_printerr ("%s\n", error->message);
      fwrite (data, 1, size, stdout);
      return ENTENTE_CLI_OK;
    }

  text = entente_diff_render_text (document);
  g_print ("%s", text);

  return ENTENTE_CLI_OK;
}

int
entente_cli_diff (int    argc,
                  char **argv)
{
  g_autoptr(EntenteDocument) a = NULL;
  g_autoptr(EntenteDocument) b = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GString) out = NULL;
  int status;

  if (!entente_cli_parse_options ("diff", entries, &argc, &argv, &status))
    return status;

  if (textconv)
    {
      if (argc != 2)
        {
          g_printerr ("%s\n", _("entente-cli diff: --textconv takes exactly one FILE."));
          return ENTENTE_CLI_USAGE;
        }
      return print_text (argv[1]);
    }

  if (argc != 3)
    {
      g_printerr ("%s\n", _("entente-cli diff: give exactly two FILEs."));
      return ENTENTE_CLI_USAGE;
    }

  /* Both are read before either is judged, so that both problems show. */
  a = entente_cli_load (argv[1]);
  b = entente_cli_load (argv[2]);
  if (a == NULL || b == NULL)
    return DIFF_TROUBLE;

  changes = entente_diff_documents (a, b);
  out = g_string_new (NULL);
  for (guint i = 0; i < changes->len; i++)
    {
      EntenteChange *change = g_ptr_array_index (changes, i);
      /* One line each, whatever the values changed hold. */
      g_autofree char *message = entente_text_escape (change->message);

      g_string_append_printf (out, "%s\n", message);
    }
  g_print ("%s", out->str);

  return changes->len > 0 ? ENTENTE_CLI_FAILED : ENTENTE_CLI_OK;
}
