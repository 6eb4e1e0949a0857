/* test-window-meeting.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gunixfdlist.h>
#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>
#include <unistd.h>

#include "entente-alert.h"
#include "entente-gui-test-util.h"
#include "entente-pages-dialog.h"
#include "entente-meeting-group.h"
#include "entente-review-window.h"
#include "entente-test-util.h"
#include "entente-window.h"

/* The meeting of a monthly review in the window: Record This Review
 * keeps the notes and decisions typed with the month's figures, as one
 * step Undo takes back; Add to Calendar hands the review meetings'
 * calendar to the desktop.  The desktop here is a stand-in for the
 * OpenURI portal on the test's own session bus (GTK_USE_PORTAL=1 makes
 * GTK go through it, as it does in a Flatpak): everything up to the
 * D-Bus call is the application's own code. */

typedef EntenteTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  entente_test_set_author ("Dana Whitfield", "VP Marketing");
  entente_test_window_open (fixture, "acme-saas.entente", FALSE, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (l->data != (gpointer) fixture->window)
      gtk_window_destroy (l->data);
  entente_test_iterate ();
  entente_test_window_close (fixture);
}

static gboolean
is_button_with_label (GtkWidget *widget,
                      gpointer   label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The review of three-months.csv for January 2027, its meeting group. */
static GtkWidget *
open_review (Fixture *fixture)
{
  g_autofree char *path = entente_test_data_path ("actuals/three-months.csv");
  g_autoptr(GFile) csv = g_file_new_for_path (path);
  GtkWidget *window, *group;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.monthly-review", NULL));
  entente_test_iterate ();
  window = entente_test_find_review_window ();
  g_assert_nonnull (window);
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (window), csv, 2027, 1);
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();
  group = entente_test_find_widget (window, entente_test_is_of_type, GSIZE_TO_POINTER (ENTENTE_TYPE_MEETING_GROUP));
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (group));
  return group;
}

static void
test_record (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *group = open_review (fixture);
  EntenteDocument *document = entente_window_get_document (fixture->window);
  GtkWidget *notes = entente_test_find_widget (group, entente_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  GtkWidget *entry = entente_test_find_widget (group, entente_test_is_of_type, GSIZE_TO_POINTER (ADW_TYPE_ENTRY_ROW));
  GtkWidget *record = entente_test_find_widget (group, is_button_with_label, (gpointer) _("_Record This Review"));
  EntenteMeeting *meeting;
  const char *expected[] = { "Hire an SDR", "Move Bo to inbound", NULL };
  const char *description;

  g_assert_nonnull (notes);
  g_assert_nonnull (entry);
  g_assert_nonnull (record);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   _("Not recorded yet. Record This Review keeps the month's figures, the notes and the decisions with the agreement, for the next meetings' trends."));
  g_assert_false (entente_document_get_modified (document));

  /* Typed as a person would: the notes, one decision added, another
   * typed and left in the entry. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "Bo's leads came in on a holiday.", -1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Hire an SDR");
  g_signal_emit_by_name (entry, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Move Bo to inbound");
  g_signal_emit_by_name (record, "clicked");
  entente_test_iterate ();

  meeting = entente_meetings_find (document, 2027, 1);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (entente_meeting_get_notes (meeting), ==, "Bo's leads came in on a holiday.");
  g_assert_cmpstrv (entente_meeting_get_decisions (meeting), expected);
  g_assert_cmpstr (entente_meeting_get_by (meeting), ==, "Dana Whitfield");
  g_assert_cmpstr (entente_meeting_get_export (meeting), ==, "three-months.csv");
  g_assert_cmpint (entente_meeting_figure_get_actual (entente_meeting_find_figure (meeting, "mql")), ==, 3);
  g_assert_true (entente_document_get_modified (document));
  description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group));
  g_assert_nonnull (strstr (description, "Dana Whitfield"));

  /* One undo takes the recording back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  entente_test_iterate ();
  g_assert_null (entente_meetings_find (document, 2027, 1));

  /* Saved, the meeting is in the file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL));
  g_assert_nonnull (entente_meetings_find (document, 2027, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL));
  g_assert_false (entente_document_get_modified (document));
  g_assert_true (entente_test_window_file_says (fixture, "<meeting month=\"2027-01\""));
  g_assert_true (entente_test_window_file_says (fixture, "<decision>Move Bo to inbound</decision>"));
}

/* Once meetings are recorded, the Goals step says beside each planned
 * conversion what they measured (tests/data/actuals/lead-history.csv:
 * 3 of 60 leads became MQLs), and follows a change of plan. */
static void
test_goals_measured (Fixture       *fixture,
                     gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  g_autofree char *path = entente_test_data_path ("actuals/lead-history.csv");
  g_autoptr(EntenteConversion) lead_to_mql = g_list_model_get_item (entente_goals_get_conversions (entente_document_get_goals (document)), 0);
  g_autofree char *title = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *replanned = NULL;
  GtkWidget *page, *row;

  for (int month = 1; month <= 3; month++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
      g_autoptr(EntenteActualsReport) report = entente_actuals_compute (document, G_INPUT_STREAM (stream), "lead-history.csv",
                                                                        NULL, 2027, month, NULL, NULL);
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(EntenteMeeting) meeting = entente_meetings_new_from_report (report, "lead-history.csv", NULL, now);

      g_assert_nonnull (report);
      entente_meetings_record (document, meeting, ENTENTE_MEETINGS_AS_EDITED);
    }

  page = entente_test_window_show_step (fixture, ENTENTE_SECTION_GOALS);
  title = g_strdup_printf (_("%s → %s"), "Lead", "Marketing Qualified Lead");
  row = entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, title);
  g_assert_nonnull (row);
  expected = entente_history_describe_recorded (document, lead_to_mql, NULL);
  g_assert_nonnull (expected);
  entente_test_settle (400);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, expected);

  g_object_set (lead_to_mql, "rate", 0.06, NULL);
  entente_test_settle (600);
  replanned = entente_history_describe_recorded (document, lead_to_mql, NULL);
  g_assert_cmpstr (replanned, !=, expected);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, replanned);
}

/* The breach list gathers each owner's breaches, the owner with the most
 * first, each owner's earliest first: Bo's two before Ann's one, though
 * Ann's came between them. */
static void
test_breaches_by_owner (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GFile) csv = NULL;
  GtkWidget *window, *view;
  GListModel *rows, *columns;
  static const char * const expected[][2] = { { "Bo", "1" }, { "Bo", "3" }, { "Ann", "2" } };

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "owners.csv");
  g_assert_true (g_file_set_contents (path,
                                      "Record ID,Contact owner,Became a Marketing Qualified Lead Date,Date of first engagement\n"
                                      "1,Bo,2027-01-05 10:00,\n"
                                      "2,Ann,2027-01-06 10:00,\n"
                                      "3,Bo,2027-01-07 10:00,\n"
                                      "4,Ann,2027-01-08 10:00,2027-01-08 10:10\n", -1, NULL));
  csv = g_file_new_for_path (path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.monthly-review", NULL));
  entente_test_iterate ();
  window = entente_test_find_review_window ();
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (window), csv, 2027, 1);
  g_assert_true (entente_test_wait_for (entente_test_review_done, window, 20000));
  entente_test_iterate ();

  view = entente_test_find_widget (window, entente_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (view);
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  {
    g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (columns, 0);
    g_autoptr(GtkColumnViewColumn) second = g_list_model_get_item (columns, 1);

    g_assert_cmpstr (gtk_column_view_column_get_title (first), ==, _("Owner"));
    g_assert_cmpstr (gtk_column_view_column_get_title (second), ==, _("Owner's Breaches"));
  }
  rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);
      g_autofree char *owner = NULL;
      g_autofree char *record = NULL;

      g_object_get (row, "owner", &owner, "record", &record, NULL);
      g_assert_cmpstr (owner, ==, expected[i][0]);
      g_assert_cmpstr (record, ==, expected[i][1]);
    }
}

/* Closing the review with notes typed and not recorded asks first:
 * Record keeps them; with nothing typed, it closes at once. */
static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *group = open_review (fixture);
  GtkWidget *window = entente_test_find_review_window ();
  EntenteDocument *document = entente_window_get_document (fixture->window);
  GtkWidget *notes = entente_test_find_widget (group, entente_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  EntenteAlert *alert;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "Ann covered Bo's accounts.", -1);
  entente_pages_dialog_close (window);
  entente_test_iterate ();
  alert = entente_alert_find_open (_("Record the Meeting's Notes?"));
  g_assert_nonnull (alert);
  g_assert_true (entente_pages_dialog_is_open (window));
  g_assert_null (entente_meetings_find (document, 2027, 1));

  entente_alert_respond (alert, "record");
  entente_test_iterate ();
  g_assert_cmpstr (entente_meeting_get_notes (entente_meetings_find (document, 2027, 1)), ==, "Ann covered Bo's accounts.");
  g_assert_null (entente_test_find_review_window ());

  /* Recorded as it shows: closing asks nothing. */
  group = open_review (fixture);
  window = entente_test_find_review_window ();
  entente_pages_dialog_close (window);
  entente_test_iterate ();
  g_assert_null (entente_alert_find_open (_("Record the Meeting's Notes?")));
  g_assert_null (entente_test_find_review_window ());
}

/* The stand-in portal */

typedef struct
{
  GDBusConnection *connection;
  guint            owner;
  guint            object;
  char            *method;
  char            *contents;
} Portal;

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.OpenURI'>"
  "    <method name='OpenURI'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='s' name='uri' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <method name='OpenFile'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='h' name='fd' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <property name='version' type='u' access='read'/>"
  "  </interface>"
  "</node>";

typedef struct
{
  GDBusConnection *connection;
  char            *destination;
  char            *handle;
} Response;

static gboolean
send_response (gpointer data)
{
  Response *response = data;

  g_dbus_connection_emit_signal (response->connection, response->destination, response->handle,
                                 "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(u@a{sv})", 0, g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                 NULL);
  g_free (response->destination);
  g_free (response->handle);
  g_free (response);
  return G_SOURCE_REMOVE;
}

static char *
read_fd (int fd)
{
  g_autoptr(GString) text = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  lseek (fd, 0, SEEK_SET);
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_portal_call (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               data)
{
  Portal *portal = data;
  g_autoptr(GVariant) options = g_variant_get_child_value (parameters, 2);
  const char *token = NULL;
  g_autofree char *sender_path = g_strdup (sender + 1);
  Response *response = g_new0 (Response, 1);

  g_free (portal->method);
  portal->method = g_strdup (method_name);
  if (g_str_equal (method_name, "OpenFile"))
    {
      GUnixFDList *fds = g_dbus_message_get_unix_fd_list (g_dbus_method_invocation_get_message (invocation));
      gint32 index = 0;
      int fd;

      g_variant_get_child (parameters, 1, "h", &index);
      fd = g_unix_fd_list_get (fds, index, NULL);
      g_assert_cmpint (fd, >=, 0);
      portal->contents = read_fd (fd);
      close (fd);
    }
  else
    {
      const char *uri = NULL;
      g_autoptr(GFile) file = NULL;

      g_variant_get_child (parameters, 1, "&s", &uri);
      file = g_file_new_for_uri (uri);
      g_file_load_contents (file, NULL, &portal->contents, NULL, NULL, NULL);
    }

  /* The request object the caller waits on, named as the portal names it. */
  g_strdelimit (sender_path, ".", '_');
  g_variant_lookup (options, "handle_token", "&s", &token);
  response->connection = connection;
  response->destination = g_strdup (sender);
  response->handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender_path,
                                      token != NULL ? token : "t");
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", response->handle));
  g_idle_add (send_response, response);
}

static GVariant *
on_portal_property (GDBusConnection  *connection,
                    const char       *sender,
                    const char       *object_path,
                    const char       *interface_name,
                    const char       *property_name,
                    GError          **error,
                    gpointer          data)
{
  return g_variant_new_uint32 (4);
}

static const GDBusInterfaceVTable portal_vtable = { on_portal_call, on_portal_property, NULL, { 0 } };

static gboolean
name_owned (gpointer data)
{
  return ((Portal *) data)->owner == G_MAXUINT;
}

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         data)
{
  ((Portal *) data)->owner = G_MAXUINT;
}

static void
portal_start (Portal *portal)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (portal_xml, &error);
  guint owner;

  g_assert_no_error (error);
  portal->connection = g_dbus_connection_new_for_address_sync (address,
                                                               G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                               G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                               NULL, NULL, &error);
  g_assert_no_error (error);
  portal->object = g_dbus_connection_register_object (portal->connection, "/org/freedesktop/portal/desktop",
                                                      node->interfaces[0], &portal_vtable, portal, NULL, &error);
  g_assert_no_error (error);
  owner = g_bus_own_name_on_connection (portal->connection, "org.freedesktop.portal.Desktop",
                                        G_BUS_NAME_OWNER_FLAGS_NONE, on_name_acquired, NULL, portal, NULL);
  g_assert_true (entente_test_wait_for (name_owned, portal, 5000));
  portal->owner = owner;
}

static void
portal_stop (Portal *portal)
{
  g_bus_unown_name (portal->owner);
  g_dbus_connection_unregister_object (portal->connection, portal->object);
  g_dbus_connection_close_sync (portal->connection, NULL, NULL);
  g_clear_object (&portal->connection);
  g_clear_pointer (&portal->method, g_free);
  g_clear_pointer (&portal->contents, g_free);
}

static gboolean
portal_called (gpointer data)
{
  return ((Portal *) data)->contents != NULL;
}

/* The calendar reaches the portal whole: libical reads one recurring
 * event from it, with the three leaders invited. */
static void
test_add_to_calendar (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *group = open_review (fixture);
  GtkWidget *button = entente_test_find_widget (group, is_button_with_label, (gpointer) _("Add to Ca_lendar"));
  Portal portal = { 0 };
  icalcomponent *calendar, *event;
  guint attendees = 0;

  g_assert_nonnull (button);
  portal_start (&portal);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (entente_test_wait_for (portal_called, &portal, 10000));

  g_assert_true (g_str_equal (portal.method, "OpenFile") || g_str_equal (portal.method, "OpenURI"));
  calendar = icalparser_parse_string (portal.contents);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (event);
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY));
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    attendees++;
  g_assert_cmpuint (attendees, ==, 3);
  icalcomponent_free (calendar);

  /* Opening the calendar changes nothing in the agreement. */
  g_assert_false (entente_document_get_modified (entente_window_get_document (fixture->window)));
  entente_test_settle (200);
  portal_stop (&portal);
}

int
main (int   argc,
      char *argv[])
{
  /* Through the portal, as in a sandbox: the stand-in answers. */
  g_setenv ("GTK_USE_PORTAL", "1", TRUE);
  entente_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-meeting/record", test_record);
  ADD ("/window-meeting/add-to-calendar", test_add_to_calendar);
  ADD ("/window-meeting/goals-measured", test_goals_measured);
  ADD ("/window-meeting/breaches-by-owner", test_breaches_by_owner);
  ADD ("/window-meeting/close-asks", test_close_asks);
#undef ADD

  return g_test_run ();
}
