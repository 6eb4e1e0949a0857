/* entente-cli-export.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "entente-cli-verbs.h"
#include "entente-document.h"
#include "entente-example.h"
#include "entente-export-html.h"
#include "entente-export-markdown.h"
#include "entente-file-replace.h"
#include "entente-language.h"
#include "entente-render.h"
#include "entente-review-calendar.h"

/* entente-cli export FILE -o OUT.pdf|OUT.html|OUT.md|OUT.ics [--paper a4|letter]
 * [--comments] [--language TAG]: the agreement as a document to sign and file, in the
 * format the extension names; with --comments, a PDF ends with an
 * appendix of the comments still open (the HTML and Markdown exports
 * have none, so asking for it there is a usage error).  The whole file
 * is made in memory and then written in one atomic replace, so that a
 * failure leaves OUT as it was.  It reads in the document's language;
 * --language chooses another, never the machine's locale.  OUT.ics is
 * the review meetings the agreement promises, as a recurring calendar
 * event from the next period on. */

typedef enum
{
  FORMAT_PDF,
  FORMAT_HTML,
  FORMAT_MARKDOWN,
  FORMAT_CALENDAR,
} Format;

static char *output;
static char *paper_name;
static gboolean with_comments;
static char *language;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the agreement to OUT (.pdf, .html or .md), or its review meetings as a calendar (.ics)"), N_("OUT") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("Paper size of the PDF: a4 or letter (default: the locale’s)"), N_("PAPER") },
  { "comments", 0, 0, G_OPTION_ARG_NONE, &with_comments, N_("End the PDF with an appendix of the open comments (PDF only)"), NULL },
  { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Write the agreement in the language TAG (en, km, de-CH…) instead of the document’s"), N_("TAG") },
  { NULL }
};

static gboolean
format_from_filename (const char *filename,
                      Format     *format)
{
  static const struct {
    const char *extension;
    Format      format;
  } formats[] = {
    { ".pdf", FORMAT_PDF },
    { ".html", FORMAT_HTML },
    { ".htm", FORMAT_HTML },
    { ".md", FORMAT_MARKDOWN },
    { ".markdown", FORMAT_MARKDOWN },
    { ".ics", FORMAT_CALENDAR },
  };
  const char *dot = strrchr (filename, '.');

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot, formats[i].extension) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }

  return FALSE;
}

int
entente_cli_export (int    argc,
                    char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out_name = NULL;
  g_autoptr(EntenteLocale) locale = NULL;
  g_autoptr(EntenteLocaleScope) scope = NULL;
  EntentePaper paper = entente_paper_get_default ();
  Format format;
  int status;

  if (!entente_cli_parse_options ("export", entries, &argc, &argv, &status))
    return status;

  if (argc != 2 || output == NULL)
    {
      g_printerr ("%s\n", _("entente-cli export: give exactly one FILE and an output file with -o OUT."));
      return ENTENTE_CLI_USAGE;
    }

  out_name = entente_cli_display_name (output);
  if (!format_from_filename (output, &format))
    {
      g_printerr (_("entente-cli export: %s: the output must end in .pdf, .html, .md or .ics."), out_name);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }

  if (with_comments && format != FORMAT_PDF)
    {
      g_printerr (_("entente-cli export: %s: --comments is for PDF only."), out_name);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }

  if (paper_name != NULL && !entente_paper_from_name (paper_name, &paper))
    {
      g_printerr (_("entente-cli export: “%s” is not a paper size; use a4 or letter."), paper_name);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }

  if (language != NULL && !entente_language_tag_is_valid (language))
    {
      g_autofree char *shown = entente_cli_display_name (language);

      g_printerr (_("entente-cli export: “%s” is not a language tag; use one such as en, km or de-CH."), shown);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_FAILED;

  if (language != NULL)
    {
      locale = entente_locale_new (language);
      scope = entente_locale_scope_enter (locale);
      if (!entente_locale_is_translated (locale))
        {
          g_autofree char *shown = entente_cli_display_name (language);

          /* Translators: %s is a language tag such as "fr" */
          g_printerr (_("entente-cli export: Entente is not translated into “%s”; the agreement’s words are in English."), shown);
          g_printerr ("\n");
        }
    }

  /* Said, not refused: a draft with the template's example is still
   * worth sending round. */
  {
    g_autofree char *example = entente_example_describe (document);
    g_autofree char *name = entente_cli_display_name (argv[1]);

    if (example != NULL)
      g_printerr ("%s: %s\n", name, example);
  }

  switch (format)
    {
    case FORMAT_PDF:
      bytes = entente_agreement_pdf_export_full (document, paper,
                                                 with_comments ? ENTENTE_AGREEMENT_OPEN_COMMENTS
                                                               : ENTENTE_AGREEMENT_DEFAULT,
                                                 &error);
      break;
    case FORMAT_HTML:
      bytes = entente_export_html (document, &error);
      break;
    case FORMAT_MARKDOWN:
      bytes = entente_export_markdown (document, &error);
      break;
    case FORMAT_CALENDAR:
      {
        g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

        bytes = entente_review_calendar_export (document, now, &error);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  if (bytes == NULL)
    {
      g_printerr ("%s: %s\n", out_name, error->message);
      return ENTENTE_CLI_FAILED;
    }

  out = g_file_new_for_commandline_arg (output);
  if (!entente_file_replace_contents (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_FAILED;
    }

  return ENTENTE_CLI_OK;
}
