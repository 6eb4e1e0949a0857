/* entente-item-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-alert.h"
#include "entente-comment-index.h"
#include "entente-gui-compat.h"
#include "entente-item-form.h"
#include "entente-item-row.h"
#include "entente-row-util.h"
#include "entente-typing-pause.h"

/* One item of a list, an expander whose fields are built when it is
 * first opened, so that long lists open fast; its title follows the
 * item once typing pauses; its buttons move it, remove it (unless
 * something still names it) and comment on it, with the number of its
 * open comments. */

struct _EntenteItemRow
{
  AdwExpanderRow   parent_instance;

  EntenteDocument *document;
  EntenteItem     *owner;       /* whose list holds the item */
  guint            field;       /* the list, in the owner */
  EntenteItem     *item;
  gboolean         built;
  guint            title_source;

  GtkWidget       *comment_button;
  GtkLabel        *comment_count;
};

G_DEFINE_FINAL_TYPE (EntenteItemRow, entente_item_row, ADW_TYPE_EXPANDER_ROW)

static guint
position (EntenteItemRow *self)
{
  GListModel *list = entente_item_get_list (self->owner, self->field);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(EntenteItem) other = g_list_model_get_item (list, i);

      if (other == self->item)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
move (EntenteItemRow *self,
      int             delta)
{
  guint n = g_list_model_get_n_items (entente_item_get_list (self->owner, self->field));
  guint from = position (self);
  guint to = (guint) ((int) from + delta);

  if (from != GTK_INVALID_LIST_POSITION && to < n)
    entente_item_move (self->owner, self->field, from, to);
}

static void
move_up_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  move (ENTENTE_ITEM_ROW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  move (ENTENTE_ITEM_ROW (widget), +1);
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  EntenteItemRow *self = ENTENTE_ITEM_ROW (widget);
  guint at = position (self);
  g_autoptr(GError) error = NULL;

  if (at == GTK_INVALID_LIST_POSITION)
    return;

  if (!entente_document_check_removal (self->document, self->item, &error))
    {
      /* The places to change are what the person needs: more than a
       * toast holds. */
      g_autoptr(EntenteAlert) alert = entente_alert_new (_("Still Used Elsewhere"), error->message);

      entente_alert_add_response (alert, "close", _("_Close"), ENTENTE_ALERT_DEFAULT);
      entente_alert_present (alert, widget);
      return;
    }

  entente_item_remove (self->owner, self->field, at);
}

/* Comments on an item open beside the step, ready to write one. */
static void
comment_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  g_autofree char *anchor = entente_comment_anchor_for_item (ENTENTE_ITEM_ROW (widget)->item);

  if (anchor != NULL)
    gtk_widget_activate_action (widget, "win.comment-on", "s", anchor);
}

/* Items that comments can name for good: those with a key. */
static gboolean
can_comment_on (EntenteItem *item)
{
  return ENTENTE_IS_CONVERSION (item) || entente_item_type_find_key (G_OBJECT_TYPE (item)) >= 0;
}

/* Most items have no comments: their button is a bare icon, and the
 * number shows with the first comment. */
static void
update_comment_button (EntenteItemRow *self)
{
  guint n = entente_comment_index_count_item (entente_comment_index_get (self->document), self->item);
  g_autofree char *title = entente_item_describe (self->document, self->item);
  g_autofree char *text = entente_format_count (entente_locale_get_interface (), n);
  g_autofree char *label = NULL;

  if (n > 0)
    /* Translators: the comment button of an item */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open comment on “%s”", "%u open comments on “%s”", n),
                             n, title);
  else
    label = g_strdup_printf (_("Comment on “%s”"), title);

  if (g_strcmp0 (gtk_label_get_label (self->comment_count), text) != 0)
    gtk_label_set_label (self->comment_count, text);
  gtk_widget_set_visible (GTK_WIDGET (self->comment_count), n > 0);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (self->comment_button), label) != 0)
    {
      gtk_widget_set_tooltip_text (self->comment_button, label);
      entente_row_set_accessible_label (self->comment_button, label);
    }
}

static void
update_title (EntenteItemRow *self)
{
  g_autofree char *title = entente_item_describe (self->document, self->item);

  /* A planned conversion says what the review meetings measured. */
  if (ENTENTE_IS_CONVERSION (self->item))
    {
      g_autofree char *detail = NULL;
      g_autofree char *measured = entente_history_describe_recorded (self->document, ENTENTE_CONVERSION (self->item), &detail);

      if (g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (self)), measured ? measured : "") != 0)
        {
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), measured ? measured : "");
          /* The row is one line: the counts behind the rate on hover. */
          gtk_widget_set_tooltip_text (GTK_WIDGET (self), detail);
        }
    }

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), title) == 0)
    return;

  entente_row_set_title (GTK_WIDGET (self), title);
  if (gtk_widget_get_visible (self->comment_button))
    update_comment_button (self);
}

static gboolean
update_title_cb (gpointer data)
{
  EntenteItemRow *self = data;

  self->title_source = 0;
  update_title (self);

  return G_SOURCE_REMOVE;
}

/* A title follows its item's name once typing pauses: changing it
 * resizes the whole list, which costs more than the keystroke with
 * thousands of items. */
static void
schedule_title (EntenteItemRow *self)
{
  if (self->title_source == 0)
    self->title_source = entente_after_typing_pause ("[entente] list titles", update_title_cb, self);
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

static void
on_expanded (EntenteItemRow *self)
{
  if (self->built || !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    return;

  self->built = TRUE;
  entente_item_form_add_rows (self->document, self->item, entente_item_form_add_to_expander, self);
  entente_accessible_tidy (GTK_WIDGET (self));
}

static void
entente_item_row_dispose (GObject *object)
{
  EntenteItemRow *self = ENTENTE_ITEM_ROW (object);

  /* Never names an item of a closed page. */
  g_clear_handle_id (&self->title_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENTENTE_TYPE_ITEM_ROW);
  g_clear_object (&self->item);
  g_clear_object (&self->owner);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (entente_item_row_parent_class)->dispose (object);
}

static void
entente_item_row_class_init (EntenteItemRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = entente_item_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteItemRow, comment_button);
  gtk_widget_class_bind_template_child (widget_class, EntenteItemRow, comment_count);
  gtk_widget_class_install_action (widget_class, "item.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "item.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "item.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "item.comment", NULL, comment_action);
}

static void
entente_item_row_init (EntenteItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  entente_expander_row_set_single_lines (ADW_EXPANDER_ROW (self));
  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded), NULL);
}

/**
 * entente_item_row_new:
 * @owner: the item whose list holds @item
 * @field: that list, in @owner
 */
GtkWidget *
entente_item_row_new (EntenteDocument *document,
                      EntenteItem     *owner,
                      guint            field,
                      EntenteItem     *item)
{
  EntenteItemRow *self;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ENTENTE_IS_ITEM (owner), NULL);
  g_return_val_if_fail (ENTENTE_IS_ITEM (item), NULL);

  self = g_object_new (ENTENTE_TYPE_ITEM_ROW, NULL);
  self->document = g_object_ref (document);
  self->owner = g_object_ref (owner);
  self->field = field;
  self->item = g_object_ref (item);
  update_title (self);

  if (can_comment_on (item))
    {
      gtk_widget_set_visible (self->comment_button, TRUE);
      g_signal_connect_object (entente_comment_index_get (document), "changed",
                               G_CALLBACK (update_comment_button), self, G_CONNECT_SWAPPED);
      update_comment_button (self);
    }

  /* A title that names other items (a conversion names two stages)
   * follows the whole document; others follow only their item, so that
   * typing in one of two thousand personas touches one row. */
  g_signal_connect_object (title_follows_document (item) ? (gpointer) document : item,
                           "changed", G_CALLBACK (schedule_title), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

EntenteItem *
entente_item_row_get_item (EntenteItemRow *self)
{
  g_return_val_if_fail (ENTENTE_IS_ITEM_ROW (self), NULL);

  return self->item;
}
