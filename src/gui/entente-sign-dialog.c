/* entente-sign-dialog.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-sign-dialog.h"

/* Asks before signing for a party, as the person in Preferences: their
 * name (required, since a sign-off says who made it) and their own role,
 * not the party's, which is its leader's.  Anyone may sign for a party,
 * a deputy say, but the dialog says so when the name is not its
 * leader's.  Who opens it signs on the "sign" response. */

struct _EntenteSignDialog
{
  AdwMessageDialog  parent_instance;

  EntenteParty     *party;
  char             *warning;

  AdwEntryRow      *name_row;
  AdwEntryRow      *role_row;
  GtkWidget        *warning_box;
  GtkLabel         *warning_label;
};

G_DEFINE_FINAL_TYPE (EntenteSignDialog, entente_sign_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* Sign only with a name, and say when it is not the leader's. */
static void
on_name_changed (EntenteSignDialog *self)
{
  g_autofree char *signer = entente_sign_dialog_dup_signer (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "sign", *signer != '\0');

  g_clear_pointer (&self->warning, g_free);
  if (self->party != NULL && *signer != '\0')
    self->warning = entente_sign_off_leader_warning (NULL, self->party, signer);
  gtk_label_set_text (self->warning_label, self->warning != NULL ? self->warning : "");
  gtk_widget_set_visible (self->warning_box, self->warning != NULL);
}

/* Enter in a field signs, as the default button would, when it may. */
static void
on_entry_activated (EntenteSignDialog *self)
{
  if (!adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "sign"))
    return;

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "sign");
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
entente_sign_dialog_dispose (GObject *object)
{
  EntenteSignDialog *self = ENTENTE_SIGN_DIALOG (object);

  g_clear_object (&self->party);
  g_clear_pointer (&self->warning, g_free);

  G_OBJECT_CLASS (entente_sign_dialog_parent_class)->dispose (object);
}

static void
entente_sign_dialog_class_init (EntenteSignDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_sign_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-sign-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteSignDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, EntenteSignDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, EntenteSignDialog, warning_box);
  gtk_widget_class_bind_template_child (widget_class, EntenteSignDialog, warning_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
}

static void
entente_sign_dialog_init (EntenteSignDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  entente_row_set_accessible_label (GTK_WIDGET (self->name_row), _("Signer"));
  entente_row_set_accessible_label (GTK_WIDGET (self->role_row), _("Role"));
}

/**
 * entente_sign_dialog_new:
 * @party: the party to sign for, the one whose row the user chose
 */
GtkWidget *
entente_sign_dialog_new (GtkWindow    *parent,
                         EntenteParty *party)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");
  g_autofree char *name = g_settings_get_string (settings, "author-name");
  g_autofree char *role = g_settings_get_string (settings, "author-role");
  EntenteSignDialog *self;

  g_return_val_if_fail (ENTENTE_IS_PARTY (party), NULL);

  self = g_object_new (ENTENTE_TYPE_SIGN_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->party = g_object_ref (party);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  _("Sign the agreement as it stands for %s. If the text changes later, this sign-off shows as outdated."),
                                  entente_party_get_team (party));
  /* Who the user is, never who the party's leader is: a sign-off in
   * another person's name is what signing keys are there to stop. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), g_strstrip (name));
  gtk_editable_set_text (GTK_EDITABLE (self->role_row), g_strstrip (role));
  on_name_changed (self);

  return GTK_WIDGET (self);
}

EntenteParty *
entente_sign_dialog_get_party (EntenteSignDialog *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGN_DIALOG (self), NULL);

  return self->party;
}

/**
 * entente_sign_dialog_dup_signer:
 *
 * Returns: (transfer full): the name to sign with, trimmed; empty when
 *   none is given
 */
char *
entente_sign_dialog_dup_signer (EntenteSignDialog *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGN_DIALOG (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

char *
entente_sign_dialog_dup_role (EntenteSignDialog *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGN_DIALOG (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->role_row))));
}

/**
 * entente_sign_dialog_get_warning:
 *
 * Returns: (nullable): what the dialog says of the name, that it is not
 *   the party's leader's, or %NULL
 */
const char *
entente_sign_dialog_get_warning (EntenteSignDialog *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGN_DIALOG (self), NULL);

  return self->warning;
}
