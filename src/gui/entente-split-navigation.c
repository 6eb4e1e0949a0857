/* entente-split-navigation.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-split.h"

/* libadwaita 1.4 and later: a navigation split view and an overlay split
 * view, each collapsed by a breakpoint of the window at the widths where
 * the leaflet folded (the sidebar's 230 and the content's 460 pixels)
 * and the flap went over the content. */

#define SPLIT_BREAKPOINT "max-width: 700sp"
#define PANE_BREAKPOINT  "max-width: 900sp"

static void
collapse_below (AdwApplicationWindow *window,
                const char           *condition,
                GtkWidget            *split)
{
  AdwBreakpoint *breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse (condition));
  GValue collapsed = G_VALUE_INIT;

  g_value_init (&collapsed, G_TYPE_BOOLEAN);
  g_value_set_boolean (&collapsed, TRUE);
  adw_breakpoint_add_setter (breakpoint, G_OBJECT (split), "collapsed", &collapsed);
  adw_application_window_add_breakpoint (window, breakpoint);
  g_value_unset (&collapsed);
}

GtkWidget *
entente_split_new (AdwApplicationWindow *window,
                   GtkWidget            *sidebar,
                   AdwHeaderBar         *sidebar_header G_GNUC_UNUSED,
                   GtkWidget            *content,
                   AdwHeaderBar         *content_header G_GNUC_UNUSED,
                   GtkWidget            *show_sidebar)
{
  GtkWidget *split = adw_navigation_split_view_new ();
  AdwNavigationPage *sidebar_page = adw_navigation_page_new (sidebar, _("Steps"));
  AdwNavigationPage *content_page = adw_navigation_page_new (content, _("Step"));

  adw_navigation_split_view_set_sidebar (ADW_NAVIGATION_SPLIT_VIEW (split), sidebar_page);
  adw_navigation_split_view_set_content (ADW_NAVIGATION_SPLIT_VIEW (split), content_page);
  collapse_below (window, SPLIT_BREAKPOINT, split);

  /* The split view's header bars place the window's buttons and a back
   * button themselves. */
  gtk_widget_set_visible (show_sidebar, FALSE);

  return split;
}

void
entente_split_show_content (GtkWidget *split)
{
  adw_navigation_split_view_set_show_content (ADW_NAVIGATION_SPLIT_VIEW (split), TRUE);
}

void
entente_split_show_sidebar (GtkWidget *split)
{
  adw_navigation_split_view_set_show_content (ADW_NAVIGATION_SPLIT_VIEW (split), FALSE);
}

GtkWidget *
entente_side_pane_new (AdwApplicationWindow *window,
                       GtkWidget            *content)
{
  GtkWidget *split = adw_overlay_split_view_new ();

  adw_overlay_split_view_set_sidebar_position (ADW_OVERLAY_SPLIT_VIEW (split), GTK_PACK_END);
  adw_overlay_split_view_set_show_sidebar (ADW_OVERLAY_SPLIT_VIEW (split), FALSE);
  /* Open only when asked for, whatever the width. */
  adw_overlay_split_view_set_pin_sidebar (ADW_OVERLAY_SPLIT_VIEW (split), TRUE);
  adw_overlay_split_view_set_enable_show_gesture (ADW_OVERLAY_SPLIT_VIEW (split), FALSE);
  adw_overlay_split_view_set_enable_hide_gesture (ADW_OVERLAY_SPLIT_VIEW (split), FALSE);
  adw_overlay_split_view_set_content (ADW_OVERLAY_SPLIT_VIEW (split), content);
  gtk_widget_set_vexpand (split, TRUE);
  collapse_below (window, PANE_BREAKPOINT, split);

  return split;
}

void
entente_side_pane_set_pane (GtkWidget *side_pane,
                            GtkWidget *pane)
{
  adw_overlay_split_view_set_sidebar (ADW_OVERLAY_SPLIT_VIEW (side_pane), pane);
}

gboolean
entente_side_pane_get_revealed (GtkWidget *side_pane)
{
  return adw_overlay_split_view_get_show_sidebar (ADW_OVERLAY_SPLIT_VIEW (side_pane));
}

void
entente_side_pane_set_revealed (GtkWidget *side_pane,
                                gboolean   revealed)
{
  adw_overlay_split_view_set_show_sidebar (ADW_OVERLAY_SPLIT_VIEW (side_pane), revealed);
}

void
entente_side_pane_connect_revealed (GtkWidget *side_pane,
                                    GCallback  callback,
                                    gpointer   data)
{
  g_signal_connect_swapped (side_pane, "notify::show-sidebar", callback, data);
}
