/* entente-bench-generate.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "entente-bench-sla.h"

/* entente-bench-generate [OPTION…] [FILE]: writes the benchmark's large
 * synthetic SLA to FILE, or to standard output.  The defaults give about
 * 10 MB; the same options always give the same bytes. */

int
main (int    argc,
      char **argv)
{
  EntenteBenchSlaOptions options;
  int personas, stages, criteria;
  gint64 seed;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  setlocale (LC_ALL, "");
  entente_bench_sla_options_init (&options);
  personas = (int) options.n_personas;
  stages = (int) options.n_stages;
  criteria = (int) options.n_criteria;
  seed = (gint64) options.seed;

  {
    const GOptionEntry entries[] = {
      { "personas", 'p', 0, G_OPTION_ARG_INT, &personas, "Number of personas (default 3900, about 10 MB in all)", "N" },
      { "stages", 's', 0, G_OPTION_ARG_INT, &stages, "Number of stages, at least 2 (default 36)", "N" },
      { "criteria", 'c', 0, G_OPTION_ARG_INT, &criteria, "Scoring criteria per stage (default 120)", "N" },
      { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the pseudo-random choices", "N" },
      { NULL }
    };

    context = g_option_context_new ("[FILE]");
    g_option_context_set_summary (context,
                                  "Write a large, valid synthetic SLA for benchmarking to FILE, or to standard output.");
    g_option_context_add_main_entries (context, entries, NULL);
    if (!g_option_context_parse (context, &argc, &argv, &error))
      {
        g_printerr ("entente-bench-generate: %s\n", error->message);
        return 2;
      }
  }

  if (argc > 2 || personas < 0 || stages < 2 || criteria < 0)
    {
      g_printerr ("entente-bench-generate: give at most one FILE, zero or more personas and criteria, and at least 2 stages.\n");
      return 2;
    }

  options.n_personas = (guint) personas;
  options.n_stages = (guint) stages;
  options.n_criteria = (guint) criteria;
  options.seed = (guint64) seed;
  bytes = entente_bench_sla_generate (&options);
  data = g_bytes_get_data (bytes, &length);

  if (argc < 2 || g_str_equal (argv[1], "-"))
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr ("entente-bench-generate: cannot write to standard output\n");
          return 1;
        }
      return 0;
    }

  if (!g_file_set_contents (argv[1], data, (gssize) length, &error))
    {
      g_printerr ("entente-bench-generate: %s\n", error->message);
      return 1;
    }

  return 0;
}
