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
 * export costs, next to DuckDB counting the same file's months, and `wc
 * -l`.
 *
 * The export is generated (or reused with --csv FILE): a HubSpot-like
 * contact export of 1,000,000 rows by default, about 200 bytes a row, so
 * about 200 MB.  Its columns are HubSpot's own ("Record ID", "Contact
 * owner", "Create Date", "Became a … Date" for each lifecycle stage,
 * "Number of times contacted", "Lifecycle Stage", "Lead Status"), a "First
 * contact date" column, which no HubSpot export names the same way and is
 * therefore mapped with --map first-contact=…, and a few free-text columns.
 * The dates cover a year, February 2026 to January 2027 in New York
 * (both daylight-saving changes included), written either in ISO 8601
 * (with Z or an offset) or as "YYYY-MM-DD HH:MM" (in the document's time
 * zone); company names and notes are sometimes quoted because they hold
 * commas, and a few notes hold doubled quotes.  No field holds a newline,
 * so `wc -l` counts the rows and the header.  The generator is
 * deterministic: the same seed gives the same bytes.
 *
 * Timed, each as a whole process, after a run to warm up the page cache:
 * `entente-cli report data/examples/acme-saas.entente --actuals FILE
 * --period 2027-01 --months 12 --map first-contact="First contact date"
 * --json` (every month's stages, and every protocol's compliance in
 * business hours); `node duckdb-month-counts.mjs FILE COLUMN…`, DuckDB
 * (@duckdb/node-api, installed by bench/ensure-duckdb) counting each stage
 * column's values per month by their first seven characters, with neither
 * time zones nor business hours; and `wc -l FILE`.  The wall time from
 * just before posix_spawn () to the return of the wait4 () that reaps the
 * process, and the ru_maxrss that wait4 () returns, its peak resident
 * set.  A process spawned from this one can report this one's peak
 * (posix_spawn () shares the address space until exec): /bin/true,
 * spawned the same way, is printed as the floor.  One more run of each,
 * not timed, gives the outputs, which are checked: the report reads as
 * many rows as were generated, none skipped, and counts in January 2027
 * the records DuckDB counts there (the generated export's January dates
 * are January in New York too, but for the UTC ones written after 19:00
 * on 31 January, which the generator never writes: its last date is
 * before the 31st).
 *
 * The goals: the review takes at most half DuckDB's time (medians) at
 * most a tenth of its peak memory.  This is a report, so it exits 0
 * whether the goals hold or not; non-zero only when it cannot measure, or
 * the report does not read every row. */

#define GOAL_DUCKDB_TIME  0.5
#define GOAL_DUCKDB_PEAK  0.1

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

/* The export's calendar: a year of days from 2026-02-01 in
 * America/New_York (the document's time zone), each with its date and
 * its offset from UTC at noon (daylight-saving time changes at 02:00, so
 * an instant generated between midnight and 02:00 on those two days is
 * written with the other offset: still one instant, read the same by
 * every reader). */
#define DAYS 366
#define LAST_MINUTE (365 * 24 * 60 - 1)

typedef struct
{
  int year, month, day;
  int offset_minutes;  /* local − UTC */
} Day;

static Day calendar[DAYS];

static void
fill_calendar (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) first = g_date_time_new (zone, 2026, 2, 1, 12, 0, 0);

  for (int d = 0; d < DAYS; d++)
    {
      g_autoptr(GDateTime) noon = g_date_time_add_days (first, d);

      calendar[d].year = g_date_time_get_year (noon);
      calendar[d].month = g_date_time_get_month (noon);
      calendar[d].day = g_date_time_get_day_of_month (noon);
      calendar[d].offset_minutes = (int) (g_date_time_get_utc_offset (noon) / G_TIME_SPAN_MINUTE);
    }
}

/* Minutes from 2026-02-01 00:00 in New York, written in one of three
 * ways: local time, with its offset, or in UTC. */
static void
append_date (GString *row,
             Rng     *rng,
             guint    minutes)
{
  const Day *day = &calendar[minutes / (24 * 60)];
  guint hour = minutes / 60 % 24;
  guint minute = minutes % 60;

  switch (rng_below (rng, 3))
    {
    case 0:
      g_string_append_printf (row, "%04d-%02d-%02d %02u:%02u,", day->year, day->month, day->day, hour, minute);
      break;
    case 1:
      g_string_append_printf (row, "%04d-%02d-%02dT%02u:%02u:%02u-%02d:00,", day->year, day->month, day->day,
                              hour, minute, rng_below (rng, 60), -day->offset_minutes / 60);
      break;
    default:
      {
        /* The same instant in UTC, a few hours later: the calendar has a
         * day to spare. */
        guint utc = minutes - day->offset_minutes;
        const Day *utc_day = &calendar[utc / (24 * 60)];

        g_string_append_printf (row, "%04d-%02d-%02dT%02u:%02u:00Z,", utc_day->year, utc_day->month, utc_day->day,
                                utc / 60 % 24, utc % 60);
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

/* One row: a contact created in the export's first 337 days, who
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
  guint minutes = rng_below (rng, 337 * 24 * 60);
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
        append_date (row, rng, MIN (mql_minutes + 5 + rng_below (rng, 55), LAST_MINUTE));
      else if (roll < 92)
        append_date (row, rng, MIN (mql_minutes + 60 + rng_below (rng, 3 * 24 * 60), LAST_MINUTE));
      else
        g_string_append_c (row, ',');
    }
  else if (rng_percent (rng, 30))
    append_date (row, rng, MIN (when[0] + rng_below (rng, 2 * 24 * 60), LAST_MINUTE));
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

  fill_calendar ();
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

/* The figures of the reviewed month, the last of the JSON's months, on
 * one line a stage, for the record: "id actual" pairs, and each
 * protocol's entered / in time / late / never. */
static char *
summarize_json (const char *json)
{
  GString *summary = g_string_new (NULL);
  const char *at = json, *last = json;

  while ((at = strstr (at + 1, "\"period\"")) != NULL)
    last = at;
  at = last;
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

  at = last;
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

/* The MQL stage's records over every month of the report's JSON. */
static gint64
report_total (const char *json,
              const char *stage_id)
{
  g_autofree char *key = g_strdup_printf ("\"%s\"", stage_id);
  const char *at = json;
  gint64 total = 0;

  while ((at = strstr (at, "\"id\"")) != NULL)
    {
      const char *value = at + strlen ("\"id\"");

      /* Only a stage's id: protocols name theirs "stage". */
      while (*value == ' ' || *value == ':')
        value++;
      if (g_str_has_prefix (value, key))
        {
          const char *actual = strstr (value, "\"actual\"");
          gint64 n = actual != NULL ? json_integer (actual, "actual") : -1;

          if (n > 0)
            total += n;
        }
      at = value;
    }
  return total;
}

/* @column's records over every month DuckDB counted: its output is one
 * line, {"COLUMN":{"YYYY-MM":N,…},…}. */
static gint64
duckdb_total (const char *json,
              const char *column)
{
  g_autofree char *key = g_strdup_printf ("\"%s\":{", column);
  const char *at = strstr (json, key);
  const char *end;
  gint64 total = 0;

  if (at == NULL)
    return -1;
  end = strchr (at + strlen (key), '}');
  for (at = at + strlen (key); at != NULL && at < end; at = strchr (at + 1, ','))
    {
      const char *colon = strchr (at, ':');

      if (colon == NULL || colon > end)
        break;
      total += g_ascii_strtoll (colon + 1, NULL, 10);
    }
  return total;
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
  g_autofree char *node = g_find_program_in_path ("node");
  g_autofree char *script = g_build_filename (BENCH_DUCKDB_DIR, "duckdb-month-counts.mjs", NULL);
  g_autofree char *module = g_build_filename (BENCH_DUCKDB_DIR, "node_modules", "@duckdb", "node-api", NULL);
  g_autofree char *duckdb_out = NULL;
  Generated generated;
  Measured report, count, floor, duckdb;
  GStatBuf st;
  gint64 json_rows, json_skipped;
  guint64 lines;
  double ratio;
  gboolean have_duckdb;

  setlocale (LC_ALL, "");
  memset (&generated, 0, sizeof generated);
  memset (&report, 0, sizeof report);
  memset (&count, 0, sizeof count);
  memset (&floor, 0, sizeof floor);
  memset (&duckdb, 0, sizeof duckdb);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Time `entente-cli report --months 12 --json` on a generated HubSpot-like\n"
                                "export of 1,000,000 contacts over a year (about 200 MB) as a whole process,\n"
                                "next to DuckDB counting its months and `wc -l` on the same file: wall time\n"
                                "and peak memory.");
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

  have_duckdb = node != NULL && g_file_test (script, G_FILE_TEST_EXISTS) && g_file_test (module, G_FILE_TEST_IS_DIR);
  {
    char *report_argv[] = {
      cli, (char *) "report", document, (char *) "--actuals", path, (char *) "--period", (char *) "2027-01",
      (char *) "--months", (char *) "12", (char *) "--map", map, (char *) "--json", NULL
    };
    char *duckdb_argv[] = {
      node, script, path, (char *) "Create Date", (char *) "Became a Lead Date",
      (char *) "Became a Marketing Qualified Lead Date", (char *) "Became a Sales Qualified Lead Date",
      (char *) "Became an Opportunity Date", (char *) "Became a Customer Date", NULL
    };
    char *wc_argv[] = { wc, (char *) "-l", path, NULL };
    char *true_argv[] = { (char *) "/bin/true", NULL };

    g_print ("Timing entente-cli report: %d runs after %d to warm up…\n", runs, WARM_UP_RUNS);
    if (!measure (report_argv, log, (guint) runs, &report, &error))
      {
        g_printerr ("entente-bench-report: %s\n", error->message);
        return 1;
      }
    if (have_duckdb)
      {
        g_print ("Timing DuckDB: %d runs after %d to warm up…\n", runs, WARM_UP_RUNS);
        if (!measure (duckdb_argv, log, (guint) runs, &duckdb, &error) ||
            (duckdb_out = output_of (duckdb_argv, &error)) == NULL)
          {
            g_printerr ("entente-bench-report: DuckDB: %s\n", error->message);
            g_clear_error (&error);
            have_duckdb = FALSE;
          }
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

  g_print ("\nMonthly review of a CRM export: entente-cli report --period 2027-01 --months 12 --json\n");
  g_print ("  export: %s\n", path);
  g_print ("  %.2f MB (MB = 10^6 bytes), %" G_GUINT64_FORMAT " lines (wc -l)", (double) st.st_size / MB, lines);
  if (csv == NULL)
    g_print (", %u rows generated, %u of them with a quoted field, %.0f bytes a row",
             generated.rows, generated.quoted_rows, (double) generated.bytes / MAX (generated.rows, 1));
  g_print ("\n  report: %" G_GINT64_FORMAT " rows read, %" G_GINT64_FORMAT " skipped; January 2027: %s\n",
           json_rows, json_skipped, summary);
  g_print ("  MQLs over the 12 months: %" G_GINT64_FORMAT " by entente-cli", report_total (json, "mql"));
  if (have_duckdb)
    g_print (", %" G_GINT64_FORMAT " by DuckDB", duckdb_total (duckdb_out, "Became a Marketing Qualified Lead Date"));
  g_print ("\n\n");

  g_print ("  %-44s %11s %11s %11s %11s\n", "", "median", "min", "max", "peak");
  print_row ("entente-cli report --months 12 --json (*)", &report);
  if (have_duckdb)
    print_row ("DuckDB, month counts of the same file", &duckdb);
  print_row ("wc -l, on the same file", &count);
  print_row ("/bin/true, the floor of all", &floor);
  g_print ("\n  (*) %d runs after %d to warm up (the first: %.1f ms), each a new process: the\n"
           "      wall time from posix_spawn () to wait4 (), and the peak resident set\n"
           "      (ru_maxrss) of the largest run.  Mapped: --map %s\n\n",
           runs, WARM_UP_RUNS, report.first_ms, map);

  {
    g_autofree char *ratio_text = g_strdup_printf ("%.2f ×", ratio);
    g_autofree char *speed = g_strdup_printf ("%.0f MB/s", (double) st.st_size / MB / (report.time.median / 1000));

    print_goal ("report ÷ wc -l (medians)", ratio_text, NULL);
    print_goal ("report throughput", speed, NULL);
    g_print ("\nGoals:\n");
    if (have_duckdb)
      {
        double time_ratio = report.time.median / duckdb.time.median;
        double peak_ratio = report.peak.max / duckdb.peak.max;
        g_autofree char *time_text = g_strdup_printf ("%.2f ×", time_ratio);
        g_autofree char *peak_text = g_strdup_printf ("%.3f ×", peak_ratio);
        g_autofree char *time_label = g_strdup_printf ("report ÷ DuckDB, time ≤ %.1f (medians)", GOAL_DUCKDB_TIME);
        g_autofree char *peak_label = g_strdup_printf ("report ÷ DuckDB, peak ≤ %.1f (largest)", GOAL_DUCKDB_PEAK);

        print_goal (time_label, time_text, entente_bench_met (time_ratio <= GOAL_DUCKDB_TIME));
        print_goal (peak_label, peak_text, entente_bench_met (peak_ratio <= GOAL_DUCKDB_PEAK));
      }
    else
      g_print ("  The comparison with DuckDB was skipped: it needs node and @duckdb/node-api\n"
               "  (bench/ensure-duckdb %s installs it with npm).\n", BENCH_DUCKDB_DIR);
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
