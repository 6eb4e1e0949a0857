/* entente-cli.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-address-space.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "entente-cli-verbs.h"
#include "entente-value.h"
#include "entente-document.h"
#include "entente-file-read.h"
#include "entente-i18n.h"

/* entente-cli VERB [OPTION…] ARGUMENT…: the headless side of Entente, for
 * scripts, CI and git hooks.  Each verb lives in its own file; this one
 * only dispatches and holds what all of them share. */

typedef struct
{
  const char *name;
  const char *parameters;
  const char *summary;
  int (*run) (int argc, char **argv);
} Verb;

static const Verb verbs[] = {
  { "validate", N_("FILE…"), N_("Check that SLA files are valid"), entente_cli_validate },
  { "normalize", N_("FILE"), N_("Rewrite an SLA file in canonical form"), entente_cli_normalize },
  { "plan", N_("FILE"), N_("Show what each stage needs to reach the revenue goal"), entente_cli_plan },
  { "check", N_("FILE"), N_("Check an SLA for errors, warnings and suggestions"), entente_cli_check },
  { "funnel", N_("FILE -o OUT"), N_("Draw the reverse funnel as PNG, SVG or PDF"), entente_cli_funnel },
  { "export", N_("FILE -o OUT"), N_("Write the agreement as PDF, HTML or Markdown"), entente_cli_export },
  { "diff", N_("A B"), N_("List the changes between two SLA files, or print one as text for git"), entente_cli_diff },
  { "digest", N_("FILE"), N_("Print the digest that a sign-off of an SLA carries"), entente_cli_digest },
  { "approve", N_("FILE --party ID --signer NAME"), N_("Sign off an SLA for a party"), entente_cli_approve },
  { "verify", N_("FILE"), N_("Check every sign-off of an SLA: who signed, with which key, and whether it still holds"), entente_cli_verify },
  { "conflicts", N_("FILE"), N_("List the merge conflicts an SLA holds, in words"), entente_cli_conflicts },
  { "resolve", N_("FILE CONFLICT-ID --ours|--theirs|--base"), N_("Resolve a merge conflict by taking one of its versions"), entente_cli_resolve },
  { "merge", N_("[BASE] OURS THEIRS [-o OUT]"), N_("Merge two copies of an SLA, or two versions with their common ancestor (a git merge driver)"), entente_cli_merge },
  { "git-setup", N_("[DIR]"), N_("Make the git repository of DIR merge and compare SLA files with Entente"), entente_cli_git_setup },
  { "report", N_("FILE --actuals CSV"), N_("Review a month of a CRM export against the agreement"), entente_cli_report },
};

static void
print_version (void)
{
  g_print ("entente-cli %s\n", PACKAGE_VERSION);
}

/**
 * entente_cli_parse_options:
 * @verb: the verb's name
 * @entries: (nullable): its own options
 * @status: (out): the exit status when this returns %FALSE
 *
 * Parses a verb's command line, answering --help and --version itself.
 *
 * Returns: %TRUE when the verb should go on
 */
gboolean
entente_cli_parse_options (const char          *verb,
                           const GOptionEntry  *entries,
                           int                 *argc,
                           char              ***argv,
                           int                 *status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameters = NULL;
  gboolean version = FALSE;
  const GOptionEntry common[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    { NULL }
  };
  const Verb *v = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (verbs[i].name, verb))
      v = &verbs[i];
  g_assert (v != NULL);

  parameters = g_strdup_printf ("%s %s", v->name, _(v->parameters));
  context = g_option_context_new (parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(v->summary));
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("entente-cli %s: %s\n", verb, error->message);
      g_printerr (_("Try “entente-cli %s --help” for more information."), verb);
      g_printerr ("\n");
      *status = ENTENTE_CLI_USAGE;
      return FALSE;
    }

  if (version)
    {
      print_version ();
      *status = ENTENTE_CLI_OK;
      return FALSE;
    }

  return TRUE;
}

/**
 * entente_cli_load:
 *
 * Reads and checks the SLA at @path, as the user typed it.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL after
 *   printing why on stderr
 */
EntenteDocument *
entente_cli_load (const char *path)
{
  return entente_cli_load_with_bytes (path, NULL);
}

/* As entente_cli_load(), also giving the bytes read. */
EntenteDocument *
entente_cli_load_with_bytes (const char  *path,
                             GBytes     **bytes_out)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = entente_cli_display_name (path);
  EntenteDocument *document;

  bytes = entente_file_read (file, ENTENTE_DOCUMENT_MAX_SIZE, NULL, NULL, &error);
  if (bytes == NULL)
    {
      g_printerr (_("%s: cannot be read: %s"), name, error->message);
      g_printerr ("\n");
      return NULL;
    }

  document = entente_document_new_from_bytes (bytes, name, &error);
  if (document == NULL)
    g_printerr ("%s\n", error->message);
  else if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);

  return document;
}

/* The columns a text takes in a terminal: "—" is three bytes but one
 * column, a Khmer vowel sign none, a CJK letter two. */
int
entente_cli_width (const char *text)
{
  int width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      width += g_unichar_iszerowidth (c) ? 0 : g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

/* printf pads bytes, not columns. */
char *
entente_cli_pad (const char *text,
                 int         width,
                 gboolean    right)
{
  int length = entente_cli_width (text);
  g_autofree char *spaces = g_strnfill (length < width ? (gsize) (width - length) : 0, ' ');

  return right ? g_strconcat (spaces, text, NULL) : g_strconcat (text, spaces, NULL);
}

/**
 * entente_cli_print_columns:
 * @indent: what each line starts with
 * @n_columns: cells per row
 * @right: bit n set when column n holds numbers, aligned right
 * @cells: (element-type utf8): the cells, row by row, the header first
 *
 * Prints a table for people, each column as wide as its widest cell, two
 * spaces between columns and none at the end of a line; every cell as
 * entente_text_escape() shows it.
 */
void
entente_cli_print_columns (const char *indent,
                           guint       n_columns,
                           guint       right,
                           GPtrArray  *cells)
{
  g_autofree int *widths = g_new0 (int, n_columns);
  g_autoptr(GPtrArray) escaped = NULL;

  g_return_if_fail (n_columns > 0 && cells->len % n_columns == 0);

  /* What a cell holds may come from a file: it moves no cursor. */
  escaped = g_ptr_array_new_full (cells->len, g_free);
  for (guint i = 0; i < cells->len; i++)
    {
      char *cell = entente_text_escape (g_ptr_array_index (cells, i));

      g_ptr_array_add (escaped, cell);
      widths[i % n_columns] = MAX (widths[i % n_columns], entente_cli_width (cell));
    }

  for (guint i = 0; i < cells->len; i += n_columns)
    {
      g_autoptr(GString) line = g_string_new (indent);

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *cell = entente_cli_pad (g_ptr_array_index (escaped, i + c), widths[c], (right & (1u << c)) != 0);

          if (c > 0)
            g_string_append (line, "  ");
          g_string_append (line, cell);
        }
      g_strchomp (line->str);
      g_print ("%s\n", line->str);
    }
}

/* Error messages name files as the user typed them. */
char *
entente_cli_display_name (const char *path)
{
  return g_filename_display_name (path);
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  entente-cli %s\n\n%s\n",
           _("Usage:"), _("VERB [OPTION…] ARGUMENT…"), _("Verbs:"));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    fprintf (stream, "  %-12s %s\n", verbs[i].name, _(verbs[i].summary));
  fprintf (stream, "\n%s\n", _("Run “entente-cli VERB --help” for the options of a verb."));
}

/* Exports, funnels and the review as a PDF set text with Pango. */
static gboolean
sets_text (int    argc,
           char **argv)
{
  if (g_str_equal (argv[1], "export") || g_str_equal (argv[1], "funnel"))
    return TRUE;
  for (int i = 2; g_str_equal (argv[1], "report") && i < argc; i++)
    if (g_str_equal (argv[i], "-o") || g_str_has_prefix (argv[i], "--output"))
      return TRUE;
  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  entente_address_space_fit_limit ();
  entente_i18n_init ();
  g_set_prgname ("entente-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return ENTENTE_CLI_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return ENTENTE_CLI_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      print_version ();
      return ENTENTE_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (argv[1], verbs[i].name))
      {
        g_autoptr(GError) error = NULL;

        /* Verbs that set text say so rather than abort in Pango. */
        if (sets_text (argc, argv) && !entente_address_space_check (ENTENTE_ADDRESS_SPACE_FOR_TEXT, &error))
          {
            g_printerr ("entente-cli: %s\n", error->message);
            return ENTENTE_CLI_FAILED;
          }
        return verbs[i].run (argc - 1, argv + 1);
      }

  g_printerr (_("entente-cli: “%s” is not a verb."), argv[1]);
  g_printerr ("\n");
  print_usage (stderr);
  return ENTENTE_CLI_USAGE;
}

