/* entente-date-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-value-rows.h"

/* A date: the interface language's medium form ("1 Jan 2027") on a
 * button that opens a calendar. */

static void
update_date (GtkWidget   *button,
             EntenteItem *item,
             guint        field)
{
  const GDate *date = entente_item_get_boxed (item, field);
  GtkCalendar *calendar = g_object_get_data (G_OBJECT (button), "calendar");
  g_autofree char *text = NULL;

  if (date != NULL && g_date_valid (date))
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                       g_date_get_day (date), 0, 0, 0);

      text = entente_format_medium_date (entente_locale_get_interface (), date);
      g_object_set_data (G_OBJECT (calendar), "updating", GINT_TO_POINTER (TRUE));
      gtk_calendar_select_day (calendar, dt);
      g_object_set_data (G_OBJECT (calendar), "updating", NULL);
    }

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), text != NULL ? text : _("Choose a date"));
}

static void
on_day_selected (GtkCalendar *calendar,
                 GtkWidget   *button)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDate) date = NULL;

  if (g_object_get_data (G_OBJECT (calendar), "updating"))
    return;

  dt = gtk_calendar_get_date (calendar);
  date = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (dt),
                         (GDateMonth) g_date_time_get_month (dt),
                         (GDateYear) g_date_time_get_year (dt));
  entente_item_set_boxed (entente_row_get_item (button), entente_row_get_field (button), date);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

static void
on_clear_clicked (GtkButton *clear,
                  GtkWidget *button)
{
  entente_item_set_boxed (entente_row_get_item (button), entente_row_get_field (button), NULL);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

GtkWidget *
entente_date_row_new (EntenteItem *item,
                      guint        field)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("_Clear"));
  GtkWidget *row;

  gtk_box_append (GTK_BOX (box), calendar);
  gtk_box_append (GTK_BOX (box), clear);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), TRUE);
  entente_row_set_accessible_label (calendar, entente_row_field_label (item, field));
  g_object_set_data (G_OBJECT (button), "calendar", calendar);

  row = entente_row_new_action_row (item, field, button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  entente_row_watch (button, item, field, update_date);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_day_selected), button);
  g_signal_connect (clear, "clicked", G_CALLBACK (on_clear_clicked), button);

  return row;
}
