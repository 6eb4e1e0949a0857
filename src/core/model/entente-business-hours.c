/* entente-business-hours.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-actuals-time-private.h"
#include "entente-business-hours.h"
#include "entente-time-zone.h"

/* Deadlines of response windows.  A window counted in business time runs
 * only while the business is open: on the business days of the agreement,
 * between its opening and closing times, in its time zone.  All of it is
 * worked out in local wall-clock time and converted to Unix time through
 * the zone at each opening and closing, so a day on which the clocks
 * change still opens at 09:00 and closes at 17:00 local time.
 *
 * In business time the units of a duration mean:
 *   - hours, minutes and seconds: that much open time, carried over from
 *     closing to the next opening (Friday 16:30 plus PT1H is Monday 09:30
 *     with 09:00-17:00 Monday to Friday);
 *   - days: one business day each, that is the length of the open hours
 *     (P1D with 09:00-17:00 is eight open hours);
 *   - weeks: as many business days as the week has;
 *   - months and years: calendar time, added first to the start.
 * A window that starts outside the open hours starts at the next opening.
 * Hours that close at or before they open cross midnight: 22:00 to 06:00
 * on Monday is open from Monday 22:00 to Tuesday 06:00, and a closing of
 * 24:00 is the end of the day.  Hours that open and close at the same
 * time are never open (the loader and the checks refuse them; a window
 * counted in them never ends).
 * In plain time, hours, minutes and seconds are elapsed time, and days,
 * weeks, months and years move the local calendar, so that P1D keeps the
 * time of day across a daylight-saving change. */

#define DAY (G_GINT64_CONSTANT (86400))

struct _EntenteBusinessHours
{
  GTimeZone *zone;
  guint      days;        /* EntenteWeekdays, Monday in bit 0 */
  gint64     open;        /* seconds after local midnight of a business day */
  gint64     length;      /* seconds open from then, up to a whole day */
  guint      days_per_week;
};

/**
 * entente_business_hours_new:
 * @meta: (nullable): the meta of the document
 *
 * Takes the business days, hours and time zone of @meta; what it leaves
 * unset is Monday to Friday, 09:00 to 17:00, UTC.  Hours it sets are
 * taken as they are, never replaced by those.
 *
 * Returns: (transfer full): the business hours
 */
EntenteBusinessHours *
entente_business_hours_new (EntenteMeta *meta)
{
  EntenteBusinessHours *self = g_new0 (EntenteBusinessHours, 1);
  const char *zone = NULL;
  int start = -1;
  int end = -1;

  g_return_val_if_fail (meta == NULL || ENTENTE_IS_META (meta), NULL);

  if (meta != NULL)
    {
      zone = entente_meta_get_timezone (meta);
      self->days = entente_meta_get_business_days (meta) & 0x7f;
      start = entente_meta_get_business_start (meta);
      end = entente_meta_get_business_end (meta);
    }

  self->zone = entente_time_zone_new (zone);
  /* An unknown zone would otherwise fail silently with wrong deadlines;
   * the checks of the document report it, here UTC is the best guess. */
  if (self->zone == NULL)
    self->zone = g_time_zone_new_utc ();

  if (self->days == 0)
    self->days = 0x1f;

  if (start < 0)
    start = 9 * 60;
  if (end < 0)
    end = 17 * 60;
  self->open = (gint64) (start % (24 * 60)) * 60;
  /* Closing at or before the opening crosses midnight; the same time
   * is no hours at all. */
  if (end == start)
    self->length = 0;
  else
    self->length = (((gint64) end - start + 24 * 60) % (24 * 60)) * 60;
  if (self->length == 0 && end != start)
    self->length = DAY;

  for (guint i = 0; i < 7; i++)
    if (self->days & (1u << i))
      self->days_per_week++;

  return self;
}

void
entente_business_hours_free (EntenteBusinessHours *self)
{
  if (self == NULL)
    return;

  g_time_zone_unref (self->zone);
  g_free (self);
}

static gint64
to_local (EntenteBusinessHours *self,
          gint64                t)
{
  return entente_zone_unix_to_local (self->zone, t);
}

static gint64
to_unix (EntenteBusinessHours *self,
         gint64                wall)
{
  return entente_zone_local_to_unix (self->zone, wall);
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

static gboolean
is_business_day (EntenteBusinessHours *self,
                 gint64                day)
{
  /* 1970-01-01 was a Thursday, bit 3 counting from Monday. */
  gint64 weekday = (day + 3) % 7;

  if (weekday < 0)
    weekday += 7;
  return (self->days & (1u << weekday)) != 0;
}

/* Adds calendar years, months and days to @t in local time.  What goes
 * past the end of GLib's calendar, the year 9999, is G_MAXINT64: a time
 * never reached. */
static gint64
add_calendar (EntenteBusinessHours *self,
              gint64                t,
              guint64               years,
              guint64               months,
              guint64               days)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) moved = NULL;

  if (years == 0 && months == 0 && days == 0)
    return t;
  /* Also keeps each below G_MAXINT for g_date_time_add_full(). */
  if (years > 10000 || months > 10000 * 12 || days > 10000 * 366)
    return G_MAXINT64;

  utc = g_date_time_new_from_unix_utc (t);
  if (utc == NULL)
    return t;
  local = g_date_time_to_timezone (utc, self->zone);
  moved = g_date_time_add_full (local, (int) years, (int) months, (int) days, 0, 0, 0);
  if (moved == NULL)
    return G_MAXINT64;
  return g_date_time_to_unix (moved);
}

/**
 * entente_business_hours_deadline:
 * @self: business hours
 * @start_unix: when the window starts
 * @window: how long it is
 * @business: whether @window counts business time rather than plain time
 *
 * See the comment at the top of this file for what the units of @window
 * mean in either time.
 *
 * Returns: the end of the window, in Unix time
 */
gint64
entente_business_hours_deadline (EntenteBusinessHours  *self,
                                 gint64                 start_unix,
                                 const EntenteDuration *window,
                                 gboolean               business)
{
  gint64 t;
  gint64 remaining;
  gint64 day_length;

  g_return_val_if_fail (self != NULL, start_unix);
  g_return_val_if_fail (window != NULL, start_unix);

  if (!business)
    {
      t = add_calendar (self, start_unix, window->years, window->months,
                        (guint64) window->weeks * 7 + window->days);
      if (t == G_MAXINT64)
        return t;
      return t + (gint64) window->hours * 3600 + (gint64) window->minutes * 60 + window->seconds;
    }

  /* Each unit is below 2^32, so the open time to count, at most 2^32
   * weeks of seven days, stays far from overflowing. */
  t = add_calendar (self, start_unix, window->years, window->months, 0);
  if (t == G_MAXINT64)
    return t;
  day_length = self->length;
  remaining = ((gint64) window->weeks * self->days_per_week + window->days) * day_length +
              (gint64) window->hours * 3600 + (gint64) window->minutes * 60 + window->seconds;
  /* Never open: the window never ends. */
  if (day_length == 0)
    return G_MAXINT64;

  for (;;)
    {
      gint64 local = to_local (self, t);
      /* Yesterday's hours may still be open, when they cross midnight. */
      gint64 day = floor_div (local, DAY) - 1;
      gint64 opening, closing_local, closing;

      for (;; day++)
        if (is_business_day (self, day) && local < day * DAY + self->open + day_length)
          break;
      opening = day * DAY + self->open;
      closing_local = opening + day_length;
      if (local < opening)
        {
          t = to_unix (self, opening);
          local = opening;
        }

      /* Whole weeks at once, so that long windows cost no more than short
       * ones; a week in local time keeps the opening across a change of
       * the clocks. */
      if (local == opening && remaining > day_length * self->days_per_week)
        {
          gint64 weeks = (remaining - 1) / (day_length * self->days_per_week);

          remaining -= weeks * day_length * self->days_per_week;
          t = to_unix (self, opening + weeks * 7 * DAY);
          continue;
        }

      closing = to_unix (self, closing_local);
      if (remaining <= closing - t)
        return t + remaining;
      remaining -= closing - t;
      t = closing;
    }
}
