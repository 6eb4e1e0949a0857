/* entente-accountability.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_ACCOUNTABILITY (entente_accountability_get_type ())

G_DECLARE_FINAL_TYPE (EntenteAccountability, entente_accountability, ENTENTE, ACCOUNTABILITY, EntenteItem)

typedef enum
{
  ENTENTE_ACCOUNTABILITY_FIELD_PARTY,
  ENTENTE_ACCOUNTABILITY_FIELD_TEXT,
} EntenteAccountabilityField;

EntenteAccountability *entente_accountability_new       (void);
const char            *entente_accountability_get_party (EntenteAccountability *self);
const char            *entente_accountability_get_text  (EntenteAccountability *self);

G_END_DECLS
