/* entente-party.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-party.h"
#include "entente-enum-types.h"

/* A team that is party to the agreement, and the leader who signs for it. */

struct _EntenteParty
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteParty, entente_party, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_PARTY_FIELD_ID] = { "id", ENTENTE_VALUE_ID, NULL, "id", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY, N_("Id") },
  [ENTENTE_PARTY_FIELD_KIND] = { "kind", ENTENTE_VALUE_ENUM, NULL, "kind", entente_party_kind_get_type, NULL, ENTENTE_FIELD_REQUIRED, N_("Kind of team") },
  [ENTENTE_PARTY_FIELD_TEAM] = { "team", ENTENTE_VALUE_STRING, "team", NULL, NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_TITLE, N_("Team") },
  [ENTENTE_PARTY_FIELD_LEADER] = { "leader", ENTENTE_VALUE_STRING, "leader", NULL, NULL, NULL, 0, N_("Leader") },
  [ENTENTE_PARTY_FIELD_ROLE] = { "role", ENTENTE_VALUE_STRING, "role", NULL, NULL, NULL, 0, N_("Role") },
  [ENTENTE_PARTY_FIELD_EMAIL] = { "email", ENTENTE_VALUE_STRING, "email", NULL, NULL, NULL, 0, N_("Email") },
  /* What the team can do, for the goals to be set from: 0 is not said. */
  [ENTENTE_PARTY_FIELD_PEOPLE] = { "people", ENTENTE_VALUE_INT, "capacity", "people", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE, N_("People on the team") },
  [ENTENTE_PARTY_FIELD_RAMPING] = { "ramping", ENTENTE_VALUE_INT, "capacity", "ramping", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE, N_("Of whom still ramping up") },
  [ENTENTE_PARTY_FIELD_TOUCHES] = { "touches", ENTENTE_VALUE_INT, "capacity", "touches-per-day", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE, N_("Touches per person per business day") },
};

static void
entente_party_class_init (EntentePartyClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "party",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_party_init (EntenteParty *self)
{
}

EntenteParty *
entente_party_new (void)
{
  return g_object_new (ENTENTE_TYPE_PARTY, NULL);
}

const char *
entente_party_get_id (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_ID);
}

EntentePartyKind
entente_party_get_kind (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), 0);

  return (EntentePartyKind) entente_item_get_enum (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_KIND);
}

const char *
entente_party_get_team (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_TEAM);
}

const char *
entente_party_get_leader (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_LEADER);
}

const char *
entente_party_get_role (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_ROLE);
}

const char *
entente_party_get_email (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_EMAIL);
}

/* People on the team, 0 when not said. */
int
entente_party_get_people (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_PEOPLE);
}

/* Of them, those still ramping up. */
int
entente_party_get_ramping (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_RAMPING);
}

/* Calls, emails and messages one person makes in a business day, 0 when
 * not said. */
int
entente_party_get_touches (EntenteParty *self)
{
  g_return_val_if_fail (ENTENTE_IS_PARTY (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_PARTY_FIELD_TOUCHES);
}
