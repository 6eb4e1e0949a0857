/* entente-bench-sla.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* About 10 MB with the other defaults. */
#define ENTENTE_BENCH_DEFAULT_PERSONAS 3900
#define ENTENTE_BENCH_DEFAULT_STAGES 36
#define ENTENTE_BENCH_DEFAULT_CRITERIA 120
#define ENTENTE_BENCH_DEFAULT_SEED 20270101

typedef struct
{
  guint   n_personas;
  guint   n_stages;            /* at least 2 */
  guint   n_criteria;          /* per stage */
  guint64 seed;
} EntenteBenchSlaOptions;

void    entente_bench_sla_options_init (EntenteBenchSlaOptions       *options);
GBytes *entente_bench_sla_generate     (const EntenteBenchSlaOptions *options);

G_END_DECLS
