/* entente-approval.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_APPROVAL (entente_approval_get_type ())

G_DECLARE_FINAL_TYPE (EntenteApproval, entente_approval, ENTENTE, APPROVAL, EntenteItem)

typedef enum
{
  ENTENTE_APPROVAL_FIELD_PARTY,
  ENTENTE_APPROVAL_FIELD_SIGNER,
  ENTENTE_APPROVAL_FIELD_ROLE,
  ENTENTE_APPROVAL_FIELD_TIME,
  ENTENTE_APPROVAL_FIELD_DIGEST,
  ENTENTE_APPROVAL_FIELD_KEY,
  ENTENTE_APPROVAL_FIELD_SIGNATURE,
} EntenteApprovalField;

/* What a signature covers starts with this line; see
 * entente_approval_signed_bytes(). */
#define ENTENTE_APPROVAL_SIGNED_TAG "entente-approval-1"

EntenteApproval *entente_approval_new        (void);
const char      *entente_approval_get_party  (EntenteApproval *self);
const char      *entente_approval_get_signer (EntenteApproval *self);
const char      *entente_approval_get_role   (EntenteApproval *self);
GDateTime       *entente_approval_get_time   (EntenteApproval *self);
const char      *entente_approval_get_digest (EntenteApproval *self);

const char      *entente_approval_get_key       (EntenteApproval *self);
const char      *entente_approval_get_signature (EntenteApproval *self);
GBytes          *entente_approval_signed_bytes  (EntenteApproval *self);

G_END_DECLS
