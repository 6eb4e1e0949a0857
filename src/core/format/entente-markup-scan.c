/* entente-markup-scan.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-markup-scan.h"

/* libxml2 2.9 compares every attribute of a start tag with all the ones
 * before it, and every namespace declaration with those in scope, before
 * any callback could stop it: 100,000 attributes on one element took
 * 18 s.  So the bytes are looked at first, without parsing them, for a
 * start tag with more attributes than an agreement can use.  Only what
 * is sure is counted: an "=" outside quotes inside a start tag; comments,
 * CDATA, processing instructions and declarations are stepped over, and
 * whatever is not well-formed is left for libxml2 to refuse with its own
 * place. */

static const char *
after (const char *p,
       const char *end,
       const char *terminator)
{
  gsize n = strlen (terminator);
  const char *found = memmem (p, (gsize) (end - p), terminator, n);

  return found != NULL ? found + n : end;
}

static gboolean
starts (const char *p,
        const char *end,
        const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && memcmp (p, prefix, n) == 0;
}

/* Steps over one start tag at @p, just past its "<", and counts its
 * attributes. */
static const char *
count_attributes (const char *p,
                  const char *end,
                  guint      *n_attributes)
{
  char quote = '\0';

  *n_attributes = 0;
  for (; p < end; p++)
    {
      if (quote != '\0')
        {
          const char *closing = memchr (p, quote, (gsize) (end - p));

          if (closing == NULL)
            return end;
          p = closing;
          quote = '\0';
        }
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == '=')
        (*n_attributes)++;
      else if (*p == '>' || *p == '<')
        return p;
    }

  return end;
}

typedef struct
{
  guint       max_attributes;  /* per start tag; G_MAXUINT to count all */
  const char *crowded;         /* the first start tag beyond it */
  guint       n_crowded;
  guint       n_elements;
  guint       n_attributes;    /* namespace declarations included */
} Scan;

static void
scan (const char *data,
      gsize       length,
      Scan       *scan)
{
  const char *end = data + length;
  const char *p = data;

  while (p < end && (p = memchr (p, '<', (gsize) (end - p))) != NULL)
    {
      const char *tag = p++;
      guint count;

      if (starts (p, end, "!--"))
        p = after (p + 3, end, "-->");
      else if (starts (p, end, "![CDATA["))
        p = after (p + 8, end, "]]>");
      else if (starts (p, end, "?"))
        p = after (p + 1, end, "?>");
      else if (starts (p, end, "!") || starts (p, end, "/"))
        p = after (p, end, ">");
      else
        {
          p = count_attributes (p, end, &count);
          scan->n_elements++;
          scan->n_attributes += count;
          if (count > scan->max_attributes)
            {
              scan->crowded = tag;
              scan->n_crowded = count;
              return;
            }
        }
    }
}

/**
 * entente_markup_find_crowded_tag:
 * @offset: (out): where the first start tag with too many attributes
 *   begins, at its "<"
 * @n_attributes: (out): how many attributes it has
 *
 * Returns: whether @data has a start tag with more than @max_attributes
 *   attributes
 */
gboolean
entente_markup_find_crowded_tag (const char *data,
                                 gsize       length,
                                 guint       max_attributes,
                                 gsize      *offset,
                                 guint      *n_attributes)
{
  Scan found = { .max_attributes = max_attributes };

  scan (data, length, &found);
  if (found.crowded == NULL)
    return FALSE;

  *offset = (gsize) (found.crowded - data);
  *n_attributes = found.n_crowded;
  return TRUE;
}

/**
 * entente_markup_count:
 * @n_elements: (out): how many start tags @data has
 * @n_attributes: (out): how many attributes they have in all, namespace
 *   declarations included
 *
 * Counts what the loader would count, on bytes the writer made: its
 * texts escape every "<", and its attribute values every quote.
 */
void
entente_markup_count (const char *data,
                      gsize       length,
                      guint      *n_elements,
                      guint      *n_attributes)
{
  Scan counted = { .max_attributes = G_MAXUINT };

  scan (data, length, &counted);
  *n_elements = counted.n_elements;
  *n_attributes = counted.n_attributes;
}
