/* test-format.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "entente-catalog.h"
#include "entente-core.h"
#include "entente-test-util.h"

/* The one formatter: the interface writes as the process's locale does
 * (English marks under C), a document's language writes the same way on
 * every machine.  The locales come from build-aux/install-deps; a
 * machine without one cannot show that the marks follow it, so the case
 * says why it skips instead of passing silently. */

static const char * const machine_locales[] = {
  "C.UTF-8", "en_US.UTF-8", "de_DE.UTF-8", "km_KH.UTF-8",
};

static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;

  entente_test_skip_missing ("the %s locale is not installed (build-aux/install-deps generates it)", name);
  return FALSE;
}

static void
restore_locale (void)
{
  setlocale (LC_ALL, "");
}

static void
assert_format (EntenteLocale *locale,
               double         value,
               guint          digits,
               const char    *expected)
{
  g_autofree char *text = entente_format_number (locale, value, digits);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_parse (EntenteLocale *locale,
              const char    *text,
              double         expected)
{
  double value = -1.0;

  g_assert_true (entente_format_parse_number (locale, text, &value));
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-9);
}

static void
assert_refused (EntenteLocale *locale,
                const char    *text)
{
  double value = 42.0;

  g_assert_false (entente_format_parse_number (locale, text, &value));
  g_assert_cmpfloat (value, ==, 42.0);
}

static void
test_interface_c (void)
{
  EntenteLocale *locale;

  if (!use_locale ("C.UTF-8"))
    return;
  locale = entente_locale_get_interface ();

  g_assert_cmpstr (entente_locale_get_tag (locale), ==, "en");
  assert_format (locale, 250000.0, 2, "250,000");
  assert_format (locale, 1234.5, 2, "1,234.50");
  assert_format (locale, -0.0, 0, "0");
  assert_format (locale, -1500.0, 0, "-1,500");
  assert_parse (locale, "250000", 250000.0);
  assert_parse (locale, "250,000", 250000.0);
  assert_parse (locale, "1234.5", 1234.5);
  assert_parse (locale, " 12 ", 12.0);
  assert_parse (locale, "\xe2\x88\x92" "3", -3.0);
  assert_refused (locale, "");
  assert_refused (locale, "abc");
  assert_refused (locale, "1e5");
  assert_refused (locale, "0x10");
  assert_refused (locale, "nan");
  assert_refused (locale, "1.2.3");
  assert_refused (locale, "-");
  assert_refused (locale, "5-");
  assert_refused (locale, "12 345 \xf0");
  /* Group marks must make groups of three: a decimal comma is no
   * thousands mark. */
  assert_refused (locale, "12,00");
  assert_refused (locale, "1,23");
  assert_refused (locale, "1234,567");
  assert_refused (locale, ",5");
  assert_parse (locale, "-1,234,567.25", -1234567.25);
  assert_parse (locale, "12 345", 12345.0);
  /* Digits of any script: Khmer ១០ is ten. */
  assert_parse (locale, "\xe1\x9f\xa1\xe1\x9f\xa0", 10.0);
  restore_locale ();
}

static void
test_interface_khmer (void)
{
  EntenteLocale *locale;

  if (!use_locale ("km_KH.UTF-8"))
    return;
  locale = entente_locale_get_interface ();

  assert_format (locale, 250000.0, 2, "250,000");
  assert_format (locale, 4000000.0, 0, "4,000,000");
  assert_format (locale, 1234.5, 2, "1,234.50");
  assert_parse (locale, "250,000", 250000.0);
  assert_parse (locale, "1,234.5", 1234.5);
  assert_parse (locale, "4000000", 4000000.0);
  g_assert_cmpstr (entente_locale_get_month_name (locale, G_DATE_JANUARY), ==, "មករា");
  restore_locale ();
}

static void
test_interface_german (void)
{
  EntenteLocale *locale;

  if (!use_locale ("de_DE.UTF-8"))
    return;
  locale = entente_locale_get_interface ();

  assert_format (locale, 250000.0, 2, "250.000");
  assert_format (locale, 1234.5, 2, "1.234,50");
  assert_parse (locale, "250.000", 250000.0);
  assert_parse (locale, "1.234,5", 1234.5);
  assert_parse (locale, "0,25", 0.25);
  assert_parse (locale, "1\xc2\xa0" "234,5", 1234.5);
  assert_refused (locale, "1,2,3");
  /* A decimal written the English way is not read as five. */
  assert_refused (locale, "0.5");
  assert_refused (locale, "1234.5");
  assert_parse (locale, "0,5", 0.5);
  /* Entente speaks no German: its English sentences keep English months. */
  g_assert_cmpstr (entente_locale_get_month_name (locale, G_DATE_MARCH), ==, "March");
  restore_locale ();
}

/* A document's language writes the same on every machine. */
static void
test_document_languages (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  EntenteDuration duration = { .hours = 4 };

  for (guint i = 0; i < G_N_ELEMENTS (machine_locales); i++)
    {
      g_autoptr(EntenteLocale) english = NULL;
      g_autoptr(EntenteLocale) khmer = NULL;
      g_autofree char *money = NULL, *long_date = NULL, *khmer_date = NULL;
      g_autofree char *hours = NULL, *khmer_hours = NULL, *count = NULL, *rate = NULL;

      if (!use_locale (machine_locales[i]))
        return;
      english = entente_locale_new ("en");
      khmer = entente_locale_new ("km");

      {
        g_autofree char *exact = entente_format_number_exact (english, 12.345, 2);
        g_autofree char *cents = entente_format_number_exact (english, 1234.5, 2);
        g_autofree char *whole = entente_format_number_exact (english, 250000.0, 2);

        g_assert_cmpstr (exact, ==, "12.345");
        g_assert_cmpstr (cents, ==, "1,234.50");
        g_assert_cmpstr (whole, ==, "250,000");
      }
      money = entente_format_money (english, 250000.0, "USD");
      g_assert_cmpstr (money, ==, "USD 250,000");
      count = entente_format_count (english, -2075);
      g_assert_cmpstr (count, ==, "\xe2\x88\x92" "2,075");
      rate = entente_format_rate (english, 0.125);
      g_assert_cmpstr (rate, ==, "12.5%");
      long_date = entente_format_date (english, date);
      g_assert_cmpstr (long_date, ==, "1 January 2027");
      hours = entente_format_duration (english, &duration, TRUE);
      g_assert_cmpstr (hours, ==, "4 business hours");

      khmer_date = entente_format_date (khmer, date);
      g_assert_true (g_utf8_validate (khmer_date, -1, NULL));
      g_assert_nonnull (strstr (khmer_date, "មករា"));
      g_assert_null (strstr (khmer_date, "January"));
      khmer_hours = entente_format_duration (khmer, &duration, TRUE);
      g_assert_null (strstr (khmer_hours, "business"));
      g_assert_nonnull (strstr (khmer_hours, "4"));

      restore_locale ();
    }
}

static void
test_german_document (void)
{
  g_autoptr(EntenteLocale) german = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (3, G_DATE_MARCH, 2027);
  g_autofree char *money = NULL, *text = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  german = entente_locale_new ("de");
  if (g_str_equal (entente_locale_get_decimal_mark (german), "."))
    {
      entente_test_skip_missing ("the de_DE.UTF-8 locale is not installed (build-aux/install-deps generates it)");
      return;
    }

  money = entente_format_money (german, 1234.5, "EUR");
  g_assert_cmpstr (money, ==, "EUR 1.234,50");
  /* Marks are the language's; words, month names among them, are
   * English until Entente is translated into German. */
  text = entente_format_date (german, date);
  g_assert_cmpstr (text, ==, "3 March 2027");
  restore_locale ();
}

static void
test_scope (void)
{
  g_autoptr(EntenteLocale) khmer = entente_locale_new ("km");
  g_autofree char *inside = NULL, *outside = NULL;
  EntenteDuration days = { .days = 14 };

  if (!use_locale ("C.UTF-8"))
    return;

  {
    g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (khmer);

    g_assert_true (entente_locale_get_default () == khmer);
    inside = entente_format_duration (NULL, &days, FALSE);
  }
  g_assert_true (entente_locale_is_interface (entente_locale_get_default ()));
  outside = entente_format_duration (NULL, &days, FALSE);

  g_assert_cmpstr (outside, ==, "14 days");
  g_assert_cmpstr (inside, !=, outside);
  restore_locale ();
}

static void
test_timezone (void)
{
  g_autoptr(EntenteLocale) english = entente_locale_new ("en");
  g_autoptr(GDateTime) winter = g_date_time_new_utc (2027, 1, 15, 12, 0, 0);
  g_autoptr(GDateTime) summer = g_date_time_new_utc (2027, 7, 15, 12, 0, 0);
  g_autofree char *new_york = entente_format_timezone (english, "America/New_York", winter);
  g_autofree char *summer_text = entente_format_timezone (english, "America/New_York", summer);
  g_autofree char *phnom_penh = entente_format_timezone (english, "Asia/Phnom_Penh", winter);

  g_assert_cmpstr (new_york, ==, "New York (UTC\xe2\x88\x92" "05:00)");
  g_assert_cmpstr (summer_text, ==, "New York (UTC\xe2\x88\x92" "04:00)");
  g_assert_cmpstr (phnom_penh, ==, "Phnom Penh (UTC+07:00)");
}

static void
test_plural_forms (void)
{
  /* A catalogue written byte by byte: one entry with two plural forms
   * under a Plural-Forms that needs the evaluator's precedence. */
  static const char header[] = "Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n";
  static const char id[] = "%u day";
  static const char forms[] = "%u den\0%u dni\0%u dnu";
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EntenteCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  guint32 words[7] = { 0x950412de, 0, 2, 28, 44, 0, 0 };
  guint32 table[8];
  guint32 strings = 28 + 32;

  /* originals: "" and id; translations: header and forms */
  table[0] = 0;                        table[1] = strings;
  table[2] = sizeof id - 1;            table[3] = strings + 1;
  table[4] = sizeof header - 1;        table[5] = strings + 1 + sizeof id;
  table[6] = sizeof forms - 1;         table[7] = strings + 1 + sizeof id + sizeof header;
  g_byte_array_append (data, (guint8 *) words, sizeof words);
  g_byte_array_append (data, (guint8 *) table, sizeof table);
  g_byte_array_append (data, (guint8 *) "", 1);
  g_byte_array_append (data, (guint8 *) id, sizeof id);
  g_byte_array_append (data, (guint8 *) header, sizeof header);
  g_byte_array_append (data, (guint8 *) forms, sizeof forms);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));

  catalog = entente_catalog_new_from_data (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_catalog_lookup_plural (catalog, id, "%u days", 1), ==, "%u den");
  g_assert_cmpstr (entente_catalog_lookup_plural (catalog, id, "%u days", 3), ==, "%u dni");
  g_assert_cmpstr (entente_catalog_lookup_plural (catalog, id, "%u days", 11), ==, "%u dnu");
  g_assert_cmpstr (entente_catalog_lookup_plural (catalog, id, "%u days", 22), ==, "%u dni");
  g_assert_cmpstr (entente_catalog_lookup_plural (catalog, "%u hour", "%u hours", 2), ==, "%u hours");
  g_assert_null (entente_catalog_lookup (catalog, "missing"));
}

static void
test_catalog_refuses_garbage (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("\xde\x12\x04\x95" "\0\0\0\0" "\xff\xff\xff\x7f", 12);
  g_autoptr(GError) error = NULL;
  EntenteCatalog *catalog = entente_catalog_new_from_data (bytes, &error);

  g_assert_null (catalog);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/interface/c", test_interface_c);
  g_test_add_func ("/format/interface/khmer", test_interface_khmer);
  g_test_add_func ("/format/interface/german", test_interface_german);
  g_test_add_func ("/format/document/languages", test_document_languages);
  g_test_add_func ("/format/document/german", test_german_document);
  g_test_add_func ("/format/document/scope", test_scope);
  g_test_add_func ("/format/timezone", test_timezone);
  g_test_add_func ("/format/catalog/plural-forms", test_plural_forms);
  g_test_add_func ("/format/catalog/garbage", test_catalog_refuses_garbage);

  return g_test_run ();
}
