/* test-window-sign.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "entente-gui-test-util.h"
#include "entente-preferences-window.h"
#include "entente-sign-dialog.h"
#include "entente-sign-off-row.h"
#include "entente-signing-key-group.h"
#include "entente-test-util.h"

/* Signing in the window: one's own key in Preferences, the Sign dialog
 * signing as the person in Preferences, and each state of a sign-off as
 * the sign-off list shows it, with the fingerprint to compare.  The
 * tests run in order, on one user's keys, as a person would: no key,
 * one made, signatures by colleagues with keys of their own. */

typedef EntenteTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  entente_test_window_open (fixture, "acme-saas.entente", FALSE, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  entente_test_window_close (fixture);
}

static gboolean
is_of_type (GtkWidget *widget,
            gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (data));
}

static gboolean
is_party_row (GtkWidget *widget,
              gpointer   party_id)
{
  return ENTENTE_IS_SIGN_OFF_ROW (widget) &&
         g_strcmp0 (entente_party_get_id (entente_sign_off_row_get_party (ENTENTE_SIGN_OFF_ROW (widget))), party_id) == 0;
}

static gboolean
is_button_saying (GtkWidget *widget,
                  gpointer   label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static EntenteSignOffRow *
party_row (Fixture    *fixture,
           const char *party_id)
{
  GtkWidget *page = entente_test_window_show_step (fixture, ENTENTE_SECTION_REVIEW);
  GtkWidget *row = entente_test_find_widget (page, is_party_row, (gpointer) party_id);

  g_assert_nonnull (row);
  return ENTENTE_SIGN_OFF_ROW (row);
}

typedef struct
{
  Fixture             *fixture;
  const char          *party_id;
  EntenteSignOffState  state;
} RowWait;

static gboolean
row_is_in_state (gpointer data)
{
  RowWait *wait = data;

  return entente_sign_off_row_get_state (party_row (wait->fixture, wait->party_id)) == wait->state;
}

/* The row of @party_id, once it shows @state: rows follow edits when
 * typing pauses. */
static EntenteSignOffRow *
wait_for_state (Fixture             *fixture,
                const char          *party_id,
                EntenteSignOffState  state)
{
  RowWait wait = { fixture, party_id, state };

  g_assert_true (entente_test_wait_for (row_is_in_state, &wait, 5000));
  return party_row (fixture, party_id);
}

static const char *
subtitle (EntenteSignOffRow *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static GtkWidget *
row_icon (EntenteSignOffRow *row)
{
  GtkWidget *icon = entente_test_find_widget (GTK_WIDGET (row), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_IMAGE));

  g_assert_nonnull (icon);
  return icon;
}

static gboolean
shows_text (EntenteSignOffRow *row,
            const char        *text)
{
  return strstr (subtitle (row), text) != NULL;
}

/* A fingerprint as the window shows it: a narrow row may break it
 * between its two halves, never inside one, so each half's groups are
 * joined by no-break spaces. */
static char *
unbreakable_halves (const char *fingerprint)
{
  GString *halves = g_string_new (fingerprint);

  g_string_replace (halves, " ", "\u00a0", 0);
  /* Back to a plain space between the fourth and fifth group, at byte
   * 19 plus one more for each of the three no-break spaces before it. */
  g_string_overwrite_len (halves, 19 + 3, " ", 1);
  g_string_erase (halves, 19 + 3 + 1, 1);
  return g_string_free (halves, FALSE);
}

static gboolean
shows_fingerprint (EntenteSignOffRow *row,
                   const char        *fingerprint)
{
  g_autofree char *halves = unbreakable_halves (fingerprint);

  return shows_text (row, halves) && !shows_text (row, fingerprint);
}

/* In the dialog that confirms it, in two halves of four groups. */
static gboolean
dialog_shows_fingerprint (EntenteAlert *dialog,
                          const char   *fingerprint)
{
  g_autoptr(GString) halves = g_string_new (fingerprint);

  g_string_replace (halves, " ", "\u00a0", 0);
  /* The fifth group starts at 20 characters, 4 of them two bytes each. */
  g_string_overwrite_len (halves, 19 + 3 * 1, "\n", 1);
  g_string_erase (halves, 19 + 3 * 1 + 1, 1);
  return strstr (entente_alert_get_body (dialog), halves->str) != NULL;
}

/* Whether the row's first line is @format, as the catalogue has it,
 * with @signer first and anything in the other places. */
static gboolean
says (EntenteSignOffRow *row,
      const char        *format,
      const char        *signer)
{
  const char * const args[] = { signer };
  g_autofree char *pattern = entente_test_fill (format, args, G_N_ELEMENTS (args));
  g_auto(GStrv) lines = g_strsplit (subtitle (row), "\n", 2);

  return g_pattern_match_simple (pattern, lines[0]);
}

static gboolean
can_confirm (EntenteSignOffRow *row)
{
  GtkWidget *confirm = entente_test_find_widget (GTK_WIDGET (row), is_button_saying, (gpointer) _("Confirm"));

  return confirm != NULL && gtk_widget_get_visible (confirm);
}

/* Another person's sign-off of @party_id, made with @key.  Signing
 * records the signer's key as known, as one's own is; another person's
 * is not known here until the user confirms it, so it is forgotten. */
static void
approve_as_other (EntenteDocument   *document,
                  const char        *party_id,
                  const char        *signer,
                  EntenteSigningKey *key)
{
  g_autoptr(GError) error = NULL;
  /* Signed on her machine: this user's own keys never held hers. */
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "entente", "own-keys", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);

  g_assert_nonnull (entente_document_approve (document, party_id, signer, NULL, key, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0' && !g_str_has_prefix (lines[i], entente_signing_key_get_public (key)))
      g_string_append_printf (kept, "%s\n", lines[i]);
  g_assert_true (g_file_set_contents (path, kept->str, -1, NULL));
}

static EntenteApproval *
approval_of (EntenteDocument *document,
             const char      *party_id)
{
  EntenteApproval *approval = NULL;

  entente_document_get_sign_off_state (document, party_id, &approval);
  g_assert_nonnull (approval);
  return approval;
}

/* Preferences */

static gboolean
key_group_settled (gpointer group)
{
  return !entente_signing_key_group_is_loading (group);
}

static gboolean
fingerprint_differs (gpointer data)
{
  gpointer *args = data;

  return key_group_settled (args[0]) &&
         g_strcmp0 (entente_signing_key_group_get_fingerprint (args[0]), args[1]) != 0;
}

/* Each preference is its GSettings key, both ways and at once. */
static void
test_preferences_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");
  GtkWidget *preferences;
  GtkWidget *name, *role, *paper, *drafts, *toggle;
  gboolean autosave = g_settings_get_boolean (settings, "autosave");

  g_settings_set_string (settings, "author-role", "VP Sales");
  g_settings_set_string (settings, "paper-size", "letter");
  preferences = entente_preferences_window_new ();
  entente_pages_dialog_present (preferences, NULL);
  entente_test_iterate ();

  name = entente_test_find_row (preferences, ADW_TYPE_ENTRY_ROW, _("Name you sign with"));
  role = entente_test_find_row (preferences, ADW_TYPE_ENTRY_ROW, _("Role"));
  paper = entente_test_find_row (preferences, ADW_TYPE_COMBO_ROW, _("Default paper size"));
  drafts = entente_test_find_row (preferences, ADW_TYPE_ACTION_ROW, _("Keep drafts"));
  g_assert_nonnull (name);
  g_assert_nonnull (role);
  g_assert_nonnull (paper);
  g_assert_nonnull (drafts);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (role)), ==, "VP Sales");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (paper)), ==, 1);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (paper))), ==, _("US Letter"));

  gtk_editable_set_text (GTK_EDITABLE (name), "Priya Raman");
  g_assert_cmpstr (g_settings_get_string (settings, "author-name"), ==, "Priya Raman");
  adw_combo_row_set_selected (ADW_COMBO_ROW (paper), 0);
  {
    g_autofree char *size = g_settings_get_string (settings, "paper-size");

    g_assert_cmpstr (size, ==, "a4");
  }
  toggle = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (drafts));
  g_assert_true (GTK_IS_SWITCH (toggle));
  g_assert_cmpint (gtk_switch_get_active (GTK_SWITCH (toggle)), ==, autosave);
  gtk_switch_set_active (GTK_SWITCH (toggle), !autosave);
  g_assert_cmpint (g_settings_get_boolean (settings, "autosave"), ==, !autosave);

  entente_pages_dialog_close (preferences);
  entente_test_iterate ();
  g_settings_reset (settings, "author-name");
  g_settings_reset (settings, "author-role");
  g_settings_reset (settings, "paper-size");
  g_settings_reset (settings, "autosave");
}

static void
test_preferences_key (void)
{
  GtkWidget *preferences = entente_preferences_window_new ();
  EntenteSigningKeyGroup *group;
  g_autoptr(EntenteSigningKey) key = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *first = NULL;
  EntenteAlert *dialog;
  GtkWidget *row;

  entente_pages_dialog_present (preferences, NULL);
  group = ENTENTE_SIGNING_KEY_GROUP (entente_test_find_widget (GTK_WIDGET (preferences), is_of_type,
                                                               GSIZE_TO_POINTER (ENTENTE_TYPE_SIGNING_KEY_GROUP)));
  g_assert_nonnull (group);
  g_assert_true (entente_test_wait_for (key_group_settled, group, 5000));

  /* The name one signs with is the one of Preferences, and says so. */
  g_assert_nonnull (entente_test_find_row (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, _("Name you sign with")));

  /* No key yet: one can be made now, or is at the first sign-off. */
  g_assert_null (entente_signing_key_group_get_fingerprint (group));
  row = entente_test_find_row (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, _("Fingerprint"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, _("No key yet — one is made the first time you sign"));
  g_assert_true (gtk_widget_get_visible (entente_test_find_widget (row, is_button_saying, (gpointer) _("_Create Key"))));

  gtk_widget_activate_action (GTK_WIDGET (group), "signing-key.create", NULL);
  g_assert_true (entente_test_wait_for (key_group_settled, group, 20000));
  key = entente_key_store_load (FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (key);
  fingerprint = entente_public_key_fingerprint (entente_signing_key_get_public (key));
  g_assert_cmpstr (entente_signing_key_group_get_fingerprint (group), ==, fingerprint);
  {
    /* Never broken inside a half, whatever the width. */
    g_autofree char *halves = unbreakable_halves (fingerprint);

    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, halves);
  }

  /* Replacing asks first, then shows the new key's fingerprint. */
  first = g_strdup (fingerprint);
  gtk_widget_activate_action (GTK_WIDGET (group), "signing-key.replace", NULL);
  entente_test_iterate ();
  dialog = entente_alert_find_open (_("Replace Signing Key?"));
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "replace");
  {
    gpointer args[] = { group, first };

    g_assert_true (entente_test_wait_for (fingerprint_differs, args, 20000));
  }
  g_clear_pointer (&key, entente_signing_key_free);
  key = entente_key_store_load (FALSE, &error);
  g_assert_no_error (error);
  g_clear_pointer (&fingerprint, g_free);
  fingerprint = entente_public_key_fingerprint (entente_signing_key_get_public (key));
  g_assert_cmpstr (entente_signing_key_group_get_fingerprint (group), ==, fingerprint);

  entente_pages_dialog_close (preferences);
  entente_test_iterate ();
}

/* The Sign dialog */

static EntenteSignDialog *
open_sign_dialog (Fixture    *fixture,
                  const char *party_id)
{
  EntenteSignOffRow *row = party_row (fixture, party_id);
  GtkWidget *sign = entente_test_find_widget (GTK_WIDGET (row), is_button_saying, (gpointer) _("Sign…"));
  EntenteAlert *alert;
  GtkWidget *form;

  g_assert_nonnull (sign);
  g_signal_emit_by_name (sign, "clicked");
  entente_test_iterate ();
  alert = entente_alert_find_open (_("Sign Off?"));
  g_assert_nonnull (alert);
  form = entente_test_find_widget (entente_alert_get_dialog (alert), is_of_type, GSIZE_TO_POINTER (ENTENTE_TYPE_SIGN_DIALOG));
  g_assert_nonnull (form);
  g_assert_true (entente_sign_dialog_get_alert (ENTENTE_SIGN_DIALOG (form)) == alert);
  return ENTENTE_SIGN_DIALOG (form);
}

static gboolean
can_sign (EntenteSignDialog *dialog)
{
  return entente_alert_get_response_enabled (entente_sign_dialog_get_alert (dialog), "sign");
}

static GtkEditable *
dialog_row (EntenteSignDialog *dialog,
            const char        *title)
{
  GtkWidget *row = entente_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

static gboolean
is_text (GtkWidget *widget,
         gpointer   data)
{
  return GTK_IS_TEXT (widget);
}

/* Enter in the name's box, as a person presses it. */
static void
press_enter_in (GtkEditable *row)
{
  GtkWidget *text = entente_test_find_widget (GTK_WIDGET (row), is_text, NULL);

  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
  entente_test_iterate ();
}

static void
test_sign_dialog (Fixture       *fixture,
                  gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autofree char *warning = g_strdup_printf (_("You are signing for %s, whose leader is %s."), "Sales", "Priya Raman");
  EntenteSignDialog *dialog;
  GtkEditable *name;
  GtkWidget *warning_label;

  /* No name in Preferences: none offered, and none to sign with. */
  entente_test_set_author ("", "Head of Deals");
  dialog = open_sign_dialog (fixture, "sales");
  name = dialog_row (dialog, _("Signer"));
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "");
  g_assert_false (can_sign (dialog));
  press_enter_in (name);
  g_assert_cmpint (entente_document_get_sign_off_state (document, "sales", NULL), ==, ENTENTE_SIGN_OFF_NOT_SIGNED);

  /* The role is the signer's own, not the party's leader's. */
  g_assert_cmpstr (gtk_editable_get_text (dialog_row (dialog, _("Role"))), ==, "Head of Deals");

  /* Someone else than the leader may sign, and is told so. */
  gtk_editable_set_text (name, "Pat Morgan");
  g_assert_true (can_sign (dialog));
  g_assert_cmpstr (entente_sign_dialog_get_warning (dialog), ==, warning);
  warning_label = entente_test_find_widget (GTK_WIDGET (dialog), entente_test_is_label_saying, warning);
  g_assert_nonnull (warning_label);
  g_assert_true (gtk_widget_is_visible (warning_label));

  /* The leader, however written, is not warned. */
  gtk_editable_set_text (name, "  priya RAMAN ");
  g_assert_null (entente_sign_dialog_get_warning (dialog));
  g_assert_false (gtk_widget_is_visible (warning_label));

  /* A name of spaces is no name. */
  gtk_editable_set_text (name, "   ");
  g_assert_false (can_sign (dialog));

  /* Enter signs, once there is a name, when the key has come from its
   * thread; the name is kept in Preferences. */
  gtk_editable_set_text (name, "Pat Morgan");
  press_enter_in (name);
  wait_for_state (fixture, "sales", ENTENTE_SIGN_OFF_SIGNED);
  g_assert_cmpint (entente_document_get_sign_off_state (document, "sales", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
  g_assert_cmpstr (entente_approval_get_signer (approval_of (document, "sales")), ==, "Pat Morgan");
  g_assert_cmpstr (entente_approval_get_role (approval_of (document, "sales")), ==, "Head of Deals");
  {
    g_autofree char *own = entente_key_store_get_own_name ();

    g_assert_cmpstr (own, ==, "Pat Morgan");
  }

  /* Signing closed it. */
  g_assert_null (entente_alert_find_open (_("Sign Off?")));
  entente_test_set_author ("", "");
}

/* The sign-off list */

static void
test_sign_as_yourself (Fixture       *fixture,
                       gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  EntenteSignDialog *dialog;
  EntenteSignOffRow *row;
  g_autoptr(EntenteSigningKey) key = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fingerprint = NULL;

  entente_test_set_author ("Dana Whitfield", "VP Marketing");
  row = party_row (fixture, "marketing");
  g_assert_cmpint (entente_sign_off_row_get_state (row), ==, ENTENTE_SIGN_OFF_NOT_SIGNED);
  g_assert_cmpstr (subtitle (row), ==, _("Not signed yet"));

  dialog = open_sign_dialog (fixture, "marketing");
  g_assert_cmpstr (gtk_editable_get_text (dialog_row (dialog, _("Signer"))), ==, "Dana Whitfield");
  g_assert_null (entente_sign_dialog_get_warning (dialog));
  entente_alert_respond (entente_sign_dialog_get_alert (dialog), "sign");

  key = entente_key_store_load (FALSE, &error);
  g_assert_no_error (error);
  fingerprint = entente_public_key_fingerprint (entente_signing_key_get_public (key));
  row = wait_for_state (fixture, "marketing", ENTENTE_SIGN_OFF_SIGNED);
  g_assert_true (shows_text (row, "Dana Whitfield"));
  g_assert_true (shows_fingerprint (row, fingerprint));
  g_assert_true (gtk_widget_has_css_class (row_icon (row), "success"));
  g_assert_cmpint (entente_approval_get_key (approval_of (document, "marketing")) != NULL, ==, TRUE);

  /* Changing the text outdates it. */
  {
    g_autoptr(EntenteTarget) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (document)), 0);

    g_object_set (target, "count", 450, NULL);
  }
  row = wait_for_state (fixture, "marketing", ENTENTE_SIGN_OFF_OUTDATED);
  g_assert_true (shows_text (row, "Dana Whitfield"));
  entente_test_set_author ("", "");
}

static void
test_new_key_then_changed (Fixture       *fixture,
                           gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) priya = entente_signing_key_generate (&error);
  g_autoptr(EntenteSigningKey) impostor = entente_signing_key_generate (&error);
  g_autofree char *fingerprint = entente_public_key_fingerprint (entente_signing_key_get_public (priya));
  g_autofree char *impostor_fingerprint = entente_public_key_fingerprint (entente_signing_key_get_public (impostor));
  EntenteSignOffRow *row;
  GtkWidget *confirm;
  EntenteAlert *dialog;
  g_autofree char *heading = NULL;

  /* Priya's first sign-off: her key, to compare with her, then confirm. */
  approve_as_other (document, "sales", "Priya Raman", priya);
  row = wait_for_state (fixture, "sales", ENTENTE_SIGN_OFF_NEW_KEY);
  g_assert_true (shows_text (row, "Priya Raman"));
  g_assert_true (shows_fingerprint (row, fingerprint));
  g_assert_true (says (row, _("Signed by %s on %s with a key not confirmed yet: %s"), "Priya Raman"));
  g_assert_true (can_confirm (row));
  confirm = entente_test_find_widget (GTK_WIDGET (row), is_button_saying, (gpointer) _("Confirm"));

  /* The dialog shows the fingerprint again; cancelling it confirms nothing. */
  g_signal_emit_by_name (confirm, "clicked");
  entente_test_iterate ();
  heading = g_strdup_printf (_("Confirm %s’s Key?"), "Priya Raman");
  dialog = entente_alert_find_open (heading);
  g_assert_nonnull (dialog);
  g_assert_true (dialog_shows_fingerprint (dialog, fingerprint));
  entente_alert_respond (dialog, "cancel");
  entente_test_iterate ();
  g_assert_cmpint (entente_sign_off_row_get_state (party_row (fixture, "sales")), ==, ENTENTE_SIGN_OFF_NEW_KEY);

  g_signal_emit_by_name (confirm, "clicked");
  entente_test_iterate ();
  dialog = entente_alert_find_open (heading);
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "confirm");
  entente_test_iterate ();
  row = party_row (fixture, "sales");
  g_assert_cmpint (entente_sign_off_row_get_state (row), ==, ENTENTE_SIGN_OFF_SIGNED);
  g_assert_false (can_confirm (row));
  g_assert_true (shows_fingerprint (row, fingerprint));

  /* Her name with another key: a warning, as SSH's for a changed host. */
  approve_as_other (document, "sales", "Priya Raman", impostor);
  row = wait_for_state (fixture, "sales", ENTENTE_SIGN_OFF_KEY_CHANGED);
  g_assert_true (shows_fingerprint (row, impostor_fingerprint));
  g_assert_true (gtk_widget_has_css_class (row_icon (row), "warning"));
  g_assert_true (says (row, _("Signed by %s on %s with a different key than before — this may not be %s"), "Priya Raman"));
  /* Perhaps her new key: once compared with her, it can be accepted,
   * from a dialog that says what the warning means. */
  g_assert_true (can_confirm (row));
  confirm = entente_test_find_widget (GTK_WIDGET (row), is_button_saying, (gpointer) _("Confirm"));
  g_signal_emit_by_name (confirm, "clicked");
  entente_test_iterate ();
  g_free (heading);
  heading = g_strdup_printf (_("Accept %s’s New Key?"), "Priya Raman");
  dialog = entente_alert_find_open (heading);
  g_assert_nonnull (dialog);
  g_assert_true (dialog_shows_fingerprint (dialog, impostor_fingerprint));
  entente_alert_respond (dialog, "cancel");
}

static void
test_invalid_and_unverified (Fixture       *fixture,
                             gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) luis = entente_signing_key_generate (&error);
  EntenteApproval *approval;
  g_autofree char *signature = NULL;
  EntenteSignOffRow *row;

  /* A byte of the signature changed: it does not verify. */
  approve_as_other (document, "sdr", "Luis Ortega", luis);
  wait_for_state (fixture, "sdr", ENTENTE_SIGN_OFF_NEW_KEY);
  approval = approval_of (document, "sdr");
  signature = g_strdup (entente_approval_get_signature (approval));
  signature[0] = signature[0] == 'A' ? 'B' : 'A';
  entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_SIGNATURE, signature);
  row = wait_for_state (fixture, "sdr", ENTENTE_SIGN_OFF_INVALID);
  g_assert_true (shows_text (row, _("This sign-off does not verify: it was altered or copied from elsewhere")));
  g_assert_true (gtk_widget_has_css_class (row_icon (row), "error"));
  g_assert_false (can_confirm (row));

  /* A sign-off from before signatures: neither key nor signature. */
  entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_SIGNATURE, NULL);
  entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_KEY, NULL);
  row = wait_for_state (fixture, "sdr", ENTENTE_SIGN_OFF_UNVERIFIED);
  g_assert_true (says (row, _("Signed by %s on %s, before Entente signed sign-offs: not verified"), "Luis Ortega"));
}

static char *
medium_day (GDateTime *time)
{
  g_autoptr(GDate) day = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (time),
                                         (GDateMonth) g_date_time_get_month (time),
                                         (GDateYear) g_date_time_get_year (time));

  return entente_format_medium_date (entente_locale_get_interface (), day);
}

/* A sign-off's day is the agreement's, as its PDF gives it: in a zone
 * where it is already tomorrow (or still yesterday), the row says so,
 * not the day of the machine's clock. */
static void
test_day_in_agreement_zone (Fixture       *fixture,
                            gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) luis = entente_signing_key_generate (&error);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  /* UTC+14 is a day ahead from 10:00 UTC, UTC−11 a day behind until 11:00. */
  const char *zone_name = g_date_time_get_hour (now) >= 10 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_name);
  GDateTime *signed_at;
  g_autoptr(GDateTime) there = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *utc_expected = NULL;
  EntenteSignOffRow *row;

  approve_as_other (document, "sdr", "Luis Ortega", luis);
  wait_for_state (fixture, "sdr", ENTENTE_SIGN_OFF_NEW_KEY);
  signed_at = entente_approval_get_time (approval_of (document, "sdr"));
  there = g_date_time_to_timezone (signed_at, zone);
  expected = medium_day (there);
  utc_expected = medium_day (signed_at);
  g_assert_cmpstr (expected, !=, utc_expected);

  /* Moving the agreement to that zone is a change: the sign-off is
   * outdated, and its day is the zone's. */
  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (document)), ENTENTE_META_FIELD_TIMEZONE, zone_name);
  row = wait_for_state (fixture, "sdr", ENTENTE_SIGN_OFF_OUTDATED);
  g_assert_true (shows_text (row, expected));
  g_assert_false (shows_text (row, utc_expected));
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);

  /* In this order: the key made in Preferences signs afterwards. */
  g_test_add_func ("/window-sign/preferences-key", test_preferences_key);
  g_test_add_func ("/window-sign/preferences-settings", test_preferences_settings);
  g_test_add ("/window-sign/sign-dialog", Fixture, NULL, fixture_set_up, test_sign_dialog, fixture_tear_down);
  g_test_add ("/window-sign/sign-as-yourself", Fixture, NULL, fixture_set_up, test_sign_as_yourself, fixture_tear_down);
  g_test_add ("/window-sign/new-key-then-changed", Fixture, NULL, fixture_set_up, test_new_key_then_changed, fixture_tear_down);
  g_test_add ("/window-sign/invalid-and-unverified", Fixture, NULL, fixture_set_up, test_invalid_and_unverified, fixture_tear_down);
  g_test_add ("/window-sign/day-in-agreement-zone", Fixture, NULL, fixture_set_up, test_day_in_agreement_zone, fixture_tear_down);

  return g_test_run ();
}
