/* entente-split.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The window's two splits, built with the containers of the libadwaita
 * it is compiled against: AdwLeaflet and AdwFlap before 1.4
 * (entente-split-leaflet.c), AdwNavigationSplitView and
 * AdwOverlaySplitView from 1.4 on (entente-split-navigation.c); meson
 * compiles one of the two.  Nothing else names those types. */

/* The steps beside the step shown, one of them at a time when the
 * window is narrow.  @sidebar and @content are each topped by their
 * header bar; @show_sidebar is the button that goes back to the steps
 * where the container has none of its own. */
GtkWidget *entente_split_new                (AdwApplicationWindow *window,
                                             GtkWidget            *sidebar,
                                             AdwHeaderBar         *sidebar_header,
                                             GtkWidget            *content,
                                             AdwHeaderBar         *content_header,
                                             GtkWidget            *show_sidebar);
void       entente_split_show_content       (GtkWidget            *split);
void       entente_split_show_sidebar       (GtkWidget            *split);

/* A pane at the end of @content, shown only when asked for, beside it or
 * over it when the window is narrow. */
GtkWidget *entente_side_pane_new            (AdwApplicationWindow *window,
                                             GtkWidget            *content);
void       entente_side_pane_set_pane       (GtkWidget            *side_pane,
                                             GtkWidget            *pane);
gboolean   entente_side_pane_get_revealed   (GtkWidget            *side_pane);
void       entente_side_pane_set_revealed   (GtkWidget            *side_pane,
                                             gboolean              revealed);
/* Calls @callback (@data) after the pane opened or closed. */
void       entente_side_pane_connect_revealed (GtkWidget          *side_pane,
                                               GCallback           callback,
                                               gpointer            data);

G_END_DECLS
