/* entente-value-rows.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

/* Editors of the values that need more than one widget, one file each. */

GtkWidget *entente_text_row_new     (EntenteItem     *item,
                                     guint            field);
GtkWidget *entente_weekdays_row_new (EntenteItem     *item,
                                     guint            field);
GtkWidget *entente_date_row_new     (EntenteItem     *item,
                                     guint            field);
GtkWidget *entente_duration_row_new (EntenteItem     *item,
                                     guint            field);
GtkWidget *entente_time_row_new     (EntenteItem     *item,
                                     guint            field);
GtkWidget *entente_timezone_row_new (EntenteItem     *item,
                                     guint            field);
GtkWidget *entente_language_row_new (EntenteDocument *document,
                                     EntenteItem     *item,
                                     guint            field);
GtkWidget *entente_ref_row_new      (EntenteDocument *document,
                                     EntenteItem     *item,
                                     guint            field);
GtkWidget *entente_strv_row_new     (EntenteItem     *item,
                                     guint            field);

G_END_DECLS
