/* entente-persona.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-persona.h"
#include "entente-enum-types.h"

/* A buyer persona of the ideal customer profile. */

struct _EntentePersona
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntentePersona, entente_persona, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_PERSONA_FIELD_ID] = { "id", ENTENTE_VALUE_ID, NULL, "id", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY, N_("Id") },
  [ENTENTE_PERSONA_FIELD_NAME] = { "name", ENTENTE_VALUE_STRING, "name", NULL, NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_TITLE, N_("Name") },
  [ENTENTE_PERSONA_FIELD_SUMMARY] = { "summary", ENTENTE_VALUE_STRING, "summary", NULL, NULL, NULL, ENTENTE_FIELD_PARAGRAPH, N_("Summary") },
  [ENTENTE_PERSONA_FIELD_JOB_TITLES] = { "job-titles", ENTENTE_VALUE_STRV, "job-titles", NULL, NULL, "item", 0, N_("Job titles") },
  [ENTENTE_PERSONA_FIELD_SENIORITY] = { "seniority", ENTENTE_VALUE_ENUM, "seniority", NULL, entente_seniority_get_type, NULL, 0, N_("Seniority") },
  [ENTENTE_PERSONA_FIELD_COMPANY_SIZE_MIN] = { "company-size-min", ENTENTE_VALUE_INT, "company-size", "min", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE, N_("Company size from") },
  [ENTENTE_PERSONA_FIELD_COMPANY_SIZE_MAX] = { "company-size-max", ENTENTE_VALUE_INT, "company-size", "max", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE, N_("Company size up to") },
  [ENTENTE_PERSONA_FIELD_ANNUAL_REVENUE_MIN] = { "annual-revenue-min", ENTENTE_VALUE_DECIMAL, "annual-revenue", "min", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MONEY, N_("Annual revenue from") },
  [ENTENTE_PERSONA_FIELD_ANNUAL_REVENUE_MAX] = { "annual-revenue-max", ENTENTE_VALUE_DECIMAL, "annual-revenue", "max", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MONEY, N_("Annual revenue up to") },
  [ENTENTE_PERSONA_FIELD_INDUSTRIES] = { "industries", ENTENTE_VALUE_STRV, "industries", NULL, NULL, "item", 0, N_("Industries") },
  [ENTENTE_PERSONA_FIELD_REGIONS] = { "regions", ENTENTE_VALUE_STRV, "regions", NULL, NULL, "item", 0, N_("Regions") },
  [ENTENTE_PERSONA_FIELD_PAINS] = { "pains", ENTENTE_VALUE_STRV, "pains", NULL, NULL, "item", 0, N_("Pains") },
  [ENTENTE_PERSONA_FIELD_GOALS] = { "goals", ENTENTE_VALUE_STRV, "goals", NULL, NULL, "item", 0, N_("Goals") },
  [ENTENTE_PERSONA_FIELD_TRIGGERS] = { "triggers", ENTENTE_VALUE_STRV, "triggers", NULL, NULL, "item", 0, N_("Buying triggers") },
  [ENTENTE_PERSONA_FIELD_OBJECTIONS] = { "objections", ENTENTE_VALUE_STRV, "objections", NULL, NULL, "item", 0, N_("Objections") },
  [ENTENTE_PERSONA_FIELD_DISQUALIFIERS] = { "disqualifiers", ENTENTE_VALUE_STRV, "disqualifiers", NULL, NULL, "item", 0, N_("Disqualifiers") },
  /* Marks a template's example persona, see entente-example.c. */
  [ENTENTE_PERSONA_FIELD_EXAMPLE] = { "example", ENTENTE_VALUE_ID, NULL, "example", NULL, NULL, ENTENTE_FIELD_NOT_CONTENT, N_("Example") },
};

static void
entente_persona_class_init (EntentePersonaClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "persona",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_persona_init (EntentePersona *self)
{
}

EntentePersona *
entente_persona_new (void)
{
  return g_object_new (ENTENTE_TYPE_PERSONA, NULL);
}

const char *
entente_persona_get_id (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_ID);
}

const char *
entente_persona_get_name (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_NAME);
}

const char *
entente_persona_get_summary (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_SUMMARY);
}

const char * const *
entente_persona_get_job_titles (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_JOB_TITLES);
}

EntenteSeniority
entente_persona_get_seniority (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), 0);

  return (EntenteSeniority) entente_item_get_enum (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_SENIORITY);
}

int
entente_persona_get_company_size_min (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_COMPANY_SIZE_MIN);
}

int
entente_persona_get_company_size_max (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_COMPANY_SIZE_MAX);
}

double
entente_persona_get_annual_revenue_min (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), 0.0);

  return entente_item_get_double (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_ANNUAL_REVENUE_MIN);
}

double
entente_persona_get_annual_revenue_max (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), 0.0);

  return entente_item_get_double (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_ANNUAL_REVENUE_MAX);
}

const char * const *
entente_persona_get_industries (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_INDUSTRIES);
}

const char * const *
entente_persona_get_regions (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_REGIONS);
}

const char * const *
entente_persona_get_pains (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_PAINS);
}

const char * const *
entente_persona_get_goals (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_GOALS);
}

const char * const *
entente_persona_get_triggers (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_TRIGGERS);
}

const char * const *
entente_persona_get_objections (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_OBJECTIONS);
}

const char * const *
entente_persona_get_disqualifiers (EntentePersona *self)
{
  g_return_val_if_fail (ENTENTE_IS_PERSONA (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_PERSONA_FIELD_DISQUALIFIERS);
}
