/* entente-pages-dialog.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Pages of rows over the main window (the monthly review, a comparison,
 * the merge conflicts, the preferences): an AdwPreferencesWindow before
 * libadwaita 1.5 (entente-pages-dialog-window.c), an AdwPreferencesDialog
 * from 1.5 on (entente-pages-dialog-adw.c); meson compiles one of the
 * two.  Nothing else names those types. */

#if ADW_CHECK_VERSION (1, 5, 0)
#define ENTENTE_TYPE_PAGES_DIALOG_BASE ADW_TYPE_PREFERENCES_DIALOG
typedef AdwPreferencesDialog      EntentePagesDialogBase;
typedef AdwPreferencesDialogClass EntentePagesDialogBaseClass;
#else
#define ENTENTE_TYPE_PAGES_DIALOG_BASE ADW_TYPE_PREFERENCES_WINDOW
typedef AdwPreferencesWindow      EntentePagesDialogBase;
typedef AdwPreferencesWindowClass EntentePagesDialogBaseClass;
#endif

/* For G_DECLARE_FINAL_TYPE of a subclass. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntentePagesDialogBase, g_object_unref)

/* Asked before the dialog closes: TRUE to let it close; FALSE keeps it
 * open, and whoever said so closes it later with
 * entente_pages_dialog_force_close(). */
typedef gboolean (*EntentePagesDialogMayClose) (GtkWidget *dialog,
                                                gpointer   data);

GtkWidget *entente_pages_dialog_new        (void);
void       entente_pages_dialog_set_close_guard (GtkWidget                  *dialog,
                                                 EntentePagesDialogMayClose  may_close,
                                                 gpointer                    data);
void       entente_pages_dialog_force_close     (GtkWidget                  *dialog);
void       entente_pages_dialog_setup      (GtkWidget          *dialog,
                                            const char         *title,
                                            int                 width,
                                            int                 height);
void       entente_pages_dialog_set_search_enabled (GtkWidget  *dialog,
                                                    gboolean    enabled);
void       entente_pages_dialog_add        (GtkWidget          *dialog,
                                            AdwPreferencesPage *page);
void       entente_pages_dialog_add_toast  (GtkWidget          *dialog,
                                            AdwToast           *toast);
void       entente_pages_dialog_present    (GtkWidget          *dialog,
                                            GtkWindow          *parent);
void       entente_pages_dialog_close      (GtkWidget          *dialog);
gboolean   entente_pages_dialog_is_open    (GtkWidget          *dialog);
GtkWindow *entente_pages_dialog_get_window (GtkWidget          *dialog);
GtkWindow *entente_pages_dialog_get_parent (GtkWidget          *dialog);
GtkWidget *entente_pages_dialog_of         (GtkWidget          *widget);
const char *entente_pages_dialog_get_title (GtkWidget          *dialog);

/* The About dialog, presented the same way: AdwAboutWindow before 1.5,
 * AdwAboutDialog from 1.5; they have the same properties. */
GtkWidget *entente_about_dialog_new        (void);

G_END_DECLS
