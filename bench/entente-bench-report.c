/* entente-bench-report.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "entente-bench-process.h"
#include "entente-bench-stats.h"

/* entente-bench-report [OPTION…]: what the monthly review of a large CRM
 * export costs, next to `wc -l` on the same file.
 *
 * The export is generated (or reused with --csv FILE): a HubSpot-like
 * contact export of 1,000,000 rows by default, about 200 bytes a row, so
 * about 200 MB.  Its columns are HubSpot's own ("Record ID", "Contact
 * owner", "Create Date", "Became a … Date" for each lifecycle stage,
 * "Number of times contacted", "Lifecycle Stage", "Lead Status"), a "First
 * contact date" column, which no HubSpot export names the same way and is
 * therefore mapped with --map first-contact=…, and a few free-text columns.
 * Every date is in January 2027, written either in ISO 8601 (with Z or an
 * offset) or as "YYYY-MM-DD HH:MM" (in the document's time zone); company
 * names and notes are sometimes quoted because they hold commas, and a few
 * notes hold doubled quotes.  No field holds a newline, so `wc -l` counts
 * the rows and the header.  The generator is deterministic: the same seed
 * gives the same bytes.
 *
 * Timed, each as a whole process, after a run to warm up the page cache:
 * `entente-cli report data/examples/acme-saas.entente --actuals FILE
 * --period 2027-01 --map first-contact="First contact date" --json`, and
 * `wc -l FILE`; the wall time from just before posix_spawn () to the
 * return of the wait4 () that reaps the process, and the ru_maxrss that
 * wait4 () returns, its peak resident set.  A process spawned from this
 * one can report this one's peak (posix_spawn () shares the address space
 * until exec): /bin/true, spawned the same way, is printed as the floor.
 * The processes are run by entente_bench_run_process (), standard output
 * on /dev/null; one more run of each, not timed, gives the report's JSON
 * and wc's count, which are checked: as many rows as were generated, none
 * skipped.
 *
 * The goals: the report takes at most 0.5 s (median) and at most 64 MB of
 * peak memory (the largest peak of the timed runs).  This is a report, so
 * it exits 0 whether the goals hold or not; non-zero only when it cannot
 * measure, or the report does not read every row. */

#define GOAL_REPORT_MS 500.0
#define GOAL_PEAK_MB 64.0

#define WARM_UP_RUNS 1

#define TIMEOUT_S 120

/* MB means 10^6 bytes throughout, as in entente-bench. */
#define MB 1e6

#define DEFAULT_ROWS 1000000
#define DEFAULT_SEED 20270101

#define FIRST_CONTACT_COLUMN "First contact date"

/* The export */

/* splitmix64: deterministic on every platform, and fast enough that the
 * generator is bounded by writing. */
typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* In [0, n). */
static guint
rng_below (Rng  *rng,
           guint n)
{
  return (guint) (rng_next (rng) % n);
}

/* True with probability @percent / 100. */
static gboolean
rng_percent (Rng  *rng,
             guint percent)
{
  return rng_below (rng, 100) < percent;
}

static const char *const first_names[] = {
  "Sokha", "Dara", "Vanna", "Chenda", "Pich", "Sreymom", "Olivia", "Ian", "Maria", "James",
  "Aiko", "Lukas", "Fatima", "Chen", "Priya", "Noah", "Amara", "Mateo", "Elena", "Kwame",
};

static const char *const last_names[] = {
  "Chan", "Sok", "Keo", "Meas", "Lim", "Nguyen", "Smith", "García", "Müller", "Tanaka",
  "Okafor", "Rossi", "Kowalski", "Haddad", "Patel", "Johansson", "Silva", "O'Brien", "Dubois", "Kim",
};

static const char *const companies[] = {
  "Acme Logistics", "Mekong Garments", "Northwind", "Contoso", "Angkor Foods",
  "Chan, Sok & Partners", "Globex", "Initech", "Umbrella, Ltd.", "PP Textiles",
  "Stark Industries", "Hooli", "Vandelay", "Tonle Sap Fish",
};

static const char *const owners[] = {
  "Dara Keo", "Vanna Lim", "Sreymom Meas", "Olivia Hart", "Ian Brooks", "Maria Rossi",
  "James Okafor", "Chenda Sok", "Lukas Müller", "Priya Patel", "Noah Kim", "Elena Silva",
};

static const char *const lead_statuses[] = {
  "New", "Open", "In Progress", "Open Deal", "Unqualified", "Attempted to Contact", "Connected", "Bad Timing",
};

static const char *const job_titles[] = {
  "Ops Manager", "Head of IT", "CFO", "VP, Sales", "Buyer", "Plant Manager", "Director, Supply", "Founder",
};

static const char *const sources[] = {
  "Organic search", "Paid social", "Trade fair, Phnom Penh", "Webinar", "Referral", "Direct", "Newsletter",
};

/* Free text: empty for many contacts, a few words, or a sentence with
 * commas or quotes. */
static const char *const notes[] = {
  "", "", "", "",
  "Wants a demo",
  "Pricing guide; volume discounts?",
  "Met at the booth, payroll module",
  "Said \"call me next quarter\"",
  "3 vendors, decides this month",
  "No reply to two emails",
};

/* Quoted, with its quotes doubled, when it holds a comma or a quote. */
static void
append_field (GString    *row,
              const char *text)
{
  if (strpbrk (text, ",\"") != NULL)
    {
      g_string_append_c (row, '"');
      for (const char *c = text; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (row, '"');
          g_string_append_c (row, *c);
        }
      g_string_append_c (row, '"');
    }
  else
    g_string_append (row, text);
  g_string_append_c (row, ',');
}

/* Minutes from 2027-01-01 00:00 in America/New_York (the document's time
 * zone), written in one of three ways.  January has no daylight-saving
 * change there: the offset is always -05:00. */
static void
append_date (GString *row,
             Rng     *rng,
             guint    minutes)
{
  guint day = minutes / (24 * 60) + 1;
  guint hour = minutes / 60 % 24;
  guint minute = minutes % 60;

  switch (rng_below (rng, 3))
    {
    case 0:
      g_string_append_printf (row, "2027-01-%02u %02u:%02u,", day, hour, minute);
      break;
    case 1:
      g_string_append_printf (row, "2027-01-%02uT%02u:%02u:%02u-05:00,", day, hour, minute, rng_below (rng, 60));
      break;
    default:
      {
        /* The same instant in UTC; still in January for every instant
         * generated (at most the 28th, 23:59 local). */
        guint utc = minutes + 5 * 60;

        g_string_append_printf (row, "2027-01-%02uT%02u:%02u:00Z,", utc / (24 * 60) + 1, utc / 60 % 24, utc % 60);
      }
      break;
    }
}

static const char *const header =
  "Record ID,First Name,Last Name,Email,Company,Contact owner,Create Date,Became a Lead Date,"
  "Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became an Opportunity Date,"
  "Became a Customer Date,Number of times contacted,Lifecycle Stage,Lead Status," FIRST_CONTACT_COLUMN ","
  "Job Title,Original Source Drill-Down,Notes\n";

typedef struct
{
  guint64 bytes;
  guint   rows;
  guint   quoted_rows;  /* rows with at least one quoted field */
} Generated;

/* One row: a contact created in the first three weeks of January, who
 * goes some way down the funnel, each step a few hours to a few days
 * after the one before, and is first contacted (or not) after it became
 * an MQL. */
static void
generate_row (GString *row,
              Rng     *rng,
              guint    id)
{
  static const char *const stages[] = { "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer" };
  static const guint reach[] = { 100, 40, 40, 55, 40 };  /* % of the previous stage going on */
  const char *first = first_names[rng_below (rng, G_N_ELEMENTS (first_names))];
  const char *last = last_names[rng_below (rng, G_N_ELEMENTS (last_names))];
  guint minutes = rng_below (rng, 21 * 24 * 60);
  guint mql_minutes = 0;
  guint reached = 0;
  guint when[G_N_ELEMENTS (stages)];

  for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
    {
      if (s > 0)
        {
          if (!rng_percent (rng, reach[s]))
            break;
          minutes += 30 + rng_below (rng, 36 * 60);
        }
      when[s] = minutes;
      reached = s + 1;
    }
  if (reached > 1)
    mql_minutes = when[1];

  g_string_append_printf (row, "%u,%s,%s,", 100000 + id, first, last);
  g_string_append_printf (row, "%c.%u@co%u.com,", g_ascii_tolower (first[0]), id, rng_below (rng, 5000));
  append_field (row, companies[rng_below (rng, G_N_ELEMENTS (companies))]);
  append_field (row, owners[rng_below (rng, G_N_ELEMENTS (owners))]);

  /* Create Date, then one column a stage. */
  append_date (row, rng, when[0]);
  for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
    {
      if (s < reached)
        append_date (row, rng, when[s]);
      else
        g_string_append_c (row, ',');
    }

  g_string_append_printf (row, "%u,%s,", rng_below (rng, 9), stages[reached - 1]);
  append_field (row, lead_statuses[rng_below (rng, G_N_ELEMENTS (lead_statuses))]);

  /* First contact: for an MQL, mostly within an hour or so, some late,
   * some never; for the others, sometimes. */
  if (reached > 1)
    {
      guint roll = rng_below (rng, 100);

      if (roll < 70)
        append_date (row, rng, MIN (mql_minutes + 5 + rng_below (rng, 55), 28 * 24 * 60 - 1));
      else if (roll < 92)
        append_date (row, rng, MIN (mql_minutes + 60 + rng_below (rng, 3 * 24 * 60), 28 * 24 * 60 - 1));
      else
        g_string_append_c (row, ',');
    }
  else if (rng_percent (rng, 30))
    append_date (row, rng, MIN (when[0] + rng_below (rng, 2 * 24 * 60), 28 * 24 * 60 - 1));
  else
    g_string_append_c (row, ',');

  append_field (row, job_titles[rng_below (rng, G_N_ELEMENTS (job_titles))]);
  /* The last field: no comma after it. */
  append_field (row, sources[rng_below (rng, G_N_ELEMENTS (sources))]);
  append_field (row, notes[rng_below (rng, G_N_ELEMENTS (notes))]);
  g_string_truncate (row, row->len - 1);
  g_string_append_c (row, '\n');
}

/* Streams the export to @path in 1 MB writes: this process stays small,
 * which matters because its children can report its peak. */
static gboolean
generate_export (const char  *path,
                 guint        rows,
                 guint64      seed,
                 Generated   *generated,
                 GError     **error)
{
  g_autoptr(GString) buffer = g_string_sized_new (1 << 20);
  Rng rng = { seed };
  FILE *out = fopen (path, "wb");
  gboolean ok = TRUE;

  memset (generated, 0, sizeof *generated);
  if (out == NULL)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "cannot write %s: %s", path, g_strerror (saved));
      return FALSE;
    }

  g_string_append (buffer, header);
  for (guint i = 0; i < rows && ok; i++)
    {
      gsize before = buffer->len;

      generate_row (buffer, &rng, i);
      if (memchr (buffer->str + before, '"', buffer->len - before) != NULL)
        generated->quoted_rows++;
      if (buffer->len >= (1 << 20) - 1024 || i + 1 == rows)
        {
          ok = fwrite (buffer->str, 1, buffer->len, out) == buffer->len;
          generated->bytes += buffer->len;
          g_string_truncate (buffer, 0);
        }
    }
  if (rows == 0)
    {
      ok = fwrite (buffer->str, 1, buffer->len, out) == buffer->len;
      generated->bytes += buffer->len;
    }
  if (fclose (out) != 0)
    ok = FALSE;
  if (!ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write %s", path);
      return FALSE;
    }

  generated->rows = rows;
  return TRUE;
}

/* Its standard output, from a run that is not timed. */
static char *
output_of (char       **argv,
           GError     **error)
{
  g_autofree char *out = NULL;
  g_autofree char *errors = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &errors, &status, error))
    return NULL;
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: %s: ", argv[0], errors != NULL ? g_strchomp (errors) : "");
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* Repeated runs */

typedef struct
{
  EntenteBenchStats time;  /* ms */
  EntenteBenchStats peak;  /* MB */
  double            first_ms;
} Measured;

static gboolean
measure (char       **argv,
         const char  *log,
         guint        runs,
         Measured    *measured,
         GError     **error)
{
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);
  g_autoptr(GArray) peaks = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);

  for (guint i = 0; i < WARM_UP_RUNS + runs; i++)
    {
      EntenteBenchRun run = { 0, 0, 0 };

      if (!entente_bench_run_process (argv, log, TIMEOUT_S, 0, &run, error))
        return FALSE;
      if (i == 0)
        measured->first_ms = run.ms;
      if (i >= WARM_UP_RUNS)
        {
          g_array_append_val (times, run.ms);
          g_array_append_val (peaks, run.peak_mb);
        }
    }

  measured->time = entente_bench_stats_of (times);
  measured->peak = entente_bench_stats_of (peaks);
  return TRUE;
}

/* The report's output */

/* The integer after "@key": in the report's JSON, at the top level before
 * "stages"; -1 when it is not there. */
static gint64
json_integer (const char *json,
              const char *key)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", key);
  const char *at = strstr (json, quoted);

  if (at == NULL)
    return -1;
  at += strlen (quoted);
  while (*at == ' ' || *at == ':' || *at == '\n' || *at == '\t')
    at++;
  if (!g_ascii_isdigit (*at))
    return -1;
  return g_ascii_strtoll (at, NULL, 10);
}

/* The figures of the JSON on one line a stage, for the record: "id actual"
 * pairs, and each protocol's entered / in time / late / never. */
static char *
summarize_json (const char *json)
{
  GString *summary = g_string_new (NULL);
  const char *at = json;

  while ((at = strstr (at, "\"id\"")) != NULL)
    {
      const char *value = strchr (at + 4, '"');
      const char *end = value ? strchr (value + 1, '"') : NULL;
      const char *actual = strstr (at, "\"actual\"");
      gint64 n;

      if (end == NULL || actual == NULL)
        break;
      n = json_integer (actual, "actual");
      g_string_append_printf (summary, "%s%.*s ", summary->len ? ", " : "", (int) (end - value - 1), value + 1);
      /* null: no column for the stage (SAL, in a HubSpot export). */
      if (n < 0)
        g_string_append (summary, "(no column)");
      else
        g_string_append_printf (summary, "%" G_GINT64_FORMAT, n);
      at = end;
    }

  at = json;
  while ((at = strstr (at, "\"entered\"")) != NULL)
    {
      g_string_append_printf (summary, "\n      protocol: entered %" G_GINT64_FORMAT ", in time %" G_GINT64_FORMAT
                              ", late %" G_GINT64_FORMAT ", never %" G_GINT64_FORMAT,
                              json_integer (at, "entered"), json_integer (at, "in_time"),
                              json_integer (at, "late"), json_integer (at, "never"));
      at += strlen ("\"entered\"");
    }

  return g_string_free (summary, FALSE);
}

/* The report */

static void
print_row (const char     *what,
           const Measured *measured)
{
  g_print ("  %-44s %8.1f ms %8.1f ms %8.1f ms %8.1f MB\n", what, measured->time.median, measured->time.min,
           measured->time.max, measured->peak.max);
}

/* One line a goal or ratio, the columns aligned on characters, not bytes:
 * the labels have ≤ and ÷. */
static void
print_goal (const char *label,
            const char *value,
            const char *verdict)
{
  glong pad = MAX (0, 46 - g_utf8_strlen (label, -1));

  g_print ("  %s:%*s %12s%s%s\n", label, (int) pad, "", value, verdict ? "   " : "", verdict ? verdict : "");
}

int
main (int    argc,
      char **argv)
{
  int runs = 5;
  int rows = DEFAULT_ROWS;
  gint64 seed = DEFAULT_SEED;
  g_autofree char *csv = NULL;
  g_autofree char *keep = NULL;
  g_autofree char *document = NULL;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs of each process (default 5)", "N" },
    { "rows", 'r', 0, G_OPTION_ARG_INT, &rows, "Rows of the generated export (default 1000000, about 200 MB)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed of the generator (default 20270101)", "N" },
    { "csv", 'c', 0, G_OPTION_ARG_FILENAME, &csv, "Time this export instead of generating one", "FILE" },
    { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep, "Generate the export into FILE and keep it", "FILE" },
    { "document", 'd', 0, G_OPTION_ARG_FILENAME, &document, "The agreement (default data/examples/acme-saas.entente)", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(EntenteBenchTemporaryDir) tmpdir = NULL;
  g_autofree char *cli = NULL;
  g_autofree char *wc = NULL;
  g_autofree char *path = NULL;
  g_autofree char *log = NULL;
  g_autofree char *json = NULL;
  g_autofree char *wc_out = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *map = g_strdup ("first-contact=" FIRST_CONTACT_COLUMN);
  Generated generated;
  Measured report, count, floor;
  GStatBuf st;
  gint64 json_rows, json_skipped;
  guint64 lines;
  double ratio;
  gboolean time_ok, peak_ok;

  setlocale (LC_ALL, "");
  memset (&generated, 0, sizeof generated);
  memset (&report, 0, sizeof report);
  memset (&count, 0, sizeof count);
  memset (&floor, 0, sizeof floor);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Time `entente-cli report … --json` on a generated HubSpot-like export of\n"
                                "1,000,000 contacts (about 200 MB) as a whole process, next to `wc -l` on\n"
                                "the same file: wall time and peak memory.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("entente-bench-report: %s\n", error->message);
      return 2;
    }
  if (argc > 1 || runs < 1 || rows < 1 || (csv != NULL && keep != NULL))
    {
      g_printerr ("entente-bench-report: takes no FILE; give --runs and --rows of 1 or more, and not both --csv and --keep.\n");
      return 2;
    }
  if (document == NULL)
    document = g_strdup (BENCH_EXAMPLE_FILE);

  cli = entente_bench_find_cli (BENCH_CLI, argv[0]);
  if (cli == NULL)
    {
      g_printerr ("entente-bench-report: no entente-cli at %s; build it first (ninja -C _build).\n", BENCH_CLI);
      return 1;
    }
  wc = g_find_program_in_path ("wc");
  if (wc == NULL)
    {
      g_printerr ("entente-bench-report: no wc in PATH\n");
      return 1;
    }

  tmpdir = g_dir_make_tmp ("entente-bench-report-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("entente-bench-report: %s\n", error->message);
      return 1;
    }
  log = g_build_filename (tmpdir, "stderr.log", NULL);
  entente_bench_install_alarm_handler ();

  if (csv != NULL)
    path = g_strdup (csv);
  else
    {
      gint64 start = entente_bench_now_ns ();

      path = keep != NULL ? g_strdup (keep) : g_build_filename (tmpdir, "contacts.csv", NULL);
      g_print ("Generating %d contacts into %s (seed %" G_GINT64_FORMAT ")…\n", rows, path, seed);
      if (!generate_export (path, (guint) rows, (guint64) seed, &generated, &error))
        {
          g_printerr ("entente-bench-report: %s\n", error->message);
          return 1;
        }
      g_print ("  %.1f MB in %.1f s\n", generated.bytes / MB, entente_bench_ms_since_ns (start) / 1000);
    }
  if (g_stat (path, &st) != 0)
    {
      g_printerr ("entente-bench-report: cannot read %s\n", path);
      return 1;
    }

  {
    char *report_argv[] = {
      cli, (char *) "report", document, (char *) "--actuals", path, (char *) "--period", (char *) "2027-01",
      (char *) "--map", map, (char *) "--json", NULL
    };
    char *wc_argv[] = { wc, (char *) "-l", path, NULL };
    char *true_argv[] = { (char *) "/bin/true", NULL };

    g_print ("Timing entente-cli report: %d runs after %d to warm up…\n", runs, WARM_UP_RUNS);
    if (!measure (report_argv, log, (guint) runs, &report, &error))
      {
        g_printerr ("entente-bench-report: %s\n", error->message);
        return 1;
      }
    g_print ("Timing wc -l: %d runs after %d to warm up…\n", runs, WARM_UP_RUNS);
    if (!measure (wc_argv, log, (guint) runs, &count, &error))
      {
        g_printerr ("entente-bench-report: %s\n", error->message);
        return 1;
      }
    if (!measure (true_argv, log, (guint) runs, &floor, &error))
      {
        /* Only the floor: report without it. */
        g_printerr ("entente-bench-report: %s\n", error->message);
        g_clear_error (&error);
      }
    /* The timed runs write to /dev/null: the figures come from one more. */
    if ((wc_out = output_of (wc_argv, &error)) == NULL ||
        (json = output_of (report_argv, &error)) == NULL)
      {
        g_printerr ("entente-bench-report: %s\n", error->message);
        return 1;
      }
  }

  lines = g_ascii_strtoull (wc_out, NULL, 10);
  json_rows = json_integer (json, "rows");
  json_skipped = json_integer (json, "skipped");
  summary = summarize_json (json);
  ratio = report.time.median / count.time.median;
  time_ok = report.time.median <= GOAL_REPORT_MS;
  peak_ok = report.peak.max <= GOAL_PEAK_MB;

  g_print ("\nMonthly review of a CRM export: entente-cli report --period 2027-01 --json\n");
  g_print ("  export: %s\n", path);
  g_print ("  %.2f MB (MB = 10^6 bytes), %" G_GUINT64_FORMAT " lines (wc -l)", (double) st.st_size / MB, lines);
  if (csv == NULL)
    g_print (", %u rows generated, %u of them with a quoted field, %.0f bytes a row",
             generated.rows, generated.quoted_rows, (double) generated.bytes / MAX (generated.rows, 1));
  g_print ("\n  report: %" G_GINT64_FORMAT " rows read, %" G_GINT64_FORMAT " skipped; stages: %s\n\n",
           json_rows, json_skipped, summary);

  g_print ("  %-44s %11s %11s %11s %11s\n", "", "median", "min", "max", "peak");
  print_row ("entente-cli report … --json (*)", &report);
  print_row ("wc -l, on the same file", &count);
  print_row ("/bin/true, the floor of both", &floor);
  g_print ("\n  (*) %d runs after %d to warm up (the first: %.1f ms), each a new process: the\n"
           "      wall time from posix_spawn () to wait4 (), and the peak resident set\n"
           "      (ru_maxrss) of the largest run.  Mapped: --map %s\n\n",
           runs, WARM_UP_RUNS, report.first_ms, map);

  {
    g_autofree char *ratio_text = g_strdup_printf ("%.2f ×", ratio);
    g_autofree char *speed = g_strdup_printf ("%.0f MB/s", (double) st.st_size / MB / (report.time.median / 1000));
    g_autofree char *time_text = g_strdup_printf ("%.1f ms", report.time.median);
    g_autofree char *peak_text = g_strdup_printf ("%.1f MB", report.peak.max);
    g_autofree char *time_label = g_strdup_printf ("report ≤ %.1f s wall (median)", GOAL_REPORT_MS / 1000);
    g_autofree char *peak_label = g_strdup_printf ("report ≤ %.0f MB peak (largest)", GOAL_PEAK_MB);

    print_goal ("report ÷ wc -l (medians)", ratio_text, NULL);
    print_goal ("report throughput", speed, NULL);
    g_print ("\nGoals:\n");
    print_goal (time_label, time_text, entente_bench_met (time_ok));
    print_goal (peak_label, peak_text, entente_bench_met (peak_ok));
  }

  if (keep == NULL && csv == NULL)
    g_unlink (path);

  if (csv == NULL && (json_rows != (gint64) generated.rows || json_skipped != 0))
    {
      g_printerr ("entente-bench-report: the report read %" G_GINT64_FORMAT " rows and skipped %" G_GINT64_FORMAT
                  ", of %u generated\n", json_rows, json_skipped, generated.rows);
      return 1;
    }
  return 0;
}
