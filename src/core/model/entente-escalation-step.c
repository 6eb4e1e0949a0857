/* entente-escalation-step.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-escalation-step.h"

/* Who hears of a record left unworked, and after how long. */

struct _EntenteEscalationStep
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteEscalationStep, entente_escalation_step, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_ESCALATION_STEP_FIELD_AFTER] = { "after", ENTENTE_VALUE_DURATION, NULL, "after", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("After") },
  [ENTENTE_ESCALATION_STEP_FIELD_TO] = { "to", ENTENTE_VALUE_STRING, NULL, "to", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_TITLE, N_("Escalate to") },
};

static void
entente_escalation_step_class_init (EntenteEscalationStepClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "step",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_escalation_step_init (EntenteEscalationStep *self)
{
}

EntenteEscalationStep *
entente_escalation_step_new (void)
{
  return g_object_new (ENTENTE_TYPE_ESCALATION_STEP, NULL);
}

const EntenteDuration *
entente_escalation_step_get_after (EntenteEscalationStep *self)
{
  g_return_val_if_fail (ENTENTE_IS_ESCALATION_STEP (self), NULL);

  return entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_ESCALATION_STEP_FIELD_AFTER);
}

const char *
entente_escalation_step_get_to (EntenteEscalationStep *self)
{
  g_return_val_if_fail (ENTENTE_IS_ESCALATION_STEP (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_ESCALATION_STEP_FIELD_TO);
}
