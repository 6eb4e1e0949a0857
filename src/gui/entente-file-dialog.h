/* entente-file-dialog.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What a dialog lists first; "All Files" is always offered too. */
typedef enum
{
  ENTENTE_FILE_SLA,
  ENTENTE_FILE_CRM_EXPORT,
  ENTENTE_FILE_PDF,
  ENTENTE_FILE_HTML,
  ENTENTE_FILE_MARKDOWN,
  ENTENTE_FILE_CALENDAR,
  ENTENTE_FILE_ANY,
} EntenteFileKind;

/* @file is NULL when the user cancelled. */
typedef void (*EntenteFileChosen) (GFile    *file,
                                   gpointer  user_data);

void entente_file_dialog_open (GtkWindow         *parent,
                               EntenteFileChosen  callback,
                               gpointer           user_data);
void entente_file_dialog_choose (GtkWindow         *parent,
                                 const char        *title,
                                 const char        *accept_label,
                                 EntenteFileKind    kind,
                                 EntenteFileChosen  callback,
                                 gpointer           user_data);
void entente_file_dialog_save (GtkWindow         *parent,
                               const char        *suggested_name,
                               EntenteFileChosen  callback,
                               gpointer           user_data);
void entente_file_dialog_save_other (GtkWindow         *parent,
                                     const char        *title,
                                     const char        *suggested_name,
                                     EntenteFileKind    kind,
                                     EntenteFileChosen  callback,
                                     gpointer           user_data);

G_END_DECLS
