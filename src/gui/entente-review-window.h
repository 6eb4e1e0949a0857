/* entente-review-window.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"
#include "entente-pages-dialog.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_REVIEW_WINDOW (entente_review_window_get_type ())

G_DECLARE_FINAL_TYPE (EntenteReviewWindow, entente_review_window, ENTENTE, REVIEW_WINDOW, EntentePagesDialogBase)

GtkWidget *entente_review_window_new       (EntenteDocument     *document);
void       entente_review_window_load_file (EntenteReviewWindow *self,
                                            GFile               *file,
                                            int                  year,
                                            int                  month);
void       entente_review_window_set_column (EntenteReviewWindow *self,
                                             const char          *key,
                                             const char          *column);
gboolean   entente_review_window_is_busy   (EntenteReviewWindow *self);
EntenteActualsReport *entente_review_window_get_report (EntenteReviewWindow *self);
gboolean   entente_review_window_export_to_file (EntenteReviewWindow  *self,
                                                 GFile                *file,
                                                 GError              **error);

G_END_DECLS
