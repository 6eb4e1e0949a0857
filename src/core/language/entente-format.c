/* entente-format.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>

#include "entente-enum-labels.h"
#include "entente-format.h"
#include "entente-time-zone.h"

/* The one place that writes a value for people.  The file keeps C numbers
 * and ISO spellings; the window, the problems list, the command line's
 * sentences and every export show what these functions make of them, in
 * the language they are given.  Digits are formatted in C and the marks
 * put in afterwards, so no process locale can leak into a figure. */

#define MINUS_SIGN "\xe2\x88\x92" /* U+2212, the typographic minus */

static EntenteLocale *
resolve (EntenteLocale *locale)
{
  return locale != NULL ? locale : entente_locale_get_default ();
}

/* Numbers */

static void
append_grouped (GString       *out,
                const char    *digits,
                EntenteLocale *locale)
{
  const char *grouping = entente_locale_get_grouping (locale);
  const char *mark = entente_locale_get_group_mark (locale);
  gsize length = strlen (digits);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize position = length;
  guint next = 0;

  /* Walk from the right, one group size at a time; the last size repeats,
   * and CHAR_MAX (-1) ends grouping. */
  while (*mark != '\0' && grouping[0] > 0)
    {
      char size = grouping[next];

      if (size == 0)
        size = grouping[next - 1];
      else
        next++;
      if (size < 0 || (gsize) size >= position)
        break;
      position -= size;
      g_array_prepend_val (cuts, position);
    }

  position = 0;
  for (guint i = 0; i < cuts->len; i++)
    {
      gsize cut = g_array_index (cuts, gsize, i);

      g_string_append_len (out, digits + position, cut - position);
      g_string_append (out, mark);
      position = cut;
    }
  g_string_append (out, digits + position);
}

/* @value's digits in C, then the locale's marks. */
static char *
write_number (EntenteLocale *locale,
              double         value,
              guint          digits,
              const char    *minus)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 400];
  g_autoptr(GString) out = g_string_new (NULL);
  char format[16];
  char *point;

  g_snprintf (format, sizeof format, "%%.%uf", MIN (digits, 6));
  g_ascii_formatd (buffer, sizeof buffer, format, fabs (value));

  if (value < 0 && strspn (buffer, "0.") != strlen (buffer))
    g_string_append (out, minus);

  point = strchr (buffer, '.');
  if (point != NULL)
    *point = '\0';
  append_grouped (out, buffer, locale);
  if (point != NULL)
    {
      g_string_append (out, entente_locale_get_decimal_mark (locale));
      g_string_append (out, point + 1);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * entente_format_number:
 * @locale: (nullable): the language to write in
 * @value: a number
 * @digits: the decimals to show when @value is not whole
 *
 * Returns: @value grouped the language's way; a whole number shows
 *   without decimals, so an amount reads "250,000" and not "250,000.00";
 *   "—" for a value that is not finite
 */
char *
entente_format_number (EntenteLocale *locale,
                       double         value,
                       guint          digits)
{
  locale = resolve (locale);

  if (!isfinite (value))
    return g_strdup ("—");
  if (digits == 0 || value == round (value))
    return write_number (locale, round (value), 0, "-");
  return write_number (locale, value, digits, "-");
}

/**
 * entente_format_number_exact:
 * @locale: (nullable): the language to write in
 * @value: a number
 * @least: the decimals to show at least when @value is not whole
 *
 * As entente_format_number(), with as many more decimals as @value
 * needs to read back as itself (up to six): what an editor shows, so
 * that 12.345 is not shown as 12.35 and then written back so.
 *
 * Returns: @value grouped the language's way
 */
char *
entente_format_number_exact (EntenteLocale *locale,
                             double         value,
                             guint          least)
{
  guint digits = least;

  for (; digits < 6; digits++)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE + 400];
      char format[8];

      g_snprintf (format, sizeof format, "%%.%uf", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return entente_format_number (locale, value, digits);
}

static gboolean
skip_prefix (const char **p,
             const char  *prefix)
{
  gsize length = strlen (prefix);

  if (length == 0 || strncmp (*p, prefix, length) != 0)
    return FALSE;
  *p += length;
  return TRUE;
}

/* Where group marks were typed, the groups they make must be the
 * language's: "1,234" is a thousand and more in English, while "0.5" in
 * German and "12,00" in English are read as nothing rather than as five
 * or twelve hundred.  @runs holds the digits typed between marks, left
 * to right. */
static gboolean
groups_are_valid (GArray        *runs,
                  EntenteLocale *locale)
{
  const char *grouping = entente_locale_get_grouping (locale);
  guint next = 0;
  char size = 0;

  if (runs->len < 2)
    return TRUE;
  if (grouping[0] <= 0)
    return FALSE;

  for (guint i = runs->len - 1; i > 0; i--)
    {
      if (grouping[next] != 0)
        size = grouping[next++];
      if (size <= 0 || g_array_index (runs, guint, i) != (guint) size)
        return FALSE;
    }
  /* The leftmost group may be shorter, never longer. */
  if (grouping[next] != 0)
    size = grouping[next];
  return g_array_index (runs, guint, 0) >= 1 && (size <= 0 || g_array_index (runs, guint, 0) <= (guint) size);
}

/**
 * entente_format_parse_number:
 * @locale: (nullable): the language it was typed in
 * @text: what someone typed
 * @value: (out): the number
 *
 * Reads a number written the language's way, with or without its digit
 * grouping; the minus sign U+2212 and any script's decimal digits (១០ in
 * Khmer) are understood too, and spaces and no-break spaces may group
 * digits, since that is how numbers are copied from documents.  Group
 * marks must make the language's groups, so a decimal written another
 * language's way is refused rather than read ten or a thousand times
 * off.
 *
 * Returns: %TRUE when @text is one whole number
 */
gboolean
entente_format_parse_number (EntenteLocale *locale,
                             const char    *text,
                             double        *value)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *trimmed = NULL;
  const char *decimal_mark, *group_mark;
  const char *p;
  char *end = NULL;
  double parsed;
  gboolean seen_decimal = FALSE;
  guint run = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  locale = resolve (locale);
  decimal_mark = entente_locale_get_decimal_mark (locale);
  group_mark = entente_locale_get_group_mark (locale);
  trimmed = g_strstrip (g_strdup (text));
  p = trimmed;

  /* A sign comes first. */
  if (g_str_has_prefix (p, "\xe2\x88\x92"))
    {
      g_string_append_c (plain, '-');
      p += 3;
    }
  else if (*p == '-' || *p == '+')
    g_string_append_c (plain, *p++);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (skip_prefix (&p, decimal_mark))
        {
          if (seen_decimal || run == 0)
            return FALSE;
          seen_decimal = TRUE;
          g_array_append_val (runs, run);
          run = 0;
          g_string_append_c (plain, '.');
        }
      else if (!seen_decimal && (skip_prefix (&p, group_mark) ||
                                 ((g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F) &&
                                  (p = g_utf8_next_char (p)))))
        {
          if (run == 0)
            return FALSE;
          g_array_append_val (runs, run);
          run = 0;
        }
      else if (g_unichar_digit_value (c) >= 0)
        {
          g_string_append_c (plain, (char) ('0' + g_unichar_digit_value (c)));
          run++;
          p = g_utf8_next_char (p);
        }
      else
        return FALSE;
    }

  if (run == 0)
    return FALSE;
  if (!seen_decimal)
    g_array_append_val (runs, run);
  if (!groups_are_valid (runs, locale))
    return FALSE;

  parsed = g_ascii_strtod (plain->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (parsed))
    return FALSE;

  *value = parsed;
  return TRUE;
}

/**
 * entente_format_count:
 *
 * Returns: @count grouped, with a true minus sign: "2,075", "−12"
 */
char *
entente_format_count (EntenteLocale *locale,
                      gint64         count)
{
  return write_number (resolve (locale), (double) count, 0, MINUS_SIGN);
}

/**
 * entente_format_signed_count:
 *
 * Returns: @count with an explicit sign, as a gap is written: "+88",
 *   "−12", "0"
 */
char *
entente_format_signed_count (EntenteLocale *locale,
                             gint64         count)
{
  g_autofree char *number = entente_format_count (locale, count);

  return count > 0 ? g_strconcat ("+", number, NULL) : g_steal_pointer (&number);
}

/**
 * entente_format_money:
 * @currency: (nullable): an ISO 4217 code
 *
 * Returns: the amount in the document's currency, "USD 250,000",
 *   "USD 1,234.50"
 */
char *
entente_format_money (EntenteLocale *locale,
                      double         amount,
                      const char    *currency)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
  g_autofree char *number = NULL;
  gboolean whole = fabs (amount - round (amount)) < 0.005;

  if (!isfinite (amount))
    return g_strdup ("—");
  /* Whole amounts without cents: "USD 250,000", "USD 12.50". */
  number = write_number (resolve (locale), whole ? round (amount) : amount, whole ? 0 : 2, MINUS_SIGN);
  if (currency == NULL || *currency == '\0')
    return g_steal_pointer (&number);

  /* TRANSLATORS: an amount of money: %1$s is the ISO currency code
   * ("USD"), %2$s the amount */
  return g_strdup_printf (_("%1$s %2$s"), currency, number);
}

/**
 * entente_format_rate:
 *
 * Returns: a fraction as a percentage, "15%", "12.5%"
 */
char *
entente_format_rate (EntenteLocale *locale,
                     double         rate)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
  g_autofree char *number = NULL;
  double percent = rate * 100.0;

  if (!isfinite (percent))
    return g_strdup ("—");
  if (fabs (percent - round (percent)) < 0.05)
    number = write_number (resolve (locale), round (percent), 0, MINUS_SIGN);
  else
    number = write_number (resolve (locale), percent, 1, MINUS_SIGN);

  /* TRANSLATORS: a percentage; %s is the number */
  return g_strdup_printf (_("%s%%"), number);
}

/* Dates and times */

static void
append_two_digits (GString *out,
                   int      value,
                   gboolean padded)
{
  g_string_append_printf (out, padded ? "%02d" : "%d", value);
}

/**
 * entente_format_pattern:
 * @locale: (nullable): the language to write in
 * @datetime: a moment
 * @pattern: a g_date_time_format() pattern
 *
 * Like g_date_time_format(), with @locale's month names rather than the
 * process's.  Understood: %d %-d %e %m %-m %B %b %Y %H %-H %M %z %:z %%;
 * anything else is written as it stands.
 *
 * Returns: @datetime written after @pattern
 */
char *
entente_format_pattern (EntenteLocale *locale,
                        GDateTime     *datetime,
                        const char    *pattern)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (datetime != NULL, NULL);
  g_return_val_if_fail (pattern != NULL, NULL);

  locale = resolve (locale);
  for (const char *p = pattern; *p != '\0'; p++)
    {
      gboolean padded = TRUE;
      gboolean colon = FALSE;

      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      if (*p == '-' || *p == '_')
        {
          padded = FALSE;
          p++;
        }
      if (*p == ':')
        {
          colon = TRUE;
          p++;
        }

      switch (*p)
        {
        case 'd':
          append_two_digits (out, g_date_time_get_day_of_month (datetime), padded);
          break;
        case 'e':
          append_two_digits (out, g_date_time_get_day_of_month (datetime), FALSE);
          break;
        case 'm':
          append_two_digits (out, g_date_time_get_month (datetime), padded);
          break;
        case 'B':
          g_string_append (out, entente_locale_get_month_name (locale, g_date_time_get_month (datetime)));
          break;
        case 'b':
          g_string_append (out, entente_locale_get_month_abbreviation (locale, g_date_time_get_month (datetime)));
          break;
        case 'Y':
          g_string_append_printf (out, "%d", g_date_time_get_year (datetime));
          break;
        case 'H':
          append_two_digits (out, g_date_time_get_hour (datetime), padded);
          break;
        case 'M':
          append_two_digits (out, g_date_time_get_minute (datetime), padded);
          break;
        case 'z':
          {
            GTimeSpan offset = g_date_time_get_utc_offset (datetime) / G_TIME_SPAN_MINUTE;

            g_string_append (out, offset < 0 ? MINUS_SIGN : "+");
            g_string_append_printf (out, colon ? "%02d:%02d" : "%02d%02d",
                                    (int) (ABS (offset) / 60), (int) (ABS (offset) % 60));
          }
          break;
        case '%':
          g_string_append_c (out, '%');
          break;
        case '\0':
          p--;
          break;
        default:
          g_string_append_c (out, '%');
          g_string_append_c (out, *p);
          break;
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * entente_format_month:
 *
 * Returns: a month and its year, as “January 2027”
 */
char *
entente_format_month (EntenteLocale *locale,
                      int            year,
                      int            month)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (year, month, 1, 0, 0, 0);

  if (first == NULL)
    return g_strdup_printf ("%04d-%02d", year, month);
  /* Translators: a month and its year, a g_date_time_format() pattern, as “January 2027”
   * xgettext:no-c-format */
  return entente_format_pattern (locale, first, C_("month", "%B %Y"));
}

/**
 * entente_format_month_short:
 *
 * Returns: a month and its year, short, as a chart's axis or a row has
 *   room for: “Jan 2027”
 */
char *
entente_format_month_short (EntenteLocale *locale,
                            int            year,
                            int            month)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (year, month, 1, 0, 0, 0);

  if (first == NULL)
    return g_strdup_printf ("%04d-%02d", year, month);
  /* Translators: a month and its year, short, a g_date_time_format() pattern, as “Jan 2027”
   * xgettext:no-c-format */
  return entente_format_pattern (locale, first, C_("month", "%b %Y"));
}

/* @date after @pattern, or NULL when it is unset. */
static char *
write_date (EntenteLocale *locale,
            const GDate   *date,
            const char    *pattern)
{
  g_autoptr(GDateTime) datetime = NULL;

  if (date == NULL || !g_date_valid (date))
    return NULL;
  datetime = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                  g_date_get_day (date), 0, 0, 0);
  return datetime != NULL ? entente_format_pattern (locale, datetime, pattern) : NULL;
}

/**
 * entente_format_date:
 * @date: (nullable): a date
 *
 * Returns: (nullable): the long form, "1 January 2027", or %NULL when
 *   @date is unset
 */
char *
entente_format_date (EntenteLocale *locale,
                     const GDate   *date)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);

  /* TRANSLATORS: how a date is written in the exported agreement, a
   * g_date_time_format() pattern */
  return write_date (locale, date, _("%-d %B %Y"));
}

/**
 * entente_format_medium_date:
 * @date: (nullable): a date
 *
 * Returns: (nullable): the form of a date in fields and lists,
 *   "1 Jan 2027", or %NULL when @date is unset
 */
char *
entente_format_medium_date (EntenteLocale *locale,
                            const GDate   *date)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);

  /* Translators: a date in a field or a list, a g_date_time_format()
   * pattern
   * xgettext:no-c-format */
  return write_date (locale, date, _("%-d %b %Y"));
}

/**
 * entente_format_datetime:
 * @datetime: (nullable): a moment
 *
 * Returns: (nullable): "1 January 2027 at 09:30 (UTC−05:00)"
 */
char *
entente_format_datetime (EntenteLocale *locale,
                         GDateTime     *datetime)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);

  if (datetime == NULL)
    return NULL;

  /* TRANSLATORS: how the moment of a sign-off is written in the exported
   * agreement, a g_date_time_format() pattern */
  return entente_format_pattern (locale, datetime, _("%-d %B %Y at %H:%M (UTC%:z)"));
}

/**
 * entente_format_moment:
 * @datetime: a moment, in the zone it is to be read in
 *
 * Returns: the short form of a moment, for tables and lists:
 *   "9 Jan 2027, 14:05"
 */
char *
entente_format_moment (EntenteLocale *locale,
                       GDateTime     *datetime)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);

  g_return_val_if_fail (datetime != NULL, NULL);

  /* Translators: a moment in a table or a list, a g_date_time_format()
   * pattern
   * xgettext:no-c-format */
  return entente_format_pattern (locale, datetime, _("%-d %b %Y, %H:%M"));
}

/**
 * entente_format_time:
 * @minutes: minutes since midnight, or negative when unset
 *
 * Returns: (nullable): "09:00"
 */
char *
entente_format_time (EntenteLocale *locale,
                     int            minutes)
{
  if (minutes < 0)
    return NULL;

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/**
 * entente_format_timezone:
 * @zone: (nullable): an IANA zone name, "America/New_York"
 * @at: (nullable): the moment whose offset to give, or %NULL for now
 *
 * Returns: (nullable): the zone by its city and offset, "New York
 *   (UTC−05:00)"; %NULL when @zone is unset
 */
char *
entente_format_timezone (EntenteLocale *locale,
                         const char    *zone,
                         GDateTime     *at)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
  g_autoptr(GTimeZone) timezone = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *city = NULL;
  g_autofree char *offset = NULL;
  const char *slash;

  if (zone == NULL || *zone == '\0')
    return NULL;
  if (g_str_equal (zone, "UTC") || g_str_equal (zone, "Etc/UTC"))
    return g_strdup ("UTC");

  slash = strrchr (zone, '/');
  city = g_strdup (slash != NULL ? slash + 1 : zone);
  g_strdelimit (city, "_", ' ');

  timezone = entente_time_zone_new (zone);
  if (timezone == NULL)
    return g_steal_pointer (&city);

  if (at == NULL)
    at = now = g_date_time_new_now_utc ();
  local = g_date_time_to_timezone (at, timezone);
  offset = entente_format_pattern (locale, local, "%:z");

  /* TRANSLATORS: a time zone: %1$s is its city ("New York"), %2$s its
   * offset from UTC ("−05:00") */
  return g_strdup_printf (_("%1$s (UTC%2$s)"), city, offset);
}

/**
 * entente_format_duration:
 * @duration: (nullable): a duration
 * @business_hours: whether the duration is counted in business time
 *
 * Returns: (nullable): "1 business hour", "14 days", "4 hours"; %NULL
 *   when @duration is %NULL
 */
char *
entente_format_duration (EntenteLocale         *locale,
                         const EntenteDuration *duration,
                         gboolean               business_hours)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
  g_autoptr(GPtrArray) parts = NULL;

  if (duration == NULL)
    return NULL;

  parts = g_ptr_array_new_with_free_func (g_free);

#define ADD_PART(count, text)                                         \
  g_ptr_array_add (parts, g_strdup_printf ((text), (count)))

  if (duration->years)
    ADD_PART (duration->years, ngettext ("%u year", "%u years", duration->years));
  if (duration->months)
    ADD_PART (duration->months, ngettext ("%u month", "%u months", duration->months));
  if (duration->weeks)
    ADD_PART (duration->weeks, ngettext ("%u week", "%u weeks", duration->weeks));
  if (duration->days)
    ADD_PART (duration->days, business_hours
                              ? ngettext ("%u business day", "%u business days", duration->days)
                              : ngettext ("%u day", "%u days", duration->days));
  if (duration->hours)
    ADD_PART (duration->hours, business_hours
                               ? ngettext ("%u business hour", "%u business hours", duration->hours)
                               : ngettext ("%u hour", "%u hours", duration->hours));
  if (duration->minutes)
    ADD_PART (duration->minutes, business_hours
                                 ? ngettext ("%u business minute", "%u business minutes", duration->minutes)
                                 : ngettext ("%u minute", "%u minutes", duration->minutes));
  if (duration->seconds)
    ADD_PART (duration->seconds, ngettext ("%u second", "%u seconds", duration->seconds));
  if (parts->len == 0)
    ADD_PART (0u, ngettext ("%u minute", "%u minutes", 0));

#undef ADD_PART

  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: separates the units of a duration, as in "1 day, 4 hours" */
  return g_strjoinv (C_("duration", ", "), (char **) parts->pdata);
}

static const char * const weekday_names[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
  N_("Friday"), N_("Saturday"), N_("Sunday"),
};

/**
 * entente_format_weekdays:
 *
 * Returns: (nullable): "Monday to Friday", "Monday, Wednesday, Friday",
 *   or %NULL when no day is set
 */
char *
entente_format_weekdays (EntenteLocale   *locale,
                         EntenteWeekdays  days)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
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

/* Channels are free texts; the usual ones, as the templates write them,
 * read as words in every language. */
static const struct {
  const char *code;
  const char *label;
} channels[] = {
  { "phone", NC_("channel", "Phone") },
  { "email", NC_("channel", "Email") },
  { "linkedin", NC_("channel", "LinkedIn") },
  { "sms", NC_("channel", "SMS") },
  { "chat", NC_("channel", "Chat") },
  { "video", NC_("channel", "Video call") },
  { "meeting", NC_("channel", "In person") },
  { "whatsapp", NC_("channel", "WhatsApp") },
  { "telegram", NC_("channel", "Telegram") },
};

/**
 * entente_format_channel:
 * @channel: a way to reach someone, as the document writes it
 *
 * Returns: the word for a usual channel ("phone" reads "Phone"), or
 *   @channel as it stands; valid as long as @locale and @channel
 */
const char *
entente_format_channel (EntenteLocale *locale,
                        const char    *channel)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);

  g_return_val_if_fail (channel != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    if (g_ascii_strcasecmp (channel, channels[i].code) == 0)
      {
        /* Interned: a label lives as long as the program. */
        g_autofree char *key = g_strconcat ("channel\004", channels[i].label, NULL);

        return entente_locale_pgettext (NULL, g_intern_string (key), strlen ("channel") + 1);
      }
  return channel;
}

/**
 * entente_format_enum:
 *
 * Returns: the label of @value of the enumeration @type in @locale's
 *   language, valid as long as @locale
 */
const char *
entente_format_enum (EntenteLocale *locale,
                     GType          type,
                     int            value)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);

  return entente_enum_label (type, value);
}
