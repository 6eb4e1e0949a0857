/* entente-bench-gui-floor.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <locale.h>

#include "entente-bench-first-frame.h"

/* entente-bench-gui-floor: the least a libadwaita application can do to
 * show a window — an AdwApplicationWindow holding a header bar and a
 * label, at the size Entente's window opens at — then print the time of
 * its first frame and quit.  entente-bench-gui runs it as the floor that
 * Entente's own start-up is measured against.  It links GTK and
 * libadwaita only, none of Entente. */

/* Entente's window opens at the default of its window-width and
 * window-height settings. */
#define WIDTH 1000
#define HEIGHT 720

static void
on_activate (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Hello");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");

  app = adw_application_new ("io.github.entente_sla.Entente.BenchFloor", G_APPLICATION_NON_UNIQUE);
  entente_bench_first_frame_watch (GTK_APPLICATION (app));
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
