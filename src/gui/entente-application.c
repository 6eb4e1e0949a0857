/* entente-application.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-ancestry.h"
#include "entente-pages-dialog.h"
#include "entente-alert.h"
#include "entente-application.h"
#include "entente-gui-compat.h"
#include "entente-drafts.h"
#include "entente-example.h"
#include "entente-file-dialog.h"
#include "entente-preferences-window.h"
#include "entente-welcome-window.h"
#include "entente-window.h"

/* One instance for all windows, one window per document: files given on
 * the command line or by the file manager open in their own window, or
 * bring forward the window that already has them. */

struct _EntenteApplication
{
  AdwApplication parent_instance;

  gboolean       offered_drafts;
};

G_DEFINE_FINAL_TYPE (EntenteApplication, entente_application, ADW_TYPE_APPLICATION)

/* Templates open in the reader's language; @data counts the texts that
 * a translation replaced. */
static const char *
translate_template_text (const char *text,
                         gpointer    data)
{
  guint *n_translated = data;
  const char *translation = g_dgettext (GETTEXT_PACKAGE, text);

  if (g_strcmp0 (translation, text) != 0)
    (*n_translated)++;

  return translation;
}

/**
 * entente_application_load_template:
 * @id: "blank", "b2b-saas-inbound" or "outbound-sdr-led"
 *
 * The template's texts come in the reader's language, and the document is
 * in the language of the translation that gave them: "km" in a Khmer
 * interface; the template's own language, English, when nothing was
 * translated.
 *
 * Returns: (transfer full) (nullable): a new, unsaved document from the
 *   template
 */
EntenteDocument *
entente_application_load_template (const char  *id,
                                   GError     **error)
{
  g_autofree char *path = g_strdup_printf ("/io/github/entente_sla/Entente/templates/%s.entente", id);
  g_autofree char *name = g_strdup_printf ("%s.entente", id);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  EntenteDocument *document;
  guint n_translated = 0;

  if (bytes == NULL)
    return NULL;

  document = entente_document_new_from_bytes (bytes, name, error);
  if (document != NULL)
    {
      /* A new agreement, not a version of the template. */
      entente_document_forget_version (document);
      entente_item_translate_texts (ENTENTE_ITEM (document), translate_template_text, &n_translated);
      if (n_translated > 0)
        {
          g_autofree char *language = entente_language_from_catalogue (GETTEXT_PACKAGE);

          /* A catalogue that does not say its language is told by the
           * script of what it gave. */
          entente_document_set_language (document, language != NULL
                                                   ? language
                                                   : entente_language_detect_item (ENTENTE_ITEM (document)));
        }
      else if (entente_meta_get_language (entente_document_get_meta (document)) == NULL)
        entente_document_set_language (document, ENTENTE_LANGUAGE_DEFAULT);
      entente_example_mark_template (document);
      entente_document_set_modified (document, FALSE);
    }

  return document;
}

static EntenteWindow *
find_window (EntenteApplication *self,
             GFile              *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (ENTENTE_IS_WINDOW (l->data))
      {
        GFile *other = entente_document_get_file (entente_window_get_document (l->data));

        if (other != NULL && g_file_equal (other, file))
          return l->data;
      }

  return NULL;
}

static EntenteWindow *
find_pristine_window (EntenteApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (ENTENTE_IS_WINDOW (l->data) && entente_window_is_pristine (l->data))
      return l->data;

  return NULL;
}

static GtkWindow *
find_welcome (EntenteApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (ENTENTE_IS_WELCOME_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* Once an agreement is open, the welcome has done its part. */
static void
close_welcome (EntenteApplication *self)
{
  GtkWindow *welcome;

  while ((welcome = find_welcome (self)) != NULL)
    gtk_window_destroy (welcome);
}

static void
present_welcome (EntenteApplication *self)
{
  GtkWindow *welcome = find_welcome (self);

  if (welcome == NULL)
    welcome = entente_welcome_window_new (GTK_APPLICATION (self));
  gtk_window_present (welcome);
}

/**
 * entente_application_open_document:
 * @draft_id: (nullable): the draft @document was restored from
 *
 * Shows @document in a window of its own, or in place of an untouched new
 * document.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
entente_application_open_document (EntenteApplication *self,
                                   EntenteDocument    *document,
                                   const char         *draft_id)
{
  EntenteWindow *window = draft_id ? NULL : find_pristine_window (self);

  if (window != NULL)
    entente_window_set_document (window, document);
  else
    window = entente_window_new (GTK_APPLICATION (self), document, draft_id);

  gtk_window_present (GTK_WINDOW (window));
  close_welcome (self);
  return GTK_WINDOW (window);
}

static void
show_open_error (EntenteApplication *self,
                 const char         *message)
{
  g_autoptr(EntenteAlert) alert = entente_alert_new (_("Could Not Open"), message);

  entente_alert_add_response (alert, "close", _("_Close"), ENTENTE_ALERT_DEFAULT);
  /* Opened from the command line, there may be no window: Entente then
   * runs until the alert is read. */
  entente_alert_present_for_application (alert, GTK_APPLICATION (self));
}

/**
 * entente_application_open_file:
 *
 * Reads @file and shows it, or brings forward the window that shows it;
 * says why when it cannot be read.
 */
void
entente_application_open_file (EntenteApplication *self,
                               GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  EntenteWindow *window = find_window (self, file);

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  document = entente_document_load (file, NULL, &error);
  if (document == NULL)
    {
      show_open_error (self, error->message);
      return;
    }

  entente_application_open_document (self, document, NULL);
}

static void
new_from_template (EntenteApplication *self,
                   const char         *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_application_load_template (id, &error);

  if (document == NULL)
    {
      show_open_error (self, error->message);
      return;
    }

  /* In place of an untouched blank agreement, never beside it. */
  entente_application_open_document (self, document, NULL);
}

/* Drafts left by a crash */

typedef struct {
  EntenteApplication *self;
  char               *id;
} DraftQuestion;

static void
draft_question_free (gpointer  data,
                     GClosure *closure)
{
  DraftQuestion *question = data;

  g_object_unref (question->self);
  g_free (question->id);
  g_free (question);
}

static void
on_draft_response (EntenteAlert  *alert,
                   const char    *response,
                   DraftQuestion *question)
{
  EntenteApplication *self = question->self;
  const char *id = question->id;

  if (g_str_equal (response, "restore"))
    {
      g_autoptr(GError) error = NULL;
      g_auto(EntenteDraftRestore) restore = { 0, };
      g_autoptr(EntenteDocument) document = entente_drafts_restore (id, &restore, &error);

      if (document == NULL)
        show_open_error (self, error->message);
      else
        entente_window_restored (ENTENTE_WINDOW (entente_application_open_document (self, document, id)),
                                 &restore);
    }
  else if (g_str_equal (response, "discard"))
    entente_drafts_remove (id);
}

/**
 * entente_application_offer_drafts:
 *
 * Asks, for each draft that no window is working on, whether to restore
 * it; drafts only outlive their window when Entente did not close
 * normally.
 */
void
entente_application_offer_drafts (EntenteApplication *self)
{
  g_autoptr(GPtrArray) drafts = entente_drafts_list ();

  for (guint i = 0; i < drafts->len; i++)
    {
      EntenteDraftInfo *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (draft->time);
      g_autofree char *when = entente_format_moment (entente_locale_get_interface (), local);
      g_autofree char *body = NULL;
      gboolean in_use = FALSE;
      g_autoptr(EntenteAlert) alert = NULL;
      DraftQuestion *question;

      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
        if (ENTENTE_IS_WINDOW (l->data) && g_strcmp0 (entente_window_get_draft_id (l->data), draft->id) == 0)
          in_use = TRUE;
      if (in_use)
        continue;

      body = g_strdup_printf (_("Entente closed before changes to “%s” were saved. A draft from %s holds them. Restore it?"),
                              draft->title && draft->title[0] ? draft->title : _("Untitled SLA"), when);
      alert = entente_alert_new (_("Restore Unsaved Changes?"), body);
      entente_alert_add_response (alert, "later", _("_Later"), ENTENTE_ALERT_DEFAULT);
      entente_alert_add_response (alert, "discard", _("_Discard"), ENTENTE_ALERT_DESTRUCTIVE);
      entente_alert_add_response (alert, "restore", _("_Restore"), ENTENTE_ALERT_SUGGESTED);
      entente_alert_set_default_response (alert, "restore");
      entente_alert_set_close_response (alert, "later");
      question = g_new0 (DraftQuestion, 1);
      question->self = g_object_ref (self);
      question->id = g_strdup (draft->id);
      g_signal_connect_data (alert, "response", G_CALLBACK (on_draft_response), question, draft_question_free, 0);

      /* Keep running while the question is open, even with no window. */
      entente_alert_present_for_application (alert, GTK_APPLICATION (self));
    }
}

/* Actions */

static void
on_open_chosen (GFile    *file,
                gpointer  data)
{
  EntenteApplication *self = data;

  if (file != NULL)
    entente_application_open_file (self, file);
  g_application_release (G_APPLICATION (self));
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  EntenteApplication *self = data;

  g_application_hold (G_APPLICATION (self));
  entente_file_dialog_open (gtk_application_get_active_window (GTK_APPLICATION (self)), on_open_chosen, self);
}

static void
new_from_template_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       data)
{
  new_from_template (data, g_variant_get_string (param, NULL));
}

/* New asks which template, rather than picking one. */
static void
new_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       data)
{
  present_welcome (data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  entente_pages_dialog_present (entente_preferences_window_new (),
                                gtk_application_get_active_window (GTK_APPLICATION (data)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       data)
{
  const char *developers[] = { _("The Entente authors"), NULL };
  GtkWidget *about = entente_about_dialog_new ();

  g_object_set (about,
                "application-name", _("Entente"),
                "application-icon", APPLICATION_ID,
                "developer-name", _("The Entente authors"),
                "version", PACKAGE_VERSION,
                "comments", _("Draft, sign and keep a Sales & Marketing service level agreement"),
                "website", "https://github.com/entente-sla/entente",
                "issue-url", "https://github.com/entente-sla/entente/issues",
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "translator-credits", _("translator-credits"),
                NULL);
  entente_pages_dialog_present (about, gtk_application_get_active_window (GTK_APPLICATION (data)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  /* Closing each window asks about its unsaved changes. */
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (data)));

  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "open", open_action },
  { "new", new_action },
  { "new-from-template", new_from_template_action, "s" },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

/* GApplication */

static void
entente_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.open", { "<Control>o", NULL } },
    { "app.new", { "<Control>n", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { ENTENTE_SHORTCUTS_ACTION, { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (entente_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
offer_drafts_once (EntenteApplication *self)
{
  if (self->offered_drafts)
    return;
  self->offered_drafts = TRUE;
  entente_application_offer_drafts (self);
}

static void
entente_application_activate (GApplication *app)
{
  EntenteApplication *self = ENTENTE_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    present_welcome (self);
  offer_drafts_once (self);
}

static void
entente_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  EntenteApplication *self = ENTENTE_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    entente_application_open_file (self, files[i]);

  offer_drafts_once (self);
}

static void
entente_application_class_init (EntenteApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = entente_application_startup;
  app_class->activate = entente_application_activate;
  app_class->open = entente_application_open;
}

static void
entente_application_init (EntenteApplication *self)
{
}

EntenteApplication *
entente_application_new (void)
{
  return g_object_new (ENTENTE_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       /* The development build's id differs; its resources do not. */
                       "resource-base-path", "/io/github/entente_sla/Entente",
                       NULL);
}
