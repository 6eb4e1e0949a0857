/* entente-split-leaflet.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-split.h"

/* libadwaita before 1.4: a leaflet that folds when the window is too
 * narrow for both columns, and a locked flap. */

GtkWidget *
entente_split_new (AdwApplicationWindow *window G_GNUC_UNUSED,
                   GtkWidget            *sidebar,
                   AdwHeaderBar         *sidebar_header,
                   GtkWidget            *content,
                   AdwHeaderBar         *content_header,
                   GtkWidget            *show_sidebar)
{
  GtkWidget *leaflet = adw_leaflet_new ();
  GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

  adw_leaflet_set_can_navigate_back (ADW_LEAFLET (leaflet), TRUE);
  adw_leaflet_append (ADW_LEAFLET (leaflet), sidebar);
  gtk_widget_add_css_class (separator, "sidebar");
  adw_leaflet_page_set_navigatable (adw_leaflet_append (ADW_LEAFLET (leaflet), separator), FALSE);
  adw_leaflet_append (ADW_LEAFLET (leaflet), content);

  /* Folded, each column is the whole window and has its buttons. */
  g_object_bind_property (leaflet, "folded", sidebar_header, "show-end-title-buttons", G_BINDING_SYNC_CREATE);
  g_object_bind_property (leaflet, "folded", content_header, "show-start-title-buttons", G_BINDING_SYNC_CREATE);
  g_object_bind_property (leaflet, "folded", show_sidebar, "visible", G_BINDING_SYNC_CREATE);

  return leaflet;
}

void
entente_split_show_content (GtkWidget *split)
{
  adw_leaflet_navigate (ADW_LEAFLET (split), ADW_NAVIGATION_DIRECTION_FORWARD);
}

void
entente_split_show_sidebar (GtkWidget *split)
{
  adw_leaflet_navigate (ADW_LEAFLET (split), ADW_NAVIGATION_DIRECTION_BACK);
}

GtkWidget *
entente_side_pane_new (AdwApplicationWindow *window G_GNUC_UNUSED,
                       GtkWidget            *content)
{
  GtkWidget *flap = adw_flap_new ();

  adw_flap_set_flap_position (ADW_FLAP (flap), GTK_PACK_END);
  adw_flap_set_reveal_flap (ADW_FLAP (flap), FALSE);
  /* Open only when asked for, whatever the width. */
  adw_flap_set_locked (ADW_FLAP (flap), TRUE);
  adw_flap_set_swipe_to_open (ADW_FLAP (flap), FALSE);
  adw_flap_set_swipe_to_close (ADW_FLAP (flap), FALSE);
  adw_flap_set_content (ADW_FLAP (flap), content);
  adw_flap_set_separator (ADW_FLAP (flap), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_widget_set_vexpand (flap, TRUE);

  return flap;
}

void
entente_side_pane_set_pane (GtkWidget *side_pane,
                            GtkWidget *pane)
{
  adw_flap_set_flap (ADW_FLAP (side_pane), pane);
}

gboolean
entente_side_pane_get_revealed (GtkWidget *side_pane)
{
  return adw_flap_get_reveal_flap (ADW_FLAP (side_pane));
}

void
entente_side_pane_set_revealed (GtkWidget *side_pane,
                                gboolean   revealed)
{
  adw_flap_set_reveal_flap (ADW_FLAP (side_pane), revealed);
}

void
entente_side_pane_connect_revealed (GtkWidget *side_pane,
                                    GCallback  callback,
                                    gpointer   data)
{
  g_signal_connect_swapped (side_pane, "notify::reveal-flap", callback, data);
}
