/* entente-approval.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-approval.h"

/* A party's sign-off on one exact content of the agreement, identified by its digest. */

struct _EntenteApproval
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteApproval, entente_approval, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_APPROVAL_FIELD_PARTY] = { "party", ENTENTE_VALUE_REF, NULL, "party", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_REF_PARTY, N_("Team") },
  [ENTENTE_APPROVAL_FIELD_SIGNER] = { "signer", ENTENTE_VALUE_STRING, NULL, "signer", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_TITLE, N_("Signer") },
  [ENTENTE_APPROVAL_FIELD_ROLE] = { "role", ENTENTE_VALUE_STRING, NULL, "role", NULL, NULL, 0, N_("Role") },
  [ENTENTE_APPROVAL_FIELD_TIME] = { "time", ENTENTE_VALUE_DATETIME, NULL, "time", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Signed at") },
  [ENTENTE_APPROVAL_FIELD_DIGEST] = { "digest", ENTENTE_VALUE_STRING, NULL, "digest", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Digest") },
};

static void
entente_approval_class_init (EntenteApprovalClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "approval",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_approval_init (EntenteApproval *self)
{
}

EntenteApproval *
entente_approval_new (void)
{
  return g_object_new (ENTENTE_TYPE_APPROVAL, NULL);
}

const char *
entente_approval_get_party (EntenteApproval *self)
{
  g_return_val_if_fail (ENTENTE_IS_APPROVAL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_APPROVAL_FIELD_PARTY);
}

const char *
entente_approval_get_signer (EntenteApproval *self)
{
  g_return_val_if_fail (ENTENTE_IS_APPROVAL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_APPROVAL_FIELD_SIGNER);
}

const char *
entente_approval_get_role (EntenteApproval *self)
{
  g_return_val_if_fail (ENTENTE_IS_APPROVAL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_APPROVAL_FIELD_ROLE);
}

GDateTime *
entente_approval_get_time (EntenteApproval *self)
{
  g_return_val_if_fail (ENTENTE_IS_APPROVAL (self), NULL);

  return (GDateTime *) entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_APPROVAL_FIELD_TIME);
}

const char *
entente_approval_get_digest (EntenteApproval *self)
{
  g_return_val_if_fail (ENTENTE_IS_APPROVAL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_APPROVAL_FIELD_DIGEST);
}
