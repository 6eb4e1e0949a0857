/* entente-sign-off-group.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-typing-pause.h"
#include "entente-alert.h"
#include "entente-row-util.h"
#include "entente-sign-dialog.h"
#include "entente-sign-off-group.h"
#include "entente-sign-off-row.h"
#include "entente-signing-key-group.h"

/* Who has signed the text as it stands: a row per party with where its
 * sign-off stands (EntenteSignOffRow) and the group's "sign-off" actions
 * its buttons run: sign for the party, as the person in Preferences, with
 * their own key; confirm a signer's key not known yet. */

struct _EntenteSignOffGroup
{
  AdwPreferencesGroup  parent_instance;

  EntenteDocument     *document;
  guint                rebuild_source;

  GtkWidget           *list;
};

G_DEFINE_FINAL_TYPE (EntenteSignOffGroup, entente_sign_off_group, ADW_TYPE_PREFERENCES_GROUP)

typedef EntenteSignOffGroup SignOff;

static void
show_toast (SignOff    *self,
            const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (self->list, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), entente_toast_new (message));
}

/* Every row, as a confirmed key or an edit may change any of them. */
static void
update_rows (SignOff *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row; row = gtk_widget_get_next_sibling (row))
    if (ENTENTE_IS_SIGN_OFF_ROW (row))
      entente_sign_off_row_update (ENTENTE_SIGN_OFF_ROW (row));
}

/* What the Sign dialog asked for, kept while the key is fetched. */
typedef struct
{
  EntenteDocument *document;
  char            *party;
  char            *signer;
  char            *role;
} SignRequest;

static void
sign_request_free (SignRequest *request)
{
  g_object_unref (request->document);
  g_free (request->party);
  g_free (request->signer);
  g_free (request->role);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SignRequest, sign_request_free)

static void
on_key_for_signing (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(SignRequest) request = data;
  SignOff *self = ENTENTE_SIGN_OFF_GROUP (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) key = entente_key_store_run_finish (result, &error);
  g_autofree char *notice = NULL;

  /* The window closed, or shows another agreement, meanwhile. */
  if (self->document != request->document || gtk_widget_get_root (GTK_WIDGET (source)) == NULL)
    return;

  if (key == NULL ||
      entente_document_approve (self->document, request->party, request->signer, request->role, key, &error) == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  /* The name signed with becomes the one in Preferences, when there was
   * none: it is the name colleagues know this key by. */
  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");
    g_autofree char *author = g_strstrip (g_settings_get_string (settings, "author-name"));

    if (*author == '\0')
      g_settings_set_string (settings, "author-name", request->signer);
  }

  /* Where the key went, when no keyring could keep it: said once. */
  notice = entente_signing_key_take_notice ();
  if (notice != NULL)
    show_toast (self, notice);
}

static void
on_sign_response (EntenteSignDialog *dialog,
                  const char        *response,
                  SignOff           *self)
{
  g_autofree char *signer = entente_sign_dialog_dup_signer (dialog);
  SignRequest *request;

  if (!g_str_equal (response, "sign") || *signer == '\0')
    return;

  request = g_new0 (SignRequest, 1);
  request->document = g_object_ref (self->document);
  request->party = g_strdup (entente_party_get_id (entente_sign_dialog_get_party (dialog)));
  request->signer = g_steal_pointer (&signer);
  request->role = entente_sign_dialog_dup_role (dialog);
  /* The user's own key signs; the first sign-off makes it.  A keyring
   * may take seconds to answer or to be unlocked. */
  entente_key_store_run (ENTENTE_KEY_CREATE, G_OBJECT (self), on_key_for_signing, request);
}

static void
sign_action (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  SignOff *self = ENTENTE_SIGN_OFF_GROUP (widget);
  EntenteParty *party = entente_document_find_party (self->document, g_variant_get_string (parameter, NULL));
  GtkWidget *dialog;

  if (party == NULL)
    return;

  dialog = entente_sign_dialog_new (party);
  g_signal_connect (dialog, "response", G_CALLBACK (on_sign_response), self);
  entente_sign_dialog_present (ENTENTE_SIGN_DIALOG (dialog), self->list);
}

typedef struct {
  SignOff   *group;   /* weak: it may go, with the page, while the alert is open */
  char      *party;
  char      *signer;
} KeyQuestion;

static void
key_question_free (gpointer  data,
                   GClosure *closure)
{
  KeyQuestion *question = data;

  g_clear_weak_pointer (&question->group);
  g_free (question->party);
  g_free (question->signer);
  g_free (question);
}

static void
on_confirm_response (EntenteAlert *alert,
                     const char   *response,
                     KeyQuestion  *question)
{
  SignOff *self = question->group;
  const char *party = question->party;
  const char *signer = question->signer;
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (!g_str_equal (response, "confirm"))
    return;

  if (entente_document_confirm_sign_off_key (self->document, party, &error))
    {
      g_autofree char *message = g_strdup_printf (_("%s’s key is confirmed"), signer);

      show_toast (self, message);
    }
  else
    show_toast (self, error->message);
  update_rows (self);
}

/* A key becomes this signer's, in every agreement, only once the user
 * has compared its fingerprint with them: the dialog shows it again, in
 * full, beside what to compare it with.  A changed key reads as the
 * warning it is. */
static void
confirm_key_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *parameter)
{
  SignOff *self = ENTENTE_SIGN_OFF_GROUP (widget);
  const char *party = g_variant_get_string (parameter, NULL);
  EntenteApproval *approval = NULL;
  EntenteSignOffState state = entente_document_get_sign_off_state (self->document, party, &approval);
  g_autofree char *fingerprint = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *advice = NULL;
  g_autofree char *body = NULL;
  g_autofree char *halves = NULL;
  const char *signer;
  g_autoptr(EntenteAlert) alert = NULL;
  KeyQuestion *question;

  if (approval == NULL || !entente_sign_off_state_asks_confirmation (state))
    return;
  signer = entente_approval_get_signer (approval);
  fingerprint = entente_sign_off_fingerprint (approval);

  if (state == ENTENTE_SIGN_OFF_NEW_KEY)
    {
      /* Translators: the heading of a dialog; %s is a person */
      heading = g_strdup_printf (_("Confirm %s’s Key?"), signer);
      advice = g_strdup_printf (_("Ask %s to read you the fingerprint of their key from Entente’s Preferences, by phone, in a chat or in person. Confirm only if it is this one:"),
                                signer);
    }
  else
    {
      /* Translators: the heading of a dialog; %s is a person */
      heading = g_strdup_printf (_("Accept %s’s New Key?"), signer);
      advice = g_strdup_printf (_("%s signed with another key before: someone else may be signing in their name. Accept this key only if %s tells you they replaced theirs, and reads you this fingerprint:"),
                                signer, signer);
    }
  /* The fingerprint in two halves of four groups, as it is read out. */
  halves = fingerprint != NULL ? entente_fingerprint_for_display (fingerprint, "\n") : g_strdup ("");
  body = g_markup_printf_escaped ("%s\n\n<span font_family=\"monospace\" size=\"large\">%s</span>",
                                  advice, halves);
  alert = entente_alert_new (heading, NULL);
  entente_alert_set_body_markup (alert, body);
  entente_alert_add_response (alert, "cancel", _("_Cancel"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "confirm", state == ENTENTE_SIGN_OFF_NEW_KEY ? _("Con_firm Key") : _("_Accept Key"),
                              state == ENTENTE_SIGN_OFF_NEW_KEY ? ENTENTE_ALERT_SUGGESTED : ENTENTE_ALERT_DESTRUCTIVE);
  entente_alert_set_default_response (alert, "cancel");
  entente_alert_set_close_response (alert, "cancel");
  question = g_new0 (KeyQuestion, 1);
  g_set_weak_pointer (&question->group, self);
  question->party = g_strdup (party);
  question->signer = g_strdup (signer);
  g_signal_connect_data (alert, "response", G_CALLBACK (on_confirm_response), question, key_question_free, 0);
  entente_alert_present (alert, self->list);
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

      gtk_list_box_append (GTK_LIST_BOX (self->list), entente_sign_off_row_new (self->document, party));
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
on_document_changed (SignOff *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = entente_after_typing_pause ("[entente] sign-off states", rebuild_cb, self);
}

static void
entente_sign_off_group_dispose (GObject *object)
{
  SignOff *self = ENTENTE_SIGN_OFF_GROUP (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENTENTE_TYPE_SIGN_OFF_GROUP);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (entente_sign_off_group_parent_class)->dispose (object);
}

static void
entente_sign_off_group_class_init (EntenteSignOffGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = entente_sign_off_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-sign-off-group.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteSignOffGroup, list);
  gtk_widget_class_install_action (widget_class, "sign-off.sign", "s", sign_action);
  gtk_widget_class_install_action (widget_class, "sign-off.confirm-key", "s", confirm_key_action);
}

static void
entente_sign_off_group_init (EntenteSignOffGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
entente_sign_off_group_new (EntenteDocument *document)
{
  SignOff *self = g_object_new (ENTENTE_TYPE_SIGN_OFF_GROUP, NULL);

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, G_CONNECT_SWAPPED);
  rebuild (self);

  return GTK_WIDGET (self);
}
