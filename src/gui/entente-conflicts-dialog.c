/* entente-conflicts-dialog.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-conflicts-dialog.h"
#include "entente-row-util.h"

/* What a merge could not decide: for each conflict, where it is and what
 * the common base, this copy and the other copy said.  The document holds
 * this copy's value; once the right value is in place (kept, or typed in
 * its step), the conflict is marked resolved and leaves the file. */

static void
on_resolved (GtkButton       *button,
             EntenteDocument *document)
{
  EntenteItem *conflict = g_object_get_data (G_OBJECT (button), "conflict");
  GListModel *conflicts = entente_document_get_conflicts (document);

  for (guint i = 0, n = g_list_model_get_n_items (conflicts); i < n; i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (conflicts, i);

      if (item == conflict)
        {
          entente_item_remove (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_CONFLICTS, i);
          break;
        }
    }
}

static char *
side (const char *label,
      const char *value)
{
  /* Translators: one side of a merge conflict, e.g. "Theirs: 450" */
  return g_strdup_printf (_("%s: %s"), label, value && value[0] ? value : _("(not set)"));
}

static GtkWidget *
conflict_row_new (EntenteDocument *document,
                  EntenteConflict *conflict)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Mark _Resolved"));
  g_autofree char *base = side (_("Before"), entente_conflict_get_base (conflict));
  g_autofree char *ours = side (_("Yours, kept for now"), entente_conflict_get_ours (conflict));
  g_autofree char *theirs = side (_("Theirs"), entente_conflict_get_theirs (conflict));
  g_autofree char *subtitle = g_strjoin ("\n", ours, theirs, base, NULL);

  entente_row_set_title (row, entente_conflict_get_path (conflict));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "conflict", g_object_ref (conflict), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_resolved), document);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer document)
{
  return conflict_row_new (document, item);
}

GtkWindow *
entente_conflicts_dialog_new (GtkWindow       *parent,
                              EntenteDocument *document)
{
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_title (GTK_WINDOW (window), _("Merge Conflicts"));
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (window), FALSE);
  entente_group_set_text (group, _("Merge Conflicts"),
                          _("Both copies changed these values differently. Yours is kept; put the right value in its step, then mark the conflict resolved. The SLA cannot be signed while conflicts remain."));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Merge Conflicts"), -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), entente_document_get_conflicts (document),
                           create_row, document, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), gtk_label_new (_("All conflicts are resolved.")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));

  return GTK_WINDOW (window);
}
