/* test-number-text.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "entente-core.h"

/* The locales come from build-aux/install-deps; a machine without them
 * cannot show that the marks follow the locale, so the case says why it
 * skips instead of passing silently. */
static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_NUMERIC, name) != NULL)
    return TRUE;

  g_test_skip_printf ("the %s locale is not installed (build-aux/install-deps generates it)", name);
  return FALSE;
}

static void
assert_format (double      value,
               guint       digits,
               const char *expected)
{
  g_autofree char *text = entente_number_text_format (value, digits);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_parse (const char *text,
              double      expected)
{
  double value = -1.0;

  g_assert_true (entente_number_text_parse (text, &value));
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-9);
}

static void
assert_refused (const char *text)
{
  double value = 42.0;

  g_assert_false (entente_number_text_parse (text, &value));
  g_assert_cmpfloat (value, ==, 42.0);
}

static void
test_c_locale (void)
{
  if (!use_locale ("C.UTF-8"))
    return;

  assert_format (250000.0, 2, "250000");
  assert_format (1234.5, 2, "1234.50");
  assert_format (-0.0, 0, "0");
  assert_parse ("250000", 250000.0);
  assert_parse ("1234.5", 1234.5);
  assert_parse (" 12 ", 12.0);
  assert_parse ("\xe2\x88\x92" "3", -3.0);
  assert_refused ("");
  assert_refused ("abc");
  assert_refused ("1e5");
  assert_refused ("0x10");
  assert_refused ("nan");
  assert_refused ("12 345 \xf0");
}

static void
test_khmer_locale (void)
{
  if (!use_locale ("km_KH.UTF-8"))
    return;

  assert_format (250000.0, 2, "250,000");
  assert_format (4000000.0, 0, "4,000,000");
  assert_format (1234.5, 2, "1,234.50");
  assert_parse ("250,000", 250000.0);
  assert_parse ("1,234.5", 1234.5);
  assert_parse ("4000000", 4000000.0);

  setlocale (LC_NUMERIC, "C.UTF-8");
}

static void
test_german_locale (void)
{
  if (!use_locale ("de_DE.UTF-8"))
    return;

  assert_format (250000.0, 2, "250.000");
  assert_format (1234.5, 2, "1.234,50");
  assert_parse ("250.000", 250000.0);
  assert_parse ("1.234,5", 1234.5);
  assert_parse ("0,25", 0.25);
  assert_parse ("1\xc2\xa0" "234,5", 1234.5);

  setlocale (LC_NUMERIC, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number-text/c", test_c_locale);
  g_test_add_func ("/number-text/khmer", test_khmer_locale);
  g_test_add_func ("/number-text/german", test_german_locale);

  return g_test_run ();
}
