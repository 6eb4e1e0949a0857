/* entente-meeting-group.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-file-dialog.h"
#include "entente-file-replace.h"
#include "entente-meeting-group.h"
#include "entente-open-file.h"
#include "entente-pages-dialog.h"
#include "entente-review-calendar.h"
#include "entente-review-handout.h"
#include "entente-row-util.h"
#include "entente-window.h"

/* The meeting a monthly review is shown for: what it notes and decides,
 * and Record This Review, which keeps them with the month's figures in
 * the agreement (entente-meetings.c) as one step the agreement's window
 * can undo.  A month recorded before shows what was recorded, to edit;
 * recording again keeps what the group shows.  Add to Calendar makes the
 * meetings' calendar (entente-review-calendar.c) and hands it to the
 * user's calendar: through the OpenURI portal in a sandbox. */

struct _EntenteMeetingGroup
{
  AdwPreferencesGroup         parent_instance;

  EntenteDocument            *document;
  const EntenteActualsReport *report;       /* the review window's, while it shows it */
  char                       *export_name;

  GtkWidget                  *notes_view;
  GtkWidget                  *decisions;
  GtkWidget                  *decision_entry;
  GtkWidget                  *record_button;
  GtkWidget                  *calendar_button;
};

G_DEFINE_FINAL_TYPE (EntenteMeetingGroup, entente_meeting_group, ADW_TYPE_PREFERENCES_GROUP)

static void
show_toast (EntenteMeetingGroup *self,
            const char          *message)
{
  GtkWidget *dialog = entente_pages_dialog_of (GTK_WIDGET (self));

  if (dialog != NULL)
    entente_pages_dialog_add_toast (dialog, entente_toast_new (message));
}

static EntenteHistory *
get_history (EntenteMeetingGroup *self)
{
  GtkWidget *dialog = entente_pages_dialog_of (GTK_WIDGET (self));
  GtkWindow *parent = dialog != NULL ? entente_pages_dialog_get_parent (dialog) : NULL;

  return ENTENTE_IS_WINDOW (parent) ? entente_window_get_history (ENTENTE_WINDOW (parent)) : NULL;
}

/* Decisions */

static void
on_remove_decision (GtkButton *button,
                    GtkWidget *row)
{
  GtkWidget *list = gtk_widget_get_parent (row);

  gtk_list_box_remove (GTK_LIST_BOX (list), row);
}

static void
add_decision_row (EntenteMeetingGroup *self,
                  const char          *text)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  int position = 0;

  entente_row_set_title (row, text);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Decision"));
  entente_row_set_accessible_label (remove, _("Remove Decision"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_decision), row, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  /* Before the entry, which stays last. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->decisions); child != NULL && child != self->decision_entry;
       child = gtk_widget_get_next_sibling (child))
    position++;
  gtk_list_box_insert (GTK_LIST_BOX (self->decisions), row, position);
}

static void
clear_decisions (EntenteMeetingGroup *self)
{
  GtkWidget *child = gtk_widget_get_first_child (self->decisions);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != self->decision_entry)
        gtk_list_box_remove (GTK_LIST_BOX (self->decisions), child);
      child = next;
    }
}

static GStrv
collect_decisions (EntenteMeetingGroup *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (self->decisions); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != self->decision_entry && ADW_IS_ACTION_ROW (child))
      g_strv_builder_add (builder, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));
  return g_strv_builder_end (builder);
}

static void
on_decision_apply (EntenteMeetingGroup *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->decision_entry))));

  if (*text == '\0')
    return;
  add_decision_row (self, text);
  gtk_editable_set_text (GTK_EDITABLE (self->decision_entry), "");
}

/* What the group shows */

static char *
get_notes (EntenteMeetingGroup *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
update_description (EntenteMeetingGroup *self,
                    EntenteMeeting      *meeting)
{
  g_autofree char *text = NULL;

  if (meeting == NULL)
    text = g_strdup (_("Not recorded yet. Record This Review keeps the month's figures, the notes and the decisions with the agreement, for the next meetings' trends."));
  else
    text = entente_review_meeting_recorded (self->document, meeting);
  entente_group_set_text (GTK_WIDGET (self), NULL, text);
}

static void
show_meeting (EntenteMeetingGroup *self)
{
  EntenteMeeting *meeting = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  const char * const *decisions;

  if (self->document != NULL && self->report != NULL)
    meeting = entente_meetings_find (self->document, self->report->year, self->report->month);
  clear_decisions (self);
  gtk_text_buffer_set_text (buffer, meeting != NULL && entente_meeting_get_notes (meeting) != NULL
                                      ? entente_meeting_get_notes (meeting) : "", -1);
  decisions = meeting != NULL ? entente_meeting_get_decisions (meeting) : NULL;
  for (guint i = 0; decisions != NULL && decisions[i] != NULL; i++)
    add_decision_row (self, decisions[i]);
  update_description (self, meeting);
  gtk_widget_set_sensitive (self->record_button, self->report != NULL);
  /* The step to take until the month is recorded; afterwards, one that
   * may be taken again. */
  if (meeting == NULL)
    gtk_widget_add_css_class (self->record_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->record_button, "suggested-action");
}

/**
 * entente_meeting_group_set_review:
 * @report: (nullable): the review shown, owned by the caller for as long
 *   as the group shows it
 * @export_name: (nullable): the export's file name
 *
 * Shows the meeting of @report's month: what was recorded for it, if
 * anything.
 */
void
entente_meeting_group_set_review (EntenteMeetingGroup        *self,
                                  EntenteDocument            *document,
                                  const EntenteActualsReport *report,
                                  const char                 *export_name)
{
  g_return_if_fail (ENTENTE_IS_MEETING_GROUP (self));
  g_return_if_fail (document == NULL || ENTENTE_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  self->report = report;
  g_free (self->export_name);
  self->export_name = g_strdup (export_name);
  show_meeting (self);
}

/**
 * entente_meeting_group_has_unrecorded:
 *
 * Returns: whether notes or decisions were typed, or changed, since the
 *   month was last recorded: closing the review would lose them
 */
gboolean
entente_meeting_group_has_unrecorded (EntenteMeetingGroup *self)
{
  EntenteMeeting *meeting = NULL;
  g_autofree char *notes = NULL;
  g_auto(GStrv) decisions = NULL;
  g_autofree char *pending = NULL;
  const char * const *recorded_decisions;
  const char *recorded_notes;

  g_return_val_if_fail (ENTENTE_IS_MEETING_GROUP (self), FALSE);

  if (self->document == NULL || self->report == NULL)
    return FALSE;
  meeting = entente_meetings_find (self->document, self->report->year, self->report->month);
  notes = get_notes (self);
  decisions = collect_decisions (self);
  pending = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->decision_entry))));
  recorded_notes = meeting != NULL ? entente_meeting_get_notes (meeting) : NULL;
  recorded_decisions = meeting != NULL ? entente_meeting_get_decisions (meeting) : NULL;

  if (*pending != '\0')
    return TRUE;
  if (g_strcmp0 (notes, recorded_notes != NULL && *recorded_notes != '\0' ? recorded_notes : NULL) != 0)
    return TRUE;
  if (recorded_decisions == NULL || recorded_decisions[0] == NULL)
    return decisions[0] != NULL;
  return !g_strv_equal ((const char * const *) decisions, recorded_decisions);
}

/* Record This Review */

static void
on_record_clicked (EntenteMeetingGroup *self)
{
  EntenteHistory *history = get_history (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *by = entente_key_store_get_own_name ();
  g_autofree char *notes = get_notes (self);
  g_auto(GStrv) decisions = NULL;
  g_autoptr(EntenteMeeting) meeting = NULL;
  g_autofree char *month = NULL;
  g_autofree char *message = NULL;

  if (self->document == NULL || self->report == NULL)
    return;
  /* A decision typed but not added yet is one all the same. */
  on_decision_apply (self);
  decisions = collect_decisions (self);

  meeting = entente_meetings_new_from_report (self->report, self->export_name, by, now);
  if (notes != NULL)
    entente_item_set_string (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_NOTES, notes);
  if (decisions[0] != NULL)
    entente_item_set_boxed (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_DECISIONS, decisions);

  /* One undo takes the recording back, the one it replaced with it. */
  if (history != NULL)
    entente_history_begin_group (history);
  entente_meetings_record (self->document, meeting, ENTENTE_MEETINGS_AS_EDITED);
  if (history != NULL)
    entente_history_end_group (history);

  show_meeting (self);
  month = entente_format_month (NULL, self->report->year, self->report->month);
  /* Translators: %s is a month and its year */
  message = g_strdup_printf (_("Review of %s recorded"), month);
  show_toast (self, message);
}

/* Records the month with what the group shows, as Record This Review does. */
void
entente_meeting_group_record (EntenteMeetingGroup *self)
{
  g_return_if_fail (ENTENTE_IS_MEETING_GROUP (self));

  on_record_clicked (self);
}

/* Add to Calendar */

/* The calendar file's name: the agreement's, with what file names
 * cannot hold replaced. */
static char *
calendar_name (EntenteDocument *document)
{
  const char *title = document != NULL ? entente_meta_get_title (entente_document_get_meta (document)) : NULL;
  char *name;

  /* Translators: the name of the calendar file; %s is the agreement's title */
  name = g_strdup_printf (_("%s — review meetings.ics"), title != NULL && *title != '\0' ? title : _("Untitled agreement"));
  g_strdelimit (name, G_DIR_SEPARATOR_S "\\:", '-');
  return name;
}

static void
on_calendar_saved (GFile    *file,
                   gpointer  data)
{
  g_autoptr(EntenteMeetingGroup) self = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->document == NULL)
    return;
  bytes = entente_review_calendar_export (self->document, now, &error);
  if (bytes == NULL ||
      !entente_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, NULL, NULL, &error))
    {
      show_toast (self, error->message);
      return;
    }
  {
    GtkWidget *dialog = entente_pages_dialog_of (GTK_WIDGET (self));

    if (dialog != NULL)
      entente_pages_dialog_add_toast (dialog, entente_toast_new_exported (file));
  }
}

static void
on_save_calendar (AdwToast            *toast,
                  EntenteMeetingGroup *self)
{
  GtkWidget *dialog = entente_pages_dialog_of (GTK_WIDGET (self));
  g_autofree char *name = calendar_name (self->document);

  entente_file_dialog_save_other (dialog != NULL ? entente_pages_dialog_get_window (dialog) : NULL,
                                  _("Save the Review Meetings"), name, ENTENTE_FILE_CALENDAR,
                                  on_calendar_saved, g_object_ref (self));
}

static void
on_calendar_shown (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(EntenteMeetingGroup) self = data;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  AdwToast *toast;

  if (entente_open_file_finish (result, &error) || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* The system's reason is for the log; the person gets a way on: the
   * file, to import into whatever calendar they use. */
  g_message ("Opening the review meetings' calendar failed: %s", error->message);
  dialog = entente_pages_dialog_of (GTK_WIDGET (self));
  if (dialog == NULL)
    return;
  toast = entente_toast_new (_("No calendar app opened the review meetings. Save the calendar file to import it."));
  adw_toast_set_button_label (toast, _("_Save…"));
  adw_toast_set_timeout (toast, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_save_calendar), self, 0);
  entente_pages_dialog_add_toast (dialog, toast);
}

/* The file the calendar opens: in the user's cache, named after the
 * agreement, replaced each time. */
static GFile *
calendar_file (EntenteDocument *document)
{
  g_autofree char *name = calendar_name (document);
  g_autofree char *path = NULL;

  path = g_build_filename (g_get_user_cache_dir (), "entente", "calendar", name, NULL);
  return g_file_new_for_path (path);
}

static void
on_calendar_clicked (EntenteMeetingGroup *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  GtkWidget *dialog = entente_pages_dialog_of (GTK_WIDGET (self));

  if (self->document == NULL)
    return;
  bytes = entente_review_calendar_export (self->document, now, &error);
  file = calendar_file (self->document);
  folder = g_file_get_parent (file);
  if (bytes == NULL ||
      (!g_file_make_directory_with_parents (folder, NULL, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
    {
      show_toast (self, error->message);
      return;
    }
  g_clear_error (&error);
  if (!entente_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      NULL, NULL, NULL, &error))
    {
      show_toast (self, error->message);
      return;
    }
  entente_open_file_async (dialog != NULL ? entente_pages_dialog_get_window (dialog) : NULL, file,
                           NULL, on_calendar_shown, g_object_ref (self));
}

static void
entente_meeting_group_dispose (GObject *object)
{
  EntenteMeetingGroup *self = ENTENTE_MEETING_GROUP (object);

  g_clear_object (&self->document);
  self->report = NULL;
  g_clear_pointer (&self->export_name, g_free);

  G_OBJECT_CLASS (entente_meeting_group_parent_class)->dispose (object);
}

static void
entente_meeting_group_class_init (EntenteMeetingGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_meeting_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-meeting-group.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteMeetingGroup, notes_view);
  gtk_widget_class_bind_template_child (widget_class, EntenteMeetingGroup, decisions);
  gtk_widget_class_bind_template_child (widget_class, EntenteMeetingGroup, decision_entry);
  gtk_widget_class_bind_template_child (widget_class, EntenteMeetingGroup, record_button);
  gtk_widget_class_bind_template_child (widget_class, EntenteMeetingGroup, calendar_button);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_decision_apply);
}

static void
entente_meeting_group_init (EntenteMeetingGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_meeting (self);
}
