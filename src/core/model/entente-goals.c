/* entente-goals.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-goals.h"
#include "entente-conversion.h"
#include "entente-target.h"
#include "entente-enum-types.h"

/* The goals section: the revenue goal and the funnel that turns it into monthly counts. */

struct _EntenteGoals
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteGoals, entente_goals, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_GOALS_FIELD_PERIOD] = { "period", ENTENTE_VALUE_ENUM, NULL, "period", entente_period_get_type, NULL, ENTENTE_FIELD_ALWAYS, N_("Period") },
  [ENTENTE_GOALS_FIELD_REVENUE] = { "revenue", ENTENTE_VALUE_DECIMAL, "revenue", NULL, NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MONEY, N_("Revenue goal") },
  [ENTENTE_GOALS_FIELD_AVERAGE_DEAL] = { "average-deal", ENTENTE_VALUE_DECIMAL, "average-deal", NULL, NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MONEY, N_("Average deal") },
  [ENTENTE_GOALS_FIELD_MARKETING_SHARE] = { "marketing-share", ENTENTE_VALUE_RATE, "marketing-share", NULL, NULL, NULL, 0, N_("Share from marketing") },
  [ENTENTE_GOALS_FIELD_CONVERSIONS] = { "conversions", ENTENTE_VALUE_LIST, NULL, NULL, entente_conversion_get_type, "conversion", 0, N_("Conversion rates") },
  [ENTENTE_GOALS_FIELD_TARGETS] = { "targets", ENTENTE_VALUE_LIST, NULL, NULL, entente_target_get_type, "target", 0, N_("Committed targets") },
};

static void
entente_goals_class_init (EntenteGoalsClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "goals",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_goals_init (EntenteGoals *self)
{
}

EntenteGoals *
entente_goals_new (void)
{
  return g_object_new (ENTENTE_TYPE_GOALS, NULL);
}

EntentePeriod
entente_goals_get_period (EntenteGoals *self)
{
  g_return_val_if_fail (ENTENTE_IS_GOALS (self), 0);

  return (EntentePeriod) entente_item_get_enum (ENTENTE_ITEM (self), ENTENTE_GOALS_FIELD_PERIOD);
}

double
entente_goals_get_revenue (EntenteGoals *self)
{
  g_return_val_if_fail (ENTENTE_IS_GOALS (self), 0.0);

  return entente_item_get_double (ENTENTE_ITEM (self), ENTENTE_GOALS_FIELD_REVENUE);
}

double
entente_goals_get_average_deal (EntenteGoals *self)
{
  g_return_val_if_fail (ENTENTE_IS_GOALS (self), 0.0);

  return entente_item_get_double (ENTENTE_ITEM (self), ENTENTE_GOALS_FIELD_AVERAGE_DEAL);
}

double
entente_goals_get_marketing_share (EntenteGoals *self)
{
  g_return_val_if_fail (ENTENTE_IS_GOALS (self), 0.0);

  return entente_item_get_double (ENTENTE_ITEM (self), ENTENTE_GOALS_FIELD_MARKETING_SHARE);
}

GListModel *
entente_goals_get_conversions (EntenteGoals *self)
{
  g_return_val_if_fail (ENTENTE_IS_GOALS (self), NULL);

  return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_GOALS_FIELD_CONVERSIONS);
}

GListModel *
entente_goals_get_targets (EntenteGoals *self)
{
  g_return_val_if_fail (ENTENTE_IS_GOALS (self), NULL);

  return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_GOALS_FIELD_TARGETS);
}
