/* entente-conflicts-dialog.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-conflict-row.h"
#include "entente-conflicts-dialog.h"
#include "entente-row-util.h"
#include "entente-pages-dialog.h"

/* What a merge could not decide, one row each (EntenteConflictRow):
 * where it is, and the versions before, yours and theirs side by side,
 * the one the SLA holds for now marked.  Once the right version is in
 * place (taken here, or typed in its step), the conflict is marked
 * resolved and leaves the file. */

static GtkWidget *
create_row (gpointer item,
            gpointer document)
{
  return entente_conflict_row_new (document, item);
}

GtkWidget *
entente_conflicts_dialog_new (EntenteDocument *document)
{
  GtkWidget *window = entente_pages_dialog_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *clamp;

  /* Three versions side by side need the room. */
  entente_pages_dialog_setup (window, _("Merge Conflicts"), 960, 640);
  entente_pages_dialog_set_search_enabled (window, FALSE);
  /* The window's title says what this is; the group only explains.  The
   * copies may have no common version (a two-way merge), so nothing says
   * who changed what. */
  entente_group_set_text (group, NULL,
                          _("The copies differ in these parts. Each conflict marks the version the SLA holds for now: take another, or put the right value in its step and mark the conflict resolved. The SLA cannot be signed while conflicts remain."));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Merge Conflicts"), -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), entente_document_get_conflicts (document),
                           create_row, document, NULL);
  {
    GtkWidget *placeholder = gtk_label_new (_("All conflicts are resolved."));

    gtk_widget_set_margin_top (placeholder, 24);
    gtk_widget_set_margin_bottom (placeholder, 24);
    gtk_widget_set_margin_start (placeholder, 12);
    gtk_widget_set_margin_end (placeholder, 12);
    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  entente_pages_dialog_add (window, ADW_PREFERENCES_PAGE (page));

  /* A preferences page keeps its groups as narrow as a column of
   * settings; three versions side by side need the window's width. */
  clamp = gtk_widget_get_ancestor (group, ADW_TYPE_CLAMP);
  if (clamp != NULL)
    adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1200);

  return window;
}
