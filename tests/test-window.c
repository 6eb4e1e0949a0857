/* test-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>

#include "entente-application.h"
#include "entente-comments-panel.h"
#include "entente-compare-window.h"
#include "entente-drafts.h"
#include "entente-review-chart-view.h"
#include "entente-review-window.h"
#include "entente-funnel-view.h"
#include "entente-number-row.h"
#include "entente-comment-card.h"
#include "entente-gui-test-util.h"
#include "entente-test-util.h"
#include "entente-window.h"
#include "entente-window-export.h"

/* The authoring window driven through its real widgets: what a person
 * sees, types and clicks, checked against the file on disk. */

typedef EntenteTestWindow Fixture;

/* What the window says, in the language it speaks: @format from the
 * catalogue, with its values, as the window puts them together.  Kept
 * until the test's end. */
static GPtrArray *said_texts;

static const char *said (const char *format,
                         ...) G_GNUC_PRINTF (1, 2);

static const char *
said (const char *format,
      ...)
{
  va_list ap;
  char *text;

  va_start (ap, format);
  text = g_strdup_vprintf (format, ap);
  va_end (ap);
  if (said_texts == NULL)
    said_texts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (said_texts, text);

  return text;
}

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
  g_clear_pointer (&said_texts, g_ptr_array_unref);
}

static GtkWidget *
show_step (Fixture     *fixture,
           EntenteSection  step)
{
  return entente_test_window_show_step (fixture, step);
}

static const char *
editable_text (GtkWidget *root,
               GType      type,
               const char *title)
{
  GtkWidget *row = entente_test_find_row (root, type, title);

  g_assert_nonnull (row);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_of_type (GtkWidget *widget,
            gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (data));
}

/* The widget of @widget_type inside the row of @row_type titled @title. */
static GtkWidget *
widget_in_row (GtkWidget  *root,
               GType       row_type,
               const char *title,
               GType       widget_type)
{
  GtkWidget *row = entente_test_find_row (root, row_type, title);
  GtkWidget *widget;

  g_assert_nonnull (row);
  widget = entente_test_find_widget (row, is_of_type, GSIZE_TO_POINTER (widget_type));
  g_assert_nonnull (widget);
  return widget;
}

static GtkSpinButton *
spin_in_row (GtkWidget  *root,
             const char *title)
{
  return GTK_SPIN_BUTTON (widget_in_row (root, ADW_TYPE_ACTION_ROW, title, GTK_TYPE_SPIN_BUTTON));
}

/* The text box of a number's row. */
static GtkWidget *
number_entry (GtkWidget  *root,
              const char *title)
{
  return widget_in_row (root, ENTENTE_TYPE_NUMBER_ROW, title, GTK_TYPE_ENTRY);
}

/* Types @text into a number's box and presses Enter. */
static void
type_number (GtkWidget  *entry,
             const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static void
assert_number_shows (GtkWidget  *root,
                     const char *title,
                     double      value)
{
  g_autofree char *expected = entente_format_number (entente_locale_get_interface (), value, 0);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number_entry (root, title))), ==, expected);
}

static void
test_every_step_shows_values (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *row;

  page = show_step (fixture, ENTENTE_SECTION_OVERVIEW);
  g_assert_cmpstr (editable_text (page, ADW_TYPE_ENTRY_ROW, _("Organization")), ==, "Acme Cloud Ltd.");
  g_assert_cmpstr (editable_text (page, ADW_TYPE_ENTRY_ROW, _("Currency")), ==, "USD");
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Sales Development"));

  page = show_step (fixture, ENTENTE_SECTION_PERSONAS);
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Operations Olivia"));
  g_assert_cmpstr (editable_text (page, ADW_TYPE_ENTRY_ROW, said (_("%s, item %u"), _("Job titles"), 2u)), ==, "COO");

  page = show_step (fixture, ENTENTE_SECTION_LEAD_DEFINITIONS);
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Marketing Qualified Lead"));
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Requested a demo or pricing"));

  page = show_step (fixture, ENTENTE_SECTION_GOALS);
  assert_number_shows (page, _("Revenue goal"), 250000.0);
  assert_number_shows (page, _("Share from marketing"), 70.0);
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, said (_("%s → %s"), "Lead", "Marketing Qualified Lead")));

  page = show_step (fixture, ENTENTE_SECTION_HANDOFF);
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Marketing Qualified Lead → Sales Development"));
  row = entente_test_find_row (page, ADW_TYPE_COMBO_ROW, _("Receiving team"));
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row))), ==, "Sales Development");

  page = show_step (fixture, ENTENTE_SECTION_LEAD_MANAGEMENT);
  assert_number_shows (page, _("Attempts"), 6.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin_in_row (page, _("First response within"))), ==, 1.0);

  page = show_step (fixture, ENTENTE_SECTION_REVIEW);
  row = entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, _("Attendees"));
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "VP Marketing, VP Sales"));
}

static gboolean
is_window_title (GtkWidget *widget,
                 gpointer   data)
{
  return ADW_IS_WINDOW_TITLE (widget);
}

/* The title bar follows the agreement's title, whether it has unsaved
 * changes, and its file. */
static void
assert_title_bar (Fixture    *fixture,
                  const char *title)
{
  AdwWindowTitle *bar = ADW_WINDOW_TITLE (entente_test_find_widget (GTK_WIDGET (fixture->window), is_window_title, NULL));
  g_autofree char *basename = g_path_get_basename (fixture->path);

  g_assert_cmpstr (adw_window_title_get_title (bar), ==, title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, title);
  g_assert_cmpstr (adw_window_title_get_subtitle (bar), ==, basename);
}

static void
test_edit_save_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_OVERVIEW);
  GtkWidget *organization = entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Organization"));
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autofree char *saved = NULL;

  const char *title = entente_meta_get_title (entente_document_get_meta (document));
  g_autofree char *edited_title = NULL;

  assert_title_bar (fixture, title);
  gtk_editable_set_text (GTK_EDITABLE (organization), "Acme Cloud GmbH");
  g_assert_true (entente_document_get_modified (document));
  edited_title = g_strdup_printf ("• %s", title);
  assert_title_bar (fixture, edited_title);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_false (entente_document_get_modified (document));
  assert_title_bar (fixture, title);
  g_assert_true (g_file_get_contents (fixture->path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "<organization>Acme Cloud GmbH</organization>"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (organization)), ==, "Acme Cloud Ltd.");
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (document)), ==, "Acme Cloud Ltd.");
  g_assert_true (entente_document_get_modified (document));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  entente_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (organization)), ==, "Acme Cloud GmbH");
  g_assert_false (entente_document_get_modified (document));

  g_object_set (entente_document_get_meta (document), "title", "Renamed SLA", NULL);
  assert_title_bar (fixture, "• Renamed SLA");
  g_object_set (entente_document_get_meta (document), "title", "", NULL);
  g_clear_pointer (&edited_title, g_free);
  edited_title = g_strdup_printf ("• %s", _("Untitled SLA"));
  assert_title_bar (fixture, edited_title);
}

static gboolean
is_button_labelled (GtkWidget *widget,
                    gpointer   label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), label) == 0;
}

/* A date and a duration, edited in their editors, are written to the
 * model; showing them wrote nothing. */
static void
test_date_and_duration_edits (Fixture       *fixture,
                              gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  EntenteMeta *meta = entente_document_get_meta (document);
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_OVERVIEW);
  GtkCalendar *calendar = GTK_CALENDAR (widget_in_row (page, ADW_TYPE_ACTION_ROW, _("Effective from"), GTK_TYPE_CALENDAR));
  g_autoptr(GDateTime) day = g_date_time_new_local (2027, 2, 15, 0, 0, 0);
  g_autoptr(EntenteHandoff) handoff = g_list_model_get_item (entente_document_get_handoffs (document), 0);
  GtkSpinButton *amount;
  const EntenteDuration *within;

  g_assert_false (entente_document_get_modified (document));
  gtk_calendar_select_day (calendar, day);
  g_assert_cmpint (g_date_get_month (entente_meta_get_effective (meta)), ==, 2);
  g_assert_cmpint (g_date_get_day (entente_meta_get_effective (meta)), ==, 15);

  page = show_step (fixture, ENTENTE_SECTION_HANDOFF);
  amount = spin_in_row (page, _("Accept or reject within"));
  g_assert_cmpfloat (gtk_spin_button_get_value (amount), ==, 4);
  gtk_spin_button_set_value (amount, 6);
  within = entente_handoff_get_accept_within (handoff);
  g_assert_cmpuint (within->hours, ==, 6);
}

/* A list of short texts: its buttons move and remove the text of the
 * row they are in. */
static void
test_strv_buttons (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_PERSONAS);
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autoptr(EntentePersona) olivia = g_list_model_get_item (entente_document_get_personas (document), 0);
  GtkWidget *second;
  GtkWidget *button;
  const char * const *titles;

  g_assert_cmpstr (editable_text (page, ADW_TYPE_ENTRY_ROW, said (_("%s, item %u"), _("Job titles"), 2u)), ==, "COO");
  second = entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, said (_("%s, item %u"), _("Job titles"), 2u));
  button = entente_test_find_widget (second, is_button_labelled, (gpointer) _("Move Up"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  entente_test_iterate ();
  titles = entente_persona_get_job_titles (olivia);
  g_assert_cmpstr (titles[0], ==, "COO");
  g_assert_cmpstr (titles[1], ==, "Head of Operations");

  second = entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, said (_("%s, item %u"), _("Job titles"), 2u));
  button = entente_test_find_widget (second, is_button_labelled, (gpointer) _("Remove"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  entente_test_iterate ();
  titles = entente_persona_get_job_titles (olivia);
  g_assert_cmpuint (g_strv_length ((char **) titles), ==, 2);
  g_assert_cmpstr (titles[0], ==, "COO");
  g_assert_cmpstr (titles[1], ==, "Operations Director");
}

static void
test_remove_and_add_persona (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_PERSONAS);
  EntenteDocument *document = entente_window_get_document (fixture->window);
  GListModel *personas = entente_document_get_personas (document);
  GtkWidget *olivia = entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Operations Olivia");
  g_autoptr(EntenteItem) first = g_list_model_get_item (personas, 0);
  g_autoptr(EntenteItem) added = NULL;
  GtkWidget *remove = entente_test_find_widget (olivia, is_button_labelled, (gpointer) _("Remove"));
  GtkWidget *add = entente_test_find_widget (page, is_button_labelled, (gpointer) said (_("Add to %s"), _("Buyer personas")));

  g_assert_nonnull (remove);
  g_assert_nonnull (add);

  g_signal_emit_by_name (remove, "clicked");
  entente_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 1);
  g_assert_null (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Operations Olivia"));

  /* Undo brings back the very same persona, and its row. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 2);
  {
    g_autoptr(EntenteItem) back = g_list_model_get_item (personas, 0);

    g_assert_true (back == first);
  }
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Operations Olivia"));

  g_signal_emit_by_name (add, "clicked");
  entente_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 3);
  added = g_list_model_get_item (personas, 2);
  g_assert_cmpstr (entente_persona_get_name (ENTENTE_PERSONA (added)), ==, _("New persona"));
  g_assert_nonnull (entente_persona_get_id (ENTENTE_PERSONA (added)));
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, _("New persona")));
}

/* A stage the goals and protocols name is not removed: an alert says
 * where it is used, and the agreement keeps it. */
static void
test_remove_used_stage_refused (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_LEAD_DEFINITIONS);
  EntenteDocument *document = entente_window_get_document (fixture->window);
  GListModel *stages = entente_document_get_stages (document);
  guint before = g_list_model_get_n_items (stages);
  GtkWidget *mql = entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Marketing Qualified Lead");
  GtkWidget *remove = mql != NULL ? entente_test_find_widget (mql, is_button_labelled, (gpointer) _("Remove")) : NULL;
  g_autoptr(GError) error = NULL;
  EntenteAlert *alert;

  g_assert_nonnull (remove);
  g_assert_false (entente_document_check_removal (document, ENTENTE_ITEM (entente_document_find_stage (document, "mql")), &error));

  g_signal_emit_by_name (remove, "clicked");
  entente_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, before);
  g_assert_nonnull (entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Marketing Qualified Lead"));
  /* The whole sentence, places and all, in an alert: a toast cut it. */
  alert = entente_alert_find_open (_("Still Used Elsewhere"));
  g_assert_nonnull (alert);
  g_assert_cmpstr (entente_alert_get_body (alert), ==, error->message);
  entente_alert_respond (alert, "close");
  g_assert_null (entente_alert_find_open (_("Still Used Elsewhere")));
}

static void
test_dropdown_updates_reference (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_HANDOFF);
  GtkWidget *row = entente_test_find_row (page, ADW_TYPE_COMBO_ROW, _("Receiving team"));
  GListModel *names = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_autoptr(EntenteHandoff) handoff = g_list_model_get_item (entente_document_get_handoffs (entente_window_get_document (fixture->window)), 0);
  guint sales = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Sales"))
      sales = i;
  g_assert_cmpuint (sales, !=, GTK_INVALID_LIST_POSITION);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), sales);
  g_assert_cmpstr (entente_handoff_get_to (handoff), ==, "sales");

  /* Renaming the party renames the choice. */
  g_object_set (entente_document_find_party (entente_window_get_document (fixture->window), "sales"),
                "team", "Account Executives", NULL);
  entente_test_iterate ();
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row))), ==, "Account Executives");
}

static GtkSpinButton *
time_part (GtkWidget  *page,
           const char *title,
           guint       part)
{
  GtkWidget *row = entente_test_find_row (page, ADW_TYPE_ACTION_ROW, title);
  g_autoptr(GPtrArray) spins = NULL;

  g_assert_nonnull (row);
  spins = entente_test_find_all (row, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpuint (spins->len, ==, 2);
  return g_ptr_array_index (spins, part);
}

/* Hours that run to midnight close at 24:00: the closing hour goes to
 * 24, where the minutes are 00 and stay so; the opening hour stops at
 * 23.  The file says end="24:00". */
static void
test_business_hours_to_midnight (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_OVERVIEW);
  EntenteMeta *meta = entente_document_get_meta (entente_window_get_document (fixture->window));
  GtkSpinButton *end_hours = time_part (page, _("Business hours end"), 0);
  GtkSpinButton *end_minutes = time_part (page, _("Business hours end"), 1);
  GtkSpinButton *start_hours = time_part (page, _("Business hours start"), 0);

  g_assert_cmpint (entente_meta_get_business_end (meta), ==, 17 * 60);
  gtk_spin_button_set_value (end_minutes, 30);
  g_assert_cmpint (entente_meta_get_business_end (meta), ==, 17 * 60 + 30);
  /* As when the focus moves on: the next edit is an undo step of its own. */
  entente_history_seal (entente_window_get_history (fixture->window));

  /* Hour 24 brings the minutes to 00 in the same edit. */
  gtk_spin_button_set_value (end_hours, 24);
  entente_test_iterate ();
  g_assert_cmpint (entente_meta_get_business_end (meta), ==, 24 * 60);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_hours)), ==, "24");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_minutes)), ==, "00");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (end_minutes)));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_cmpint (entente_meta_get_business_end (meta), ==, 17 * 60 + 30);
  g_assert_cmpfloat (gtk_spin_button_get_value (end_hours), ==, 17);
  g_assert_cmpfloat (gtk_spin_button_get_value (end_minutes), ==, 30);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (end_minutes)));

  /* Shown as the document has it, whoever set it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  entente_test_iterate ();
  g_assert_cmpint (entente_meta_get_business_end (meta), ==, 24 * 60);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_hours)), ==, "24");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_minutes)), ==, "00");

  /* An opening of 24:00 is not offered: the hour stops at 23. */
  gtk_spin_button_set_value (start_hours, 24);
  g_assert_cmpint (entente_meta_get_business_start (meta), ==, 23 * 60);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  entente_test_iterate ();
  g_assert_true (entente_test_window_file_says (fixture, "start=\"23:00\" end=\"24:00\""));
}

static gboolean
is_toplevel (GtkWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  return g_list_find (toplevels, window) != NULL;
}

static void
test_close_modified_asks (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_OVERVIEW);
  GtkWidget *title = entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Title"));
  EntenteAlert *dialog;
  g_autofree char *on_disk = NULL;

  gtk_editable_set_text (GTK_EDITABLE (title), "Changed and not saved");

  gtk_window_close (GTK_WINDOW (fixture->window));
  entente_test_iterate ();
  dialog = entente_alert_find_open (_("Save Changes?"));
  g_assert_nonnull (dialog);
  g_assert_true (is_toplevel (GTK_WINDOW (fixture->window)));

  entente_alert_respond (dialog, "cancel");
  entente_test_iterate ();
  g_assert_true (is_toplevel (GTK_WINDOW (fixture->window)));
  g_assert_true (entente_document_get_modified (entente_window_get_document (fixture->window)));

  gtk_window_close (GTK_WINDOW (fixture->window));
  entente_test_iterate ();
  dialog = entente_alert_find_open (_("Save Changes?"));
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "discard");
  entente_test_iterate ();
  g_assert_false (is_toplevel (GTK_WINDOW (fixture->window)));

  /* Discarding leaves the file as it was. */
  g_assert_true (g_file_get_contents (fixture->path, &on_disk, NULL, NULL));
  g_assert_null (strstr (on_disk, "Changed and not saved"));

  /* The fixture's window is gone; give tear-down a harmless one. */
  g_object_unref (fixture->window);
  fixture->window = g_object_ref_sink (entente_window_new (NULL, entente_document_new (), NULL));
}

static gboolean
organization_is (gpointer data)
{
  Fixture *fixture = data;
  const char *organization = entente_meta_get_organization (entente_document_get_meta (entente_window_get_document (fixture->window)));

  return g_strcmp0 (organization, g_object_get_data (G_OBJECT (fixture->window), "expected")) == 0;
}

static void
write_their_version (Fixture    *fixture,
                     const char *before,
                     const char *organization)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) theirs = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (fixture->path, &text, NULL, NULL));
  theirs = g_string_new (text);
  g_assert_cmpuint (g_string_replace (theirs, before, organization, 1), ==, 1);
  /* A second later, as a synced folder would, so the entity tag differs. */
  g_usleep (1100 * 1000);
  g_file_set_contents (fixture->path, theirs->str, (gssize) theirs->len, &error);
  g_assert_no_error (error);
}

static gboolean
has_conflict (gpointer data)
{
  Fixture *fixture = data;

  return entente_document_get_n_conflicts (entente_window_get_document (fixture->window)) > 0;
}

static gboolean
is_button_with_label (GtkWidget *widget,
                      gpointer   label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
test_changed_on_disk (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_OVERVIEW);
  /* Without local edits the window follows the file. */
  write_their_version (fixture, "Acme Cloud Ltd.", "Acme Cloud Inc.");
  g_object_set_data (G_OBJECT (fixture->window), "expected", (gpointer) "Acme Cloud Inc.");
  g_assert_true (entente_test_wait_for (organization_is, fixture, 10000));
  page = entente_test_visible_page (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (editable_text (page, ADW_TYPE_ENTRY_ROW, _("Organization")), ==, "Acme Cloud Inc.");

  /* With local edits it merges theirs into ours, without asking. */
  gtk_editable_set_text (GTK_EDITABLE (entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Title"))), "Mine");
  write_their_version (fixture, "Acme Cloud Inc.", "Acme Cloud AG");
  g_object_set_data (G_OBJECT (fixture->window), "expected", (gpointer) "Acme Cloud AG");
  g_assert_true (entente_test_wait_for (organization_is, fixture, 10000));
  g_assert_null (entente_alert_find_open (_("File Changed on Disk")));
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (entente_window_get_document (fixture->window))), ==, "Mine");
  g_assert_true (entente_document_get_modified (entente_window_get_document (fixture->window)));
  g_assert_cmpuint (entente_document_get_n_conflicts (entente_window_get_document (fixture->window)), ==, 0);

  /* The same value changed on both sides is a conflict: ours is kept and
   * the conflict can be resolved. */
  page = entente_test_visible_page (GTK_WIDGET (fixture->window));
  gtk_editable_set_text (GTK_EDITABLE (entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Organization"))), "Ours Ltd.");
  write_their_version (fixture, "Acme Cloud AG", "Theirs Ltd.");
  g_assert_true (entente_test_wait_for (has_conflict, fixture, 10000));
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (entente_window_get_document (fixture->window))), ==, "Ours Ltd.");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.resolve-conflicts", NULL);
  entente_test_iterate ();
  {
    g_autoptr(GPtrArray) dialogs = entente_test_list_dialogs ();
    GtkWidget *resolve = NULL;

    for (guint i = 0; i < dialogs->len && resolve == NULL; i++)
      resolve = entente_test_find_widget (g_ptr_array_index (dialogs, i), is_button_with_label, (gpointer) _("Mark _Resolved"));
    g_assert_nonnull (resolve);
    g_signal_emit_by_name (resolve, "clicked");
    entente_test_iterate ();
    for (guint i = 0; i < dialogs->len; i++)
      entente_pages_dialog_close (g_ptr_array_index (dialogs, i));
  }
  g_assert_cmpuint (entente_document_get_n_conflicts (entente_window_get_document (fixture->window)), ==, 0);
}

/* Saving over a version someone else saved since it was read asks first:
 * cancel keeps theirs, merge takes theirs into ours, replace writes ours. */
static void
test_save_asks_before_overwriting (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_OVERVIEW);
  EntenteDocument *document;
  EntenteAlert *dialog;

  gtk_editable_set_text (GTK_EDITABLE (entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Title"))), "Mine");
  /* Saved before the file monitor tells: the save itself must notice. */
  write_their_version (fixture, "Acme Cloud Ltd.", "Theirs Inc.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  dialog = entente_alert_find_open (_("Replace the Version on Disk?"));
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "cancel");
  g_assert_true (entente_test_window_file_says (fixture, "Theirs Inc."));
  g_assert_false (entente_test_window_file_says (fixture, "<title>Mine</title>"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  dialog = entente_alert_find_open (_("Replace the Version on Disk?"));
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "merge");
  document = entente_window_get_document (fixture->window);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (document)), ==, "Theirs Inc.");
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (document)), ==, "Mine");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_null (entente_alert_find_open (_("Replace the Version on Disk?")));
  g_assert_true (entente_test_window_file_says (fixture, "<title>Mine</title>"));
  g_assert_true (entente_test_window_file_says (fixture, "Theirs Inc."));

  write_their_version (fixture, "Theirs Inc.", "Theirs Again Inc.");
  page = entente_test_visible_page (GTK_WIDGET (fixture->window));
  gtk_editable_set_text (GTK_EDITABLE (entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Title"))), "Mine Again");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  dialog = entente_alert_find_open (_("Replace the Version on Disk?"));
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "replace");
  g_assert_true (entente_test_window_file_says (fixture, "<title>Mine Again</title>"));
  g_assert_false (entente_test_window_file_says (fixture, "Theirs Again Inc."));
  g_assert_false (entente_document_get_modified (entente_window_get_document (fixture->window)));
  entente_test_iterate ();
}

static void
test_problems_lead_to_their_field (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(EntenteDocument) angkor = entente_test_load_example ("angkor-retail-km.entente");
  GPtrArray *findings;
  EntenteFinding *below = NULL;
  GtkWidget *focus;

  entente_window_set_document (fixture->window, angkor);
  entente_test_iterate ();
  findings = entente_window_get_findings (fixture->window);
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((EntenteFinding *) g_ptr_array_index (findings, i))->code, "goal-below-plan"))
      below = g_ptr_array_index (findings, i);
  g_assert_nonnull (below);

  entente_window_reveal (fixture->window, below);
  entente_test_iterate ();
  g_assert_cmpint (entente_window_get_step (fixture->window), ==, ENTENTE_SECTION_GOALS);

  /* The focus is in the target's count, inside its opened row. */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, ENTENTE_TYPE_NUMBER_ROW));
  g_assert_true (entente_test_find_row (gtk_widget_get_ancestor (focus, ADW_TYPE_EXPANDER_ROW), ADW_TYPE_ACTION_ROW,
                                        _("Count per period")) != NULL);

  /* Fixing it clears it. */
  type_number (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY), "340");
  findings = entente_window_get_findings (fixture->window);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpstr (((EntenteFinding *) g_ptr_array_index (findings, i))->code, !=, "goal-below-plan");
}

static gboolean
is_funnel (GtkWidget *widget,
           gpointer   data)
{
  return ENTENTE_IS_FUNNEL_VIEW (widget);
}

static void
test_funnel_follows_goals (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_GOALS);
  EntenteFunnelView *view = ENTENTE_FUNNEL_VIEW (entente_test_find_widget (page, is_funnel, NULL));
  EntenteDocument *document = entente_window_get_document (fixture->window);
  const EntenteFunnelBand *lead;
  g_autofree char *hover = NULL;
  GtkWidget *rate;

  g_assert_nonnull (view);
  g_assert_cmpuint (entente_funnel_layout_get_n_bands (entente_funnel_view_get_layout (view)), ==, 6);
  lead = entente_funnel_layout_get_band (entente_funnel_view_get_layout (view), 0);
  g_assert_cmpint (lead->needed, ==, 2075);

  /* Hovering the MQL band tells its numbers. */
  {
    const EntenteFunnelBand *mql = entente_funnel_layout_get_band (entente_funnel_view_get_layout (view), 1);

    hover = entente_funnel_view_describe_at (view, mql->rect.x + mql->rect.width / 2, mql->rect.y + mql->rect.height / 2);
  }
  g_assert_nonnull (hover);
  g_assert_nonnull (strstr (hover, "Marketing Qualified Lead"));
  g_assert_nonnull (strstr (hover, "312"));
  g_assert_nonnull (strstr (hover, "400"));
  g_assert_nonnull (strstr (hover, said (_("Needed per period: %s"), "312")));
  g_assert_nonnull (strstr (hover, said (_("%s above need"), "88")));

  /* Changing the lead → MQL rate through its widget redraws the funnel. */
  rate = entente_test_find_row (page, ENTENTE_TYPE_NUMBER_ROW, _("Conversion rate"));
  g_assert_nonnull (rate);
  type_number (entente_test_find_widget (rate, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_ENTRY)), "30");
  entente_test_iterate ();
  g_assert_cmpfloat (entente_conversion_get_rate (entente_plan_find_conversion (document, "lead", "mql")), ==, 0.3);
  lead = entente_funnel_layout_get_band (entente_funnel_view_get_layout (view), 0);
  g_assert_cmpint (lead->needed, ==, 1038);
}

static void
test_print_and_export (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *printed = g_build_filename (fixture->dir, "printed.pdf", NULL);
  const char *formats[] = { "pdf", "html", "md" };

  /* Printing runs the same layout through GtkPrintOperation. */
  g_assert_true (entente_window_print_to_file (fixture->window, printed, &error));
  g_assert_no_error (error);
  {
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    const char *argv[] = { pdftotext, printed, "-", NULL };
    g_auto(EntenteTestRun) run = { 0 };

    g_assert_nonnull (pdftotext);
    entente_test_run_program (&run, argv);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Dana Whitfield"));
    g_assert_nonnull (strstr (run.out, "Operations Olivia"));
  }
  g_unlink (printed);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("export.%s", formats[i]);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (entente_window_export_to_file (fixture->window, file, formats[i], &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      if (i == 0)
        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      else
        g_assert_nonnull (strstr (contents, "Priya Raman"));
      g_unlink (path);
    }
}

/* The application's icon is there however Entente runs, from the build
 * tree too (`make run`), where About showed a missing icon. */
static void
test_application_icon (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  g_autofree char *symbolic = g_strconcat (APPLICATION_ID, "-symbolic", NULL);

  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, symbolic));
}

/* The page size of the first page of @path, in points, as pdfinfo says. */
static char *
page_size (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  const char *argv[] = { pdfinfo, path, NULL };
  g_auto(EntenteTestRun) run = { 0 };
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_nonnull (pdfinfo);
  entente_test_run_program (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_regex_match_simple ("Page size:", run.out, 0, 0));
  {
    g_autoptr(GRegex) regex = g_regex_new ("Page size: +([0-9.]+ x [0-9.]+) pts", 0, 0, NULL);

    g_assert_true (g_regex_match (regex, run.out, 0, &match));
  }
  return g_match_info_fetch (match, 1);
}

/* Print and Export lay the agreement out on the paper of Preferences,
 * whatever the locale's (en_US's is Letter): it came out Letter with A4
 * chosen. */
static void
test_paper_from_preferences (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");
  static const struct { const char *setting, *size; } papers[] = {
    { "a4", "595.276 x 841.89" },
    { "letter", "612 x 792" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *printed = g_build_filename (fixture->dir, "printed.pdf", NULL);
      g_autofree char *exported = g_build_filename (fixture->dir, "exported.pdf", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (exported);
      g_autoptr(GError) error = NULL;
      g_autofree char *printed_size = NULL;
      g_autofree char *exported_size = NULL;

      g_settings_set_string (settings, "paper-size", papers[i].setting);
      g_assert_true (entente_window_print_to_file (fixture->window, printed, &error));
      g_assert_no_error (error);
      g_assert_true (entente_window_export_to_file (fixture->window, file, "pdf", &error));
      g_assert_no_error (error);
      printed_size = page_size (printed);
      exported_size = page_size (exported);
      g_assert_cmpstr (printed_size, ==, papers[i].size);
      g_assert_cmpstr (exported_size, ==, papers[i].size);
      g_unlink (printed);
      g_unlink (exported);
    }
  g_settings_reset (settings, "paper-size");
}

static GtkWidget *
sign_off_row (GtkWidget *page)
{
  GtkWidget *sign = entente_test_find_widget (page, is_button_labelled, (gpointer) said (_("Sign for %s"), "Marketing"));

  return sign ? gtk_widget_get_ancestor (sign, ADW_TYPE_ACTION_ROW) : NULL;
}

static gboolean
marketing_row_says_signed (gpointer data)
{
  GtkWidget *row = sign_off_row (data);

  const char * const signer[] = { "Dana Whitfield" };
  g_autofree char *signed_by = entente_test_fill (_("Signed by %s on %s"), signer, G_N_ELEMENTS (signer));

  return row != NULL && g_pattern_match_simple (signed_by, adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
}

/* The menu's Keyboard Shortcuts opens the list, whichever dialog the
 * libadwaita at hand has for it. */
static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EntenteApplication) app = entente_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) toplevels = NULL;
  GtkWidget *shown = NULL;

  /* The application gives its windows the list from its resources; on
   * the bus under a name of its own, leaving Entente's to the tests that
   * start it. */
  g_application_set_application_id (G_APPLICATION (app), "io.github.entente_sla.Entente.Shortcuts");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  gtk_window_set_application (GTK_WINDOW (fixture->window), GTK_APPLICATION (app));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.shortcuts", NULL));
  entente_test_iterate ();

  /* A window of its own, or a dialog inside this one. */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL && shown == NULL; l = l->next)
    if (gtk_widget_get_visible (l->data) &&
        entente_test_find_widget (l->data, entente_test_is_label_saying, (gpointer) _("Next step")) != NULL)
      shown = l->data;
  g_assert_nonnull (shown);
  if (shown != GTK_WIDGET (fixture->window))
    gtk_window_close (GTK_WINDOW (shown));
  gtk_window_set_application (GTK_WINDOW (fixture->window), NULL);
  entente_test_iterate ();
}

static void
test_sign_off (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_REVIEW);
  EntenteDocument *document = entente_window_get_document (fixture->window);
  GtkWidget *row = sign_off_row (page);
  GtkWidget *sign;
  EntenteAlert *alert;

  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, _("Not signed yet"));
  sign = entente_test_find_widget (row, is_button_labelled, (gpointer) said (_("Sign for %s"), "Marketing"));
  g_assert_nonnull (sign);
  g_signal_emit_by_name (sign, "clicked");
  entente_test_iterate ();

  alert = entente_alert_find_open (_("Sign Off?"));
  g_assert_nonnull (alert);
  /* Preferences hold no name here: the leader's is not offered, for
   * nobody signs in someone else's name by pressing Enter. */
  g_assert_false (entente_alert_get_response_enabled (alert, "sign"));
  entente_test_set_author ("Dana Whitfield", "");
  entente_alert_respond (alert, "cancel");
  g_signal_emit_by_name (sign, "clicked");
  entente_test_iterate ();
  alert = entente_alert_find_open (_("Sign Off?"));
  g_assert_nonnull (alert);
  entente_alert_respond (alert, "sign");
  entente_test_iterate ();

  /* The key is fetched in a thread, then the sign-off made. */
  page = entente_test_visible_page (GTK_WIDGET (fixture->window));
  g_assert_true (entente_test_wait_for (marketing_row_says_signed, page, 5000));
  g_assert_cmpint (entente_document_get_sign_off_state (document, "marketing", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
  entente_test_set_author ("", "");

  /* Changing the text outdates it. */
  {
    g_autoptr(EntenteTarget) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (document)), 0);

    g_object_set (target, "count", 450, NULL);
  }
  g_assert_cmpint (entente_document_get_sign_off_state (document, "marketing", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);
}

/* Comments */

static gboolean
is_comments_panel (GtkWidget *widget,
                   gpointer   data)
{
  return ENTENTE_IS_COMMENTS_PANEL (widget);
}

static gboolean
has_css_class (GtkWidget *widget,
               gpointer   name)
{
  return gtk_widget_has_css_class (widget, name);
}

static gboolean
is_named (GtkWidget *widget,
          gpointer   name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static GtkWidget *
comments_panel (Fixture *fixture)
{
  GtkWidget *panel = entente_test_find_widget (GTK_WIDGET (fixture->window), is_comments_panel, NULL);

  g_assert_nonnull (panel);
  return panel;
}

/* The panel itself is made when first opened. */
static gboolean
panel_is_revealed (Fixture *fixture)
{
  return entente_window_get_comments_shown (fixture->window);
}

/* The number a count shows, or 0 when it is hidden. */
static guint
shown_count (GtkWidget *count)
{
  GtkWidget *label;

  g_assert_nonnull (count);
  if (!gtk_widget_get_visible (count))
    return 0;

  label = GTK_IS_LABEL (count) ? count : entente_test_find_widget (count, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LABEL));
  g_assert_nonnull (label);
  return (guint) g_ascii_strtoull (gtk_label_get_label (GTK_LABEL (label)), NULL, 10);
}

/* The count on an item's comment button: none until its first comment. */
static guint
item_comment_count (GtkWidget *expander)
{
  GtkWidget *count = entente_test_find_widget (expander, has_css_class, (gpointer) "entente-comment-count");

  return count ? shown_count (count) : 0;
}

static guint
step_comment_count (Fixture     *fixture,
                    EntenteSection  step)
{
  GtkWidget *steps = entente_test_find_widget (GTK_WIDGET (fixture->window), is_named, (gpointer) "steps");
  GtkListBoxRow *row;

  g_assert_nonnull (steps);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (steps), (int) step);
  g_assert_nonnull (row);
  return shown_count (entente_test_find_widget (GTK_WIDGET (row), has_css_class, (gpointer) "entente-comment-count"));
}

static void
write_comment (Fixture    *fixture,
               const char *text)
{
  GtkWidget *panel = comments_panel (fixture);
  GtkWidget *view = entente_test_find_widget (panel, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  GtkWidget *add = entente_test_find_widget (panel, is_button_with_label, (gpointer) _("_Comment"));

  g_assert_nonnull (view);
  g_assert_nonnull (add);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  g_assert_true (gtk_widget_get_sensitive (add));
  g_signal_emit_by_name (add, "clicked");
  entente_test_iterate ();
}

/* The card of the comment that says @text, in the panel. */
static gboolean
is_comment_card (GtkWidget *widget,
                 gpointer   text)
{
  return ENTENTE_IS_COMMENT_CARD (widget) &&
         g_strcmp0 (entente_comment_get_text (entente_comment_card_get_comment (ENTENTE_COMMENT_CARD (widget))), text) == 0;
}

static GtkWidget *
comment_card (Fixture    *fixture,
              const char *text)
{
  return entente_test_find_widget (comments_panel (fixture), is_comment_card, (gpointer) text);
}

static EntenteComment *
only_comment (EntenteDocument *document)
{
  GListModel *comments = entente_document_get_comments (document);
  g_autoptr(EntenteComment) comment = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 1);
  comment = g_list_model_get_item (comments, 0);
  return comment;   /* the document holds it */
}

static void
test_comment_on_step (Fixture       *fixture,
                      gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  const char *text = "Should finance have a persona of its own?";
  const char *answer = "Yes: finance signs every deal above 50k.";
  EntenteComment *comment;
  GtkWidget *card;
  GtkWidget *button;
  GtkWidget *entry;
  GtkWidget *show_resolved;
  GDateTime *time;

  entente_test_set_author ("Dana Whitfield", "VP Marketing");
  show_step (fixture, ENTENTE_SECTION_PERSONAS);
  g_assert_false (panel_is_revealed (fixture));
  g_assert_cmpuint (step_comment_count (fixture, ENTENTE_SECTION_PERSONAS), ==, 0);

  /* The panel opens on the step in view. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.comments", NULL);
  entente_test_iterate ();
  g_assert_true (panel_is_revealed (fixture));
  g_assert_cmpstr (entente_comments_panel_get_anchor (ENTENTE_COMMENTS_PANEL (comments_panel (fixture))), ==, "personas");

  write_comment (fixture, text);
  comment = only_comment (document);
  g_assert_cmpstr (entente_comment_get_anchor (comment), ==, "personas");
  g_assert_cmpstr (entente_comment_get_author (comment), ==, "Dana Whitfield");
  g_assert_cmpstr (entente_comment_get_role (comment), ==, "VP Marketing");
  g_assert_cmpstr (entente_comment_get_text (comment), ==, text);
  g_assert_true (g_str_has_prefix (entente_comment_get_id (comment), "comment-"));
  g_assert_false (entente_comment_get_resolved (comment));
  time = entente_comment_get_time (comment);
  g_assert_nonnull (time);
  g_assert_cmpint (g_date_time_get_utc_offset (time), ==, 0);
  g_assert_cmpint (g_date_time_get_microsecond (time), ==, 0);
  g_assert_true (entente_document_get_modified (document));
  g_assert_cmpuint (step_comment_count (fixture, ENTENTE_SECTION_PERSONAS), ==, 1);
  g_assert_cmpuint (step_comment_count (fixture, ENTENTE_SECTION_OVERVIEW), ==, 0);

  /* A reply, typed under the comment. */
  card = comment_card (fixture, text);
  g_assert_nonnull (card);
  button = entente_test_find_widget (card, is_button_with_label, (gpointer) _("_Reply"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  entry = entente_test_find_widget (card, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), answer);
  g_signal_emit_by_name (entry, "activate");
  entente_test_iterate ();
  {
    GListModel *replies = entente_comment_get_replies (comment);
    g_autoptr(EntenteReply) reply = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (replies), ==, 1);
    reply = g_list_model_get_item (replies, 0);
    g_assert_cmpstr (entente_reply_get_text (reply), ==, answer);
    g_assert_cmpstr (entente_reply_get_author (reply), ==, "Dana Whitfield");
    g_assert_true (g_str_has_prefix (entente_reply_get_id (reply), "reply-"));
    g_assert_nonnull (entente_reply_get_time (reply));
  }

  /* Resolved, it leaves the count and, unless asked for, the panel. */
  card = comment_card (fixture, text);
  g_assert_nonnull (card);
  button = entente_test_find_widget (card, is_button_with_label, (gpointer) _("Re_solve"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  entente_test_iterate ();
  g_assert_true (entente_comment_get_resolved (comment));
  g_assert_cmpuint (step_comment_count (fixture, ENTENTE_SECTION_PERSONAS), ==, 0);
  g_assert_null (comment_card (fixture, text));
  show_resolved = entente_test_find_widget (comments_panel (fixture), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SWITCH));
  g_assert_nonnull (show_resolved);
  gtk_switch_set_active (GTK_SWITCH (show_resolved), TRUE);
  card = comment_card (fixture, text);
  g_assert_nonnull (card);
  g_assert_nonnull (entente_test_find_widget (card, is_button_with_label, (gpointer) _("Re_open")));
  gtk_switch_set_active (GTK_SWITCH (show_resolved), FALSE);

  /* Undo takes back the resolution, then the reply, then the comment. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_false (entente_comment_get_resolved (comment));
  g_assert_cmpuint (step_comment_count (fixture, ENTENTE_SECTION_PERSONAS), ==, 1);
  g_assert_nonnull (comment_card (fixture, text));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (entente_comment_get_replies (comment)), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_comments (document)), ==, 0);
  g_assert_cmpuint (step_comment_count (fixture, ENTENTE_SECTION_PERSONAS), ==, 0);
  g_assert_null (comment_card (fixture, text));
  g_assert_false (entente_document_get_modified (document));

  entente_test_set_author ("", "");
}

static void
test_comment_on_item (Fixture       *fixture,
                      gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  GtkWidget *page = show_step (fixture, ENTENTE_SECTION_PERSONAS);
  GtkWidget *ian = entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "IT Ian");
  GtkWidget *olivia = entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, "Operations Olivia");
  GtkWidget *button;
  EntenteComment *comment;

  entente_test_set_author ("Marcus Lee", "VP Sales");
  g_assert_nonnull (ian);
  g_assert_nonnull (olivia);
  button = entente_test_find_widget (ian, is_button_labelled, (gpointer) said (_("Comment on “%s”"), "IT Ian"));
  g_assert_nonnull (button);
  g_assert_cmpuint (item_comment_count (ian), ==, 0);

  /* The item's button opens the panel, about that item. */
  g_signal_emit_by_name (button, "clicked");
  entente_test_iterate ();
  g_assert_true (panel_is_revealed (fixture));
  g_assert_cmpstr (entente_comments_panel_get_anchor (ENTENTE_COMMENTS_PANEL (comments_panel (fixture))), ==, "personas/it-ian");

  write_comment (fixture, "Does IT Ian sign, or only advise?");
  comment = only_comment (document);
  g_assert_cmpstr (entente_comment_get_anchor (comment), ==, "personas/it-ian");
  g_assert_cmpstr (entente_comment_get_author (comment), ==, "Marcus Lee");

  g_assert_cmpuint (item_comment_count (ian), ==, 1);
  g_assert_cmpuint (item_comment_count (olivia), ==, 0);
  g_assert_cmpuint (step_comment_count (fixture, ENTENTE_SECTION_PERSONAS), ==, 1);
  g_assert_nonnull (entente_test_find_widget (ian, is_button_labelled,
                                              (gpointer) said (g_dngettext (GETTEXT_PACKAGE, "%u open comment on “%s”",
                                                                            "%u open comments on “%s”", 1),
                                                               1u, "IT Ian")));

  /* Undone, the count goes. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_cmpuint (item_comment_count (ian), ==, 0);
  g_assert_cmpuint (step_comment_count (fixture, ENTENTE_SECTION_PERSONAS), ==, 0);

  entente_test_set_author ("", "");
}

static gboolean
is_row_titled (GtkWidget *widget,
               gpointer   title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_group_titled (GtkWidget *widget,
                 gpointer   title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

static void
test_compare (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(EntenteDocument) before = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) after = entente_test_load_example ("acme-saas.entente");
  GtkWidget *window;
  GtkWidget *row;
  GtkWidget *group;

  {
    g_autoptr(EntenteTarget) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (after)), 0);

    g_object_set (target, "count", 450, NULL);
  }

  window = entente_compare_window_new (NULL, NULL, before, after, "acme-before.entente");
  entente_pages_dialog_present (window, GTK_WINDOW (fixture->window));
  entente_test_iterate ();
  row = entente_test_find_widget (GTK_WIDGET (window), is_row_titled,
                                 (gpointer) said (_("%s: %s target %s → %s"), _("Goals"), "Marketing Qualified Lead", "400", "450"));
  g_assert_nonnull (row);
  group = entente_test_find_widget (GTK_WIDGET (window), is_group_titled, (gpointer) _("Goals"));
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_is_ancestor (row, group));
  entente_pages_dialog_close (window);

  /* The same text twice: no differences. */
  window = entente_compare_window_new (NULL, NULL, before, entente_window_get_document (fixture->window),
                                       "acme-before.entente");
  entente_pages_dialog_present (window, GTK_WINDOW (fixture->window));
  entente_test_iterate ();
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (ADW_TYPE_STATUS_PAGE)));
  g_assert_null (entente_test_find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW)));
  entente_pages_dialog_close (window);
  entente_test_iterate ();
}

static GtkWidget *
find_compare_window (void)
{
  g_autoptr(GPtrArray) dialogs = entente_test_list_dialogs ();
  g_autofree char *compared = entente_test_pattern (_("Compared with “%s”"));

  for (guint i = 0; i < dialogs->len; i++)
    if (g_pattern_match_simple (compared, entente_pages_dialog_get_title (g_ptr_array_index (dialogs, i))))
      return g_ptr_array_index (dialogs, i);

  return NULL;
}

/* Priya's copy of the file, with her own edit: her changes and the
 * window's are shown apart, from the version both come from, and hers
 * never read as undoing the window's. */
static void
test_compare_with_copy (Fixture       *fixture,
                        gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autofree char *copy_path = g_build_filename (fixture->dir, "acme (Priya's conflicted copy 2026-12-06).entente", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(EntenteDocument) priya = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  priya = entente_document_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(EntenteTarget) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (priya)), 1);

    g_object_set (target, "count", 130, NULL);
  }
  entente_document_save (priya, copy, NULL, &error);
  g_assert_no_error (error);

  {
    g_autoptr(EntenteTarget) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (document)), 0);

    g_object_set (target, "count", 450, NULL);
  }
  entente_window_compare_with (fixture->window, copy);
  entente_test_iterate ();
  window = find_compare_window ();
  g_assert_nonnull (window);
  /* Hers: SQL 120 → 130; the window's: MQL 400 → 450; never MQL 450 → 400. */
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), is_row_titled,
                                              (gpointer) said (_("%s: %s target %s → %s"), _("Goals"),
                                                               "Sales Qualified Lead", "120", "130")));
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), is_row_titled,
                                              (gpointer) said (_("%s: %s target %s → %s"), _("Goals"),
                                                               "Marketing Qualified Lead", "400", "450")));
  g_assert_null (entente_test_find_widget (GTK_WIDGET (window), is_row_titled,
                                           (gpointer) said (_("%s: %s target %s → %s"), _("Goals"),
                                                            "Marketing Qualified Lead", "450", "400")));
  g_assert_null (entente_test_find_widget (GTK_WIDGET (window), is_row_titled,
                                           (gpointer) said (_("%s: %s target %s → %s"), _("Goals"),
                                                            "Sales Qualified Lead", "130", "120")));
  entente_pages_dialog_close (window);
  entente_test_iterate ();
}

static void
test_compare_with_file (Fixture       *fixture,
                        gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "broken.entente", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) none = NULL;
  GtkWidget *window;

  /* The window's copy moved on from the file: its target is now 450. */
  {
    g_autoptr(EntenteTarget) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (document)), 0);

    g_object_set (target, "count", 450, NULL);
  }
  entente_window_compare_with (fixture->window, fixture->file);
  entente_test_iterate ();
  window = find_compare_window ();
  g_assert_nonnull (window);
  g_assert_cmpstr (entente_pages_dialog_get_title (window), ==, said (_("Compared with “%s”"), "acme-saas.entente"));
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), is_row_titled,
                                              (gpointer) said (_("%s: %s target %s → %s"), _("Goals"),
                                                                         "Marketing Qualified Lead", "400", "450")));
  entente_pages_dialog_close (window);
  entente_test_iterate ();

  /* A file that is no SLA: the loader's words, in a toast. */
  g_file_set_contents (bad_path, "<not-an-sla/>", -1, &error);
  g_assert_no_error (error);
  none = entente_document_load (bad, NULL, &error);
  g_assert_null (none);
  g_assert_nonnull (error);
  entente_window_compare_with (fixture->window, bad);
  entente_test_iterate ();
  g_assert_null (find_compare_window ());
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (fixture->window), entente_test_is_label_saying, error->message));
  g_unlink (bad_path);
}

/* Controls a person operates; their inner parts (the text inside a spin
 * button) are labelled through them. */
static gboolean
is_control (GtkWidget *widget,
            gpointer   data)
{
  static GType types[10];
  GtkWidget *parent;

  if (types[0] == 0)
    {
      types[0] = ADW_TYPE_ENTRY_ROW;
      types[1] = ADW_TYPE_COMBO_ROW;
      types[2] = GTK_TYPE_SPIN_BUTTON;
      types[3] = GTK_TYPE_SWITCH;
      types[4] = GTK_TYPE_DROP_DOWN;
      types[5] = GTK_TYPE_TEXT_VIEW;
      types[6] = GTK_TYPE_TOGGLE_BUTTON;
      types[7] = GTK_TYPE_MENU_BUTTON;
      types[8] = GTK_TYPE_BUTTON;
      types[9] = GTK_TYPE_ENTRY;
    }

  if (!gtk_widget_get_visible (widget))
    return FALSE;
  for (parent = gtk_widget_get_parent (widget); parent; parent = gtk_widget_get_parent (parent))
    for (guint i = 0; i < G_N_ELEMENTS (types); i++)
      if (G_TYPE_CHECK_INSTANCE_TYPE (parent, types[i]))
        return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (widget, types[i]))
      return TRUE;

  return FALSE;
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  /* A button named by its own visible label. */
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return TRUE;
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL)
    return TRUE;

  return FALSE;
}

static void
test_every_control_is_labelled (Fixture       *fixture,
                                gconstpointer  data)
{
  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      g_autoptr(GPtrArray) controls = NULL;

      show_step (fixture, step);
      controls = entente_test_find_all (GTK_WIDGET (fixture->window), is_control, NULL);
      g_assert_cmpuint (controls->len, >, 5);

      for (guint i = 0; i < controls->len; i++)
        {
          GtkWidget *control = g_ptr_array_index (controls, i);

          GtkWidget *parent = gtk_widget_get_parent (control);

          if (!has_accessible_name (control))
            g_error ("step %u: a %s has no accessible label (parent %s)", step,
                     G_OBJECT_TYPE_NAME (control), parent ? G_OBJECT_TYPE_NAME (parent) : "none");
        }
    }
}

/* Monthly review: the acme export of January 2027, read in a thread. */

static gboolean
is_label_with_prefix (GtkWidget *widget,
                      gpointer   prefix)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

static void
test_monthly_review (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autofree char *empty_path = entente_test_data_path ("actuals/empty.csv");
  g_autoptr(GFile) csv = g_file_new_for_path (path);
  g_autoptr(GFile) empty = g_file_new_for_path (empty_path);
  g_autoptr(GPtrArray) controls = NULL;
  GtkWidget *window;
  GtkWidget *stages, *row, *view, *combo;
  GListModel *columns;
  guint first_contact = GTK_INVALID_LIST_POSITION;
  /* 4 of 7 in time, in whole percent as the PDF and the command line
   * give it, in the locale's way. */
  g_autofree char *rate = entente_format_rate (NULL, 0.57);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.monthly-review", NULL));
  entente_test_iterate ();
  window = entente_test_find_review_window ();
  g_assert_nonnull (window);
  g_assert_cmpstr (entente_pages_dialog_get_title (window), ==, _("Monthly Review"));

  /* HubSpot names no first-contact column: choose it as a person would. */
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (window), csv, 2027, 1);
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();
  /* Until it is, compliance is not measured, and the window says why:
   * it showed 0 %, every record never contacted. */
  {
    g_autofree char *zero = entente_format_rate (NULL, 0.0);
    GtkWidget *protocol = entente_test_find_row (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW,
                                                 said (_("%s — %s"), "Marketing Qualified Lead", "Sales Development"));

    g_assert_nonnull (protocol);
    g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (protocol)),
                              _("Not measured — map the first-contact column to know who was followed up in time.")));
    g_assert_nonnull (entente_test_find_widget (protocol, entente_test_is_label_saying,
                                                (gpointer) C_("compliance", "not measured")));
    g_assert_null (entente_test_find_widget (protocol, entente_test_is_label_saying, zero));
  }
  combo = entente_test_find_row (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, _("First contact"));
  g_assert_nonnull (combo);
  columns = adw_combo_row_get_model (ADW_COMBO_ROW (combo));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (columns), i), "First Contact"))
      first_contact = i;
  g_assert_cmpuint (first_contact, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), first_contact);
  /* The choice is kept in the agreement, to be saved with it. */
  {
    EntenteDocument *document = entente_window_get_document (fixture->window);
    g_autoptr(EntenteActualsMapping) kept = entente_actuals_mapping_load_from_document (document);

    g_assert_cmpstr (entente_actuals_mapping_get (kept, "first-contact"), ==, "First Contact");
    g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_actuals_mapping (document)), ==, 1);
  }
  g_assert_true (entente_review_window_is_busy (ENTENTE_REVIEW_WINDOW (window)));
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();

  /* The plan's SQL → opportunity (60 %) against the 1 of 3 measured:
   * said, then set to the measured rate with one button, undoably. */
  {
    EntenteDocument *document = entente_window_get_document (fixture->window);
    GtkWidget *history = entente_test_find_widget (GTK_WIDGET (window), is_group_titled, (gpointer) _("Goals Against History"));
    GtkWidget *use = entente_test_find_widget (GTK_WIDGET (window), is_button_with_label, (gpointer) _("_Use Measured Rates"));
    g_autoptr(EntenteConversion) sql_to_opportunity = g_list_model_get_item (entente_goals_get_conversions (entente_document_get_goals (document)), 3);

    g_assert_nonnull (history);
    g_assert_true (gtk_widget_get_visible (history));
    g_assert_cmpstr (entente_conversion_get_from (sql_to_opportunity), ==, "sql");
    g_signal_emit_by_name (use, "clicked");
    entente_test_iterate ();
    g_assert_cmpfloat_with_epsilon (entente_conversion_get_rate (sql_to_opportunity), 1.0 / 3.0, 1e-9);
    g_assert_false (gtk_widget_get_visible (history));
    /* Every measured rate (lead → MQL and opportunity → customer too) in
     * one step: one undo brings the plan back. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
    entente_test_iterate ();
    g_assert_cmpfloat_with_epsilon (entente_conversion_get_rate (sql_to_opportunity), 0.6, 1e-9);
  }

  stages = entente_test_find_widget (GTK_WIDGET (window), is_group_titled, (gpointer) _("Stages"));
  g_assert_nonnull (stages);
  g_assert_true (gtk_widget_is_visible (stages));
  row = entente_test_find_row (stages, ADW_TYPE_ACTION_ROW, "Marketing Qualified Lead");
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                  said (_("Actual: %s · Target: %s · Needed: %s"), "7", "400", "312")));
  g_assert_nonnull (entente_test_find_row (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW,
                                           said (_("%s — %s"), "Marketing Qualified Lead", "Sales Development")));
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), entente_test_is_label_saying, (gpointer) rate));
  g_assert_nonnull (entente_test_find_row (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, "Sam Seller"));
  /* 101 was contacted before it became an SQL: its follow-up is not
   * measured, and the figures say so, adding up to what entered. */
  {
    GtkWidget *sql = entente_test_find_row (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW,
                                            said (_("%s — %s"), "Sales Qualified Lead", "Sales"));

    g_assert_nonnull (sql);
    g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (sql)), ==,
                     said (_("Entered %s · in time %s · late %s · never %s · not measured %s"), "3", "1", "0", "1", "1"));
  }
  /* How the export was read, with what settled the MQL column's order. */
  g_assert_nonnull (entente_test_find_row (stages, ADW_TYPE_EXPANDER_ROW, _("How the Export Was Read")));
  g_assert_nonnull (entente_test_find_row (stages, ADW_TYPE_ACTION_ROW,
                                           said (_("“%s”: dates read with the month first, as “%s” on line %s shows."),
                                                 "Became a Marketing Qualified Lead Date", "01/15/2027 04:30 PM", "3")));
  g_assert_nonnull (entente_test_find_row (stages, ADW_TYPE_EXPANDER_ROW,
                                           said (g_dngettext (GETTEXT_PACKAGE, "%s Row Skipped", "%s Rows Skipped", 2), "2")));
  g_assert_nonnull (entente_test_find_row (stages, ADW_TYPE_ACTION_ROW,
                                           said (_("%s:%s: the row has %u fields, the header %u"),
                                                 "hubspot-acme.csv", "9", 4u, 13u)));

  view = entente_test_find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)))), ==, 4);
  {
    g_autoptr(GListModel) column_list = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
    g_autoptr(GtkColumnViewColumn) record = g_list_model_get_item (column_list, 1);

    g_object_ref (column_list);
    gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view), record, GTK_SORT_DESCENDING);
    entente_test_iterate ();
    g_assert_nonnull (entente_test_find_widget (view, entente_test_is_label_saying, (gpointer) "109"));
  }
  /* Times in the agreement's zone, New York, wherever the reader is: record
   * 103 became an MQL at 16:30 there, as the PDF and the command line say. */
  {
    g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
    g_autoptr(GDateTime) entered = g_date_time_new (new_york, 2027, 1, 15, 16, 30, 0);
    g_autofree char *shown = entente_format_moment (NULL, entered);
    g_autofree char *zone = entente_format_timezone (NULL, "America/New_York", NULL);

    g_assert_nonnull (entente_test_find_widget (view, entente_test_is_label_saying, shown));
    g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), is_label_with_prefix,
                                                (gpointer) said (_("Records contacted late or never; times in %s"), zone)));
  }

  /* The review as PDF, as the Export PDF… button writes it. */
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), is_button_labelled,
                                              (gpointer) _("Export the review as PDF")));
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("entente-review-XXXXXX", &error);
    g_autofree char *pdf_path = NULL;
    g_autoptr(GFile) pdf = NULL;
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_no_error (error);
    pdf_path = g_build_filename (dir, "review.pdf", NULL);
    pdf = g_file_new_for_path (pdf_path);
    g_assert_true (entente_review_window_export_to_file (ENTENTE_REVIEW_WINDOW (window), pdf, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (pdf_path, &contents, &length, &error));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_unlink (pdf_path);
    g_rmdir (dir);
  }

  /* Every control says what it is. */
  controls = entente_test_find_all (GTK_WIDGET (window), is_control, NULL);
  g_assert_cmpuint (controls->len, >, 5);
  for (guint i = 0; i < controls->len; i++)
    if (!has_accessible_name (g_ptr_array_index (controls, i)))
      g_error ("review: a %s has no accessible label", G_OBJECT_TYPE_NAME (g_ptr_array_index (controls, i)));

  /* An empty file: a sentence, no results. */
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (window), empty, 2027, 1);
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), entente_test_is_label_saying, (gpointer) said (_("%s: the file is empty"), "empty.csv")));
  g_assert_false (gtk_widget_is_visible (stages));
  g_assert_null (entente_test_find_widget (GTK_WIDGET (window), is_label_with_prefix, (gpointer) rate));

  entente_pages_dialog_close (window);
  entente_test_iterate ();
}

/* A long import, cancelled from its button: a sentence, no figures. */
static void
test_monthly_review_cancel (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "big.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (path);
  g_autoptr(GString) text = g_string_new ("Record ID,Contact owner,Became a Lead Date,"
                                          "Became a Marketing Qualified Lead Date\n");
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *cancel;

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (text, "%u,Sam Seller,01/04/2027 09:00 AM,01/04/2027 10:00 AM\n", i);
  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);

  window = entente_review_window_new (entente_window_get_document (fixture->window));
  entente_pages_dialog_present (window, GTK_WINDOW (fixture->window));
  entente_test_iterate ();
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (window), csv, 2027, 1);
  g_assert_true (entente_review_window_is_busy (ENTENTE_REVIEW_WINDOW (window)));
  cancel = entente_test_find_widget (GTK_WIDGET (window), is_button_with_label, (gpointer) _("C_ancel"));
  g_assert_nonnull (cancel);
  g_assert_true (gtk_widget_is_sensitive (cancel));
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), entente_test_is_label_saying, (gpointer) _("The import was cancelled.")));
  g_assert_false (gtk_widget_is_visible (entente_test_find_widget (GTK_WIDGET (window), is_group_titled, (gpointer) _("Stages"))));

  entente_pages_dialog_close (window);
  entente_test_iterate ();
  g_unlink (path);
}

/* A file chosen without a month opens on the latest month it has records
 * in (February for this export), not on last calendar month's zeros. */
static void
test_monthly_review_latest_month (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autoptr(GFile) csv = g_file_new_for_path (path);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) first = g_date_time_new (zone, 2027, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) second = g_date_time_new (zone, 2027, 2, 1, 0, 0, 0);
  g_autofree char *january = entente_format_pattern (NULL, first, C_("month", "%B %Y"));
  g_autofree char *february = entente_format_pattern (NULL, second, C_("month", "%B %Y"));
  GtkWidget *window, *month_row;
  GListModel *months;

  window = entente_review_window_new (entente_window_get_document (fixture->window));
  entente_pages_dialog_present (window, GTK_WINDOW (fixture->window));
  entente_test_iterate ();
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (window), csv, 0, 0);
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();
  month_row = entente_test_find_row (window, ADW_TYPE_COMBO_ROW, _("Month"));
  g_assert_nonnull (month_row);
  months = adw_combo_row_get_model (ADW_COMBO_ROW (month_row));
  /* The months the export has records in (from November 2026), the
   * latest chosen. */
  g_assert_cmpuint (g_list_model_get_n_items (months), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (months), 2), ==, january);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (months), 3), ==, february);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (month_row)), ==, 3);
  /* Four months: the trends are drawn; attainment always is. */
  {
    GtkWidget *trends = entente_test_find_widget (window, is_group_titled, (gpointer) _("Month by Month"));
    GtkWidget *tiles = entente_test_find_widget (window, is_group_titled, (gpointer) _("Attainment"));
    GtkWidget *view = entente_test_find_widget (tiles, is_of_type, GSIZE_TO_POINTER (ENTENTE_TYPE_REVIEW_CHART_VIEW));

    g_assert_nonnull (trends);
    g_assert_true (gtk_widget_get_visible (trends));
    g_assert_true (gtk_widget_get_visible (tiles));
    g_assert_nonnull (view);
    /* Six tiles, as tall as they need to be at the window's width. */
    g_assert_cmpint (gtk_widget_get_height (view), >, 150);
  }
  /* Shown, not read again: the window is idle. */
  g_assert_false (entente_review_window_is_busy (ENTENTE_REVIEW_WINDOW (window)));

  /* Choosing January reviews it. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (month_row), 2);
  g_assert_true (entente_review_window_is_busy (ENTENTE_REVIEW_WINDOW (window)));
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();
  g_assert_cmpint (entente_review_window_get_report (ENTENTE_REVIEW_WINDOW (window))->month, ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (month_row)), ==, 2);

  entente_pages_dialog_close (window);
  entente_test_iterate ();
}

/* A HubSpot deals export needs no mapping: the window shows what it
 * recognised, the yes/no column that says which close dates were wins,
 * and counts only those (2 of 4 close dates in January). */
static void
test_monthly_review_hubspot_deals (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-deals.csv");
  g_autoptr(GFile) csv = g_file_new_for_path (path);
  GtkWidget *window, *condition, *stages, *row;
  GListModel *columns;
  g_autofree char *recognised = g_strdup_printf (_("Recognised as an export of %s."), _("HubSpot deals"));
  g_autofree char *title = g_strdup_printf (_("%s only where"), "Customer");

  window = entente_review_window_new (entente_window_get_document (fixture->window));
  entente_pages_dialog_present (window, GTK_WINDOW (fixture->window));
  entente_test_iterate ();
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (window), csv, 2027, 1);
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();

  condition = entente_test_find_row (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, title);
  g_assert_nonnull (condition);
  columns = adw_combo_row_get_model (ADW_COMBO_ROW (condition));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (columns),
                                               adw_combo_row_get_selected (ADW_COMBO_ROW (condition))),
                   ==, "Is Closed Won");
  stages = entente_test_find_widget (GTK_WIDGET (window), is_group_titled, (gpointer) _("Stages"));
  row = entente_test_find_row (stages, ADW_TYPE_ACTION_ROW, "Customer");
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                   said (_("Actual: %s · Target: %s · Needed: %s"), "2", "14", "14")));
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (window), entente_test_is_label_saying, recognised));

  entente_pages_dialog_close (window);
  entente_test_iterate ();
}

/* Crash recovery: a child process edits, waits for its draft and is
 * killed; the parent finds the draft and restores it. */

static gboolean
draft_exists (gpointer data)
{
  g_autoptr(GPtrArray) drafts = entente_drafts_list ();

  return drafts->len > 0;
}

static gboolean
no_draft (gpointer data)
{
  return !draft_exists (data);
}

/* Edits undone back to what the file holds leave no draft behind: one
 * would bring them back after a crash. */
static void
test_undo_forgets_draft (Fixture       *fixture,
                         gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  GtkWidget *page = entente_test_visible_page (GTK_WIDGET (fixture->window));

  gtk_editable_set_text (GTK_EDITABLE (entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Organization"))),
                         "Undone Ltd.");
  g_assert_true (entente_document_get_modified (document));
  g_assert_true (entente_test_wait_for (draft_exists, NULL, 20000));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_false (entente_document_get_modified (document));
  g_assert_true (entente_test_wait_for (no_draft, NULL, 20000));
}

static void
run_crashing_editor (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EntenteDocument) document = entente_document_load (file, NULL, NULL);
  EntenteWindow *window = entente_window_new (NULL, document, NULL);
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (window));
  entente_test_iterate ();
  page = entente_test_visible_page (GTK_WIDGET (window));
  gtk_editable_set_text (GTK_EDITABLE (entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Organization"))),
                         "Crash Test Ltd.");

  if (!entente_test_wait_for (draft_exists, NULL, 20000))
    exit (3);

  g_print ("READY\n");
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_draft_restored_after_kill (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteApplication) app = NULL;
  const char *argv[] = { g_getenv ("ENTENTE_TEST_SELF"), NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "ENTENTE_TEST_CRASH_EDITOR", fixture->path, TRUE);
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  g_autofree char *on_disk = NULL;
  EntenteWindow *window;
  EntenteDocument *restored;
  GPid pid;
  int out;
  int status;

  /* Start from no drafts, whatever earlier tests left. */
  {
    g_autoptr(GPtrArray) old = entente_drafts_list ();

    for (guint i = 0; i < old->len; i++)
      entente_drafts_remove (((EntenteDraftInfo *) g_ptr_array_index (old, i))->id);
  }

  g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  g_io_channel_read_line (channel, &line, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "READY\n");

  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));

  /* The user's own file never saw the unsaved edit. */
  g_assert_true (g_file_get_contents (fixture->path, &on_disk, NULL, NULL));
  g_assert_null (strstr (on_disk, "Crash Test Ltd."));

  /* Only the child's draft: a window of an earlier test may have written
   * one of its own since the start, which would be offered too. */
  {
    g_autoptr(GPtrArray) drafts = entente_drafts_list ();
    g_autofree char *uri = g_file_get_uri (fixture->file);

    for (guint i = 0; i < drafts->len; i++)
      {
        EntenteDraftInfo *info = g_ptr_array_index (drafts, i);

        if (g_strcmp0 (info->uri, uri) != 0)
          entente_drafts_remove (info->id);
      }
  }

  app = entente_test_restore_draft (&window);
  restored = entente_window_get_document (window);
  g_assert_nonnull (restored);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (restored)), ==, "Crash Test Ltd.");
  g_assert_true (entente_document_get_modified (restored));
  if (!g_file_equal (entente_document_get_file (restored), fixture->file))
    g_error ("restored into %s, not %s", g_file_peek_path (entente_document_get_file (restored)), fixture->path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = gtk_application_get_windows (GTK_APPLICATION (app)))
    {
      if (ENTENTE_IS_WINDOW (l->data))
        entente_document_set_modified (entente_window_get_document (l->data), FALSE);
      gtk_window_destroy (l->data);
    }
  entente_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  const char *crash_editor = g_getenv ("ENTENTE_TEST_CRASH_EDITOR");

  if (crash_editor != NULL)
    {
      g_set_prgname ("test-window-editor");
      entente_i18n_init ();
      gtk_init ();
      adw_init ();
      run_crashing_editor (crash_editor);
      return 0;
    }

  g_setenv ("ENTENTE_TEST_SELF", argv[0], TRUE);
  entente_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window/every-step-shows-values", test_every_step_shows_values);
  ADD ("/window/edit-save-undo", test_edit_save_undo);
  ADD ("/window/remove-and-add-persona", test_remove_and_add_persona);
  ADD ("/window/remove-used-stage-refused", test_remove_used_stage_refused);
  ADD ("/window/dropdown-updates-reference", test_dropdown_updates_reference);
  ADD ("/window/business-hours-to-midnight", test_business_hours_to_midnight);
  ADD ("/window/close-modified-asks", test_close_modified_asks);
  ADD ("/window/changed-on-disk", test_changed_on_disk);
  ADD ("/window/save-asks-before-overwriting", test_save_asks_before_overwriting);
  ADD ("/window/problems-lead-to-their-field", test_problems_lead_to_their_field);
  ADD ("/window/funnel-follows-goals", test_funnel_follows_goals);
  ADD ("/window/print-and-export", test_print_and_export);
  ADD ("/window/sign-off", test_sign_off);
  ADD ("/window/shortcuts", test_shortcuts);
  ADD ("/window/strv-buttons", test_strv_buttons);
  ADD ("/window/date-and-duration-edits", test_date_and_duration_edits);
  ADD ("/window/comment-on-step", test_comment_on_step);
  ADD ("/window/comment-on-item", test_comment_on_item);
  ADD ("/window/compare", test_compare);
  ADD ("/window/compare-with-copy", test_compare_with_copy);
  ADD ("/window/compare-with-file", test_compare_with_file);
  ADD ("/window/every-control-is-labelled", test_every_control_is_labelled);
  ADD ("/window/paper-from-preferences", test_paper_from_preferences);
  ADD ("/window/application-icon", test_application_icon);
  ADD ("/window/monthly-review", test_monthly_review);
  ADD ("/window/monthly-review-latest-month", test_monthly_review_latest_month);
  ADD ("/window/monthly-review-hubspot-deals", test_monthly_review_hubspot_deals);
  ADD ("/window/monthly-review-cancel", test_monthly_review_cancel);
  ADD ("/window/draft-restored-after-kill", test_draft_restored_after_kill);
  ADD ("/window/undo-forgets-draft", test_undo_forgets_draft);
#undef ADD

  return g_test_run ();
}
