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

#define ENTENTE_TYPE_TIME_EDITOR (entente_time_editor_get_type ())
G_DECLARE_FINAL_TYPE (EntenteTimeEditor, entente_time_editor, ENTENTE, TIME_EDITOR, GtkWidget)

struct _EntenteTimeEditor
{
  GtkWidget      parent_instance;

  gboolean       updating;   /* set from the model: not an edit */

  GtkSpinButton *hours;
  GtkSpinButton *minutes;
};

G_DEFINE_FINAL_TYPE (EntenteTimeEditor, entente_time_editor, GTK_TYPE_WIDGET)

/* 24:00 has no minutes: at hour 24 they read 00 and cannot be changed. */
static void
update_minutes_sensitive (EntenteTimeEditor *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->minutes), gtk_spin_button_get_value_as_int (self->hours) < 24);
}

static void
update_time (GtkWidget   *widget,
             EntenteItem *item,
             guint        field)
{
  EntenteTimeEditor *self = ENTENTE_TIME_EDITOR (widget);
  int value = entente_item_get_int (item, field);

  if (value < 0)
    return;
  self->updating = TRUE;
  /* An opening time of 24:00 is read from a file as it is, and shown as
   * it is, though the editor does not offer it. */
  if (value >= END_OF_DAY)
    gtk_spin_button_set_range (self->hours, 0, 24);
  gtk_spin_button_set_value (self->hours, value / 60);
  gtk_spin_button_set_value (self->minutes, value % 60);
  update_minutes_sensitive (self);
  self->updating = FALSE;
}

static void
on_time_edited (EntenteTimeEditor *self)
{
  if (self->updating || entente_row_get_item (GTK_WIDGET (self)) == NULL)
    return;

  /* Hour 24 takes the minutes back to 00 with it, in one edit. */
  if (gtk_spin_button_get_value_as_int (self->hours) == 24 && gtk_spin_button_get_value_as_int (self->minutes) != 0)
    {
      self->updating = TRUE;
      gtk_spin_button_set_value (self->minutes, 0);
      self->updating = FALSE;
    }
  update_minutes_sensitive (self);

  entente_item_set_int (entente_row_get_item (GTK_WIDGET (self)), entente_row_get_field (GTK_WIDGET (self)),
                        gtk_spin_button_get_value_as_int (self->hours) * 60 +
                        gtk_spin_button_get_value_as_int (self->minutes));
}

static gboolean
show_two_digits (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
entente_time_editor_dispose (GObject *object)
{
  entente_widget_dispose_children (GTK_WIDGET (object), ENTENTE_TYPE_TIME_EDITOR);

  G_OBJECT_CLASS (entente_time_editor_parent_class)->dispose (object);
}

static void
entente_time_editor_class_init (EntenteTimeEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = entente_time_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-time-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteTimeEditor, hours);
  gtk_widget_class_bind_template_child (widget_class, EntenteTimeEditor, minutes);
  gtk_widget_class_bind_template_callback (widget_class, show_two_digits);
  gtk_widget_class_bind_template_callback (widget_class, on_time_edited);
}

/* A time as people type it, "09 : 00": the spins' buttons made the row
 * three lines tall.  The keys, Page Up/Down and the wheel still step. */
static void
hide_steppers (GtkSpinButton *spin)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (spin)); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_widget_set_visible (child, FALSE);
}

static void
entente_time_editor_init (EntenteTimeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hide_steppers (self->hours);
  hide_steppers (self->minutes);
}

GtkWidget *
entente_time_row_new (EntenteItem *item,
                      guint        field)
{
  const char *label = entente_row_field_label (item, field);
  EntenteTimeEditor *editor = g_object_new (ENTENTE_TYPE_TIME_EDITOR, NULL);
  g_autofree char *hours_label = g_strdup_printf (_("%s, hours"), label);
  g_autofree char *minutes_label = g_strdup_printf (_("%s, minutes"), label);
  GtkWidget *row;

  /* A closing time may be 24:00. */
  if (entente_row_field (item, field)->flags & ENTENTE_FIELD_DAY_END)
    gtk_spin_button_set_range (editor->hours, 0, 24);

  row = entente_row_new_action_row (item, field, GTK_WIDGET (editor));
  entente_row_set_accessible_label (GTK_WIDGET (editor->hours), hours_label);
  entente_row_set_accessible_label (GTK_WIDGET (editor->minutes), minutes_label);
  entente_row_watch (GTK_WIDGET (editor), item, field, update_time);

  return row;
}
