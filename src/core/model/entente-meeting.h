/* entente-meeting.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"
#include "entente-meeting-compliance.h"
#include "entente-meeting-figure.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_MEETING (entente_meeting_get_type ())

G_DECLARE_FINAL_TYPE (EntenteMeeting, entente_meeting, ENTENTE, MEETING, EntenteItem)

typedef enum
{
  ENTENTE_MEETING_FIELD_MONTH,
  ENTENTE_MEETING_FIELD_TIME,
  ENTENTE_MEETING_FIELD_BY,
  ENTENTE_MEETING_FIELD_EXPORT,
  ENTENTE_MEETING_FIELD_FIGURES,
  ENTENTE_MEETING_FIELD_COMPLIANCE,
  ENTENTE_MEETING_FIELD_NOTES,
  ENTENTE_MEETING_FIELD_DECISIONS,
} EntenteMeetingField;

EntenteMeeting     *entente_meeting_new            (void);
const char         *entente_meeting_get_month      (EntenteMeeting *self);
gboolean            entente_meeting_get_year_month (EntenteMeeting *self,
                                                    int            *year,
                                                    int            *month);
GDateTime          *entente_meeting_get_time       (EntenteMeeting *self);
const char         *entente_meeting_get_by         (EntenteMeeting *self);
const char         *entente_meeting_get_export     (EntenteMeeting *self);
GListModel         *entente_meeting_get_figures    (EntenteMeeting *self);
GListModel         *entente_meeting_get_compliance (EntenteMeeting *self);
const char         *entente_meeting_get_notes      (EntenteMeeting *self);
const char * const *entente_meeting_get_decisions  (EntenteMeeting *self);

EntenteMeetingFigure     *entente_meeting_find_figure     (EntenteMeeting *self,
                                                           const char     *stage_id);
EntenteMeetingCompliance *entente_meeting_find_compliance (EntenteMeeting *self,
                                                           const char     *stage_id);

gboolean            entente_meeting_is_possible    (EntenteMeeting *self);

char               *entente_meeting_month_text     (int             year,
                                                    int             month);

G_END_DECLS
