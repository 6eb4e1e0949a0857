/* entente-row-util.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"

/* What ties an editor to one field of one item: the one thing kept on
 * editor widgets of every kind (entries, switches, combo rows…), which
 * share no class of ours. */
typedef struct
{
  EntenteItem      *item;
  guint             field;
  EntenteRowUpdate  update;
  gboolean          updating;
} RowBinding;

#define BINDING_KEY "entente-row-binding"

static void
row_binding_free (gpointer data)
{
  RowBinding *binding = data;

  g_object_unref (binding->item);
  g_free (binding);
}

static RowBinding *
binding_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), BINDING_KEY);
}

const EntenteField *
entente_row_field (EntenteItem *item,
                   guint        field)
{
  return entente_item_get_field (item, field);
}

const char *
entente_row_field_label (EntenteItem *item,
                         guint        field)
{
  return _(entente_row_field (item, field)->label);
}

/* While the model's value is shown, the widget's own change signals must
 * not write back: GTK replaces text by deleting then inserting, and the
 * empty text in between would become an edit (and free the very string
 * being shown). */
static void
run_update (GtkWidget *widget)
{
  RowBinding *binding = binding_of (widget);

  binding->updating = TRUE;
  binding->update (widget, binding->item, binding->field);
  binding->updating = FALSE;
}

static void
on_item_notify (EntenteItem *item,
                GParamSpec  *pspec,
                GtkWidget   *widget)
{
  run_update (widget);
}

/**
 * entente_row_is_updating:
 *
 * Whether @widget is being set from the model, when its change handlers
 * must do nothing.
 */
gboolean
entente_row_is_updating (GtkWidget *widget)
{
  RowBinding *binding = binding_of (widget);

  return binding != NULL && binding->updating;
}

/**
 * entente_row_watch:
 * @update: shows the model's value in @widget; called now and on change
 *
 * Ties @widget to one field of @item for as long as @widget lives.
 */
void
entente_row_watch (GtkWidget        *widget,
                   EntenteItem      *item,
                   guint             field,
                   EntenteRowUpdate  update)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", entente_row_field (item, field)->name);
  RowBinding *binding = g_new0 (RowBinding, 1);

  binding->item = g_object_ref (item);
  binding->field = field;
  binding->update = update;
  g_object_set_data_full (G_OBJECT (widget), BINDING_KEY, binding, row_binding_free);

  g_signal_connect_object (item, signal, G_CALLBACK (on_item_notify), widget, 0);
  run_update (widget);
}

/**
 * entente_row_refresh:
 *
 * Shows the model's value in @widget again, as when its field changes,
 * for editors whose display also depends on other values.
 */
void
entente_row_refresh (GtkWidget *widget)
{
  run_update (widget);
}

EntenteItem *
entente_row_get_item (GtkWidget *widget)
{
  RowBinding *binding = binding_of (widget);

  return binding != NULL ? binding->item : NULL;
}

guint
entente_row_get_field (GtkWidget *widget)
{
  RowBinding *binding = binding_of (widget);

  return binding != NULL ? binding->field : 0;
}

static const char *
first_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      const char *text = first_label_text (child);

      if (text != NULL && *text != '\0')
        return text;
    }

  return NULL;
}

/* The text people see on @widget, which its labels already say. */
static const char *
visible_label (GtkWidget *widget)
{
  GtkWidget *row;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_TAB)
    return first_label_text (widget);
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  if (row != NULL)
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  return NULL;
}

/* What GTK 4.8 leaves unnamed, and so calls by its type name: the
 * button inside a drop-down, which its row names, and a menu button's
 * own button, which its label names. */
static char *
missing_name (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  GtkWidget *row;
  const char *text;

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL)
    return entente_strip_mnemonic (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)));
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_DROP_DOWN (parent) &&
      (row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW)) != NULL)
    return g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  /* libadwaita 1.2's preferences window: its search and its page tabs */
  if (GTK_IS_SEARCH_ENTRY (widget))
    return g_strdup (_("Search"));
  if (GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))) &&
      g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)))), "edit-find-symbolic") == 0)
    return g_strdup (_("Search"));
  if (role == GTK_ACCESSIBLE_ROLE_TAB && (text = first_label_text (widget)) != NULL)
    return entente_strip_mnemonic (text);

  return NULL;
}

/**
 * entente_strip_mnemonic:
 *
 * Returns: (transfer full): @text as shown, "_Save" as "Save"
 */
char *
entente_strip_mnemonic (const char *text)
{
  GString *shown = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (shown, *p);
    }

  return g_string_free (shown, FALSE);
}

/**
 * entente_accessible_tidy:
 * @root: a widget, with what it holds
 *
 * Leaves each control of @root one name, the one people see.  GTK 4.8
 * reads a control's label property and the labels it is labelled by one
 * after the other: a button with a mnemonic was "_Save Save", a row
 * "Revision Revision".  Where the label property only repeats the
 * visible label, the visible label, without its underscore, is the name.
 */
void
entente_accessible_tidy (GtkWidget *root)
{
  const char *label;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    entente_accessible_tidy (child);

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      g_autofree char *name = missing_name (root);

      if (name != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }

  label = visible_label (root);
  if (label != NULL &&
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (root),
                                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label);

      if (differs == NULL)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
}

void
entente_row_set_accessible_label (GtkWidget  *widget,
                                  const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/**
 * entente_row_set_title:
 *
 * Titles a row with plain text: titles come from people's own words
 * ("Sales & Marketing"), never markup.  The row is named by its title
 * label, as libadwaita labels it; a label property besides would make
 * screen readers say it twice.
 */
void
entente_row_set_title (GtkWidget  *row,
                       const char *title)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
}

/* Group titles and descriptions are markup in libadwaita 1.2. */
void
entente_group_set_text (GtkWidget  *group,
                        const char *title,
                        const char *description)
{
  g_autofree char *escaped_title = title ? g_markup_escape_text (title, -1) : NULL;
  g_autofree char *escaped_description = description ? g_markup_escape_text (description, -1) : NULL;

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped_title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped_description);
}

/**
 * entente_row_new_action_row:
 * @suffix: the control, labelled with the field's name for assistive
 *   technologies
 *
 * Returns: (transfer floating): a row titled with the field's label
 */
GtkWidget *
entente_row_new_action_row (EntenteItem *item,
                            guint        field,
                            GtkWidget   *suffix)
{
  GtkWidget *row = adw_action_row_new ();
  const char *label = entente_row_field_label (item, field);

  entente_row_set_title (row, label);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  entente_row_set_accessible_label (suffix, label);

  return row;
}

/**
 * entente_toast_new:
 * @message: plain text, such as an error's message or a sentence naming
 *   an item ("Sales & Marketing")
 *
 * Returns: (transfer full): a toast saying @message as it is written;
 *   libadwaita 1.2 reads a toast's title as markup
 */
AdwToast *
entente_toast_new (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

static void
open_uri (AdwToast *toast,
          char     *uri)
{
  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

/**
 * entente_toast_new_exported:
 * @file: what was written
 *
 * “Exported “acme.pdf””, with Open, which shows the file in the
 * application that opens such files.
 */
AdwToast *
entente_toast_new_exported (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: %s is the name of the file written */
  g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *toast = entente_toast_new (message);

  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_uri), g_file_get_uri (file),
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  return toast;
}

/**
 * entente_fingerprint_for_display:
 * @fingerprint: eight groups of four digits, "3A7F 91C2 …"
 * @middle: what goes between the fourth and fifth group: a space, where a
 *   narrow label may break it, or a line feed for two halves
 *
 * A fingerprint is what two people read to each other, group by group:
 * the lines of a label break it between its halves or not at all, never
 * inside one (a half, 19 characters, fits the narrowest window).
 *
 * Returns: (transfer full): @fingerprint with no-break spaces
 */
char *
entente_fingerprint_for_display (const char *fingerprint,
                                 const char *middle)
{
  g_auto(GStrv) groups = g_strsplit (fingerprint, " ", -1);
  GString *text = g_string_new (NULL);
  guint n = g_strv_length (groups);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, i == n / 2 ? middle : "\u00a0");
      g_string_append (text, groups[i]);
    }

  return g_string_free (text, FALSE);
}

/**
 * entente_text_with_fingerprint:
 * @text: a sentence that may quote @fingerprint
 *
 * Returns: (transfer full): @text, with @fingerprint broken only
 *   between its halves
 */
char *
entente_text_with_fingerprint (const char *text,
                               const char *fingerprint)
{
  g_autoptr(GString) result = g_string_new (text);
  g_autofree char *whole = NULL;

  if (fingerprint == NULL)
    return g_string_free (g_steal_pointer (&result), FALSE);
  whole = entente_fingerprint_for_display (fingerprint, " ");
  g_string_replace (result, fingerprint, whole, 0);

  return g_string_free (g_steal_pointer (&result), FALSE);
}

/**
 * entente_widget_dispose_children:
 * @type: the class whose template made the children
 *
 * What the dispose of a widget of ours that lays out its own children
 * does: clears its template's pointers and unparents them all.
 */
void
entente_widget_dispose_children (GtkWidget *widget,
                                 GType      type)
{
  GtkWidget *child;

  gtk_widget_dispose_template (widget, type);
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}
