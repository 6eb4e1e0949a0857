/* entente-criterion.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_CRITERION (entente_criterion_get_type ())

G_DECLARE_FINAL_TYPE (EntenteCriterion, entente_criterion, ENTENTE, CRITERION, EntenteItem)

typedef enum
{
  ENTENTE_CRITERION_FIELD_KIND,
  ENTENTE_CRITERION_FIELD_POINTS,
  ENTENTE_CRITERION_FIELD_TEXT,
} EntenteCriterionField;

EntenteCriterion     *entente_criterion_new        (void);
EntenteCriterionKind  entente_criterion_get_kind   (EntenteCriterion *self);
int                   entente_criterion_get_points (EntenteCriterion *self);
const char           *entente_criterion_get_text   (EntenteCriterion *self);

G_END_DECLS
