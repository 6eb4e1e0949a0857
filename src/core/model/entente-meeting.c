/* entente-meeting.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-item-private.h"
#include "entente-meeting.h"
#include "entente-value.h"

/* A monthly review meeting, as it was recorded: the month reviewed, when
 * and by whom it was recorded, from which export, each stage's figures
 * and each protocol's compliance then, and what the meeting noted and
 * decided.  Kept with the agreement but not part of what is signed, so
 * that the next meetings see the trend without the old exports.  The
 * month is the key: recording a month again replaces it. */

struct _EntenteMeeting
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteMeeting, entente_meeting, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_MEETING_FIELD_MONTH] = { "month", ENTENTE_VALUE_STRING, NULL, "month", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_TITLE | ENTENTE_FIELD_MONTH, N_("Month") },
  [ENTENTE_MEETING_FIELD_TIME] = { "time", ENTENTE_VALUE_DATETIME, NULL, "time", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Recorded at") },
  [ENTENTE_MEETING_FIELD_BY] = { "by", ENTENTE_VALUE_STRING, NULL, "by", NULL, NULL, 0, N_("Recorded by") },
  [ENTENTE_MEETING_FIELD_EXPORT] = { "export", ENTENTE_VALUE_STRING, NULL, "export", NULL, NULL, 0, N_("Export") },
  [ENTENTE_MEETING_FIELD_FIGURES] = { "figures", ENTENTE_VALUE_LIST, NULL, NULL, entente_meeting_figure_get_type, "figure", 0, N_("Stages") },
  [ENTENTE_MEETING_FIELD_COMPLIANCE] = { "compliance", ENTENTE_VALUE_LIST, NULL, NULL, entente_meeting_compliance_get_type, "compliance", 0, N_("Protocol compliance") },
  [ENTENTE_MEETING_FIELD_NOTES] = { "notes", ENTENTE_VALUE_STRING, "notes", NULL, NULL, NULL, ENTENTE_FIELD_PARAGRAPH, N_("Notes") },
  [ENTENTE_MEETING_FIELD_DECISIONS] = { "decisions", ENTENTE_VALUE_STRV, "decisions", NULL, NULL, "decision", 0, N_("Decisions") },
};

static void
entente_meeting_class_init (EntenteMeetingClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "meeting",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_meeting_init (EntenteMeeting *self)
{
}

EntenteMeeting *
entente_meeting_new (void)
{
  return g_object_new (ENTENTE_TYPE_MEETING, NULL);
}

/* "2027-01": how a month is written in the file and given to --period. */
char *
entente_meeting_month_text (int year,
                            int month)
{
  return g_strdup_printf ("%04d-%02d", year, month);
}

const char *
entente_meeting_get_month (EntenteMeeting *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_MEETING_FIELD_MONTH);
}

/**
 * entente_meeting_get_year_month:
 *
 * The month as numbers.  The loader holds the month to YYYY-MM; a
 * meeting made in code may still hold anything.
 *
 * Returns: %FALSE when the month is not YYYY-MM
 */
gboolean
entente_meeting_get_year_month (EntenteMeeting *self,
                                int            *year,
                                int            *month)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), FALSE);

  return entente_value_parse_month (entente_meeting_get_month (self), year, month);
}

GDateTime *
entente_meeting_get_time (EntenteMeeting *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return (GDateTime *) entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_MEETING_FIELD_TIME);
}

const char *
entente_meeting_get_by (EntenteMeeting *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_MEETING_FIELD_BY);
}

const char *
entente_meeting_get_export (EntenteMeeting *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_MEETING_FIELD_EXPORT);
}

GListModel *
entente_meeting_get_figures (EntenteMeeting *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_MEETING_FIELD_FIGURES);
}

GListModel *
entente_meeting_get_compliance (EntenteMeeting *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_MEETING_FIELD_COMPLIANCE);
}

const char *
entente_meeting_get_notes (EntenteMeeting *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_MEETING_FIELD_NOTES);
}

const char * const *
entente_meeting_get_decisions (EntenteMeeting *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_MEETING_FIELD_DECISIONS);
}

static gpointer
find_by_stage (GListModel *list,
               const char *stage_id,
               guint       stage_field)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (entente_item_get_string (item, stage_field), stage_id) == 0)
        return item;
    }
  return NULL;
}

/* Returns: (transfer none) (nullable): the figures of @stage_id */
EntenteMeetingFigure *
entente_meeting_find_figure (EntenteMeeting *self,
                             const char     *stage_id)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return find_by_stage (entente_meeting_get_figures (self), stage_id, ENTENTE_MEETING_FIGURE_FIELD_STAGE);
}

/* Returns: (transfer none) (nullable): the compliance of the protocol of @stage_id */
EntenteMeetingCompliance *
entente_meeting_find_compliance (EntenteMeeting *self,
                                 const char     *stage_id)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING (self), NULL);

  return find_by_stage (entente_meeting_get_compliance (self), stage_id, ENTENTE_MEETING_COMPLIANCE_FIELD_STAGE);
}

/* Whether every count of the meeting can be (see
 * entente_meeting_figure_is_possible()); a meeting whose counts cannot
 * be is not read, and `check` says why. */
gboolean
entente_meeting_is_possible (EntenteMeeting *self)
{
  GListModel *figures, *compliance;

  g_return_val_if_fail (ENTENTE_IS_MEETING (self), FALSE);

  figures = entente_meeting_get_figures (self);
  compliance = entente_meeting_get_compliance (self);
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(EntenteMeetingFigure) figure = g_list_model_get_item (figures, i);

      if (!entente_meeting_figure_is_possible (figure))
        return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (compliance); i++)
    {
      g_autoptr(EntenteMeetingCompliance) row = g_list_model_get_item (compliance, i);

      if (!entente_meeting_compliance_is_possible (row))
        return FALSE;
    }
  return TRUE;
}
