/* entente-sign-off-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-sign-off-row.h"

/* Where one party's sign-off stands, in words and an icon, never just
 * "signed": valid, outdated, or signed by a key that is new, changed,
 * does not verify, or made before sign-offs were signed.  The words come
 * from core, as the exports' do; the row adds the fingerprint to compare
 * and the buttons, which run the group's "sign-off" actions with the
 * party's id. */

struct _EntenteSignOffRow
{
  AdwActionRow         parent_instance;

  EntenteDocument     *document;
  EntenteParty        *party;
  EntenteSignOffState  state;

  GtkImage            *icon;
  GtkButton           *confirm_button;
  GtkButton           *sign_button;
};

G_DEFINE_FINAL_TYPE (EntenteSignOffRow, entente_sign_off_row, ADW_TYPE_ACTION_ROW)

/* How each state looks: its icon, and the style class that colours it;
 * the states that need a look before trusting the sign-off stand out. */
static const struct {
  const char *icon;
  const char *style;
} looks[] = {
  [ENTENTE_SIGN_OFF_NOT_SIGNED] = { "content-loading-symbolic", "dim-label" },
  [ENTENTE_SIGN_OFF_SIGNED] = { "emblem-ok-symbolic", "success" },
  [ENTENTE_SIGN_OFF_OUTDATED] = { "document-edit-symbolic", "warning" },
  [ENTENTE_SIGN_OFF_NEW_KEY] = { "auth-fingerprint-symbolic", "accent" },
  [ENTENTE_SIGN_OFF_KEY_CHANGED] = { "dialog-warning-symbolic", "warning" },
  [ENTENTE_SIGN_OFF_INVALID] = { "dialog-error-symbolic", "error" },
  [ENTENTE_SIGN_OFF_UNVERIFIED] = { "dialog-question-symbolic", "dim-label" },
};

static void
entente_sign_off_row_dispose (GObject *object)
{
  EntenteSignOffRow *self = ENTENTE_SIGN_OFF_ROW (object);

  g_clear_object (&self->document);
  g_clear_object (&self->party);

  G_OBJECT_CLASS (entente_sign_off_row_parent_class)->dispose (object);
}

static void
entente_sign_off_row_class_init (EntenteSignOffRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_sign_off_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-sign-off-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteSignOffRow, icon);
  gtk_widget_class_bind_template_child (widget_class, EntenteSignOffRow, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, EntenteSignOffRow, sign_button);
}

static void
entente_sign_off_row_init (EntenteSignOffRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The day of a sign-off in the agreement's time zone, as its PDF and
 * exports give it, whatever zone this machine is in. */
static char *
format_day (EntenteApproval *approval,
            EntenteDocument *document)
{
  g_autoptr(GDateTime) local = entente_approval_get_local_time (approval, document);
  g_autoptr(GDate) day = NULL;

  if (local == NULL)
    return NULL;
  day = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (local),
                        (GDateMonth) g_date_time_get_month (local),
                        (GDateYear) g_date_time_get_year (local));

  return entente_format_medium_date (entente_locale_get_interface (), day);
}

/**
 * entente_sign_off_row_update:
 *
 * Works out the party's sign-off again: after an edit, a confirmed key.
 */
void
entente_sign_off_row_update (EntenteSignOffRow *self)
{
  EntenteApproval *approval = NULL;
  const char *party_id;
  g_autofree char *when = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *advice = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *fingerprint_line = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *sign_label = NULL;
  g_autofree char *confirm_label = NULL;
  const char *second_line;

  g_return_if_fail (ENTENTE_IS_SIGN_OFF_ROW (self));

  party_id = entente_party_get_id (self->party);
  self->state = entente_document_get_sign_off_state (self->document, party_id, &approval);
  if (approval != NULL)
    when = format_day (approval, self->document);
  sentence = entente_sign_off_state_describe (NULL, self->document, self->state, approval, when);
  advice = entente_sign_off_state_advice (NULL, self->state, approval);
  fingerprint = self->state != ENTENTE_SIGN_OFF_NOT_SIGNED ? entente_sign_off_fingerprint (approval) : NULL;
  if (fingerprint != NULL)
    /* Translators: under a sign-off, the key's fingerprint, groups of
     * four hexadecimal digits */
    fingerprint_line = g_strdup_printf (_("Key fingerprint: %s"), fingerprint);

  /* A second line with the fingerprint of every signed sign-off, or,
   * where the sentence already shows it, what to do with it. */
  second_line = self->state == ENTENTE_SIGN_OFF_NEW_KEY ? advice : fingerprint_line;
  {
    g_autofree char *both = second_line != NULL ? g_strconcat (sentence, "\n", second_line, NULL) : g_strdup (sentence);

    subtitle = entente_text_with_fingerprint (both, fingerprint);
  }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->state == ENTENTE_SIGN_OFF_NEW_KEY ? NULL : advice);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);

  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->icon), looks[i].style);
  /* A sign-off that may not be its signer's, or is not theirs at all,
   * reads in the colour of its warning, not as quiet as the others. */
  gtk_widget_remove_css_class (GTK_WIDGET (self), "entente-sign-off-warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "entente-sign-off-error");
  if (self->state == ENTENTE_SIGN_OFF_KEY_CHANGED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "entente-sign-off-warning");
  else if (self->state == ENTENTE_SIGN_OFF_INVALID)
    gtk_widget_add_css_class (GTK_WIDGET (self), "entente-sign-off-error");
  gtk_image_set_from_icon_name (self->icon, looks[self->state].icon);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), looks[self->state].style);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->icon), entente_sign_off_state_label (NULL, self->state));

  /* Confirming a key records it as the signer's: only a key that
   * verifies can be, whether new to this user or a colleague's new one
   * (a changed key), once compared with them. */
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_button),
                          entente_sign_off_state_asks_confirmation (self->state));
  if (gtk_widget_get_visible (GTK_WIDGET (self->confirm_button)))
    {
      confirm_label = g_strdup_printf (_("Confirm that this key is %s’s"), entente_approval_get_signer (approval));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->confirm_button), confirm_label);
      entente_row_set_accessible_label (GTK_WIDGET (self->confirm_button), confirm_label);
    }

  sign_label = g_strdup_printf (_("Sign for %s"), entente_party_get_team (self->party));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sign_button), sign_label);
  entente_row_set_accessible_label (GTK_WIDGET (self->sign_button), sign_label);
}

GtkWidget *
entente_sign_off_row_new (EntenteDocument *document,
                          EntenteParty    *party)
{
  EntenteSignOffRow *self;
  GVariant *target;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ENTENTE_IS_PARTY (party), NULL);

  self = g_object_new (ENTENTE_TYPE_SIGN_OFF_ROW, NULL);
  self->document = g_object_ref (document);
  self->party = g_object_ref (party);
  entente_row_set_title (GTK_WIDGET (self), entente_party_get_team (party));
  target = g_variant_ref_sink (g_variant_new_string (entente_party_get_id (party)));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->sign_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->confirm_button), target);
  g_variant_unref (target);
  entente_sign_off_row_update (self);

  return GTK_WIDGET (self);
}

EntenteParty *
entente_sign_off_row_get_party (EntenteSignOffRow *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGN_OFF_ROW (self), NULL);

  return self->party;
}

EntenteSignOffState
entente_sign_off_row_get_state (EntenteSignOffRow *self)
{
  g_return_val_if_fail (ENTENTE_IS_SIGN_OFF_ROW (self), ENTENTE_SIGN_OFF_NOT_SIGNED);

  return self->state;
}
