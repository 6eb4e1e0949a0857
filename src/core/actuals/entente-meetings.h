/* entente-meetings.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-actuals.h"
#include "entente-document.h"
#include "entente-meeting.h"

G_BEGIN_DECLS

/* The months a figure from the meetings was counted over: the first and
 * the last month that held one, and how many did. */
typedef struct
{
  int   first_year, first_month;
  int   last_year, last_month;
  guint n_months;
} EntenteMeetingsSpan;

typedef enum
{
  ENTENTE_MEETINGS_KEEP_WRITTEN,
  ENTENTE_MEETINGS_AS_EDITED,
} EntenteMeetingsRecord;

EntenteMeeting *entente_meetings_find             (EntenteDocument            *document,
                                                   int                         year,
                                                   int                         month);
EntenteMeeting *entente_meetings_get_latest       (EntenteDocument            *document);
EntenteMeeting *entente_meetings_new_from_report  (const EntenteActualsReport *report,
                                                   const char                 *export_name,
                                                   const char                 *by,
                                                   GDateTime                  *time);
EntenteMeeting *entente_meetings_record           (EntenteDocument            *document,
                                                   EntenteMeeting             *meeting,
                                                   EntenteMeetingsRecord       mode);
guint           entente_meetings_fill_window      (EntenteDocument            *document,
                                                   GPtrArray                  *window);
double          entente_meetings_get_cohort       (EntenteDocument            *document,
                                                   const char                 *stage_id,
                                                   guint                       n_months,
                                                   guint64                    *entered,
                                                   guint64                    *reached,
                                                   EntenteMeetingsSpan        *span);

G_END_DECLS
