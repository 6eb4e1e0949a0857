/* entente-review-calendar.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include <string.h>
#include <libical/ical.h>

#include "entente-core.h"
#include "entente-document-locale.h"
#include "entente-render-error.h"
#include "entente-review-calendar.h"

/* The review meeting the agreement promises ("all teams party to the SLA
 * meet every month"), as an iCalendar event people add to their
 * calendars: one hour at the opening of the first business day of each
 * period of the cadence, in the agreement's time zone, with each party's
 * leader invited by address.  libical writes it, so that the folding,
 * escaping and time-zone rules of RFC 5545 are a library's, not ours.
 *
 * The event's UID is made from the agreement's title and organization:
 * adding the calendar again after an edit updates the same event rather
 * than adding a second one. */

#define MEETING_MINUTES 60

#define TZID_PREFIX "/io.github.entente_sla/"

static gsize prefix_set;

/* iCalendar's two-letter days, Monday first as EntenteWeekdays. */
static const char * const ical_days[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

static char *
business_days_rule (EntenteWeekdays days)
{
  g_autoptr(GString) rule = g_string_new (NULL);

  for (guint d = 0; d < G_N_ELEMENTS (ical_days); d++)
    if (days & (1u << d))
      g_string_append_printf (rule, "%s%s", rule->len > 0 ? "," : "", ical_days[d]);
  return g_string_free (g_steal_pointer (&rule), FALSE);
}

static gboolean
is_business_day (GDateTime       *day,
                 EntenteWeekdays  days)
{
  return (days & (1u << (g_date_time_get_day_of_week (day) - 1))) != 0;
}

/* The first business day from @day on, at @minutes. */
static GDateTime *
first_business_day (GTimeZone       *zone,
                    int              year,
                    int              month,
                    int              day_of_month,
                    EntenteWeekdays  days,
                    int              minutes)
{
  g_autoptr(GDateTime) day = g_date_time_new (zone, year, month, day_of_month, minutes / 60, minutes % 60, 0);

  for (guint i = 0; i < 7 && day != NULL && !is_business_day (day, days); i++)
    {
      GDateTime *next = g_date_time_add_days (day, 1);

      g_date_time_unref (day);
      day = next;
    }
  return g_steal_pointer (&day);
}

/* The first meeting after @now and the rule of the ones after it. */
static GDateTime *
first_meeting (EntenteDocument  *document,
               GDateTime        *now,
               GTimeZone        *zone,
               char            **rule)
{
  EntenteMeta *meta = entente_document_get_meta (document);
  EntenteCadence cadence = entente_review_get_cadence (entente_document_get_review (document));
  EntenteWeekdays days = entente_meta_get_business_days (meta);
  int minutes = entente_meta_get_business_start (meta);
  g_autoptr(GDateTime) here = g_date_time_to_timezone (now, zone);
  g_autofree char *by_day = NULL;

  if (days == ENTENTE_WEEKDAYS_NONE)
    days = ENTENTE_WEEKDAYS_MON | ENTENTE_WEEKDAYS_TUE | ENTENTE_WEEKDAYS_WED | ENTENTE_WEEKDAYS_THU | ENTENTE_WEEKDAYS_FRI;
  if (minutes < 0)
    minutes = 9 * 60;
  by_day = business_days_rule (days);

  if (cadence == ENTENTE_CADENCE_WEEKLY || cadence == ENTENTE_CADENCE_BIWEEKLY)
    {
      guint first_day = 0;
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (here, 1);
      GDateTime *day;

      while (!(days & (1u << first_day)))
        first_day++;
      /* The week's first business day, from tomorrow on. */
      day = g_date_time_new (zone, g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                             g_date_time_get_day_of_month (tomorrow), minutes / 60, minutes % 60, 0);
      while ((guint) g_date_time_get_day_of_week (day) - 1 != first_day)
        {
          GDateTime *next = g_date_time_add_days (day, 1);

          g_date_time_unref (day);
          day = next;
        }
      *rule = g_strdup_printf ("FREQ=WEEKLY;INTERVAL=%d;BYDAY=%s",
                               cadence == ENTENTE_CADENCE_BIWEEKLY ? 2 : 1, ical_days[first_day]);
      return day;
    }

  /* Monthly or quarterly: the first business day of the coming month. */
  {
    int month = g_date_time_get_month (here) + 1;
    int year = g_date_time_get_year (here);

    if (month > 12)
      {
        month = 1;
        year++;
      }
    *rule = g_strdup_printf ("FREQ=MONTHLY;INTERVAL=%d;BYDAY=%s;BYSETPOS=1",
                             cadence == ENTENTE_CADENCE_QUARTERLY ? 3 : 1, by_day);
    return first_business_day (zone, year, month, 1, days, minutes);
  }
}

static char *
event_summary (EntenteCadence  cadence,
               const char     *title)
{
  switch (cadence)
    {
    case ENTENTE_CADENCE_WEEKLY:
      /* Translators: the calendar event of the review meeting; %s is the agreement's title */
      return g_strdup_printf (_("Weekly SLA review — %s"), title);
    case ENTENTE_CADENCE_BIWEEKLY:
      /* Translators: the calendar event of the review meeting; %s is the agreement's title */
      return g_strdup_printf (_("Fortnightly SLA review — %s"), title);
    case ENTENTE_CADENCE_QUARTERLY:
      /* Translators: the calendar event of the review meeting; %s is the agreement's title */
      return g_strdup_printf (_("Quarterly SLA review — %s"), title);
    case ENTENTE_CADENCE_MONTHLY:
    default:
      /* Translators: the calendar event of the review meeting; %s is the agreement's title */
      return g_strdup_printf (_("Monthly SLA review — %s"), title);
    }
}

static gboolean
names_party (const char   *attendee,
             EntenteParty *party)
{
  return g_strcmp0 (attendee, entente_party_get_role (party)) == 0 ||
         g_strcmp0 (attendee, entente_party_get_leader (party)) == 0 ||
         g_strcmp0 (attendee, entente_party_get_team (party)) == 0;
}

/* Each party's leader with an address, invited; the rest said in the
 * description, as people the invitation cannot reach. */
static void
add_attendees (icalcomponent   *event,
               EntenteDocument *document,
               GString         *description)
{
  GListModel *parties = entente_document_get_parties (document);
  const char * const *attendees = entente_review_get_attendees (entente_document_get_review (document));
  g_autoptr(GPtrArray) unreached = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      const char *email = entente_party_get_email (party);
      const char *leader = entente_party_get_leader (party);
      g_autofree char *address = NULL;
      icalproperty *attendee;

      if (email == NULL || *email == '\0' || strchr (email, '@') == NULL)
        {
          if (leader != NULL && *leader != '\0')
            g_ptr_array_add (unreached, g_strdup (leader));
          continue;
        }
      address = g_strconcat ("mailto:", email, NULL);
      attendee = icalproperty_new_attendee (address);
      if (leader != NULL && *leader != '\0')
        icalproperty_add_parameter (attendee, icalparameter_new_cn (leader));
      icalproperty_add_parameter (attendee, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
      icalproperty_add_parameter (attendee, icalparameter_new_partstat (ICAL_PARTSTAT_NEEDSACTION));
      icalproperty_add_parameter (attendee, icalparameter_new_rsvp (ICAL_RSVP_TRUE));
      icalcomponent_add_property (event, attendee);
    }

  for (guint i = 0; attendees != NULL && attendees[i] != NULL; i++)
    {
      gboolean party = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (parties) && !party; j++)
        {
          g_autoptr(EntenteParty) candidate = g_list_model_get_item (parties, j);

          party = names_party (attendees[i], candidate);
        }
      if (!party)
        g_ptr_array_add (unreached, g_strdup (attendees[i]));
    }

  if (unreached->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (unreached, NULL);
      list = g_strjoinv (C_("list", ", "), (char **) unreached->pdata);
      /* Translators: %s lists people or roles the agreement has no email address for */
      g_string_append_printf (description, _("Also invite: %s."), list);
      g_string_append (description, "\n\n");
    }
}

static void
add_description (icalcomponent   *event,
                 EntenteDocument *document,
                 GString         *description)
{
  EntenteReview *review = entente_document_get_review (document);
  const char * const *metrics = entente_review_get_metrics (review);
  GListModel *accountability = entente_review_get_accountability (review);

  if (metrics != NULL && metrics[0] != NULL)
    {
      g_string_append_printf (description, "%s\n", _("Metrics reviewed"));
      for (guint i = 0; metrics[i] != NULL; i++)
        g_string_append_printf (description, "• %s\n", metrics[i]);
      g_string_append_c (description, '\n');
    }
  for (guint i = 0; i < g_list_model_get_n_items (accountability); i++)
    {
      g_autoptr(EntenteAccountability) item = g_list_model_get_item (accountability, i);
      const char *text = entente_accountability_get_text (item);

      if (text != NULL && *text != '\0')
        g_string_append_printf (description, "%s\n", text);
    }
  while (description->len > 0 && description->str[description->len - 1] == '\n')
    g_string_truncate (description, description->len - 1);
  if (description->len > 0)
    icalcomponent_add_property (event, icalproperty_new_description (description->str));
}

static char *
event_uid (EntenteDocument *document)
{
  EntenteMeta *meta = entente_document_get_meta (document);
  g_autofree char *key = g_strdup_printf ("%s\n%s", entente_meta_get_title (meta) ? entente_meta_get_title (meta) : "",
                                          entente_meta_get_organization (meta) ? entente_meta_get_organization (meta) : "");
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  return g_strdup_printf ("review-%.24s@entente.invalid", digest);
}

static struct icaltimetype
ical_time (GDateTime    *time,
           icaltimezone *zone)
{
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_time_get_year (time);
  t.month = g_date_time_get_month (time);
  t.day = g_date_time_get_day_of_month (time);
  t.hour = g_date_time_get_hour (time);
  t.minute = g_date_time_get_minute (time);
  t.second = g_date_time_get_second (time);
  return icaltime_set_timezone (&t, zone);
}

/**
 * entente_review_calendar_export:
 * @now: when the calendar is made: the first meeting is after it
 * @error: where to say why the calendar could not be made
 *
 * The review meetings of @document as an iCalendar file of one recurring
 * event, in the agreement's language.
 *
 * Returns: (transfer full): the calendar, or %NULL on error
 */
GBytes *
entente_review_calendar_export (EntenteDocument  *document,
                                GDateTime        *now,
                                GError          **error)
{
  g_autoptr(EntenteLocaleScope) scope = NULL;
  EntenteMeta *meta;
  const char *tzid, *title;
  icaltimezone *ical_zone = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) stamp = NULL;
  g_autofree char *rule_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *uid = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  struct icalrecurrencetype rule;
  icalcomponent *calendar, *event;
  char *text;
  GBytes *bytes;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  scope = entente_document_locale_scope_enter (document);
  meta = entente_document_get_meta (document);
  tzid = entente_meta_get_timezone (meta);
  title = entente_meta_get_title (meta);
  zone = entente_document_get_time_zone (document);
  /* libical names the zones it reads from the system's tzdata with a
   * prefix that says whose definitions they are: ours, set once, before
   * the first zone is read. */
  if (g_once_init_enter (&prefix_set))
    {
      icaltimezone_set_tzid_prefix (TZID_PREFIX);
      g_once_init_leave (&prefix_set, 1);
    }
  if (tzid != NULL && *tzid != '\0')
    ical_zone = icaltimezone_get_builtin_timezone (tzid);
  /* A zone libical does not know is written in UTC, the same instant. */
  if (ical_zone == NULL)
    ical_zone = icaltimezone_get_utc_timezone ();

  start = first_meeting (document, now, zone, &rule_text);
  if (start == NULL)
    {
      g_set_error_literal (error, ENTENTE_RENDER_ERROR, ENTENTE_RENDER_ERROR_FAILED,
                           _("The first review meeting falls outside the calendar."));
      return NULL;
    }
  if (ical_zone == icaltimezone_get_utc_timezone ())
    {
      GDateTime *utc = g_date_time_to_utc (start);

      g_date_time_unref (start);
      start = utc;
    }
  stamp = g_date_time_to_utc (now);

  calendar = icalcomponent_vanew (ICAL_VCALENDAR_COMPONENT,
                                  icalproperty_new_version ("2.0"),
                                  icalproperty_new_prodid ("-//Entente//Entente " PACKAGE_VERSION "//EN"),
                                  icalproperty_new_calscale ("GREGORIAN"),
                                  (void *) 0);
  if (ical_zone != icaltimezone_get_utc_timezone ())
    {
      icalcomponent *definition = icalcomponent_new_clone (icaltimezone_get_component (ical_zone));
      struct icaltimetype since = icaltime_null_time ();

      /* The zone's rules from this year on, not since 1883. */
      since.year = g_date_time_get_year (stamp);
      since.month = 1;
      since.day = 1;
      since = icaltime_set_timezone (&since, icaltimezone_get_utc_timezone ());
      icaltimezone_truncate_vtimezone (definition, since, icaltime_null_time (), TRUE);
      icalcomponent_add_component (calendar, definition);
    }

  event = icalcomponent_new_vevent ();
  uid = event_uid (document);
  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (ical_time (stamp, icaltimezone_get_utc_timezone ())));
  icalcomponent_set_dtstart (event, ical_time (start, ical_zone));
  icalcomponent_add_property (event, icalproperty_new_duration (icaldurationtype_from_int (MEETING_MINUTES * 60)));
  rule = icalrecurrencetype_from_string (rule_text);
  icalcomponent_add_property (event, icalproperty_new_rrule (rule));
  summary = event_summary (entente_review_get_cadence (entente_document_get_review (document)),
                           title != NULL && *title != '\0' ? title : _("Untitled agreement"));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  add_attendees (event, document, description);
  add_description (event, document, description);
  icalcomponent_add_component (calendar, event);

  text = icalcomponent_as_ical_string_r (calendar);
  bytes = g_bytes_new (text, strlen (text));
  icalmemory_free_buffer (text);
  icalcomponent_free (calendar);
  return bytes;
}
