/* entente-time-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-value-rows.h"

/* A time of day, hours and minutes, on the 24-hour clock the format
 * uses.  A closing time may also be 24:00: hours that run to midnight
 * end there, not a minute before it at 23:59.  No other time has an
 * hour 24. */

#define END_OF_DAY (24 * 60)

/* 24:00 has no minutes: at hour 24 they read 00 and cannot be changed. */
static void
update_minutes_sensitive (GtkSpinButton *hours,
                          GtkSpinButton *minutes)
{
  gtk_widget_set_sensitive (GTK_WIDGET (minutes), gtk_spin_button_get_value_as_int (hours) < 24);
}

static void
update_time (GtkWidget   *box,
             EntenteItem *item,
             guint        field)
{
  GtkSpinButton *hours = g_object_get_data (G_OBJECT (box), "hours");
  GtkSpinButton *minutes = g_object_get_data (G_OBJECT (box), "minutes");
  int value = entente_item_get_int (item, field);

  if (value < 0)
    return;
  g_object_set_data (G_OBJECT (box), "updating", GINT_TO_POINTER (TRUE));
  /* An opening time of 24:00 is read from a file as it is, and shown as
   * it is, though the editor does not offer it. */
  if (value >= END_OF_DAY)
    gtk_spin_button_set_range (hours, 0, 24);
  gtk_spin_button_set_value (hours, value / 60);
  gtk_spin_button_set_value (minutes, value % 60);
  update_minutes_sensitive (hours, minutes);
  g_object_set_data (G_OBJECT (box), "updating", NULL);
}

static void
on_time_edited (GtkWidget *box)
{
  GtkSpinButton *hours = g_object_get_data (G_OBJECT (box), "hours");
  GtkSpinButton *minutes = g_object_get_data (G_OBJECT (box), "minutes");

  if (g_object_get_data (G_OBJECT (box), "updating"))
    return;

  /* Hour 24 takes the minutes back to 00 with it, in one edit. */
  if (gtk_spin_button_get_value_as_int (hours) == 24 && gtk_spin_button_get_value_as_int (minutes) != 0)
    {
      g_object_set_data (G_OBJECT (box), "updating", GINT_TO_POINTER (TRUE));
      gtk_spin_button_set_value (minutes, 0);
      g_object_set_data (G_OBJECT (box), "updating", NULL);
    }
  update_minutes_sensitive (hours, minutes);

  entente_item_set_int (entente_row_get_item (box), entente_row_get_field (box),
                        gtk_spin_button_get_value_as_int (hours) * 60 +
                        gtk_spin_button_get_value_as_int (minutes));
}

static gboolean
on_output (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

GtkWidget *
entente_time_row_new (EntenteItem *item,
                      guint        field)
{
  const char *label = entente_row_field_label (item, field);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gboolean day_end = (entente_row_field (item, field)->flags & ENTENTE_FIELD_DAY_END) != 0;
  GtkWidget *hours = gtk_spin_button_new_with_range (0, day_end ? 24 : 23, 1);
  GtkWidget *minutes = gtk_spin_button_new_with_range (0, 59, 15);
  g_autofree char *hours_label = g_strdup_printf (_("%s, hours"), label);
  g_autofree char *minutes_label = g_strdup_printf (_("%s, minutes"), label);
  GtkWidget *row;

  for (GtkWidget *w = hours; w != NULL; w = (w == hours ? minutes : NULL))
    {
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (w), TRUE);
      gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (w), TRUE);
      gtk_orientable_set_orientation (GTK_ORIENTABLE (w), GTK_ORIENTATION_VERTICAL);
      gtk_widget_set_valign (w, GTK_ALIGN_CENTER);
      g_signal_connect (w, "output", G_CALLBACK (on_output), NULL);
    }
  gtk_box_append (GTK_BOX (box), hours);
  gtk_box_append (GTK_BOX (box), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (box), minutes);
  g_object_set_data (G_OBJECT (box), "hours", hours);
  g_object_set_data (G_OBJECT (box), "minutes", minutes);

  row = entente_row_new_action_row (item, field, box);
  entente_row_set_accessible_label (hours, hours_label);
  entente_row_set_accessible_label (minutes, minutes_label);
  entente_row_watch (box, item, field, update_time);
  g_signal_connect_swapped (hours, "value-changed", G_CALLBACK (on_time_edited), box);
  g_signal_connect_swapped (minutes, "value-changed", G_CALLBACK (on_time_edited), box);

  return row;
}
