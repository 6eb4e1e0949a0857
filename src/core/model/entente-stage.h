/* entente-stage.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_STAGE (entente_stage_get_type ())

G_DECLARE_FINAL_TYPE (EntenteStage, entente_stage, ENTENTE, STAGE, EntenteItem)

typedef enum
{
  ENTENTE_STAGE_FIELD_ID,
  ENTENTE_STAGE_FIELD_OWNER,
  ENTENTE_STAGE_FIELD_NAME,
  ENTENTE_STAGE_FIELD_DEFINITION,
  ENTENTE_STAGE_FIELD_THRESHOLD,
  ENTENTE_STAGE_FIELD_CRITERIA,
} EntenteStageField;

EntenteStage *entente_stage_new            (void);
const char   *entente_stage_get_id         (EntenteStage *self);
const char   *entente_stage_get_owner      (EntenteStage *self);
const char   *entente_stage_get_name       (EntenteStage *self);
const char   *entente_stage_get_definition (EntenteStage *self);
int           entente_stage_get_threshold  (EntenteStage *self);
GListModel   *entente_stage_get_criteria   (EntenteStage *self);

G_END_DECLS
