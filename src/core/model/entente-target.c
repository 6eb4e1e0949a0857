/* entente-target.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-target.h"

/* A count of records a party commits to deliver into a stage each period. */

struct _EntenteTarget
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteTarget, entente_target, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_TARGET_FIELD_STAGE] = { "stage", ENTENTE_VALUE_REF, NULL, "stage", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_REF_STAGE | ENTENTE_FIELD_TITLE, N_("Stage") },
  [ENTENTE_TARGET_FIELD_COUNT] = { "count", ENTENTE_VALUE_INT, NULL, "count", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_NON_NEGATIVE, N_("Count per period") },
  [ENTENTE_TARGET_FIELD_PARTY] = { "party", ENTENTE_VALUE_REF, NULL, "party", NULL, NULL, ENTENTE_FIELD_REF_PARTY, N_("Committed by") },
};

static void
entente_target_class_init (EntenteTargetClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "target",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_target_init (EntenteTarget *self)
{
}

EntenteTarget *
entente_target_new (void)
{
  return g_object_new (ENTENTE_TYPE_TARGET, NULL);
}

const char *
entente_target_get_stage (EntenteTarget *self)
{
  g_return_val_if_fail (ENTENTE_IS_TARGET (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_TARGET_FIELD_STAGE);
}

int
entente_target_get_count (EntenteTarget *self)
{
  g_return_val_if_fail (ENTENTE_IS_TARGET (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_TARGET_FIELD_COUNT);
}

const char *
entente_target_get_party (EntenteTarget *self)
{
  g_return_val_if_fail (ENTENTE_IS_TARGET (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_TARGET_FIELD_PARTY);
}
