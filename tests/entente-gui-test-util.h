/* entente-gui-test-util.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-alert.h"
#include "entente-application.h"
#include "entente-guidance.h"
#include "entente-pages-dialog.h"
#include "entente-window.h"

G_BEGIN_DECLS

typedef gboolean (*EntenteWidgetMatch) (GtkWidget *widget,
                                        gpointer   data);

GtkWidget *entente_test_find_widget      (GtkWidget          *root,
                                          EntenteWidgetMatch  match,
                                          gpointer            data);
GPtrArray *entente_test_find_all         (GtkWidget          *root,
                                          EntenteWidgetMatch  match,
                                          gpointer            data);
gboolean   entente_test_is_label_saying  (GtkWidget          *widget,
                                          gpointer            text);
gboolean   entente_test_is_of_type       (GtkWidget          *widget,
                                          gpointer            type);
void       entente_test_assert_window_says (GtkWidget        *window,
                                          const char         *text);
GtkWidget *entente_test_find_row         (GtkWidget          *root,
                                          GType               type,
                                          const char         *title);
void       entente_test_expand_all       (GtkWidget          *root);
GtkWidget  *entente_test_find_review_window (void);
GPtrArray  *entente_test_list_dialogs       (void);
gboolean    entente_test_review_done      (gpointer            window);
void       entente_test_iterate          (void);
gboolean   entente_test_wait_for         (gboolean          (*condition) (gpointer),
                                          gpointer            data,
                                          guint               timeout_ms);
void       entente_test_settle           (guint               ms);
GtkWidget *entente_test_visible_page     (GtkWidget          *window);
void       entente_test_gui_init         (int                *argc,
                                          char             ***argv);
void       entente_test_use_private_home (void);
void       entente_test_set_author       (const char         *name,
                                          const char         *role);
EntenteApplication *entente_test_application_new (void);
EntenteApplication *entente_test_application  (void);
EntenteApplication *entente_test_restore_draft (EntenteWindow **window);

/* A window on a copy of an example, in a folder of its own. */
typedef struct
{
  char          *dir;
  char          *path;
  GFile         *file;
  GBytes        *original; /* what the copy held when opened */
  EntenteWindow *window;
} EntenteTestWindow;

void       entente_test_window_open      (EntenteTestWindow  *self,
                                          const char         *example,
                                          gboolean            canonical,
                                          int                 width,
                                          int                 height);
void       entente_test_window_close     (EntenteTestWindow  *self);
GtkWidget *entente_test_window_show_step (EntenteTestWindow  *self,
                                          EntenteSection         step);
EntenteDocument *entente_test_window_document (EntenteTestWindow *self);
gboolean   entente_test_window_file_says (EntenteTestWindow  *self,
                                          const char         *text);

G_END_DECLS
