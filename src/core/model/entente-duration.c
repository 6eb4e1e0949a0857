/* entente-duration.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-duration.h"

G_DEFINE_BOXED_TYPE (EntenteDuration, entente_duration,
                     entente_duration_copy, entente_duration_free)

EntenteDuration *
entente_duration_new (void)
{
  return g_new0 (EntenteDuration, 1);
}

EntenteDuration *
entente_duration_copy (const EntenteDuration *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
entente_duration_free (EntenteDuration *self)
{
  g_free (self);
}

static gboolean
read_number (const char **p,
             guint32     *out)
{
  guint64 value = 0;

  if (!g_ascii_isdigit (**p))
    return FALSE;

  for (; g_ascii_isdigit (**p); (*p)++)
    {
      value = value * 10 + (guint64) (**p - '0');
      if (value > G_MAXUINT32)
        return FALSE;
    }

  *out = (guint32) value;
  return TRUE;
}

/**
 * entente_duration_parse:
 * @text: an ISO 8601 duration such as `PT1H`, `P14D` or `P1DT12H`
 *
 * Reads the designators in their ISO order, each at most once, with whole
 * numbers only; fractions and negative durations have no meaning in an SLA.
 *
 * Returns: (transfer full) (nullable): the duration, or %NULL if @text is
 *   not a valid duration.
 */
EntenteDuration *
entente_duration_parse (const char *text)
{
  static const char date_units[] = "YMWD";
  static const char time_units[] = "HMS";
  g_autoptr(EntenteDuration) self = NULL;
  const char *p = text;
  guint32 *date_fields[4];
  guint32 *time_fields[3];
  gboolean any = FALSE;
  guint next;

  g_return_val_if_fail (text != NULL, NULL);

  if (*p++ != 'P')
    return NULL;

  self = entente_duration_new ();
  date_fields[0] = &self->years;
  date_fields[1] = &self->months;
  date_fields[2] = &self->weeks;
  date_fields[3] = &self->days;
  time_fields[0] = &self->hours;
  time_fields[1] = &self->minutes;
  time_fields[2] = &self->seconds;

  for (next = 0; *p != '\0' && *p != 'T';)
    {
      guint32 value;
      const char *unit;

      if (!read_number (&p, &value) || *p == '\0')
        return NULL;
      unit = strchr (date_units + next, *p);
      if (unit == NULL)
        return NULL;
      next = (guint) (unit - date_units);
      *date_fields[next++] = value;
      any = TRUE;
      p++;
    }

  if (*p == 'T')
    {
      gboolean any_time = FALSE;

      for (p++, next = 0; *p != '\0';)
        {
          guint32 value;
          const char *unit;

          if (!read_number (&p, &value) || *p == '\0')
            return NULL;
          unit = strchr (time_units + next, *p);
          if (unit == NULL)
            return NULL;
          next = (guint) (unit - time_units);
          *time_fields[next++] = value;
          any_time = TRUE;
          p++;
        }

      if (!any_time)
        return NULL;
      any = TRUE;
    }

  if (!any)
    return NULL;

  return g_steal_pointer (&self);
}

char *
entente_duration_to_string (const EntenteDuration *self)
{
  GString *s;

  g_return_val_if_fail (self != NULL, NULL);

  s = g_string_new ("P");
  if (self->years)   g_string_append_printf (s, "%uY", self->years);
  if (self->months)  g_string_append_printf (s, "%uM", self->months);
  if (self->weeks)   g_string_append_printf (s, "%uW", self->weeks);
  if (self->days)    g_string_append_printf (s, "%uD", self->days);

  if (self->hours || self->minutes || self->seconds || s->len == 1)
    {
      g_string_append_c (s, 'T');
      if (self->hours)   g_string_append_printf (s, "%uH", self->hours);
      if (self->minutes) g_string_append_printf (s, "%uM", self->minutes);
      if (self->seconds || s->str[s->len - 1] == 'T')
        g_string_append_printf (s, "%uS", self->seconds);
    }

  return g_string_free (s, FALSE);
}

gboolean
entente_duration_equal (const EntenteDuration *a,
                        const EntenteDuration *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return memcmp (a, b, sizeof *a) == 0;
}

gboolean
entente_duration_is_zero (const EntenteDuration *self)
{
  static const EntenteDuration zero;

  return self == NULL || memcmp (self, &zero, sizeof zero) == 0;
}

/**
 * entente_duration_to_seconds:
 *
 * Calendar length in seconds, counting a month as 30 days and a year as
 * 365 days: SLA durations are spans of work, not calendar arithmetic.
 * Saturates at %G_MAXINT64 rather than overflowing.
 */
gint64
entente_duration_to_seconds (const EntenteDuration *self)
{
  const gint64 day = 24 * 3600;
  gint64 parts[7];
  gint64 total = 0;

  g_return_val_if_fail (self != NULL, 0);

  /* Each part fits: G_MAXUINT32 years of seconds is below G_MAXINT64. */
  parts[0] = (gint64) self->years * 365 * day;
  parts[1] = (gint64) self->months * 30 * day;
  parts[2] = (gint64) self->weeks * 7 * day;
  parts[3] = (gint64) self->days * day;
  parts[4] = (gint64) self->hours * 3600;
  parts[5] = (gint64) self->minutes * 60;
  parts[6] = (gint64) self->seconds;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (total > G_MAXINT64 - parts[i])
        return G_MAXINT64;
      total += parts[i];
    }

  return total;
}
