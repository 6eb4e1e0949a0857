/* entente-export-words.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "entente-enum-labels.h"
#include "entente-export-words.h"
#include "entente-number-text.h"

/* The values of an SLA in words, for the exported agreement.  Numbers
 * follow the locale (grouping, decimal point, month names); the file
 * keeps ISO spellings, the paper shows these. */

#define MINUS_SIGN "\xe2\x88\x92" /* U+2212, the typographic minus */

static void
add_part (GPtrArray *parts,
          char      *part)
{
  g_ptr_array_add (parts, part);
}

static char *
join_parts (GPtrArray *parts)
{
  /* TRANSLATORS: separates the units of a duration, as in "1 day, 4 hours" */
  const char *separator = C_("duration", ", ");

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

/**
 * entente_export_words_duration:
 * @duration: (nullable): a duration
 * @business_hours: whether the duration is counted in business time
 *
 * Returns: (nullable): "1 business hour", "14 days", "4 hours"; %NULL
 *   when @duration is %NULL
 */
char *
entente_export_words_duration (const EntenteDuration *duration,
                               gboolean               business_hours)
{
  g_autoptr(GPtrArray) parts = NULL;

  if (duration == NULL)
    return NULL;

  parts = g_ptr_array_new_with_free_func (g_free);

  if (duration->years)
    add_part (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", duration->years),
                                      duration->years));
  if (duration->months)
    add_part (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", duration->months),
                                      duration->months));
  if (duration->weeks)
    add_part (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", duration->weeks),
                                      duration->weeks));
  if (duration->days)
    add_part (parts, g_strdup_printf (business_hours
                                      ? g_dngettext (GETTEXT_PACKAGE, "%u business day", "%u business days", duration->days)
                                      : g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", duration->days),
                                      duration->days));
  if (duration->hours)
    add_part (parts, g_strdup_printf (business_hours
                                      ? g_dngettext (GETTEXT_PACKAGE, "%u business hour", "%u business hours", duration->hours)
                                      : g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours", duration->hours),
                                      duration->hours));
  if (duration->minutes)
    add_part (parts, g_strdup_printf (business_hours
                                      ? g_dngettext (GETTEXT_PACKAGE, "%u business minute", "%u business minutes", duration->minutes)
                                      : g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", duration->minutes),
                                      duration->minutes));
  if (duration->seconds)
    add_part (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", duration->seconds),
                                      duration->seconds));

  if (parts->len == 0)
    add_part (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", 0), 0));

  return join_parts (parts);
}

/**
 * entente_export_words_count:
 *
 * Returns: @count with the locale's digit grouping
 */
char *
entente_export_words_count (gint64 count)
{
  if (count < 0)
    return g_strdup_printf (MINUS_SIGN "%'" G_GINT64_FORMAT, -count);

  return g_strdup_printf ("%'" G_GINT64_FORMAT, count);
}

/**
 * entente_export_words_signed:
 *
 * Returns: @count with an explicit sign, as a gap is written: "+88",
 *   "−12", "0"
 */
char *
entente_export_words_signed (gint64 count)
{
  if (count > 0)
    return g_strdup_printf ("+%'" G_GINT64_FORMAT, count);

  return entente_export_words_count (count);
}

/**
 * entente_export_words_money:
 * @currency: (nullable): an ISO 4217 code
 *
 * Returns: the amount in the document's currency, "USD 250,000"
 */
char *
entente_export_words_money (double      amount,
                            const char *currency)
{
  g_autofree char *number = entente_number_text_format (fabs (amount - round (amount)) < 0.005 ? round (amount) : amount, 2);

  if (currency == NULL || *currency == '\0')
    return g_steal_pointer (&number);

  /* TRANSLATORS: an amount of money: %1$s is the ISO currency code
   * ("USD"), %2$s the amount */
  return g_strdup_printf (_("%1$s %2$s"), currency, number);
}

/**
 * entente_export_words_rate:
 *
 * Returns: a fraction as a percentage, "15%", "12.5%"
 */
char *
entente_export_words_rate (double rate)
{
  g_autofree char *number = NULL;
  double percent = rate * 100.0;

  if (fabs (percent - round (percent)) < 0.05)
    number = g_strdup_printf ("%.0f", round (percent));
  else
    number = g_strdup_printf ("%.1f", percent);

  /* TRANSLATORS: a percentage; %s is the number */
  return g_strdup_printf (_("%s%%"), number);
}

/**
 * entente_export_words_date:
 * @date: (nullable): a date
 *
 * Returns: (nullable): "1 January 2027", or %NULL when @date is unset
 */
char *
entente_export_words_date (const GDate *date)
{
  g_autoptr(GDateTime) datetime = NULL;

  if (date == NULL || !g_date_valid (date))
    return NULL;

  datetime = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                  g_date_get_day (date), 0, 0, 0);
  if (datetime == NULL)
    return NULL;

  /* TRANSLATORS: how a date is written in the exported agreement, a
   * g_date_time_format() pattern */
  return g_date_time_format (datetime, _("%-d %B %Y"));
}

/**
 * entente_export_words_datetime:
 * @datetime: (nullable): a moment
 *
 * Returns: (nullable): "1 January 2027 at 09:30 (UTC−05:00)"
 */
char *
entente_export_words_datetime (GDateTime *datetime)
{
  if (datetime == NULL)
    return NULL;

  /* TRANSLATORS: how the moment of a sign-off is written in the exported
   * agreement, a g_date_time_format() pattern */
  return g_date_time_format (datetime, _("%-d %B %Y at %H:%M (UTC%:z)"));
}

/**
 * entente_export_words_moment:
 * @datetime: a moment, in the zone it is to be read in
 *
 * Returns: the short form of a moment, for tables and lists:
 *   "9 Jan 2027, 14:05"
 */
char *
entente_export_words_moment (GDateTime *datetime)
{
  g_return_val_if_fail (datetime != NULL, NULL);

  /* Translators: a moment in a table or a list, a g_date_time_format()
   * pattern
   * xgettext:no-c-format */
  return g_date_time_format (datetime, _("%-d %b %Y, %H:%M"));
}

static const char * const weekday_names[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
  N_("Friday"), N_("Saturday"), N_("Sunday"),
};

/**
 * entente_export_words_weekdays:
 *
 * Returns: (nullable): "Monday to Friday", "Monday, Wednesday, Friday",
 *   or %NULL when no day is set
 */
char *
entente_export_words_weekdays (EntenteWeekdays days)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  int first = -1, last = -1;
  gboolean contiguous = TRUE;

  for (int i = 0; i < 7; i++)
    if (days & (1u << i))
      {
        if (first < 0)
          first = i;
        else if (last != i - 1)
          contiguous = FALSE;
        last = i;
        g_ptr_array_add (parts, g_strdup (_(weekday_names[i])));
      }

  if (first < 0)
    return NULL;

  if (contiguous && last - first >= 2)
    /* TRANSLATORS: a range of business days, "Monday to Friday" */
    return g_strdup_printf (_("%s to %s"), _(weekday_names[first]), _(weekday_names[last]));

  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: separates the days of a list of business days */
  return g_strjoinv (C_("weekdays", ", "), (char **) parts->pdata);
}

/**
 * entente_export_words_time:
 * @minutes: minutes since midnight, or negative when unset
 *
 * Returns: (nullable): "09:00"
 */
char *
entente_export_words_time (int minutes)
{
  if (minutes < 0)
    return NULL;

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/**
 * entente_export_words_enum:
 *
 * Returns: the translated label of @value of the enumeration @type
 */
const char *
entente_export_words_enum (GType type,
                           int   value)
{
  return entente_enum_label (type, value);
}
