/* entente-conflict.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
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
  ENTENTE_CONFLICT_FIELD_OURS_NAME,
  ENTENTE_CONFLICT_FIELD_THEIRS_NAME,
  ENTENTE_CONFLICT_FIELD_NO_BASE,
} EntenteConflictField;

EntenteConflict *entente_conflict_new        (void);
const char      *entente_conflict_get_id     (EntenteConflict *self);
const char      *entente_conflict_get_path   (EntenteConflict *self);
const char      *entente_conflict_get_base   (EntenteConflict *self);
const char      *entente_conflict_get_ours   (EntenteConflict *self);
const char      *entente_conflict_get_theirs (EntenteConflict *self);
gboolean         entente_conflict_has_base   (EntenteConflict *self);
const char      *entente_conflict_get_version (EntenteConflict       *self,
                                              EntenteConflictChoice  version);
const char      *entente_conflict_get_ours_name   (EntenteConflict *self);
const char      *entente_conflict_get_theirs_name (EntenteConflict *self);

G_END_DECLS
