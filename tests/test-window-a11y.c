/* test-window-a11y.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-gui-test-util.h"
#include "entente-pages-dialog.h"
#include "entente-preferences-window.h"
#include "entente-sign-dialog.h"
#include "entente-test-util.h"
#include "entente-welcome-window.h"
#include "entente-window.h"

/* What a screen reader hears, read as Orca reads it: through the
 * accessibility bus, by a program of its own (entente-atspi-names), on
 * every step with every item open, and in the dialogs.  Every control
 * has a name; no name says its label twice or shows a mnemonic's
 * underscore; none is a widget's type name, which is what GTK says of a
 * control nobody named. */

typedef struct
{
  gboolean  done;
  GString  *out;
  int       status;
} Reading;

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Reading *reading = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &out, &err, &error))
    g_error ("entente-atspi-names: %s", error->message);
  g_string_append (reading->out, out);
  reading->status = g_subprocess_get_exit_status (G_SUBPROCESS (source));
  if (reading->status != 0)
    g_error ("entente-atspi-names failed (%d): %s", reading->status, err);
  reading->done = TRUE;
}

static gboolean
reading_done (gpointer data)
{
  return ((Reading *) data)->done;
}

/* The controls on screen, "ROLE\tNAME\tWHERE" a line, read while this
 * process goes on answering the bus. */
static char *
read_names (void)
{
  g_autofree char *reader = g_test_build_filename (G_TEST_BUILT, "entente-atspi-names", NULL);
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  Reading reading = { FALSE, g_string_new (NULL), 0 };

  entente_test_settle (300);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              reader, pid, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_read, &reading);
  g_assert_true (entente_test_wait_for (reading_done, &reading, 60000));

  return g_string_free (reading.out, FALSE);
}

static gboolean
has_mnemonic (const char *name)
{
  for (const char *p = strchr (name, '_'); p != NULL; p = strchr (p + 1, '_'))
    if (g_unichar_isalnum (g_utf8_get_char (p + 1)))
      return TRUE;

  return FALSE;
}

/* "Title Title", "Attendees, item 1 Attendees, item 1" */
static gboolean
says_twice (const char *name)
{
  gsize length = strlen (name);

  return length > 2 && length % 2 == 1 && name[length / 2] == ' ' &&
         strncmp (name, name + length / 2 + 1, length / 2) == 0;
}

static gboolean
is_type_name (const char *name)
{
  return (g_str_has_prefix (name, "Gtk") || g_str_has_prefix (name, "Adw") || g_str_has_prefix (name, "Entente")) &&
         strchr (name, ' ') == NULL;
}

/* Adds to @problems what is wrong with the names read on @what, once
 * each: a step's controls stay on the bus while another step shows. */
static void
check_names (const char *what,
             GString    *problems,
             guint      *n_controls)
{
  static GHashTable *seen;

  g_autofree char *names = read_names ();
  g_auto(GStrv) lines = g_strsplit (names, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], "\t", 3);
      const char *problem = NULL;

      if (g_strv_length (parts) < 3)
        continue;
      (*n_controls)++;
      if (parts[1][0] == '\0')
        problem = "no name";
      else if (is_type_name (parts[1]))
        problem = "a type name";
      else if (has_mnemonic (parts[1]))
        problem = "an underscore";
      else if (says_twice (parts[1]))
        problem = "its name twice";

      if (seen == NULL)
        seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (problem != NULL && g_hash_table_add (seen, g_strjoinv ("\t", parts)))
        {
          /* Escaped as well, for a terminal that cannot show the script. */
          g_autofree char *escaped = g_strescape (parts[1], NULL);

          g_string_append_printf (problems, "%s: a %s says %s: “%s” [%s] (%s)\n",
                                  what, parts[0], problem, parts[1], escaped, parts[2]);
        }
    }
}

static void
test_steps_and_dialogs (void)
{
  EntenteTestWindow fixture = { 0 };
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(EntenteParty) party = NULL;
  guint n_controls = 0;
  GtkWidget *dialog;

  entente_test_window_open (&fixture, "acme-saas.entente", FALSE, 0, 0);
  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      GtkWidget *page = entente_test_window_show_step (&fixture, step);
      g_autofree char *what = g_strdup_printf ("step %u", step + 1);

      entente_test_expand_all (page);
      entente_test_iterate ();
      check_names (what, problems, &n_controls);
    }

  party = g_list_model_get_item (entente_document_get_parties (entente_test_window_document (&fixture)), 0);
  dialog = entente_sign_dialog_new (party);
  entente_sign_dialog_present (ENTENTE_SIGN_DIALOG (dialog), GTK_WIDGET (fixture.window));
  entente_test_iterate ();
  check_names ("the Sign dialog", problems, &n_controls);
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (l->data != (gpointer) fixture.window && gtk_widget_get_visible (l->data))
      gtk_window_destroy (l->data);
  entente_test_iterate ();

  entente_pages_dialog_present (entente_preferences_window_new (), GTK_WINDOW (fixture.window));
  entente_test_iterate ();
  check_names ("Preferences", problems, &n_controls);

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (l->data != (gpointer) fixture.window && gtk_widget_get_visible (l->data))
      gtk_window_destroy (l->data);
  gtk_window_present (entente_welcome_window_new (GTK_APPLICATION (entente_test_application ())));
  entente_test_iterate ();
  check_names ("the welcome window", problems, &n_controls);

  /* A screen reader that reads nothing would pass: it read the steps. */
  g_assert_cmpuint (n_controls, >, 100);
  if (problems->len > 0)
    g_error ("What a screen reader hears is wrong:\n%s", problems->str);

  entente_test_window_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);

  g_test_add_func ("/a11y/names-as-heard", test_steps_and_dialogs);

  return g_test_run ();
}
