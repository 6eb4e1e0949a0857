/* entente-bench.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "entente-bench-sla.h"
#include "entente-bench-process.h"
#include "entente-bench-stats.h"
#include "entente-core.h"

/* entente-bench [OPTION…] [FILE]: how fast a large SLA loads and saves,
 * next to xmllint reading the same file.
 *
 * The goals: loading and validating takes at most 2.5 times as long as
 * xmllint takes to parse, and saving writes at least 100 MB/s.  This is a
 * report, so it exits 0 whether the goals hold or not, and non-zero only
 * when it cannot measure (the file does not load, xmllint fails…). */

#define GOAL_LOAD_RATIO 2.5
#define GOAL_SAVE_MB_PER_S 100.0

/* MB means 10^6 bytes throughout, as disk and network rates do. */
#define MB 1e6

static double
mb_per_s (gsize  bytes,
          double ms)
{
  return ms > 0 ? (double) bytes / MB / (ms / 1000.0) : 0;
}

/* The wall time of `xmllint ARGS… FILE`: a new process each time, like a
 * user running it, so the figure includes exec, libxml2's start-up and
 * reading the file. */
static gboolean
time_xmllint (const char * const  *args,
              const char          *path,
              guint                runs,
              EntenteBenchStats   *out,
              GError             **error)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) "xmllint");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) path);
  g_ptr_array_add (argv, NULL);

  /* One run first to warm the page cache and the dynamic linker's. */
  for (guint i = 0; i <= runs; i++)
    {
      g_autofree char *errors = NULL;
      int status = 0;
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                         G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                         NULL, NULL, NULL, &errors, &status, error))
        return FALSE;
      ms = entente_bench_ms_since (start);

      if (!g_spawn_check_wait_status (status, error))
        {
          g_prefix_error (error, "xmllint failed on %s: %s", path, errors ? errors : "");
          return FALSE;
        }
      if (i > 0)
        g_array_append_val (times, ms);
    }

  *out = entente_bench_stats_of (times);
  return TRUE;
}

/* The default file is regenerated when it is missing or differs from what
 * this build's generator makes, so a stale file never skews the figures. */
static GBytes *
generate_file (const char  *path,
               guint        personas,
               GError     **error)
{
  EntenteBenchSlaOptions options;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *old = NULL;
  gsize old_length = 0;

  entente_bench_sla_options_init (&options);
  if (personas > 0)
    options.n_personas = personas;
  bytes = entente_bench_sla_generate (&options);

  if (!g_file_get_contents (path, &old, &old_length, NULL) ||
      old_length != g_bytes_get_size (bytes) ||
      memcmp (old, g_bytes_get_data (bytes, NULL), old_length) != 0)
    {
      g_print ("Generating %s…\n", path);
      if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                (gssize) g_bytes_get_size (bytes), error))
        return NULL;
    }

  return g_steal_pointer (&bytes);
}

static void
print_row (const char        *what,
           EntenteBenchStats  stats,
           const char        *extra)
{
  g_print ("  %-50s %9.1f ms %9.1f ms%s%s\n", what, stats.median, stats.min,
           extra ? "   " : "", extra ? extra : "");
}

static int
run (const char *path,
     GBytes     *bytes,
     guint       runs)
{
  static const char * const noout[] = { "--noout", NULL };
  static const char * const relaxng[] = { "--noout", "--relaxng", BENCH_SCHEMA_FILE, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) serialize_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) out_file = NULL;
  g_autoptr(GBytes) serialized = NULL;
  g_auto(EntenteBenchTemporaryDir) tmpdir = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *tiny_path = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *load_extra = NULL;
  g_autofree char *save_extra = NULL;
  g_autofree char *serialize_extra = NULL;
  gsize saved_length = 0;
  gsize size = g_bytes_get_size (bytes);
  EntenteBenchStats load, serialize, save, lint, lint_tiny, lint_rng;
  double first_load_ms, ratio, save_rate, serialize_rate;
  gint64 start;
  gboolean load_ok, save_ok;

  tmpdir = g_dir_make_tmp ("entente-bench-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("entente-bench: %s\n", error->message);
      return 1;
    }
  out_path = g_build_filename (tmpdir, "saved.entente", NULL);
  out_file = g_file_new_for_path (out_path);

  /* xmllint first, while this process is small: a fork copies the page
   * tables of the parent, which would add the size of our model to
   * xmllint's time.  The tiny file gives the cost of starting xmllint at
   * all, to read its figure against. */
  tiny_path = g_build_filename (tmpdir, "tiny.entente", NULL);
  if (!g_file_set_contents (tiny_path,
                            "<sla xmlns=\"urn:entente:sla:1\" format=\"1\"><meta><title>t</title></meta></sla>\n",
                            -1, &error) ||
      !time_xmllint (noout, path, runs, &lint, &error) ||
      !time_xmllint (noout, tiny_path, runs, &lint_tiny, &error) ||
      !time_xmllint (relaxng, path, runs, &lint_rng, &error))
    {
      g_printerr ("entente-bench: %s\n", error->message);
      return 1;
    }

  /* The first load in a process also compiles the RelaxNG schema. */
  start = g_get_monotonic_time ();
  document = entente_document_new_from_bytes (bytes, path, &error);
  first_load_ms = entente_bench_ms_since (start);
  if (document == NULL)
    {
      g_printerr ("entente-bench: %s does not load:\n%s\n", path, error->message);
      return 1;
    }

  for (guint i = 0; i < runs; i++)
    {
      double ms;

      g_clear_object (&document);
      start = g_get_monotonic_time ();
      document = entente_document_new_from_bytes (bytes, path, &error);
      ms = entente_bench_ms_since (start);
      if (document == NULL)
        {
          g_printerr ("entente-bench: %s does not load:\n%s\n", path, error->message);
          return 1;
        }
      g_array_append_val (load_times, ms);
    }

  for (guint i = 0; i < runs; i++)
    {
      double ms;

      g_clear_pointer (&serialized, g_bytes_unref);
      start = g_get_monotonic_time ();
      serialized = entente_document_serialize (document);
      ms = entente_bench_ms_since (start);
      g_array_append_val (serialize_times, ms);
    }

  /* Every run after the first replaces an existing file, as saving an open
   * document does. */
  for (guint i = 0; i < runs; i++)
    {
      double ms;

      start = g_get_monotonic_time ();
      save_ok = entente_document_save (document, out_file, NULL, &error);
      ms = entente_bench_ms_since (start);
      if (!save_ok)
        {
          g_printerr ("entente-bench: cannot save to %s: %s\n", out_path, error->message);
          return 1;
        }
      g_array_append_val (save_times, ms);
    }

  if (!g_file_get_contents (out_path, &saved, &saved_length, &error) ||
      saved_length != g_bytes_get_size (serialized))
    {
      g_printerr ("entente-bench: the saved file does not hold what was serialized%s%s\n",
                  error ? ": " : "", error ? error->message : "");
      return 1;
    }

  load = entente_bench_stats_of (load_times);
  serialize = entente_bench_stats_of (serialize_times);
  save = entente_bench_stats_of (save_times);
  ratio = load.median / lint.median;
  save_rate = mb_per_s (saved_length, save.median);
  serialize_rate = mb_per_s (g_bytes_get_size (serialized), serialize.median);
  load_ok = ratio <= GOAL_LOAD_RATIO;

  load_extra = g_strdup_printf ("%.1f MB/s of input", mb_per_s (size, load.median));
  serialize_extra = g_strdup_printf ("%.1f MB/s (%.1f at the min)",
                                     serialize_rate, mb_per_s (g_bytes_get_size (serialized), serialize.min));
  save_extra = g_strdup_printf ("%.1f MB/s (%.1f at the min)",
                                save_rate, mb_per_s (saved_length, save.min));

  g_print ("\nEntente benchmark: %s\n", path);
  g_print ("  file size:    %.2f MB (%" G_GSIZE_FORMAT " bytes); saved output %.2f MB%s\n",
           (double) size / MB, size, (double) saved_length / MB,
           saved_length == size && memcmp (saved, g_bytes_get_data (bytes, NULL), size) == 0
             ? ", byte-identical to the input" : "");
  g_print ("  contents:     %u personas, %u stages, %u criteria, %u handoffs, %u protocols\n",
           g_list_model_get_n_items (entente_document_get_personas (document)),
           g_list_model_get_n_items (entente_document_get_stages (document)),
           entente_bench_count_criteria (document),
           g_list_model_get_n_items (entente_document_get_handoffs (document)),
           g_list_model_get_n_items (entente_document_get_protocols (document)));
  g_print ("  runs:         %u of each (MB = 10^6 bytes)\n\n", runs);

  g_print ("  %-50s %12s %12s\n", "", "median", "min");
  print_row ("load + validate (bytes already in memory)", load, load_extra);
  g_print ("  %-50s %9.1f ms %12s   (includes compiling the schema)\n", "  first load in the process", first_load_ms, "");
  print_row ("xmllint --noout FILE (*)", lint, NULL);
  print_row ("  xmllint --noout on a tiny file (*)", lint_tiny, "process start alone");
  print_row ("  xmllint --noout --relaxng entente.rng FILE (*)", lint_rng, "for context");
  print_row ("save (serialize + write + fsync + rename)", save, save_extra);
  print_row ("serialize only", serialize, serialize_extra);
  g_print ("\n  (*) xmllint runs as a new process each time: its wall time includes process\n"
           "      start-up and reading the file (from the page cache), which ours does not.\n\n");

  g_print ("  %-46s %6.2f ×\n", "ratio load / xmllint --noout (medians):", ratio);
  g_print ("  %-46s %6.2f ×\n\n", "the same, less xmllint's process start:",
           lint.median > lint_tiny.median ? load.median / (lint.median - lint_tiny.median) : 0);
  g_print ("Goals (on medians):\n");
  g_print ("  load + validate ≤ %.1f × xmllint --noout:       %6.2f ×      %s\n",
           GOAL_LOAD_RATIO, ratio, load_ok ? "MET" : "NOT MET");
  g_print ("  save ≥ %.0f MB/s:                               %6.1f MB/s   %s\n",
           GOAL_SAVE_MB_PER_S, save_rate, save_rate >= GOAL_SAVE_MB_PER_S ? "MET" : "NOT MET");

  return 0;
}

int
main (int    argc,
      char **argv)
{
  int runs = 5;
  int personas = 0;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs of each step (default 5)", "N" },
    { "personas", 'p', 0, G_OPTION_ARG_INT, &personas, "Personas in the generated file (default 3900, about 10 MB)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *path = BENCH_DEFAULT_FILE;

  setlocale (LC_ALL, "");

  context = g_option_context_new ("[FILE]");
  g_option_context_set_summary (context,
                                "Time loading and saving a large SLA, next to xmllint. Without FILE, uses\n"
                                BENCH_DEFAULT_FILE ",\n"
                                "generating it when missing or out of date.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("entente-bench: %s\n", error->message);
      return 2;
    }
  if (argc > 2 || runs < 1 || personas < 0 || (argc == 2 && personas > 0))
    {
      g_printerr ("entente-bench: give at most one FILE, --runs of 1 or more, and --personas only without FILE.\n");
      return 2;
    }

  if (argc == 2)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

      path = argv[1];
      bytes = g_file_load_bytes (file, NULL, NULL, &error);
    }
  else
    bytes = generate_file (path, (guint) personas, &error);

  if (bytes == NULL)
    {
      g_printerr ("entente-bench: %s\n", error->message);
      return 1;
    }

  return run (path, bytes, (guint) runs);
}
