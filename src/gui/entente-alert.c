/* entente-alert.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-row-util.h"

#include <adwaita.h>

#include "entente-alert.h"

/* Every question the window asks in a dialog of its own ("Save
 * Changes?", "File Changed on Disk"…) is an EntenteAlert: heading, body,
 * responses, and one "response" signal.  The widget behind it is chosen
 * here at compile time, and nowhere else: AdwAlertDialog where libadwaita
 * has it (1.5), AdwMessageDialog, deprecated since, on Debian 12's 1.2.
 * An alert lives from entente_alert_present() until it is answered. */

#define HAS_ALERT_DIALOG ADW_CHECK_VERSION (1, 5, 0)

struct _EntenteAlert
{
  GObject         parent_instance;

  GtkWidget      *dialog;      /* owned, sunk */
  GtkApplication *held;        /* an application kept running while it is open */
};

G_DEFINE_FINAL_TYPE (EntenteAlert, entente_alert, G_TYPE_OBJECT)

enum { RESPONSE, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Presented and not yet answered, oldest first. */
static GList *open_alerts;

static void
entente_alert_dispose (GObject *object)
{
  EntenteAlert *self = ENTENTE_ALERT (object);

  if (self->dialog != NULL)
    g_signal_handlers_disconnect_by_data (self->dialog, self);
  g_clear_object (&self->dialog);

  G_OBJECT_CLASS (entente_alert_parent_class)->dispose (object);
}

static void
entente_alert_class_init (EntenteAlertClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = entente_alert_dispose;

  /**
   * EntenteAlert::response:
   * @id: the response chosen, or the close response when the alert was
   *   dismissed
   */
  signals[RESPONSE] =
    g_signal_new ("response",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
entente_alert_init (EntenteAlert *self)
{
}

#if HAS_ALERT_DIALOG
#define DIALOG(self) ADW_ALERT_DIALOG ((self)->dialog)
#else
#define DIALOG(self) ADW_MESSAGE_DIALOG ((self)->dialog)
#endif

EntenteAlert *
entente_alert_new (const char *heading,
                   const char *body)
{
  EntenteAlert *self = g_object_new (ENTENTE_TYPE_ALERT, NULL);

#if HAS_ALERT_DIALOG
  self->dialog = GTK_WIDGET (g_object_ref_sink (adw_alert_dialog_new (heading, body)));
#else
  self->dialog = g_object_ref_sink (adw_message_dialog_new (NULL, heading, body));
#endif

  return self;
}

void
entente_alert_set_body_markup (EntenteAlert *self,
                               const char   *markup)
{
  g_return_if_fail (ENTENTE_IS_ALERT (self));

#if HAS_ALERT_DIALOG
  adw_alert_dialog_set_body_use_markup (DIALOG (self), TRUE);
  adw_alert_dialog_set_body (DIALOG (self), markup);
#else
  adw_message_dialog_set_body_use_markup (DIALOG (self), TRUE);
  adw_message_dialog_set_body (DIALOG (self), markup);
#endif
}

void
entente_alert_add_response (EntenteAlert           *self,
                            const char             *id,
                            const char             *label,
                            EntenteAlertAppearance  appearance)
{
  static const AdwResponseAppearance appearances[] = {
    [ENTENTE_ALERT_DEFAULT] = ADW_RESPONSE_DEFAULT,
    [ENTENTE_ALERT_SUGGESTED] = ADW_RESPONSE_SUGGESTED,
    [ENTENTE_ALERT_DESTRUCTIVE] = ADW_RESPONSE_DESTRUCTIVE,
  };

  g_return_if_fail (ENTENTE_IS_ALERT (self));

#if HAS_ALERT_DIALOG
  adw_alert_dialog_add_response (DIALOG (self), id, label);
  adw_alert_dialog_set_response_appearance (DIALOG (self), id, appearances[appearance]);
#else
  adw_message_dialog_add_response (DIALOG (self), id, label);
  adw_message_dialog_set_response_appearance (DIALOG (self), id, appearances[appearance]);
#endif
}

void
entente_alert_set_default_response (EntenteAlert *self,
                                    const char   *id)
{
  g_return_if_fail (ENTENTE_IS_ALERT (self));

#if HAS_ALERT_DIALOG
  adw_alert_dialog_set_default_response (DIALOG (self), id);
#else
  adw_message_dialog_set_default_response (DIALOG (self), id);
#endif
}

/* What pressing Escape or closing the window answers. */
void
entente_alert_set_close_response (EntenteAlert *self,
                                  const char   *id)
{
  g_return_if_fail (ENTENTE_IS_ALERT (self));

#if HAS_ALERT_DIALOG
  adw_alert_dialog_set_close_response (DIALOG (self), id);
#else
  adw_message_dialog_set_close_response (DIALOG (self), id);
#endif
}

const char *
entente_alert_get_heading (EntenteAlert *self)
{
  g_return_val_if_fail (ENTENTE_IS_ALERT (self), NULL);

#if HAS_ALERT_DIALOG
  return adw_alert_dialog_get_heading (DIALOG (self));
#else
  return adw_message_dialog_get_heading (DIALOG (self));
#endif
}

const char *
entente_alert_get_body (EntenteAlert *self)
{
  g_return_val_if_fail (ENTENTE_IS_ALERT (self), NULL);

#if HAS_ALERT_DIALOG
  return adw_alert_dialog_get_body (DIALOG (self));
#else
  return adw_message_dialog_get_body (DIALOG (self));
#endif
}

/**
 * entente_alert_set_extra_child:
 * @child: what the alert shows under its body, such as a form
 */
void
entente_alert_set_extra_child (EntenteAlert *self,
                               GtkWidget    *child)
{
  g_return_if_fail (ENTENTE_IS_ALERT (self));

#if HAS_ALERT_DIALOG
  adw_alert_dialog_set_extra_child (DIALOG (self), child);
#else
  adw_message_dialog_set_extra_child (DIALOG (self), child);
#endif
}

void
entente_alert_set_response_enabled (EntenteAlert *self,
                                    const char   *id,
                                    gboolean      enabled)
{
  g_return_if_fail (ENTENTE_IS_ALERT (self));

#if HAS_ALERT_DIALOG
  adw_alert_dialog_set_response_enabled (DIALOG (self), id, enabled);
#else
  adw_message_dialog_set_response_enabled (DIALOG (self), id, enabled);
#endif
}

gboolean
entente_alert_get_response_enabled (EntenteAlert *self,
                                    const char   *id)
{
  g_return_val_if_fail (ENTENTE_IS_ALERT (self), FALSE);

#if HAS_ALERT_DIALOG
  return adw_alert_dialog_get_response_enabled (DIALOG (self), id);
#else
  return adw_message_dialog_get_response_enabled (DIALOG (self), id);
#endif
}

static void
on_dialog_response (GtkWidget    *dialog,
                    const char   *response,
                    EntenteAlert *self)
{
  GQuark detail = g_quark_from_string (response);

  /* Answered: no longer open, and no longer kept alive by being so. */
  open_alerts = g_list_remove (open_alerts, self);
  g_signal_handlers_disconnect_by_data (dialog, self);
  g_signal_emit (self, signals[RESPONSE], detail, response);
  if (self->held != NULL)
    {
      g_application_release (G_APPLICATION (self->held));
      g_clear_object (&self->held);
    }
  g_object_unref (self);
}

static void
present (EntenteAlert *self,
         GtkWidget    *parent)
{
  /* Kept until answered. */
  open_alerts = g_list_append (open_alerts, g_object_ref (self));
  g_signal_connect (self->dialog, "response", G_CALLBACK (on_dialog_response), self);
  entente_accessible_tidy (self->dialog);

#if HAS_ALERT_DIALOG
  adw_dialog_present (ADW_DIALOG (self->dialog), parent);
#else
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self->dialog), GTK_WINDOW (gtk_widget_get_root (parent)));
  if (self->held != NULL)
    gtk_window_set_application (GTK_WINDOW (self->dialog), self->held);
  gtk_window_present (GTK_WINDOW (self->dialog));
#endif
}

/**
 * entente_alert_present:
 * @parent: (nullable): a widget of the window the alert is about
 *
 * Shows the alert, over @parent's window; it emits #EntenteAlert::response
 * once, when answered.
 */
void
entente_alert_present (EntenteAlert *self,
                       GtkWidget    *parent)
{
  g_return_if_fail (ENTENTE_IS_ALERT (self));

  present (self, parent);
}

/**
 * entente_alert_present_for_application:
 *
 * Shows the alert over @application's active window, if it has one, and
 * keeps @application running until it is answered: opened from the
 * command line, there may be no window but the alert.
 */
void
entente_alert_present_for_application (EntenteAlert   *self,
                                       GtkApplication *application)
{
  GtkWindow *active;

  g_return_if_fail (ENTENTE_IS_ALERT (self));
  g_return_if_fail (GTK_IS_APPLICATION (application));

  active = gtk_application_get_active_window (application);
  self->held = g_object_ref (application);
  g_application_hold (G_APPLICATION (application));
  present (self, active != NULL ? GTK_WIDGET (active) : NULL);
}

/**
 * entente_alert_respond:
 *
 * Answers the alert with @id and closes it, as if the person had chosen
 * @id.
 */
void
entente_alert_respond (EntenteAlert *self,
                       const char   *id)
{
  g_autoptr(EntenteAlert) hold = NULL;
  g_autoptr(GtkWidget) dialog = NULL;

  g_return_if_fail (ENTENTE_IS_ALERT (self));

  /* Answered, the alert lets go of itself and of its dialog. */
  hold = g_object_ref (self);
  dialog = g_object_ref (self->dialog);
#if HAS_ALERT_DIALOG
  /* AdwAlertDialog has no call for it: its signal, then a close that
   * asks nothing more. */
  g_signal_emit_by_name (dialog, "response", id);
  adw_dialog_force_close (ADW_DIALOG (dialog));
#else
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), id);
  gtk_window_destroy (GTK_WINDOW (dialog));
#endif
}

/**
 * entente_alert_get_dialog:
 *
 * Returns: (transfer none): the widget shown, for tests that click its
 *   buttons as a person does
 */
GtkWidget *
entente_alert_get_dialog (EntenteAlert *self)
{
  g_return_val_if_fail (ENTENTE_IS_ALERT (self), NULL);

  return self->dialog;
}

/**
 * entente_alert_find_open:
 * @heading: what the alert says first, as translated
 *
 * Returns: (transfer none) (nullable): the alert open with @heading
 */
EntenteAlert *
entente_alert_find_open (const char *heading)
{
  for (GList *l = open_alerts; l != NULL; l = l->next)
    if (g_strcmp0 (entente_alert_get_heading (l->data), heading) == 0)
      return l->data;

  return NULL;
}
