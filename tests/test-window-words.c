/* test-window-words.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "entente-gui-test-util.h"
#include "entente-guidance.h"
#include "entente-i18n.h"
#include "entente-test-util.h"
#include "entente-window.h"

/* What the window shows people is words: no ISO duration ("PT4H"), no
 * zone id ("America/New_York"), no item id ("mql-to-sdr"), no channel
 * code ("phone, email") in any label
 * of any step, in whatever locale the suite runs. */

static gboolean
is_shown_label (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget);
}

static GPtrArray *
ids_of (EntenteDocument *document,
        const char      *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) regex = g_regex_new (" id=\"([^\"]*-[^\"]*)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (g_regex_match (regex, contents, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    g_ptr_array_add (ids, g_match_info_fetch (match, 1));
  return ids;
}

static void
assert_words (const char *example)
{
  g_autofree char *path = entente_test_example_path (example);
  g_autoptr(EntenteDocument) document = entente_test_load_example (example);
  g_autoptr(GPtrArray) ids = ids_of (document, path);
  /* Durations and zones as the file writes them, and channels as codes. */
  g_autoptr(GRegex) codes = g_regex_new ("\\bP[0-9]+[YMWD]|\\bPT[0-9]+[HMS]|\\b[A-Z][a-z]+/[A-Z][a-z_]+|"
                                         "(^|, )(phone|email|linkedin|telegram)(,|$)", 0, 0, NULL);
  EntenteWindow *window = entente_window_new (NULL, document, NULL);
  guint found = 0;

  g_assert_cmpuint (ids->len, >, 0);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  entente_test_iterate ();

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      g_autoptr(GPtrArray) labels = NULL;

      entente_window_show_step (window, step);
      entente_test_iterate ();
      entente_test_expand_all (entente_test_visible_page (GTK_WIDGET (window)));
      entente_test_settle (100);

      labels = entente_test_find_all (GTK_WIDGET (window), is_shown_label, NULL);
      for (guint i = 0; i < labels->len; i++)
        {
          const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));
          g_autoptr(GRegex) word = NULL;

          if (g_regex_match (codes, text, 0, NULL))
            {
              g_test_message ("%s, step %s: “%s” shows a code", example, entente_section_get_id (step), text);
              found++;
            }
          for (guint j = 0; j < ids->len; j++)
            {
              g_autofree char *escaped = g_regex_escape_string (g_ptr_array_index (ids, j), -1);
              g_autofree char *pattern = g_strdup_printf ("(^|[^[:alnum:]_-])%s($|[^[:alnum:]_-])", escaped);
              g_autoptr(GRegex) id = g_regex_new (pattern, 0, 0, NULL);

              if (g_regex_match (id, text, 0, NULL))
                {
                  g_test_message ("%s, step %s: “%s” shows the id %s", example,
                                  entente_section_get_id (step), text, (char *) g_ptr_array_index (ids, j));
                  found++;
                }
            }
        }
    }

  g_assert_cmpuint (found, ==, 0);
  g_assert_false (entente_document_get_modified (document));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_acme (void)
{
  assert_words ("acme-saas.entente");
}

static void
test_angkor (void)
{
  assert_words ("angkor-retail-km.entente");
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);

  g_test_add_func ("/window-words/acme", test_acme);
  g_test_add_func ("/window-words/angkor", test_angkor);

  return g_test_run ();
}
