/* entente-bench-stats.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* A summary of repeated timings, in whatever unit they were taken. */
typedef struct
{
  double median;
  double min;
  double mean;
  double max;
} EntenteBenchStats;

EntenteBenchStats  entente_bench_stats_of         (GArray          *values);
double             entente_bench_mean_of          (const double    *values,
                                                   guint            n);

gint64             entente_bench_now_ns           (void);
double             entente_bench_ms_since_ns      (gint64           start_ns);
double             entente_bench_ms_since         (gint64           start_us);
double             entente_bench_ms_between       (gint64           start_us,
                                                   gint64           end_us);

const char        *entente_bench_met              (gboolean         ok);

guint              entente_bench_count_criteria   (EntenteDocument *document);

G_END_DECLS
