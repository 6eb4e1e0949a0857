/* entente-stage.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-stage.h"
#include "entente-criterion.h"

/* A stage of the funnel, the party that owns it, and the scoring criteria that qualify a record for it. */

struct _EntenteStage
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteStage, entente_stage, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_STAGE_FIELD_ID] = { "id", ENTENTE_VALUE_ID, NULL, "id", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY, N_("Id") },
  [ENTENTE_STAGE_FIELD_OWNER] = { "owner", ENTENTE_VALUE_REF, NULL, "owner", NULL, NULL, ENTENTE_FIELD_REF_PARTY, N_("Owner") },
  [ENTENTE_STAGE_FIELD_NAME] = { "name", ENTENTE_VALUE_STRING, "name", NULL, NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_TITLE, N_("Name") },
  [ENTENTE_STAGE_FIELD_DEFINITION] = { "definition", ENTENTE_VALUE_STRING, "definition", NULL, NULL, NULL, ENTENTE_FIELD_PARAGRAPH, N_("Definition") },
  [ENTENTE_STAGE_FIELD_THRESHOLD] = { "threshold", ENTENTE_VALUE_INT, "criteria", "threshold", NULL, NULL, 0, N_("Score threshold") },
  [ENTENTE_STAGE_FIELD_CRITERIA] = { "criteria", ENTENTE_VALUE_LIST, "criteria", NULL, entente_criterion_get_type, "criterion", 0, N_("Scoring criteria") },
};

static void
entente_stage_class_init (EntenteStageClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "stage",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_stage_init (EntenteStage *self)
{
}

EntenteStage *
entente_stage_new (void)
{
  return g_object_new (ENTENTE_TYPE_STAGE, NULL);
}

const char *
entente_stage_get_id (EntenteStage *self)
{
  g_return_val_if_fail (ENTENTE_IS_STAGE (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_STAGE_FIELD_ID);
}

const char *
entente_stage_get_owner (EntenteStage *self)
{
  g_return_val_if_fail (ENTENTE_IS_STAGE (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_STAGE_FIELD_OWNER);
}

const char *
entente_stage_get_name (EntenteStage *self)
{
  g_return_val_if_fail (ENTENTE_IS_STAGE (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_STAGE_FIELD_NAME);
}

const char *
entente_stage_get_definition (EntenteStage *self)
{
  g_return_val_if_fail (ENTENTE_IS_STAGE (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_STAGE_FIELD_DEFINITION);
}

int
entente_stage_get_threshold (EntenteStage *self)
{
  g_return_val_if_fail (ENTENTE_IS_STAGE (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_STAGE_FIELD_THRESHOLD);
}

GListModel *
entente_stage_get_criteria (EntenteStage *self)
{
  g_return_val_if_fail (ENTENTE_IS_STAGE (self), NULL);

  return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_STAGE_FIELD_CRITERIA);
}
