/* entente-merge-sign-offs.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"
#include "entente-enums.h"

G_BEGIN_DECLS

/**
 * EntenteLostSignOff:
 * @party: the id of the party whose sign-off a merge took away
 * @signer: (nullable): who had signed for it
 * @before: its state in the side where it held (ours when it held in both)
 * @after: its state in the result: outdated or invalid
 */
typedef struct
{
  char                *party;
  char                *signer;
  EntenteSignOffState  before;
  EntenteSignOffState  after;
} EntenteLostSignOff;

void       entente_lost_sign_off_free       (EntenteLostSignOff *self);
GPtrArray *entente_merge_find_lost_sign_offs (EntenteDocument    *ours,
                                              EntenteDocument    *theirs,
                                              EntenteDocument    *merged);
char      *entente_lost_sign_off_describe   (EntenteDocument    *merged,
                                             const EntenteLostSignOff *lost);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteLostSignOff, entente_lost_sign_off_free)

G_END_DECLS
