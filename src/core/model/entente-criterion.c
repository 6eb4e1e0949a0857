/* entente-criterion.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-criterion.h"
#include "entente-enum-types.h"

/* One scoring criterion of a stage: points given (or taken, when negative) for a fit or engagement signal. */

struct _EntenteCriterion
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteCriterion, entente_criterion, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_CRITERION_FIELD_KIND] = { "kind", ENTENTE_VALUE_ENUM, NULL, "kind", entente_criterion_kind_get_type, NULL, ENTENTE_FIELD_REQUIRED, N_("Kind") },
  [ENTENTE_CRITERION_FIELD_POINTS] = { "points", ENTENTE_VALUE_INT, NULL, "points", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Points") },
  [ENTENTE_CRITERION_FIELD_TEXT] = { "text", ENTENTE_VALUE_STRING, NULL, NULL, NULL, NULL, ENTENTE_FIELD_TITLE, N_("Criterion") },
};

static void
entente_criterion_class_init (EntenteCriterionClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "criterion",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_criterion_init (EntenteCriterion *self)
{
}

EntenteCriterion *
entente_criterion_new (void)
{
  return g_object_new (ENTENTE_TYPE_CRITERION, NULL);
}

EntenteCriterionKind
entente_criterion_get_kind (EntenteCriterion *self)
{
  g_return_val_if_fail (ENTENTE_IS_CRITERION (self), 0);

  return (EntenteCriterionKind) entente_item_get_enum (ENTENTE_ITEM (self), ENTENTE_CRITERION_FIELD_KIND);
}

int
entente_criterion_get_points (EntenteCriterion *self)
{
  g_return_val_if_fail (ENTENTE_IS_CRITERION (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_CRITERION_FIELD_POINTS);
}

const char *
entente_criterion_get_text (EntenteCriterion *self)
{
  g_return_val_if_fail (ENTENTE_IS_CRITERION (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CRITERION_FIELD_TEXT);
}
