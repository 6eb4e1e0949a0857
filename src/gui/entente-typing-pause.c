/* entente-typing-pause.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-typing-pause.h"

/**
 * entente_after_typing_pause:
 * @name: what the source is for, as profilers and debuggers show it
 *
 * Calls @func once typing pauses, as g_timeout_add() would.
 *
 * Returns: the source's id
 */
guint
entente_after_typing_pause (const char  *name,
                            GSourceFunc  func,
                            gpointer     data)
{
  guint id = g_timeout_add (ENTENTE_TYPING_PAUSE_MS, func, data);

  g_source_set_name_by_id (id, name);
  return id;
}
