/* entente-field-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-enum-labels.h"
#include "entente-field-row.h"
#include "entente-number-row.h"
#include "entente-row-util.h"
#include "entente-value-rows.h"

/* The editor of one field, chosen by the kind of its value: the one place
 * that decides which widget edits what. */

static gboolean
is_paragraph (EntenteItem *item,
              guint        field)
{
  return (entente_row_field (item, field)->flags & ENTENTE_FIELD_PARAGRAPH) != 0;
}

/* Entries */

static void
update_entry (GtkWidget   *widget,
              EntenteItem *item,
              guint        field)
{
  const char *value = entente_item_get_string (item, field);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), value ? value : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (widget), value ? value : "");
}

static void
on_entry_changed (GtkEditable *editable)
{
  EntenteItem *item = entente_row_get_item (GTK_WIDGET (editable));
  const char *text = gtk_editable_get_text (editable);

  if (entente_row_is_updating (GTK_WIDGET (editable)))
    return;

  entente_item_set_string (item, entente_row_get_field (GTK_WIDGET (editable)), text[0] ? text : NULL);
}

static GtkWidget *
entry_row_new (EntenteItem *item,
               guint        field)
{
  GtkWidget *row = adw_entry_row_new ();
  const char *label = entente_row_field_label (item, field);

  entente_row_set_title (row, label);
  entente_row_watch (row, item, field, update_entry);
  g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed), NULL);

  return row;
}

/* Currency: written only once it is a valid code. */

static void
on_currency_changed (GtkEditable *editable)
{
  EntenteItem *item = entente_row_get_item (GTK_WIDGET (editable));
  g_autofree char *text = g_ascii_strup (gtk_editable_get_text (editable), -1);
  gboolean valid = strlen (text) == 3 && g_ascii_isalpha (text[0]) && g_ascii_isalpha (text[1]) && g_ascii_isalpha (text[2]);

  if (entente_row_is_updating (GTK_WIDGET (editable)))
    return;

  if (valid || text[0] == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
      entente_item_set_string (item, entente_row_get_field (GTK_WIDGET (editable)), valid ? text : NULL);
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
}

static GtkWidget *
currency_row_new (EntenteItem *item,
                  guint        field)
{
  GtkWidget *row = adw_entry_row_new ();
  const char *label = entente_row_field_label (item, field);

  entente_row_set_title (row, label);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (row), 3);
  entente_row_watch (row, item, field, update_entry);
  g_signal_connect (row, "changed", G_CALLBACK (on_currency_changed), NULL);

  return row;
}

/* Numbers: counts, money and rates, in one editor that writes only what
 * a person changed. */

static GtkWidget *
number_row_new (EntenteDocument *document,
                EntenteItem     *item,
                guint            field)
{
  return entente_number_row_new (item, field, (entente_row_field (item, field)->flags & ENTENTE_FIELD_MONEY) ? document : NULL);
}

/* Switches */

static void
update_switch (GtkWidget   *widget,
               EntenteItem *item,
               guint        field)
{
  gboolean value = entente_item_get_boolean (item, field);

  if (gtk_switch_get_active (GTK_SWITCH (widget)) != value)
    gtk_switch_set_active (GTK_SWITCH (widget), value);
}

static void
on_switch_active (GtkSwitch  *widget,
                  GParamSpec *pspec)
{
  if (entente_row_is_updating (GTK_WIDGET (widget)))
    return;

  entente_item_set_boolean (entente_row_get_item (GTK_WIDGET (widget)),
                            entente_row_get_field (GTK_WIDGET (widget)),
                            gtk_switch_get_active (widget));
}

static GtkWidget *
switch_row_new (EntenteItem *item,
                guint        field)
{
  GtkWidget *toggle = gtk_switch_new ();
  GtkWidget *row = entente_row_new_action_row (item, field, toggle);

  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  entente_row_watch (toggle, item, field, update_switch);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active), NULL);

  return row;
}

/* Choices: the values of the field's enumeration, in its order, which
 * the row lists by their labels. */

static GEnumClass *
enum_class_of (EntenteItem *item,
               guint        field)
{
  return g_type_class_peek (entente_row_field (item, field)->get_type ());
}

static void
update_combo (GtkWidget   *widget,
              EntenteItem *item,
              guint        field)
{
  GEnumClass *klass = enum_class_of (item, field);
  int value = entente_item_get_enum (item, field);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value == value &&
        adw_combo_row_get_selected (ADW_COMBO_ROW (widget)) != i)
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), i);
}

static void
on_combo_selected (AdwComboRow *row,
                   GParamSpec  *pspec)
{
  guint selected = adw_combo_row_get_selected (row);
  g_auto(GValue) value = G_VALUE_INIT;
  EntenteItem *item = entente_row_get_item (GTK_WIDGET (row));
  guint field = entente_row_get_field (GTK_WIDGET (row));
  GEnumClass *klass;

  if (entente_row_is_updating (GTK_WIDGET (row)))
    return;

  klass = enum_class_of (item, field);
  if (selected >= klass->n_values)
    return;

  g_value_init (&value, entente_row_field (item, field)->get_type ());
  g_value_set_enum (&value, klass->values[selected].value);
  entente_item_set_value (item, field, &value);
}

static GtkWidget *
enum_row_new (EntenteItem *item,
              guint        field)
{
  const EntenteField *f = entente_row_field (item, field);
  g_autoptr(GEnumClass) klass = g_type_class_ref (f->get_type ());
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  /* An enumeration's class, once made, lasts the process: the rows peek it. */
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, entente_enum_label (f->get_type (), klass->values[i].value));

  entente_row_set_title (row, _(f->label));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  entente_row_watch (row, item, field, update_combo);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected), NULL);

  return row;
}

/* Times of record, shown and not edited: they say when someone signed. */

static void
update_timestamp (GtkWidget   *widget,
                  EntenteItem *item,
                  guint        field)
{
  GDateTime *time = (GDateTime *) entente_item_get_boxed (item, field);
  g_autoptr(GDateTime) local = time ? g_date_time_to_local (time) : NULL;
  g_autofree char *text = local ? entente_format_moment (entente_locale_get_interface (), local) : g_strdup (_("Not set"));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), text);
}

static GtkWidget *
timestamp_row_new (EntenteItem *item,
                   guint        field)
{
  GtkWidget *row = adw_action_row_new ();

  entente_row_set_title (row, entente_row_field_label (item, field));
  entente_row_watch (row, item, field, update_timestamp);
  return row;
}

/**
 * entente_field_row_new:
 *
 * Returns: (transfer floating) (nullable): a row editing @field of @item,
 *   or %NULL for fields that are not edited directly (ids, lists, child
 *   sections)
 */
GtkWidget *
entente_field_row_new (EntenteDocument *document,
                       EntenteItem     *item,
                       guint            field)
{
  const EntenteField *f = entente_row_field (item, field);

  switch (f->kind)
    {
    case ENTENTE_VALUE_STRING:
      return is_paragraph (item, field) ? entente_text_row_new (item, field) : entry_row_new (item, field);
    case ENTENTE_VALUE_CURRENCY:
      return currency_row_new (item, field);
    case ENTENTE_VALUE_INT:
    case ENTENTE_VALUE_DECIMAL:
    case ENTENTE_VALUE_RATE:
      return number_row_new (document, item, field);
    case ENTENTE_VALUE_BOOLEAN:
      return switch_row_new (item, field);
    case ENTENTE_VALUE_ENUM:
      return enum_row_new (item, field);
    case ENTENTE_VALUE_FLAGS:
      return entente_weekdays_row_new (item, field);
    case ENTENTE_VALUE_DATE:
      return entente_date_row_new (item, field);
    case ENTENTE_VALUE_DATETIME:
      return timestamp_row_new (item, field);
    case ENTENTE_VALUE_DURATION:
      return entente_duration_row_new (item, field);
    case ENTENTE_VALUE_TIME:
      return entente_time_row_new (item, field);
    case ENTENTE_VALUE_TIMEZONE:
      return entente_timezone_row_new (item, field);
    case ENTENTE_VALUE_LANGUAGE:
      return entente_language_row_new (document, item, field);
    case ENTENTE_VALUE_REF:
      return entente_ref_row_new (document, item, field);
    case ENTENTE_VALUE_STRV:
      return entente_strv_row_new (item, field);
    case ENTENTE_VALUE_ID:
    case ENTENTE_VALUE_LIST:
    case ENTENTE_VALUE_OBJECT:
    default:
      return NULL;
    }
}
