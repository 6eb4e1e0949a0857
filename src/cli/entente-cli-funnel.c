/* entente-cli-funnel.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-cli-verbs.h"
#include "entente-document.h"
#include "entente-file-replace.h"
#include "entente-render.h"

/* entente-cli funnel FILE -o OUT.png|OUT.svg|OUT.pdf [--width N]
 * [--height N] [--dark]: draws the reverse funnel of FILE as the window
 * and the printout show it.  The picture is encoded in memory and then
 * written in one atomic replace, so that a failure leaves OUT as it was. */

#define DEFAULT_WIDTH  1200
#define DEFAULT_HEIGHT 800
#define MIN_SIZE       100
#define MAX_SIZE       8192

static char *output;
static int width = DEFAULT_WIDTH;
static int height = DEFAULT_HEIGHT;
static gboolean dark;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the picture to OUT (.png, .svg or .pdf)"), N_("OUT") },
  { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels, or points for PDF (default: 1200)"), N_("N") },
  { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels, or points for PDF (default: 800)"), N_("N") },
  { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Light text on a dark background"), NULL },
  { NULL }
};

int
entente_cli_funnel (int    argc,
                    char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GBytes) picture = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out_name = NULL;
  EntenteFunnelFormat format;
  EntenteRenderStyle style;
  int status;

  if (!entente_cli_parse_options ("funnel", entries, &argc, &argv, &status))
    return status;

  if (argc != 2 || output == NULL)
    {
      g_printerr ("%s\n", _("entente-cli funnel: give exactly one FILE and an output file with -o OUT."));
      return ENTENTE_CLI_USAGE;
    }

  out_name = entente_cli_display_name (output);
  if (!entente_funnel_format_from_filename (output, &format))
    {
      g_printerr (_("entente-cli funnel: %s: the output must end in .png, .svg or .pdf."), out_name);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }

  if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE)
    {
      g_printerr (_("entente-cli funnel: the width and the height must be between %d and %d."),
                  MIN_SIZE, MAX_SIZE);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_FAILED;

  /* Paper gets the print colours unless asked otherwise. */
  if (dark)
    style = ENTENTE_RENDER_DARK;
  else if (format == ENTENTE_FUNNEL_FORMAT_PDF)
    style = ENTENTE_RENDER_PRINT;
  else
    style = ENTENTE_RENDER_LIGHT;

  picture = entente_funnel_export_document (document, format, style, width, height, &error);
  if (picture == NULL)
    {
      g_printerr ("%s: %s\n", out_name, error->message);
      return ENTENTE_CLI_FAILED;
    }

  out = g_file_new_for_commandline_arg (output);
  if (!entente_file_replace_contents (out,
                                      g_bytes_get_data (picture, NULL),
                                      g_bytes_get_size (picture),
                                      NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_FAILED;
    }

  return ENTENTE_CLI_OK;
}
