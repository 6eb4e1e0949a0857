/* entente-digest.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-approval.h"
#include "entente-document.h"
#include "entente-enums.h"
#include "entente-signing-key.h"

G_BEGIN_DECLS

/* How every digest starts: the algorithm, so that another one can follow. */
#define ENTENTE_DIGEST_PREFIX "sha256:"

char                *entente_document_compute_digest    (EntenteDocument  *doc);
void                 entente_document_remember_signed_text (EntenteDocument *doc);
GPtrArray           *entente_document_changes_since_sign_off (EntenteDocument *doc,
                                                              const char      *party_id);
EntenteSignOffState  entente_document_get_sign_off_state (EntenteDocument  *doc,
                                                          const char       *party_id,
                                                          EntenteApproval **approval_out);
EntenteApproval     *entente_document_find_approval  (EntenteDocument *doc,
                                                      const char      *party_id);
EntenteSignOffState  entente_document_check_approval (EntenteDocument *doc,
                                                      EntenteApproval *approval,
                                                      const char      *digest);
gboolean             entente_document_confirm_sign_off_key (EntenteDocument *doc,
                                                            const char      *party_id,
                                                            GError         **error);
gboolean             entente_document_can_approve       (EntenteDocument  *doc,
                                                        const char       *party_id,
                                                        GError          **error);
EntenteApproval     *entente_document_approve           (EntenteDocument  *doc,
                                                         const char       *party_id,
                                                         const char       *signer,
                                                         const char       *role,
                                                         EntenteSigningKey *key,
                                                         GError          **error);

G_END_DECLS
