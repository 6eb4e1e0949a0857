/* entente-actuals-column.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_ACTUALS_COLUMN (entente_actuals_column_get_type ())

G_DECLARE_FINAL_TYPE (EntenteActualsColumn, entente_actuals_column, ENTENTE, ACTUALS_COLUMN, EntenteItem)

typedef enum
{
  ENTENTE_ACTUALS_COLUMN_FIELD_KEY,
  ENTENTE_ACTUALS_COLUMN_FIELD_COLUMN,
} EntenteActualsColumnField;

EntenteActualsColumn *entente_actuals_column_new        (const char           *key,
                                                         const char           *column);
const char           *entente_actuals_column_get_key    (EntenteActualsColumn *self);
const char           *entente_actuals_column_get_column (EntenteActualsColumn *self);

G_END_DECLS
