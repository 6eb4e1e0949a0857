/* entente-screenshots.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gui-test-util.h"
#include "entente-window.h"

/* `make screenshots`: every step of the wizard on an example SLA, drawn by
 * GTK's own renderer into PNG files for the README and the metainfo.
 * Usage: entente-screenshots FILE.entente OUTPUT-DIR */

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Long enough for expanders to finish their animation. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (600, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
save_png (GtkWidget  *window,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s\n", path);
}

/* The item worth opening on each step, by its title. */
static const char *open_items[ENTENTE_N_STEPS] = {
  [ENTENTE_STEP_PERSONAS] = "Operations Olivia",
  [ENTENTE_STEP_LEAD_DEFINITIONS] = "Marketing Qualified Lead",
  [ENTENTE_STEP_GOALS] = "Lead → Marketing Qualified Lead",
  [ENTENTE_STEP_HANDOFF] = "mql-to-sdr",
  [ENTENTE_STEP_LEAD_MANAGEMENT] = "Marketing Qualified Lead",
  [ENTENTE_STEP_REVIEW] = "Attendees",
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  EntenteWindow *window;

  if (argc != 3)
    {
      g_printerr ("Usage: %s FILE.entente OUTPUT-DIR\n", argv[0]);
      return 2;
    }

  g_set_prgname ("entente");
  gtk_init ();
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* AdwApplication loads the app's style sheet; without one, do it here. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/entente_sla/Entente/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  g_mkdir_with_parents (argv[2], 0755);

  file = g_file_new_for_commandline_arg (argv[1]);
  document = entente_document_load (file, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  window = entente_window_new (NULL, document, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  settle ();

  for (EntenteStep step = 0; step < ENTENTE_N_STEPS; step++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%u-%s.png", argv[2], step + 1, entente_guidance_get_step (step)->id);
      GtkWidget *page;

      entente_window_show_step (window, step);
      settle ();
      page = entente_test_visible_page (GTK_WIDGET (window));
      if (open_items[step] != NULL)
        {
          GtkWidget *row = entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, open_items[step]);

          if (row != NULL)
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          settle ();
        }
      save_png (GTK_WIDGET (window), path);
    }

  /* The same window in the dark style, and narrow, as on a small screen. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  entente_window_show_step (window, ENTENTE_STEP_OVERVIEW);
  settle ();
  {
    g_autofree char *path = g_strdup_printf ("%s/dark-overview.png", argv[2]);

    save_png (GTK_WIDGET (window), path);
  }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  settle ();
  {
    g_autofree char *path = g_strdup_printf ("%s/small-overview.png", argv[2]);

    save_png (GTK_WIDGET (window), path);
  }

  entente_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
