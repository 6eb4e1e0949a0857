/* entente-sign-off-words.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-approval.h"
#include "entente-document.h"
#include "entente-enums.h"
#include "entente-locale.h"
#include "entente-party.h"

G_BEGIN_DECLS

const char *entente_sign_off_state_label    (EntenteLocale       *locale,
                                             EntenteSignOffState  state);
char       *entente_sign_off_state_describe (EntenteLocale       *locale,
                                             EntenteDocument     *document,
                                             EntenteSignOffState  state,
                                             EntenteApproval     *approval,
                                             const char          *when);
char       *entente_sign_off_state_advice   (EntenteLocale       *locale,
                                             EntenteSignOffState  state,
                                             EntenteApproval     *approval);
char       *entente_sign_off_fingerprint    (EntenteApproval     *approval);
char       *entente_sign_off_leader_warning (EntenteLocale       *locale,
                                             EntenteParty        *party,
                                             const char          *signer);

const char *entente_sign_off_state_word        (EntenteSignOffState  state);
const char *entente_sign_off_state_explanation (EntenteSignOffState  state);
gboolean    entente_sign_off_state_holds       (EntenteSignOffState  state);
gboolean    entente_sign_off_state_wants_lines (EntenteSignOffState  state);
gboolean    entente_sign_off_state_asks_confirmation (EntenteSignOffState state);
GDateTime  *entente_approval_get_local_time    (EntenteApproval     *approval,
                                                EntenteDocument     *doc);

G_END_DECLS
