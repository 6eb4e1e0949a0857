/* entente-goals.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_GOALS (entente_goals_get_type ())

G_DECLARE_FINAL_TYPE (EntenteGoals, entente_goals, ENTENTE, GOALS, EntenteItem)

typedef enum
{
  ENTENTE_GOALS_FIELD_PERIOD,
  ENTENTE_GOALS_FIELD_REVENUE,
  ENTENTE_GOALS_FIELD_AVERAGE_DEAL,
  ENTENTE_GOALS_FIELD_MARKETING_SHARE,
  ENTENTE_GOALS_FIELD_CONVERSIONS,
  ENTENTE_GOALS_FIELD_TARGETS,
} EntenteGoalsField;

EntenteGoals  *entente_goals_new                 (void);
EntentePeriod  entente_goals_get_period          (EntenteGoals *self);
double         entente_goals_get_revenue         (EntenteGoals *self);
double         entente_goals_get_average_deal    (EntenteGoals *self);
double         entente_goals_get_marketing_share (EntenteGoals *self);
GListModel    *entente_goals_get_conversions     (EntenteGoals *self);
GListModel    *entente_goals_get_targets         (EntenteGoals *self);

G_END_DECLS
