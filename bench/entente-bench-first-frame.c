/* entente-bench-first-frame.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>

#include "entente-bench-first-frame.h"

/* The hook that ends a start-up run: when the first window of the
 * application has been mapped and its frame clock finishes the first paint
 * after that, print the time and quit.  Only the first window counts;
 * dialogs that come later do not. */

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *window)
{
  gint64 now = g_get_monotonic_time ();
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);

  printf ("%s %" G_GINT64_FORMAT " %s %s %dx%d\n",
          ENTENTE_BENCH_FIRST_FRAME_TAG, now,
          G_OBJECT_TYPE_NAME (window),
          renderer ? G_OBJECT_TYPE_NAME (renderer) : "none",
          gtk_widget_get_width (window), gtk_widget_get_height (window));
  fflush (stdout);

  if (application != NULL)
    g_application_quit (G_APPLICATION (application));
}

static void
on_map (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, on_map, NULL);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint), window, 0);
}

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (application, on_window_added, NULL);

  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    on_map (GTK_WIDGET (window));
  else
    g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}

/**
 * entente_bench_first_frame_watch:
 *
 * Makes @application print its first frame's time and quit then.  Call it
 * before g_application_run().
 */
void
entente_bench_first_frame_watch (GtkApplication *application)
{
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added), NULL);
}
