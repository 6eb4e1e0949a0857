/* entente-list-editor.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-alert.h"
#include "entente-typing-pause.h"
#include "entente-comment-index.h"
#include "entente-gui-compat.h"
#include "entente-guidance.h"
#include "entente-item-factory.h"
#include "entente-item-form.h"
#include "entente-list-editor.h"
#include "entente-row-util.h"

/* A list of child items (parties, personas, stages, criteria…): one
 * expander per item, built when first opened so that long lists open
 * fast, with buttons to move and remove it; an Add button; and, while the
 * list is empty, a sentence saying what to add and why.  The rows follow
 * the model, so undo and reloads show at once. */

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

static guint
position_of (ListEditor  *self,
             EntenteItem *item)
{
  GListModel *list = entente_item_get_list (self->owner, self->field);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(EntenteItem) other = g_list_model_get_item (list, i);

      if (other == item)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
on_move (GtkWidget *button,
         int        delta)
{
  ListEditor *self = g_object_get_data (G_OBJECT (button), "list-editor");
  EntenteItem *item = g_object_get_data (G_OBJECT (button), "item");
  guint n = g_list_model_get_n_items (entente_item_get_list (self->owner, self->field));
  guint from = position_of (self, item);
  guint to = (guint) ((int) from + delta);

  if (from != GTK_INVALID_LIST_POSITION && to < n)
    entente_item_move (self->owner, self->field, from, to);
}

static void on_up_clicked (GtkWidget *button) { on_move (button, -1); }
static void on_down_clicked (GtkWidget *button) { on_move (button, +1); }

static void
on_remove_clicked (GtkWidget *button)
{
  ListEditor *self = g_object_get_data (G_OBJECT (button), "list-editor");
  EntenteItem *item = g_object_get_data (G_OBJECT (button), "item");
  guint position = position_of (self, item);
  g_autoptr(GError) error = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  if (!entente_document_check_removal (self->document, item, &error))
    {
      /* The places to change are what the person needs: more than a
       * toast holds. */
      g_autoptr(EntenteAlert) alert = entente_alert_new (_("Still Used Elsewhere"), error->message);

      entente_alert_add_response (alert, "close", _("_Close"), ENTENTE_ALERT_DEFAULT);
      entente_alert_present (alert, button);
      return;
    }

  entente_item_remove (self->owner, self->field, position);
}

static GtkWidget *
icon_button (ListEditor  *self,
             EntenteItem *item,
             const char  *icon_name,
             const char  *label,
             GCallback    callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  entente_row_set_accessible_label (button, label);
  g_object_set_data (G_OBJECT (button), "list-editor", self);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
  g_signal_connect (button, "clicked", callback, NULL);

  return button;
}

/* Comments on an item: the button opens them beside the step, ready
 * to write one, and shows how many are open. */
static void
update_comment_button (GtkWidget *button)
{
  ListEditor *self = g_object_get_data (G_OBJECT (button), "list-editor");
  EntenteItem *item = g_object_get_data (G_OBJECT (button), "item");
  GtkWidget *count = g_object_get_data (G_OBJECT (button), "count");
  guint n = entente_comment_index_count_item (entente_comment_index_get (self->document), item);
  g_autofree char *title = entente_item_describe (self->document, item);
  g_autofree char *text = entente_format_count (entente_locale_get_interface (), n);
  g_autofree char *label = NULL;

  if (n > 0)
    /* Translators: the comment button of an item */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open comment on “%s”", "%u open comments on “%s”", n),
                             n, title);
  else
    label = g_strdup_printf (_("Comment on “%s”"), title);

  /* Most items have no comments: their button is a bare icon, and the
   * number is added with the first comment. */
  if (count == NULL && n > 0)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);

      count = gtk_label_new (NULL);
      gtk_widget_add_css_class (count, "entente-comment-count");
      gtk_widget_add_css_class (count, "caption");
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("entente-comment-symbolic"));
      gtk_box_append (GTK_BOX (box), count);
      gtk_button_set_child (GTK_BUTTON (button), box);
      g_object_set_data (G_OBJECT (button), "count", count);
    }
  if (count != NULL)
    {
      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (count)), text) != 0)
        gtk_label_set_label (GTK_LABEL (count), text);
      gtk_widget_set_visible (count, n > 0);
    }
  if (g_strcmp0 (gtk_widget_get_tooltip_text (button), label) != 0)
    {
      gtk_widget_set_tooltip_text (button, label);
      entente_row_set_accessible_label (button, label);
    }
}

static void
on_comment_clicked (GtkWidget *button)
{
  EntenteItem *item = g_object_get_data (G_OBJECT (button), "item");
  g_autofree char *anchor = entente_comment_anchor_for_item (item);

  if (anchor != NULL)
    gtk_widget_activate_action (button, "win.comment-on", "s", anchor);
}

/* Items that comments can name for good: those with a key. */
static gboolean
can_comment_on (EntenteItem *item)
{
  return ENTENTE_IS_CONVERSION (item) || entente_item_type_find_key (G_OBJECT_TYPE (item)) >= 0;
}

static GtkWidget *
comment_button_new (ListEditor  *self,
                    EntenteItem *item)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("entente-comment-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "list-editor", self);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_comment_clicked), NULL);
  g_signal_connect_object (entente_comment_index_get (self->document), "changed",
                           G_CALLBACK (update_comment_button), button, G_CONNECT_SWAPPED);
  update_comment_button (button);

  return button;
}

static void
update_title (GtkWidget *expander)
{
  ListEditor *self = g_object_get_data (G_OBJECT (expander), "list-editor");
  EntenteItem *item = g_object_get_data (G_OBJECT (expander), "item");
  g_autofree char *title = entente_item_describe (self->document, item);

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), title) != 0)
    {
      GtkWidget *comment_button = g_object_get_data (G_OBJECT (expander), "comment-button");

      entente_row_set_title (expander, title);
      if (comment_button != NULL)
        update_comment_button (comment_button);
    }
}

static void
on_expanded (GtkWidget *expander)
{
  ListEditor *self = g_object_get_data (G_OBJECT (expander), "list-editor");
  EntenteItem *item = g_object_get_data (G_OBJECT (expander), "item");

  if (g_object_get_data (G_OBJECT (expander), "built"))
    return;

  g_object_set_data (G_OBJECT (expander), "built", GINT_TO_POINTER (TRUE));
  entente_item_form_add_rows (self->document, item, entente_item_form_add_to_expander, expander);
}

static gboolean
update_title_cb (gpointer data)
{
  GtkWidget *expander = data;

  g_object_steal_data (G_OBJECT (expander), "title-source");
  update_title (expander);
  return G_SOURCE_REMOVE;
}

static void
remove_source (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

static void
schedule_title (GtkWidget *expander)
{
  guint source;

  if (g_object_get_data (G_OBJECT (expander), "title-source") != NULL)
    return;

  /* Dropped with the row, so it never names an item of a closed page. */
  /* A title follows its item's name once typing pauses: changing it
   * resizes the whole list, which costs more than the keystroke with
   * thousands of items. */
  source = entente_after_typing_pause ("[entente] list titles", update_title_cb, expander);
  g_object_set_data_full (G_OBJECT (expander), "title-source", GUINT_TO_POINTER (source), remove_source);
}

static gboolean
title_follows_document (EntenteItem *item)
{
  if (ENTENTE_IS_CONVERSION (item))
    return TRUE;
  for (guint i = 0; i < entente_item_get_n_fields (item); i++)
    {
      const EntenteField *field = entente_item_get_field (item, i);

      if ((field->flags & ENTENTE_FIELD_TITLE) && field->kind == ENTENTE_VALUE_REF)
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  ListEditor *self = user_data;
  GtkWidget *expander = adw_expander_row_new ();

  g_object_set_data (G_OBJECT (expander), "list-editor", self);
  g_object_set_data_full (G_OBJECT (expander), "item", g_object_ref (item), g_object_unref);
  entente_expander_row_set_single_lines (ADW_EXPANDER_ROW (expander));
  update_title (expander);

  /* Added last to first: each suffix goes before the previous one. */
  entente_expander_row_add_suffix (ADW_EXPANDER_ROW (expander),
                                   icon_button (self, item, "user-trash-symbolic", _("Remove"), G_CALLBACK (on_remove_clicked)));
  entente_expander_row_add_suffix (ADW_EXPANDER_ROW (expander),
                                   icon_button (self, item, "go-down-symbolic", _("Move Down"), G_CALLBACK (on_down_clicked)));
  entente_expander_row_add_suffix (ADW_EXPANDER_ROW (expander),
                                   icon_button (self, item, "go-up-symbolic", _("Move Up"), G_CALLBACK (on_up_clicked)));
  if (can_comment_on (item))
    {
      GtkWidget *comment_button = comment_button_new (self, item);

      g_object_set_data (G_OBJECT (expander), "comment-button", comment_button);
      entente_expander_row_add_suffix (ADW_EXPANDER_ROW (expander), comment_button);
    }

  /* A title that names other items (a conversion names two stages)
   * follows the whole document; others follow only their item, so that
   * typing in one of two thousand personas touches one row. */
  g_signal_connect_object (title_follows_document (item) ? (gpointer) self->document : item,
                           "changed", G_CALLBACK (schedule_title), expander, G_CONNECT_SWAPPED);
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (on_expanded), NULL);

  return expander;
}

static void
on_add_clicked (GtkWidget *button)
{
  ListEditor *self = g_object_get_data (G_OBJECT (button), "list-editor");
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
  g_object_set_data (G_OBJECT (button), "list-editor", self);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_clicked), NULL);

  return button;
}

static ListEditor *
list_editor_new (EntenteDocument *document,
                 EntenteItem     *owner,
                 guint            field,
                 GtkWidget       *holder)
{
  ListEditor *self = g_new0 (ListEditor, 1);
  const EntenteField *f = entente_row_field (owner, field);
  const EntenteEmptyState *empty = entente_guidance_get_empty_state (f->name);

  self->document = document;
  self->owner = g_object_ref (owner);
  self->field = field;
  self->list_box = gtk_list_box_new ();
  g_object_set_data_full (G_OBJECT (holder), "list-editor", self, list_editor_free);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  entente_row_set_accessible_label (self->list_box, _(f->label));
  if (empty != NULL)
    gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list_box), placeholder_new (empty));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), entente_item_get_list (owner, field),
                           create_row, self, NULL);

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
  ListEditor *self = list_editor_new (document, owner, list_field, group);
  const char *label = entente_row_field_label (owner, list_field);

  entente_group_set_text (group, label, NULL);
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
  ListEditor *self = list_editor_new (document, owner, list_field, row);

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
