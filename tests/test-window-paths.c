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

/* Clicks the button of @alert that says @label, as a person does: the
 * dialog closes itself, then answers. */
static void
answer (EntenteAlert *alert,
        const char   *label)
{
  GtkWidget *button = entente_test_find_widget (entente_alert_get_dialog (alert), is_button_with_label, (gpointer) label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  entente_test_iterate ();
}

static void
edit_title (EntenteWindow *window,
            const char    *title)
{
  GtkWidget *page;

  entente_window_show_step (window, ENTENTE_SECTION_OVERVIEW);
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
  EntenteAlert *dialog;

  edit_title (fixture->window, "Changed and not saved");
  window = let_go (fixture);

  gtk_window_close (GTK_WINDOW (window));
  entente_test_iterate ();
  dialog = entente_alert_find_open (_("Save Changes?"));
  g_assert_nonnull (dialog);
  answer (dialog, _("_Discard"));

  g_assert_true (entente_test_wait_for (window_gone, &fixture->window, 5000));
  g_assert_null (entente_alert_find_open (_("Save Changes?")));

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
  EntenteAlert *dialog;

  edit_title (fixture->window, "Changed, then saved on closing");
  window = let_go (fixture);

  gtk_window_close (GTK_WINDOW (window));
  entente_test_iterate ();
  dialog = entente_alert_find_open (_("Save Changes?"));
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

/* The file chooser.  With no portal, as under Xvfb, GTK shows its own
 * GtkFileChooserDialog for Entente's file dialogs (GtkFileChooserNative
 * on GTK 4.8, GtkFileDialog after it); a test fills it in and answers
 * it as a person would, and Entente's callback runs as it does for
 * them.  The chooser reads folders in the background: a test waits
 * for what it then shows. */

static gboolean
is_chooser (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_FILE_CHOOSER_DIALOG (widget) && gtk_widget_get_visible (widget);
}

static GtkWidget *
find_chooser (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (is_chooser (l->data, NULL))
      return l->data;

  return NULL;
}

static gboolean
chooser_shown (gpointer data)
{
  return find_chooser () != NULL;
}

typedef struct
{
  GtkFileChooser *chooser;
  GFile          *file;
} Choice;

static gboolean
chooser_has_file (gpointer data)
{
  Choice *choice = data;
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (choice->chooser);

  return chosen != NULL && g_file_equal (chosen, choice->file);
}

/* Open starts in Recent, which is no folder. */
static gboolean
chooser_has_folder (gpointer data)
{
  Choice *choice = data;
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (choice->chooser);

  return folder != NULL || gtk_file_chooser_get_action (choice->chooser) == GTK_FILE_CHOOSER_ACTION_OPEN;
}

/* Waits for the chooser, checks the name it suggests (when saving),
 * then chooses @file, or cancels when it is %NULL. */
static void
answer_chooser (const char *suggested,
                GFile      *file)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  Choice choice = { NULL, file };

  g_assert_true (entente_test_wait_for (chooser_shown, NULL, 10000));
  dialog = find_chooser ();
  choice.chooser = GTK_FILE_CHOOSER (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  if (suggested != NULL)
    {
      g_autofree char *name = gtk_file_chooser_get_current_name (choice.chooser);

      g_assert_cmpint (gtk_file_chooser_get_action (choice.chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
      g_assert_cmpstr (name, ==, suggested);
    }

  if (file == NULL)
    {
      /* Cancelled while its first folder still loads, GTK 4.8's
       * chooser says "The folder contents could not be displayed:
       * Operation was cancelled".  A person looks first. */
      g_assert_true (entente_test_wait_for (chooser_has_folder, &choice, 10000));
      entente_test_settle (500);
      gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
    }
  else
    {
      if (gtk_file_chooser_get_action (choice.chooser) == GTK_FILE_CHOOSER_ACTION_SAVE)
        {
          /* Typed whole into the name, as a person may: the folder the
           * chooser shows loads later, and its name box answers from
           * the folder it had until then. */
          gtk_file_chooser_set_current_name (choice.chooser, g_file_peek_path (file));
        }
      else
        {
          gtk_file_chooser_set_file (choice.chooser, file, &error);
          g_assert_no_error (error);
          g_assert_true (entente_test_wait_for (chooser_has_file, &choice, 10000));
        }
      gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
    }

  g_assert_true (entente_test_wait_for (window_gone, &dialog, 10000));
  entente_test_iterate ();
}

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (data, NULL);
}

static GFile *
file_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

static gboolean
is_button_with_mnemonic (GtkWidget *widget,
                         gpointer   label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The monthly review's Choose… asks for a CRM export, listing CSV files
 * first, and reads the one chosen. */
static void
test_review_chooses_csv (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autoptr(GFile) csv = g_file_new_for_path (path);
  GtkWidget *review, *choose, *chooser;
  GtkFileFilter *filter;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.monthly-review", NULL));
  entente_test_iterate ();
  review = GTK_WIDGET (entente_test_find_review_window ());
  g_assert_nonnull (review);
  choose = entente_test_find_widget (review, is_button_with_mnemonic, (gpointer) _("_Choose…"));
  g_assert_nonnull (choose);
  g_signal_emit_by_name (choose, "clicked");

  g_assert_true (entente_test_wait_for (chooser_shown, NULL, 10000));
  chooser = find_chooser ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, _("Open CRM Export"));
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  g_assert_nonnull (filter);
  g_assert_cmpstr (gtk_file_filter_get_name (filter), ==, _("CRM Exports (CSV)"));
  answer_chooser (NULL, csv);

  g_assert_true (entente_test_wait_for (entente_test_review_done, review, 20000));
  entente_test_iterate ();
  g_assert_nonnull (entente_test_find_row (review, ADW_TYPE_COMBO_ROW, _("First contact")));
  gtk_window_destroy (GTK_WINDOW (review));
  entente_test_iterate ();
}

/* Save As asks where, suggesting the title as the name, and the window
 * goes on with the new file; the old one is left as it was. */
static void
test_save_as (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) copy = file_in (fixture, "renamed.entente");
  g_autoptr(GBytes) old = NULL;
  EntenteDocument *document = entente_test_window_document (fixture);
  g_autofree char *saved = NULL;

  edit_title (fixture->window, "Renamed SLA");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save-as", NULL);
  answer_chooser ("Renamed SLA.entente", copy);

  g_assert_true (g_file_equal (entente_document_get_file (document), copy));
  g_assert_false (entente_document_get_modified (document));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (fixture->window)), "• "));
  g_assert_true (g_file_load_contents (copy, NULL, &saved, NULL, NULL, NULL));
  g_assert_nonnull (strstr (saved, "Renamed SLA"));
  old = entente_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (old, fixture->original));
}

/* Cancelled, Save As writes nothing and changes nothing. */
static void
test_save_as_cancelled (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GBytes) old = NULL;
  EntenteDocument *document = entente_test_window_document (fixture);
  g_autofree char *listing = NULL;

  edit_title (fixture->window, "Not saved anywhere");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save-as", NULL);
  answer_chooser ("Not saved anywhere.entente", NULL);

  g_assert_true (g_file_equal (entente_document_get_file (document), fixture->file));
  g_assert_true (entente_document_get_modified (document));
  old = entente_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (old, fixture->original));
  listing = entente_test_list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "acme-saas.entente");
}

/* Export asks where, writes the file and says so in a toast. */
static void
test_export_toast (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) exported = file_in (fixture, "agreement.md");
  g_autofree char *contents = NULL;
  g_autofree char *said = g_strdup_printf (_("Exported “%s”"), "agreement.md");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", "s", "md");
  answer_chooser ("Acme Cloud — Sales & Marketing SLA.md", exported);

  g_assert_true (entente_test_wait_for (file_exists, exported, 10000));
  g_assert_true (g_file_load_contents (exported, NULL, &contents, NULL, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Priya Raman"));
  entente_test_assert_window_says (GTK_WIDGET (fixture->window), said);
}

/* The file changed on disk */

/* A window whose edits have no version of the file to merge from, as
 * after a draft restored as it was: a change on disk asks. */
static EntenteWindow *
window_with_unmerged_edits (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_document_load (fixture->file, NULL, &error);
  EntenteWindow *window;

  g_assert_no_error (error);
  g_object_set (entente_document_get_meta (document), "title", "Ours, from a draft", NULL);
  g_assert_true (entente_document_get_modified (document));
  window = g_object_ref_sink (entente_window_new (NULL, document, NULL));
  gtk_window_present (GTK_WINDOW (window));
  entente_test_iterate ();

  return window;
}

static void
write_their_version (Fixture *fixture)
{
  g_autoptr(GString) theirs = g_string_new_len (g_bytes_get_data (fixture->original, NULL),
                                                (gssize) g_bytes_get_size (fixture->original));
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_string_replace (theirs, "Acme Cloud Ltd.", "Acme Cloud AG", 1), ==, 1);
  /* A second later, as a synced folder would, so the entity tag differs. */
  g_usleep (1100 * 1000);
  g_file_set_contents (fixture->path, theirs->str, (gssize) theirs->len, &error);
  g_assert_no_error (error);
}

static gboolean
asks_about_change (gpointer data)
{
  return entente_alert_find_open (_("File Changed on Disk")) != NULL;
}

static void
close_unmodified (EntenteWindow *window)
{
  entente_document_set_modified (entente_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  entente_test_iterate ();
}

static void
test_changed_on_disk_reload (Fixture       *fixture,
                             gconstpointer  data)
{
  EntenteWindow *window = window_with_unmerged_edits (fixture);
  EntenteDocument *document;
  g_autofree char *said = g_strdup_printf (_("Reloaded “%s”: it was changed on disk."), "acme-saas.entente");

  write_their_version (fixture);
  g_assert_true (entente_test_wait_for (asks_about_change, NULL, 10000));
  answer (entente_alert_find_open (_("File Changed on Disk")), _("_Reload"));

  document = entente_window_get_document (window);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (document)), ==, "Acme Cloud AG");
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (document)), !=, "Ours, from a draft");
  g_assert_false (entente_document_get_modified (document));
  entente_test_assert_window_says (GTK_WIDGET (window), said);

  close_unmodified (window);
}

/* Keep Mine keeps the edits, and takes the version on disk as read:
 * saving later replaces it without asking again. */
static void
test_changed_on_disk_keep_mine (Fixture       *fixture,
                                gconstpointer  data)
{
  EntenteWindow *window = window_with_unmerged_edits (fixture);
  EntenteDocument *document = entente_window_get_document (window);

  write_their_version (fixture);
  g_assert_true (entente_test_wait_for (asks_about_change, NULL, 10000));
  answer (entente_alert_find_open (_("File Changed on Disk")), _("_Keep Mine"));

  g_assert_true (entente_window_get_document (window) == document);
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (document)), ==, "Ours, from a draft");
  g_assert_true (entente_document_get_modified (document));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  entente_test_iterate ();
  g_assert_null (entente_alert_find_open (_("Replace the Version on Disk?")));
  g_assert_false (entente_document_get_modified (document));
  g_assert_true (entente_test_window_file_says (fixture, "Ours, from a draft"));

  close_unmodified (window);
}

/* The application's actions */

/* One application for the tests that need one: registered, its actions
 * stay exported on the session bus until it runs and quits, which it
 * never does here, and a second one could not export its own. */
static EntenteWindow *
window_on (EntenteApplication *app,
           GFile              *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (ENTENTE_IS_WINDOW (l->data))
      {
        GFile *shown = entente_document_get_file (entente_window_get_document (l->data));

        if (file == NULL ? shown == NULL : shown != NULL && g_file_equal (shown, file))
          return l->data;
      }

  return NULL;
}

static guint
count_windows (EntenteApplication *app)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (ENTENTE_IS_WINDOW (l->data))
      n++;

  return n;
}

/* Open asks for a file and shows it in place of an untouched new
 * agreement; asked again for the same file, it brings that window
 * forward instead of opening a second one. */
static void
test_application_open (Fixture       *fixture,
                       gconstpointer  data)
{
  EntenteApplication *app = entente_test_application ();
  EntenteWindow *pristine;
  EntenteWindow *window;

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-template", g_variant_new_string ("blank"));
  entente_test_iterate ();
  pristine = window_on (app, NULL);
  g_assert_nonnull (pristine);
  g_assert_true (entente_window_is_pristine (pristine));

  g_action_group_activate_action (G_ACTION_GROUP (app), "open", NULL);
  answer_chooser (NULL, fixture->file);
  window = window_on (app, fixture->file);
  g_assert_true (window == pristine);
  g_assert_cmpuint (count_windows (app), ==, 1);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (entente_window_get_document (window))),
                   ==, "Acme Cloud Ltd.");

  g_action_group_activate_action (G_ACTION_GROUP (app), "open", NULL);
  answer_chooser (NULL, fixture->file);
  g_assert_cmpuint (count_windows (app), ==, 1);

  /* Cancelled, Open opens nothing. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open", NULL);
  answer_chooser (NULL, NULL);
  g_assert_cmpuint (count_windows (app), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  entente_test_iterate ();
}

/* New from Template opens an unsaved, untouched agreement; New asks
 * which template (test-window-welcome.c); a template that is not there
 * is said, not shown as an empty window. */
static void
test_application_new_from_template (Fixture       *fixture,
                                    gconstpointer  data)
{
  EntenteApplication *app = entente_test_application ();
  EntenteAlert *dialog;
  EntenteWindow *window;
  EntenteDocument *document;

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-template", g_variant_new_string ("outbound-sdr-led"));
  entente_test_iterate ();
  g_assert_cmpuint (count_windows (app), ==, 1);
  window = window_on (app, NULL);
  g_assert_nonnull (window);
  document = entente_window_get_document (window);
  g_assert_false (entente_document_get_modified (document));
  g_assert_true (entente_window_is_pristine (window));
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_parties (document)), >=, 2);

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-template", g_variant_new_string ("no-such-template"));
  entente_test_iterate ();
  g_assert_cmpuint (count_windows (app), ==, 1);
  dialog = entente_alert_find_open (_("Could Not Open"));
  g_assert_nonnull (dialog);
  answer (dialog, _("_Close"));
  g_assert_null (entente_alert_find_open (_("Could Not Open")));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  entente_test_iterate ();
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
  ADD ("/window-paths/save-as", test_save_as);
  ADD ("/window-paths/save-as-cancelled", test_save_as_cancelled);
  ADD ("/window-paths/export-toast", test_export_toast);
  ADD ("/window-paths/review-chooses-csv", test_review_chooses_csv);
  ADD ("/window-paths/changed-on-disk-reload", test_changed_on_disk_reload);
  ADD ("/window-paths/changed-on-disk-keep-mine", test_changed_on_disk_keep_mine);
  ADD ("/window-paths/application-open", test_application_open);
  ADD ("/window-paths/application-new-from-template", test_application_new_from_template);
#undef ADD

  return g_test_run ();
}
