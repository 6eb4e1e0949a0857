/* entente-actuals-time.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-actuals-time.h"
#include "entente-actuals-time-private.h"

/* The dates of a CRM export, read by hand: an export holds millions of
 * them, and g_date_time_new_from_iso8601() allocates and validates far
 * more than these few shapes need.  The Unix time is computed from the
 * fields directly; a time written without an offset is a wall-clock time
 * in the document's zone, whose offset at that instant comes from the
 * zone's own transitions, so times on either side of a daylight-saving
 * change come out right. */

/* Days from 1970-01-01 to the given proleptic Gregorian date (Howard
 * Hinnant's days_from_civil), without tables or loops. */
static gint64
days_from_civil (gint64 y,
                 int    m,
                 int    d)
{
  gint64 era;
  gint64 yoe;
  gint64 doy;
  gint64 doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static int
days_in_month (int y,
               int m)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
    return 29;
  return days[m - 1];
}

/* Reads exactly @n digits. */
static gboolean
digits (const char **p,
        int          n,
        int         *out)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      char c = (*p)[i];

      if (c < '0' || c > '9')
        return FALSE;
      v = v * 10 + (c - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

/* Reads one or two digits, as in the month and day of US dates. */
static gboolean
one_or_two_digits (const char **p,
                   int         *out)
{
  const char *s = *p;

  if (s[0] < '0' || s[0] > '9')
    return FALSE;
  if (s[1] >= '0' && s[1] <= '9')
    return digits (p, 2, out);
  return digits (p, 1, out);
}

/* HH:MM[:SS[.fraction]], the fraction ignored. */
static gboolean
parse_clock (const char **p,
             int         *h,
             int         *min,
             int         *s,
             gboolean     one_digit_hour)
{
  if (one_digit_hour ? !one_or_two_digits (p, h) : !digits (p, 2, h))
    return FALSE;
  if (**p != ':')
    return FALSE;
  (*p)++;
  if (!digits (p, 2, min))
    return FALSE;
  *s = 0;
  if (**p == ':')
    {
      (*p)++;
      if (!digits (p, 2, s))
        return FALSE;
      if (**p == '.' || **p == ',')
        {
          (*p)++;
          if (**p < '0' || **p > '9')
            return FALSE;
          while (**p >= '0' && **p <= '9')
            (*p)++;
        }
    }
  return *min <= 59 && *s <= 59;
}

/* Z, ±HH:MM, ±HHMM or ±HH, in seconds east of UTC. */
static gboolean
parse_offset (const char **p,
              int         *offset)
{
  int sign;
  int h;
  int m = 0;

  if (**p == 'Z' || **p == 'z')
    {
      (*p)++;
      *offset = 0;
      return TRUE;
    }
  if (**p != '+' && **p != '-')
    return FALSE;
  sign = **p == '-' ? -1 : 1;
  (*p)++;
  if (!digits (p, 2, &h))
    return FALSE;
  if (**p == ':')
    {
      (*p)++;
      if (!digits (p, 2, &m))
        return FALSE;
    }
  else if (**p >= '0' && **p <= '9' && !digits (p, 2, &m))
    return FALSE;
  if (h > 23 || m > 59)
    return FALSE;
  *offset = sign * (h * 3600 + m * 60);
  return TRUE;
}

/* The offset of a zone changes a few times a year, always on a whole
 * hour in practice, so the offset of each hour, of wall-clock time and of
 * Unix time, is kept in a small direct-mapped table per thread.  An hour
 * in which the offset changes is never cached; the table holds a reference
 * to its zone, so a zone freed and another allocated at the same address
 * cannot be mistaken for it. */
#define HOUR (G_GINT64_CONSTANT (3600))
#define CACHE_SIZE 1024

typedef struct
{
  gint64  hour;
  gint32  offset;
  gboolean valid;
} CacheEntry;

typedef struct
{
  GTimeZone  *zone;
  CacheEntry  local[CACHE_SIZE];
  CacheEntry  utc[CACHE_SIZE];
} ZoneCache;

static void
zone_cache_free (gpointer data)
{
  ZoneCache *cache = data;

  g_clear_pointer (&cache->zone, g_time_zone_unref);
  g_free (cache);
}

static GPrivate zone_cache_key = G_PRIVATE_INIT (zone_cache_free);

static ZoneCache *
zone_cache_get (GTimeZone *zone)
{
  ZoneCache *cache = g_private_get (&zone_cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (ZoneCache, 1);
      g_private_set (&zone_cache_key, cache);
    }
  if (cache->zone != zone)
    {
      g_clear_pointer (&cache->zone, g_time_zone_unref);
      memset (cache->local, 0, sizeof cache->local);
      memset (cache->utc, 0, sizeof cache->utc);
      cache->zone = g_time_zone_ref (zone);
    }
  return cache;
}

static gint64
floor_hour (gint64 t)
{
  return t / HOUR - (t % HOUR < 0);
}

static gint64
unix_to_local_slow (GTimeZone *zone,
                    gint64     t)
{
  int interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, t);

  return t + g_time_zone_get_offset (zone, interval);
}

/* A time that a change to summer time skips is moved forward by the
 * length of the change, as the clocks are (02:30 becomes 03:30); one that
 * a change back repeats is taken in standard time. */
static gint64
local_to_unix_slow (GTimeZone *zone,
                    gint64     wall)
{
  gint64 t = wall;
  int interval = g_time_zone_adjust_time (zone, G_TIME_TYPE_STANDARD, &t);

  t -= g_time_zone_get_offset (zone, interval);
  if (t + g_time_zone_get_offset (zone, interval) != wall)
    {
      /* GLib moved it to the end of the gap instead. */
      int before = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, t - 1);

      t = wall - g_time_zone_get_offset (zone, before);
    }
  return t;
}

gint64
entente_zone_local_to_unix (GTimeZone *zone,
                            gint64     wall)
{
  ZoneCache *cache;
  CacheEntry *entry;
  gint64 hour = floor_hour (wall);
  gint64 t;

  if (zone == NULL)
    return wall;

  cache = zone_cache_get (zone);
  entry = &cache->local[(guint64) hour % CACHE_SIZE];
  if (entry->valid && entry->hour == hour)
    return wall - entry->offset;

  t = local_to_unix_slow (zone, wall);
  {
    gint64 first = local_to_unix_slow (zone, hour * HOUR);
    gint64 last = local_to_unix_slow (zone, hour * HOUR + HOUR - 1);

    if (hour * HOUR - first == hour * HOUR + HOUR - 1 - last)
      {
        entry->hour = hour;
        entry->offset = (gint32) (hour * HOUR - first);
        entry->valid = TRUE;
      }
  }
  return t;
}

gint64
entente_zone_unix_to_local (GTimeZone *zone,
                            gint64     unix_time)
{
  ZoneCache *cache;
  CacheEntry *entry;
  gint64 hour = floor_hour (unix_time);

  if (zone == NULL)
    return unix_time;

  cache = zone_cache_get (zone);
  entry = &cache->utc[(guint64) hour % CACHE_SIZE];
  if (entry->valid && entry->hour == hour)
    return unix_time + entry->offset;

  {
    gint64 first = unix_to_local_slow (zone, hour * HOUR) - hour * HOUR;
    gint64 last = unix_to_local_slow (zone, hour * HOUR + HOUR - 1) - (hour * HOUR + HOUR - 1);

    if (first == last)
      {
        entry->hour = hour;
        entry->offset = (gint32) first;
        entry->valid = TRUE;
      }
  }
  return unix_to_local_slow (zone, unix_time);
}

/* The clock after a date, and what may follow it: 12-hour AM/PM, then an
 * offset, with or without a space before either. */
static gboolean
parse_tail (const char **p,
            int         *h,
            int         *mi,
            int         *s,
            int         *offset,
            gboolean    *has_offset)
{
  const char *q = *p;

  *h = *mi = *s = 0;
  *has_offset = FALSE;
  if ((*q == 'T' || *q == 't' || *q == ' ') && q[1] >= '0' && q[1] <= '9')
    {
      q++;
      if (!parse_clock (&q, h, mi, s, TRUE))
        return FALSE;
      while (*q == ' ')
        q++;
      if ((q[0] == 'A' || q[0] == 'a' || q[0] == 'P' || q[0] == 'p') &&
          (q[1] == 'M' || q[1] == 'm'))
        {
          gboolean pm = q[0] == 'P' || q[0] == 'p';

          if (*h < 1 || *h > 12)
            return FALSE;
          *h = (*h % 12) + (pm ? 12 : 0);
          q += 2;
          while (*q == ' ')
            q++;
        }
      if (*q == 'Z' || *q == 'z' || *q == '+' || *q == '-')
        {
          if (!parse_offset (&q, offset))
            return FALSE;
          *has_offset = TRUE;
        }
    }
  while (*q == ' ' || *q == '\t')
    q++;
  *p = q;
  return *q == '\0' && *h <= 23;
}

static gboolean
is_date (int y,
         int m,
         int d)
{
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month (y, m);
}

/* Days since 1899-12-30 and a fraction of a day: the serial numbers
 * spreadsheets write when a date cell comes back as a number, with a
 * comma for the decimal mark where that is the custom. */
static gboolean
parse_serial (const char *p,
              gint64     *wall)
{
  gint64 days = 0;
  double fraction = 0;
  double scale = 0.1;
  int n = 0;

  for (; *p >= '0' && *p <= '9' && n < 8; p++, n++)
    days = days * 10 + (*p - '0');
  if (n == 0 || days < 1 || days > 2958465)  /* 9999-12-31 */
    return FALSE;
  if (*p == '.' || *p == ',')
    {
      p++;
      if (*p < '0' || *p > '9')
        return FALSE;
      for (; *p >= '0' && *p <= '9'; p++, scale /= 10)
        fraction += (*p - '0') * scale;
    }
  while (*p == ' ' || *p == '\t')
    p++;
  if (*p != '\0')
    return FALSE;
  *wall = (days_from_civil (1899, 12, 30) + days) * 86400 + (gint64) (fraction * 86400 + 0.5);
  return TRUE;
}

/**
 * entente_actuals_parse_date:
 * @text: a date or a time as CRM exports and spreadsheets write them
 * @zone: (nullable): the zone of times written without an offset; UTC
 *   when %NULL
 * @order: how to read a date whose year comes last
 * @unix_seconds: (out): the time, in seconds since 1970 UTC
 * @shape: (out) (optional): what the text says about the order of its
 *   column, set even when @order cannot read it
 *
 * Reads dates with the year first ("2027-01-05", "2027/1/5", ISO 8601
 * with a T or a space, seconds, fraction and offset), dates with the year
 * last and "/", "-" or "." between the parts ("01/05/2027", "5.1.2027"),
 * in @order, each with an optional 24- or 12-hour time and offset, and
 * spreadsheet serial numbers ("46392.5").  A date alone is its midnight.
 * Blanks around the text are allowed.
 *
 * Returns: %TRUE when @text is such a time in @order
 */
gboolean
entente_actuals_parse_date (const char       *text,
                            GTimeZone        *zone,
                            EntenteDateOrder  order,
                            gint64           *unix_seconds,
                            EntenteDateShape *shape)
{
  const char *p = text;
  EntenteDateShape found = ENTENTE_DATE_SHAPE_NONE;
  int y, mo = 0, d = 0;
  int h, mi, s;
  int offset = 0;
  gboolean has_offset;
  gint64 wall;

  g_return_val_if_fail (unix_seconds != NULL, FALSE);

  if (shape != NULL)
    *shape = ENTENTE_DATE_SHAPE_NONE;
  if (text == NULL)
    return FALSE;

  while (*p == ' ' || *p == '\t')
    p++;

  if (p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' &&
      p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' &&
      (p[4] == '-' || p[4] == '/' || p[4] == '.'))
    {
      char sep = p[4];

      if (!digits (&p, 4, &y) || *p++ != sep || !one_or_two_digits (&p, &mo) ||
          *p++ != sep || !one_or_two_digits (&p, &d) ||
          !parse_tail (&p, &h, &mi, &s, &offset, &has_offset) || !is_date (y, mo, d))
        return FALSE;
      found = ENTENTE_DATE_SHAPE_FIXED;
    }
  else if (parse_serial (p, &wall))
    {
      if (shape != NULL)
        *shape = ENTENTE_DATE_SHAPE_SERIAL;
      *unix_seconds = entente_zone_local_to_unix (zone, wall);
      return TRUE;
    }
  else
    {
      int a, b;
      char sep;
      gboolean day_first, month_first;

      if (!one_or_two_digits (&p, &a) || (*p != '/' && *p != '-' && *p != '.'))
        return FALSE;
      sep = *p++;
      if (!one_or_two_digits (&p, &b) || *p++ != sep || !digits (&p, 4, &y) ||
          !parse_tail (&p, &h, &mi, &s, &offset, &has_offset))
        return FALSE;
      day_first = is_date (y, b, a);
      month_first = is_date (y, a, b);
      if (day_first && month_first)
        found = a == b ? ENTENTE_DATE_SHAPE_FIXED : ENTENTE_DATE_SHAPE_AMBIGUOUS;
      else if (day_first)
        found = ENTENTE_DATE_SHAPE_DAY_FIRST;
      else if (month_first)
        found = ENTENTE_DATE_SHAPE_MONTH_FIRST;
      else
        return FALSE;
      if (shape != NULL)
        *shape = found;
      if (order == ENTENTE_DATE_ORDER_DMY && day_first)
        {
          d = a;
          mo = b;
        }
      else if (order == ENTENTE_DATE_ORDER_MDY && month_first)
        {
          mo = a;
          d = b;
        }
      else
        return FALSE;
    }

  if (shape != NULL)
    *shape = found;
  wall = days_from_civil (y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
  *unix_seconds = has_offset ? wall - offset : entente_zone_local_to_unix (zone, wall);
  return TRUE;
}

/* The orders' names where programs and people type them, as
 * `--date-order` takes them and the report's JSON gives them. */
static const char *const order_names[] = {
  [ENTENTE_DATE_ORDER_MDY] = "mdy",
  [ENTENTE_DATE_ORDER_DMY] = "dmy",
  [ENTENTE_DATE_ORDER_YMD] = "ymd",
};

const char *
entente_date_order_get_name (EntenteDateOrder order)
{
  g_return_val_if_fail (order < G_N_ELEMENTS (order_names), NULL);

  return order_names[order];
}

/**
 * entente_date_order_from_name:
 * @name: "dmy", "mdy" or "ymd"
 * @order: (out): the order it names
 *
 * Returns: whether @name names an order
 */
gboolean
entente_date_order_from_name (const char       *name,
                              EntenteDateOrder *order)
{
  g_return_val_if_fail (order != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (order_names); i++)
    if (g_str_equal (name, order_names[i]))
      {
        *order = (EntenteDateOrder) i;
        return TRUE;
      }
  return FALSE;
}
