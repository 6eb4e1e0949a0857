/* entente-accountability.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-accountability.h"

/* What a party commits to do when it misses its part of the agreement. */

struct _EntenteAccountability
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteAccountability, entente_accountability, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_ACCOUNTABILITY_FIELD_PARTY] = { "party", ENTENTE_VALUE_REF, NULL, "party", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_REF_PARTY | ENTENTE_FIELD_TITLE, N_("Team") },
  [ENTENTE_ACCOUNTABILITY_FIELD_TEXT] = { "text", ENTENTE_VALUE_STRING, NULL, NULL, NULL, NULL, ENTENTE_FIELD_PARAGRAPH, N_("Commitment") },
};

static void
entente_accountability_class_init (EntenteAccountabilityClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "accountability",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_accountability_init (EntenteAccountability *self)
{
}

EntenteAccountability *
entente_accountability_new (void)
{
  return g_object_new (ENTENTE_TYPE_ACCOUNTABILITY, NULL);
}

const char *
entente_accountability_get_party (EntenteAccountability *self)
{
  g_return_val_if_fail (ENTENTE_IS_ACCOUNTABILITY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_ACCOUNTABILITY_FIELD_PARTY);
}

const char *
entente_accountability_get_text (EntenteAccountability *self)
{
  g_return_val_if_fail (ENTENTE_IS_ACCOUNTABILITY (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_ACCOUNTABILITY_FIELD_TEXT);
}
