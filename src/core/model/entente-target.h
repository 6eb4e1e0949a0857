/* entente-target.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_TARGET (entente_target_get_type ())

G_DECLARE_FINAL_TYPE (EntenteTarget, entente_target, ENTENTE, TARGET, EntenteItem)

typedef enum
{
  ENTENTE_TARGET_FIELD_STAGE,
  ENTENTE_TARGET_FIELD_COUNT,
  ENTENTE_TARGET_FIELD_PARTY,
} EntenteTargetField;

EntenteTarget *entente_target_new       (void);
const char    *entente_target_get_stage (EntenteTarget *self);
int            entente_target_get_count (EntenteTarget *self);
const char    *entente_target_get_party (EntenteTarget *self);

G_END_DECLS
