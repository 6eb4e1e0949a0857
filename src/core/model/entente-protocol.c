/* entente-protocol.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-protocol.h"
#include "entente-escalation-step.h"

/* How fast and how often the records of one stage are worked. */

struct _EntenteProtocol
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteProtocol, entente_protocol, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_PROTOCOL_FIELD_STAGE] = { "stage", ENTENTE_VALUE_REF, NULL, "stage", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_REF_STAGE | ENTENTE_FIELD_TITLE, N_("Stage") },
  [ENTENTE_PROTOCOL_FIELD_PARTY] = { "party", ENTENTE_VALUE_REF, NULL, "party", NULL, NULL, ENTENTE_FIELD_REF_PARTY, N_("Worked by") },
  [ENTENTE_PROTOCOL_FIELD_FIRST_RESPONSE] = { "first-response", ENTENTE_VALUE_DURATION, "first-response", NULL, NULL, NULL, 0, N_("First response within") },
  [ENTENTE_PROTOCOL_FIELD_FIRST_RESPONSE_BUSINESS_HOURS] = { "first-response-business-hours", ENTENTE_VALUE_BOOLEAN, "first-response", "business-hours", NULL, NULL, 0, N_("Counted in business hours") },
  [ENTENTE_PROTOCOL_FIELD_ATTEMPTS] = { "attempts", ENTENTE_VALUE_INT, "attempts", "count", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE, N_("Attempts") },
  [ENTENTE_PROTOCOL_FIELD_ATTEMPTS_OVER] = { "attempts-over", ENTENTE_VALUE_DURATION, "attempts", "over", NULL, NULL, 0, N_("Attempts over") },
  [ENTENTE_PROTOCOL_FIELD_CHANNELS] = { "channels", ENTENTE_VALUE_STRV, "channels", NULL, NULL, "item", ENTENTE_FIELD_CHANNELS, N_("Channels") },
  [ENTENTE_PROTOCOL_FIELD_STATUS_UPDATE_WITHIN] = { "status-update-within", ENTENTE_VALUE_DURATION, "status-update", "within", NULL, NULL, 0, N_("Status update within") },
  [ENTENTE_PROTOCOL_FIELD_RECYCLE_AFTER] = { "recycle-after", ENTENTE_VALUE_DURATION, "recycle", "after", NULL, NULL, 0, N_("Recycle after") },
  [ENTENTE_PROTOCOL_FIELD_RECYCLE_TO] = { "recycle-to", ENTENTE_VALUE_REF, "recycle", "to", NULL, NULL, ENTENTE_FIELD_REF_STAGE, N_("Recycle to stage") },
  [ENTENTE_PROTOCOL_FIELD_RECYCLE_REASON_REQUIRED] = { "recycle-reason-required", ENTENTE_VALUE_BOOLEAN, "recycle", "reason-required", NULL, NULL, 0, N_("Reason required to recycle") },
  [ENTENTE_PROTOCOL_FIELD_ESCALATION] = { "escalation", ENTENTE_VALUE_LIST, "escalation", NULL, entente_escalation_step_get_type, "step", 0, N_("Escalation") },
};

static void
entente_protocol_class_init (EntenteProtocolClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "protocol",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_protocol_init (EntenteProtocol *self)
{
}

EntenteProtocol *
entente_protocol_new (void)
{
  return g_object_new (ENTENTE_TYPE_PROTOCOL, NULL);
}

const char *
entente_protocol_get_stage (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_STAGE);
}

const char *
entente_protocol_get_party (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_PARTY);
}

const EntenteDuration *
entente_protocol_get_first_response (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_FIRST_RESPONSE);
}

gboolean
entente_protocol_get_first_response_business_hours (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), FALSE);

  return entente_item_get_boolean (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_FIRST_RESPONSE_BUSINESS_HOURS);
}

int
entente_protocol_get_attempts (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_ATTEMPTS);
}

const EntenteDuration *
entente_protocol_get_attempts_over (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_ATTEMPTS_OVER);
}

const char * const *
entente_protocol_get_channels (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_CHANNELS);
}

const EntenteDuration *
entente_protocol_get_status_update_within (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_STATUS_UPDATE_WITHIN);
}

const EntenteDuration *
entente_protocol_get_recycle_after (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_RECYCLE_AFTER);
}

const char *
entente_protocol_get_recycle_to (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_RECYCLE_TO);
}

gboolean
entente_protocol_get_recycle_reason_required (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), FALSE);

  return entente_item_get_boolean (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_RECYCLE_REASON_REQUIRED);
}

GListModel *
entente_protocol_get_escalation (EntenteProtocol *self)
{
  g_return_val_if_fail (ENTENTE_IS_PROTOCOL (self), NULL);

  return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_PROTOCOL_FIELD_ESCALATION);
}
