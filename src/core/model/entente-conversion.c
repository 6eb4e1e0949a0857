/* entente-conversion.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-conversion.h"

/* The share of records in one stage that reach the next. */

struct _EntenteConversion
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteConversion, entente_conversion, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_CONVERSION_FIELD_FROM] = { "from", ENTENTE_VALUE_REF, NULL, "from", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_REF_STAGE | ENTENTE_FIELD_TITLE, N_("From stage") },
  [ENTENTE_CONVERSION_FIELD_TO] = { "to", ENTENTE_VALUE_REF, NULL, "to", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_REF_STAGE, N_("To stage") },
  [ENTENTE_CONVERSION_FIELD_RATE] = { "rate", ENTENTE_VALUE_RATE, NULL, "rate", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Conversion rate") },
};

static void
entente_conversion_class_init (EntenteConversionClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "conversion",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_conversion_init (EntenteConversion *self)
{
}

EntenteConversion *
entente_conversion_new (void)
{
  return g_object_new (ENTENTE_TYPE_CONVERSION, NULL);
}

const char *
entente_conversion_get_from (EntenteConversion *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONVERSION (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONVERSION_FIELD_FROM);
}

const char *
entente_conversion_get_to (EntenteConversion *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONVERSION (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONVERSION_FIELD_TO);
}

double
entente_conversion_get_rate (EntenteConversion *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONVERSION (self), 0.0);

  return entente_item_get_double (ENTENTE_ITEM (self), ENTENTE_CONVERSION_FIELD_RATE);
}
