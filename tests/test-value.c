/* test-value.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "entente-core.h"
#include "entente-value.h"

static void
test_duration_parse_and_write (void)
{
  const struct { const char *in; const char *out; gint64 seconds; } good[] = {
    { "PT1H", "PT1H", 3600 },
    { "PT24H", "PT24H", 86400 },
    { "P1D", "P1D", 86400 },
    { "P14D", "P14D", 14 * 86400 },
    { "P2W", "P2W", 14 * 86400 },
    { "PT30M", "PT30M", 1800 },
    { "P1DT12H", "P1DT12H", 36 * 3600 },
    { "P0D", "PT0S", 0 },
    { "P1Y2M3W4DT5H6M7S", "P1Y2M3W4DT5H6M7S", -1 },
    { "P99999999Y", "P99999999Y", -1 },
  };
  const char *bad[] = { "", "P", "PT", "PT1X", "1H", "P1H", "PT1D", "P1DT", "P-1D", "PT1.5H",
                        "P1D1D", "P1W1Y", "p1d", "P99999999999D", "PT1H ", " PT1H" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(EntenteDuration) d = entente_duration_parse (good[i].in);
      g_autofree char *s = NULL;

      g_assert_nonnull (d);
      s = entente_duration_to_string (d);
      g_assert_cmpstr (s, ==, good[i].out);
      if (good[i].seconds >= 0)
        g_assert_cmpint (entente_duration_to_seconds (d), ==, good[i].seconds);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(EntenteDuration) d = entente_duration_parse (bad[i]);

      if (d != NULL)
        g_error ("“%s” should not be a duration", bad[i]);
    }
}

static void
test_decimal_shortest (void)
{
  const struct { double value; const char *text; } cases[] = {
    { 0.7, "0.7" },
    { 0.15, "0.15" },
    { 250000, "250000" },
    { 400000000, "400000000" },
    { 12500.5, "12500.5" },
    { 1e21, "1000000000000000000000" },
    { 1e-7, "0.0000001" },
    { -40, "-40" },
    { 0.1 + 0.2, "0.30000000000000004" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = entente_value_format_decimal (cases[i].value);

      g_assert_cmpstr (s, ==, cases[i].text);
      g_assert_cmpfloat (g_ascii_strtod (s, NULL), ==, cases[i].value);
    }
}

/* The file's numbers are C numbers in every locale: no decimal comma, no
 * digit grouping, also where the shortest spelling would need an exponent. */
static void
test_decimal_every_locale (void)
{
  static const char * const locales[] = { "de_DE.UTF-8", "km_KH.UTF-8", "en_US.UTF-8", "C.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_autofree char *big = NULL;
      g_autofree char *small = NULL;
      g_autofree char *rate = NULL;

      if (setlocale (LC_NUMERIC, locales[l]) == NULL)
        {
          g_test_message ("%s is not installed (build-aux/install-deps generates it)", locales[l]);
          g_test_fail ();
          continue;
        }
      big = entente_value_format_decimal (1e21);
      small = entente_value_format_decimal (1.5e-7);
      rate = entente_value_format_decimal (0.125);
      g_assert_cmpstr (big, ==, "1000000000000000000000");
      g_assert_cmpstr (small, ==, "0.00000015");
      g_assert_cmpstr (rate, ==, "0.125");
    }
  setlocale (LC_NUMERIC, saved);
}

static gboolean
parses (const EntenteField *field,
        const char         *text)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *problem = NULL;
  gboolean ok;

  entente_value_init (field, &value);
  ok = entente_value_parse (field, text, &value, &problem);
  g_assert_true (ok == (problem == NULL));
  return ok;
}

static void
test_value_rules (void)
{
  const EntenteField rate = { "rate", ENTENTE_VALUE_RATE };
  const EntenteField count = { "count", ENTENTE_VALUE_INT, NULL, NULL, NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE };
  const EntenteField money = { "money", ENTENTE_VALUE_DECIMAL };
  const EntenteField id = { "id", ENTENTE_VALUE_ID };
  const EntenteField date = { "date", ENTENTE_VALUE_DATE };
  const EntenteField time = { "time", ENTENTE_VALUE_TIME };
  const EntenteField zone = { "zone", ENTENTE_VALUE_TIMEZONE };
  const EntenteField days = { "days", ENTENTE_VALUE_FLAGS, NULL, NULL, entente_weekdays_get_type };
  const EntenteField kind = { "kind", ENTENTE_VALUE_ENUM, NULL, NULL, entente_seniority_get_type };
  g_autofree char *long_id = g_strnfill (129, 'a');

  g_assert_true (parses (&rate, "1"));
  g_assert_true (parses (&rate, "0.0001"));
  g_assert_false (parses (&rate, "0"));
  g_assert_false (parses (&rate, "1.01"));
  g_assert_false (parses (&rate, "-0.5"));
  g_assert_false (parses (&rate, "NaN"));
  g_assert_false (parses (&rate, "15%"));

  g_assert_true (parses (&count, "0"));
  g_assert_false (parses (&count, "-1"));
  g_assert_false (parses (&count, "99999999999"));
  g_assert_false (parses (&count, "1e3"));

  g_assert_true (parses (&money, "-0"));
  g_assert_true (parses (&money, "1000000000000000"));
  g_assert_true (parses (&money, "-1000000000000000"));
  g_assert_false (parses (&money, "1000000000000000.5"));
  g_assert_false (parses (&money, "-1000000000000001"));
  g_assert_false (parses (&money, "99999999999999999999"));
  g_assert_false (parses (&money, "1e308"));
  g_assert_false (parses (&money, "Infinity"));
  g_assert_false (parses (&money, "1,000"));

  g_assert_true (parses (&id, "sql-to-ae"));
  g_assert_false (parses (&id, "1st"));
  g_assert_false (parses (&id, "a\"b"));
  g_assert_false (parses (&id, long_id));

  g_assert_true (parses (&date, "2028-02-29"));
  g_assert_false (parses (&date, "2027-02-29"));
  g_assert_false (parses (&date, "2027-1-5"));

  g_assert_true (parses (&time, "23:59"));
  /* The end of a day, as a closing time; nothing after it. */
  g_assert_true (parses (&time, "24:00"));
  g_assert_false (parses (&time, "24:01"));
  g_assert_false (parses (&time, "25:00"));
  g_assert_false (parses (&time, "9:00"));

  g_assert_true (parses (&zone, "Asia/Phnom_Penh"));
  g_assert_false (parses (&zone, "Mars/Olympus_Mons"));

  g_assert_true (parses (&days, "mon tue sat"));
  /* None named is no default: it is refused. */
  g_assert_false (parses (&days, ""));
  g_assert_false (parses (&days, "monday"));

  g_assert_true (parses (&kind, "vp"));
  g_assert_false (parses (&kind, "unset"));
}

/* One range per field, the loader's and the window's. */
static void
test_value_range (void)
{
  const EntenteField rate = { "rate", ENTENTE_VALUE_RATE };
  const EntenteField count = { "count", ENTENTE_VALUE_INT, NULL, NULL, NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE };
  const EntenteField points = { "points", ENTENTE_VALUE_INT };
  const EntenteField revenue = { "revenue", ENTENTE_VALUE_DECIMAL, NULL, NULL, NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE };
  const EntenteField money = { "money", ENTENTE_VALUE_DECIMAL };
  const EntenteField name = { "name", ENTENTE_VALUE_STRING };
  EntenteValueRange range;

  g_assert_true (entente_value_get_range (&rate, &range));
  g_assert_false (entente_value_range_contains (&range, 0.0));
  g_assert_true (entente_value_range_contains (&range, 0.0001));
  g_assert_true (entente_value_range_contains (&range, 1.0));
  g_assert_false (entente_value_range_contains (&range, 1.0001));
  g_assert_false (entente_value_range_contains (&range, NAN));

  g_assert_true (entente_value_get_range (&count, &range));
  g_assert_true (range.whole);
  g_assert_true (entente_value_range_contains (&range, 0.0));
  g_assert_false (entente_value_range_contains (&range, -1.0));
  g_assert_false (entente_value_range_contains (&range, 2.5));
  g_assert_true (entente_value_range_contains (&range, (double) ENTENTE_VALUE_INT_LIMIT));
  g_assert_false (entente_value_range_contains (&range, (double) ENTENTE_VALUE_INT_LIMIT + 1.0));

  /* Never near the ends of an int, whose negative or absolute value
   * overflows (ABS (G_MININT32) in a sentence's plural). */
  g_assert_true (entente_value_get_range (&points, &range));
  g_assert_true (entente_value_range_contains (&range, -(double) ENTENTE_VALUE_INT_LIMIT));
  g_assert_false (entente_value_range_contains (&range, -(double) ENTENTE_VALUE_INT_LIMIT - 1.0));
  g_assert_false (entente_value_range_contains (&range, (double) G_MININT32));

  g_assert_true (entente_value_get_range (&revenue, &range));
  g_assert_false (range.whole);
  g_assert_true (entente_value_range_contains (&range, 1234.5));
  g_assert_false (entente_value_range_contains (&range, -0.01));
  g_assert_true (entente_value_range_contains (&range, ENTENTE_VALUE_DECIMAL_LIMIT));
  g_assert_false (entente_value_range_contains (&range, 2 * ENTENTE_VALUE_DECIMAL_LIMIT));
  g_assert_false (entente_value_range_contains (&range, INFINITY));

  g_assert_true (entente_value_get_range (&money, &range));
  g_assert_true (entente_value_range_contains (&range, -ENTENTE_VALUE_DECIMAL_LIMIT));

  g_assert_false (entente_value_get_range (&name, &range));
}

/* Time zones are IANA names and nothing GLib would open as a path. */
static void
test_time_zone_names (void)
{
  static const char * const valid[] = {
    "UTC", "Europe/Berlin", "Etc/GMT+5", "Etc/GMT-14", "America/Argentina/Buenos_Aires",
    "EST5EDT", "Asia/Phnom_Penh",
  };
  static const char * const invalid[] = {
    "", "/", "Europe/", "/Europe/Berlin", "Europe//Berlin", ".", "..", "Europe/../Europe/Berlin",
    "./UTC", ":UTC", ":/etc/localtime", "Europe/Berlin\n", "Europe Berlin", "+05:00",
    "Abcdefghijklmnopqrstuvwxyz/Abcdefghijklmnopqrstuvwxyz/Abcdefghijklm",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GTimeZone) zone = entente_time_zone_new (valid[i]);

      g_assert_true (entente_time_zone_name_is_valid (valid[i]));
      g_assert_nonnull (zone);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_assert_false (entente_time_zone_name_is_valid (invalid[i]));
      g_assert_null (entente_time_zone_new (invalid[i]));
    }
  /* Spelled as one, but not installed: no zone either. */
  g_assert_true (entente_time_zone_name_is_valid ("Atlantis/Poseidonia"));
  g_assert_null (entente_time_zone_new ("Atlantis/Poseidonia"));
  /* A folder of the database is no zone. */
  g_assert_null (entente_time_zone_new ("Europe"));
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/value/duration", test_duration_parse_and_write);
  g_test_add_func ("/value/decimal-shortest", test_decimal_shortest);
  g_test_add_func ("/value/decimal-every-locale", test_decimal_every_locale);
  g_test_add_func ("/value/rules", test_value_rules);
  g_test_add_func ("/value/range", test_value_range);
  g_test_add_func ("/value/time-zone-names", test_time_zone_names);

  return g_test_run ();
}
