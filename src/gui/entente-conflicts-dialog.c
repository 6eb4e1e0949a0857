/* entente-conflicts-dialog.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-conflicts-dialog.h"
#include "entente-row-util.h"
#include "entente-window.h"

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

/* Taking a side sets its value and drops the record in one undo step. */
static void
on_take (GtkButton       *button,
         EntenteDocument *document)
{
  EntenteConflict *conflict = g_object_get_data (G_OBJECT (button), "conflict");
  EntenteConflictChoice choice = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "choice"));
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (button)));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (window));
  EntenteHistory *history = ENTENTE_IS_WINDOW (parent) ? entente_window_get_history (ENTENTE_WINDOW (parent)) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteConflict) held = g_object_ref (conflict);

  if (history != NULL)
    entente_history_begin_group (history);
  entente_document_resolve_conflict (document, held, choice, &error);
  if (history != NULL)
    entente_history_end_group (history);

  if (error != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), entente_toast_new (error->message));
}

static GtkWidget *
take_button_new (EntenteDocument       *document,
                 EntenteConflict       *conflict,
                 EntenteConflictChoice  choice,
                 const char            *label,
                 const char            *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_sensitive (button, entente_conflict_can_take (conflict, choice));
  g_object_set_data_full (G_OBJECT (button), "conflict", g_object_ref (conflict), g_object_unref);
  g_object_set_data (G_OBJECT (button), "choice", GINT_TO_POINTER (choice));
  g_signal_connect (button, "clicked", G_CALLBACK (on_take), document);

  return button;
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
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *base = side (_("Before"), entente_conflict_get_base (conflict));
  g_autofree char *ours = side (_("Yours, kept for now"), entente_conflict_get_ours (conflict));
  g_autofree char *theirs = side (_("Theirs"), entente_conflict_get_theirs (conflict));
  g_autofree char *subtitle = g_strjoin ("\n", ours, theirs, base, NULL);

  entente_row_set_title (row, entente_conflict_get_path (conflict));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Keep the value as it is now, yours or as you edited it"));
  g_object_set_data_full (G_OBJECT (button), "conflict", g_object_ref (conflict), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_resolved), document);
  gtk_box_append (GTK_BOX (box), take_button_new (document, conflict, ENTENTE_CONFLICT_TAKE_THEIRS,
                                                  _("Take _Theirs"), _("Use the other copy's value")));
  gtk_box_append (GTK_BOX (box), take_button_new (document, conflict, ENTENTE_CONFLICT_TAKE_BASE,
                                                  _("Take _Before"), _("Go back to the value both copies started from")));
  gtk_box_append (GTK_BOX (box), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

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
                          _("Both copies changed these values differently. Yours is kept for now: take theirs or the value from before, or put the right value in its step and mark the conflict resolved. The SLA cannot be signed while conflicts remain."));
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
