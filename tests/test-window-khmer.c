/* test-window-khmer.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "entente-gui-test-util.h"
#include "entente-item-row.h"
#include "entente-guidance.h"
#include "entente-i18n.h"
#include "entente-test-util.h"
#include "entente-window.h"

static gboolean
is_shown_label (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget);
}

/* A drop-down shows the name of what was chosen, the document's own text
 * (a stage of forty Khmer letters): that may end in an ellipsis, the
 * interface's words may not. */
static gboolean
inside_drop_down (GtkLabel *label)
{
  GtkWidget *combo = gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_COMBO_ROW);

  if (gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_DROP_DOWN) != NULL)
    return TRUE;

  /* A combo row's own title is the interface's; its value is the choice. */
  return combo != NULL &&
         g_strcmp0 (gtk_label_get_text (label), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (combo))) != 0;
}

/* A list item's row is titled with the item's own name: the document's
 * text, single-lined so that long lists stay quick. */
static gboolean
is_item_title (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);

  for (GtkWidget *w = gtk_widget_get_parent (GTK_WIDGET (label)); w != NULL; w = gtk_widget_get_parent (w))
    if (ENTENTE_IS_ITEM_ROW (w))
      return g_strcmp0 (text, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w))) == 0 ||
             g_strcmp0 (text, adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (w))) == 0;

  return FALSE;
}

/* Every step of the Khmer example in the Khmer interface: the words come
 * from km.po, and none of the interface's labels is cut short. */
static void
test_every_step_in_khmer (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("angkor-retail-km.entente");
  EntenteWindow *window = entente_window_new (NULL, document, NULL);

  /* Labels are judged where they come to rest, not halfway through an
   * expander's animation. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  entente_test_iterate ();

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      g_autoptr(GPtrArray) labels = NULL;
      guint cut = 0;

      entente_window_show_step (window, step);
      entente_test_iterate ();
      entente_test_expand_all (entente_test_visible_page (GTK_WIDGET (window)));
      entente_test_settle (300);

      g_assert_true (entente_test_is_khmer (entente_section_get_title (step)));
      labels = entente_test_find_all (GTK_WIDGET (window), is_shown_label, NULL);
      g_assert_cmpuint (labels->len, >, 10);
      for (guint i = 0; i < labels->len; i++)
        {
          GtkLabel *label = g_ptr_array_index (labels, i);

          if (!inside_drop_down (label) && !is_item_title (label) &&
              pango_layout_is_ellipsized (gtk_label_get_layout (label)))
            {
              g_test_message ("step %s: “%s” is cut short", entente_section_get_id (step), gtk_label_get_text (label));
              cut++;
            }
        }
      g_assert_cmpuint (cut, ==, 0);
    }

  entente_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "km_KH.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "km", TRUE);
  entente_test_gui_init (&argc, &argv);

  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "km_KH.UTF-8") != 0)
    {
      entente_test_skip_missing ("the km_KH.UTF-8 locale is missing (build-aux/install-deps generates it)");
      return g_test_run ();
    }

  g_test_add_func ("/window-khmer/every-step", test_every_step_in_khmer);

  return g_test_run ();
}
