/* test-window-language.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <glib/gstdio.h>

#include "entente-gui-test-util.h"
#include "entente-test-util.h"
#include "entente-window.h"

/* The Language row of the Overview step, driven through its widget: it
 * shows the document's language, the one its texts are written in when
 * the file gives none, and writes only when a person picks another. */

typedef EntenteTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  entente_test_window_open (fixture, data, FALSE, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  entente_test_window_close (fixture);
}

static AdwComboRow *
show_language_row (Fixture *fixture)
{
  GtkWidget *page;
  GtkWidget *row;

  entente_window_show_step (fixture->window, ENTENTE_SECTION_OVERVIEW);
  entente_test_iterate ();
  page = entente_test_visible_page (GTK_WIDGET (fixture->window));
  row = entente_test_find_row (page, ADW_TYPE_COMBO_ROW, _("Language"));
  g_assert_nonnull (row);

  return ADW_COMBO_ROW (row);
}

static const char *
shown_language (AdwComboRow *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  g_assert_nonnull (item);
  return gtk_string_object_get_string (item);
}

static guint
position_of (AdwComboRow *row,
             const char  *name)
{
  GListModel *names = adw_combo_row_get_model (row);

  for (guint i = 0, n = g_list_model_get_n_items (names); i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      return i;

  g_error ("the language row offers no “%s”", name);
}

static gboolean
is_popover (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_POPOVER (widget);
}

/* Showing the step, focusing the row, opening and closing its list and
 * walking through every step write nothing: the file gives no language
 * and still gives none. */
static void
test_showing_writes_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *example_name = data;
  const char *expected = g_str_has_prefix (example_name, "angkor") ? "ខ្មែរ" : "English";
  EntenteDocument *document = entente_window_get_document (fixture->window);
  AdwComboRow *row = show_language_row (fixture);
  GtkWidget *popover;

  g_assert_cmpstr (shown_language (row), ==, expected);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, _("Detected from the agreement’s text"));

  gtk_widget_grab_focus (GTK_WIDGET (row));
  entente_test_iterate ();
  gtk_widget_activate (GTK_WIDGET (row));
  entente_test_iterate ();
  popover = entente_test_find_widget (GTK_WIDGET (row), is_popover, NULL);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  entente_test_iterate ();

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      entente_window_show_step (fixture->window, step);
      entente_test_iterate ();
    }
  row = show_language_row (fixture);
  g_assert_cmpstr (shown_language (row), ==, expected);

  g_assert_false (entente_document_get_modified (document));
  g_assert_null (entente_meta_get_language (entente_document_get_meta (document)));
  g_assert_cmpstr (entente_document_get_language (document), ==,
                   g_str_has_prefix (example_name, "angkor") ? "km" : "en");
}

/* Picking Khmer sets the document's language: modified, saved in the
 * file, undone like any edit. */
static void
test_pick_khmer (Fixture       *fixture,
                 gconstpointer  data)
{
  EntenteDocument *document = entente_window_get_document (fixture->window);
  AdwComboRow *row = show_language_row (fixture);
  g_autofree char *saved = NULL;

  g_assert_cmpstr (shown_language (row), ==, "English");
  g_assert_false (entente_document_get_modified (document));

  adw_combo_row_set_selected (row, position_of (row, "ខ្មែរ"));
  entente_test_iterate ();
  g_assert_cmpstr (entente_document_get_language (document), ==, "km");
  g_assert_cmpstr (entente_meta_get_language (entente_document_get_meta (document)), ==, "km");
  g_assert_true (entente_document_get_modified (document));
  g_assert_cmpstr (shown_language (row), ==, "ខ្មែរ");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_false (entente_document_get_modified (document));
  g_assert_true (g_file_get_contents (fixture->path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\n    <language>km</language>\n"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_null (entente_meta_get_language (entente_document_get_meta (document)));
  g_assert_cmpstr (entente_document_get_language (document), ==, "en");
  g_assert_cmpstr (shown_language (row), ==, "English");
  g_assert_true (entente_document_get_modified (document));
}

/* The step's page slides away at its own pace, slower on a busy machine. */
static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* With no language in the file, the row follows the texts as they are
 * written, and writes no language of its own. */
static void
test_follows_texts (void)
{
  g_autoptr(EntenteDocument) document = entente_document_new ();
  EntenteMeta *meta = entente_document_get_meta (document);
  Fixture fixture = { NULL };
  AdwComboRow *row;

  g_object_set (meta, "title", "Sales & Marketing SLA", NULL);
  entente_document_set_modified (document, FALSE);
  fixture.window = g_object_ref_sink (entente_window_new (NULL, document, NULL));
  gtk_window_present (GTK_WINDOW (fixture.window));
  entente_test_iterate ();

  row = show_language_row (&fixture);
  g_assert_cmpstr (shown_language (row), ==, "English");

  g_object_set (meta, "title", "កិច្ចព្រមព្រៀងកម្រិតសេវាកម្ម ការលក់ និងទីផ្សារ", NULL);
  entente_test_iterate ();
  g_assert_cmpstr (entente_document_get_language (document), ==, "km");
  g_assert_cmpstr (shown_language (row), ==, "ខ្មែរ");
  g_assert_null (entente_meta_get_language (meta));

  /* Changed while another step shows, seen when the Overview shows again. */
  entente_window_show_step (fixture.window, ENTENTE_SECTION_PERSONAS);
  g_assert_true (entente_test_wait_for (is_unmapped, row, 10000));
  g_object_set (meta, "title", "Sales & Marketing SLA", NULL);
  entente_test_iterate ();
  row = show_language_row (&fixture);
  entente_test_iterate ();
  g_assert_cmpstr (entente_document_get_language (document), ==, "en");
  g_assert_cmpstr (shown_language (row), ==, "English");
  g_assert_null (entente_meta_get_language (meta));

  entente_document_set_modified (document, FALSE);
  gtk_window_close (GTK_WINDOW (fixture.window));
  g_object_unref (fixture.window);
  entente_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);

#define ADD(path, example, func) g_test_add (path, Fixture, example, fixture_set_up, func, fixture_tear_down)
  ADD ("/window-language/acme/showing-writes-nothing", "acme-saas.entente", test_showing_writes_nothing);
  ADD ("/window-language/angkor/showing-writes-nothing", "angkor-retail-km.entente", test_showing_writes_nothing);
  ADD ("/window-language/acme/pick-khmer", "acme-saas.entente", test_pick_khmer);
#undef ADD
  g_test_add_func ("/window-language/follows-texts", test_follows_texts);

  return g_test_run ();
}
