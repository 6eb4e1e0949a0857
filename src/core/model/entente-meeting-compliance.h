/* entente-meeting-compliance.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_MEETING_COMPLIANCE (entente_meeting_compliance_get_type ())

G_DECLARE_FINAL_TYPE (EntenteMeetingCompliance, entente_meeting_compliance, ENTENTE, MEETING_COMPLIANCE, EntenteItem)

typedef enum
{
  ENTENTE_MEETING_COMPLIANCE_FIELD_STAGE,
  ENTENTE_MEETING_COMPLIANCE_FIELD_PARTY,
  ENTENTE_MEETING_COMPLIANCE_FIELD_ENTERED,
  ENTENTE_MEETING_COMPLIANCE_FIELD_IN_TIME,
  ENTENTE_MEETING_COMPLIANCE_FIELD_LATE,
  ENTENTE_MEETING_COMPLIANCE_FIELD_NEVER,
  ENTENTE_MEETING_COMPLIANCE_FIELD_INVALID,
  ENTENTE_MEETING_COMPLIANCE_FIELD_NOT_MEASURED,
} EntenteMeetingComplianceField;

EntenteMeetingCompliance *entente_meeting_compliance_new              (void);
const char               *entente_meeting_compliance_get_stage        (EntenteMeetingCompliance *self);
const char               *entente_meeting_compliance_get_party        (EntenteMeetingCompliance *self);
int                       entente_meeting_compliance_get_entered      (EntenteMeetingCompliance *self);
int                       entente_meeting_compliance_get_in_time      (EntenteMeetingCompliance *self);
int                       entente_meeting_compliance_get_late         (EntenteMeetingCompliance *self);
int                       entente_meeting_compliance_get_never        (EntenteMeetingCompliance *self);
int                       entente_meeting_compliance_get_invalid      (EntenteMeetingCompliance *self);
EntenteNotMeasured        entente_meeting_compliance_get_not_measured (EntenteMeetingCompliance *self);
gboolean                  entente_meeting_compliance_is_possible      (EntenteMeetingCompliance *self);

G_END_DECLS
