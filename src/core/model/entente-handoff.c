/* entente-handoff.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-handoff.h"
#include "entente-enum-types.h"

/* How records of a stage pass to a receiving party: routing, acceptance window, required fields and rejection reasons. */

struct _EntenteHandoff
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteHandoff, entente_handoff, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_HANDOFF_FIELD_ID] = { "id", ENTENTE_VALUE_ID, NULL, "id", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_TITLE, N_("Id") },
  [ENTENTE_HANDOFF_FIELD_FROM] = { "from", ENTENTE_VALUE_REF, NULL, "from", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_REF_STAGE, N_("Stage handed off") },
  [ENTENTE_HANDOFF_FIELD_TO] = { "to", ENTENTE_VALUE_REF, NULL, "to", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_REF_PARTY, N_("Receiving team") },
  [ENTENTE_HANDOFF_FIELD_ROUTING] = { "routing", ENTENTE_VALUE_ENUM, "routing", NULL, entente_routing_get_type, NULL, 0, N_("Routing") },
  [ENTENTE_HANDOFF_FIELD_ACCEPT_WITHIN] = { "accept-within", ENTENTE_VALUE_DURATION, "accept-within", NULL, NULL, NULL, 0, N_("Accept or reject within") },
  [ENTENTE_HANDOFF_FIELD_ACCEPT_WITHIN_BUSINESS_HOURS] = { "accept-within-business-hours", ENTENTE_VALUE_BOOLEAN, "accept-within", "business-hours", NULL, NULL, 0, N_("Counted in business hours") },
  [ENTENTE_HANDOFF_FIELD_REQUIRED_FIELDS] = { "required-fields", ENTENTE_VALUE_STRV, "required-fields", NULL, NULL, "item", 0, N_("Required fields") },
  [ENTENTE_HANDOFF_FIELD_REJECTION_REASONS] = { "rejection-reasons", ENTENTE_VALUE_STRV, "rejection-reasons", NULL, NULL, "item", 0, N_("Rejection reasons") },
  [ENTENTE_HANDOFF_FIELD_NOTES] = { "notes", ENTENTE_VALUE_STRING, "notes", NULL, NULL, NULL, ENTENTE_FIELD_PARAGRAPH, N_("Notes") },
};

static void
entente_handoff_class_init (EntenteHandoffClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "handoff",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_handoff_init (EntenteHandoff *self)
{
}

EntenteHandoff *
entente_handoff_new (void)
{
  return g_object_new (ENTENTE_TYPE_HANDOFF, NULL);
}

const char *
entente_handoff_get_id (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_ID);
}

const char *
entente_handoff_get_from (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_FROM);
}

const char *
entente_handoff_get_to (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_TO);
}

EntenteRouting
entente_handoff_get_routing (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), 0);

  return (EntenteRouting) entente_item_get_enum (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_ROUTING);
}

const EntenteDuration *
entente_handoff_get_accept_within (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), NULL);

  return entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_ACCEPT_WITHIN);
}

gboolean
entente_handoff_get_accept_within_business_hours (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), FALSE);

  return entente_item_get_boolean (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_ACCEPT_WITHIN_BUSINESS_HOURS);
}

const char * const *
entente_handoff_get_required_fields (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_REQUIRED_FIELDS);
}

const char * const *
entente_handoff_get_rejection_reasons (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_REJECTION_REASONS);
}

const char *
entente_handoff_get_notes (EntenteHandoff *self)
{
  g_return_val_if_fail (ENTENTE_IS_HANDOFF (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_HANDOFF_FIELD_NOTES);
}
