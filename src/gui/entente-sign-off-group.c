/* entente-sign-off-group.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-sign-off-group.h"

/* Who has signed the text as it stands: a row per party with its state
 * (not signed, signed, or outdated because the text changed since) and a
 * button to sign for it, in the name from Preferences. */

typedef struct
{
  EntenteDocument *document;
  GtkWidget       *list;
  guint            rebuild_source;
} SignOff;

static void rebuild (SignOff *self);

static char *
state_text (EntenteDocument *document,
            EntenteParty    *party)
{
  EntenteApproval *approval = NULL;
  EntenteSignOffState state = entente_document_get_sign_off_state (document, entente_party_get_id (party), &approval);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;

  if (state == ENTENTE_SIGN_OFF_NOT_SIGNED || approval == NULL)
    return g_strdup (_("Not signed yet"));

  local = g_date_time_to_local (entente_approval_get_time (approval));
  {
    g_autoptr(GDate) day = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (local),
                                           (GDateMonth) g_date_time_get_month (local),
                                           (GDateYear) g_date_time_get_year (local));

    when = entente_format_medium_date (entente_locale_get_interface (), day);
  }
  if (state == ENTENTE_SIGN_OFF_OUTDATED)
    {
      g_autoptr(GPtrArray) changes = entente_document_changes_since_sign_off (document, entente_party_get_id (party));

      /* Say what changed when the signed text is known. */
      if (changes != NULL && changes->len > 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Signed by %s on %s — outdated by %u change since: %s",
                                             "Signed by %s on %s — outdated by %u changes since, first: %s",
                                             changes->len),
                                entente_approval_get_signer (approval), when, changes->len,
                                ((EntenteChange *) g_ptr_array_index (changes, 0))->message);
      return g_strdup_printf (_("Signed by %s on %s — outdated: the agreement changed since"),
                              entente_approval_get_signer (approval), when);
    }

  return g_strdup_printf (_("Signed by %s on %s"), entente_approval_get_signer (approval), when);
}

static void
on_sign_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SignOff          *self)
{
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  GtkEditable *role = g_object_get_data (G_OBJECT (dialog), "role");
  const char *party = g_object_get_data (G_OBJECT (dialog), "party");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) key = NULL;

  if (!g_str_equal (response, "sign"))
    return;

  /* The user's own key signs; the first sign-off makes it. */
  key = entente_key_store_load (TRUE, &error);
  if (key == NULL ||
      entente_document_approve (self->document, party, gtk_editable_get_text (name),
                                gtk_editable_get_text (role), key, &error) == NULL)
    {
      AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (self->list, ADW_TYPE_TOAST_OVERLAY));

      if (overlay != NULL)
        adw_toast_overlay_add_toast (overlay, entente_toast_new (error->message));
    }
}

static void
on_sign_clicked (GtkButton *button,
                 SignOff   *self)
{
  EntenteParty *party = g_object_get_data (G_OBJECT (button), "party");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");
  g_autofree char *author = g_settings_get_string (settings, "author-name");
  g_autofree char *author_role = g_settings_get_string (settings, "author-role");
  g_autofree char *body = g_strdup_printf (_("Sign the agreement as it stands for %s. If the text changes later, this sign-off shows as outdated."),
                                           entente_party_get_team (party));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))),
                                              _("Sign Off?"), body);
  GtkWidget *box = gtk_list_box_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *role = adw_entry_row_new ();

  entente_row_set_title (name, _("Signer"));
  entente_row_set_title (role, _("Role"));
  gtk_editable_set_text (GTK_EDITABLE (name), author[0] ? author : (entente_party_get_leader (party) ? entente_party_get_leader (party) : ""));
  gtk_editable_set_text (GTK_EDITABLE (role), author_role[0] ? author_role : (entente_party_get_role (party) ? entente_party_get_role (party) : ""));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (box), name);
  gtk_list_box_append (GTK_LIST_BOX (box), role);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "sign", _("_Sign"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "sign", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "sign");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "name", name);
  g_object_set_data (G_OBJECT (dialog), "role", role);
  g_object_set_data_full (G_OBJECT (dialog), "party", g_strdup (entente_party_get_id (party)), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_sign_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rebuild (SignOff *self)
{
  GListModel *parties = entente_document_get_parties (self->document);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);

  for (guint i = 0, n = g_list_model_get_n_items (parties); i < n; i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      g_autofree char *state = state_text (self->document, party);
      g_autofree char *label = g_strdup_printf (_("Sign for %s"), entente_party_get_team (party));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Sign…"));

      entente_row_set_title (row, entente_party_get_team (party));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), state);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, label);
      entente_row_set_accessible_label (button, label);
      g_object_set_data_full (G_OBJECT (button), "party", g_object_ref (party), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_sign_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
    }
}

static gboolean
rebuild_cb (gpointer data)
{
  SignOff *self = data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* The states follow edits, since any edit may outdate a sign-off; they
 * are worked out when typing pauses, as each needs the text's digest. */
static void
on_document_changed (GtkWidget *list)
{
  SignOff *self = g_object_get_data (G_OBJECT (list), "sign-off");

  if (self->rebuild_source == 0)
    self->rebuild_source = g_timeout_add (300, rebuild_cb, self);
}

static void
sign_off_free (gpointer data)
{
  SignOff *self = data;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_free (self);
}

GtkWidget *
entente_sign_off_group_new (EntenteDocument *document)
{
  GtkWidget *group = adw_preferences_group_new ();
  SignOff *self = g_new0 (SignOff, 1);

  self->document = document;
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  entente_row_set_accessible_label (self->list, _("Sign-off"));
  entente_group_set_text (group, _("Sign-off"),
                          _("Each party signs the text as it stands; a change afterwards outdates the sign-off. Comments do not."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->list);
  g_object_set_data_full (G_OBJECT (self->list), "sign-off", self, sign_off_free);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self->list, G_CONNECT_SWAPPED);
  rebuild (self);

  return group;
}
