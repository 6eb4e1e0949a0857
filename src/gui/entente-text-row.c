/* entente-text-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-row-util.h"
#include "entente-value-rows.h"

/* A paragraph (a purpose, a definition): a caption over a text view that
 * wraps and grows with its text. */

static void
update_text (GtkWidget   *view,
             EntenteItem *item,
             guint        field)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  const char *value = entente_item_get_string (item, field);
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, value ? value : "") != 0)
    gtk_text_buffer_set_text (buffer, value ? value : "", -1);
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   GtkWidget     *view)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (entente_row_is_updating (view))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  entente_item_set_string (entente_row_get_item (view), entente_row_get_field (view),
                           text[0] ? text : NULL);
}

/* GTK 4.8 gives a text view no height until its layout is validated, in
 * an idle after it is mapped, and does not always ask again: ask once the
 * layout is there. */
static gboolean
resize_later (gpointer data)
{
  GtkWidget *view = data;

  gtk_widget_queue_resize (view);
  g_object_unref (view);
  return G_SOURCE_REMOVE;
}

static void
on_view_map (GtkWidget *view)
{
  g_timeout_add (50, resize_later, g_object_ref (view));
}

GtkWidget *
entente_text_row_new (EntenteItem *item,
                      guint        field)
{
  const char *label = entente_row_field_label (item, field);
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *caption = gtk_label_new (label);
  GtkWidget *view = gtk_text_view_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (caption), 0.0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "entente-paragraph");
  /* Named by its caption alone: a label besides would be heard twice. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL,
                                  -1);

  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect (view, "map", G_CALLBACK (on_view_map), NULL);
  entente_row_watch (view, item, field, update_text);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (on_buffer_changed), view, 0);

  return row;
}
