/* entente-compare-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-compare-window.h"
#include "entente-row-util.h"

/* "Compare with…": what changed from another copy of the SLA to the one
 * in the window, in the same sentences as `entente-cli diff`, grouped by
 * the step they belong to.  Each sentence names its place, so that the
 * window's search finds it whole. */

static GtkWidget *
change_row_new (const EntenteChange *change)
{
  GtkWidget *row = adw_action_row_new ();

  entente_row_set_title (row, change->message);
  gtk_widget_set_tooltip_text (row, change->message);

  return row;
}

static GtkWidget *
no_differences_new (const char *other_name)
{
  GtkWidget *status = adw_status_page_new ();
  g_autofree char *description = g_strdup_printf (_("This SLA says the same as “%s”."), other_name);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Differences"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);

  return status;
}

/**
 * entente_compare_window_new:
 * @other: the copy compared with, the “before”
 * @current: the window's copy, the “after”
 * @other_name: how to name @other, such as its file's name
 *
 * Returns: (transfer floating): a window listing the changes from @other
 *   to @current
 */
GtkWindow *
entente_compare_window_new (GtkWindow       *parent,
                            EntenteDocument *other,
                            EntenteDocument *current,
                            const char      *other_name)
{
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = adw_preferences_page_new ();
  g_autoptr(GPtrArray) changes = entente_diff_documents (other, current);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *title = g_strdup_printf (_("Compared with “%s”"), other_name);
  g_autofree char *summary = NULL;

  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Changes"));

  if (changes->len == 0)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), no_differences_new (other_name));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
      adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (window), FALSE);
    }
  else
    {
      GtkWidget *intro = adw_preferences_group_new ();

      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u change from “%s” to this SLA.",
                                              "%u changes from “%s” to this SLA.",
                                              changes->len),
                                 changes->len, other_name);
      entente_group_set_text (intro, NULL, summary);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (intro));
    }

  /* One group per section, in the order the changes come: the order of
   * the steps. */
  for (guint i = 0; i < changes->len; i++)
    {
      const EntenteChange *change = g_ptr_array_index (changes, i);
      GtkWidget *group = g_hash_table_lookup (groups, change->section);

      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          entente_group_set_text (group, entente_diff_section_title (change->section), NULL);
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
          g_hash_table_insert (groups, change->section, group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), change_row_new (change));
    }

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));

  return GTK_WINDOW (window);
}
