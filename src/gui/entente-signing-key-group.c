/* entente-signing-key-group.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-core.h"
#include "entente-pages-dialog.h"
#include "entente-file-dialog.h"
#include "entente-row-util.h"
#include "entente-alert.h"
#include "entente-signing-key-group.h"

/* The user's own signing key, in Preferences: its fingerprint, which
 * colleagues compare with the one their window shows beside a sign-off,
 * Copy to paste it into a chat, the public key as a file to send, and
 * Replace for a key that was lost or exposed.  The key is asked of the
 * keyring in a thread: a keyring may take seconds to answer, or wait on
 * a password prompt. */

struct _EntenteSigningKeyGroup
{
  AdwPreferencesGroup  parent_instance;

  char                *public_key;   /* base64, NULL while there is none */
  char                *fingerprint;
  gboolean             loading;

  AdwActionRow        *fingerprint_row;
  GtkWidget           *copy_button;
  GtkWidget           *create_button;
};

G_DEFINE_FINAL_TYPE (EntenteSigningKeyGroup, entente_signing_key_group, ADW_TYPE_PREFERENCES_GROUP)

static void
show_toast (EntenteSigningKeyGroup *self,
            const char             *message)
{
  GtkWidget *dialog = entente_pages_dialog_of (GTK_WIDGET (self));

  if (dialog != NULL)
    entente_pages_dialog_add_toast (dialog, entente_toast_new (message));
}

static void
update (EntenteSigningKeyGroup *self)
{
  gboolean has_key = self->public_key != NULL;

  if (has_key)
    {
      g_autofree char *whole = entente_fingerprint_for_display (self->fingerprint, " ");

      adw_action_row_set_subtitle (self->fingerprint_row, whole);
    }
  else if (self->loading)
    adw_action_row_set_subtitle (self->fingerprint_row, "");
  else
    adw_action_row_set_subtitle (self->fingerprint_row, _("No key yet — one is made the first time you sign"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fingerprint_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  adw_action_row_get_subtitle (self->fingerprint_row),
                                  -1);

  gtk_widget_set_visible (self->copy_button, has_key);
  gtk_widget_set_visible (self->create_button, !has_key);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "signing-key.copy", has_key && !self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "signing-key.export", has_key && !self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "signing-key.replace", has_key && !self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "signing-key.create", !has_key && !self->loading);
}

static void
key_job_done (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  EntenteSigningKeyGroup *self = ENTENTE_SIGNING_KEY_GROUP (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) key = entente_key_store_run_finish (result, &error);
  g_autofree char *notice = NULL;

  self->loading = FALSE;
  if (key != NULL)
    {
      g_free (self->public_key);
      g_free (self->fingerprint);
      self->public_key = g_strdup (entente_signing_key_get_public (key));
      self->fingerprint = entente_public_key_fingerprint (self->public_key);
    }
  update (self);

  if (error != NULL)
    show_toast (self, error->message);
  /* Where a new key went, when no keyring could keep it: said once. */
  notice = entente_signing_key_take_notice ();
  if (notice != NULL)
    show_toast (self, notice);
}

static void
run_key_job (EntenteSigningKeyGroup *self,
             EntenteKeyJob           job)
{
  self->loading = TRUE;
  update (self);
  entente_key_store_run (job, self, key_job_done, NULL);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EntenteSigningKeyGroup *self = ENTENTE_SIGNING_KEY_GROUP (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->fingerprint);
  show_toast (self, _("Fingerprint copied"));
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  run_key_job (ENTENTE_SIGNING_KEY_GROUP (widget), ENTENTE_KEY_CREATE);
}

static void
on_export_chosen (GFile    *file,
                  gpointer  data)
{
  g_autoptr(EntenteSigningKeyGroup) self = data;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->public_key == NULL)
    return;

  name = entente_key_store_get_own_name ();
  text = entente_public_key_export (self->public_key, name);
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The public key could not be saved: %s"), error->message);

      show_toast (self, message);
    }
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  entente_file_dialog_save_other (GTK_WINDOW (gtk_widget_get_root (widget)), _("Export Public Key"),
                                  "entente-public-key.txt", ENTENTE_FILE_ANY, on_export_chosen, g_object_ref (widget));
}

static void
on_replace_response (EntenteAlert           *alert,
                     const char             *response,
                     EntenteSigningKeyGroup *self)
{
  if (g_str_equal (response, "replace"))
    run_key_job (self, ENTENTE_KEY_REPLACE);
}

static void
replace_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autoptr(EntenteAlert) alert = entente_alert_new (_("Replace Signing Key?"),
                                                     _("Your next sign-offs will be made with a new key. Colleagues will see them as made with a changed key, and a warning that they may not be yours, until they compare the new fingerprint with you. The sign-offs you made before stay as they are."));

  entente_alert_add_response (alert, "cancel", _("_Cancel"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "replace", _("_Replace Key"), ENTENTE_ALERT_DESTRUCTIVE);
  entente_alert_set_default_response (alert, "cancel");
  entente_alert_set_close_response (alert, "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (on_replace_response), widget, 0);
  entente_alert_present (alert, widget);
}

static void
entente_signing_key_group_finalize (GObject *object)
{
  EntenteSigningKeyGroup *self = ENTENTE_SIGNING_KEY_GROUP (object);

  g_free (self->public_key);
  g_free (self->fingerprint);

  G_OBJECT_CLASS (entente_signing_key_group_parent_class)->finalize (object);
}

static void
entente_signing_key_group_class_init (EntenteSigningKeyGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = entente_signing_key_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-signing-key-group.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteSigningKeyGroup, fingerprint_row);
  gtk_widget_class_bind_template_child (widget_class, EntenteSigningKeyGroup, copy_button);
  gtk_widget_class_bind_template_child (widget_class, EntenteSigningKeyGroup, create_button);

  gtk_widget_class_install_action (widget_class, "signing-key.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "signing-key.create", NULL, create_activated);
  gtk_widget_class_install_action (widget_class, "signing-key.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "signing-key.replace", NULL, replace_activated);
}

static void
entente_signing_key_group_init (EntenteSigningKeyGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  entente_row_set_accessible_label (GTK_WIDGET (self->fingerprint_row), _("Fingerprint"));
  entente_row_set_accessible_label (self->copy_button, _("Copy Fingerprint"));
  run_key_job (self, ENTENTE_KEY_LOAD);
}

GtkWidget *
entente_signing_key_group_new (void)
{
  return g_object_new (ENTENTE_TYPE_SIGNING_KEY_GROUP, NULL);
}

/**
 * entente_signing_key_group_get_fingerprint:
 *
 * Returns: (nullable): the fingerprint shown, %NULL while there is no key
 */
const char *
entente_signing_key_group_get_fingerprint (EntenteSigningKeyGroup *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGNING_KEY_GROUP (self), NULL);

  return self->fingerprint;
}

gboolean
entente_signing_key_group_is_loading (EntenteSigningKeyGroup *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGNING_KEY_GROUP (self), FALSE);

  return self->loading;
}

/**
 * entente_signing_key_take_notice:
 *
 * The core's notice names the file the key went to, for the command
 * line; a toast holds one short line, so the window says what it means.
 *
 * Returns: (transfer full) (nullable): a sentence for a toast, once,
 *   when a new key could only be kept in a file
 */
char *
entente_signing_key_take_notice (void)
{
  g_autofree char *notice = entente_key_store_take_notice ();

  if (notice == NULL)
    return NULL;
  return g_strdup (_("No keyring is running: your signing key is kept in a file only you can read"));
}
