/* entente-timezone-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-row-util.h"
#include "entente-value-rows.h"

/* The time zone business hours are counted in, chosen from the system's
 * zone list with a search, so that no typo can leave an unknown zone. */

/* Zones are listed and found by their city, as people know them. */
static const char *
city_of (const char *zone)
{
  const char *slash = strrchr (zone, '/');

  return slash != NULL ? slash + 1 : zone;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const char *zone_a = *(const char * const *) a;
  const char *zone_b = *(const char * const *) b;
  int by_city = g_strcmp0 (city_of (zone_a), city_of (zone_b));

  return by_city != 0 ? by_city : g_strcmp0 (zone_a, zone_b);
}

static char *
zone_label (GObject    *item,
            const char *zone,
            gpointer    data)
{
  return entente_format_timezone (entente_locale_get_interface (), zone, NULL);
}

/* A zone people pick is a city of a continent or an ocean; the old
 * aliases ("US/Eastern", "Alaska", "GB") name the same zones again. */
static gboolean
is_city (const char *zone)
{
  static const char * const regions[] = {
    "Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/",
    "Australia/", "Europe/", "Indian/", "Pacific/",
  };

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (g_str_has_prefix (zone, regions[i]))
      return TRUE;
  return FALSE;
}

static GtkStringList *
load_zones (void)
{
  static GtkStringList *zones;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) names = NULL;

  if (zones != NULL)
    return zones;

  names = g_ptr_array_new_with_free_func (g_free);
  if (g_file_get_contents ("/usr/share/zoneinfo/tzdata.zi", &contents, NULL, NULL))
    {
      /* Zone lines ("Z name …") and links ("L target name") both name
       * zones people may use. */
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);

          if (g_strv_length (words) >= 2 && g_str_equal (words[0], "Z") && is_city (words[1]))
            g_ptr_array_add (names, g_strdup (words[1]));
          else if (g_strv_length (words) >= 3 && g_str_equal (words[0], "L") && is_city (words[2]))
            g_ptr_array_add (names, g_strdup (words[2]));
        }
    }
  g_ptr_array_add (names, g_strdup ("UTC"));

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  zones = gtk_string_list_new ((const char * const *) names->pdata);

  return zones;
}

static void
update_zone (GtkWidget   *dropdown,
             EntenteItem *item,
             guint        field)
{
  GListModel *zones = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
  const char *value = entente_item_get_string (item, field);

  for (guint i = 0, n = g_list_model_get_n_items (zones); value && i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (zones), i), value))
      {
        if (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)) != i)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
        return;
      }

  /* A zone the list leaves out (an old alias a file may name) is still
   * the document's: it joins the list rather than show as nothing. */
  if (value != NULL && *value != '\0')
    {
      guint position = g_list_model_get_n_items (zones);

      gtk_string_list_append (GTK_STRING_LIST (zones), value);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), position);
      return;
    }

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), GTK_INVALID_LIST_POSITION);
}

static void
on_zone_selected (GtkDropDown *dropdown,
                  GParamSpec  *pspec)
{
  GtkStringObject *zone = gtk_drop_down_get_selected_item (dropdown);

  if (entente_row_is_updating (GTK_WIDGET (dropdown)))
    return;

  if (zone != NULL)
    entente_item_set_string (entente_row_get_item (GTK_WIDGET (dropdown)),
                             entente_row_get_field (GTK_WIDGET (dropdown)),
                             gtk_string_object_get_string (zone));
}

GtkWidget *
entente_timezone_row_new (EntenteItem *item,
                          guint        field)
{
  GtkExpression *zone = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  g_autoptr(GtkExpression) expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 1, &zone,
                                                                     G_CALLBACK (zone_label), NULL, NULL);
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (load_zones ())), NULL);
  GtkWidget *row;

  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  row = entente_row_new_action_row (item, field, dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
  entente_row_watch (dropdown, item, field, update_zone);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_zone_selected), NULL);

  return row;
}
