/* entente-render-text.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *entente_render_text_for_cairo       (const char *text,
                                           gssize      length);
char *entente_render_text_isolate         (const char *text);
char *entente_render_text_join_paragraphs (const char *text,
                                           guint       max_paragraphs);

G_END_DECLS
