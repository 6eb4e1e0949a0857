/* entente-bench-export.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

#include "entente-bench-process.h"
#include "entente-bench-stats.h"

/* entente-bench-export [OPTION…] [FILE]: what `entente-cli export FILE -o
 * OUT.pdf` costs as a whole process, next to LibreOffice making a PDF of
 * the same agreement.
 *
 * Entente: the built entente-cli, a new process each run, after runs to
 * warm up the page cache and the dynamic linker's.  LibreOffice: Entente's
 * own HTML export of FILE, made once, converted with `soffice --headless
 * --convert-to pdf`; every run uses one profile of its own
 * (-env:UserInstallation), made by a first run that is not timed, so that
 * the runs are those of a LibreOffice that has been started before but is
 * not running, and the user's profile is neither read nor touched.
 *
 * What is measured, for both, is the whole process: the wall time from
 * just before posix_spawn () to the return of the wait4 () that reaps it,
 * and the ru_maxrss that wait4 () returns.  Linux fills that with the
 * rusage of the child and of the descendants it has itself waited for
 * (RUSAGE_BOTH), and ru_maxrss is the largest peak resident set of any one
 * of those processes.  soffice is a shell script that execs oosplash, which
 * starts soffice.bin and waits for it: the figure is soffice.bin's peak,
 * the process that does the work (the peak of the largest process, not
 * the sum of the tree; oosplash itself is a few MB).  A new process starts
 * from the address space of the one that spawned it, so a process spawned
 * from this one can report this one's peak: /bin/true, spawned the same
 * way, is printed as the floor of both figures.
 *
 * The goals: the export takes at most 60 ms, at least 20 times less than
 * LibreOffice's conversion (on medians), and at most a quarter of its peak
 * memory (the largest peaks of the timed runs).  This is a report, so it
 * exits 0 whether the goals hold or not, and whether LibreOffice is there
 * or not; non-zero only when it cannot measure entente-cli. */

#define GOAL_EXPORT_MS 60.0
#define GOAL_SPEED_RATIO 20.0
#define GOAL_MEMORY_RATIO 4.0

#define WARM_UP_RUNS 2

/* Generous: a LibreOffice run takes about a second, its first several. */
#define ENTENTE_TIMEOUT_S 60
#define OFFICE_TIMEOUT_S 300

/* MB means 10^6 bytes throughout, as in entente-bench. */
#define MB 1e6

#define INSTALL_HINT "apt-get install libreoffice-writer-nogui"

/* The output */

/* A run counts only if it wrote a PDF: each output is removed before the
 * run that should make it again. */
static gboolean
check_pdf (const char  *path,
           const char  *program,
           gsize       *size,
           GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL) ||
      length < 5 || memcmp (contents, "%PDF-", 5) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s exited with 0 but wrote no PDF to %s", program, path);
      return FALSE;
    }

  if (size != NULL)
    *size = length;
  return TRUE;
}

/* From pdfinfo (poppler-utils), when it is there: 0 otherwise. */
static guint
count_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return 0;

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Pages:"))
      return (guint) g_ascii_strtoull (g_strstrip (lines[i] + strlen ("Pages:")), NULL, 10);

  return 0;
}

/* Repeated runs */

typedef struct
{
  EntenteBenchStats time;       /* ms */
  EntenteBenchStats peak;       /* MB */
  double            first_ms;   /* the first warm-up run */
  double            first_peak_mb;
  guint             runs;
  gsize             pdf_size;
  guint             pages;
} Figures;

/* @warm_up runs, then @runs timed ones; @output, if any, is removed
 * before each run and must be a PDF after it. */
static gboolean
measure (char       **argv,
         const char  *output,
         const char  *log,
         guint        warm_up,
         guint        runs,
         guint        timeout_s,
         Figures     *figures,
         GError     **error)
{
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);
  g_autoptr(GArray) peaks = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);

  for (guint i = 0; i < warm_up + runs; i++)
    {
      EntenteBenchRun run = { 0, 0, 0 };

      if (output != NULL)
        g_unlink (output);
      if (!entente_bench_run_process (argv, log, timeout_s, 0, &run, error) ||
          (output != NULL && !check_pdf (output, argv[0], &figures->pdf_size, error)))
        return FALSE;

      if (i == 0)
        {
          figures->first_ms = run.ms;
          figures->first_peak_mb = run.peak_mb;
        }
      if (i >= warm_up)
        {
          g_array_append_val (times, run.ms);
          g_array_append_val (peaks, run.peak_mb);
        }
    }

  figures->runs = runs;
  figures->time = entente_bench_stats_of (times);
  figures->peak = entente_bench_stats_of (peaks);
  figures->pages = output != NULL ? count_pages (output) : 0;
  return TRUE;
}

/* LibreOffice */

/* soffice, or libreoffice, in PATH or where Debian and most distributions
 * put it; NULL when there is none. */
static char *
find_office (void)
{
  static const char * const names[] = { "soffice", "libreoffice" };
  static const char * const paths[] = {
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char *path = g_find_program_in_path (names[i]);

      if (path != NULL)
        return path;
    }

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    if (g_file_test (paths[i], G_FILE_TEST_IS_EXECUTABLE))
      return g_strdup (paths[i]);

  return NULL;
}

/* "LibreOffice 7.4.7.2 …", the first line of --version; NULL if it has none. */
static char *
office_version (const char *office,
                const char *profile_option)
{
  const char *argv[] = { office, profile_option, "--headless", "--version", NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL) ||
      out == NULL)
    return NULL;

  out[strcspn (out, "\n")] = '\0';
  return *g_strstrip (out) != '\0' ? g_strdup (out) : NULL;
}

/* The measurements */

typedef struct
{
  char    *tmpdir;
  char    *input;       /* absolute */
  char    *html;        /* Entente's HTML export of input, LibreOffice's input */
  char    *log;         /* the standard error of the last run */
  goffset  html_size;

  Figures  entente;     /* entente-cli export input -o OUT.pdf */
  Figures  html_export; /* entente-cli export input -o html, once */
  Figures  floor;       /* /bin/true */
  gboolean have_floor;

  char    *office;      /* NULL: none found, or --no-office */
  char    *office_version;
  Figures  libreoffice;
  gboolean have_office;
  GError  *office_error;
} Bench;

static void
bench_clear (Bench *bench)
{
  g_clear_pointer (&bench->tmpdir, entente_bench_temporary_dir_free);
  g_clear_pointer (&bench->input, g_free);
  g_clear_pointer (&bench->html, g_free);
  g_clear_pointer (&bench->log, g_free);
  g_clear_pointer (&bench->office, g_free);
  g_clear_pointer (&bench->office_version, g_free);
  g_clear_error (&bench->office_error);
}

/* The PDF export, timed; then the HTML export LibreOffice converts. */
static gboolean
measure_entente (Bench       *bench,
                 const char  *cli,
                 guint        runs,
                 GError     **error)
{
  g_autofree char *pdf = g_build_filename (bench->tmpdir, "entente.pdf", NULL);
  char *pdf_argv[] = { (char *) cli, (char *) "export", bench->input, (char *) "-o", pdf, NULL };
  char *html_argv[] = { (char *) cli, (char *) "export", bench->input, (char *) "-o", bench->html, NULL };
  GStatBuf html_stat;

  g_print ("Timing entente-cli export: %u runs after %u to warm up…\n", runs, WARM_UP_RUNS);
  if (!measure (pdf_argv, pdf, bench->log, WARM_UP_RUNS, runs, ENTENTE_TIMEOUT_S, &bench->entente, error))
    return FALSE;

  if (!measure (html_argv, NULL, bench->log, 0, 1, ENTENTE_TIMEOUT_S, &bench->html_export, error))
    return FALSE;
  if (g_stat (bench->html, &html_stat) != 0 || !S_ISREG (html_stat.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s exited with 0 but wrote no %s", cli, bench->html);
      return FALSE;
    }
  bench->html_size = html_stat.st_size;

  return TRUE;
}

/* What spawning, exec and wait4 () cost and report on their own. */
static void
measure_floor (Bench *bench,
               guint  runs)
{
  g_autofree char *true_path = g_find_program_in_path ("true");
  char *true_argv[] = { true_path, NULL };

  if (true_path != NULL)
    bench->have_floor = measure (true_argv, NULL, bench->log, WARM_UP_RUNS, runs, ENTENTE_TIMEOUT_S,
                                 &bench->floor, NULL);
}

/* soffice --convert-to pdf of the HTML export, into a directory of its
 * own, with a profile of its own that the first run makes. */
static void
measure_office (Bench *bench,
                guint  runs)
{
  g_autofree char *outdir = g_build_filename (bench->tmpdir, "libreoffice", NULL);
  g_autofree char *profile = g_build_filename (bench->tmpdir, "libreoffice-profile", NULL);
  g_autofree char *profile_uri = NULL;
  g_autofree char *profile_option = NULL;
  g_autofree char *html_base = g_path_get_basename (bench->html);
  g_autofree char *pdf_name = NULL;
  g_autofree char *pdf = NULL;

  g_mkdir (outdir, 0700);
  g_mkdir (profile, 0700);
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  profile_option = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  /* --convert-to names the PDF after the HTML. */
  html_base[strcspn (html_base, ".")] = '\0';
  pdf_name = g_strconcat (html_base, ".pdf", NULL);
  pdf = g_build_filename (outdir, pdf_name, NULL);

  {
    char *office_argv[] = {
      bench->office, profile_option, (char *) "--headless", (char *) "--norestore",
      (char *) "--convert-to", (char *) "pdf", (char *) "--outdir", outdir, bench->html, NULL
    };

    g_print ("Timing LibreOffice: %u runs after 1 that makes its profile…\n", runs);
    bench->have_office = measure (office_argv, pdf, bench->log, 1, runs, OFFICE_TIMEOUT_S,
                                  &bench->libreoffice, &bench->office_error);
  }

  if (bench->have_office)
    bench->office_version = office_version (bench->office, profile_option);
}

/* The report */

static void
print_row (const char    *what,
           const Figures *figures)
{
  g_print ("  %-40s %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f MB %7.1f MB\n", what,
           figures->time.median, figures->time.min, figures->time.mean, figures->time.max,
           figures->peak.median, figures->peak.max);
}

/* "9 pages, 58.4 kB" */
static char *
describe_pdf (const Figures *figures)
{
  if (figures->pages > 0)
    return g_strdup_printf ("%u pages, %.1f kB", figures->pages, (double) figures->pdf_size / 1000);

  return g_strdup_printf ("%.1f kB", (double) figures->pdf_size / 1000);
}

/* One line a goal, the columns aligned on characters, not bytes: the
 * labels have ≤, ≥ and ×. */
static void
print_goal (const char *label,
            const char *value,
            const char *verdict)
{
  glong label_pad = MAX (0, 50 - g_utf8_strlen (label, -1));
  glong value_pad = MAX (0, 16 - g_utf8_strlen (value, -1));

  g_print ("  %s:%*s %*s%s   %s\n", label, (int) label_pad, "", (int) value_pad, "", value, verdict);
}

static void
print_report (const Bench *bench,
              gboolean     no_office)
{
  g_autofree char *entente_pdf = describe_pdf (&bench->entente);
  const Figures *entente = &bench->entente;
  const Figures *office = &bench->libreoffice;
  struct rusage self_usage;

  memset (&self_usage, 0, sizeof self_usage);
  getrusage (RUSAGE_SELF, &self_usage);

  g_print ("\nExport to PDF: %s\n", bench->input);
  g_print ("  a new process each run: the wall time from posix_spawn () to wait4 (), and the\n"
           "  peak resident set (ru_maxrss) that wait4 () reports; MB = 10^6 bytes\n\n");
  g_print ("  %-40s %10s %10s %10s %10s %10s %10s\n", "", "median", "min", "mean", "max", "peak med", "peak max");
  print_row ("entente-cli export FILE -o OUT.pdf (*)", entente);
  if (bench->have_office)
    print_row ("soffice --convert-to pdf OUT.html (**)", office);
  if (bench->have_floor)
    print_row ("/bin/true, spawned the same way (***)", &bench->floor);

  g_print ("\n  (*)   %u runs after %u to warm up (the first: %.1f ms); the PDF: %s\n",
           entente->runs, WARM_UP_RUNS, entente->first_ms, entente_pdf);
  if (bench->have_office)
    {
      g_autofree char *office_pdf = describe_pdf (office);

      g_print ("  (**)  %s: %u runs after 1 that made its profile (%.1f ms,\n"
               "        peak %.1f MB); the PDF: %s.  Its input, Entente's own HTML export\n"
               "        of FILE (%.1f kB; %.1f ms, peak %.1f MB), is made once and not counted.\n"
               "        The peak is the largest in the process tree: soffice execs oosplash,\n"
               "        which runs soffice.bin and waits for it, and wait4 () reports the peak\n"
               "        of the child and of the descendants it has waited for (RUSAGE_BOTH).\n",
               bench->office_version ? bench->office_version : bench->office,
               office->runs, office->first_ms, office->first_peak_mb, office_pdf,
               (double) bench->html_size / 1000, bench->html_export.time.median, bench->html_export.peak.max);
    }
  if (bench->have_floor)
    g_print ("  (***) the floor of every figure: a process spawned from this one starts from\n"
             "        its address space, so its peak is at least this one's (%.1f MB).\n",
             (double) self_usage.ru_maxrss * 1024 / MB);

  if (!no_office && bench->office == NULL)
    g_print ("\nLibreOffice is not installed (no soffice or libreoffice): the comparison is skipped.\n"
             "  Install it with `" INSTALL_HINT "` as root, or run\n"
             "  `make bench`, which installs it when it can.\n");
  else if (bench->office_error != NULL)
    g_print ("\nLibreOffice (%s) did not convert the HTML: the comparison is skipped.\n  %s\n",
             bench->office, bench->office_error->message);

  g_print ("\nGoals (times on medians, memory on the largest peaks of the timed runs):\n");
  {
    g_autofree char *label = g_strdup_printf ("entente-cli export to PDF ≤ %.0f ms", GOAL_EXPORT_MS);
    g_autofree char *value = g_strdup_printf ("%.1f ms", entente->time.median);

    print_goal (label, value, entente_bench_met (entente->time.median <= GOAL_EXPORT_MS));
  }
  if (bench->have_office)
    {
      double speed = office->time.median / entente->time.median;
      double memory = office->peak.max / entente->peak.max;
      g_autofree char *speed_label = g_strdup_printf ("≥ %.0f × faster than LibreOffice (%.1f ms)",
                                                      GOAL_SPEED_RATIO, office->time.median);
      g_autofree char *speed_value = g_strdup_printf ("%.1f ×", speed);
      g_autofree char *memory_label = g_strdup_printf ("peak memory ≤ 1/%.0f of LibreOffice's (%.1f MB)",
                                                       GOAL_MEMORY_RATIO, office->peak.max);
      g_autofree char *memory_value = g_strdup_printf ("%.1f MB, 1/%.1f", entente->peak.max, memory);

      print_goal (speed_label, speed_value, entente_bench_met (speed >= GOAL_SPEED_RATIO));
      print_goal (memory_label, memory_value, entente_bench_met (memory >= GOAL_MEMORY_RATIO));
    }
  else
    {
      g_autofree char *label = g_strdup_printf ("≥ %.0f × faster than LibreOffice, ≤ 1/%.0f of its memory",
                                                GOAL_SPEED_RATIO, GOAL_MEMORY_RATIO);

      print_goal (label, "", "SKIPPED");
    }
}

int
main (int    argc,
      char **argv)
{
  int runs = 20;
  int office_runs = 5;
  gboolean no_office = FALSE;
  g_autofree char *office = NULL;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs of entente-cli export (default 20)", "N" },
    { "office-runs", 'm', 0, G_OPTION_ARG_INT, &office_runs, "Timed runs of LibreOffice (default 5)", "N" },
    { "office", 0, 0, G_OPTION_ARG_FILENAME, &office, "LibreOffice's soffice (default: soffice or libreoffice in PATH)", "PROGRAM" },
    { "no-office", 0, 0, G_OPTION_ARG_NONE, &no_office, "Skip the comparison with LibreOffice", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cli = NULL;
  const char *path = BENCH_EXAMPLE_FILE;
  Bench bench;

  setlocale (LC_ALL, "");
  memset (&bench, 0, sizeof bench);

  context = g_option_context_new ("[FILE]");
  g_option_context_set_summary (context,
                                "Time `entente-cli export FILE -o OUT.pdf` as a whole process, with its peak\n"
                                "memory, next to LibreOffice converting Entente's HTML export of FILE to PDF.\n"
                                "Without FILE, exports " BENCH_EXAMPLE_FILE ".");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("entente-bench-export: %s\n", error->message);
      return 2;
    }
  if (argc > 2 || runs < 1 || office_runs < 1)
    {
      g_printerr ("entente-bench-export: give at most one FILE, and --runs and --office-runs of 1 or more.\n");
      return 2;
    }
  if (argc == 2)
    path = argv[1];

  cli = entente_bench_find_cli (BENCH_CLI, argv[0]);
  if (cli == NULL)
    {
      g_printerr ("entente-bench-export: no entente-cli at %s; build it first (ninja -C _build).\n", BENCH_CLI);
      return 1;
    }

  bench.tmpdir = g_dir_make_tmp ("entente-bench-export-XXXXXX", &error);
  if (bench.tmpdir == NULL)
    {
      g_printerr ("entente-bench-export: %s\n", error->message);
      return 1;
    }
  bench.input = g_canonicalize_filename (path, NULL);
  bench.html = g_build_filename (bench.tmpdir, "agreement.html", NULL);
  bench.log = g_build_filename (bench.tmpdir, "stderr.log", NULL);
  entente_bench_install_alarm_handler ();

  if (!measure_entente (&bench, cli, (guint) runs, &error))
    {
      g_printerr ("entente-bench-export: %s\n", error->message);
      bench_clear (&bench);
      return 1;
    }
  measure_floor (&bench, (guint) runs);

  if (!no_office)
    bench.office = office != NULL ? g_find_program_in_path (office) : find_office ();
  if (!no_office && office != NULL && bench.office == NULL)
    g_set_error (&bench.office_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s is not a program", office);
  if (bench.office != NULL)
    measure_office (&bench, (guint) office_runs);

  print_report (&bench, no_office);
  bench_clear (&bench);
  return 0;
}
