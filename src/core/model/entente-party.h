/* entente-party.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_PARTY (entente_party_get_type ())

G_DECLARE_FINAL_TYPE (EntenteParty, entente_party, ENTENTE, PARTY, EntenteItem)

typedef enum
{
  ENTENTE_PARTY_FIELD_ID,
  ENTENTE_PARTY_FIELD_KIND,
  ENTENTE_PARTY_FIELD_TEAM,
  ENTENTE_PARTY_FIELD_LEADER,
  ENTENTE_PARTY_FIELD_ROLE,
  ENTENTE_PARTY_FIELD_EMAIL,
  ENTENTE_PARTY_FIELD_PEOPLE,
  ENTENTE_PARTY_FIELD_RAMPING,
  ENTENTE_PARTY_FIELD_TOUCHES,
} EntentePartyField;

EntenteParty     *entente_party_new        (void);
const char       *entente_party_get_id     (EntenteParty *self);
EntentePartyKind  entente_party_get_kind   (EntenteParty *self);
const char       *entente_party_get_team   (EntenteParty *self);
const char       *entente_party_get_leader (EntenteParty *self);
const char       *entente_party_get_role   (EntenteParty *self);
const char       *entente_party_get_email  (EntenteParty *self);
int               entente_party_get_people  (EntenteParty *self);
int               entente_party_get_ramping (EntenteParty *self);
int               entente_party_get_touches (EntenteParty *self);

G_END_DECLS
