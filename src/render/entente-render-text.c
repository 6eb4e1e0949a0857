/* entente-render-text.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-render-text.h"

/* cairo refuses noncharacters, U+FDD0 to U+FDEF and the last two code
 * points of every plane, wherever it takes text: a PDF's metadata, and
 * the text behind the glyphs it shows, which Pango hands it.  XML allows
 * all but U+FFFE and U+FFFF, so a valid SLA can hold them; one of them
 * anywhere in the agreement failed its whole PDF ("input string not
 * valid UTF-8"). */
static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/**
 * entente_render_text_for_cairo:
 * @text: valid UTF-8
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * Returns: (transfer full): a copy of @text with each noncharacter
 *   replaced by U+FFFD, the replacement character
 */
char *
entente_render_text_for_cairo (const char *text,
                               gssize      length)
{
  const char *end;
  GString *out;

  if (length < 0)
    length = (gssize) strlen (text);
  end = text + length;
  out = g_string_sized_new ((gsize) length);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_noncharacter (c))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}
