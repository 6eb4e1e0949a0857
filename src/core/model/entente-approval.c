/* entente-approval.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include <string.h>

#include "entente-approval.h"
#include "entente-item-private.h"
#include "entente-value.h"

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
  /* The signer's Ed25519 public key and signature, base64; absent from
   * sign-offs made before Entente signed them, which read as unverified. */
  [ENTENTE_APPROVAL_FIELD_KEY] = { "key", ENTENTE_VALUE_STRING, NULL, "key", NULL, NULL, ENTENTE_FIELD_PUBLIC_KEY, N_("Signing key") },
  [ENTENTE_APPROVAL_FIELD_SIGNATURE] = { "signature", ENTENTE_VALUE_STRING, NULL, "signature", NULL, NULL, ENTENTE_FIELD_SIGNATURE, N_("Signature") },
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

const char *
entente_approval_get_key (EntenteApproval *self)
{
  g_return_val_if_fail (ENTENTE_IS_APPROVAL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_APPROVAL_FIELD_KEY);
}

const char *
entente_approval_get_signature (EntenteApproval *self)
{
  g_return_val_if_fail (ENTENTE_IS_APPROVAL (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_APPROVAL_FIELD_SIGNATURE);
}

static void
append_field (GString    *s,
              const char *value)
{
  value = value != NULL ? value : "";
  g_string_append_printf (s, "%" G_GSIZE_FORMAT ":%s\n", strlen (value), value);
}

/**
 * entente_approval_signed_bytes:
 *
 * The bytes an approval's signature covers, fixed so that another
 * program can check it: the line "entente-approval-1", then the content
 * digest, the party's id, the signer's name, the role (empty when there
 * is none) and the time as the file writes it (YYYY-MM-DDTHH:MM:SSZ),
 * each as its length in bytes in decimal, ":", its UTF-8 bytes and a
 * line feed.  The party and the digest being inside, a signature copied
 * to another party or another agreement does not verify there.
 *
 * Returns: (transfer full): those bytes
 */
GBytes *
entente_approval_signed_bytes (EntenteApproval *self)
{
  const EntenteField *time_field = &ENTENTE_ITEM_GET_CLASS (self)->fields[ENTENTE_APPROVAL_FIELD_TIME];
  g_autofree char *time = entente_value_to_string (time_field,
                                                   entente_item_peek_value (ENTENTE_ITEM (self), ENTENTE_APPROVAL_FIELD_TIME));
  GString *s = g_string_new (ENTENTE_APPROVAL_SIGNED_TAG "\n");

  g_return_val_if_fail (ENTENTE_IS_APPROVAL (self), NULL);

  append_field (s, entente_approval_get_digest (self));
  append_field (s, entente_approval_get_party (self));
  append_field (s, entente_approval_get_signer (self));
  append_field (s, entente_approval_get_role (self));
  append_field (s, time);

  return g_string_free_to_bytes (s);
}
