/* test-window-merge.c
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

/* The window merging what others did with what its user did: their saves
 * while the window is open, and while it was not (a draft restored after
 * a crash).  Nothing of either side is lost, and a merge is one step that
 * undo takes back. */

typedef EntenteTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) drafts = entente_drafts_list ();

  /* No draft of an earlier test is offered again. */
  for (guint i = 0; i < drafts->len; i++)
    entente_drafts_remove (((EntenteDraftInfo *) g_ptr_array_index (drafts, i))->id);

  entente_test_window_open (fixture, "acme-saas.entente", FALSE, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  entente_test_window_close (fixture);
}

static EntenteDocument *
document_of (Fixture *fixture)
{
  return entente_window_get_document (fixture->window);
}

static void
type_in (Fixture    *fixture,
         const char *title,
         const char *text)
{
  GtkWidget *page = entente_test_window_show_step (fixture, ENTENTE_STEP_OVERVIEW);
  GtkWidget *row = entente_test_find_row (page, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* As when the focus moves on: the next field is a step of its own. */
  entente_history_seal (entente_window_get_history (fixture->window));
}

static double
revenue (EntenteDocument *document)
{
  return entente_goals_get_revenue (ENTENTE_GOALS (entente_test_goals (document)));
}

static int
customers (EntenteDocument *document)
{
  return entente_target_get_count (ENTENTE_TARGET (entente_test_target (document, "customer")));
}

/* A colleague's save: the revenue goal raised to 300000, 20 customers a
 * month. */
static void
colleague_raises_goals (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) theirs = entente_document_load (file, NULL, &error);

  g_assert_no_error (error);
  entente_item_set_double (entente_test_goals (theirs), ENTENTE_GOALS_FIELD_REVENUE, 300000);
  g_object_set (entente_test_target (theirs, "customer"), "count", 20, NULL);
  g_assert_true (entente_document_save (theirs, NULL, NULL, &error));
  g_assert_no_error (error);
}

static gboolean
has_their_goals (gpointer data)
{
  return revenue (document_of (data)) == 300000;
}

static gboolean
is_label_saying (GtkWidget *widget,
                 gpointer   text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
assert_window_says (GtkWidget  *window,
                    const char *text)
{
  if (entente_test_find_widget (window, is_label_saying, (gpointer) text) == NULL)
    g_error ("the window does not say “%s”", text);
}

static gboolean
file_says (Fixture    *fixture,
           const char *text)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  return strstr (contents, text) != NULL;
}

/* Undo takes back the merge of a save made elsewhere, and only that:
 * the user's own steps before it are still there. */
static void
test_undo_merge_from_disk (Fixture       *fixture,
                           gconstpointer  data)
{
  EntenteDocument *document = document_of (fixture);
  EntenteMeta *meta = entente_document_get_meta (document);
  const char *title = entente_meta_get_title (meta);
  g_autofree char *original_title = g_strdup (title);

  type_in (fixture, _("Title"), "Mine");
  type_in (fixture, _("Organization"), "Ours Ltd.");

  colleague_raises_goals (fixture->file);
  g_assert_true (entente_test_wait_for (has_their_goals, fixture, 10000));
  g_assert_true (document_of (fixture) == document);
  g_assert_cmpint (customers (document), ==, 20);
  g_assert_cmpstr (entente_meta_get_organization (meta), ==, "Ours Ltd.");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpfloat (revenue (document), ==, 250000);
  g_assert_cmpint (customers (document), ==, 14);
  g_assert_cmpstr (entente_meta_get_organization (meta), ==, "Ours Ltd.");
  g_assert_cmpstr (entente_meta_get_title (meta), ==, "Mine");
  /* Whatever is undone, the file holds their version: not saved. */
  g_assert_true (entente_document_get_modified (document));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpstr (entente_meta_get_organization (meta), ==, "Acme Cloud Ltd.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpstr (entente_meta_get_title (meta), ==, original_title);
  g_assert_true (entente_document_get_modified (document));

  for (guint i = 0; i < 3; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  g_assert_cmpfloat (revenue (document), ==, 300000);
  g_assert_cmpstr (entente_meta_get_title (meta), ==, "Mine");

  /* Saving writes both sides over their version, without asking. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_null (entente_test_find_dialog (_("Replace the Version on Disk?")));
  g_assert_true (file_says (fixture, "<revenue>300000</revenue>"));
  g_assert_true (file_says (fixture, "<organization>Ours Ltd.</organization>"));
  g_assert_false (entente_document_get_modified (document));
}

static gboolean
draft_exists (gpointer data)
{
  g_autoptr(GPtrArray) drafts = entente_drafts_list ();

  return drafts->len > 0;
}

static EntenteWindow *
find_window (EntenteApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (ENTENTE_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* Entente stops with a change unsaved; colleagues then save theirs to the
 * file.  Restoring the draft brings back the user's change and keeps
 * theirs. */
static void
test_draft_restored_after_colleagues_saved (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteApplication) app = NULL;
  AdwMessageDialog *dialog;
  EntenteWindow *restored;
  EntenteDocument *document;
  const char *message;

  type_in (fixture, _("Organization"), "Draft Ltd.");
  g_assert_true (entente_test_wait_for (draft_exists, NULL, 20000));

  /* Gone without closing, as in a crash: the draft stays. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  entente_test_iterate ();
  g_assert_true (draft_exists (NULL));

  colleague_raises_goals (fixture->file);

  app = entente_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  entente_application_offer_drafts (app);
  entente_test_iterate ();
  dialog = entente_test_find_dialog (_("Restore Unsaved Changes?"));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "restore");
  entente_test_iterate ();

  restored = find_window (app);
  g_assert_nonnull (restored);
  document = entente_window_get_document (restored);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (document)), ==, "Draft Ltd.");
  g_assert_cmpfloat (revenue (document), ==, 300000);
  g_assert_cmpint (customers (document), ==, 20);
  g_assert_true (entente_document_get_modified (document));
  g_assert_true (g_file_equal (entente_document_get_file (document), fixture->file));
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Restored your draft with %u change saved since.",
                                          "Restored your draft with %u changes saved since.", 2), 2);
  assert_window_says (GTK_WIDGET (restored), message);
  g_free ((char *) message);

  /* It stands on their version: saving neither asks nor loses anything. */
  gtk_widget_activate_action (GTK_WIDGET (restored), "win.save", NULL);
  g_assert_null (entente_test_find_dialog (_("Replace the Version on Disk?")));
  g_assert_true (file_says (fixture, "<organization>Draft Ltd.</organization>"));
  g_assert_true (file_says (fixture, "<revenue>300000</revenue>"));
  g_assert_true (file_says (fixture, "stage=\"customer\" count=\"20\""));
  g_assert_false (draft_exists (NULL));

  /* The fixture closes it. */
  fixture->window = g_object_ref (restored);
  gtk_window_set_application (GTK_WINDOW (restored), NULL);
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/window-merge/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("undo-merge-from-disk", test_undo_merge_from_disk);
  ADD ("draft-restored-after-colleagues-saved", test_draft_restored_after_colleagues_saved);
#undef ADD

  return g_test_run ();
}
