/* entente-file-dialog.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-file-dialog.h"

/* GtkFileDialog replaced GtkFileChooserNative in GTK 4.10; Debian 12 has
 * 4.8.  The choice is made here at compile time, so that both build
 * without deprecation warnings. */

typedef struct
{
  EntenteFileChosen callback;
  gpointer          user_data;
  gboolean          saving;   /* which of the dialog's calls to finish */
} Pending;

static GListModel *
filters_new (EntenteFileKind kind)
{
  static const struct {
    const char *name;
    const char *pattern;
    const char *mime_type;
  } kinds[] = {
    [ENTENTE_FILE_SLA] = { N_("SLA Documents"), "*.entente", "application/x-entente+xml" },
    [ENTENTE_FILE_CRM_EXPORT] = { N_("CRM Exports (CSV)"), "*.csv", "text/csv" },
    [ENTENTE_FILE_PDF] = { N_("PDF Documents"), "*.pdf", "application/pdf" },
    [ENTENTE_FILE_HTML] = { N_("Web Pages"), "*.html", "text/html" },
    [ENTENTE_FILE_MARKDOWN] = { N_("Markdown Documents"), "*.md", "text/markdown" },
    [ENTENTE_FILE_CALENDAR] = { N_("Calendars"), "*.ics", "text/calendar" },
  };
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (kind < G_N_ELEMENTS (kinds) && kinds[kind].name != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(kinds[kind].name));
      gtk_file_filter_add_pattern (filter, kinds[kind].pattern);
      gtk_file_filter_add_mime_type (filter, kinds[kind].mime_type);
      g_list_store_append (filters, filter);
    }
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, all);

  return G_LIST_MODEL (filters);
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  Pending *pending = data;
  g_autoptr(GFile) file = NULL;

  if (pending->saving)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  pending->callback (file, pending->user_data);
  g_free (pending);
}

static void
run (GtkWindow         *parent,
     gboolean           saving,
     EntenteFileKind    kind,
     const char        *title,
     const char        *accept_label,
     const char        *suggested_name,
     EntenteFileChosen  callback,
     gpointer           user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListModel) filters = filters_new (kind);
  Pending *pending = g_new0 (Pending, 1);

  pending->callback = callback;
  pending->user_data = user_data;
  pending->saving = saving;
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  if (saving)
    {
      gtk_file_dialog_set_initial_name (dialog, suggested_name);
      gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done, pending);
    }
  else
    gtk_file_dialog_open (dialog, parent, NULL, on_dialog_done, pending);
}

#else

static void
on_response (GtkNativeDialog *dialog,
             int              response,
             gpointer         data)
{
  Pending *pending = data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  pending->callback (file, pending->user_data);
  g_free (pending);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
run (GtkWindow         *parent,
     gboolean           saving,
     EntenteFileKind    kind,
     const char        *title,
     const char        *accept_label,
     const char        *suggested_name,
     EntenteFileChosen  callback,
     gpointer           user_data)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GListModel) filters = filters_new (kind);
  Pending *pending = g_new0 (Pending, 1);

  pending->callback = callback;
  pending->user_data = user_data;
  dialog = gtk_file_chooser_native_new (title, parent,
                                        saving ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        accept_label, _("_Cancel"));
  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  if (saving && suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

#endif

void
entente_file_dialog_open (GtkWindow         *parent,
                          EntenteFileChosen  callback,
                          gpointer           user_data)
{
  run (parent, FALSE, ENTENTE_FILE_SLA, _("Open SLA"), _("_Open"), NULL, callback, user_data);
}

/**
 * entente_file_dialog_choose:
 * @title: what the dialog is for, "Merge a Copy"
 * @accept_label: its button, with a mnemonic, "_Merge"
 * @kind: what files it lists first
 *
 * Asks for a file to read for another purpose than opening it as the
 * agreement.
 */
void
entente_file_dialog_choose (GtkWindow         *parent,
                            const char        *title,
                            const char        *accept_label,
                            EntenteFileKind    kind,
                            EntenteFileChosen  callback,
                            gpointer           user_data)
{
  run (parent, FALSE, kind, title, accept_label, NULL, callback, user_data);
}

void
entente_file_dialog_save (GtkWindow         *parent,
                          const char        *suggested_name,
                          EntenteFileChosen  callback,
                          gpointer           user_data)
{
  run (parent, TRUE, ENTENTE_FILE_SLA, _("Save SLA"), _("_Save"), suggested_name, callback, user_data);
}

/**
 * entente_file_dialog_save_other:
 * @title: what the dialog is for, "Export Public Key"
 * @suggested_name: the file's name to start from
 * @kind: what files it lists first
 *
 * Asks where to save a file that is not an SLA.
 */
void
entente_file_dialog_save_other (GtkWindow         *parent,
                                const char        *title,
                                const char        *suggested_name,
                                EntenteFileKind    kind,
                                EntenteFileChosen  callback,
                                gpointer           user_data)
{
  run (parent, TRUE, kind, title, _("_Save"), suggested_name, callback, user_data);
}
