/* entente-sign-dialog.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-alert.h"
#include "entente-sign-dialog.h"
#include "entente-example.h"
#include "entente-document.h"

/* Asks before signing for a party, as the person in Preferences: their
 * name (required, since a sign-off says who made it) and their own role,
 * not the party's, which is its leader's.  Anyone may sign for a party,
 * a deputy say, but the dialog says so when the name is not its
 * leader's.  Who opens it signs on the "sign" response. */

struct _EntenteSignDialog
{
  AdwBin            parent_instance;

  EntenteParty     *party;
  char             *warning;
  EntenteAlert     *alert;      /* the alert it is shown in, while open */

  AdwEntryRow      *name_row;
  AdwEntryRow      *role_row;
  GtkWidget        *warning_box;
  GtkLabel         *warning_label;
};

G_DEFINE_FINAL_TYPE (EntenteSignDialog, entente_sign_dialog, ADW_TYPE_BIN)

enum { RESPONSE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_can_sign (EntenteSignDialog *self,
              gboolean           can_sign)
{
  if (self->alert != NULL)
    entente_alert_set_response_enabled (self->alert, "sign", can_sign);
}

/* Sign only with a name, and say when it is not the leader's. */
static void
on_name_changed (EntenteSignDialog *self)
{
  g_autofree char *signer = entente_sign_dialog_dup_signer (self);

  set_can_sign (self, *signer != '\0');

  g_clear_pointer (&self->warning, g_free);
  if (self->party != NULL && *signer != '\0')
    self->warning = entente_sign_off_leader_warning (NULL, self->party, signer);
  if (self->party != NULL)
    {
      EntenteItem *root = entente_item_get_root (ENTENTE_ITEM (self->party));
      g_autofree char *example = ENTENTE_IS_DOCUMENT (root) ? entente_example_describe (ENTENTE_DOCUMENT (root)) : NULL;

      /* Said, as the other warning: signing a draft is theirs to decide. */
      if (example != NULL && self->warning != NULL)
        {
          char *both = g_strconcat (self->warning, "\n", example, NULL);

          g_free (self->warning);
          self->warning = both;
        }
      else if (example != NULL)
        self->warning = g_steal_pointer (&example);
    }
  gtk_label_set_text (self->warning_label, self->warning != NULL ? self->warning : "");
  gtk_widget_set_visible (self->warning_box, self->warning != NULL);
}

/* Enter in a field signs, as the default button would, when it may. */
static void
on_entry_activated (EntenteSignDialog *self)
{
  if (self->alert == NULL || !entente_alert_get_response_enabled (self->alert, "sign"))
    return;

  entente_alert_respond (self->alert, "sign");
}

static void
entente_sign_dialog_dispose (GObject *object)
{
  EntenteSignDialog *self = ENTENTE_SIGN_DIALOG (object);

  g_clear_object (&self->party);
  g_clear_pointer (&self->warning, g_free);
  g_clear_weak_pointer (&self->alert);

  G_OBJECT_CLASS (entente_sign_dialog_parent_class)->dispose (object);
}

static void
entente_sign_dialog_class_init (EntenteSignDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_sign_dialog_dispose;

  /**
   * EntenteSignDialog::response:
   * @id: "sign", or "cancel" when dismissed
   */
  signals[RESPONSE] =
    g_signal_new ("response",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

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
  entente_accessible_tidy (GTK_WIDGET (self));
  entente_row_set_accessible_label (GTK_WIDGET (self->name_row), _("Signer"));
  entente_row_set_accessible_label (GTK_WIDGET (self->role_row), _("Role"));
}

/**
 * entente_sign_dialog_new:
 * @party: the party to sign for, the one whose row the user chose
 *
 * Returns: (transfer floating): the form, for entente_sign_dialog_present()
 */
GtkWidget *
entente_sign_dialog_new (EntenteParty *party)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");
  g_autofree char *name = g_settings_get_string (settings, "author-name");
  g_autofree char *role = g_settings_get_string (settings, "author-role");
  EntenteSignDialog *self;

  g_return_val_if_fail (ENTENTE_IS_PARTY (party), NULL);

  self = g_object_new (ENTENTE_TYPE_SIGN_DIALOG, NULL);
  self->party = g_object_ref (party);
  /* Who the user is, never who the party's leader is: a sign-off in
   * another person's name is what signing keys are there to stop. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), g_strstrip (name));
  gtk_editable_set_text (GTK_EDITABLE (self->role_row), g_strstrip (role));
  on_name_changed (self);

  return GTK_WIDGET (self);
}

static void
on_alert_response (EntenteAlert      *alert,
                   const char        *response,
                   EntenteSignDialog *self)
{
  g_signal_emit (self, signals[RESPONSE], 0, response);
}

/**
 * entente_sign_dialog_present:
 * @parent: a widget of the window it is about
 *
 * Asks “Sign Off?” with the form under the question; the form emits
 * #EntenteSignDialog::response once, when answered.
 */
void
entente_sign_dialog_present (EntenteSignDialog *self,
                             GtkWidget         *parent)
{
  g_autofree char *body = NULL;
  EntenteAlert *alert;

  g_return_if_fail (ENTENTE_IS_SIGN_DIALOG (self));
  g_return_if_fail (self->alert == NULL);

  body = g_strdup_printf (_("Sign the agreement as it stands for %s. If the text changes later, this sign-off shows as outdated."),
                          entente_party_get_team (self->party));
  alert = entente_alert_new (_("Sign Off?"), body);
  entente_alert_add_response (alert, "cancel", _("_Cancel"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "sign", _("_Sign"), ENTENTE_ALERT_SUGGESTED);
  entente_alert_set_default_response (alert, "sign");
  entente_alert_set_close_response (alert, "cancel");
  entente_alert_set_extra_child (alert, GTK_WIDGET (self));
  g_set_weak_pointer (&self->alert, alert);
  on_name_changed (self);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_alert_response), self, 0);
  entente_alert_present (alert, parent);
  g_object_unref (alert);
}

/**
 * entente_sign_dialog_get_alert:
 *
 * Returns: (transfer none) (nullable): the alert it is shown in, while open
 */
EntenteAlert *
entente_sign_dialog_get_alert (EntenteSignDialog *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGN_DIALOG (self), NULL);

  return self->alert;
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
