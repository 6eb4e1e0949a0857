/* entente-review-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-alert.h"
#include "entente-file-dialog.h"
#include "entente-file-replace.h"
#include "entente-funnel-view.h"
#include "entente-meeting-group.h"
#include "entente-paper.h"
#include "entente-review-chart-view.h"
#include "entente-review-pdf.h"
#include "entente-review-words.h"
#include "entente-gui-compat.h"
#include "entente-actuals-header.h"
#include "entente-review-window.h"
#include "entente-window.h"
#include "entente-window-export.h"
#include "entente-row-util.h"

/* "Monthly Review": a CRM export held against the SLA for one month.
 * The file is read in a worker thread, with a progress bar and a Cancel
 * button; the window stays responsive.  The detected mapping of columns
 * can be corrected, which reads the file again. */

/* A breach as a list item, for the sortable column view. */

#define ENTENTE_TYPE_REVIEW_BREACH (entente_review_breach_get_type ())
G_DECLARE_FINAL_TYPE (EntenteReviewBreach, entente_review_breach, ENTENTE, REVIEW_BREACH, GObject)

struct _EntenteReviewBreach
{
  GObject  parent_instance;
  char    *stage;
  char    *record;
  char    *owner;
  guint    owner_breaches;   /* the owner's breaches listed, of every protocol */
  char    *owner_breaches_text;
  gint64   entered;          /* the times, to sort by */
  gint64   deadline;
  gint64   first_contact;
  char    *entered_text;     /* what is shown */
  char    *deadline_text;
  char    *contact_text;
};

G_DEFINE_FINAL_TYPE (EntenteReviewBreach, entente_review_breach, G_TYPE_OBJECT)

static void
entente_review_breach_finalize (GObject *object)
{
  EntenteReviewBreach *self = ENTENTE_REVIEW_BREACH (object);

  g_free (self->stage);
  g_free (self->record);
  g_free (self->owner);
  g_free (self->entered_text);
  g_free (self->deadline_text);
  g_free (self->contact_text);
  g_free (self->owner_breaches_text);
  G_OBJECT_CLASS (entente_review_breach_parent_class)->finalize (object);
}

/* Its owner and record, read-only, for what reads the list. */
enum { BREACH_PROP_OWNER = 1, BREACH_PROP_RECORD };

static void
entente_review_breach_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  EntenteReviewBreach *self = ENTENTE_REVIEW_BREACH (object);

  switch (prop_id)
    {
    case BREACH_PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case BREACH_PROP_RECORD:
      g_value_set_string (value, self->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_review_breach_class_init (EntenteReviewBreachClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = entente_review_breach_finalize;
  object_class->get_property = entente_review_breach_get_property;
  g_object_class_install_property (object_class, BREACH_PROP_OWNER,
                                   g_param_spec_string ("owner", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, BREACH_PROP_RECORD,
                                   g_param_spec_string ("record", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
entente_review_breach_init (EntenteReviewBreach *self)
{
}

/* One import: shared by the window and the worker thread. */

typedef struct
{
  GFile                 *file;
  EntenteDocument       *document;
  EntenteActualsMapping *overrides;
  int                    year;
  int                    month;
  guint64                total;
  GMutex                 lock;
  guint64                bytes;
  int                    update_pending;
  GWeakRef               window;
} Job;

static void
job_clear (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->file);
  g_clear_object (&job->document);
  g_clear_pointer (&job->overrides, entente_actuals_mapping_free);
  g_mutex_clear (&job->lock);
  g_weak_ref_clear (&job->window);
}

static void
job_unref (Job *job)
{
  g_atomic_rc_box_release_full (job, job_clear);
}

static const char * const fixed_keys[] = {
  ENTENTE_ACTUALS_KEY_RECORD,
  ENTENTE_ACTUALS_KEY_OWNER,
  ENTENTE_ACTUALS_KEY_FIRST_CONTACT,
  ENTENTE_ACTUALS_KEY_ATTEMPTS,
};

struct _EntenteReviewWindow
{
  EntentePagesDialogBase parent_instance;

  EntenteDocument       *document;
  GFile                 *file;
  GPtrArray             *header;        /* char *, the file's columns */
  GPtrArray             *sample;        /* char *, its first record, or NULL */
  GHashTable            *mapping_rows;  /* key → AdwComboRow */
  EntenteActualsMapping *detected;      /* what the header alone maps */
  gboolean               filling_mapping;
  gboolean               latest_pending; /* the next import reviews the latest month with records */

  GCancellable          *cancellable;
  Job                   *job;
  EntenteActualsReport  *report;
  guint                  generation;

  AdwActionRow          *file_row;
  AdwComboRow           *month_row;
  GtkStringList         *month_names;
  GArray                *month_values;  /* int per month_names item: year × 12 + month − 1 */
  int                    year, month;   /* the month to review */
  GtkWidget             *mapping_group;
  GtkWidget             *history_group;
  GtkWidget             *meeting_group;
  GtkWidget             *tiles_group;
  GtkWidget             *tiles_view;
  GtkWidget             *trends_group;
  GtkWidget             *trends_view;
  GtkWidget             *owners_group;
  GtkWidget             *owners_view;
  GtkWidget             *mapping_expander;
  GtkWidget             *progress_box;
  GtkProgressBar        *progress;
  GtkWidget             *cancel_button;
  GtkWidget             *message;
  GtkWidget             *breaches_group;
  GtkWidget             *funnel_group;
  GtkWidget             *stages_group;
  GtkWidget             *protocols_group;
  GtkWidget             *funnel;
  GListStore            *breaches;
  GtkWidget             *breaches_scrolled;
  GtkWidget             *breaches_view;
  GList                 *result_rows;   /* rows added to the results groups */
};

G_DEFINE_FINAL_TYPE (EntenteReviewWindow, entente_review_window, ENTENTE_TYPE_PAGES_DIALOG_BASE)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void start_import (EntenteReviewWindow *self);

static void
set_message (EntenteReviewWindow *self,
             const char          *text)
{
  gtk_label_set_text (GTK_LABEL (self->message), text ? text : "");
  gtk_widget_set_visible (self->message, text != NULL);
}

static void
set_busy (EntenteReviewWindow *self,
          gboolean             busy)
{
  gtk_widget_set_visible (self->progress_box, busy);
  gtk_widget_set_sensitive (self->cancel_button, busy);
  if (busy)
    gtk_progress_bar_set_fraction (self->progress, 0);
}

/* The results. */

static void
set_results_visible (EntenteReviewWindow *self,
                     gboolean             visible)
{
  gtk_widget_set_visible (self->funnel_group, visible);
  gtk_widget_set_visible (self->tiles_group, visible);
  gtk_widget_set_visible (self->stages_group, visible);
  gtk_widget_set_visible (self->protocols_group, visible);
  gtk_widget_set_visible (self->breaches_group, visible);
  gtk_widget_set_visible (self->meeting_group, visible);
  if (!visible)
    {
      gtk_widget_set_visible (self->history_group, FALSE);
      gtk_widget_set_visible (self->trends_group, FALSE);
      gtk_widget_set_visible (self->owners_group, FALSE);
    }
}

static void
clear_results (EntenteReviewWindow *self)
{
  for (GList *l = self->result_rows; l; l = l->next)
    {
      GtkWidget *row = l->data;
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_clear_pointer (&self->result_rows, g_list_free);
  g_list_store_remove_all (self->breaches);
  entente_funnel_view_set_actuals (ENTENTE_FUNNEL_VIEW (self->funnel), NULL);
  set_results_visible (self, FALSE);
}

/* Lists the months @report found, and its own, choosing it, without
 * reading the file again. */
static void
show_months (EntenteReviewWindow  *self,
             EntenteActualsReport *report)
{
  int reviewed = report->year * 12 + report->month - 1;
  guint selected = 0;

  guint position = 0;

  self->filling_mapping = TRUE;
  g_array_set_size (self->month_values, 0);
  for (guint i = 0; i < report->months->len; i++)
    {
      const EntenteActualsMonth *month = g_ptr_array_index (report->months, i);
      int value = month->year * 12 + month->month - 1;

      g_array_append_val (self->month_values, value);
      if (value < reviewed)
        position = i + 1;
    }
  /* A month asked for that has no records is listed all the same. */
  if (position >= self->month_values->len || g_array_index (self->month_values, int, position) != reviewed)
    g_array_insert_val (self->month_values, position, reviewed);

  gtk_string_list_splice (self->month_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->month_names)), NULL);
  for (guint i = 0; i < self->month_values->len; i++)
    {
      int value = g_array_index (self->month_values, int, i);
      g_autofree char *name = entente_format_month (NULL, value / 12, value % 12 + 1);

      gtk_string_list_append (self->month_names, name);
      if (value == reviewed)
        selected = i;
    }
  adw_combo_row_set_selected (self->month_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->month_row), TRUE);
  self->year = report->year;
  self->month = report->month;
  self->filling_mapping = FALSE;
}

static void
add_result_row (EntenteReviewWindow *self,
                GtkWidget           *group,
                GtkWidget           *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->result_rows = g_list_prepend (self->result_rows, row);
}

/* An expander of sentences, each a row, and @more after them. */
static void
add_messages_row (EntenteReviewWindow *self,
                  const char          *title,
                  const char          *subtitle,
                  GPtrArray           *messages,
                  const char          *more)
{
  GtkWidget *row = adw_expander_row_new ();

  entente_row_set_title (row, title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  for (guint i = 0; i <= messages->len; i++)
    {
      const char *text = i < messages->len ? g_ptr_array_index (messages, i) : more;
      GtkWidget *message;

      if (text == NULL)
        break;
      message = adw_action_row_new ();
      entente_row_set_title (message, text);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), message);
    }
  add_result_row (self, self->stages_group, row);
}

/* Each breach learns how many its owner has, to gather them by owner,
 * before the list sorts them. */
static void
add_breaches (EntenteReviewWindow *self,
              GPtrArray           *breaches)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < breaches->len; i++)
    {
      EntenteReviewBreach *breach = g_ptr_array_index (breaches, i);
      const char *owner = breach->owner != NULL ? breach->owner : "";

      g_hash_table_insert (counts, (gpointer) owner,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, owner)) + 1));
    }
  for (guint i = 0; i < breaches->len; i++)
    {
      EntenteReviewBreach *breach = g_ptr_array_index (breaches, i);

      breach->owner_breaches = GPOINTER_TO_UINT (g_hash_table_lookup (counts, breach->owner != NULL ? breach->owner : ""));
      breach->owner_breaches_text = entente_format_count (NULL, breach->owner_breaches);
    }
  g_list_store_splice (self->breaches, 0, g_list_model_get_n_items (G_LIST_MODEL (self->breaches)),
                       breaches->pdata, breaches->len);
}

static void
show_report (EntenteReviewWindow *self)
{
  EntenteActualsReport *report = self->report;
  g_autoptr(EntenteReviewWords) words = entente_review_words_new (self->document, report);
  g_autoptr(GHashTable) actuals = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) breaches = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;

  clear_results (self);

  /* The charts, in the window's words as the rows below. */
  {
    g_autoptr(EntenteReviewChart) chart = entente_review_chart_new (self->document, report, ENTENTE_REVIEW_CHART_MONTHS);

    /* Points on paper, pixels here: the window's own text is as large. */
    entente_review_chart_set_text_scale (chart, 96.0 / 72.0);

    entente_review_chart_view_set_chart (ENTENTE_REVIEW_CHART_VIEW (self->tiles_view), chart);
    entente_review_chart_view_set_chart (ENTENTE_REVIEW_CHART_VIEW (self->trends_view), chart);
    entente_review_chart_view_set_chart (ENTENTE_REVIEW_CHART_VIEW (self->owners_view), chart);
    gtk_widget_set_visible (self->trends_group, entente_review_chart_has (chart, ENTENTE_REVIEW_CHART_TRENDS));
    gtk_widget_set_visible (self->owners_group, entente_review_chart_has (chart, ENTENTE_REVIEW_CHART_OWNERS));
  }

  /* The plan against the export's history, one row a finding. */
  {
    g_autoptr(GPtrArray) findings = entente_history_check_run (self->document, report);

    for (guint i = 0; i < findings->len; i++)
      {
        GtkWidget *row = adw_action_row_new ();

        entente_row_set_title (row, ((EntenteFinding *) g_ptr_array_index (findings, i))->message);
        adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-warning-symbolic");
        add_result_row (self, self->history_group, row);
      }
    gtk_widget_set_visible (self->history_group, findings->len > 0);
  }

  /* Translators: the month read, then how many rows of the CRM's export were read and skipped */
  summary = g_strdup_printf (_("%s: %s"), words->period, words->summary);
  entente_group_set_text (self->funnel_group, NULL, summary);

  for (guint i = 0; i < words->stages->len; i++)
    {
      EntenteReviewStageWords *stage = g_ptr_array_index (words->stages, i);
      EntenteActualsStage *counted = g_ptr_array_index (report->stages, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      /* Translators: figures of a funnel stage for the month. */
      subtitle = g_strdup_printf (_("Actual: %s · Target: %s · Needed: %s"), stage->actual, stage->target, stage->needed);
      entente_row_set_title (row, stage->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      add_result_row (self, self->stages_group, row);
      if (counted->actual >= 0)
        g_hash_table_insert (actuals, counted->stage_id, GINT_TO_POINTER ((int) MIN (counted->actual, G_MAXINT)));
    }
  entente_funnel_view_set_actuals (ENTENTE_FUNNEL_VIEW (self->funnel), actuals);

  add_messages_row (self, _("How the Export Was Read"),
                    _("Encoding, columns, date order, time zone and repeated records"),
                    words->assumptions, NULL);
  if (words->skipped_rows->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s Row Skipped",
                                                             "%s Rows Skipped", report->skipped),
                                                words->skipped);

      add_messages_row (self, title, _("Rows that could not be read, with their line numbers"),
                        words->skipped_rows, words->more_skipped);
    }

  for (guint i = 0; i < words->protocols->len; i++)
    {
      EntenteReviewProtocolWords *protocol = g_ptr_array_index (words->protocols, i);
      EntenteActualsProtocol *counted = g_ptr_array_index (report->protocols, i);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *rate;
      g_autofree char *subtitle = NULL;

      /* Translators: how many records entered a stage, then how many were
       * followed up in time, late and never */
      if (counted->compliance_gap != ENTENTE_ACTUALS_MEASURED)
        /* Translators: how many records entered a stage, then why the
         * rest could not be measured */
        subtitle = g_strdup_printf (_("Entered %s · %s"), protocol->entered, protocol->not_measured);
      else if (protocol->invalid_count != NULL)
        /* Translators: as above, then how many were contacted before they
         * entered the stage, whose follow-up cannot be measured */
        subtitle = g_strdup_printf (_("Entered %s · in time %s · late %s · never %s · not measured %s"),
                                    protocol->entered, protocol->in_time, protocol->late, protocol->never,
                                    protocol->invalid_count);
      else
        subtitle = g_strdup_printf (_("Entered %s · in time %s · late %s · never %s"),
                                    protocol->entered, protocol->in_time, protocol->late, protocol->never);
      entente_row_set_title (row, protocol->title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      rate = gtk_label_new (protocol->compliance);
      gtk_widget_add_css_class (rate, "numeric");
      entente_expander_row_add_suffix (ADW_EXPANDER_ROW (row), rate);
      if (protocol->invalid != NULL)
        {
          GtkWidget *invalid = adw_action_row_new ();

          entente_row_set_title (invalid, protocol->invalid);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), invalid);
        }

      for (guint j = 0; j < protocol->owners->len; j++)
        {
          EntenteReviewOwnerWords *owner = g_ptr_array_index (protocol->owners, j);
          GtkWidget *owner_row = adw_action_row_new ();
          g_autofree char *owner_subtitle = NULL;

          if (owner->note != NULL)
            owner_subtitle = g_strdup_printf (_("Compliance: %s · %s"), owner->compliance, owner->note);
          else
            owner_subtitle = g_strdup_printf (_("Compliance: %s"), owner->compliance);
          entente_row_set_title (owner_row, owner->name);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (owner_row), owner_subtitle);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), owner_row);
        }
      add_result_row (self, self->protocols_group, row);

      for (guint j = 0; j < protocol->breach_rows->len; j++)
        {
          EntenteActualsBreach *breach = g_ptr_array_index (counted->breaches, j);
          EntenteReviewBreachWords *shown = g_ptr_array_index (protocol->breach_rows, j);
          EntenteReviewBreach *item = g_object_new (ENTENTE_TYPE_REVIEW_BREACH, NULL);

          item->stage = g_strdup (protocol->stage);
          item->record = g_strdup (breach->record);
          item->owner = g_strdup (breach->owner);
          item->entered = breach->entered;
          item->deadline = breach->deadline;
          item->first_contact = breach->first_contact;
          item->entered_text = g_strdup (shown->entered);
          item->deadline_text = g_strdup (shown->deadline);
          item->contact_text = g_strdup (shown->first_contact);
          g_ptr_array_add (breaches, item);
        }
    }

  add_breaches (self, breaches);
  /* An empty table says nothing: a sentence says there were none. */
  gtk_widget_set_visible (self->breaches_scrolled, breaches->len > 0);
  if (breaches->len == 0)
    {
      GtkWidget *none = adw_action_row_new ();
      gboolean measured = FALSE;

      for (guint i = 0; i < report->protocols->len; i++)
        measured |= ((EntenteActualsProtocol *) g_ptr_array_index (report->protocols, i))->compliance_gap == ENTENTE_ACTUALS_MEASURED;
      entente_row_set_title (none, measured ? _("No record was contacted late or never.")
                                            : _("No protocol's follow-up could be measured, so breaches cannot be told."));
      add_result_row (self, self->breaches_group, none);
    }

  {
    g_autofree char *export_name = self->file != NULL ? g_file_get_basename (self->file) : NULL;

    entente_meeting_group_set_review (ENTENTE_MEETING_GROUP (self->meeting_group), self->document, report, export_name);
  }

  set_results_visible (self, TRUE);
}

/* The import, in a thread. */

static gboolean
update_progress (gpointer data)
{
  Job *job = data;
  g_autoptr(EntenteReviewWindow) self = g_weak_ref_get (&job->window);
  guint64 bytes;

  g_mutex_lock (&job->lock);
  bytes = job->bytes;
  job->update_pending = FALSE;
  g_mutex_unlock (&job->lock);

  if (self != NULL && self->job == job && job->total > 0)
    gtk_progress_bar_set_fraction (self->progress, MIN (1.0, (double) bytes / (double) job->total));

  return G_SOURCE_REMOVE;
}

static void
on_progress (guint64  bytes_read,
             gpointer user_data)
{
  Job *job = user_data;
  gboolean schedule;

  g_mutex_lock (&job->lock);
  job->bytes = bytes_read;
  schedule = !job->update_pending;
  job->update_pending = TRUE;
  g_mutex_unlock (&job->lock);

  if (schedule)
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, update_progress,
                                g_atomic_rc_box_acquire (job), (GDestroyNotify) job_unref);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInputStream) stream = g_file_read (job->file, cancellable, &error);
  g_autofree char *name = g_file_get_basename (job->file);
  EntenteActualsReport *report;

  if (stream == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  report = entente_actuals_compute_with_progress (job->document, G_INPUT_STREAM (stream), name,
                                                  job->overrides, job->year, job->month,
                                                  on_progress, job, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, (GDestroyNotify) entente_actuals_report_free);
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  EntenteReviewWindow *self = ENTENTE_REVIEW_WINDOW (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  EntenteActualsReport *report = g_task_propagate_pointer (G_TASK (result), &error);

  if (job != self->job)
    {
      /* Superseded by a later import. */
      g_clear_pointer (&report, entente_actuals_report_free);
      return;
    }

  g_clear_pointer (&self->job, job_unref);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (report == NULL)
    {
      clear_results (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_message (self, _("The import was cancelled."));
      else
        set_message (self, error->message);
    }
  else
    {
      g_clear_pointer (&self->report, entente_actuals_report_free);
      self->report = report;
      self->latest_pending = FALSE;
      show_months (self, report);
      set_message (self, NULL);
      show_report (self);
    }

  g_signal_emit (self, signals[FINISHED], 0);
}

static EntenteActualsMapping *
collect_overrides (EntenteReviewWindow *self)
{
  EntenteActualsMapping *overrides = entente_actuals_mapping_new ();
  GHashTableIter iter;
  gpointer key, row;

  g_hash_table_iter_init (&iter, self->mapping_rows);
  while (g_hash_table_iter_next (&iter, &key, &row))
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

      if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->header->len)
        entente_actuals_mapping_set (overrides, key, g_ptr_array_index (self->header, selected - 1));
    }

  return overrides;
}

static void
start_import (EntenteReviewWindow *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFileInfo) info = NULL;
  Job *job;

  if (self->file == NULL)
    return;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->job, job_unref);

  job = g_atomic_rc_box_new0 (Job);
  g_mutex_init (&job->lock);
  g_weak_ref_init (&job->window, self);
  job->file = g_object_ref (self->file);
  job->document = g_object_ref (self->document);
  job->overrides = collect_overrides (self);
  job->year = self->latest_pending ? 0 : self->year;
  job->month = self->latest_pending ? 0 : self->month;
  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  job->total = info ? (guint64) g_file_info_get_size (info) : 0;

  self->job = job;
  self->cancellable = g_cancellable_new ();
  set_message (self, NULL);
  set_busy (self, TRUE);

  task = g_task_new (self, self->cancellable, on_import_done, NULL);
  g_task_set_source_tag (task, start_import);
  g_task_set_task_data (task, g_atomic_rc_box_acquire (job), (GDestroyNotify) job_unref);
  g_task_run_in_thread (task, import_thread);
}

/* The mapping. */

/* The first record's value in the chosen column, as a preview. */
static void
update_sample (EntenteReviewWindow *self,
               AdwComboRow         *row)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autofree char *subtitle = NULL;

  if (self->sample != NULL && selected != GTK_INVALID_LIST_POSITION &&
      selected > 0 && selected <= self->sample->len)
    {
      const char *value = g_ptr_array_index (self->sample, selected - 1);

      /* Translators: the first record's value in a column. */
      subtitle = *value ? g_strdup_printf (_("First record: “%s”"), value) : g_strdup (_("First record: empty"));
      g_strdelimit (subtitle, "\r\n", ' ');
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");
}

/* The key a mapping row chooses the column of. */
static const char *
key_of_row (EntenteReviewWindow *self,
            AdwComboRow         *row)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->mapping_rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == (gpointer) row)
      return key;

  return NULL;
}

static void
on_mapping_changed (AdwComboRow         *row,
                    GParamSpec          *pspec,
                    EntenteReviewWindow *self)
{
  const char *key = key_of_row (self, row);
  guint selected = adw_combo_row_get_selected (row);
  const char *column = NULL;

  update_sample (self, row);
  if (self->filling_mapping)
    return;

  /* The choice is kept in the agreement, saved with it and undoable; a
   * choice back to the detected column drops what was kept. */
  if (key != NULL && self->detected != NULL && self->header != NULL)
    {
      if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->header->len)
        column = g_ptr_array_index (self->header, selected - 1);
      entente_actuals_mapping_set (self->detected, key, column);
      entente_actuals_mapping_store_key (self->detected, key, self->document);
    }
  start_import (self);
}

static void
add_mapping_row (EntenteReviewWindow   *self,
                 GtkStringList         *columns,
                 EntenteActualsMapping *detected,
                 const char            *key,
                 const char            *title)
{
  GtkWidget *row = adw_combo_row_new ();
  const char *column = entente_actuals_mapping_get (detected, key);
  guint selected = 0;

  entente_row_set_title (row, title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (columns));
  for (guint i = 0; column && i < self->header->len; i++)
    if (g_str_equal (g_ptr_array_index (self->header, i), column))
      selected = i + 1;
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  update_sample (self, ADW_COMBO_ROW (row));
  g_hash_table_insert (self->mapping_rows, g_strdup (key), row);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_mapping_changed), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->mapping_expander), row);
}

static void
clear_mapping (EntenteReviewWindow *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->mapping_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    adw_expander_row_remove (ADW_EXPANDER_ROW (self->mapping_expander), row);
  g_hash_table_remove_all (self->mapping_rows);
  g_clear_pointer (&self->detected, entente_actuals_mapping_free);
  gtk_widget_set_visible (self->mapping_group, FALSE);
}

/* Reads the header and shows the detected mapping; FALSE with a message
 * when the file has none. */
static gboolean
read_mapping (EntenteReviewWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInputStream) stream = g_file_read (self->file, NULL, &error);
  g_autofree char *name = g_file_get_basename (self->file);
  g_autoptr(EntenteCsvReader) reader = NULL;
  g_autoptr(EntenteActualsHeader) header = NULL;
  g_autoptr(EntenteActualsMapping) detected = NULL;
  g_autoptr(GtkStringList) columns = NULL;
  GListModel *stages = entente_document_get_stages (self->document);
  GPtrArray *fields = NULL;
  static const char *fixed_titles[G_N_ELEMENTS (fixed_keys)] = {
    N_("Record"), N_("Owner"), N_("First contact"), N_("Contact attempts"),
  };

  clear_mapping (self);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->sample, g_ptr_array_unref);

  if (stream == NULL)
    {
      set_message (self, error->message);
      return FALSE;
    }
  reader = entente_csv_reader_new (G_INPUT_STREAM (stream), name);
  header = entente_actuals_header_read (reader, name, self->document, &error);
  if (header == NULL)
    {
      set_message (self, error->message);
      return FALSE;
    }

  self->header = g_ptr_array_ref (header->columns);
  self->detected = g_steal_pointer (&header->detected);
  /* What the header says, with what the agreement keeps on top. */
  detected = g_steal_pointer (&header->mapping);
  if (entente_csv_reader_next (reader, &fields, &error) && fields->len == self->header->len)
    {
      self->sample = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < fields->len; i++)
        g_ptr_array_add (self->sample, g_strdup (g_ptr_array_index (fields, i)));
    }

  columns = gtk_string_list_new (NULL);
  gtk_string_list_append (columns, _("Not mapped"));
  for (guint i = 0; i < self->header->len; i++)
    gtk_string_list_append (columns, g_ptr_array_index (self->header, i));

  self->filling_mapping = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fixed_keys); i++)
    add_mapping_row (self, columns, detected, fixed_keys[i], _(fixed_titles[i]));
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);

      const char *id = entente_stage_get_id (stage);
      g_autofree char *condition = id != NULL ? entente_actuals_condition_key (id) : NULL;

      add_mapping_row (self, columns, detected, id, entente_stage_get_name (stage));
      /* Only where the export needs one: a yes/no column beside dates
       * that also belong to records that never got there. */
      if (condition != NULL && entente_actuals_mapping_get (detected, condition) != NULL)
        {
          /* Translators: a stage; the row chooses the column saying on which rows it counts */
          g_autofree char *title = g_strdup_printf (_("%s only where"), entente_stage_get_name (stage));

          add_mapping_row (self, columns, detected, condition, title);
        }
    }
  self->filling_mapping = FALSE;
  gtk_widget_set_visible (self->mapping_group, TRUE);

  return TRUE;
}

/**
 * entente_review_window_load_file:
 *
 * Reads @file's header, shows the detected mapping and starts the import
 * of @month of @year, or of the latest month in which the file has
 * records when both are 0; #EntenteReviewWindow::finished tells the end.
 */
void
entente_review_window_load_file (EntenteReviewWindow *self,
                                 GFile               *file,
                                 int                  year,
                                 int                  month)
{
  g_autofree char *name = NULL;

  g_return_if_fail (ENTENTE_IS_REVIEW_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->job, job_unref);
  set_busy (self, FALSE);
  clear_results (self);

  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->file_row), name);

  /* Without a month, the latest the file has records in, once read. */
  self->latest_pending = year == 0;
  self->year = year;
  self->month = month;

  if (read_mapping (self))
    start_import (self);
  else
    g_signal_emit (self, signals[FINISHED], 0);
}

/**
 * entente_review_window_set_column:
 * @column: (nullable): a column of the file's header
 *
 * Maps @key to @column, as choosing it in the window does.
 */
void
entente_review_window_set_column (EntenteReviewWindow *self,
                                  const char          *key,
                                  const char          *column)
{
  GtkWidget *row;
  guint selected = 0;

  g_return_if_fail (ENTENTE_IS_REVIEW_WINDOW (self));

  row = g_hash_table_lookup (self->mapping_rows, key);
  g_return_if_fail (row != NULL);
  for (guint i = 0; column && i < self->header->len; i++)
    if (g_str_equal (g_ptr_array_index (self->header, i), column))
      selected = i + 1;
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
}

gboolean
entente_review_window_is_busy (EntenteReviewWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_REVIEW_WINDOW (self), FALSE);

  return self->job != NULL;
}

/**
 * entente_review_window_get_report:
 *
 * Returns: (transfer none) (nullable): the report shown
 */
EntenteActualsReport *
entente_review_window_get_report (EntenteReviewWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_REVIEW_WINDOW (self), NULL);

  return self->report;
}

/* Controls. */

static void
on_file_chosen (GFile    *file,
                gpointer  user_data)
{
  EntenteReviewWindow *self = user_data;

  if (file != NULL)
    entente_review_window_load_file (self, file, 0, 0);
  g_object_unref (self);
}

static void
on_choose_clicked (EntenteReviewWindow *self)
{
  entente_file_dialog_choose (entente_pages_dialog_get_window (GTK_WIDGET (self)), _("Open CRM Export"), _("_Open"), ENTENTE_FILE_CRM_EXPORT,
                              on_file_chosen, g_object_ref (self));
}

/* The review as shown, written as the PDF `entente-cli report -o` makes,
 * all or nothing. */
static void
on_export_chosen (GFile    *file,
                  gpointer  user_data)
{
  EntenteReviewWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->report == NULL)
    {
      g_object_unref (self);
      return;
    }

  if (entente_review_window_export_to_file (self, file, &error))
    entente_pages_dialog_add_toast (GTK_WIDGET (self), entente_toast_new_exported (file));
  else
    entente_pages_dialog_add_toast (GTK_WIDGET (self), entente_toast_new (error->message));

  g_object_unref (self);
}

static void
on_export_clicked (EntenteReviewWindow *self)
{
  const char *title = entente_meta_get_title (entente_document_get_meta (self->document));
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  if (self->report == NULL)
    return;

  base = g_strdup (title != NULL && *title != '\0' ? title : _("Sales & Marketing SLA"));
  g_strdelimit (base, "/\\:*?\"<>|", '-');
  /* Translators: the suggested name of the review's PDF: the agreement's
   * title, then the month reviewed */
  name = g_strdup_printf (_("%s review %04d-%02d.pdf"), base, self->report->year, self->report->month);
  entente_file_dialog_save_other (entente_pages_dialog_get_window (GTK_WIDGET (self)), _("Export Review"), name, ENTENTE_FILE_PDF,
                                  on_export_chosen, g_object_ref (self));
}

/* Each change goes through the model, so the agreement's window can undo
 * it; the review is shown again against the new plan. */
static void
on_use_rates_clicked (EntenteReviewWindow *self)
{
  GtkWindow *parent = entente_pages_dialog_get_parent (GTK_WIDGET (self));
  EntenteHistory *history = ENTENTE_IS_WINDOW (parent) ? entente_window_get_history (ENTENTE_WINDOW (parent)) : NULL;
  guint changed;

  if (self->report == NULL)
    return;
  /* One undo brings every rate back. */
  if (history != NULL)
    entente_history_begin_group (history);
  changed = entente_history_use_measured_rates (self->document, self->report);
  if (history != NULL)
    entente_history_end_group (history);
  show_report (self);
  if (changed > 0)
    {
      /* Translators: %u is a number of conversion rates */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u planned rate set to the measured one",
                                                            "%u planned rates set to the measured ones", changed),
                                               changed);

      entente_pages_dialog_add_toast (GTK_WIDGET (self), entente_toast_new (text));
    }
}

static void
on_cancel_clicked (EntenteReviewWindow *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
on_period_changed (EntenteReviewWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->month_row);
  int value;

  if (self->filling_mapping || selected >= self->month_values->len)
    return;
  value = g_array_index (self->month_values, int, selected);
  /* The month someone chose wins over the latest one. */
  self->latest_pending = FALSE;
  self->year = value / 12;
  self->month = value % 12 + 1;
  if (self->header != NULL)
    start_import (self);
}

/* The breach list: gathered by owner, the owner with the most breaches
 * first, until someone sorts it by another column. */

typedef enum
{
  COLUMN_OWNER,
  COLUMN_OWNER_BREACHES,
  COLUMN_STAGE,
  COLUMN_RECORD,
  COLUMN_ENTERED,
  COLUMN_DEADLINE,
  COLUMN_CONTACT,
} Column;

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_INT (data) == COLUMN_OWNER_BREACHES ? 1 : 0);
  if (GPOINTER_TO_INT (data) == COLUMN_OWNER_BREACHES)
    gtk_widget_add_css_class (label, "numeric");
  if (GPOINTER_TO_INT (data) == COLUMN_OWNER || GPOINTER_TO_INT (data) == COLUMN_STAGE || GPOINTER_TO_INT (data) == COLUMN_RECORD)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}


static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  EntenteReviewBreach *breach = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;

  switch (GPOINTER_TO_INT (data))
    {
    case COLUMN_STAGE: text = g_strdup (breach->stage); break;
    case COLUMN_RECORD: text = g_strdup (breach->record); break;
    case COLUMN_OWNER: text = g_strdup (breach->owner); break;
    case COLUMN_OWNER_BREACHES: text = g_strdup (breach->owner_breaches_text); break;
    case COLUMN_ENTERED: text = g_strdup (breach->entered_text); break;
    case COLUMN_DEADLINE: text = g_strdup (breach->deadline_text); break;
    case COLUMN_CONTACT: text = g_strdup (breach->contact_text); break;
    default: g_assert_not_reached ();
    }
  gtk_label_set_text (label, text ? text : "");
}

static int
compare_times (gint64 a,
               gint64 b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

static int
compare_breaches (gconstpointer a_,
                  gconstpointer b_,
                  gpointer      data)
{
  const EntenteReviewBreach *a = a_, *b = b_;
  int result;

  switch (GPOINTER_TO_INT (data))
    {
    case COLUMN_STAGE: result = g_utf8_collate (a->stage, b->stage); break;
    case COLUMN_RECORD: result = g_utf8_collate (a->record ? a->record : "", b->record ? b->record : ""); break;
    case COLUMN_OWNER: result = g_utf8_collate (a->owner ? a->owner : "", b->owner ? b->owner : ""); break;
    case COLUMN_OWNER_BREACHES:
      /* In its first order, the most first, each owner's together, the
       * earliest entered first. */
      result = a->owner_breaches != b->owner_breaches ? (a->owner_breaches > b->owner_breaches ? -1 : 1)
             : g_utf8_collate (a->owner ? a->owner : "", b->owner ? b->owner : "");
      if (result == 0)
        result = compare_times (a->entered, b->entered);
      break;
    case COLUMN_ENTERED: result = compare_times (a->entered, b->entered); break;
    case COLUMN_DEADLINE: result = compare_times (a->deadline, b->deadline); break;
    case COLUMN_CONTACT: result = compare_times (a->first_contact, b->first_contact); break;
    default: g_assert_not_reached ();
    }

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GtkWidget *
breaches_view_new (EntenteReviewWindow *self)
{
  static const char *titles[] = {
    N_("Owner"), N_("Owner's Breaches"), N_("Stage"), N_("Record"), N_("Entered"), N_("Deadline"), N_("First Contact"),
  };
  GtkWidget *view = gtk_column_view_new (NULL);
  GtkSortListModel *sorted;
  GtkSelectionModel *selection;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_breaches, GINT_TO_POINTER (i), NULL));

      g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_label), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(titles[i]), factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, i == COLUMN_OWNER);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (sorter);
      g_object_unref (column);
    }

  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->breaches)),
                                    g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (view))));
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted)));
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), selection);
  g_object_unref (selection);
  {
    g_autoptr(GtkColumnViewColumn) by_owner = g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (view)),
                                                                      COLUMN_OWNER_BREACHES);

    gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view), by_owner, GTK_SORT_ASCENDING);
  }
  gtk_widget_add_css_class (view, "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Breaches: records not contacted in time"), -1);

  return view;
}

/* Closing with notes or decisions not recorded asks first. */

static void
on_unrecorded_response (EntenteAlert        *alert,
                        const char          *response,
                        EntenteReviewWindow *self)
{
  if (g_str_equal (response, "record"))
    entente_meeting_group_record (ENTENTE_MEETING_GROUP (self->meeting_group));
  if (g_str_equal (response, "record") || g_str_equal (response, "discard"))
    entente_pages_dialog_force_close (GTK_WIDGET (self));
}

static gboolean
may_close (GtkWidget *dialog,
           gpointer   data)
{
  EntenteReviewWindow *self = data;
  EntenteAlert *alert;
  g_autofree char *month = NULL;
  g_autofree char *body = NULL;

  if (self->report == NULL || !gtk_widget_get_visible (self->meeting_group) ||
      !entente_meeting_group_has_unrecorded (ENTENTE_MEETING_GROUP (self->meeting_group)))
    return TRUE;

  month = entente_format_month (NULL, self->report->year, self->report->month);
  /* Translators: %s is a month and its year */
  body = g_strdup_printf (_("The notes and decisions typed for %s are not kept in the agreement until the review is recorded."), month);
  alert = entente_alert_new (_("Record the Meeting's Notes?"), body);
  entente_alert_add_response (alert, "cancel", _("_Cancel"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "discard", _("_Discard"), ENTENTE_ALERT_DESTRUCTIVE);
  entente_alert_add_response (alert, "record", _("_Record"), ENTENTE_ALERT_SUGGESTED);
  entente_alert_set_default_response (alert, "record");
  entente_alert_set_close_response (alert, "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (on_unrecorded_response), self, 0);
  entente_alert_present (alert, dialog);
  return FALSE;
}

/* The window. */

static void
entente_review_window_dispose (GObject *object)
{
  EntenteReviewWindow *self = ENTENTE_REVIEW_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->job, job_unref);
  if (self->meeting_group != NULL)
    entente_meeting_group_set_review (ENTENTE_MEETING_GROUP (self->meeting_group), NULL, NULL, NULL);
  g_clear_pointer (&self->report, entente_actuals_report_free);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->sample, g_ptr_array_unref);
  if (self->mapping_rows != NULL)
    {
      GHashTableIter iter;
      gpointer row;

      g_hash_table_iter_init (&iter, self->mapping_rows);
      while (g_hash_table_iter_next (&iter, NULL, &row))
        g_signal_handlers_disconnect_by_data (row, self);
    }
  g_clear_pointer (&self->mapping_rows, g_hash_table_unref);
  g_clear_pointer (&self->detected, entente_actuals_mapping_free);
  g_clear_pointer (&self->result_rows, g_list_free);
  g_clear_object (&self->breaches);
  g_clear_object (&self->file);
  g_clear_object (&self->document);
  g_clear_pointer (&self->month_values, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENTENTE_TYPE_REVIEW_WINDOW);

  G_OBJECT_CLASS (entente_review_window_parent_class)->dispose (object);
}

static void
entente_review_window_class_init (EntenteReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_review_window_dispose;

  g_type_ensure (ENTENTE_TYPE_FUNNEL_VIEW);
  g_type_ensure (ENTENTE_TYPE_REVIEW_CHART_VIEW);
  g_type_ensure (ENTENTE_TYPE_MEETING_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, file_row);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, month_row);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, history_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, meeting_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, tiles_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, tiles_view);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, trends_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, trends_view);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, owners_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, owners_view);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, month_names);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, mapping_expander);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, progress_box);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, progress);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, message);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, funnel_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, funnel);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, stages_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, protocols_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, breaches_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteReviewWindow, breaches_scrolled);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_use_rates_clicked);

  /**
   * EntenteReviewWindow::finished:
   *
   * An import ended: with a report, an error or cancelled.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
entente_review_window_init (EntenteReviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  entente_accessible_tidy (GTK_WIDGET (self));
  self->mapping_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->breaches = g_list_store_new (ENTENTE_TYPE_REVIEW_BREACH);
  self->breaches_view = breaches_view_new (self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->breaches_scrolled), self->breaches_view);
  entente_pages_dialog_setup (GTK_WIDGET (self), _("Monthly Review"), 980, 760);
  /* A report, not preferences: the charts and the breach list take the
   * width a wide window gives them, up to where lines grow too long. */
  {
    GtkWidget *clamp = gtk_widget_get_ancestor (self->breaches_group, ADW_TYPE_CLAMP);

    if (clamp != NULL)
      {
        adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
        adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 720);
      }
  }
  entente_pages_dialog_set_search_enabled (GTK_WIDGET (self), FALSE);
  entente_pages_dialog_set_close_guard (GTK_WIDGET (self), may_close, self);
  self->month_values = g_array_new (FALSE, FALSE, sizeof (int));
  g_signal_connect_swapped (self->month_row, "notify::selected", G_CALLBACK (on_period_changed), self);
  set_results_visible (self, FALSE);
}

GtkWidget *
entente_review_window_new (EntenteDocument *document)
{
  EntenteReviewWindow *self = g_object_new (ENTENTE_TYPE_REVIEW_WINDOW, NULL);
  g_autofree char *zone = entente_format_timezone (NULL, entente_meta_get_timezone (entente_document_get_meta (document)), NULL);
  g_autofree char *times = NULL;

  self->document = g_object_ref (document);
  entente_funnel_view_set_document (ENTENTE_FUNNEL_VIEW (self->funnel), document);

  /* Translators: %s is the agreement's time zone, "New York (UTC−05:00)" */
  times = g_strdup_printf (_("Records contacted late or never; times in %s"), zone ? zone : "UTC");
  entente_group_set_text (self->breaches_group, NULL, times);

  return GTK_WIDGET (self);
}

/**
 * entente_review_window_export_to_file:
 * @file: where to write
 *
 * Writes the review shown as the PDF `entente-cli report -o` makes, on
 * the locale's paper, all or nothing.
 *
 * Returns: %FALSE with @error set when there is no review yet or it
 *   could not be written
 */
gboolean
entente_review_window_export_to_file (EntenteReviewWindow  *self,
                                      GFile                *file,
                                      GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (ENTENTE_IS_REVIEW_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->report == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no review to export yet."));
      return FALSE;
    }

  bytes = entente_review_pdf_export (self->document, self->report, entente_window_get_paper (), error);
  return bytes != NULL &&
         entente_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                        NULL, NULL, NULL, error);
}
