/* entente-number-text.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Numbers as people read and type them: with the digit grouping and the
 * decimal mark of their locale ("250,000.5" in Phnom Penh, "250.000,5" in
 * Berlin).  The file format always stores plain C numbers; only what is
 * shown and typed goes through here. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "entente-number-text.h"

/**
 * entente_number_text_format:
 * @value: a finite number
 * @digits: the decimals to show when @value is not whole
 *
 * Returns: @value grouped for the locale; a whole number shows without
 *   decimals, so an amount reads "250,000" and not "250,000.00"
 */
char *
entente_number_text_format (double value,
                            guint  digits)
{
  if (!isfinite (value))
    return g_strdup ("—");

  if (digits == 0 || value == round (value))
    return g_strdup_printf ("%'.0f", round (value) == 0.0 ? 0.0 : round (value));

  return g_strdup_printf ("%'.*f", (int) MIN (digits, 6), value);
}

static gboolean
skip_prefix (const char **p,
             const char  *prefix)
{
  gsize length = prefix ? strlen (prefix) : 0;

  if (length == 0 || strncmp (*p, prefix, length) != 0)
    return FALSE;
  *p += length;
  return TRUE;
}

/**
 * entente_number_text_parse:
 * @text: what someone typed
 * @value: (out): the number
 *
 * Reads a number written the locale's way, with or without its digit
 * grouping; spaces, no-break spaces and the minus sign U+2212 are
 * understood too, since that is how numbers are copied from documents.
 *
 * Returns: %TRUE when @text is one whole number
 */
gboolean
entente_number_text_parse (const char *text,
                           double     *value)
{
  const struct lconv *conventions = localeconv ();
  g_autoptr(GString) plain = g_string_new (NULL);
  const char *p = text;
  char *end = NULL;
  double parsed;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (skip_prefix (&p, conventions->decimal_point))
        g_string_append_c (plain, '.');
      else if (skip_prefix (&p, conventions->thousands_sep))
        ;
      else if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        p = g_utf8_next_char (p);
      else
        {
          if (c == 0x2212)
            g_string_append_c (plain, '-');
          else if (g_ascii_isdigit (c) || c == '-' || c == '+')
            g_string_append_c (plain, (char) c);
          else
            return FALSE;
          p = g_utf8_next_char (p);
        }
    }

  if (plain->len == 0)
    return FALSE;

  parsed = g_ascii_strtod (plain->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (parsed))
    return FALSE;

  *value = parsed;
  return TRUE;
}
