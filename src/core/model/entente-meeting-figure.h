/* entente-meeting-figure.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_MEETING_FIGURE (entente_meeting_figure_get_type ())

G_DECLARE_FINAL_TYPE (EntenteMeetingFigure, entente_meeting_figure, ENTENTE, MEETING_FIGURE, EntenteItem)

typedef enum
{
  ENTENTE_MEETING_FIGURE_FIELD_STAGE,
  ENTENTE_MEETING_FIGURE_FIELD_ACTUAL,
  ENTENTE_MEETING_FIGURE_FIELD_REACHED_NEXT,
  ENTENTE_MEETING_FIGURE_FIELD_TARGET,
  ENTENTE_MEETING_FIGURE_FIELD_NEEDED,
} EntenteMeetingFigureField;

EntenteMeetingFigure *entente_meeting_figure_new              (void);
const char           *entente_meeting_figure_get_stage        (EntenteMeetingFigure *self);
int                   entente_meeting_figure_get_actual       (EntenteMeetingFigure *self);
int                   entente_meeting_figure_get_reached_next (EntenteMeetingFigure *self);
int                   entente_meeting_figure_get_target       (EntenteMeetingFigure *self);
int                   entente_meeting_figure_get_needed       (EntenteMeetingFigure *self);
gboolean              entente_meeting_figure_is_possible      (EntenteMeetingFigure *self);

G_END_DECLS
