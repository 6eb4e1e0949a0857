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

#define ENTENTE_TYPE_DURATION_EDITOR (entente_duration_editor_get_type ())
G_DECLARE_FINAL_TYPE (EntenteDurationEditor, entente_duration_editor, ENTENTE, DURATION_EDITOR, GtkWidget)

struct _EntenteDurationEditor
{
  GtkWidget      parent_instance;

  GtkSpinButton *amount;
  GtkDropDown   *units;
};

G_DEFINE_FINAL_TYPE (EntenteDurationEditor, entente_duration_editor, GTK_TYPE_WIDGET)

static void
update_duration (GtkWidget   *widget,
                 EntenteItem *item,
                 guint        field)
{
  EntenteDurationEditor *self = ENTENTE_DURATION_EDITOR (widget);
  guint64 amount;
  Unit unit;

  split (entente_item_get_boxed (item, field), &amount, &unit);
  if ((guint64) gtk_spin_button_get_value (self->amount) != amount)
    gtk_spin_button_set_value (self->amount, (double) amount);
  if (gtk_drop_down_get_selected (self->units) != unit && amount > 0)
    gtk_drop_down_set_selected (self->units, unit);
}

static void
on_duration_edited (EntenteDurationEditor *self)
{
  guint32 amount = (guint32) gtk_spin_button_get_value (self->amount);
  g_autoptr(EntenteDuration) d = NULL;

  /* Set from the model, or not tied to it yet: not an edit. */
  if (entente_row_is_updating (GTK_WIDGET (self)) || entente_row_get_item (GTK_WIDGET (self)) == NULL)
    return;

  if (amount > 0)
    {
      d = entente_duration_new ();
      switch ((Unit) gtk_drop_down_get_selected (self->units))
        {
        case UNIT_MINUTES: d->minutes = amount; break;
        case UNIT_HOURS: d->hours = amount; break;
        case UNIT_DAYS: d->days = amount; break;
        case UNIT_WEEKS: d->weeks = amount; break;
        default: g_assert_not_reached ();
        }
    }

  entente_item_set_boxed (entente_row_get_item (GTK_WIDGET (self)), entente_row_get_field (GTK_WIDGET (self)), d);
}

static void
entente_duration_editor_dispose (GObject *object)
{
  entente_widget_dispose_children (GTK_WIDGET (object), ENTENTE_TYPE_DURATION_EDITOR);

  G_OBJECT_CLASS (entente_duration_editor_parent_class)->dispose (object);
}

static void
entente_duration_editor_class_init (EntenteDurationEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = entente_duration_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-duration-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteDurationEditor, amount);
  gtk_widget_class_bind_template_child (widget_class, EntenteDurationEditor, units);
  gtk_widget_class_bind_template_callback (widget_class, on_duration_edited);
}

static void
entente_duration_editor_init (EntenteDurationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
entente_duration_row_new (EntenteItem *item,
                          guint        field)
{
  const char *label = entente_row_field_label (item, field);
  EntenteDurationEditor *editor = g_object_new (ENTENTE_TYPE_DURATION_EDITOR, NULL);
  g_autofree char *unit_label = g_strdup_printf (_("%s, unit"), label);
  GtkWidget *row;

  entente_row_set_accessible_label (GTK_WIDGET (editor->units), unit_label);
  row = entente_row_new_action_row (item, field, GTK_WIDGET (editor));
  entente_row_set_accessible_label (GTK_WIDGET (editor->amount), label);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (editor->amount));
  entente_row_watch (GTK_WIDGET (editor), item, field, update_duration);

  return row;
}
