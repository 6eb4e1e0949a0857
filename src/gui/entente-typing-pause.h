/* entente-typing-pause.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What follows edits and costs more than a keystroke (progress and
 * findings, titles in lists, names beside comments, sign-off states)
 * waits until typing pauses, this long after the first edit: one pause
 * for all of them, so the window settles at once. */
#define ENTENTE_TYPING_PAUSE_MS 250

guint entente_after_typing_pause (const char  *name,
                                  GSourceFunc  func,
                                  gpointer     data);

G_END_DECLS
