/* entente-meetings.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-actuals-months-private.h"
#include "entente-meetings.h"
#include "entente-value.h"

/* The review meetings an agreement keeps (<meetings>): a review of an
 * export recorded as the month's figures, and the figures read back for
 * the months the export at hand does not cover, so the trend and the
 * goals' history outlive the exports.
 *
 * What is recorded is what the review measured, nothing more: a stage
 * without a column has no figure, a protocol whose first contact was not
 * mapped says so instead of counts, and a count beyond what the format
 * holds (a billion) is left out rather than cut. */

static int
month_index (int year,
             int month)
{
  return year * 12 + month - 1;
}

/* Returns: (transfer none) (nullable): the meeting recorded for the month */
EntenteMeeting *
entente_meetings_find (EntenteDocument *document,
                       int              year,
                       int              month)
{
  GListModel *meetings;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  meetings = entente_document_get_meetings (document);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(EntenteMeeting) meeting = g_list_model_get_item (meetings, i);
      int y, m;

      if (entente_meeting_get_year_month (meeting, &y, &m) && y == year && m == month)
        return meeting;
    }
  return NULL;
}

/* Returns: (transfer none) (nullable): the meeting of the latest month recorded */
EntenteMeeting *
entente_meetings_get_latest (EntenteDocument *document)
{
  GListModel *meetings;
  EntenteMeeting *latest = NULL;
  int latest_index = G_MININT;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  meetings = entente_document_get_meetings (document);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(EntenteMeeting) meeting = g_list_model_get_item (meetings, i);
      int y, m;

      if (entente_meeting_get_year_month (meeting, &y, &m) && month_index (y, m) > latest_index)
        {
          latest = meeting;
          latest_index = month_index (y, m);
        }
    }
  return latest;
}

static void
set_count (EntenteItem *item,
           guint        field,
           gint64       count)
{
  if (count >= 0 && count <= ENTENTE_VALUE_INT_LIMIT)
    entente_item_set_int (item, field, (int) count);
}

/**
 * entente_meetings_new_from_report:
 * @report: the review of an export
 * @export_name: (nullable): the export's file name
 * @by: (nullable): who records it
 * @time: when
 *
 * The reviewed month of @report as a meeting to record, without notes or
 * decisions.
 *
 * Returns: (transfer full): the meeting, in no document yet
 */
EntenteMeeting *
entente_meetings_new_from_report (const EntenteActualsReport *report,
                                  const char                 *export_name,
                                  const char                 *by,
                                  GDateTime                  *time)
{
  EntenteMeeting *meeting = entente_meeting_new ();
  EntenteItem *item = ENTENTE_ITEM (meeting);
  g_autofree char *month = NULL;
  g_autoptr(GDateTime) seconds = NULL;

  g_return_val_if_fail (report != NULL, meeting);
  g_return_val_if_fail (time != NULL, meeting);

  month = entente_meeting_month_text (report->year, report->month);
  entente_item_set_string (item, ENTENTE_MEETING_FIELD_MONTH, month);
  /* The file keeps whole seconds: the meeting read back equals this one. */
  seconds = g_date_time_add (time, -(GTimeSpan) g_date_time_get_microsecond (time));
  entente_item_set_boxed (item, ENTENTE_MEETING_FIELD_TIME, seconds);
  if (by != NULL && *by != '\0')
    entente_item_set_string (item, ENTENTE_MEETING_FIELD_BY, by);
  if (export_name != NULL && *export_name != '\0')
    entente_item_set_string (item, ENTENTE_MEETING_FIELD_EXPORT, export_name);

  for (guint j = 0; j < report->stages->len; j++)
    {
      const EntenteActualsStage *stage = g_ptr_array_index (report->stages, j);
      g_autoptr(EntenteMeetingFigure) figure = NULL;

      if (stage->stage_id == NULL || stage->actual < 0)
        continue;
      figure = entente_meeting_figure_new ();
      entente_item_set_string (ENTENTE_ITEM (figure), ENTENTE_MEETING_FIGURE_FIELD_STAGE, stage->stage_id);
      set_count (ENTENTE_ITEM (figure), ENTENTE_MEETING_FIGURE_FIELD_ACTUAL, stage->actual);
      set_count (ENTENTE_ITEM (figure), ENTENTE_MEETING_FIGURE_FIELD_REACHED_NEXT, stage->reached_next);
      set_count (ENTENTE_ITEM (figure), ENTENTE_MEETING_FIGURE_FIELD_TARGET, stage->target);
      set_count (ENTENTE_ITEM (figure), ENTENTE_MEETING_FIGURE_FIELD_NEEDED, stage->needed >= 0 ? (gint64) stage->needed : -1);
      entente_item_append (item, ENTENTE_MEETING_FIELD_FIGURES, ENTENTE_ITEM (figure));
    }

  for (guint p = 0; p < report->protocols->len; p++)
    {
      const EntenteActualsProtocol *protocol = g_ptr_array_index (report->protocols, p);
      g_autoptr(EntenteMeetingCompliance) compliance = NULL;
      EntenteItem *row;

      if (protocol->stage_id == NULL)
        continue;
      compliance = entente_meeting_compliance_new ();
      row = ENTENTE_ITEM (compliance);
      entente_item_set_string (row, ENTENTE_MEETING_COMPLIANCE_FIELD_STAGE, protocol->stage_id);
      if (protocol->party != NULL)
        entente_item_set_string (row, ENTENTE_MEETING_COMPLIANCE_FIELD_PARTY, protocol->party);
      if (protocol->compliance_gap != ENTENTE_ACTUALS_MEASURED)
        g_object_set (compliance, "not-measured",
                      protocol->compliance_gap == ENTENTE_ACTUALS_CONTACT_NOT_MAPPED
                        ? ENTENTE_NOT_MEASURED_FIRST_CONTACT_NOT_MAPPED : ENTENTE_NOT_MEASURED_STAGE_NOT_MAPPED,
                      NULL);
      else
        {
          set_count (row, ENTENTE_MEETING_COMPLIANCE_FIELD_ENTERED, (gint64) MIN (protocol->entered, G_MAXINT64));
          set_count (row, ENTENTE_MEETING_COMPLIANCE_FIELD_IN_TIME, (gint64) MIN (protocol->in_time, G_MAXINT64));
          set_count (row, ENTENTE_MEETING_COMPLIANCE_FIELD_LATE, (gint64) MIN (protocol->late, G_MAXINT64));
          set_count (row, ENTENTE_MEETING_COMPLIANCE_FIELD_NEVER, (gint64) MIN (protocol->never, G_MAXINT64));
          set_count (row, ENTENTE_MEETING_COMPLIANCE_FIELD_INVALID, (gint64) MIN (protocol->invalid, G_MAXINT64));
        }
      entente_item_append (item, ENTENTE_MEETING_FIELD_COMPLIANCE, row);
    }

  return meeting;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Where @meeting's month goes in @document's meetings, and the meeting
 * recorded for it before, if any. */
static guint
find_place (EntenteDocument  *document,
            EntenteMeeting   *meeting,
            EntenteMeeting  **held)
{
  GListModel *meetings = entente_document_get_meetings (document);
  guint n = g_list_model_get_n_items (meetings);
  int year = 0, month = 0;

  entente_meeting_get_year_month (meeting, &year, &month);
  *held = NULL;
  for (guint position = 0; position < n; position++)
    {
      g_autoptr(EntenteMeeting) other = g_list_model_get_item (meetings, position);
      int y, m;

      if (!entente_meeting_get_year_month (other, &y, &m) || month_index (y, m) < month_index (year, month))
        continue;
      if (month_index (y, m) == month_index (year, month))
        *held = other;
      return position;
    }
  return n;
}

static void
keep_written (EntenteMeeting *meeting,
              EntenteMeeting *held)
{
  const char * const *old = entente_meeting_get_decisions (held);
  const char * const *added = entente_meeting_get_decisions (meeting);
  g_autoptr(GStrvBuilder) decisions = g_strv_builder_new ();
  g_auto(GStrv) all = NULL;

  if (is_blank (entente_meeting_get_notes (meeting)) && !is_blank (entente_meeting_get_notes (held)))
    entente_item_set_string (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_NOTES, entente_meeting_get_notes (held));
  if (old != NULL)
    g_strv_builder_addv (decisions, (const char **) old);
  for (guint i = 0; added != NULL && added[i] != NULL; i++)
    if (old == NULL || !g_strv_contains (old, added[i]))
      g_strv_builder_add (decisions, added[i]);
  all = g_strv_builder_end (decisions);
  entente_item_set_boxed (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_DECISIONS, all);
}

/**
 * entente_meetings_record:
 * @meeting: (transfer none): a meeting in no document
 * @mode: what becomes of what the meeting recorded for the month before
 *   wrote
 *
 * Keeps @meeting in @document, in month order, through the model so that
 * it can be undone; a month recorded before is replaced by @meeting.
 * With %ENTENTE_MEETINGS_KEEP_WRITTEN (the command line, which sees
 * nothing of it), the notes recorded before stay when @meeting has none,
 * and its decisions come first, then @meeting's that it did not hold: a
 * month recorded again never loses what the meeting wrote.  With
 * %ENTENTE_MEETINGS_AS_EDITED (the window, which showed them and let
 * them be edited), @meeting's notes and decisions are the ones kept.
 *
 * Returns: (transfer none): the meeting as the document holds it
 */
EntenteMeeting *
entente_meetings_record (EntenteDocument        *document,
                         EntenteMeeting         *meeting,
                         EntenteMeetingsRecord   mode)
{
  EntenteMeeting *held;
  guint position;
  int year, month;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ENTENTE_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (entente_meeting_get_year_month (meeting, &year, &month), NULL);

  position = find_place (document, meeting, &held);
  if (held != NULL)
    {
      /* Who recorded it stays known when the new recording does not say. */
      if (is_blank (entente_meeting_get_by (meeting)) && !is_blank (entente_meeting_get_by (held)))
        entente_item_set_string (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_BY, entente_meeting_get_by (held));
      if (mode == ENTENTE_MEETINGS_KEEP_WRITTEN)
        keep_written (meeting, held);
      entente_item_remove (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_MEETINGS, position);
    }
  entente_item_insert (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_MEETINGS, position, ENTENTE_ITEM (meeting));

  return meeting;
}

/* A month of the window, not in the export, given the figures recorded
 * for it. */
static void
fill_month (EntenteActualsMonth *month,
            EntenteMeeting      *meeting)
{
  for (guint j = 0; j < month->stages->len; j++)
    {
      EntenteActualsStage *row = g_ptr_array_index (month->stages, j);
      EntenteMeetingFigure *figure = entente_meeting_find_figure (meeting, row->stage_id);

      row->actual = figure != NULL ? entente_meeting_figure_get_actual (figure) : -1;
      row->reached_next = figure != NULL ? entente_meeting_figure_get_reached_next (figure) : -1;
      row->target = figure != NULL ? entente_meeting_figure_get_target (figure) : -1;
      row->needed = figure != NULL ? entente_meeting_figure_get_needed (figure) : -1;
    }
  entente_actuals_stages_set_conversions (month->stages);
  for (guint p = 0; p < month->protocols->len; p++)
    {
      EntenteActualsProtocol *row = g_ptr_array_index (month->protocols, p);
      EntenteMeetingCompliance *compliance = entente_meeting_find_compliance (meeting, row->stage_id);

      row->entered = row->in_time = row->late = row->never = row->invalid = row->attempts_ok = 0;
      /* Attempts were never recorded. */
      row->attempts_gap = ENTENTE_ACTUALS_ATTEMPTS_NOT_MAPPED;
      if (compliance == NULL || entente_meeting_compliance_get_entered (compliance) < 0)
        {
          gboolean contact = compliance != NULL &&
            entente_meeting_compliance_get_not_measured (compliance) == ENTENTE_NOT_MEASURED_FIRST_CONTACT_NOT_MAPPED;

          row->compliance_gap = contact ? ENTENTE_ACTUALS_CONTACT_NOT_MAPPED : ENTENTE_ACTUALS_STAGE_NOT_MAPPED;
          continue;
        }
      row->compliance_gap = ENTENTE_ACTUALS_MEASURED;
      row->entered = (guint64) MAX (entente_meeting_compliance_get_entered (compliance), 0);
      row->in_time = (guint64) MAX (entente_meeting_compliance_get_in_time (compliance), 0);
      row->late = (guint64) MAX (entente_meeting_compliance_get_late (compliance), 0);
      row->never = (guint64) MAX (entente_meeting_compliance_get_never (compliance), 0);
      row->invalid = (guint64) MAX (entente_meeting_compliance_get_invalid (compliance), 0);
    }
  month->recorded = TRUE;
}

/**
 * entente_meetings_fill_window:
 * @window: (element-type EntenteActualsMonth): months from
 *   entente_actuals_report_get_window()
 *
 * Gives each month of @window that the export does not cover the
 * figures recorded for it, if a meeting was; the export's own months
 * keep the export's.
 *
 * Returns: how many months were filled
 */
guint
entente_meetings_fill_window (EntenteDocument *document,
                              GPtrArray       *window)
{
  guint filled = 0;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (window != NULL, 0);

  for (guint i = 0; i < window->len; i++)
    {
      EntenteActualsMonth *month = g_ptr_array_index (window, i);
      EntenteMeeting *meeting;

      if (month->in_export)
        continue;
      meeting = entente_meetings_find (document, month->year, month->month);
      /* Counts that cannot be are not shown as if they were. */
      if (meeting == NULL || !entente_meeting_is_possible (meeting))
        continue;
      fill_month (month, meeting);
      filled++;
    }
  return filled;
}

/**
 * entente_meetings_get_cohort:
 * @stage_id: a stage
 * @n_months: how many months, the latest recorded last
 * @entered: (out) (optional): the records that entered @stage_id in them
 * @reached: (out) (optional): of those, the ones that had reached the
 *   next stage when each month was recorded
 * @span: (out) (optional): the months that held both counts
 *
 * As entente_actuals_report_get_cohort(), from the meetings recorded in
 * the @n_months months ending at the latest one: the history `check`
 * holds the plan against when no export says it.  A meeting whose counts
 * cannot be (entente_meeting_is_possible()) is left out.
 *
 * Returns: the rate, negative when no recorded month says both counts
 */
double
entente_meetings_get_cohort (EntenteDocument     *document,
                             const char          *stage_id,
                             guint                n_months,
                             guint64             *entered,
                             guint64             *reached,
                             EntenteMeetingsSpan *span)
{
  EntenteMeeting *last;
  GListModel *meetings;
  guint64 in = 0, on = 0;
  int y, m, end, first = G_MAXINT, latest = G_MININT;
  guint counted = 0;

  if (entered != NULL)
    *entered = 0;
  if (reached != NULL)
    *reached = 0;
  if (span != NULL)
    *span = (EntenteMeetingsSpan) { 0 };
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), -1);

  last = entente_meetings_get_latest (document);
  if (last == NULL || !entente_meeting_get_year_month (last, &y, &m))
    return -1;
  end = month_index (y, m);
  meetings = entente_document_get_meetings (document);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(EntenteMeeting) meeting = g_list_model_get_item (meetings, i);
      EntenteMeetingFigure *figure;
      int index;

      if (!entente_meeting_get_year_month (meeting, &y, &m) ||
          month_index (y, m) > end || month_index (y, m) <= end - (int) n_months ||
          !entente_meeting_is_possible (meeting))
        continue;
      figure = entente_meeting_find_figure (meeting, stage_id);
      if (figure == NULL ||
          entente_meeting_figure_get_actual (figure) < 0 || entente_meeting_figure_get_reached_next (figure) < 0)
        continue;
      in += (guint64) entente_meeting_figure_get_actual (figure);
      on += (guint64) entente_meeting_figure_get_reached_next (figure);
      index = month_index (y, m);
      first = MIN (first, index);
      latest = MAX (latest, index);
      counted++;
    }
  if (entered != NULL)
    *entered = in;
  if (reached != NULL)
    *reached = on;
  if (span != NULL && counted > 0)
    *span = (EntenteMeetingsSpan) { first / 12, first % 12 + 1, latest / 12, latest % 12 + 1, counted };
  return in > 0 ? (double) on / (double) in : -1;
}
