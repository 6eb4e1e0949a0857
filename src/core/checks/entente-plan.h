/* entente-plan.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_PLAN_STAGE (entente_plan_stage_get_type ())

/**
 * EntentePlanStage:
 * @stage: the stage
 * @needed: records the stage needs per period, exact; negative when the
 *   plan cannot say (no revenue inputs, or a missing conversion below, or
 *   beyond reach)
 * @target: the committed count, or -1 when no party committed to one
 * @target_party: (nullable): the id of the party that committed
 * @beyond_reach: whether the inputs would need more than
 *   %ENTENTE_PLAN_MAX_NEEDED records here, which no plan is
 *
 * One stage of the reverse funnel.
 */
typedef struct
{
  EntenteStage *stage;
  double        needed;
  int           target;
  char         *target_party;
  gboolean      beyond_reach;
} EntentePlanStage;

/* More records a period than any business has: inputs that need more
 * (a revenue of 10^15 at a cent a deal) make no plan, and whole numbers
 * past this would no longer be exact in a double. */
#define ENTENTE_PLAN_MAX_NEEDED 1e12

GType             entente_plan_stage_get_type    (void) G_GNUC_CONST;
EntentePlanStage *entente_plan_stage_copy        (const EntentePlanStage *self);
void              entente_plan_stage_free        (EntentePlanStage       *self);
gboolean          entente_plan_stage_is_known    (const EntentePlanStage *self);
gint64            entente_plan_stage_get_needed  (const EntentePlanStage *self);
gint64            entente_plan_stage_get_gap     (const EntentePlanStage *self);

GPtrArray        *entente_plan_compute           (EntenteDocument        *document);
GHashTable       *entente_plan_index_conversions (EntenteDocument        *document);
EntenteConversion *entente_plan_lookup_conversion (GHashTable            *index,
                                                  const char             *from,
                                                  const char             *to);
double            entente_plan_customers         (EntenteDocument        *document);
char             *entente_plan_describe_beyond_reach (GPtrArray          *plan);
EntenteConversion *entente_plan_find_conversion  (EntenteDocument        *document,
                                                  const char             *from,
                                                  const char             *to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntentePlanStage, entente_plan_stage_free)

G_END_DECLS
