/* entente-handoff.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-duration.h"
#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_HANDOFF (entente_handoff_get_type ())

G_DECLARE_FINAL_TYPE (EntenteHandoff, entente_handoff, ENTENTE, HANDOFF, EntenteItem)

typedef enum
{
  ENTENTE_HANDOFF_FIELD_ID,
  ENTENTE_HANDOFF_FIELD_FROM,
  ENTENTE_HANDOFF_FIELD_TO,
  ENTENTE_HANDOFF_FIELD_ROUTING,
  ENTENTE_HANDOFF_FIELD_ACCEPT_WITHIN,
  ENTENTE_HANDOFF_FIELD_ACCEPT_WITHIN_BUSINESS_HOURS,
  ENTENTE_HANDOFF_FIELD_REQUIRED_FIELDS,
  ENTENTE_HANDOFF_FIELD_REJECTION_REASONS,
  ENTENTE_HANDOFF_FIELD_NOTES,
} EntenteHandoffField;

EntenteHandoff        *entente_handoff_new                              (void);
const char            *entente_handoff_get_id                           (EntenteHandoff *self);
const char            *entente_handoff_get_from                         (EntenteHandoff *self);
const char            *entente_handoff_get_to                           (EntenteHandoff *self);
EntenteRouting         entente_handoff_get_routing                      (EntenteHandoff *self);
const EntenteDuration *entente_handoff_get_accept_within                (EntenteHandoff *self);
gboolean               entente_handoff_get_accept_within_business_hours (EntenteHandoff *self);
const char * const    *entente_handoff_get_required_fields              (EntenteHandoff *self);
const char * const    *entente_handoff_get_rejection_reasons            (EntenteHandoff *self);
const char            *entente_handoff_get_notes                        (EntenteHandoff *self);

G_END_DECLS
