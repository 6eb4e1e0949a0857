/* entente-enums.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The nick of every value (derived by glib-mkenums from its name) is the
 * spelling used in the .entente format, so the reader and writer need no
 * table of their own. */

typedef enum
{
  ENTENTE_PARTY_KIND_MARKETING,
  ENTENTE_PARTY_KIND_SALES_DEVELOPMENT,
  ENTENTE_PARTY_KIND_SALES,
  ENTENTE_PARTY_KIND_MARKETING_OPERATIONS,
  ENTENTE_PARTY_KIND_CUSTOMER_SUCCESS,
  ENTENTE_PARTY_KIND_OTHER,
} EntentePartyKind;

typedef enum
{
  ENTENTE_SENIORITY_UNSET,
  ENTENTE_SENIORITY_OWNER,
  ENTENTE_SENIORITY_EXECUTIVE,
  ENTENTE_SENIORITY_VP,
  ENTENTE_SENIORITY_DIRECTOR,
  ENTENTE_SENIORITY_MANAGER,
  ENTENTE_SENIORITY_INDIVIDUAL,
} EntenteSeniority;

typedef enum
{
  ENTENTE_CRITERION_KIND_FIT,
  ENTENTE_CRITERION_KIND_ENGAGEMENT,
  ENTENTE_CRITERION_KIND_NEGATIVE,
} EntenteCriterionKind;

typedef enum
{
  ENTENTE_ROUTING_UNSET,
  ENTENTE_ROUTING_ROUND_ROBIN,
  ENTENTE_ROUTING_TERRITORY,
  ENTENTE_ROUTING_ACCOUNT_OWNER,
  ENTENTE_ROUTING_MANUAL,
} EntenteRouting;

typedef enum
{
  ENTENTE_PERIOD_MONTH,
  ENTENTE_PERIOD_WEEK,
  ENTENTE_PERIOD_QUARTER,
  ENTENTE_PERIOD_YEAR,
} EntentePeriod;

typedef enum
{
  ENTENTE_CADENCE_MONTHLY,
  ENTENTE_CADENCE_WEEKLY,
  ENTENTE_CADENCE_BIWEEKLY,
  ENTENTE_CADENCE_QUARTERLY,
} EntenteCadence;

/* Why a recorded meeting has no compliance for a protocol: the names
 * entente-cli report's JSON gives as "reason". */
typedef enum
{
  ENTENTE_NOT_MEASURED_NONE,
  ENTENTE_NOT_MEASURED_STAGE_NOT_MAPPED,
  ENTENTE_NOT_MEASURED_FIRST_CONTACT_NOT_MAPPED,
} EntenteNotMeasured;

typedef enum
{
  ENTENTE_SEVERITY_ERROR,
  ENTENTE_SEVERITY_WARNING,
  ENTENTE_SEVERITY_SUGGESTION,
} EntenteSeverity;

typedef enum /*< flags >*/
{
  ENTENTE_WEEKDAYS_NONE = 0,
  ENTENTE_WEEKDAYS_MON  = 1 << 0,
  ENTENTE_WEEKDAYS_TUE  = 1 << 1,
  ENTENTE_WEEKDAYS_WED  = 1 << 2,
  ENTENTE_WEEKDAYS_THU  = 1 << 3,
  ENTENTE_WEEKDAYS_FRI  = 1 << 4,
  ENTENTE_WEEKDAYS_SAT  = 1 << 5,
  ENTENTE_WEEKDAYS_SUN  = 1 << 6,
} EntenteWeekdays;

/* Where a party's sign-off stands against the current content. */
typedef enum
{
  ENTENTE_SIGN_OFF_NOT_SIGNED,
  ENTENTE_SIGN_OFF_SIGNED,       /* valid: verifies, unchanged, by a key known for the signer */
  ENTENTE_SIGN_OFF_OUTDATED,     /* verifies, but the content changed since */
  ENTENTE_SIGN_OFF_NEW_KEY,      /* verifies, unchanged, by a person whose key is not known yet */
  ENTENTE_SIGN_OFF_KEY_CHANGED,  /* verifies, unchanged, by a known person with another key */
  ENTENTE_SIGN_OFF_INVALID,      /* the signature does not verify: tampered */
  ENTENTE_SIGN_OFF_UNVERIFIED,   /* made before sign-offs were signed */
} EntenteSignOffState;

/* Which version of a merge conflict to keep, see
 * entente_document_resolve_conflict(). */
typedef enum
{
  ENTENTE_CONFLICT_TAKE_OURS,
  ENTENTE_CONFLICT_TAKE_THEIRS,
  ENTENTE_CONFLICT_TAKE_BASE,
} EntenteConflictChoice;

G_END_DECLS
