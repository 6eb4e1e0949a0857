/* entente-comment-anchor.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-comment-anchor.h"

/**
 * entente_comment_anchor_split:
 * @anchor: where a comment points, such as "personas/it-ian" or
 *   "goals/targets[mql]"
 *
 * The one reading of an anchor, shared by the window and the exports:
 * a section, then names of fields and keys of items.
 *
 * Returns: (transfer container) (element-type utf8): the parts
 */
GPtrArray *
entente_comment_anchor_split (const char *anchor)
{
  g_auto(GStrv) parts = g_strsplit (anchor, "/", -1);
  GPtrArray *path = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *bracket = strchr (parts[i], '[');

      if (*parts[i] == '\0')
        continue;
      if (bracket != NULL && g_str_has_suffix (bracket, "]"))
        {
          g_ptr_array_add (path, g_strndup (parts[i], (gsize) (bracket - parts[i])));
          g_ptr_array_add (path, g_strndup (bracket + 1, strlen (bracket) - 2));
        }
      else
        g_ptr_array_add (path, g_strdup (parts[i]));
    }

  return path;
}
