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

/**
 * entente_render_text_join_paragraphs:
 * @text: valid UTF-8
 * @max_paragraphs: how many paragraphs @text may keep
 *
 * Pango lays out each paragraph of a layout in a time that grows with the
 * length of the whole text: a table cell of a megabyte with a line break
 * every few words took minutes.  A text of more than @max_paragraphs
 * paragraphs has its breaks (LF, CR, CR LF and U+2029) made line
 * separators, U+2028, which break lines the same way within one
 * paragraph; one of fewer is left as it is.
 *
 * Returns: (transfer full): @text, its paragraphs joined if too many
 */
char *
entente_render_text_join_paragraphs (const char *text,
                                     guint       max_paragraphs)
{
  guint breaks = 0;
  GString *out;

  for (const char *p = text; *p != '\0' && breaks < max_paragraphs; p++)
    if (*p == '\n' || (*p == '\r' && p[1] != '\n') || g_str_has_prefix (p, "\xe2\x80\xa9"))
      breaks++;

  if (breaks < max_paragraphs)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\n' || *p == '\r')
        g_string_append (out, "\xe2\x80\xa8");
      else if (g_str_has_prefix (p, "\xe2\x80\xa9"))
        {
          g_string_append (out, "\xe2\x80\xa8");
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}
