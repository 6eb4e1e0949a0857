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

#define ENTENTE_TYPE_DATE_EDITOR (entente_date_editor_get_type ())
G_DECLARE_FINAL_TYPE (EntenteDateEditor, entente_date_editor, ENTENTE, DATE_EDITOR, GtkWidget)

struct _EntenteDateEditor
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
};

G_DEFINE_FINAL_TYPE (EntenteDateEditor, entente_date_editor, GTK_TYPE_WIDGET)

static void
update_date (GtkWidget   *widget,
             EntenteItem *item,
             guint        field)
{
  EntenteDateEditor *self = ENTENTE_DATE_EDITOR (widget);
  const GDate *date = entente_item_get_boxed (item, field);
  g_autofree char *text = NULL;

  if (date != NULL && g_date_valid (date))
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                       g_date_get_day (date), 0, 0, 0);

      text = entente_format_medium_date (entente_locale_get_interface (), date);
          gtk_calendar_select_day (self->calendar, dt);
        }

  gtk_menu_button_set_label (self->button, text != NULL ? text : _("Choose a date"));
}

static void
on_day_selected (EntenteDateEditor *self)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDate) date = NULL;

  /* Set from the model, or not tied to it yet: not an edit. */
  if (entente_row_is_updating (GTK_WIDGET (self)) || entente_row_get_item (GTK_WIDGET (self)) == NULL)
    return;

  dt = gtk_calendar_get_date (self->calendar);
  date = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (dt),
                         (GDateMonth) g_date_time_get_month (dt),
                         (GDateYear) g_date_time_get_year (dt));
  entente_item_set_boxed (entente_row_get_item (GTK_WIDGET (self)), entente_row_get_field (GTK_WIDGET (self)), date);
  gtk_menu_button_popdown (self->button);
}

static void
on_clear_clicked (EntenteDateEditor *self)
{
  entente_item_set_boxed (entente_row_get_item (GTK_WIDGET (self)), entente_row_get_field (GTK_WIDGET (self)), NULL);
  gtk_menu_button_popdown (self->button);
}

static void
entente_date_editor_dispose (GObject *object)
{
  entente_widget_dispose_children (GTK_WIDGET (object), ENTENTE_TYPE_DATE_EDITOR);

  G_OBJECT_CLASS (entente_date_editor_parent_class)->dispose (object);
}

static void
entente_date_editor_class_init (EntenteDateEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = entente_date_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteDateEditor, button);
  gtk_widget_class_bind_template_child (widget_class, EntenteDateEditor, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
}

static void
entente_date_editor_init (EntenteDateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
entente_date_row_new (EntenteItem *item,
                      guint        field)
{
  EntenteDateEditor *editor = g_object_new (ENTENTE_TYPE_DATE_EDITOR, NULL);
  GtkWidget *row;

  entente_row_set_accessible_label (GTK_WIDGET (editor->calendar), entente_row_field_label (item, field));
  row = entente_row_new_action_row (item, field, GTK_WIDGET (editor));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (editor->button));
  entente_row_watch (GTK_WIDGET (editor), item, field, update_date);

  return row;
}
