/* entente-duration-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-value-rows.h"

/* A duration as people say it: a number and a unit.  A duration written
 * with several units (P1DT12H) shows in the smallest of them (36 hours);
 * editing writes one unit back. */

typedef enum {
  UNIT_MINUTES,
  UNIT_HOURS,
  UNIT_DAYS,
  UNIT_WEEKS,
} Unit;

static const guint64 unit_minutes[] = { 1, 60, 24 * 60, 7 * 24 * 60 };

static void
split (const EntenteDuration *d,
       guint64               *amount,
       Unit                  *unit)
{
  guint64 minutes;

  *amount = 0;
  *unit = UNIT_HOURS;
  if (entente_duration_is_zero (d))
    return;

  minutes = (guint64) entente_duration_to_seconds (d) / 60;
  if (d->minutes || d->seconds)
    *unit = UNIT_MINUTES;
  else if (d->hours)
    *unit = UNIT_HOURS;
  else if (d->days || d->months || d->years)
    *unit = UNIT_DAYS;
  else
    *unit = UNIT_WEEKS;
  *amount = minutes / unit_minutes[*unit];
}

static void
update_duration (GtkWidget   *box,
                 EntenteItem *item,
                 guint        field)
{
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (box), "spin");
  GtkDropDown *units = g_object_get_data (G_OBJECT (box), "units");
  guint64 amount;
  Unit unit;

  split (entente_item_get_boxed (item, field), &amount, &unit);
  g_object_set_data (G_OBJECT (box), "updating", GINT_TO_POINTER (TRUE));
  if ((guint64) gtk_spin_button_get_value (spin) != amount)
    gtk_spin_button_set_value (spin, (double) amount);
  if (gtk_drop_down_get_selected (units) != unit && amount > 0)
    gtk_drop_down_set_selected (units, unit);
  g_object_set_data (G_OBJECT (box), "updating", NULL);
}

static void
on_duration_edited (GtkWidget *box)
{
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (box), "spin");
  GtkDropDown *units = g_object_get_data (G_OBJECT (box), "units");
  guint32 amount = (guint32) gtk_spin_button_get_value (spin);
  g_autoptr(EntenteDuration) d = NULL;

  if (g_object_get_data (G_OBJECT (box), "updating"))
    return;

  if (amount > 0)
    {
      d = entente_duration_new ();
      switch ((Unit) gtk_drop_down_get_selected (units))
        {
        case UNIT_MINUTES: d->minutes = amount; break;
        case UNIT_HOURS: d->hours = amount; break;
        case UNIT_DAYS: d->days = amount; break;
        case UNIT_WEEKS: d->weeks = amount; break;
        default: g_assert_not_reached ();
        }
    }

  entente_item_set_boxed (entente_row_get_item (box), entente_row_get_field (box), d);
}

GtkWidget *
entente_duration_row_new (EntenteItem *item,
                          guint        field)
{
  const char * const unit_names[] = { _("minutes"), _("hours"), _("days"), _("weeks"), NULL };
  const char *label = entente_row_field_label (item, field);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 9999, 1);
  GtkWidget *units = gtk_drop_down_new_from_strings (unit_names);
  g_autofree char *unit_label = g_strdup_printf (_("%s, unit"), label);
  GtkWidget *row;

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (units, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), units);
  entente_row_set_accessible_label (units, unit_label);
  g_object_set_data (G_OBJECT (box), "spin", spin);
  g_object_set_data (G_OBJECT (box), "units", units);

  row = entente_row_new_action_row (item, field, box);
  entente_row_set_accessible_label (spin, label);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  entente_row_watch (box, item, field, update_duration);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_duration_edited), box);
  g_signal_connect_swapped (units, "notify::selected", G_CALLBACK (on_duration_edited), box);

  return row;
}
