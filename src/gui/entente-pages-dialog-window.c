/* entente-pages-dialog-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-row-util.h"

#include "entente-pages-dialog.h"

/* libadwaita before 1.5: a modal preferences window over the main one. */

GtkWidget *
entente_pages_dialog_new (void)
{
  return adw_preferences_window_new ();
}

GtkWidget *
entente_about_dialog_new (void)
{
  return adw_about_window_new ();
}

/* A title, and a size unless it is 0. */
void
entente_pages_dialog_setup (GtkWidget  *dialog,
                            const char *title,
                            int         width,
                            int         height)
{
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (dialog), width, height);
}

void
entente_pages_dialog_set_search_enabled (GtkWidget *dialog,
                                         gboolean   enabled)
{
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (dialog), enabled);
}

void
entente_pages_dialog_add (GtkWidget          *dialog,
                          AdwPreferencesPage *page)
{
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (dialog), page);
}

void
entente_pages_dialog_add_toast (GtkWidget *dialog,
                                AdwToast  *toast)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (dialog), toast);
}

void
entente_pages_dialog_present (GtkWidget *dialog,
                              GtkWindow *parent)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  entente_accessible_tidy (dialog);
  /* and what libadwaita builds once it shows, as its page switcher */
  g_signal_connect (dialog, "map", G_CALLBACK (entente_accessible_tidy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
entente_pages_dialog_close (GtkWidget *dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
}

typedef struct
{
  EntentePagesDialogMayClose may_close;
  gpointer                   data;
  gboolean                   forced;
} CloseGuard;

static gboolean
on_close_request (GtkWindow  *window,
                  CloseGuard *guard)
{
  /* TRUE keeps the window. */
  return !guard->forced && !guard->may_close (GTK_WIDGET (window), guard->data);
}

void
entente_pages_dialog_set_close_guard (GtkWidget                  *dialog,
                                      EntentePagesDialogMayClose  may_close,
                                      gpointer                    data)
{
  CloseGuard *guard = g_new0 (CloseGuard, 1);

  guard->may_close = may_close;
  guard->data = data;
  g_object_set_data_full (G_OBJECT (dialog), "entente-close-guard", guard, g_free);
  g_signal_connect (dialog, "close-request", G_CALLBACK (on_close_request), guard);
}

void
entente_pages_dialog_force_close (GtkWidget *dialog)
{
  CloseGuard *guard = g_object_get_data (G_OBJECT (dialog), "entente-close-guard");

  if (guard != NULL)
    guard->forced = TRUE;
  gtk_window_close (GTK_WINDOW (dialog));
}

gboolean
entente_pages_dialog_is_open (GtkWidget *dialog)
{
  return gtk_widget_get_visible (dialog);
}

/* Where a file chooser of the dialog goes. */
GtkWindow *
entente_pages_dialog_get_window (GtkWidget *dialog)
{
  return GTK_WINDOW (dialog);
}

/* The window the dialog is over. */
GtkWindow *
entente_pages_dialog_get_parent (GtkWidget *dialog)
{
  return gtk_window_get_transient_for (GTK_WINDOW (dialog));
}

const char *
entente_pages_dialog_get_title (GtkWidget *dialog)
{
  return gtk_window_get_title (GTK_WINDOW (dialog));
}

/* The dialog @widget is in, or %NULL. */
GtkWidget *
entente_pages_dialog_of (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));

  return ADW_IS_PREFERENCES_WINDOW (root) ? root : NULL;
}
