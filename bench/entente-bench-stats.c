/* entente-bench-stats.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <time.h>

#include "entente-bench-stats.h"

/* What the benchmarks have in common: the summary of their timings, the
 * clocks they take them with, how they word a goal, and the size figures
 * they print next to them.  One copy, so that entente-bench,
 * entente-bench-gui and entente-bench-render summarize and report the same
 * way and their figures can be read side by side. */

/* Statistics */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values, an array of doubles: the median and the extremes are read
 * off the sorted array.  All zero when it is empty. */
EntenteBenchStats
entente_bench_stats_of (GArray *values)
{
  EntenteBenchStats stats = { 0, 0, 0, 0 };
  double *v = (double *) values->data;
  guint n = values->len;

  g_array_sort (values, compare_doubles);
  if (n == 0)
    return stats;
  stats.min = v[0];
  stats.max = v[n - 1];
  stats.mean = entente_bench_mean_of (v, n);
  stats.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  return stats;
}

/* 0 rather than NaN for no values, so that a report still prints. */
double
entente_bench_mean_of (const double *values,
                       guint         n)
{
  double sum = 0;

  for (guint i = 0; i < n; i++)
    sum += values[i];

  return n > 0 ? sum / n : 0;
}

/* Time */

/* Nanoseconds, for work that takes a few microseconds, where the
 * microseconds of g_get_monotonic_time() would be too coarse. */
gint64
entente_bench_now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

/* Milliseconds since @start_ns, a time from entente_bench_now_ns(). */
double
entente_bench_ms_since_ns (gint64 start_ns)
{
  return (double) (entente_bench_now_ns () - start_ns) / 1e6;
}

/* Milliseconds since @start_us, a time from g_get_monotonic_time(). */
double
entente_bench_ms_since (gint64 start_us)
{
  return entente_bench_ms_between (start_us, g_get_monotonic_time ());
}

/* Milliseconds between two times from g_get_monotonic_time(), which may
 * come from different processes: it is CLOCK_MONOTONIC. */
double
entente_bench_ms_between (gint64 start_us,
                          gint64 end_us)
{
  return (double) (end_us - start_us) / 1000.0;
}

/* The report */

/* The word for a goal in the last lines of a report. */
const char *
entente_bench_met (gboolean ok)
{
  return ok ? "MET" : "NOT MET";
}

/* Documents */

/* The criteria of all the stages, printed with the figures so that they
 * say how large the document measured was. */
guint
entente_bench_count_criteria (EntenteDocument *document)
{
  GListModel *stages = entente_document_get_stages (document);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);

      n += g_list_model_get_n_items (entente_stage_get_criteria (stage));
    }

  return n;
}
