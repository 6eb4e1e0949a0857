/* entente-file-dialog.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @file is NULL when the user cancelled. */
typedef void (*EntenteFileChosen) (GFile    *file,
                                   gpointer  user_data);

void entente_file_dialog_open (GtkWindow         *parent,
                               EntenteFileChosen  callback,
                               gpointer           user_data);
void entente_file_dialog_choose (GtkWindow         *parent,
                                 const char        *title,
                                 const char        *accept_label,
                                 EntenteFileChosen  callback,
                                 gpointer           user_data);
void entente_file_dialog_save (GtkWindow         *parent,
                               const char        *suggested_name,
                               EntenteFileChosen  callback,
                               gpointer           user_data);
void entente_file_dialog_save_other (GtkWindow         *parent,
                                     const char        *title,
                                     const char        *suggested_name,
                                     EntenteFileChosen  callback,
                                     gpointer           user_data);

G_END_DECLS
