/* entente-protocol.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-duration.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_PROTOCOL (entente_protocol_get_type ())

G_DECLARE_FINAL_TYPE (EntenteProtocol, entente_protocol, ENTENTE, PROTOCOL, EntenteItem)

typedef enum
{
  ENTENTE_PROTOCOL_FIELD_STAGE,
  ENTENTE_PROTOCOL_FIELD_PARTY,
  ENTENTE_PROTOCOL_FIELD_FIRST_RESPONSE,
  ENTENTE_PROTOCOL_FIELD_FIRST_RESPONSE_BUSINESS_HOURS,
  ENTENTE_PROTOCOL_FIELD_ATTEMPTS,
  ENTENTE_PROTOCOL_FIELD_ATTEMPTS_OVER,
  ENTENTE_PROTOCOL_FIELD_CHANNELS,
  ENTENTE_PROTOCOL_FIELD_STATUS_UPDATE_WITHIN,
  ENTENTE_PROTOCOL_FIELD_RECYCLE_AFTER,
  ENTENTE_PROTOCOL_FIELD_RECYCLE_TO,
  ENTENTE_PROTOCOL_FIELD_RECYCLE_REASON_REQUIRED,
  ENTENTE_PROTOCOL_FIELD_ESCALATION,
} EntenteProtocolField;

EntenteProtocol       *entente_protocol_new                               (void);
const char            *entente_protocol_get_stage                         (EntenteProtocol *self);
const char            *entente_protocol_get_party                         (EntenteProtocol *self);
const EntenteDuration *entente_protocol_get_first_response                (EntenteProtocol *self);
gboolean               entente_protocol_get_first_response_business_hours (EntenteProtocol *self);
int                    entente_protocol_get_attempts                      (EntenteProtocol *self);
const EntenteDuration *entente_protocol_get_attempts_over                 (EntenteProtocol *self);
const char * const    *entente_protocol_get_channels                      (EntenteProtocol *self);
const EntenteDuration *entente_protocol_get_status_update_within          (EntenteProtocol *self);
const EntenteDuration *entente_protocol_get_recycle_after                 (EntenteProtocol *self);
const char            *entente_protocol_get_recycle_to                    (EntenteProtocol *self);
gboolean               entente_protocol_get_recycle_reason_required       (EntenteProtocol *self);
GListModel            *entente_protocol_get_escalation                    (EntenteProtocol *self);

G_END_DECLS
