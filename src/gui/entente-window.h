/* entente-window.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"
#include "entente-guidance.h"
#include "entente-history.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_WINDOW (entente_window_get_type ())

G_DECLARE_FINAL_TYPE (EntenteWindow, entente_window, ENTENTE, WINDOW, AdwApplicationWindow)

EntenteWindow   *entente_window_new              (GtkApplication  *application,
                                                  EntenteDocument *document,
                                                  const char      *draft_id);
EntenteDocument *entente_window_get_document     (EntenteWindow   *self);
EntenteHistory  *entente_window_get_history      (EntenteWindow   *self);
const char      *entente_window_get_draft_id     (EntenteWindow   *self);
gboolean         entente_window_is_pristine      (EntenteWindow   *self);
void             entente_window_set_document     (EntenteWindow   *self,
                                                  EntenteDocument *document);
void             entente_window_show_step        (EntenteWindow   *self,
                                                  EntenteSection      step);
EntenteSection      entente_window_get_step         (EntenteWindow   *self);
void             entente_window_save_as          (EntenteWindow   *self,
                                                  GFile           *file);
void             entente_window_toast            (EntenteWindow   *self,
                                                  const char      *message);
void             entente_window_add_toast        (EntenteWindow   *self,
                                                  AdwToast        *toast);
void             entente_window_reveal           (EntenteWindow   *self,
                                                  EntenteFinding  *finding);
GPtrArray       *entente_window_get_findings     (EntenteWindow   *self);
void             entente_window_comment_on       (EntenteWindow   *self,
                                                  const char      *anchor);
gboolean         entente_window_get_comments_shown (EntenteWindow *self);
void             entente_window_compare_with     (EntenteWindow   *self,
                                                  GFile           *file);
void             entente_window_merge_copy       (EntenteWindow   *self,
                                                  GFile           *file);
void             entente_window_restored         (EntenteWindow   *self,
                                                  const EntenteDraftRestore *restore);

G_END_DECLS
