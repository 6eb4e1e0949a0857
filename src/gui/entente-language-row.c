/* entente-language-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-value-rows.h"

/* The language the agreement is in, chosen among the offered languages,
 * each by its own name.  The row shows the document's language, the one
 * its texts are written in when the file gives none, and writes only
 * when a person picks another: showing it, opening its list or moving
 * the focus through it changes nothing. */

#define ENTENTE_TYPE_LANGUAGE_ROW (entente_language_row_get_type ())
G_DECLARE_FINAL_TYPE (EntenteLanguageRow, entente_language_row, ENTENTE, LANGUAGE_ROW, AdwComboRow)

struct _EntenteLanguageRow
{
  AdwComboRow      parent_instance;

  EntenteDocument *document;
  GPtrArray       *tags;   /* parallel to the names */
  gboolean         stale;  /* the texts changed while it was hidden */
};

G_DEFINE_FINAL_TYPE (EntenteLanguageRow, entente_language_row, ADW_TYPE_COMBO_ROW)

static void
entente_language_row_finalize (GObject *object)
{
  EntenteLanguageRow *self = ENTENTE_LANGUAGE_ROW (object);

  g_clear_object (&self->document);
  g_ptr_array_unref (self->tags);

  G_OBJECT_CLASS (entente_language_row_parent_class)->finalize (object);
}


static guint
find_tag (GPtrArray  *tags,
          const char *tag)
{
  for (guint i = 0; i < tags->len; i++)
    if (entente_language_tag_equal (g_ptr_array_index (tags, i), tag))
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static void
update_language (GtkWidget   *row,
                 EntenteItem *meta,
                 guint        field)
{
  EntenteDocument *document = ENTENTE_LANGUAGE_ROW (row)->document;
  GPtrArray *tags = ENTENTE_LANGUAGE_ROW (row)->tags;
  GtkStringList *names = GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (row)));
  const char *language = entente_document_get_language (document);
  const char *stored = entente_item_get_string (meta, field);
  guint position = find_tag (tags, language);

  /* A language the file gives that is not offered is shown as it is. */
  if (position == GTK_INVALID_LIST_POSITION)
    {
      g_autofree char *name = entente_language_dup_name (language);

      g_ptr_array_add (tags, g_strdup (language));
      gtk_string_list_append (names, name);
      position = tags->len - 1;
    }

  if (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) != position)
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               stored == NULL ? _("Detected from the agreement’s text") : "");
}

static void
on_language_selected (AdwComboRow *row,
                      GParamSpec  *pspec)
{
  EntenteDocument *document = ENTENTE_LANGUAGE_ROW (row)->document;
  GPtrArray *tags = ENTENTE_LANGUAGE_ROW (row)->tags;
  guint selected = adw_combo_row_get_selected (row);
  const char *tag;

  /* Nothing is chosen before the row shows the document's language. */
  if (document == NULL || entente_row_is_updating (GTK_WIDGET (row)) || selected >= tags->len)
    return;

  tag = g_ptr_array_index (tags, selected);
  if (entente_language_tag_equal (tag, entente_document_get_language (document)))
    return;

  entente_document_set_language (document, tag);
}

/* With no language in the file, the language follows the texts: told
 * again at each change while the row shows, and when it shows again. */
static void
on_document_changed (GtkWidget *row)
{
  if (gtk_widget_get_mapped (row))
    entente_row_refresh (row);
  else
    ENTENTE_LANGUAGE_ROW (row)->stale = TRUE;
}

static void
on_map (GtkWidget *row)
{
  if (!ENTENTE_LANGUAGE_ROW (row)->stale)
    return;

  ENTENTE_LANGUAGE_ROW (row)->stale = FALSE;
  entente_row_refresh (row);
}

static void
entente_language_row_class_init (EntenteLanguageRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = entente_language_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-language-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, on_language_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_map);
}

static void
entente_language_row_init (EntenteLanguageRow *self)
{
  self->tags = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
entente_language_row_new (EntenteDocument *document,
                          EntenteItem     *item,
                          guint            field)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  EntenteLanguageRow *self = g_object_new (ENTENTE_TYPE_LANGUAGE_ROW, NULL);
  GPtrArray *tags = self->tags;
  const EntenteLanguage *offered;
  GtkWidget *row = GTK_WIDGET (self);
  guint n = 0;

  offered = entente_language_get_offered (&n);
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (tags, g_strdup (offered[i].tag));
      gtk_string_list_append (names, offered[i].name);
    }

  entente_row_set_title (row, entente_row_field_label (item, field));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  self->document = g_object_ref (document);
  entente_row_watch (row, item, field, update_language);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), row, G_CONNECT_SWAPPED);

  return row;
}
