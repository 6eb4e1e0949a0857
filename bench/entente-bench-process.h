/* entente-bench-process.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What one run of a whole process cost. */
typedef struct
{
  double ms;           /* wall time, from posix_spawn () to the wait4 () that reaps it */
  double peak_mb;      /* ru_maxrss, in MB of 10^6 bytes */
  int    exit_status;
} EntenteBenchRun;

void      entente_bench_install_alarm_handler (void);
gboolean  entente_bench_run_process           (char            **argv,
                                               const char       *log,
                                               guint             timeout_s,
                                               int               max_exit_status,
                                               EntenteBenchRun  *run,
                                               GError          **error);

char     *entente_bench_find_cli              (const char       *built,
                                               const char       *argv0);

/* A folder from g_dir_make_tmp () that goes, with what the run put in it,
 * when the variable goes out of scope. */
typedef char *EntenteBenchTemporaryDir;

void      entente_bench_temporary_dir_free    (EntenteBenchTemporaryDir  dir);

G_DEFINE_AUTO_CLEANUP_FREE_FUNC (EntenteBenchTemporaryDir, entente_bench_temporary_dir_free, NULL)

G_END_DECLS
