/* entente-gui-test-util.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "entente-application.h"
#include "entente-gui-test-util.h"
#include "entente-review-window.h"
#include "entente-i18n.h"
#include "entente-test-util.h"

/* Finding real widgets in a real window, the way a person would: by their
 * kind and the title they show. */

/* A match for entente_test_find_widget(): a widget of the GType given
 * as GSIZE_TO_POINTER (type). */
gboolean
entente_test_is_of_type (GtkWidget *widget,
                         gpointer   type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (type));
}

GtkWidget *
entente_test_find_widget (GtkWidget          *root,
                          EntenteWidgetMatch  match,
                          gpointer            data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = entente_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect (GtkWidget          *root,
         EntenteWidgetMatch  match,
         gpointer            data,
         GPtrArray          *found)
{
  if (match (root, data))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect (child, match, data, found);
}

GPtrArray *
entente_test_find_all (GtkWidget          *root,
                       EntenteWidgetMatch  match,
                       gpointer            data)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, match, data, found);
  return found;
}

typedef struct
{
  GType       type;
  const char *title;
} RowQuery;

static gboolean
row_matches (GtkWidget *widget,
             gpointer   data)
{
  RowQuery *query = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, query->type) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), query->title) == 0;
}

GtkWidget *
entente_test_find_row (GtkWidget  *root,
                       GType       type,
                       const char *title)
{
  RowQuery query = { type, title };

  return entente_test_find_widget (root, row_matches, &query);
}

static gboolean
is_collapsed_expander (GtkWidget *widget,
                       gpointer   data)
{
  return ADW_IS_EXPANDER_ROW (widget) && !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (widget));
}

/* Expanders build their rows when first opened; open them all, nested
 * ones included, until none is left closed. */
void
entente_test_expand_all (GtkWidget *root)
{
  for (;;)
    {
      g_autoptr(GPtrArray) closed = entente_test_find_all (root, is_collapsed_expander, NULL);

      if (closed->len == 0)
        break;
      for (guint i = 0; i < closed->len; i++)
        adw_expander_row_set_expanded (g_ptr_array_index (closed, i), TRUE);
      entente_test_iterate ();
    }
}

static void
collect_dialogs (GtkWidget *widget,
                 GPtrArray *dialogs)
{
  if (entente_pages_dialog_of (widget) == widget)
    g_ptr_array_add (dialogs, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_dialogs (child, dialogs);
}

/**
 * entente_test_list_dialogs:
 *
 * Returns: (transfer container): the dialogs of pages open (the review,
 *   a comparison, the conflicts, the preferences), windows of their own
 *   or inside the window they are over, as the libadwaita at hand has them
 */
GPtrArray *
entente_test_list_dialogs (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GPtrArray *dialogs = g_ptr_array_new ();

  for (GList *l = toplevels; l; l = l->next)
    if (gtk_widget_get_visible (l->data))
      collect_dialogs (l->data, dialogs);

  return dialogs;
}

/**
 * entente_test_find_review_window:
 *
 * Returns: (transfer none) (nullable): the monthly review, if one is open
 */
GtkWidget *
entente_test_find_review_window (void)
{
  g_autoptr(GPtrArray) dialogs = entente_test_list_dialogs ();

  for (guint i = 0; i < dialogs->len; i++)
    if (ENTENTE_IS_REVIEW_WINDOW (g_ptr_array_index (dialogs, i)))
      return g_ptr_array_index (dialogs, i);

  return NULL;
}

/* For entente_test_wait_for (): whether @window's review has finished. */
gboolean
entente_test_review_done (gpointer window)
{
  return !entente_review_window_is_busy (window);
}

void
entente_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
entente_test_wait_for (gboolean (*condition) (gpointer),
                       gpointer  data,
                       guint     timeout_ms)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add (timeout_ms, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (source);

  return condition (data);
}

/* Runs the main loop for @ms, long enough for frames to lay widgets out
 * and for expanders to finish their animation. */
void
entente_test_settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
is_stack (GtkWidget *widget,
          gpointer   data)
{
  return GTK_IS_STACK (widget) && g_strcmp0 (gtk_widget_get_name (widget), "pages") == 0;
}

GtkWidget *
entente_test_visible_page (GtkWidget *window)
{
  GtkWidget *stack = entente_test_find_widget (window, is_stack, NULL);

  return gtk_stack_get_visible_child (GTK_STACK (stack));
}

static char *private_home;

static void
remove_private_home (void)
{
  if (private_home != NULL)
    entente_test_remove_tree (private_home);
  g_clear_pointer (&private_home, g_free);
}

/**
 * entente_test_gui_init:
 *
 * Starts a test of the window: folders of its own, GTK and libadwaita,
 * and the locale and translations of the test setup, as the application
 * takes them (gtk_test_init() alone would run in en_US).
 */
void
entente_test_gui_init (int    *argc,
                       char ***argv)
{
  entente_test_use_private_home ();
  gtk_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  entente_i18n_init ();
}

/**
 * entente_test_use_private_home:
 *
 * Gives this test program, and the programs it starts, folders of their
 * own for data, settings and caches, removed when it exits.  GLib's
 * isolated folders come too late for what GTK reads at start-up and do
 * not reach a child, which wrote its drafts among the user's own and
 * offered them to the next run, or to a run beside it.  Call it first
 * in main().
 */
void
entente_test_use_private_home (void)
{
  static const char * const variables[] = {
    "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
  };
  g_autoptr(GError) error = NULL;

  private_home = g_dir_make_tmp ("entente-test-home-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      g_autofree char *path = g_build_filename (private_home, variables[i], NULL);

      g_setenv (variables[i], path, TRUE);
    }
  atexit (remove_private_home);
}

/**
 * entente_test_set_author:
 *
 * Says in Preferences who the user is: the name they comment and sign
 * with, and their role.
 */
void
entente_test_set_author (const char *name,
                         const char *role)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");

  g_settings_set_string (settings, "author-name", name);
  g_settings_set_string (settings, "author-role", role);
}

/**
 * entente_test_application_new:
 *
 * Returns: (transfer full): Entente's application, registered beside any
 *   other test's, as it runs: it opens files
 */
EntenteApplication *
entente_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  EntenteApplication *app = entente_application_new ();

  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

/**
 * entente_test_application:
 *
 * Returns: (transfer none): the application this test program shares
 *   between its tests
 */
EntenteApplication *
entente_test_application (void)
{
  static EntenteApplication *app;

  if (app == NULL)
    app = entente_test_application_new ();

  return app;
}

/**
 * entente_test_restore_draft:
 * @window: (out): the window of the restored draft
 *
 * Starts Entente as after a crash, and answers Restore when it offers
 * the draft left behind; the draft must be the only one.
 *
 * Returns: (transfer full): the application
 */
EntenteApplication *
entente_test_restore_draft (EntenteWindow **window)
{
  EntenteApplication *app = entente_test_application_new ();
  EntenteAlert *dialog;

  entente_application_offer_drafts (app);
  entente_test_iterate ();
  dialog = entente_alert_find_open (_("Restore Unsaved Changes?"));
  g_assert_nonnull (dialog);
  entente_alert_respond (dialog, "restore");
  entente_test_iterate ();

  *window = NULL;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (ENTENTE_IS_WINDOW (l->data))
      *window = l->data;
  g_assert_nonnull (*window);

  return app;
}

/**
 * entente_test_window_open:
 * @example: the name of an example, copied under that name
 * @canonical: whether the copy is written as Entente writes it, so that
 *   saving it untouched gives the same bytes
 * @width: the window's width, or 0 for its own
 * @height: its height, or 0 for its own
 *
 * Opens a window on a copy of @example in a new folder, shown.
 */
void
entente_test_window_open (EntenteTestWindow *self,
                          const char        *example,
                          gboolean           canonical,
                          int                width,
                          int                height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = entente_test_example_path (example);
  g_autoptr(EntenteDocument) document = NULL;

  if (canonical)
    {
      g_autoptr(EntenteDocument) read = entente_test_load_example (example);

      self->original = entente_document_serialize (read);
    }
  else
    self->original = entente_test_read_bytes (source);

  self->dir = g_dir_make_tmp ("entente-window-XXXXXX", &error);
  g_assert_no_error (error);
  self->path = g_build_filename (self->dir, example, NULL);
  g_file_set_contents (self->path, g_bytes_get_data (self->original, NULL),
                       (gssize) g_bytes_get_size (self->original), &error);
  g_assert_no_error (error);
  self->file = g_file_new_for_path (self->path);

  document = entente_document_load (self->file, NULL, &error);
  g_assert_no_error (error);
  self->window = g_object_ref_sink (entente_window_new (NULL, document, NULL));
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self->window), width, height);
  gtk_window_present (GTK_WINDOW (self->window));
  entente_test_iterate ();
}

/**
 * entente_test_window_close:
 *
 * Closes the window as a person would who keeps nothing, which also
 * removes its draft, and removes the copy and its folder.
 */
void
entente_test_window_close (EntenteTestWindow *self)
{
  entente_document_set_modified (entente_window_get_document (self->window), FALSE);
  gtk_window_close (GTK_WINDOW (self->window));
  g_clear_object (&self->window);
  entente_test_iterate ();

  entente_test_remove_tree (self->dir);
  g_clear_object (&self->file);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->original, g_bytes_unref);
}

EntenteDocument *
entente_test_window_document (EntenteTestWindow *self)
{
  return entente_window_get_document (self->window);
}

/**
 * entente_test_window_file_says:
 *
 * Returns: whether the copy on disk holds @text
 */
gboolean
entente_test_window_file_says (EntenteTestWindow *self,
                               const char        *text)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (self->path, &contents, NULL, NULL));
  return strstr (contents, text) != NULL;
}

/**
 * entente_test_window_show_step:
 *
 * Returns: (transfer none): the page of @step, shown, with every
 *   expander open
 */
GtkWidget *
entente_test_window_show_step (EntenteTestWindow *self,
                               EntenteSection        step)
{
  GtkWidget *page;

  entente_window_show_step (self->window, step);
  entente_test_iterate ();
  page = entente_test_visible_page (GTK_WIDGET (self->window));
  entente_test_expand_all (page);

  return page;
}

/* An EntenteWidgetMatch: a label showing exactly @text. */
gboolean
entente_test_is_label_saying (GtkWidget *widget,
                              gpointer   text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

void
entente_test_assert_window_says (GtkWidget  *window,
                                 const char *text)
{
  if (entente_test_find_widget (window, entente_test_is_label_saying, (gpointer) text) == NULL)
    g_error ("the window does not say “%s”", text);
}
