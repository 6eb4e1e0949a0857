/* test-window-paths.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "entente-application.h"
#include "entente-drafts.h"
#include "entente-gui-test-util.h"
#include "entente-test-util.h"
#include "entente-window.h"

/* The ways a person goes that the other window tests take a short cut
 * past: answering the dialogs by their buttons, with nothing but GTK
 * holding the window; the file chooser of Open, Save As and Export; the
 * application's open and new-from-template actions.  The suite runs with fatal criticals: a window
 * freed while a dialog still points at it fails here. */

typedef EntenteTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  entente_test_window_open (fixture, "acme-saas.entente", FALSE, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  /* Whatever the test left open (a chooser, a dialog) goes first. */
  for (GList *l = toplevels; l; l = l->next)
    if (l->data != (gpointer) fixture->window)
      gtk_window_destroy (l->data);
  entente_test_iterate ();

  if (fixture->window != NULL)
    entente_test_window_close (fixture);
  else
    {
      entente_test_remove_tree (fixture->dir);
      g_clear_object (&fixture->file);
      g_clear_pointer (&fixture->path, g_free);
      g_clear_pointer (&fixture->dir, g_free);
      g_clear_pointer (&fixture->original, g_bytes_unref);
    }
}

static gboolean
is_button_with_label (GtkWidget *widget,
                      gpointer   label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Clicks the button of @dialog that says @label, as a person does: the
 * dialog closes itself, then answers. */
static void
answer (AdwMessageDialog *dialog,
        const char       *label)
{
  GtkWidget *button = entente_test_find_widget (GTK_WIDGET (dialog), is_button_with_label, (gpointer) label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  entente_test_iterate ();
}

static void
edit_title (EntenteWindow *window,
            const char    *title)
{
  GtkWidget *page;

  entente_window_show_step (window, ENTENTE_STEP_OVERVIEW);
  entente_test_iterate ();
  page = entente_test_visible_page (GTK_WIDGET (window));
  gtk_editable_set_text (GTK_EDITABLE (entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, _("Title"))), title);
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closing */

/* Leaves the window to GTK alone, as the application's windows are, and
 * watches for it to be freed. */
static EntenteWindow *
let_go (Fixture *fixture)
{
  EntenteWindow *window = fixture->window;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &fixture->window);
  g_object_unref (window);
  g_assert_true (fixture->window == window);

  return window;
}

static void
test_close_discard (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GBytes) on_disk = NULL;
  EntenteWindow *window;
  AdwMessageDialog *dialog;

  edit_title (fixture->window, "Changed and not saved");
  window = let_go (fixture);

  gtk_window_close (GTK_WINDOW (window));
  entente_test_iterate ();
  dialog = entente_test_find_dialog (_("Save Changes?"));
  g_assert_nonnull (dialog);
  answer (dialog, _("_Discard"));

  g_assert_true (entente_test_wait_for (window_gone, &fixture->window, 5000));
  g_assert_null (entente_test_find_dialog (_("Save Changes?")));

  /* The file is as it was, and no draft keeps the discarded edit. */
  on_disk = entente_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (on_disk, fixture->original));
  {
    g_autoptr(GPtrArray) drafts = entente_drafts_list ();

    g_assert_cmpuint (drafts->len, ==, 0);
  }
}

static void
test_close_save (Fixture       *fixture,
                 gconstpointer  data)
{
  EntenteWindow *window;
  AdwMessageDialog *dialog;

  edit_title (fixture->window, "Changed, then saved on closing");
  window = let_go (fixture);

  gtk_window_close (GTK_WINDOW (window));
  entente_test_iterate ();
  dialog = entente_test_find_dialog (_("Save Changes?"));
  g_assert_nonnull (dialog);
  answer (dialog, _("_Save"));

  g_assert_true (entente_test_wait_for (window_gone, &fixture->window, 5000));
  g_assert_true (entente_test_window_file_says (fixture, "Changed, then saved on closing"));
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-paths/close-discard", test_close_discard);
  ADD ("/window-paths/close-save", test_close_save);
#undef ADD

  return g_test_run ();
}
