/* entente-conversion.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_CONVERSION (entente_conversion_get_type ())

G_DECLARE_FINAL_TYPE (EntenteConversion, entente_conversion, ENTENTE, CONVERSION, EntenteItem)

typedef enum
{
  ENTENTE_CONVERSION_FIELD_FROM,
  ENTENTE_CONVERSION_FIELD_TO,
  ENTENTE_CONVERSION_FIELD_RATE,
} EntenteConversionField;

EntenteConversion *entente_conversion_new      (void);
const char        *entente_conversion_get_from (EntenteConversion *self);
const char        *entente_conversion_get_to   (EntenteConversion *self);
double             entente_conversion_get_rate (EntenteConversion *self);

G_END_DECLS
