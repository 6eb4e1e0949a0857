/* entente-weekdays-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-row-util.h"
#include "entente-value-rows.h"

/* Business days: seven toggles named by the locale, Monday first as the
 * format stores them. */

static void
update_days (GtkWidget   *box,
             EntenteItem *item,
             guint        field)
{
  guint days = entente_item_get_flags (item, field);
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child), i++)
    {
      gboolean active = (days & (1u << i)) != 0;

      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)) != active)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), active);
    }
}

static void
on_day_toggled (GtkToggleButton *button,
                GtkWidget       *box)
{
  EntenteItem *item = entente_row_get_item (box);
  guint field = entente_row_get_field (box);
  guint days = 0;
  guint i = 0;
  g_auto(GValue) value = G_VALUE_INIT;

  if (entente_row_is_updating (box))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child), i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      days |= 1u << i;

  g_value_init (&value, ENTENTE_TYPE_WEEKDAYS);
  g_value_set_flags (&value, days);
  entente_item_set_value (item, field, &value);
}

GtkWidget *
entente_weekdays_row_new (EntenteItem *item,
                          guint        field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *row;

  gtk_widget_add_css_class (box, "linked");
  /* 2024-01-01 was a Monday. */
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (2024, 1, 1 + i, 12, 0, 0);
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *long_name = g_date_time_format (day, "%A");
      GtkWidget *toggle = gtk_toggle_button_new_with_label (short_name);

      gtk_widget_set_tooltip_text (toggle, long_name);
      entente_row_set_accessible_label (toggle, long_name);
      gtk_box_append (GTK_BOX (box), toggle);
    }

  row = entente_row_new_action_row (item, field, box);
  entente_row_watch (box, item, field, update_days);
  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
    g_signal_connect (child, "toggled", G_CALLBACK (on_day_toggled), box);

  return row;
}
