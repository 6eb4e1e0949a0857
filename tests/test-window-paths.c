/* test-window-paths.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "entente-application.h"
#include "entente-banner.h"
#include "entente-drafts.h"
#include "entente-gui-test-util.h"
#include "entente-test-util.h"
#include "entente-window.h"

/* The ways a person goes that the other window tests take a short cut
 * past: answering the dialogs by their buttons, with nothing but GTK
 * holding the window; the file chooser of Open, Save As and Export; the
 * application's open and new-from-template actions; and drafts that
 * cannot be written.  The suite runs with fatal criticals: a window
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

static gboolean
is_of_type (GtkWidget *widget,
            gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (data));
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

/* Drafts that cannot be written */

static guint draft_failures;

/* The window says in the log, for developers, each time a draft could
 * not be written; counting those lines tells the test that autosaves
 * did fail while the window kept quiet. */
static GLogWriterOutput
count_draft_failures (GLogLevelFlags   level,
                      const GLogField *fields,
                      gsize            n_fields,
                      gpointer         data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        g_str_has_prefix (fields[i].value, "Could not write a draft: "))
      {
        draft_failures++;
        return G_LOG_WRITER_HANDLED;
      }

  return g_log_writer_default (level, fields, n_fields, data);
}

static char *
drafts_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "drafts", NULL);
}

/* A file where the folder of drafts should be: no mode bit stops root,
 * the tests' user, but no one can make a folder there. */
static void
block_drafts (void)
{
  g_autofree char *folder = drafts_folder ();
  g_autofree char *parent = g_path_get_dirname (folder);
  g_autoptr(GError) error = NULL;

  entente_test_remove_tree (folder);
  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_file_set_contents (folder, "not a folder", -1, &error);
  g_assert_no_error (error);
}

static void
unblock_drafts (void)
{
  g_autofree char *folder = drafts_folder ();

  g_assert_cmpint (g_unlink (folder), ==, 0);
}

static EntenteBanner *
drafts_banner (Fixture *fixture)
{
  g_autoptr(GPtrArray) banners = entente_test_find_all (GTK_WIDGET (fixture->window), is_of_type,
                                                        GSIZE_TO_POINTER (ENTENTE_TYPE_BANNER));
  const char *prefix = _("Unsaved changes cannot be kept as a draft, so a crash would lose them. %s.");
  g_autofree char *start = g_strndup (prefix, strstr (prefix, "%s") - prefix);

  for (guint i = 0; i < banners->len; i++)
    if (g_str_has_prefix (entente_banner_get_title (g_ptr_array_index (banners, i)), start))
      return g_ptr_array_index (banners, i);

  return NULL;
}

static void
on_revealed (EntenteBanner *banner,
             GParamSpec    *pspec,
             guint         *n_shown)
{
  if (entente_banner_get_revealed (banner))
    (*n_shown)++;
}

typedef struct
{
  guint *counter;
  guint  target;
} Count;

static gboolean
count_reached (gpointer data)
{
  Count *count = data;

  return *count->counter >= count->target;
}

static gboolean
has_draft (gpointer data)
{
  g_autoptr(GPtrArray) drafts = entente_drafts_list ();

  return drafts->len > 0;
}

/* Edits the title and waits for the autosave that follows to fail. */
static void
edit_and_fail (Fixture    *fixture,
               const char *title)
{
  Count count = { &draft_failures, draft_failures + 1 };

  edit_title (fixture->window, title);
  g_assert_true (entente_test_wait_for (count_reached, &count, 20000));
  entente_test_iterate ();
}

static void
test_drafts_unwritable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *folder = drafts_folder ();
  g_autofree char *reason = NULL;
  EntenteBanner *banner;
  guint n_shown = 0;

  block_drafts ();

  /* The first failure is said in the window: the folder and why. */
  edit_and_fail (fixture, "Edited once");
  banner = drafts_banner (fixture);
  g_assert_nonnull (banner);
  g_assert_true (entente_banner_get_revealed (banner));
  g_assert_nonnull (strstr (entente_banner_get_title (banner), folder));
  reason = g_strdup (g_strerror (ENOTDIR));
  g_assert_nonnull (strstr (entente_banner_get_title (banner), reason));
  g_signal_connect (banner, "notify::revealed", G_CALLBACK (on_revealed), &n_shown);

  /* Dismissed, it stays away while autosaves go on failing. */
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (banner), is_button_with_label, (gpointer) _("_Dismiss")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.dismiss-drafts-problem", NULL);
  entente_test_iterate ();
  g_assert_false (entente_banner_get_revealed (banner));
  edit_and_fail (fixture, "Edited twice");
  edit_and_fail (fixture, "Edited three times");
  g_assert_false (entente_banner_get_revealed (banner));
  g_assert_cmpuint (n_shown, ==, 0);

  /* Once a draft is written again, the next failure is news. */
  unblock_drafts ();
  edit_title (fixture->window, "Edited with drafts back");
  g_assert_true (entente_test_wait_for (has_draft, NULL, 20000));
  entente_test_iterate ();
  g_assert_false (entente_banner_get_revealed (banner));
  block_drafts ();
  edit_and_fail (fixture, "Edited without drafts again");
  g_assert_true (entente_banner_get_revealed (banner));
  g_assert_cmpuint (n_shown, ==, 1);

  unblock_drafts ();
}

int
main (int   argc,
      char *argv[])
{
  g_log_set_writer_func (count_draft_failures, NULL, NULL);
  entente_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-paths/close-discard", test_close_discard);
  ADD ("/window-paths/close-save", test_close_save);
  ADD ("/window-paths/drafts-unwritable", test_drafts_unwritable);
#undef ADD

  return g_test_run ();
}
