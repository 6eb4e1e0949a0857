/* test-number-editor.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "entente-gui-test-util.h"
#include "entente-i18n.h"
#include "entente-number-row.h"
#include "entente-review-window.h"
#include "entente-row-util.h"
#include "entente-test-util.h"
#include "entente-value.h"
#include "entente-window.h"

/* The numbers of the window in the locale the suite runs in (C.UTF-8,
 * en_US.UTF-8, de_DE.UTF-8, km_KH.UTF-8): each shows grouped as that
 * locale writes it, reads what is typed that way, refuses what it cannot
 * read, and writes nothing nobody changed.  Widgets are found by the item
 * and field they edit, never by their (translated) labels. */

typedef EntenteTestWindow Fixture;

/* The example as Entente writes it, so that saving it untouched gives
 * the same bytes. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  entente_test_window_open (fixture, data != NULL ? data : "acme-saas.entente", TRUE, 1100, 800);
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

static GtkWidget *
show_step (Fixture     *fixture,
           EntenteSection  step)
{
  return entente_test_window_show_step (fixture, step);
}

/* Finding number rows by what they edit */

static const EntenteField *
row_field (EntenteNumberRow *row)
{
  return entente_row_field (entente_number_row_get_item (row), entente_number_row_get_field (row));
}

static gboolean
is_number_row (GtkWidget *widget,
               gpointer   data)
{
  return ENTENTE_IS_NUMBER_ROW (widget);
}

static gboolean
is_number_row_for (GtkWidget *widget,
                   gpointer   field_name)
{
  return ENTENTE_IS_NUMBER_ROW (widget) &&
         g_str_equal (row_field (ENTENTE_NUMBER_ROW (widget))->name, field_name);
}

static gboolean
is_entry (GtkWidget *widget,
          gpointer   data)
{
  return GTK_IS_ENTRY (widget);
}

/* The first row of @step editing a field called @field_name. */
static EntenteNumberRow *
find_number_row (Fixture     *fixture,
                 EntenteSection  step,
                 const char  *field_name)
{
  GtkWidget *row = entente_test_find_widget (show_step (fixture, step), is_number_row_for, (gpointer) field_name);

  g_assert_nonnull (row);
  return ENTENTE_NUMBER_ROW (row);
}

static GtkWidget *
entry_of (EntenteNumberRow *row)
{
  GtkWidget *entry = entente_test_find_widget (GTK_WIDGET (row), is_entry, NULL);

  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_widget_get_name (entry), ==, "number-entry");
  return entry;
}

static const char *
text_of (EntenteNumberRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry_of (row)));
}

/* Presses Escape in a number's box. */
static void
press_escape (GtkWidget *entry)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
    }
  g_assert_true (handled);
}

/* Types @text and presses Enter. */
static void
type_and_enter (EntenteNumberRow *row,
                const char       *text)
{
  GtkWidget *entry = entry_of (row);

  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  entente_test_iterate ();
}

/* The model's value in the unit shown: a rate as a percentage. */
static double
shown_value (EntenteNumberRow *row)
{
  EntenteItem *item = entente_number_row_get_item (row);
  guint field = entente_number_row_get_field (row);

  switch (row_field (row)->kind)
    {
    case ENTENTE_VALUE_INT:
      return entente_item_get_int (item, field);
    case ENTENTE_VALUE_RATE:
      return round (entente_item_get_double (item, field) * 100.0 * 1e6) / 1e6;
    default:
      return entente_item_get_double (item, field);
    }
}

/* The locale's marks, from the C library rather than from Entente: C has
 * no grouping, and there the interface writes English marks. */

static char *
group_mark (void)
{
  const char *mark = localeconv ()->thousands_sep;

  return g_strdup (mark != NULL && *mark != '\0' ? mark : ",");
}

static char *
decimal_mark (void)
{
  const char *mark = localeconv ()->decimal_point;

  return g_strdup (mark != NULL && *mark != '\0' ? mark : ".");
}

static gboolean
locale_is (const char *prefix)
{
  return g_str_has_prefix (setlocale (LC_NUMERIC, NULL), prefix);
}

/* @value written with the C library's marks, grouped by thousands: what
 * each row must show. */
static char *
expected_text (double value,
               guint  decimals)
{
  g_autofree char *group = group_mark ();
  g_autofree char *point = decimal_mark ();
  g_autofree char *digits = g_strdup_printf ("%.0f", fabs (trunc (value)));
  GString *out = g_string_new (value < 0 ? "-" : "");
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (out, group);
      g_string_append_c (out, digits[i]);
    }
  if (decimals > 0)
    {
      g_autofree char *fraction = g_strdup_printf ("%0*.0f", (int) decimals,
                                                   round ((fabs (value) - floor (fabs (value))) * pow (10, decimals)));

      g_string_append (out, point);
      g_string_append (out, fraction);
    }
  return g_string_free (out, FALSE);
}

/* Every number of every step shows its value grouped the locale's way. */
static void
test_numbers_show_formatted (Fixture       *fixture,
                             gconstpointer  data)
{
  guint n_rows = 0;
  guint n_grouped = 0;

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      g_autoptr(GPtrArray) rows = entente_test_find_all (show_step (fixture, step), is_number_row, NULL);

      for (guint i = 0; i < rows->len; i++)
        {
          EntenteNumberRow *row = g_ptr_array_index (rows, i);
          const EntenteField *field = row_field (row);
          double value = shown_value (row);
          g_autofree char *expected = NULL;

          g_assert_cmpfloat (value, ==, round (value));
          if (value == 0.0 && (field->flags & ENTENTE_FIELD_REQUIRED) == 0)
            expected = g_strdup ("");
          else
            expected = expected_text (value, 0);
          g_test_message ("%s %s: %s", field->name, expected, text_of (row));
          g_assert_cmpstr (text_of (row), ==, expected);
          g_assert_null (entente_number_row_get_error (row));

          /* Labelled for assistive technologies by the field's name: by
           * the row's title, once (test-window-a11y.c hears it), or by a
           * label of its own. */
          {
            const char *label = entente_row_field_label (entente_number_row_get_item (row),
                                                         entente_number_row_get_field (row));
            g_autofree char *problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (entry_of (row)),
                                                                           GTK_ACCESSIBLE_PROPERTY_LABEL, label);

            if (problem != NULL)
              {
                g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (entry_of (row)),
                                                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY));
                g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, label);
              }
          }

          n_rows++;
          if (fabs (value) >= 1000)
            n_grouped++;
        }
    }

  /* Acme's revision, company sizes, revenues, deal, rates, targets,
   * points, thresholds and attempts. */
  g_assert_cmpuint (n_rows, >=, 30);
  g_assert_cmpuint (n_grouped, >=, 5);

  /* And as written out, in the four locales of the suite. */
  {
    gboolean german = locale_is ("de_DE");

    if (german || locale_is ("C") || locale_is ("en_US") || locale_is ("km_KH"))
      {
        g_assert_cmpstr (text_of (find_number_row (fixture, ENTENTE_SECTION_GOALS, "revenue")), ==,
                         german ? "250.000" : "250,000");
        g_assert_cmpstr (text_of (find_number_row (fixture, ENTENTE_SECTION_GOALS, "average-deal")), ==,
                         german ? "12.500" : "12,500");
        g_assert_cmpstr (text_of (find_number_row (fixture, ENTENTE_SECTION_PERSONAS, "annual-revenue-max")), ==,
                         german ? "100.000.000" : "100,000,000");
        g_assert_cmpstr (text_of (find_number_row (fixture, ENTENTE_SECTION_GOALS, "marketing-share")), ==, "70");
      }
  }
}

/* Moves the focus as Tab does. */
static void
press_tab (Fixture *fixture)
{
  gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD);
  entente_test_iterate ();
}

static void
assert_untouched (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  gsize length = 0;

  g_assert_false (entente_document_get_modified (document_of (fixture)));

  /* Saved, the file is the very one that was opened. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  entente_test_iterate ();
  g_assert_true (g_file_get_contents (fixture->path, &saved, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (saved, length, g_bytes_get_data (fixture->original, NULL), g_bytes_get_size (fixture->original));
}

/* Focusing every number, pressing Enter in it and tabbing out of it, then
 * tabbing through every control of every step, writes nothing. */
static void
test_tabbing_writes_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  guint n_rows = 0;

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      GtkWidget *page = show_step (fixture, step);
      g_autoptr(GPtrArray) rows = entente_test_find_all (page, is_number_row, NULL);
      GtkWidget *first;

      for (guint i = 0; i < rows->len; i++)
        {
          EntenteNumberRow *row = g_ptr_array_index (rows, i);
          g_autofree char *before = g_strdup (text_of (row));

          gtk_widget_grab_focus (entry_of (row));
          entente_test_iterate ();
          /* Ctrl+Z in a number nobody typed in takes nothing back. */
          gtk_widget_activate_action (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (entry_of (row)))),
                                      "text.undo", NULL);
          entente_test_iterate ();
          g_assert_cmpstr (text_of (row), ==, before);
          g_signal_emit_by_name (entry_of (row), "activate");
          entente_test_iterate ();
          press_tab (fixture);
          g_assert_cmpstr (text_of (row), ==, before);
          g_assert_false (entente_document_get_modified (document_of (fixture)));
          n_rows++;
        }

      /* Tab through all the step holds, from its first number. */
      first = rows->len > 0 ? entry_of (g_ptr_array_index (rows, 0)) : NULL;
      if (first != NULL)
        gtk_widget_grab_focus (first);
      for (guint i = 0; i < 300; i++)
        press_tab (fixture);
      g_assert_false (entente_document_get_modified (document_of (fixture)));
    }

  g_assert_cmpuint (n_rows, >=, 10);
  assert_untouched (fixture);
}

/* A number typed with the locale's marks is read as that locale means
 * it, and is one step to undo. */
static void
test_typed_in_locale (Fixture       *fixture,
                      gconstpointer  data)
{
  EntenteNumberRow *row = find_number_row (fixture, ENTENTE_SECTION_GOALS, "average-deal");
  EntenteItem *goals = entente_number_row_get_item (row);
  guint field = entente_number_row_get_field (row);
  g_autofree char *point = decimal_mark ();
  gboolean comma = g_str_equal (point, ",");
  g_autofree char *expected = expected_text (1234.5, 2);

  type_and_enter (row, comma ? "1.234,5" : "1,234.5");
  g_assert_cmpfloat (entente_item_get_double (goals, field), ==, 1234.5);
  g_assert_true (entente_document_get_modified (document_of (fixture)));
  g_assert_cmpstr (text_of (row), ==, expected);
  g_assert_null (entente_number_row_get_error (row));

  /* Tabbing out of it again writes nothing more. */
  press_tab (fixture);
  g_assert_cmpfloat (entente_item_get_double (goals, field), ==, 1234.5);

  /* Plain digits are read too. */
  type_and_enter (row, "2000");
  g_assert_cmpfloat (entente_item_get_double (goals, field), ==, 2000.0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_cmpfloat (entente_item_get_double (goals, field), ==, 1234.5);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  entente_test_iterate ();
  g_assert_cmpfloat (entente_item_get_double (goals, field), ==, 12500.0);
  g_assert_false (entente_document_get_modified (document_of (fixture)));
  {
    g_autofree char *shown = expected_text (12500, 0);

    g_assert_cmpstr (text_of (row), ==, shown);
  }
}

/* Saving (Ctrl+S) with a number typed but not yet entered saves it. */
static void
test_save_while_typing (Fixture       *fixture,
                        gconstpointer  data)
{
  EntenteNumberRow *row = find_number_row (fixture, ENTENTE_SECTION_GOALS, "revenue");
  GtkWidget *entry = entry_of (row);
  g_autofree char *saved = NULL;

  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "300000");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  entente_test_iterate ();

  g_assert_true (g_file_get_contents (fixture->path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "<revenue>300000</revenue>"));
  g_assert_false (entente_document_get_modified (document_of (fixture)));
}

/* The original report: 2000 typed as a company size stays 2000. */
static void
test_company_size (Fixture       *fixture,
                   gconstpointer  data)
{
  EntenteNumberRow *row = find_number_row (fixture, ENTENTE_SECTION_PERSONAS, "company-size-max");
  g_autofree char *expected = expected_text (2000, 0);

  type_and_enter (row, "2000");
  g_assert_cmpint (entente_item_get_int (entente_number_row_get_item (row), entente_number_row_get_field (row)), ==, 2000);
  g_assert_cmpstr (text_of (row), ==, expected);

  /* A rate is typed as a percentage. */
  row = find_number_row (fixture, ENTENTE_SECTION_GOALS, "marketing-share");
  type_and_enter (row, "65");
  g_assert_cmpfloat (entente_item_get_double (entente_number_row_get_item (row), entente_number_row_get_field (row)), ==, 0.65);
  g_assert_cmpstr (text_of (row), ==, "65");
}

static void
assert_refused (Fixture     *fixture,
                EntenteSection  step,
                const char  *field_name,
                const char  *text)
{
  EntenteNumberRow *row = find_number_row (fixture, step, field_name);
  GtkWidget *entry = entry_of (row);
  double before = shown_value (row);
  g_autofree char *shown = g_strdup (text_of (row));

  g_test_message ("%s: “%s”", field_name, text);
  type_and_enter (row, text);

  /* Shown as an error, in the row and to assistive technologies ... */
  g_assert_nonnull (entente_number_row_get_error (row));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, entente_number_row_get_error (row));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (entry), ==, entente_number_row_get_error (row));
  g_assert_cmpstr (text_of (row), ==, text);

  /* ... and written nowhere, not even when the focus leaves. */
  press_tab (fixture);
  g_assert_cmpfloat (shown_value (row), ==, before);
  g_assert_false (entente_document_get_modified (document_of (fixture)));
  g_assert_nonnull (entente_number_row_get_error (row));

  /* Escape puts the model's value back; so does typing it again, which
   * clears the error at once. */
  if (g_str_equal (field_name, "revenue"))
    press_escape (entry);
  else
    gtk_editable_set_text (GTK_EDITABLE (entry), shown);
  g_assert_cmpstr (text_of (row), ==, shown);
  g_assert_null (entente_number_row_get_error (row));
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (entente_document_get_modified (document_of (fixture)));
}

/* What cannot be read, or is outside the field's range, is an error. */
static void
test_garbage_is_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *point = decimal_mark ();
  gboolean comma = g_str_equal (point, ",");

  assert_refused (fixture, ENTENTE_SECTION_GOALS, "revenue", "12abc");
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "revenue", "lots");
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "revenue", "1e6");
  /* Mixed marks are read only as the locale writes them. */
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "revenue", comma ? "1,234.5" : "1.234,5");
  /* A decimal written another locale's way is refused, not read ten or
   * a hundred times off. */
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "revenue", comma ? "0.5" : "12,00");
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "revenue", "-1");
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "revenue", "2000000000000000");
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "marketing-share", "150");
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "marketing-share", "0");
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "rate", "");
  assert_refused (fixture, ENTENTE_SECTION_GOALS, "count", "");
  assert_refused (fixture, ENTENTE_SECTION_PERSONAS, "company-size-min", "-5");
  assert_refused (fixture, ENTENTE_SECTION_PERSONAS, "company-size-min", comma ? "2,5" : "2.5");
  assert_refused (fixture, ENTENTE_SECTION_PERSONAS, "company-size-min", "3000000000");

  assert_untouched (fixture);
}

/* German typing, whatever locale the suite runs in. */
static void
test_german (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      entente_test_skip_missing ("the de_DE.UTF-8 locale is not installed (build-aux/install-deps generates it)");
      return;
    }

  {
    Fixture fixture = { 0 };
    EntenteNumberRow *row;

    fixture_set_up (&fixture, NULL);
    g_assert_cmpstr (text_of (find_number_row (&fixture, ENTENTE_SECTION_GOALS, "revenue")), ==, "250.000");
    row = find_number_row (&fixture, ENTENTE_SECTION_GOALS, "average-deal");
    type_and_enter (row, "1.234,5");
    g_assert_cmpfloat (entente_item_get_double (entente_number_row_get_item (row), entente_number_row_get_field (row)), ==, 1234.5);
    g_assert_cmpstr (text_of (row), ==, "1.234,50");
    fixture_tear_down (&fixture, NULL);
  }

  setlocale (LC_ALL, previous);
}

static gboolean
edits_a_date (GtkWidget *widget,
              gpointer   data)
{
  EntenteItem *item = entente_row_get_item (widget);

  return item != NULL && entente_row_field (item, entente_row_get_field (widget))->kind == ENTENTE_VALUE_DATE;
}

/* Dates read in the medium form, "1 Jan 2027", not as %x's "01/01/2027". */
static void
test_dates_medium (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) buttons = entente_test_find_all (show_step (fixture, ENTENTE_SECTION_OVERVIEW), edits_a_date, NULL);

  g_assert_cmpuint (buttons->len, >=, 2);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *editor = g_ptr_array_index (buttons, i);
      GtkWidget *button = gtk_widget_get_first_child (editor);
      const GDate *date = entente_item_get_boxed (entente_row_get_item (editor), entente_row_get_field (editor));
      g_autofree char *expected = entente_format_medium_date (entente_locale_get_interface (), date);
      const char *label;

      g_assert_true (GTK_IS_MENU_BUTTON (button));
      label = gtk_menu_button_get_label (GTK_MENU_BUTTON (button));

      g_assert_cmpstr (label, ==, expected);
      g_assert_nonnull (strstr (label, "2027"));
      g_assert_null (strchr (label, '/'));
    }
}

/* The monthly review's months are named, their years never grouped: no
 * year reads "2,027". */
static void
test_review_period_ungrouped (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *review = entente_review_window_new (document_of (fixture));
  g_autofree char *path = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autoptr(GFile) csv = g_file_new_for_path (path);
  GtkWidget *row;
  GListModel *months;

  entente_pages_dialog_present (review, GTK_WINDOW (fixture->window));
  entente_test_iterate ();
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (review), csv, 0, 0);
  g_assert_true (entente_test_wait_for (entente_test_review_done, review, 20000));
  entente_test_iterate ();
  row = entente_test_find_row (review, ADW_TYPE_COMBO_ROW, _("Month"));
  g_assert_nonnull (row);
  months = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_assert_cmpuint (g_list_model_get_n_items (months), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (months); i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (months), i);

      g_assert_true (strstr (name, "2026") != NULL || strstr (name, "2027") != NULL);
      g_assert_false (g_regex_match_simple ("2[^0-9 ]0[0-9]{2}", name, 0, 0));
    }
  entente_pages_dialog_close (review);
  entente_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_message ("locale: %s", setlocale (LC_ALL, NULL));

#define ADD(path, example, func) g_test_add (path, Fixture, example, fixture_set_up, func, fixture_tear_down)
  ADD ("/number-editor/show-formatted", NULL, test_numbers_show_formatted);
  ADD ("/number-editor/tabbing-writes-nothing", NULL, test_tabbing_writes_nothing);
  ADD ("/number-editor/tabbing-writes-nothing-khmer-example", "angkor-retail-km.entente", test_tabbing_writes_nothing);
  ADD ("/number-editor/typed-in-locale", NULL, test_typed_in_locale);
  ADD ("/number-editor/company-size", NULL, test_company_size);
  ADD ("/number-editor/save-while-typing", NULL, test_save_while_typing);
  ADD ("/number-editor/garbage-is-refused", NULL, test_garbage_is_refused);
  ADD ("/number-editor/dates-medium", NULL, test_dates_medium);
  ADD ("/number-editor/review-period-ungrouped", NULL, test_review_period_ungrouped);
#undef ADD
  g_test_add_func ("/number-editor/german", test_german);

  return g_test_run ();
}
