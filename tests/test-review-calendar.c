/* test-review-calendar.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "entente-core.h"
#include "entente-document-locale.h"
#include "entente-review-calendar.h"
#include "entente-test-util.h"

/* The review meetings as iCalendar, read back by libical itself: valid,
 * one recurring event at the opening of the first business day of each
 * month in the agreement's zone, each party's leader invited.  Made on
 * Monday 7 December 2026 at noon UTC. */

static icalcomponent *
calendar_of (EntenteDocument *document)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 7, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = entente_review_calendar_export (document, now, &error);
  g_autofree char *text = NULL;
  icalcomponent *calendar;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  /* libical's own reading of RFC 5545: nothing it had to flag. */
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  return calendar;
}

static icalcomponent *
event_of (icalcomponent *calendar)
{
  icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);

  g_assert_nonnull (event);
  g_assert_null (icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT));
  return event;
}

/* The instances the rule gives, as YYYY-MM-DDTHH:MM in the event's zone. */
static char *
instances (icalcomponent *event,
           guint          n)
{
  icalproperty *rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  struct icalrecurrencetype rule = icalproperty_get_rrule (rrule);
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  icalrecur_iterator *iterator = icalrecur_iterator_new (rule, start);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      struct icaltimetype next = icalrecur_iterator_next (iterator);

      g_assert_false (icaltime_is_null_time (next));
      g_string_append_printf (out, "%s%04d-%02d-%02dT%02d:%02d", i > 0 ? " " : "",
                              next.year, next.month, next.day, next.hour, next.minute);
    }
  icalrecur_iterator_free (iterator);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_monthly (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  icalcomponent *calendar = calendar_of (document);
  icalcomponent *event = event_of (calendar);
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  struct icaltimetype start_utc;
  g_autofree char *seen = instances (event, 4);
  g_autofree char *summary = NULL;
  g_autofree char *also = NULL;
  const char *description;
  const char *expected_attendees[][2] = {
    { "mailto:dana.whitfield@acme.example", "Dana Whitfield" },
    { "mailto:luis.ortega@acme.example", "Luis Ortega" },
    { "mailto:priya.raman@acme.example", "Priya Raman" },
  };
  guint n = 0;

  /* Friday 1 January 2027 is the first business day of the next month,
   * 09:00 in New York (14:00 UTC), for an hour. */
  g_assert_cmpstr (icaltimezone_get_location ((icaltimezone *) start.zone), ==, "America/New_York");
  g_assert_cmpint (start.year, ==, 2027);
  g_assert_cmpint (start.month, ==, 1);
  g_assert_cmpint (start.day, ==, 1);
  g_assert_cmpint (start.hour, ==, 9);
  start_utc = icaltime_convert_to_zone (start, icaltimezone_get_utc_timezone ());
  g_assert_cmpint (start_utc.hour, ==, 14);
  g_assert_cmpint (icaldurationtype_as_int (icalcomponent_get_duration (event)), ==, 3600);
  g_assert_cmpstr (seen, ==, "2027-01-01T09:00 2027-02-01T09:00 2027-03-01T09:00 2027-04-01T09:00");
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));

  /* In the agreement's language, English, whatever the test's. */
  {
    g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
    const char *title[] = { entente_meta_get_title (entente_document_get_meta (document)) };
    const char *who[] = { "Marketing Operations" };

    summary = entente_test_fill (entente_locale_gettext (NULL, "Monthly SLA review — %s"), title, 1);
    also = entente_test_fill (entente_locale_gettext (NULL, "Also invite: %s."), who, 1);
  }
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, summary);

  for (icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY), n++)
    {
      icalparameter *cn = icalproperty_get_first_parameter (attendee, ICAL_CN_PARAMETER);

      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected_attendees));
      g_assert_cmpstr (icalproperty_get_attendee (attendee), ==, expected_attendees[n][0]);
      g_assert_cmpstr (icalparameter_get_cn (cn), ==, expected_attendees[n][1]);
    }
  g_assert_cmpuint (n, ==, 3);

  /* "Marketing Operations" is an attendee no party names: said, not lost. */
  description = icalcomponent_get_description (event);
  g_assert_true (g_str_has_prefix (description, also));
  g_assert_nonnull (strstr (description, "Share of MQLs contacted within the response window"));

  icalcomponent_free (calendar);
}

/* Weekly: the week's first business day from tomorrow on, Monday
 * 14 December; the same UID every time, so a calendar updates the event. */
static void
test_weekly (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  icalcomponent *calendar, *again;
  g_autofree char *seen = NULL;
  g_autofree char *uid = NULL;

  g_object_set (entente_document_get_review (document), "cadence", ENTENTE_CADENCE_BIWEEKLY, NULL);
  calendar = calendar_of (document);
  seen = instances (event_of (calendar), 3);
  g_assert_cmpstr (seen, ==, "2026-12-14T09:00 2026-12-28T09:00 2027-01-11T09:00");
  uid = g_strdup (icalcomponent_get_uid (event_of (calendar)));
  again = calendar_of (document);
  g_assert_cmpstr (icalcomponent_get_uid (event_of (again)), ==, uid);
  icalcomponent_free (again);
  icalcomponent_free (calendar);
}

/* The Khmer agreement: in its language and in Phnom Penh, Monday to
 * Saturday from 08:00. */
static void
test_khmer (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("angkor-retail-km.entente");
  icalcomponent *calendar = calendar_of (document);
  icalcomponent *event = event_of (calendar);
  struct icaltimetype start = icalcomponent_get_dtstart (event);

  g_assert_cmpstr (icaltimezone_get_location ((icaltimezone *) start.zone), ==, "Asia/Phnom_Penh");
  g_assert_cmpint (start.hour, ==, 8);
  g_assert_true (entente_test_is_khmer (icalcomponent_get_summary (event)));
  icalcomponent_free (calendar);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-calendar/monthly", test_monthly);
  g_test_add_func ("/review-calendar/biweekly", test_weekly);
  g_test_add_func ("/review-calendar/khmer", test_khmer);

  return g_test_run ();
}
