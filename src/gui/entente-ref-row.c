/* entente-ref-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-value-rows.h"

/* A reference to a party or a stage, chosen by name from the document's
 * own list: ids are never typed, so they can never dangle.  The choices
 * follow the list as parties and stages are added, renamed or removed. */

#define ENTENTE_TYPE_REF_ROW (entente_ref_row_get_type ())
G_DECLARE_FINAL_TYPE (EntenteRefRow, entente_ref_row, ENTENTE, REF_ROW, AdwComboRow)

struct _EntenteRefRow
{
  AdwComboRow      parent_instance;

  EntenteDocument *document;  /* the window's, which outlives its rows */
  GListModel      *targets;
  GPtrArray       *ids;       /* parallel to the names; NULL for "none" */
  gboolean         optional;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (EntenteRefRow, entente_ref_row, ADW_TYPE_COMBO_ROW)

static void
entente_ref_row_finalize (GObject *object)
{
  g_ptr_array_unref (ENTENTE_REF_ROW (object)->ids);

  G_OBJECT_CLASS (entente_ref_row_parent_class)->finalize (object);
}


static void
update_ref (GtkWidget   *row,
            EntenteItem *item,
            guint        field)
{
  EntenteRefRow *self = ENTENTE_REF_ROW (row);
  const char *value = entente_item_get_string (item, field);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->ids, i), value) == 0)
      {
        if (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) != i)
          {
            self->updating = TRUE;
            adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
            self->updating = FALSE;
          }
        return;
      }
}

static void
rebuild (GtkWidget *row)
{
  EntenteRefRow *self = ENTENTE_REF_ROW (row);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) names = NULL;
  GListModel *current = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  gboolean same;

  if (self->optional)
    {
      g_ptr_array_add (titles, g_strdup (_("None")));
      g_ptr_array_add (ids, NULL);
    }

  for (guint i = 0, n = g_list_model_get_n_items (self->targets); i < n; i++)
    {
      g_autoptr(EntenteItem) target = g_list_model_get_item (self->targets, i);

      g_ptr_array_add (titles, entente_item_describe (self->document, target));
      /* The id is the first field of parties and stages alike. */
      g_ptr_array_add (ids, g_strdup (entente_item_get_string (target, 0)));
    }

  /* Most edits touch neither names nor ids: keep the model then, so that
   * typing elsewhere costs nothing here. */
  same = current != NULL && g_list_model_get_n_items (current) == titles->len && ids->len == self->ids->len;
  for (guint i = 0; same && i < titles->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (current), i), g_ptr_array_index (titles, i)) == 0 &&
           g_strcmp0 (g_ptr_array_index (self->ids, i), g_ptr_array_index (ids, i)) == 0;
  if (same)
    return;

  g_ptr_array_add (titles, NULL);
  names = gtk_string_list_new ((const char * const *) titles->pdata);
  g_ptr_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);

  self->updating = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  self->updating = FALSE;
  update_ref (row, entente_row_get_item (row), entente_row_get_field (row));
}

static void
on_selected (AdwComboRow *row,
             GParamSpec  *pspec)
{
  EntenteRefRow *self = ENTENTE_REF_ROW (row);
  guint selected = adw_combo_row_get_selected (row);

  if (entente_row_is_updating (GTK_WIDGET (row)))
    return;

  if (self->updating || selected >= self->ids->len)
    return;

  entente_item_set_string (entente_row_get_item (GTK_WIDGET (row)),
                           entente_row_get_field (GTK_WIDGET (row)),
                           g_ptr_array_index (self->ids, selected));
}

static void
entente_ref_row_class_init (EntenteRefRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = entente_ref_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-ref-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, on_selected);
}

static void
entente_ref_row_init (EntenteRefRow *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
entente_ref_row_new (EntenteDocument *document,
                     EntenteItem     *item,
                     guint            field)
{
  const EntenteField *f = entente_row_field (item, field);
  EntenteRefRow *self = g_object_new (ENTENTE_TYPE_REF_ROW, NULL);
  GtkWidget *row = GTK_WIDGET (self);

  self->document = document;
  self->targets = (f->flags & ENTENTE_FIELD_REF_PARTY) ? entente_document_get_parties (document)
                                                      : entente_document_get_stages (document);
  self->optional = !(f->flags & ENTENTE_FIELD_REQUIRED);

  entente_row_set_title (row, _(f->label));
  entente_row_watch (row, item, field, update_ref);
  rebuild (row);

  /* Names change as people type them; the whole document's ::changed is
   * the one signal that covers renames, additions and removals. */
  g_signal_connect_object (document, "changed", G_CALLBACK (rebuild), row, G_CONNECT_SWAPPED);

  return row;
}
