/* entente-sign-off-state.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-approval.h"
#include "entente-document.h"
#include "entente-enums.h"

G_BEGIN_DECLS

const char          *entente_sign_off_state_word         (EntenteSignOffState  state);
const char          *entente_sign_off_state_explanation  (EntenteSignOffState  state);
gboolean             entente_sign_off_state_holds        (EntenteSignOffState  state);
GDateTime           *entente_approval_get_local_time     (EntenteApproval     *approval,
                                                          EntenteDocument     *doc);

G_END_DECLS
