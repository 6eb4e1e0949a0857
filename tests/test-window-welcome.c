/* test-window-welcome.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-alert.h"
#include "entente-application.h"
#include "entente-gui-test-util.h"
#include "entente-sign-dialog.h"
#include "entente-guidance.h"
#include "entente-templates.h"
#include "entente-test-util.h"
#include "entente-welcome-window.h"
#include "entente-window.h"
#include "entente-window-export.h"

/* The first run: the welcome window with the recent agreements and the
 * templates, New asking which template, a template taking the place of
 * an untouched blank agreement, and the template's example persona
 * said before it is exported, printed or signed. */

static EntenteWelcomeWindow *
find_welcome (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (entente_test_application ())); l; l = l->next)
    if (ENTENTE_IS_WELCOME_WINDOW (l->data))
      return l->data;

  return NULL;
}

static GPtrArray *
list_documents (void)
{
  GPtrArray *windows = g_ptr_array_new ();

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (entente_test_application ())); l; l = l->next)
    if (ENTENTE_IS_WINDOW (l->data))
      g_ptr_array_add (windows, l->data);

  return windows;
}

static void
close_all (void)
{
  GList *l;

  while ((l = gtk_application_get_windows (GTK_APPLICATION (entente_test_application ()))) != NULL)
    gtk_window_destroy (l->data);
  entente_test_iterate ();
}

static gboolean
is_template_card (GtkWidget *widget,
                  gpointer   id)
{
  return GTK_IS_FLOW_BOX_CHILD (widget) &&
         g_strcmp0 (g_object_get_data (G_OBJECT (widget), "entente-template"), id) == 0;
}

static void
choose_template (const char *id)
{
  EntenteWelcomeWindow *welcome = find_welcome ();
  GtkWidget *card;

  g_assert_nonnull (welcome);
  card = entente_test_find_widget (GTK_WIDGET (welcome), is_template_card, (gpointer) id);
  g_assert_nonnull (card);
  g_signal_emit_by_name (gtk_widget_get_parent (card), "child-activated", card);
  entente_test_iterate ();
}

static gboolean
has_recent (gpointer data)
{
  EntenteWelcomeWindow *welcome = find_welcome ();

  return welcome != NULL && entente_welcome_window_get_n_recent (welcome) > 0;
}

/* Started with no file, Entente welcomes: no untitled agreement and its
 * warnings, but the templates, each with what it sets up in the
 * reader's language, and the agreements opened lately, one of which
 * opens in a window of its own and closes the welcome. */
static void
test_welcome (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *dir = g_dir_make_tmp ("entente-welcome-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "acme.entente", NULL);
  g_autoptr(GBytes) bytes = entente_test_read_bytes (acme);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GPtrArray) documents = NULL;
  const EntenteTemplateInfo *templates;
  EntenteWelcomeWindow *welcome;
  GtkWidget *row;
  guint n_templates;

  g_application_activate (G_APPLICATION (entente_test_application ()));
  entente_test_iterate ();
  welcome = find_welcome ();
  g_assert_nonnull (welcome);
  documents = list_documents ();
  g_assert_cmpuint (documents->len, ==, 0);
  g_clear_pointer (&documents, g_ptr_array_unref);

  templates = entente_guidance_get_templates (&n_templates);
  g_assert_cmpuint (n_templates, ==, 3);
  for (guint i = 0; i < n_templates; i++)
    {
      g_autoptr(EntenteDocument) document = entente_application_load_template (templates[i].id, NULL);
      g_autofree char *setup = entente_template_describe_setup (document);

      g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (welcome), is_template_card, (gpointer) templates[i].id));
      g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (welcome), entente_test_is_label_saying, _(templates[i].title)));
      g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (welcome), entente_test_is_label_saying, _(templates[i].description)));
      g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (welcome), entente_test_is_label_saying, setup));
    }

  /* Nothing opened yet: no empty list of recent agreements. */
  g_assert_cmpuint (entente_welcome_window_get_n_recent (welcome), ==, 0);
  g_assert_nonnull (entente_test_find_widget (GTK_WIDGET (welcome), entente_test_is_label_saying, _("Recent Agreements")));
  g_assert_false (gtk_widget_is_visible (gtk_widget_get_ancestor (entente_test_find_widget (GTK_WIDGET (welcome), entente_test_is_label_saying, _("Recent Agreements")), ADW_TYPE_PREFERENCES_GROUP)));

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  g_assert_true (entente_test_wait_for (has_recent, NULL, 10000));
  row = entente_test_find_row (GTK_WIDGET (welcome), ADW_TYPE_ACTION_ROW, "acme.entente");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));

  gtk_widget_activate (row);
  entente_test_iterate ();
  g_assert_null (find_welcome ());
  documents = list_documents ();
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_true (g_file_equal (entente_document_get_file (entente_window_get_document (g_ptr_array_index (documents, 0))), file));

  close_all ();
  entente_test_remove_tree (dir);
}

/* New asks which template; the one chosen takes the place of an
 * untouched blank agreement instead of opening beside it, and opens
 * beside one that has been edited. */
static void
test_template_replaces_untouched (void)
{
  g_autoptr(GPtrArray) documents = NULL;
  EntenteWindow *window;
  EntenteDocument *document;

  g_action_group_activate_action (G_ACTION_GROUP (entente_test_application ()), "new-from-template", g_variant_new_string ("blank"));
  entente_test_iterate ();
  documents = list_documents ();
  g_assert_cmpuint (documents->len, ==, 1);
  window = g_ptr_array_index (documents, 0);
  g_assert_true (entente_window_is_pristine (window));
  g_clear_pointer (&documents, g_ptr_array_unref);

  g_action_group_activate_action (G_ACTION_GROUP (entente_test_application ()), "new", NULL);
  entente_test_iterate ();
  g_assert_nonnull (find_welcome ());
  documents = list_documents ();
  g_assert_cmpuint (documents->len, ==, 1);
  g_clear_pointer (&documents, g_ptr_array_unref);

  choose_template ("outbound-sdr-led");
  g_assert_null (find_welcome ());
  documents = list_documents ();
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_true (g_ptr_array_index (documents, 0) == window);
  g_clear_pointer (&documents, g_ptr_array_unref);
  document = entente_window_get_document (window);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_parties (document)), ==, 3);
  g_assert_false (entente_document_get_modified (document));

  /* Edited, it stays, and the next template opens beside it. */
  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (document)), ENTENTE_META_FIELD_TITLE, "Acme outbound");
  g_assert_false (entente_window_is_pristine (window));
  g_action_group_activate_action (G_ACTION_GROUP (entente_test_application ()), "new", NULL);
  entente_test_iterate ();
  choose_template ("b2b-saas-inbound");
  documents = list_documents ();
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (document)), ==, "Acme outbound");

  /* Closing asks about the edited one; leave it unanswered. */
  close_all ();
}

static gboolean
is_chooser (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      {
        if (data != NULL)
          *(GtkWidget **) data = l->data;
        return TRUE;
      }

  return FALSE;
}

static void
close_chooser (void)
{
  GtkWidget *chooser = NULL;

  g_assert_true (entente_test_wait_for (is_chooser, &chooser, 10000));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  entente_test_iterate ();
}

static gboolean
has_finding (EntenteWindow *window,
             const char    *code)
{
  GPtrArray *findings = entente_window_get_findings (window);

  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((EntenteFinding *) g_ptr_array_index (findings, i))->code, code))
      return TRUE;

  return FALSE;
}

/* The template's example persona is a warning of the window, and asked
 * about, never refused, before Export; Show Persona goes to it; once
 * edited, nothing is asked.  The Sign dialog says it too. */
static void
test_example_before_export (void)
{
  const char *heading = _("Export the Template’s Example?");
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(EntenteParty) party = NULL;
  g_autoptr(EntentePersona) persona = NULL;
  g_autofree char *example = NULL;
  EntenteWindow *window;
  EntenteDocument *document;
  EntenteAlert *alert;
  GtkWidget *sign;

  g_action_group_activate_action (G_ACTION_GROUP (entente_test_application ()), "new-from-template", g_variant_new_string ("b2b-saas-inbound"));
  entente_test_iterate ();
  documents = list_documents ();
  window = g_ptr_array_index (documents, 0);
  document = entente_window_get_document (window);
  g_assert_true (has_finding (window, "example-content"));
  example = entente_example_describe (document);
  g_assert_nonnull (example);

  entente_window_export (window, "md");
  entente_test_iterate ();
  alert = entente_alert_find_open (heading);
  g_assert_nonnull (alert);
  g_assert_cmpstr (entente_alert_get_body (alert), ==, example);
  entente_alert_respond (alert, "show");
  entente_test_iterate ();
  g_assert_cmpint (entente_window_get_step (window), ==, ENTENTE_SECTION_PERSONAS);
  g_assert_false (is_chooser (NULL));

  entente_window_export (window, "md");
  entente_test_iterate ();
  entente_alert_respond (entente_alert_find_open (heading), "cancel");
  entente_test_iterate ();
  g_assert_null (entente_alert_find_open (heading));
  g_assert_false (is_chooser (NULL));

  entente_window_export (window, "md");
  entente_test_iterate ();
  entente_alert_respond (entente_alert_find_open (heading), "go-on");
  entente_test_iterate ();
  close_chooser ();

  party = g_list_model_get_item (entente_document_get_parties (document), 0);
  sign = g_object_ref_sink (entente_sign_dialog_new (party));
  g_assert_nonnull (strstr (entente_sign_dialog_get_warning (ENTENTE_SIGN_DIALOG (sign)), example));
  g_object_unref (sign);

  /* Described as their own buyer, it is no longer an example. */
  persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  entente_item_set_string (ENTENTE_ITEM (persona), ENTENTE_PERSONA_FIELD_NAME, "IT Ian");
  g_assert_false (has_finding (window, "example-content"));
  entente_window_export (window, "md");
  entente_test_iterate ();
  g_assert_null (entente_alert_find_open (heading));
  close_chooser ();

  entente_document_set_modified (document, FALSE);
  close_all ();
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);

  g_test_add_func ("/welcome/first-run", test_welcome);
  g_test_add_func ("/welcome/template-replaces-untouched", test_template_replaces_untouched);
  g_test_add_func ("/welcome/example-before-export", test_example_before_export);

  return g_test_run ();
}
