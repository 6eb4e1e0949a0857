/* entente-list-editor.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-guidance.h"
#include "entente-item-factory.h"
#include "entente-item-row.h"
#include "entente-list-editor.h"
#include "entente-row-util.h"

/* A list of child items (parties, personas, stages, criteria…): a row
 * per item (entente-item-row.c); an Add button; and, while the list is
 * empty, a sentence saying what to add and why.  The rows follow the
 * model, so undo and reloads show at once. */

typedef struct
{
  EntenteDocument *document;
  EntenteItem     *owner;
  guint            field;
  GtkWidget       *list_box;
} ListEditor;

static void
list_editor_free (gpointer data)
{
  ListEditor *self = data;

  g_object_unref (self->owner);
  g_free (self);
}

static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  return ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY));
}

static void
tell (GtkWidget  *widget,
      const char *message)
{
  AdwToastOverlay *overlay = find_toast_overlay (widget);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, entente_toast_new (message));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  ListEditor *self = user_data;

  return entente_item_row_new (self->document, self->owner, self->field, item);
}

static void
on_add_clicked (GtkWidget  *button,
                ListEditor *self)
{
  g_autofree char *why_not = NULL;
  g_autoptr(EntenteItem) item = entente_item_factory_create (self->document, self->owner, self->field, &why_not);
  GListModel *list = entente_item_get_list (self->owner, self->field);
  GtkListBoxRow *row;

  if (item == NULL)
    {
      tell (button, why_not);
      return;
    }

  entente_item_append (self->owner, self->field, item);

  /* Open the new item, ready to be filled in. */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), (int) g_list_model_get_n_items (list) - 1);
  if (row != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static GtkWidget *
placeholder_new (const EntenteEmptyState *empty)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_(empty->title));
  GtkWidget *description = gtk_label_new (_(empty->description));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_justify (GTK_LABEL (description), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (empty->icon_name));
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), description);

  return box;
}

static GtkWidget *
add_button_new (ListEditor *self,
                const char *label)
{
  g_autofree char *text = g_strdup_printf (_("Add to %s"), label);
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, text);
  entente_row_set_accessible_label (button, text);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_clicked), self);

  return button;
}

static ListEditor *
list_editor_new (EntenteDocument *document,
                 EntenteItem     *owner,
                 guint            field)
{
  ListEditor *self = g_new0 (ListEditor, 1);
  const EntenteField *f = entente_row_field (owner, field);
  const EntenteEmptyState *empty = entente_guidance_get_empty_state (f->name);

  self->document = document;
  self->owner = g_object_ref (owner);
  self->field = field;
  self->list_box = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  entente_row_set_accessible_label (self->list_box, _(f->label));
  if (empty != NULL)
    gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), placeholder_new (empty));
  /* The editor lives as long as its list, beside which its Add button
   * sits in the group or row. */
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), entente_item_get_list (owner, field),
                           create_row, self, list_editor_free);

  return self;
}

/**
 * entente_list_editor_new_group:
 *
 * Returns: (transfer floating): a preferences group editing a list that
 *   is a part of a step on its own
 */
GtkWidget *
entente_list_editor_new_group (EntenteDocument *document,
                               EntenteItem     *owner,
                               guint            list_field)
{
  GtkWidget *group = adw_preferences_group_new ();
  ListEditor *self = list_editor_new (document, owner, list_field);
  const char *label = entente_row_field_label (owner, list_field);
  const char *heading = entente_guidance_get_list_heading (entente_row_field (owner, list_field)->name);

  entente_group_set_text (group, heading != NULL ? _(heading) : label, NULL);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add_button_new (self, label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->list_box);

  return group;
}

/**
 * entente_list_editor_new_row:
 *
 * Returns: (transfer floating): a row editing a list inside an item, such
 *   as a stage's criteria
 */
GtkWidget *
entente_list_editor_new_row (EntenteDocument *document,
                             EntenteItem     *owner,
                             guint            list_field)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (entente_row_field_label (owner, list_field));
  ListEditor *self = list_editor_new (document, owner, list_field);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), add_button_new (self, entente_row_field_label (owner, list_field)));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->list_box);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}
