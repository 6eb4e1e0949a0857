/* entente-escalation-step.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-duration.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_ESCALATION_STEP (entente_escalation_step_get_type ())

G_DECLARE_FINAL_TYPE (EntenteEscalationStep, entente_escalation_step, ENTENTE, ESCALATION_STEP, EntenteItem)

typedef enum
{
  ENTENTE_ESCALATION_STEP_FIELD_AFTER,
  ENTENTE_ESCALATION_STEP_FIELD_TO,
} EntenteEscalationStepField;

EntenteEscalationStep *entente_escalation_step_new       (void);
const EntenteDuration *entente_escalation_step_get_after (EntenteEscalationStep *self);
const char            *entente_escalation_step_get_to    (EntenteEscalationStep *self);

G_END_DECLS
