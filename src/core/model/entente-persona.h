/* entente-persona.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_PERSONA (entente_persona_get_type ())

G_DECLARE_FINAL_TYPE (EntentePersona, entente_persona, ENTENTE, PERSONA, EntenteItem)

typedef enum
{
  ENTENTE_PERSONA_FIELD_ID,
  ENTENTE_PERSONA_FIELD_NAME,
  ENTENTE_PERSONA_FIELD_SUMMARY,
  ENTENTE_PERSONA_FIELD_JOB_TITLES,
  ENTENTE_PERSONA_FIELD_SENIORITY,
  ENTENTE_PERSONA_FIELD_COMPANY_SIZE_MIN,
  ENTENTE_PERSONA_FIELD_COMPANY_SIZE_MAX,
  ENTENTE_PERSONA_FIELD_ANNUAL_REVENUE_MIN,
  ENTENTE_PERSONA_FIELD_ANNUAL_REVENUE_MAX,
  ENTENTE_PERSONA_FIELD_INDUSTRIES,
  ENTENTE_PERSONA_FIELD_REGIONS,
  ENTENTE_PERSONA_FIELD_PAINS,
  ENTENTE_PERSONA_FIELD_GOALS,
  ENTENTE_PERSONA_FIELD_TRIGGERS,
  ENTENTE_PERSONA_FIELD_OBJECTIONS,
  ENTENTE_PERSONA_FIELD_DISQUALIFIERS,
  ENTENTE_PERSONA_FIELD_EXAMPLE,
} EntentePersonaField;

EntentePersona     *entente_persona_new                    (void);
const char         *entente_persona_get_id                 (EntentePersona *self);
const char         *entente_persona_get_name               (EntentePersona *self);
const char         *entente_persona_get_summary            (EntentePersona *self);
const char * const *entente_persona_get_job_titles         (EntentePersona *self);
EntenteSeniority    entente_persona_get_seniority          (EntentePersona *self);
int                 entente_persona_get_company_size_min   (EntentePersona *self);
int                 entente_persona_get_company_size_max   (EntentePersona *self);
double              entente_persona_get_annual_revenue_min (EntentePersona *self);
double              entente_persona_get_annual_revenue_max (EntentePersona *self);
const char * const *entente_persona_get_industries         (EntentePersona *self);
const char * const *entente_persona_get_regions            (EntentePersona *self);
const char * const *entente_persona_get_pains              (EntentePersona *self);
const char * const *entente_persona_get_goals              (EntentePersona *self);
const char * const *entente_persona_get_triggers           (EntentePersona *self);
const char * const *entente_persona_get_objections         (EntentePersona *self);
const char * const *entente_persona_get_disqualifiers      (EntentePersona *self);

G_END_DECLS
