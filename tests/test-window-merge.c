/* test-window-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "entente-application.h"
#include "entente-banner.h"
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

static void
type_in (Fixture    *fixture,
         const char *title,
         const char *text)
{
  GtkWidget *page = entente_test_window_show_step (fixture, ENTENTE_SECTION_OVERVIEW);
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

static void
colleague_raises_goals (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) theirs = entente_document_load (file, NULL, &error);

  g_assert_no_error (error);
  entente_test_raise_goals (theirs);
  g_assert_true (entente_document_save (theirs, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Priya, on her own computer: this test program again, with folders of
 * her own (her versions are not ours), opens @from, raises the goals and
 * saves as @to. */
static int
run_colleague (const char *from,
               const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_document_load (source, NULL, &error);

  if (document == NULL || (entente_test_raise_goals (document), !entente_document_save (document, target, NULL, &error)))
    {
      g_printerr ("colleague: %s\n", error->message);
      return 1;
    }

  return 0;
}

static void
colleague_raises_goals_elsewhere (const char *from,
                                  const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("entente-priya-XXXXXX", &error);
  g_autofree char *data_home = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *argv[] = { g_getenv ("ENTENTE_TEST_SELF"), NULL };
  int status;

  g_assert_no_error (error);
  data_home = g_build_filename (home, "data", NULL);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "ENTENTE_TEST_COLLEAGUE_FROM", from, TRUE);
  envp = g_environ_setenv (envp, "ENTENTE_TEST_COLLEAGUE_TO", to, TRUE);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  entente_test_remove_tree (home);
}

/* The copy of the file as it was opened, which Priya got: an attachment,
 * or her synced folder before either saved. */
static char *
write_original_elsewhere (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (fixture->dir, "priya", NULL);
  char *path = g_build_filename (dir, "acme-saas.entente", NULL);

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_file_set_contents (path, g_bytes_get_data (fixture->original, NULL),
                       (gssize) g_bytes_get_size (fixture->original), &error);
  g_assert_no_error (error);

  return path;
}

static gboolean
has_their_goals (gpointer data)
{
  return revenue (entente_test_window_document (data)) == 300000;
}

/* Undo takes back the merge of a save made elsewhere, and only that:
 * the user's own steps before it are still there. */
static void
test_undo_merge_from_disk (Fixture       *fixture,
                           gconstpointer  data)
{
  EntenteDocument *document = entente_test_window_document (fixture);
  EntenteMeta *meta = entente_document_get_meta (document);
  const char *title = entente_meta_get_title (meta);
  g_autofree char *original_title = g_strdup (title);

  type_in (fixture, _("Title"), "Mine");
  type_in (fixture, _("Organization"), "Ours Ltd.");

  colleague_raises_goals (fixture->file);
  g_assert_true (entente_test_wait_for (has_their_goals, fixture, 10000));
  g_assert_true (entente_test_window_document (fixture) == document);
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
  g_assert_null (entente_alert_find_open (_("Replace the Version on Disk?")));
  g_assert_true (entente_test_window_file_says (fixture, "<revenue>300000</revenue>"));
  g_assert_true (entente_test_window_file_says (fixture, "<organization>Ours Ltd.</organization>"));
  g_assert_false (entente_document_get_modified (document));
}

/* The window goes without closing, as in a crash: its draft stays. */
static void
crash (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  entente_test_iterate ();
}

static gboolean
draft_exists (gpointer data)
{
  g_autoptr(GPtrArray) drafts = entente_drafts_list ();

  return drafts->len > 0;
}

/* Entente stops with a change unsaved; colleagues then save theirs to the
 * file.  Restoring the draft brings back the user's change and keeps
 * theirs. */
static void
test_draft_restored_after_colleagues_saved (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(EntenteApplication) app = NULL;
  g_autofree char *message = NULL;
  EntenteWindow *restored;
  EntenteDocument *document;

  type_in (fixture, _("Organization"), "Draft Ltd.");
  g_assert_true (entente_test_wait_for (draft_exists, NULL, 20000));

  crash (fixture);
  g_assert_true (draft_exists (NULL));

  colleague_raises_goals (fixture->file);

  app = entente_test_restore_draft (&restored);
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
  entente_test_assert_window_says (GTK_WIDGET (restored), message);

  /* It stands on their version: saving neither asks nor loses anything. */
  gtk_widget_activate_action (GTK_WIDGET (restored), "win.save", NULL);
  g_assert_null (entente_alert_find_open (_("Replace the Version on Disk?")));
  g_assert_true (entente_test_window_file_says (fixture, "<organization>Draft Ltd.</organization>"));
  g_assert_true (entente_test_window_file_says (fixture, "<revenue>300000</revenue>"));
  g_assert_true (entente_test_window_file_says (fixture, "stage=\"customer\" count=\"20\""));
  g_assert_false (draft_exists (NULL));

  /* The fixture closes it. */
  fixture->window = g_object_ref (restored);
  gtk_window_set_application (GTK_WINDOW (restored), NULL);
}

/* Sync tools' conflicted copies */

typedef struct
{
  const char *name;  /* the copy of acme-saas.entente */
  const char *who;   /* whom the name says it is from */
} ConflictedCopy;

static const ConflictedCopy nextcloud = { "acme-saas (conflicted copy 2026-12-06 093612).entente", NULL };
static const ConflictedCopy syncthing = { "acme-saas.sync-conflict-20261206-093612-ABCDEFG.entente", NULL };
static const ConflictedCopy dropbox = { "acme-saas (Priya's conflicted copy 2026-12-06).entente", "Priya" };

typedef struct
{
  GtkWidget  *window;
  const char *label;
} BannerQuery;

static gboolean
is_revealed_banner (GtkWidget *widget,
                    gpointer   data)
{
  return ENTENTE_IS_BANNER (widget) && entente_banner_get_revealed (ENTENTE_BANNER (widget));
}

static gboolean
is_button_labelled (GtkWidget *widget,
                    gpointer   label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The button labelled @label on a banner that shows. */
static GtkWidget *
banner_button (GtkWidget  *window,
               const char *label)
{
  g_autoptr(GPtrArray) banners = entente_test_find_all (window, is_revealed_banner, NULL);

  for (guint i = 0; i < banners->len; i++)
    {
      GtkWidget *button = entente_test_find_widget (g_ptr_array_index (banners, i), is_button_labelled,
                                                    (gpointer) label);

      if (button != NULL)
        return button;
    }

  return NULL;
}

static gboolean
banner_offers (gpointer data)
{
  BannerQuery *query = data;

  return banner_button (query->window, query->label) != NULL;
}

static gboolean
is_gone (gpointer path)
{
  return !g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Dana saves her change; Priya's, made on the version before, comes back
 * from her sync tool as a conflicted copy beside the file.  The window
 * offers it; merged, both changes are there; the copy then goes to the
 * trash, and undo takes the merge back. */
static void
test_conflicted_copy (Fixture       *fixture,
                      gconstpointer  data)
{
  const ConflictedCopy *pattern = data;
  g_autofree char *theirs = write_original_elsewhere (fixture);
  g_autofree char *copy = g_build_filename (fixture->dir, pattern->name, NULL);
  g_autofree char *merge_label = pattern->who ? g_strdup_printf (_("_Merge %s’s Copy"), pattern->who)
                                              : g_strdup (_("_Merge the Conflicted Copy"));
  BannerQuery query = { GTK_WIDGET (fixture->window), merge_label };
  EntenteDocument *document = entente_test_window_document (fixture);
  GtkWidget *button;

  type_in (fixture, _("Organization"), "Dana Ltd.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_false (entente_document_get_modified (document));

  colleague_raises_goals_elsewhere (theirs, copy);
  g_assert_true (entente_test_wait_for (banner_offers, &query, 10000));
  g_assert_nonnull (banner_button (GTK_WIDGET (fixture->window), _("_Dismiss")));

  g_signal_emit_by_name (banner_button (GTK_WIDGET (fixture->window), merge_label), "clicked");
  entente_test_iterate ();
  g_assert_true (entente_test_window_document (fixture) == document);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (document)), ==, "Dana Ltd.");
  g_assert_cmpfloat (revenue (document), ==, 300000);
  g_assert_cmpint (customers (document), ==, 20);
  g_assert_cmpuint (entente_document_get_n_conflicts (document), ==, 0);
  g_assert_true (entente_document_get_modified (document));

  button = banner_button (GTK_WIDGET (fixture->window), _("Move to _Trash"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (entente_test_wait_for (is_gone, copy, 10000));
  entente_test_iterate ();
  g_assert_null (banner_button (GTK_WIDGET (fixture->window), merge_label));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpfloat (revenue (document), ==, 250000);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (document)), ==, "Dana Ltd.");
}

/* A copy already there when the file is opened is offered; dismissed,
 * it is not offered again, even rewritten. */
static void
test_conflicted_copy_dismissed (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, dropbox.name, NULL);
  g_autofree char *merge_label = g_strdup_printf (_("_Merge %s’s Copy"), dropbox.who);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  BannerQuery query;

  g_file_set_contents (copy, g_bytes_get_data (fixture->original, NULL),
                       (gssize) g_bytes_get_size (fixture->original), &error);
  g_assert_no_error (error);
  crash (fixture);
  document = entente_document_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  fixture->window = g_object_ref_sink (entente_window_new (NULL, document, NULL));
  gtk_window_present (GTK_WINDOW (fixture->window));
  entente_test_iterate ();

  query.window = GTK_WIDGET (fixture->window);
  query.label = merge_label;
  g_assert_true (banner_offers (&query));
  g_signal_emit_by_name (banner_button (GTK_WIDGET (fixture->window), _("_Dismiss")), "clicked");
  entente_test_iterate ();
  g_assert_false (banner_offers (&query));

  g_file_set_contents (copy, "rewritten", -1, &error);
  g_assert_no_error (error);
  entente_test_settle (500);
  g_assert_false (banner_offers (&query));
}

/* Where Priya saves the copy she emails back. */
static GFile *
priyas_copy (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "priya", "acme-saas-priya.entente", NULL);

  return g_file_new_for_path (path);
}

/* Dana's copy has a change she has not saved; Priya's emailed copy comes
 * back with hers.  Merged, both are there, in one step undo takes back. */
static void
test_merge_emailed_copy (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *original = write_original_elsewhere (fixture);
  g_autoptr(GFile) theirs = priyas_copy (fixture);
  EntenteDocument *document = entente_test_window_document (fixture);
  g_autofree char *message = NULL;

  type_in (fixture, _("Title"), "Dana’s SLA");
  colleague_raises_goals_elsewhere (original, g_file_peek_path (theirs));

  entente_window_merge_copy (fixture->window, theirs);
  entente_test_iterate ();
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (document)), ==, "Dana’s SLA");
  g_assert_cmpfloat (revenue (document), ==, 300000);
  g_assert_cmpint (customers (document), ==, 20);
  g_assert_cmpuint (entente_document_get_n_conflicts (document), ==, 0);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Merged %u change from the copy with yours.",
                                          "Merged %u changes from the copy with yours.", 2), 2);
  entente_test_assert_window_says (GTK_WIDGET (fixture->window), message);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpfloat (revenue (document), ==, 250000);
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (document)), ==, "Dana’s SLA");
}

static void
close_other_windows (Fixture *fixture)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (l->data != (gpointer) fixture->window)
      gtk_window_destroy (l->data);
  entente_test_iterate ();
}

/* A copy that shares no version with ours: every difference is a
 * conflict, ours kept, and the toast says why. */
static void
test_merge_copy_two_way (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *original = write_original_elsewhere (fixture);
  g_autoptr(GFile) theirs = priyas_copy (fixture);
  EntenteDocument *document = entente_test_window_document (fixture);
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) other = NULL;
  g_autoptr(GError) error = NULL;

  /* Another version from the start: the organization differs. */
  g_assert_true (g_file_get_contents (original, &text, NULL, NULL));
  other = g_string_new (text);
  g_assert_cmpuint (g_string_replace (other, "Acme Cloud Ltd.", "Acme Cloud GmbH", 1), ==, 1);
  g_file_set_contents (original, other->str, (gssize) other->len, &error);
  g_assert_no_error (error);
  colleague_raises_goals_elsewhere (original, g_file_peek_path (theirs));

  entente_window_merge_copy (fixture->window, theirs);
  entente_test_iterate ();
  g_assert_cmpuint (entente_document_get_n_conflicts (document), ==, 3);
  g_assert_cmpfloat (revenue (document), ==, 250000);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (document)), ==, "Acme Cloud Ltd.");
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "No common version found: the %u difference is a conflict to resolve.",
                                          "No common version found: each of the %u differences is a conflict to resolve.",
                                          3), 3);
  entente_test_assert_window_says (GTK_WIDGET (fixture->window), message);
  close_other_windows (fixture);
}

/* A copy of another agreement is merged only when the user says so. */
static void
test_merge_another_agreement (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = entente_test_example_path ("angkor-retail-km.entente");
  g_autoptr(GFile) other = g_file_new_for_path (path);
  EntenteDocument *document = entente_test_window_document (fixture);
  EntenteAlert *dialog;

  entente_window_merge_copy (fixture->window, other);
  entente_test_iterate ();
  dialog = entente_alert_find_open (_("Merge Another Agreement?"));
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "cancel");
  g_assert_false (entente_document_get_modified (document));
  g_assert_false (entente_history_get_can_undo (entente_window_get_history (fixture->window)));

  entente_window_merge_copy (fixture->window, other);
  entente_test_iterate ();
  dialog = entente_alert_find_open (_("Merge Another Agreement?"));
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "merge");
  entente_test_iterate ();
  g_assert_cmpuint (entente_document_get_n_conflicts (document), >, 0);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (document)), ==, "Acme Cloud Ltd.");
  close_other_windows (fixture);
}

int
main (int   argc,
      char *argv[])
{
  const char *colleague_from = g_getenv ("ENTENTE_TEST_COLLEAGUE_FROM");

  if (colleague_from != NULL)
    return run_colleague (colleague_from, g_getenv ("ENTENTE_TEST_COLLEAGUE_TO"));

  g_setenv ("ENTENTE_TEST_SELF", argv[0], TRUE);
  entente_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/window-merge/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("undo-merge-from-disk", test_undo_merge_from_disk);
  ADD ("draft-restored-after-colleagues-saved", test_draft_restored_after_colleagues_saved);
  ADD ("conflicted-copy-dismissed", test_conflicted_copy_dismissed);
  ADD ("merge-emailed-copy", test_merge_emailed_copy);
  ADD ("merge-copy-two-way", test_merge_copy_two_way);
  ADD ("merge-another-agreement", test_merge_another_agreement);
#undef ADD
#define ADD_COPY(path, pattern) \
  g_test_add ("/window-merge/conflicted-copy/" path, Fixture, &pattern, fixture_set_up, test_conflicted_copy, fixture_tear_down)
  ADD_COPY ("nextcloud", nextcloud);
  ADD_COPY ("syncthing", syncthing);
  ADD_COPY ("dropbox", dropbox);
#undef ADD_COPY

  return g_test_run ();
}
