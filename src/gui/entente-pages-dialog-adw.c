/* entente-pages-dialog-adw.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-row-util.h"

#include "entente-pages-dialog.h"

/* libadwaita 1.5 and later: a preferences dialog, which is modal to the
 * window it is presented over and floats as a sheet on a narrow one. */

GtkWidget *
entente_pages_dialog_new (void)
{
  return GTK_WIDGET (adw_preferences_dialog_new ());
}

GtkWidget *
entente_about_dialog_new (void)
{
  return GTK_WIDGET (adw_about_dialog_new ());
}

/* A title, and a size unless it is 0. */
void
entente_pages_dialog_setup (GtkWidget  *dialog,
                            const char *title,
                            int         width,
                            int         height)
{
  adw_dialog_set_title (ADW_DIALOG (dialog), title);
  if (width > 0 && height > 0)
    {
      adw_dialog_set_content_width (ADW_DIALOG (dialog), width);
      adw_dialog_set_content_height (ADW_DIALOG (dialog), height);
    }
}

void
entente_pages_dialog_set_search_enabled (GtkWidget *dialog,
                                         gboolean   enabled)
{
  adw_preferences_dialog_set_search_enabled (ADW_PREFERENCES_DIALOG (dialog), enabled);
}

void
entente_pages_dialog_add (GtkWidget          *dialog,
                          AdwPreferencesPage *page)
{
  adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (dialog), page);
}

void
entente_pages_dialog_add_toast (GtkWidget *dialog,
                                AdwToast  *toast)
{
  adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (dialog), toast);
}

void
entente_pages_dialog_present (GtkWidget *dialog,
                              GtkWindow *parent)
{
  entente_accessible_tidy (dialog);
  /* and what libadwaita builds once it shows, as its page switcher */
  g_signal_connect (dialog, "map", G_CALLBACK (entente_accessible_tidy), NULL);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (parent));
}

void
entente_pages_dialog_close (GtkWidget *dialog)
{
  adw_dialog_close (ADW_DIALOG (dialog));
}

typedef struct
{
  EntentePagesDialogMayClose may_close;
  gpointer                   data;
} CloseGuard;

static void
on_close_attempt (AdwDialog  *dialog,
                  CloseGuard *guard)
{
  if (guard->may_close (GTK_WIDGET (dialog), guard->data))
    adw_dialog_force_close (dialog);
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
  /* Every close attempt asks the guard. */
  adw_dialog_set_can_close (ADW_DIALOG (dialog), FALSE);
  g_signal_connect (dialog, "close-attempt", G_CALLBACK (on_close_attempt), guard);
}

void
entente_pages_dialog_force_close (GtkWidget *dialog)
{
  adw_dialog_force_close (ADW_DIALOG (dialog));
}

gboolean
entente_pages_dialog_is_open (GtkWidget *dialog)
{
  return gtk_widget_get_root (dialog) != NULL;
}

/* Where a file chooser of the dialog goes: the window it is over. */
GtkWindow *
entente_pages_dialog_get_window (GtkWidget *dialog)
{
  GtkRoot *root = gtk_widget_get_root (dialog);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The window the dialog is over. */
GtkWindow *
entente_pages_dialog_get_parent (GtkWidget *dialog)
{
  return entente_pages_dialog_get_window (dialog);
}

const char *
entente_pages_dialog_get_title (GtkWidget *dialog)
{
  return adw_dialog_get_title (ADW_DIALOG (dialog));
}

/* The dialog @widget is in, or %NULL. */
GtkWidget *
entente_pages_dialog_of (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_DIALOG);
}
