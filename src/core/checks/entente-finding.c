/* entente-finding.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "entente-finding.h"

G_DEFINE_BOXED_TYPE (EntenteFinding, entente_finding, entente_finding_copy, entente_finding_free)

/**
 * entente_finding_new:
 * @message: (transfer full): the sentence
 */
EntenteFinding *
entente_finding_new (const char      *code,
                     EntenteSeverity  severity,
                     const char      *section,
                     EntenteItem     *item,
                     const char      *field,
                     char            *message)
{
  EntenteFinding *self = g_new0 (EntenteFinding, 1);

  self->code = g_strdup (code);
  self->severity = severity;
  self->section = g_strdup (section);
  self->item = item ? g_object_ref (item) : NULL;
  self->field = g_strdup (field);
  self->message = message;

  return self;
}

EntenteFinding *
entente_finding_copy (const EntenteFinding *self)
{
  return entente_finding_new (self->code, self->severity, self->section, self->item, self->field,
                              g_strdup (self->message));
}

void
entente_finding_free (EntenteFinding *self)
{
  if (self == NULL)
    return;

  g_free (self->code);
  g_free (self->section);
  g_clear_object (&self->item);
  g_free (self->field);
  g_free (self->message);
  g_free (self);
}

/**
 * entente_finding_item_key:
 *
 * Returns: (transfer full) (nullable): how scripts name the item: its id,
 *   or the stage or party that keys it, or "from>to" for a conversion
 */
char *
entente_finding_item_key (const EntenteFinding *self)
{
  EntenteItemClass *klass;

  if (self->item == NULL)
    return NULL;

  if (ENTENTE_IS_CONVERSION (self->item))
    return g_strdup_printf ("%s>%s", entente_conversion_get_from (ENTENTE_CONVERSION (self->item)),
                            entente_conversion_get_to (ENTENTE_CONVERSION (self->item)));

  klass = ENTENTE_ITEM_GET_CLASS (self->item);
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & ENTENTE_FIELD_KEY)
      return g_strdup (entente_item_get_string (self->item, i));

  return g_strdup (klass->element);
}
