/* entente-row-util.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

/* Shared by the editors of single values: each editor writes through the
 * model's API and follows the model's notifications, so undo, reloads and
 * other views all show in it. */

typedef void (*EntenteRowUpdate) (GtkWidget   *widget,
                                  EntenteItem *item,
                                  guint        field);

const EntenteField *entente_row_field          (EntenteItem      *item,
                                                guint             field);
const char         *entente_row_field_label    (EntenteItem      *item,
                                                guint             field);
void                entente_row_watch          (GtkWidget        *widget,
                                                EntenteItem      *item,
                                                guint             field,
                                                EntenteRowUpdate  update);
void                entente_row_refresh        (GtkWidget        *widget);
EntenteItem        *entente_row_get_item       (GtkWidget        *widget);
gboolean            entente_row_is_updating    (GtkWidget        *widget);
guint               entente_row_get_field      (GtkWidget        *widget);
void                entente_accessible_tidy    (GtkWidget        *root);
char               *entente_strip_mnemonic     (const char       *text);
void                entente_row_set_accessible_label (GtkWidget  *widget,
                                                      const char *label);
void                entente_row_set_title      (GtkWidget        *row,
                                                const char       *title);
void                entente_group_set_text     (GtkWidget        *group,
                                                const char       *title,
                                                const char       *description);
GtkWidget          *entente_row_new_action_row (EntenteItem      *item,
                                                guint             field,
                                                GtkWidget        *suffix);
AdwToast           *entente_toast_new          (const char       *message);
AdwToast           *entente_toast_new_exported (GFile            *file);
void                entente_widget_dispose_children (GtkWidget   *widget,
                                                     GType        type);
char               *entente_fingerprint_for_display (const char *fingerprint,
                                                     const char *middle);
char               *entente_text_with_fingerprint   (const char *text,
                                                     const char *fingerprint);

G_END_DECLS
