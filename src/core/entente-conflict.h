/* entente-conflict.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_CONFLICT (entente_conflict_get_type ())

G_DECLARE_FINAL_TYPE (EntenteConflict, entente_conflict, ENTENTE, CONFLICT, EntenteItem)

typedef enum
{
  ENTENTE_CONFLICT_FIELD_ID,
  ENTENTE_CONFLICT_FIELD_PATH,
  ENTENTE_CONFLICT_FIELD_BASE,
  ENTENTE_CONFLICT_FIELD_OURS,
  ENTENTE_CONFLICT_FIELD_THEIRS,
} EntenteConflictField;

EntenteConflict *entente_conflict_new        (void);
const char      *entente_conflict_get_id     (EntenteConflict *self);
const char      *entente_conflict_get_path   (EntenteConflict *self);
const char      *entente_conflict_get_base   (EntenteConflict *self);
const char      *entente_conflict_get_ours   (EntenteConflict *self);
const char      *entente_conflict_get_theirs (EntenteConflict *self);

G_END_DECLS
