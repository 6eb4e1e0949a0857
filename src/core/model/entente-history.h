/* entente-history.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

/* The oldest steps are forgotten beyond this many. */
#define ENTENTE_HISTORY_MAX_STEPS 1000

#define ENTENTE_TYPE_HISTORY (entente_history_get_type ())

G_DECLARE_FINAL_TYPE (EntenteHistory, entente_history, ENTENTE, HISTORY, GObject)

EntenteHistory  *entente_history_new          (EntenteDocument *document);
EntenteDocument *entente_history_get_document (EntenteHistory  *self);
gboolean         entente_history_get_can_undo (EntenteHistory  *self);
gboolean         entente_history_get_can_redo (EntenteHistory  *self);
void             entente_history_undo         (EntenteHistory  *self);
void             entente_history_redo         (EntenteHistory  *self);
void             entente_history_seal         (EntenteHistory  *self);
void             entente_history_begin_group  (EntenteHistory  *self);
void             entente_history_end_group    (EntenteHistory  *self);
void             entente_history_mark_clean   (EntenteHistory  *self);
void             entente_history_clear        (EntenteHistory  *self);
void             entente_history_forget_clean (EntenteHistory  *self);
gboolean         entente_history_apply        (EntenteHistory  *self,
                                               EntenteDocument *document);

G_END_DECLS
