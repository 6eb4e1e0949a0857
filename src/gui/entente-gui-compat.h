/* entente-gui-compat.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Where a newer libadwaita or GTK replaces an API Debian 12's lacks, the
 * choice is made here, at compile time, and nowhere else. */

/* The keyboard shortcuts: GtkShortcutsWindow (gtk/help-overlay.ui), which
 * GtkApplicationWindow shows, before libadwaita 1.8; AdwShortcutsDialog
 * (shortcuts-dialog.ui), which AdwApplication shows, from 1.8.  Meson
 * puts the matching file in the resources. */
#if ADW_CHECK_VERSION (1, 8, 0)
#define ENTENTE_SHORTCUTS_ACTION "app.shortcuts"
#else
#define ENTENTE_SHORTCUTS_ACTION "win.show-help-overlay"
#endif

static inline void
entente_expander_row_add_suffix (AdwExpanderRow *row,
                                 GtkWidget      *widget)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  adw_expander_row_add_suffix (row, widget);
#else
  adw_expander_row_add_action (row, widget);
#endif
}

static inline GtkWidget *
entente_find_first_action_row (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ADW_IS_ACTION_ROW (child) ? child : entente_find_first_action_row (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* One line of title and subtitle, ellipsized: a name being typed then
 * costs the same to lay out whatever its length.  libadwaita 1.2 has no
 * API for it, but its expander's header is an action row that has. */
static inline void
entente_expander_row_set_single_lines (AdwExpanderRow *row)
{
#if ADW_CHECK_VERSION (1, 3, 0)
  adw_expander_row_set_title_lines (row, 1);
  adw_expander_row_set_subtitle_lines (row, 1);
#else
  GtkWidget *header = entente_find_first_action_row (GTK_WIDGET (row));

  if (header != NULL)
    {
      adw_action_row_set_title_lines (ADW_ACTION_ROW (header), 1);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (header), 1);
    }
#endif
}

G_END_DECLS
