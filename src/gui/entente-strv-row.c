/* entente-strv-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-gui-compat.h"
#include "entente-guidance.h"
#include "entente-row-util.h"
#include "entente-value-rows.h"

/* A list of short texts (job titles, channels, rejection reasons): an
 * expander with one entry per text, buttons to move and remove each, and
 * an entry at the end to add one. */

#define ENTENTE_TYPE_STRV_ROW (entente_strv_row_get_type ())
G_DECLARE_FINAL_TYPE (EntenteStrvRow, entente_strv_row, ENTENTE, STRV_ROW, AdwExpanderRow)

struct _EntenteStrvRow
{
  AdwExpanderRow  parent_instance;

  GtkWidget      *add_row;
  GtkWidget      *add_row_kept; /* a reference of our own: see init */
  GPtrArray      *rows;      /* the AdwEntryRow of each text */
};

G_DEFINE_FINAL_TYPE (EntenteStrvRow, entente_strv_row, ADW_TYPE_EXPANDER_ROW)

typedef EntenteStrvRow StrvRow;

static void
entente_strv_row_finalize (GObject *object)
{
  StrvRow *self = ENTENTE_STRV_ROW (object);

  g_ptr_array_unref (self->rows);
  g_clear_object (&self->add_row_kept);

  G_OBJECT_CLASS (entente_strv_row_parent_class)->finalize (object);
}

static void on_add_apply (AdwEntryRow *add_row,
                          StrvRow     *self);

static void
entente_strv_row_class_init (EntenteStrvRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = entente_strv_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-strv-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteStrvRow, add_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_apply);
}

static void
entente_strv_row_init (EntenteStrvRow *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Kept alive while it is taken out and put back below the texts. */
  self->add_row_kept = g_object_ref (self->add_row);
}

static char **
current_texts (StrvRow *self)
{
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (texts, g_strdup (gtk_editable_get_text (g_ptr_array_index (self->rows, i))));
  g_ptr_array_add (texts, NULL);

  return (char **) g_ptr_array_free (texts, FALSE);
}

static void
store (StrvRow *self,
       char   **texts)
{
  entente_item_set_boxed (entente_row_get_item (GTK_WIDGET (self)),
                          entente_row_get_field (GTK_WIDGET (self)), texts);
}

static guint
index_of (StrvRow   *self,
          GtkWidget *row)
{
  guint index = 0;

  g_ptr_array_find (self->rows, row, &index);
  return index;
}

static void
on_text_changed (GtkEditable *row,
                 StrvRow     *self)
{
  g_auto(GStrv) texts = current_texts (self);

  store (self, texts);
}

/* A text's buttons act on the text row they are in, in the list they
 * are in. */
static void
move_text (GtkWidget *button,
           int        delta)
{
  StrvRow *self = ENTENTE_STRV_ROW (gtk_widget_get_ancestor (button, ENTENTE_TYPE_STRV_ROW));
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_ENTRY_ROW);
  g_auto(GStrv) texts = current_texts (self);
  guint n = g_strv_length (texts);
  guint from = index_of (self, row);
  guint to = (guint) ((int) from + delta);
  char *swap;

  if (delta == 0)
    {
      g_free (texts[from]);
      memmove (&texts[from], &texts[from + 1], sizeof (char *) * (n - from));
    }
  else if (to < n)
    {
      swap = texts[from];
      texts[from] = texts[to];
      texts[to] = swap;
    }
  store (self, texts);
}

static void on_remove_clicked (GtkWidget *button) { move_text (button, 0); }
static void on_up_clicked (GtkWidget *button) { move_text (button, -1); }
static void on_down_clicked (GtkWidget *button) { move_text (button, +1); }

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  entente_row_set_accessible_label (button, label);
  g_signal_connect (button, "clicked", callback, NULL);

  return button;
}

static GtkWidget *
text_row_new (const char *label,
              guint       position)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *title = g_strdup_printf (_("%s, item %u"), label, position + 1);

  entente_row_set_title (row, title);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), icon_button ("go-up-symbolic", _("Move Up"), G_CALLBACK (on_up_clicked)));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), icon_button ("go-down-symbolic", _("Move Down"), G_CALLBACK (on_down_clicked)));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), icon_button ("user-trash-symbolic", _("Remove"), G_CALLBACK (on_remove_clicked)));

  return row;
}

static void
update_strv (GtkWidget   *expander,
             EntenteItem *item,
             guint        field)
{
  StrvRow *self = ENTENTE_STRV_ROW (expander);
  const char * const *texts = entente_item_get_strv (item, field);
  const char *label = entente_row_field_label (item, field);
  const EntenteEmptyState *empty = entente_guidance_get_empty_state (entente_row_field (item, field)->name);
  guint n = g_strv_length ((char **) texts);
  g_autofree char *subtitle = NULL;

  /* Rows are kept while their number holds, so that typing in one keeps
   * its focus; only texts that differ are rewritten. */
  if (n != self->rows->len)
    {
      for (guint i = 0; i < self->rows->len; i++)
        adw_expander_row_remove (ADW_EXPANDER_ROW (expander), g_ptr_array_index (self->rows, i));
      adw_expander_row_remove (ADW_EXPANDER_ROW (expander), self->add_row);
      g_ptr_array_set_size (self->rows, 0);

      for (guint i = 0; i < n; i++)
        {
          GtkWidget *row = text_row_new (label, i);

          g_ptr_array_add (self->rows, row);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->add_row);
    }

  for (guint i = 0; i < n; i++)
    {
      GtkEditable *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (gtk_editable_get_text (row), texts[i]) != 0)
        {
          g_signal_handlers_block_by_func (row, on_text_changed, self);
          gtk_editable_set_text (row, texts[i]);
          g_signal_handlers_unblock_by_func (row, on_text_changed, self);
        }
      if (g_signal_handler_find (row, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_text_changed, self) == 0)
        g_signal_connect (row, "changed", G_CALLBACK (on_text_changed), self);
    }

  /* The summary says the list as core does: usual channels as words. */
  if (n == 0)
    subtitle = g_strdup (empty ? _(empty->title) : _("None yet"));
  else
    subtitle = entente_format_field (entente_locale_get_interface (), NULL, item, field, NULL);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
}

static void
on_add_apply (AdwEntryRow *add_row,
              StrvRow     *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (add_row));
  g_auto(GStrv) texts = NULL;
  guint n;

  if (text[0] == '\0')
    return;

  texts = current_texts (self);
  n = g_strv_length (texts);
  texts = g_renew (char *, texts, n + 2);
  texts[n] = g_strdup (text);
  texts[n + 1] = NULL;
  gtk_editable_set_text (GTK_EDITABLE (add_row), "");
  store (self, texts);
  gtk_widget_grab_focus (GTK_WIDGET (add_row));
}

GtkWidget *
entente_strv_row_new (EntenteItem *item,
                      guint        field)
{
  const char *label = entente_row_field_label (item, field);
  StrvRow *self = g_object_new (ENTENTE_TYPE_STRV_ROW, NULL);
  GtkWidget *expander = GTK_WIDGET (self);
  g_autofree char *add_title = g_strdup_printf (_("Add to %s"), label);

  entente_row_set_title (self->add_row, add_title);
  entente_row_set_title (expander, label);
  entente_expander_row_set_single_lines (ADW_EXPANDER_ROW (expander));
  entente_row_watch (expander, item, field, update_strv);

  return expander;
}
