/* entente-bench-first-frame.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The line a child of entente-bench-gui prints at its first frame:
 * "first-frame TIME WINDOW-TYPE RENDERER WIDTHxHEIGHT", TIME in
 * microseconds of g_get_monotonic_time(), which is CLOCK_MONOTONIC and so
 * comparable between processes. */
#define ENTENTE_BENCH_FIRST_FRAME_TAG "first-frame"

void entente_bench_first_frame_watch (GtkApplication *application);

G_END_DECLS
