/* entente-actuals-months.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-actuals-months-private.h"

/* Every month an export covers, counted in one reading.  A date's month
 * is the agreement's: in its time zone, with its daylight saving.  Asking
 * GLib for each of millions of dates would be the slowest part of the
 * review, so the months met are kept sorted by their start and a date is
 * placed by binary search; only a month not met before is computed. */

struct _EntenteActualsMonths
{
  GTimeZone *zone;
  guint      n_stages;
  guint      n_protocols;
  GPtrArray *months;      /* EntenteActualsMonthCounts, by start */
  guint      last;        /* the month found last: rows come in runs */
};

static void
month_free (gpointer data)
{
  EntenteActualsMonthCounts *month = data;

  g_free (month->actuals);
  g_free (month->reached);
  g_free (month->counts);
  g_free (month);
}

EntenteActualsMonths *
entente_actuals_months_new (GTimeZone *zone,
                            guint      n_stages,
                            guint      n_protocols)
{
  EntenteActualsMonths *self = g_new0 (EntenteActualsMonths, 1);

  self->zone = g_time_zone_ref (zone);
  self->n_stages = n_stages;
  self->n_protocols = n_protocols;
  self->months = g_ptr_array_new_with_free_func (month_free);
  return self;
}

void
entente_actuals_months_free (EntenteActualsMonths *self)
{
  if (self == NULL)
    return;
  g_time_zone_unref (self->zone);
  g_ptr_array_unref (self->months);
  g_free (self);
}

static EntenteActualsMonthCounts *
month_new (EntenteActualsMonths *self,
           int                   year,
           int                   month)
{
  EntenteActualsMonthCounts *counts = g_new0 (EntenteActualsMonthCounts, 1);
  g_autoptr(GDateTime) start = g_date_time_new (self->zone, year, month, 1, 0, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_months (start, 1);

  counts->year = year;
  counts->month = month;
  counts->start = g_date_time_to_unix (start);
  counts->end = g_date_time_to_unix (end);
  counts->actuals = g_new0 (guint64, self->n_stages);
  counts->reached = g_new0 (guint64, self->n_stages);
  counts->counts = g_new0 (EntenteActualsCounts, self->n_protocols);
  return counts;
}

/* Where a month starting at @start is, or would go. */
static guint
position_of (EntenteActualsMonths *self,
             gint64                start,
             gboolean             *found)
{
  guint low = 0, high = self->months->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      EntenteActualsMonthCounts *month = g_ptr_array_index (self->months, middle);

      if (month->end <= start)
        low = middle + 1;
      else if (month->start > start)
        high = middle;
      else
        {
          *found = TRUE;
          return middle;
        }
    }
  *found = FALSE;
  return low;
}

static EntenteActualsMonthCounts *
insert (EntenteActualsMonths *self,
        int                   year,
        int                   month)
{
  EntenteActualsMonthCounts *counts = month_new (self, year, month);
  gboolean found;
  guint position = position_of (self, counts->start, &found);

  if (found)
    {
      month_free (counts);
      return g_ptr_array_index (self->months, position);
    }
  g_ptr_array_insert (self->months, (int) position, counts);
  self->last = position;
  return counts;
}

/**
 * entente_actuals_months_get:
 * @when: a moment, Unix time
 *
 * Returns: (transfer none) (nullable): the month holding @when, added
 *   when it was not met before; %NULL when @when is beyond the calendar
 */
EntenteActualsMonthCounts *
entente_actuals_months_get (EntenteActualsMonths *self,
                            gint64                when)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  EntenteActualsMonthCounts *month;
  gboolean found;
  guint position;

  if (self->last < self->months->len)
    {
      month = g_ptr_array_index (self->months, self->last);
      if (when >= month->start && when < month->end)
        return month;
    }
  position = position_of (self, when, &found);
  if (found)
    {
      self->last = position;
      return g_ptr_array_index (self->months, position);
    }

  utc = g_date_time_new_from_unix_utc (when);
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_timezone (utc, self->zone);
  if (local == NULL)
    return NULL;
  return insert (self, g_date_time_get_year (local), g_date_time_get_month (local));
}

/**
 * entente_actuals_months_find:
 *
 * Returns: (transfer none) (nullable): the counts of @month of @year, %NULL
 *   when no date of the export fell in it
 */
EntenteActualsMonthCounts *
entente_actuals_months_find (EntenteActualsMonths *self,
                             int                   year,
                             int                   month)
{
  for (guint i = 0; i < self->months->len; i++)
    {
      EntenteActualsMonthCounts *counts = g_ptr_array_index (self->months, i);

      if (counts->year == year && counts->month == month)
        return counts;
    }
  return NULL;
}

guint
entente_actuals_months_get_n (EntenteActualsMonths *self)
{
  return self->months->len;
}

/* The @i-th month met, the oldest first. */
EntenteActualsMonthCounts *
entente_actuals_months_nth (EntenteActualsMonths *self,
                            guint                 i)
{
  g_return_val_if_fail (i < self->months->len, NULL);

  return g_ptr_array_index (self->months, i);
}
