/* entente-copy-watch.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ENTENTE_TYPE_COPY_WATCH (entente_copy_watch_get_type ())

G_DECLARE_FINAL_TYPE (EntenteCopyWatch, entente_copy_watch, ENTENTE, COPY_WATCH, GObject)

EntenteCopyWatch *entente_copy_watch_new       (GFile            *file);
GFile            *entente_copy_watch_get_file  (EntenteCopyWatch *self);
GFile            *entente_copy_watch_peek      (EntenteCopyWatch *self,
                                                char            **who);
void              entente_copy_watch_set_aside (EntenteCopyWatch *self,
                                                GFile            *copy);

G_END_DECLS
