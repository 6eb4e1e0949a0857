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

/* Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko,
 * Samaritan, Mandaic and their presentation forms, and the right-to-left
 * blocks of the supplementary planes. */
static gboolean
is_right_to_left (gunichar c)
{
  return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0x10800 && c <= 0x10FFF) ||
         (c >= 0x1E800 && c <= 0x1EFFF);
}

enum
{
  LRE = 0x202A, RLE = 0x202B, PDF = 0x202C, LRO = 0x202D, RLO = 0x202E,
  LRI = 0x2066, RLI = 0x2067, FSI = 0x2068, PDI = 0x2069,
};

static gboolean
is_explicit (gunichar c)
{
  return (c >= LRE && c <= RLO) || (c >= LRI && c <= PDI);
}

static void
close_line (GString *out,
            GArray  *open)
{
  for (guint i = open->len; i-- > 0;)
    g_string_append_unichar (out, g_array_index (open, gunichar, i));
  g_array_set_size (open, 0);
  g_string_append_unichar (out, PDI);
}

/**
 * entente_render_text_isolate:
 * @text: valid UTF-8, a value of the agreement or a line made of one
 *
 * A value with right-to-left letters or explicit direction controls could
 * reorder the text around it on the page: an unclosed right-to-left
 * override made "3.0 EUR" read "RUE 0.3".  Such a text is returned as an
 * isolate of its own, each line between FIRST STRONG ISOLATE and POP
 * DIRECTIONAL ISOLATE, with every embedding, override and isolate it
 * opens closed before the end of its line, and the closers that close
 * nothing of its own left out.  Other text comes back as it is.  The
 * document keeps its text: this is how it is shown.
 *
 * Returns: (transfer full): @text, isolated if it needs to be
 */
char *
entente_render_text_isolate (const char *text)
{
  g_autoptr(GArray) open = NULL;
  gboolean needed = FALSE;
  GString *out;

  for (const char *p = text; *p != '\0' && !needed; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      needed = is_right_to_left (c) || is_explicit (c);
    }
  if (!needed)
    return g_strdup (text);

  open = g_array_new (FALSE, FALSE, sizeof (gunichar));
  out = g_string_sized_new (strlen (text) + 16);
  g_string_append_unichar (out, FSI);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar closer;

      switch (c)
        {
        /* What ends a paragraph for the bidi algorithm ends the isolate
         * too: fribidi 1.0.8 crashed on isolates across one. */
        case '\n': case '\r': case 0x1C: case 0x1D: case 0x1E: case 0x85: case 0x2029:
          if (c == '\r' && p[1] == '\n')
            p++;
          close_line (out, open);
          g_string_append_len (out, p, g_utf8_next_char (p) - p);
          g_string_append_unichar (out, FSI);
          continue;

        case LRE: case RLE: case LRO: case RLO:
          closer = PDF;
          g_array_append_val (open, closer);
          break;

        case LRI: case RLI: case FSI:
          closer = PDI;
          g_array_append_val (open, closer);
          break;

        case PDF:
          /* It closes the last embedding or override, unless an isolate
           * opened after it. */
          if (open->len == 0 || g_array_index (open, gunichar, open->len - 1) != PDF)
            continue;
          g_array_set_size (open, open->len - 1);
          break;

        case PDI:
          {
            guint i = open->len;

            while (i > 0 && g_array_index (open, gunichar, i - 1) != PDI)
              i--;
            if (i == 0)
              continue;
            /* It closes the embeddings opened inside the isolate too. */
            g_array_set_size (open, i - 1);
          }
          break;

        default:
          break;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  close_line (out, open);

  return g_string_free (out, FALSE);
}
