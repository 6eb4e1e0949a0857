/* entente-comment-anchor.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *entente_comment_anchor_split (const char *anchor);

G_END_DECLS
