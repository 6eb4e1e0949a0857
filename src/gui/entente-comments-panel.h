/* entente-comments-panel.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"
#include "entente-guidance.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_COMMENTS_PANEL (entente_comments_panel_get_type ())

G_DECLARE_FINAL_TYPE (EntenteCommentsPanel, entente_comments_panel, ENTENTE, COMMENTS_PANEL, GtkWidget)

GtkWidget  *entente_comments_panel_new          (void);
void        entente_comments_panel_set_document (EntenteCommentsPanel *self,
                                                 EntenteDocument      *document,
                                                 EntenteHistory       *history);
void        entente_comments_panel_set_step     (EntenteCommentsPanel *self,
                                                 EntenteSection           step);
void        entente_comments_panel_set_anchor   (EntenteCommentsPanel *self,
                                                 const char           *anchor);
const char *entente_comments_panel_get_anchor   (EntenteCommentsPanel *self);
void        entente_comments_panel_focus_composer (EntenteCommentsPanel *self);
void        entente_comments_panel_set_open     (EntenteCommentsPanel *self,
                                                 gboolean              open);

G_END_DECLS
