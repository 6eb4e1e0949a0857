/* entente-value.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entente-duration.h"
#include "entente-language.h"
#include "entente-signing-key.h"
#include "entente-time-zone.h"
#include "entente-value.h"

/* The spelling of every value kind in the .entente format, in one place:
 * what the reader accepts, what the writer produces, and what counts as
 * unset (an unset value is not written unless its field says ALWAYS). */

#define MAX_ID_LENGTH 128
#define MAX_QUOTED 40
#define NO_TIME (-1)

/**
 * entente_value_excerpt:
 * @text: UTF-8 text from a file
 * @max_chars: how many characters a message may quote
 *
 * What a message quotes of @text: all of it when it is short, else its
 * first @max_chars characters and an ellipsis, so that a wrong value of a
 * megabyte makes a message of one line.
 *
 * Returns: (transfer full): the excerpt
 */
char *
entente_value_excerpt (const char *text,
                       guint       max_chars)
{
  const char *end = text;
  g_autofree char *cut = NULL;
  g_autofree char *escaped = NULL;

  for (guint n = 0; *end != '\0' && n < max_chars; n++)
    end = g_utf8_next_char (end);

  /* Cut, then escaped: a value of control characters is not cut shorter
   * for the backslashes that show them. */
  cut = g_strndup (text, (gsize) (end - text));
  escaped = entente_text_escape (cut);
  if (*end == '\0')
    return g_steal_pointer (&escaped);

  return g_strconcat (escaped, "…", NULL);
}

/**
 * entente_text_escape:
 * @text: (nullable): text from a file or an export
 *
 * Text fit to quote in a message or echo to a terminal or a log, on one
 * line: control characters (C0 and C1: ESC sequences, CSI, a carriage
 * return or a line feed that would forge a line) and those that reorder
 * text on screen (bidi overrides, isolates and marks, line and paragraph
 * separators) are shown escaped, as \n or \u{202e}, and a backslash
 * doubled, so that what a file holds can neither move the cursor nor
 * make a line read otherwise than it is.  Nothing is cut.
 *
 * Returns: (transfer full) (nullable): the escaped text
 */
char *
entente_text_escape (const char *text)
{
  GString *s;

  if (text == NULL)
    return NULL;

  s = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\\')
        g_string_append (s, "\\\\");
      else if (c == '\n')
        g_string_append (s, "\\n");
      else if (c == '\t')
        g_string_append (s, "\\t");
      else if (g_unichar_iscntrl (c) || c == 0x061c || c == 0x200e || c == 0x200f ||
               (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
               c == 0x2028 || c == 0x2029)
        g_string_append_printf (s, "\\u{%04x}", c);
      else
        g_string_append_unichar (s, c);
    }

  return g_string_free (s, FALSE);
}

static GType
value_type (const EntenteField *field)
{
  switch (field->kind)
    {
    case ENTENTE_VALUE_STRING:
    case ENTENTE_VALUE_ID:
    case ENTENTE_VALUE_REF:
    case ENTENTE_VALUE_CURRENCY:
    case ENTENTE_VALUE_TIMEZONE:
    case ENTENTE_VALUE_LANGUAGE:
      return G_TYPE_STRING;
    case ENTENTE_VALUE_INT:
    case ENTENTE_VALUE_TIME:
      return G_TYPE_INT;
    case ENTENTE_VALUE_DECIMAL:
    case ENTENTE_VALUE_RATE:
      return G_TYPE_DOUBLE;
    case ENTENTE_VALUE_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case ENTENTE_VALUE_DATE:
      return G_TYPE_DATE;
    case ENTENTE_VALUE_DATETIME:
      return G_TYPE_DATE_TIME;
    case ENTENTE_VALUE_DURATION:
      return ENTENTE_TYPE_DURATION;
    case ENTENTE_VALUE_STRV:
      return G_TYPE_STRV;
    case ENTENTE_VALUE_LIST:
      return G_TYPE_LIST_MODEL;
    case ENTENTE_VALUE_ENUM:
    case ENTENTE_VALUE_FLAGS:
    case ENTENTE_VALUE_OBJECT:
      return field->get_type ();
    default:
      g_assert_not_reached ();
    }
}

/**
 * entente_value_get_range:
 * @field: a field of kind INT, DECIMAL or RATE
 * @range: (out caller-allocates): receives its range
 *
 * What @field may hold, from its kind and flags: a whole number of at
 * most %ENTENTE_VALUE_INT_LIMIT either way,
 * an amount of at most %ENTENTE_VALUE_DECIMAL_LIMIT either way, a rate in
 * (0, 1]; counts and amounts flagged NON_NEGATIVE from zero.
 *
 * Returns: %FALSE, leaving @range alone, when @field holds no number
 */
gboolean
entente_value_get_range (const EntenteField *field,
                         EntenteValueRange  *range)
{
  gboolean non_negative;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (range != NULL, FALSE);

  non_negative = (field->flags & ENTENTE_FIELD_NON_NEGATIVE) != 0;
  switch (field->kind)
    {
    case ENTENTE_VALUE_INT:
      *range = (EntenteValueRange) { non_negative ? 0.0 : -(double) ENTENTE_VALUE_INT_LIMIT, (double) ENTENTE_VALUE_INT_LIMIT, FALSE, TRUE };
      return TRUE;
    case ENTENTE_VALUE_DECIMAL:
      *range = (EntenteValueRange) { non_negative ? 0.0 : -ENTENTE_VALUE_DECIMAL_LIMIT, ENTENTE_VALUE_DECIMAL_LIMIT, FALSE, FALSE };
      return TRUE;
    case ENTENTE_VALUE_RATE:
      *range = (EntenteValueRange) { 0.0, 1.0, TRUE, FALSE };
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * entente_value_range_contains:
 *
 * Returns: whether @value is a finite number that @range allows
 */
gboolean
entente_value_range_contains (const EntenteValueRange *range,
                              double                   value)
{
  g_return_val_if_fail (range != NULL, FALSE);

  if (!isfinite (value) || value > range->max)
    return FALSE;
  if (range->min_exclusive ? !(value > range->min) : !(value >= range->min))
    return FALSE;
  return !range->whole || value == floor (value);
}

GParamSpec *
entente_value_param_spec (const EntenteField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags child_flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  gboolean non_negative = (field->flags & ENTENTE_FIELD_NON_NEGATIVE) != 0;

  switch (field->kind)
    {
    case ENTENTE_VALUE_INT:
      if (field->flags & ENTENTE_FIELD_MAY_BE_UNKNOWN)
        return g_param_spec_int (field->name, NULL, NULL, -1, G_MAXINT, -1, flags);
      return g_param_spec_int (field->name, NULL, NULL,
                               non_negative ? 0 : G_MININT, G_MAXINT, 0, flags);
    case ENTENTE_VALUE_TIME:
      return g_param_spec_int (field->name, NULL, NULL, NO_TIME, 24 * 60, NO_TIME, flags);
    case ENTENTE_VALUE_DECIMAL:
      return g_param_spec_double (field->name, NULL, NULL,
                                  non_negative ? 0.0 : -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
    case ENTENTE_VALUE_RATE:
      return g_param_spec_double (field->name, NULL, NULL, 0.0, 1.0, 0.0, flags);
    case ENTENTE_VALUE_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
    case ENTENTE_VALUE_ENUM:
      return g_param_spec_enum (field->name, NULL, NULL, field->get_type (), 0, flags);
    case ENTENTE_VALUE_FLAGS:
      return g_param_spec_flags (field->name, NULL, NULL, field->get_type (), 0, flags);
    case ENTENTE_VALUE_DATE:
    case ENTENTE_VALUE_DATETIME:
    case ENTENTE_VALUE_DURATION:
    case ENTENTE_VALUE_STRV:
      return g_param_spec_boxed (field->name, NULL, NULL, value_type (field), flags);
    case ENTENTE_VALUE_LIST:
    case ENTENTE_VALUE_OBJECT:
      return g_param_spec_object (field->name, NULL, NULL, value_type (field), child_flags);
    default:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);
    }
}

void
entente_value_init (const EntenteField *field,
                    GValue             *value)
{
  g_value_init (value, value_type (field));
  if (field->kind == ENTENTE_VALUE_TIME)
    g_value_set_int (value, NO_TIME);
  else if (field->kind == ENTENTE_VALUE_INT && (field->flags & ENTENTE_FIELD_MAY_BE_UNKNOWN))
    g_value_set_int (value, -1);
}

/* A month as the file writes it, YYYY-MM: 2027-01. */
gboolean
entente_value_parse_month (const char *text,
                           int        *year,
                           int        *month)
{
  int y = 0, m = 0;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (guint i = 0; i < 7; i++)
    {
      if (i == 4)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      if (i < 4)
        y = y * 10 + g_ascii_digit_value (text[i]);
      else
        m = m * 10 + g_ascii_digit_value (text[i]);
    }
  if (y < 1 || m < 1 || m > 12)
    return FALSE;
  *year = y;
  *month = m;
  return TRUE;
}

gboolean
entente_value_is_id (const char *text)
{
  gsize len = 0;

  if (text == NULL || !(g_ascii_isalpha (text[0]) || text[0] == '_'))
    return FALSE;

  for (const char *p = text; *p; p++, len++)
    if (!(g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.') || len >= MAX_ID_LENGTH)
      return FALSE;

  return TRUE;
}

static gboolean
parse_int (const char *text,
           gint64      min,
           gint64      max,
           gint64     *out)
{
  const char *p = text;
  gint64 value = 0;
  gboolean negative = FALSE;

  if (*p == '-' || *p == '+')
    negative = (*p++ == '-');
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      value = value * 10 + (*p - '0');
      if (value > (gint64) G_MAXINT32 + 1)
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;
  if (negative)
    value = -value;
  if (value < min || value > max)
    return FALSE;
  *out = value;
  return TRUE;
}

/* Whether @text is an optional sign and digits only: a whole number,
 * however long. */
static gboolean
parse_digits_only (const char *text)
{
  const char *p = text;

  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0';
}

/* xsd:decimal: an optional sign, digits, an optional fraction; no exponent,
 * no NaN, no infinity, so that every tool reads the same amount. */
static gboolean
parse_decimal (const char *text,
               double     *out)
{
  const char *p = text;
  gboolean digits = FALSE;
  char *end = NULL;
  double value;

  if (*p == '-' || *p == '+')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  if (!digits || *p != '\0')
    return FALSE;

  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (errno == ERANGE || !isfinite (value) || *end != '\0')
    return FALSE;

  /* Keep one spelling of zero. */
  *out = value == 0.0 ? 0.0 : value;
  return TRUE;
}

char *
entente_value_format_decimal (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* The shortest spelling that reads back as the same double, so 0.7 is
   * written 0.7 and not 0.69999999999999996. */
  for (int precision = 1; precision <= 17; precision++)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  /* %g may choose an exponent; the format has none. */
  if (strchr (buf, 'e') != NULL)
    {
      /* Room for the 309 digits of G_MAXDOUBLE and 17 decimals; in C's
       * conventions whatever the locale, since this goes into the file. */
      char plain[400];
      char *dot;

      g_ascii_formatd (plain, sizeof plain, "%.17f", value);
      dot = strchr (plain, '.');
      if (dot != NULL)
        {
          char *last = plain + strlen (plain) - 1;

          while (last > dot && *last == '0')
            *last-- = '\0';
          if (last == dot)
            *last = '\0';
        }
      return g_strdup (plain);
    }

  return g_strdup (buf);
}

static gboolean
parse_time (const char *text,
            int        *minutes)
{
  int h, m;

  if (strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  h = (text[0] - '0') * 10 + (text[1] - '0');
  m = (text[3] - '0') * 10 + (text[4] - '0');

  /* 24:00 is the end of a day, as a closing time. */
  if (h > 24 || m > 59 || (h == 24 && m > 0))
    return FALSE;
  *minutes = h * 60 + m;
  return TRUE;
}

static GDate *
parse_date (const char *text)
{
  gint64 y, m, d;
  g_auto(GStrv) parts = NULL;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return NULL;
  parts = g_strsplit (text, "-", 3);
  if (!parse_int (parts[0], 1, 9999, &y) ||
      !parse_int (parts[1], 1, 12, &m) ||
      !parse_int (parts[2], 1, 31, &d) ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return NULL;

  return g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static gboolean
is_enum_nick (GEnumClass *klass,
              const char *text,
              int        *out)
{
  GEnumValue *v = g_enum_get_value_by_nick (klass, text);

  /* The zero value of an optional enum means "not set" and has no
   * spelling in the file. */
  if (v == NULL || g_str_equal (v->value_nick, "unset"))
    return FALSE;
  *out = v->value;
  return TRUE;
}

static char *
enum_nicks (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (g_str_equal (klass->values[i].value_nick, "unset"))
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, klass->values[i].value_nick);
    }

  return g_string_free (s, FALSE);
}

static gboolean
parse_flags (GType       type,
             const char *text,
             guint      *out)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  guint flags = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      GFlagsValue *v;

      if (words[i][0] == '\0')
        continue;
      v = g_flags_get_value_by_nick (klass, words[i]);
      if (v == NULL || v->value == 0)
        return FALSE;
      flags |= v->value;
    }

  *out = flags;
  return TRUE;
}

static gboolean
is_currency (const char *text)
{
  return strlen (text) == 3 &&
         g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]) && g_ascii_isupper (text[2]);
}

static gboolean
is_timezone (const char *text)
{
  g_autoptr(GTimeZone) tz = entente_time_zone_new (text);

  return tz != NULL;
}

/**
 * entente_value_parse:
 * @field: what the value is
 * @text: its spelling in the file
 * @value: an initialized #GValue that receives it
 * @problem: (out): a sentence for the user when @text is not valid
 */
gboolean
entente_value_parse (const EntenteField *field,
                     const char         *text,
                     GValue             *value,
                     char              **problem)
{
  gboolean non_negative = (field->flags & ENTENTE_FIELD_NON_NEGATIVE) != 0;

  switch (field->kind)
    {
    case ENTENTE_VALUE_STRING:
      if ((field->flags & ENTENTE_FIELD_PUBLIC_KEY) && !entente_public_key_check (text, problem))
        return FALSE;
      if ((field->flags & ENTENTE_FIELD_SIGNATURE) && !entente_base64_is_bytes (text, ENTENTE_SIGNATURE_SIZE))
        {
          *problem = g_strdup_printf (_("a signature is the base64 of %d bytes"), ENTENTE_SIGNATURE_SIZE);
          return FALSE;
        }
      if (field->flags & ENTENTE_FIELD_MONTH)
        {
          int year, month;

          if (!entente_value_parse_month (text, &year, &month))
            {
              g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

              /* Translators: a month as the file writes it */
              *problem = g_strdup_printf (_("“%s” is not a month; a month is written as its year and number, as 2027-01"), quoted);
              return FALSE;
            }
        }
      g_value_set_string (value, text);
      return TRUE;

    case ENTENTE_VALUE_ID:
    case ENTENTE_VALUE_REF:
      if (!entente_value_is_id (text))
        {
          *problem = g_strdup (_("an id starts with a letter and holds only letters, digits, “-”, “_” and “.”, at most 128 of them"));
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case ENTENTE_VALUE_CURRENCY:
      if (!is_currency (text))
        {
          g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

          *problem = g_strdup_printf (_("“%s” is not a currency code; use three capital letters such as USD or KHR"), quoted);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case ENTENTE_VALUE_TIMEZONE:
      if (!is_timezone (text))
        {
          g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

          *problem = g_strdup_printf (_("“%s” is not a known time zone; use a name such as America/New_York or Asia/Phnom_Penh"), quoted);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case ENTENTE_VALUE_LANGUAGE:
      if (!entente_language_tag_is_valid (text))
        {
          g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

          *problem = g_strdup_printf (_("“%s” is not a language tag; write it as letters, digits and hyphens such as en, km or de-CH"), quoted);
          return FALSE;
        }
      g_value_set_string (value, text);
      return TRUE;

    case ENTENTE_VALUE_INT:
      {
        EntenteValueRange range;
        gint64 n = 0;
        gboolean parsed, too_large, negative;

        entente_value_get_range (field, &range);
        parsed = parse_int (text, G_MININT32, G_MAXINT32, &n);
        /* Digits beyond 32 bits are a number, only too large. */
        too_large = parsed ? ((double) n < range.min || (double) n > range.max) : parse_digits_only (text);
        negative = text[0] == '-';
        if (!parsed || too_large)
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            if (too_large && !(non_negative && negative))
              *problem = non_negative
                ? g_strdup_printf (_("“%s” is out of range; a whole number here is at most %d"), quoted, ENTENTE_VALUE_INT_LIMIT)
                : g_strdup_printf (_("“%s” is out of range; a whole number here is between −%d and %d"), quoted,
                                   ENTENTE_VALUE_INT_LIMIT, ENTENTE_VALUE_INT_LIMIT);
            else
              *problem = non_negative
                ? g_strdup_printf (_("“%s” is not a whole number of zero or more"), quoted)
                : g_strdup_printf (_("“%s” is not a whole number"), quoted);
            return FALSE;
          }
        g_value_set_int (value, (int) n);
        return TRUE;
      }

    case ENTENTE_VALUE_DECIMAL:
    case ENTENTE_VALUE_RATE:
      {
        EntenteValueRange range;
        double d;

        entente_value_get_range (field, &range);
        if (!parse_decimal (text, &d))
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is not a number; write it with digits and an optional decimal point, such as 12500 or 0.25"), quoted);
            return FALSE;
          }
        if (field->kind == ENTENTE_VALUE_RATE && !(d > 0.0 && d <= 1.0))
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("the rate %s is outside (0, 1]; write a fraction above 0 and at most 1, such as 0.15 for 15 %%"), quoted);
            return FALSE;
          }
        if (non_negative && d < 0.0)
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is negative; it must be zero or more"), quoted);
            return FALSE;
          }
        if (!entente_value_range_contains (&range, d))
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is out of range; an amount is at most 1000000000000000"), quoted);
            return FALSE;
          }
        g_value_set_double (value, d);
        return TRUE;
      }

    case ENTENTE_VALUE_BOOLEAN:
      if (g_str_equal (text, "true") || g_str_equal (text, "1"))
        g_value_set_boolean (value, TRUE);
      else if (g_str_equal (text, "false") || g_str_equal (text, "0"))
        g_value_set_boolean (value, FALSE);
      else
        {
          g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

          *problem = g_strdup_printf (_("“%s” is neither true nor false"), quoted);
          return FALSE;
        }
      return TRUE;

    case ENTENTE_VALUE_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (field->get_type ());
        int v;

        if (!is_enum_nick (klass, text, &v))
          {
            g_autofree char *nicks = enum_nicks (field->get_type ());
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is not one of: %s"), quoted, nicks);
            return FALSE;
          }
        g_value_set_enum (value, v);
        return TRUE;
      }

    case ENTENTE_VALUE_FLAGS:
      {
        guint flags;

        if (!parse_flags (field->get_type (), text, &flags))
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is not a list of week days such as “mon tue wed thu fri”"), quoted);
            return FALSE;
          }
        /* Written, a list names at least one: read as none, it would
         * become the default Monday to Friday, unsaid. */
        if (flags == 0)
          {
            *problem = g_strdup (_("no week day is named; name at least one, such as “mon tue wed thu fri”"));
            return FALSE;
          }
        g_value_set_flags (value, flags);
        return TRUE;
      }

    case ENTENTE_VALUE_DATE:
      {
        GDate *date = parse_date (text);

        if (date == NULL)
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD, such as 2027-01-31"), quoted);
            return FALSE;
          }
        g_value_take_boxed (value, date);
        return TRUE;
      }

    case ENTENTE_VALUE_DATETIME:
      {
        GDateTime *dt = NULL;

        if (strchr (text, 'T') != NULL)
          dt = g_date_time_new_from_iso8601 (text, NULL);
        if (dt == NULL)
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is not a time; write it as 2027-01-31T14:05:00Z"), quoted);
            return FALSE;
          }
        g_value_take_boxed (value, dt);
        return TRUE;
      }

    case ENTENTE_VALUE_DURATION:
      {
        EntenteDuration *d = entente_duration_parse (text);

        if (d == NULL)
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is not a duration; write it as PT30M, PT4H, P2D or P2W"), quoted);
            return FALSE;
          }
        g_value_take_boxed (value, d);
        return TRUE;
      }

    case ENTENTE_VALUE_TIME:
      {
        int minutes;

        if (!parse_time (text, &minutes))
          {
            g_autofree char *quoted = entente_value_excerpt (text, MAX_QUOTED);

            *problem = g_strdup_printf (_("“%s” is not a time of day; write it as HH:MM, such as 09:00"), quoted);
            return FALSE;
          }
        g_value_set_int (value, minutes);
        return TRUE;
      }

    case ENTENTE_VALUE_STRV:
    case ENTENTE_VALUE_LIST:
    case ENTENTE_VALUE_OBJECT:
    default:
      g_assert_not_reached ();
    }
}

char *
entente_value_to_string (const EntenteField *field,
                         const GValue       *value)
{
  switch (field->kind)
    {
    case ENTENTE_VALUE_STRING:
    case ENTENTE_VALUE_ID:
    case ENTENTE_VALUE_REF:
    case ENTENTE_VALUE_CURRENCY:
    case ENTENTE_VALUE_TIMEZONE:
    case ENTENTE_VALUE_LANGUAGE:
      return g_value_dup_string (value);

    case ENTENTE_VALUE_INT:
      return g_strdup_printf ("%d", g_value_get_int (value));

    case ENTENTE_VALUE_DECIMAL:
    case ENTENTE_VALUE_RATE:
      return entente_value_format_decimal (g_value_get_double (value));

    case ENTENTE_VALUE_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? "true" : "false");

    case ENTENTE_VALUE_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
        GEnumValue *v = g_enum_get_value (klass, g_value_get_enum (value));

        return v ? g_strdup (v->value_nick) : NULL;
      }

    case ENTENTE_VALUE_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
        guint flags = g_value_get_flags (value);
        GString *s = g_string_new (NULL);

        for (guint i = 0; i < klass->n_values; i++)
          {
            if (klass->values[i].value == 0 || (flags & klass->values[i].value) == 0)
              continue;
            if (s->len > 0)
              g_string_append_c (s, ' ');
            g_string_append (s, klass->values[i].value_nick);
          }
        return g_string_free (s, FALSE);
      }

    case ENTENTE_VALUE_DATE:
      {
        const GDate *date = g_value_get_boxed (value);

        if (date == NULL || !g_date_valid (date))
          return NULL;
        return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                                g_date_get_month (date), g_date_get_day (date));
      }

    case ENTENTE_VALUE_DATETIME:
      {
        GDateTime *dt = g_value_get_boxed (value);

        return dt ? g_date_time_format_iso8601 (dt) : NULL;
      }

    case ENTENTE_VALUE_DURATION:
      {
        const EntenteDuration *d = g_value_get_boxed (value);

        return d ? entente_duration_to_string (d) : NULL;
      }

    case ENTENTE_VALUE_TIME:
      {
        int m = g_value_get_int (value);

        return m < 0 ? NULL : g_strdup_printf ("%02d:%02d", m / 60, m % 60);
      }

    case ENTENTE_VALUE_STRV:
    case ENTENTE_VALUE_LIST:
    case ENTENTE_VALUE_OBJECT:
    default:
      g_assert_not_reached ();
    }
}

gboolean
entente_value_is_default (const EntenteField *field,
                          const GValue       *value)
{
  switch (field->kind)
    {
    case ENTENTE_VALUE_INT:
      return g_value_get_int (value) == ((field->flags & ENTENTE_FIELD_MAY_BE_UNKNOWN) ? -1 : 0);
    case ENTENTE_VALUE_TIME:
      return g_value_get_int (value) == NO_TIME;
    case ENTENTE_VALUE_DECIMAL:
    case ENTENTE_VALUE_RATE:
      return g_value_get_double (value) == 0.0;
    case ENTENTE_VALUE_BOOLEAN:
      return !g_value_get_boolean (value);
    case ENTENTE_VALUE_ENUM:
      return g_value_get_enum (value) == 0;
    case ENTENTE_VALUE_FLAGS:
      return g_value_get_flags (value) == 0;
    case ENTENTE_VALUE_STRV:
      {
        const char * const *strv = g_value_get_boxed (value);
        return strv == NULL || strv[0] == NULL;
      }
    case ENTENTE_VALUE_STRING:
    case ENTENTE_VALUE_ID:
    case ENTENTE_VALUE_REF:
    case ENTENTE_VALUE_CURRENCY:
    case ENTENTE_VALUE_TIMEZONE:
    case ENTENTE_VALUE_LANGUAGE:
      {
        const char *s = g_value_get_string (value);
        return s == NULL || s[0] == '\0';
      }
    case ENTENTE_VALUE_DURATION:
    case ENTENTE_VALUE_DATE:
    case ENTENTE_VALUE_DATETIME:
      return g_value_get_boxed (value) == NULL;
    case ENTENTE_VALUE_LIST:
      {
        GListModel *model = g_value_get_object (value);
        return model == NULL || g_list_model_get_n_items (model) == 0;
      }
    case ENTENTE_VALUE_OBJECT:
      return g_value_get_object (value) == NULL;
    default:
      g_assert_not_reached ();
    }
}

/* Scalar equality; lists and child items are compared by EntenteItem. */
gboolean
entente_value_equal (const EntenteField *field,
                     const GValue       *a,
                     const GValue       *b)
{
  switch (field->kind)
    {
    case ENTENTE_VALUE_INT:
    case ENTENTE_VALUE_TIME:
      return g_value_get_int (a) == g_value_get_int (b);
    case ENTENTE_VALUE_DECIMAL:
    case ENTENTE_VALUE_RATE:
      return g_value_get_double (a) == g_value_get_double (b);
    case ENTENTE_VALUE_BOOLEAN:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    case ENTENTE_VALUE_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);
    case ENTENTE_VALUE_FLAGS:
      return g_value_get_flags (a) == g_value_get_flags (b);
    case ENTENTE_VALUE_STRV:
      {
        const char * const *x = g_value_get_boxed (a);
        const char * const *y = g_value_get_boxed (b);
        static const char * const empty[] = { NULL };

        return g_strv_equal ((const char * const *) (x ? x : empty),
                             (const char * const *) (y ? y : empty));
      }
    case ENTENTE_VALUE_DURATION:
      return entente_duration_equal (g_value_get_boxed (a), g_value_get_boxed (b));
    case ENTENTE_VALUE_DATE:
      {
        const GDate *x = g_value_get_boxed (a);
        const GDate *y = g_value_get_boxed (b);

        if (x == NULL || y == NULL)
          return x == y;
        return g_date_compare (x, y) == 0;
      }
    case ENTENTE_VALUE_DATETIME:
      {
        GDateTime *x = g_value_get_boxed (a);
        GDateTime *y = g_value_get_boxed (b);

        if (x == NULL || y == NULL)
          return x == y;
        return g_date_time_equal (x, y) &&
               g_date_time_get_utc_offset (x) == g_date_time_get_utc_offset (y);
      }
    case ENTENTE_VALUE_LIST:
    case ENTENTE_VALUE_OBJECT:
      g_assert_not_reached ();
    default:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    }
}
