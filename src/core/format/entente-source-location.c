/* entente-source-location.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-source-location.h"

/* libxml2 keeps a line per node but no column, so error messages find the
 * column again in the source: the n-th element in document order starts at
 * the n-th '<' that opens a start tag, since '<' cannot appear literally in
 * text or attribute values, only in comments, CDATA and processing
 * instructions, which are skipped.  Only called when there is a problem to
 * report, so plain scans are fast enough. */

static gboolean
find_node_index (xmlNode *root,
                 xmlNode *target,
                 gsize   *index)
{
  for (xmlNode *node = root; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (node == target)
        return TRUE;
      (*index)++;
      if (find_node_index (node->children, target, index))
        return TRUE;
    }

  return FALSE;
}

static const char *
skip_past (const char *p,
           const char *end,
           const char *terminator)
{
  gsize tlen = strlen (terminator);

  for (; p + tlen <= end; p++)
    if (memcmp (p, terminator, tlen) == 0)
      return p + tlen;

  return end;
}

static gsize
find_start_tag (const char *data,
                gsize       length,
                gsize       index)
{
  const char *end = data + length;
  const char *p = data;

  while ((p = memchr (p, '<', (gsize) (end - p))) != NULL)
    {
      if (p + 1 >= end)
        break;
      if (p[1] == '!' && p + 4 <= end && memcmp (p, "<!--", 4) == 0)
        p = skip_past (p + 4, end, "-->");
      else if (p[1] == '!' && p + 9 <= end && memcmp (p, "<![CDATA[", 9) == 0)
        p = skip_past (p + 9, end, "]]>");
      else if (p[1] == '?')
        p = skip_past (p + 2, end, "?>");
      else if (p[1] == '/' || p[1] == '!')
        p++;
      else if (index-- == 0)
        return (gsize) (p - data);
      else
        p++;
    }

  return 0;
}

static gsize
find_attribute (const char *data,
                gsize       length,
                gsize       tag,
                const char *attribute)
{
  gsize alen = strlen (attribute);
  char quote = 0;

  for (gsize i = tag + 1; i < length && (quote != 0 || data[i] != '>'); i++)
    {
      if (quote != 0)
        {
          if (data[i] == quote)
            quote = 0;
          continue;
        }
      if (data[i] == '"' || data[i] == '\'')
        quote = data[i];
      else if (g_ascii_isspace (data[i]) && i + 1 + alen < length &&
               memcmp (data + i + 1, attribute, alen) == 0 &&
               (data[i + 1 + alen] == '=' || g_ascii_isspace (data[i + 1 + alen])))
        return i + 1;
    }

  return tag;
}

/**
 * entente_source_locate_offset:
 *
 * Line and column, from 1, of the byte at @offset, the column counted in
 * characters so that it matches what an editor shows.  A line ends as XML
 * (and every editor) ends one: at a line feed, a carriage return and line
 * feed, or a carriage return alone, as files from old Macs have them.
 */
void
entente_source_locate_offset (const char *data,
                              gsize       length,
                              gsize       offset,
                              guint      *line,
                              guint      *column)
{
  const char *p;
  const char *stop = data + MIN (offset, length);
  const char *line_start = data;

  *line = 1;
  for (p = data; p < stop; p++)
    {
      if (*p == '\r' && p + 1 < stop && p[1] == '\n')
        p++;
      if (*p == '\n' || *p == '\r')
        {
          (*line)++;
          line_start = p + 1;
        }
    }

  *column = 1;
  for (p = line_start; p < stop; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      (*column)++;
}

/**
 * entente_source_locate_node:
 * @attribute: (nullable): an attribute of @node to point at instead
 *
 * Where @node starts in the UTF-8 source it was parsed from.  Sources in
 * other encodings fall back to libxml2's line and column 1.
 */
void
entente_source_locate_node (const char *data,
                            gsize       length,
                            xmlNode    *node,
                            const char *attribute,
                            guint      *line,
                            guint      *column)
{
  gsize index = 0;
  gsize offset;

  *line = (guint) MAX (xmlGetLineNo (node), 1);
  *column = 1;

  if (node->type != XML_ELEMENT_NODE || node->doc == NULL ||
      (length >= 2 && ((guchar) data[0] == 0xFE || (guchar) data[0] == 0xFF || data[0] == 0 || data[1] == 0)) ||
      !find_node_index (node->doc->children, node, &index))
    return;

  offset = find_start_tag (data, length, index);
  if (attribute != NULL)
    offset = find_attribute (data, length, offset, attribute);

  entente_source_locate_offset (data, length, offset, line, column);
}
