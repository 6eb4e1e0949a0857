/* entente-preferences-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-preferences-window.h"
#include "entente-signing-key-group.h"
#include "entente-pages-dialog.h"

/* Who you are (for comments and sign-offs) and the key you sign with,
 * the paper agreements print on, and whether drafts are kept: each row
 * bound to its GSettings key, so changes apply at once, as GNOME
 * preferences do. */

static gboolean
paper_to_selected (GValue   *value,
                   GVariant *variant,
                   gpointer  data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "letter") ? 1 : 0);
  return TRUE;
}

static GVariant *
selected_to_paper (const GValue       *value,
                   const GVariantType *type,
                   gpointer            data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "letter" : "a4");
}

static GtkWidget *
entry_row_new (GSettings  *settings,
               const char *key,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_settings_bind (settings, key, row, "text", G_SETTINGS_BIND_DEFAULT);
  return row;
}

GtkWidget *
entente_preferences_window_new (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");
  const char *papers[] = { _("A4"), _("US Letter"), NULL };
  GtkWidget *window = entente_pages_dialog_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *you = adw_preferences_group_new ();
  GtkWidget *documents = adw_preferences_group_new ();
  GtkWidget *paper = adw_combo_row_new ();
  GtkWidget *autosave = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  /* libadwaita's own title comes from its catalogue, which has no Khmer;
   * the size is the one it chooses. */
  entente_pages_dialog_setup (window, _("Preferences"), 0, 0);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (you), _("You"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (you),
                                         _("Your name and role appear on your comments and sign-offs. You sign with this name, and colleagues know your signing key by it."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (you), entry_row_new (settings, "author-name", _("Name You Sign With")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (you), entry_row_new (settings, "author-role", _("Role")));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (documents), _("Documents"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (paper), _("Default Paper Size"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (paper), _("For agreements that do not set their own"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (paper), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Default Paper Size"), -1);
  adw_combo_row_set_model (ADW_COMBO_ROW (paper), G_LIST_MODEL (gtk_string_list_new (papers)));
  g_settings_bind_with_mapping (settings, "paper-size", paper, "selected", G_SETTINGS_BIND_DEFAULT,
                                paper_to_selected, selected_to_paper, NULL, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (autosave), _("Keep Drafts"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (autosave),
                               _("Save a draft a few seconds after each change, to restore after a crash; your file is only written when you save"));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Keep Drafts"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (autosave), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (autosave), toggle);
  g_settings_bind (settings, "autosave", toggle, "active", G_SETTINGS_BIND_DEFAULT);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (documents), paper);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (documents), autosave);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (you));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (entente_signing_key_group_new ()));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (documents));
  entente_pages_dialog_add (window, ADW_PREFERENCES_PAGE (page));

  return window;
}
