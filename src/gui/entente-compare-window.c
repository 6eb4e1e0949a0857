/* entente-compare-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-compare-window.h"
#include "entente-format.h"
#include "entente-locale.h"
#include "entente-row-util.h"
#include "entente-pages-dialog.h"

/* "Compare With…": what changed between another copy of the SLA and the
 * one in the window, in the same sentences as `entente-cli diff`, grouped
 * by the step they belong to.  When the version both come from is known,
 * each copy's changes since it, apart.  Each sentence names its place, so
 * that the window's search finds it whole. */

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

/* The changes, one group a section, in the order they come: the order
 * of the steps. */
static void
add_changes (GtkWidget *page,
             GPtrArray *changes)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < changes->len; i++)
    {
      const EntenteChange *change = g_ptr_array_index (changes, i);
      GtkWidget *group = g_hash_table_lookup (groups, change->section);

      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          entente_group_set_text (group, entente_section_title_for_id (change->section), NULL);
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
          g_hash_table_insert (groups, change->section, group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), change_row_new (change));
    }
}

static GtkWidget *
page_new (const char *title,
          const char *icon_name,
          const char *summary,
          GPtrArray  *changes)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *intro = adw_preferences_group_new ();

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), title);
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), icon_name);
  if (changes->len == 0)
    {
      /* Nothing to list: said as an empty state, not as a lone line. */
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "emblem-ok-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Changes"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), summary);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (intro), status);
    }
  else
    entente_group_set_text (intro, NULL, summary);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (intro));
  add_changes (page, changes);

  return page;
}

/**
 * entente_compare_window_new:
 * @base: (nullable): the version both copies come from, when it is known
 * @base_time: (nullable): when @base was saved
 * @other: the copy compared with
 * @current: the window's copy
 * @other_name: how to name @other, such as its file's name
 *
 * With @base, what each copy changed since it (two pages: theirs, then
 * yours), so that a colleague's copy never reads as undoing your edits.
 * Without it, what changed from @other to @current.
 *
 * Returns: (transfer floating): the dialog, for entente_pages_dialog_present()
 */
GtkWidget *
entente_compare_window_new (EntenteDocument *base,
                            GDateTime       *base_time,
                            EntenteDocument *other,
                            EntenteDocument *current,
                            const char      *other_name)
{
  GtkWidget *window = entente_pages_dialog_new ();
  g_autoptr(GPtrArray) changes = entente_diff_documents (base ? base : other, current);
  g_autofree char *title = g_strdup_printf (_("Compared with “%s”"), other_name);

  entente_pages_dialog_setup (window, title, 640, 560);

  if (base != NULL)
    {
      g_autoptr(GPtrArray) theirs = entente_diff_documents (base, other);
      g_autoptr(GDateTime) local = base_time ? g_date_time_to_local (base_time) : NULL;
      g_autofree char *when = local ? entente_format_datetime (entente_locale_get_interface (), local) : NULL;
      g_autofree char *their_summary = NULL;
      g_autofree char *your_summary = NULL;

      /* Translators: the first %s is a file's name, the second when the
       * version both copies come from was saved */
      their_summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u change in “%s” since the version saved on %s, which both copies come from.",
                                                    "%u changes in “%s” since the version saved on %s, which both copies come from.",
                                                    theirs->len),
                                       theirs->len, other_name, when ? when : "—");
      your_summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u change in this SLA since the version saved on %s, which both copies come from.",
                                                   "%u changes in this SLA since the version saved on %s, which both copies come from.",
                                                   changes->len),
                                      changes->len, when ? when : "—");
      entente_pages_dialog_add (window, ADW_PREFERENCES_PAGE (page_new (_("Their Changes"), "document-open-recent-symbolic",
                                                                        their_summary, theirs)));
      entente_pages_dialog_add (window, ADW_PREFERENCES_PAGE (page_new (_("Your Changes"), "document-edit-symbolic",
                                                                        your_summary, changes)));
      return window;
    }

  if (changes->len == 0)
    {
      GtkWidget *page = adw_preferences_page_new ();
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Changes"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), no_differences_new (other_name));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
      entente_pages_dialog_set_search_enabled (window, FALSE);
      entente_pages_dialog_add (window, ADW_PREFERENCES_PAGE (page));
    }
  else
    {
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u change from “%s” to this SLA.",
                                                               "%u changes from “%s” to this SLA.",
                                                               changes->len),
                                                  changes->len, other_name);

      entente_pages_dialog_add (window, ADW_PREFERENCES_PAGE (page_new (_("Changes"), "document-edit-symbolic",
                                                                        summary, changes)));
    }

  return window;
}
