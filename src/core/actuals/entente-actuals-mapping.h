/* entente-actuals-mapping.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-actuals-time.h"
#include "entente-document.h"

G_BEGIN_DECLS

/* Keys of a mapping besides stage ids. */
#define ENTENTE_ACTUALS_KEY_RECORD        "record"
#define ENTENTE_ACTUALS_KEY_OWNER         "owner"
#define ENTENTE_ACTUALS_KEY_FIRST_CONTACT "first-contact"
#define ENTENTE_ACTUALS_KEY_ATTEMPTS      "attempts"

/* Before a stage id: the column saying on which rows the stage counts. */
#define ENTENTE_ACTUALS_CONDITION_PREFIX  "if:"

typedef enum
{
  ENTENTE_ACTUALS_SOURCE_OTHER,
  ENTENTE_ACTUALS_SOURCE_HUBSPOT,
  ENTENTE_ACTUALS_SOURCE_SALESFORCE,      /* a lead report: labelled headers */
  ENTENTE_ACTUALS_SOURCE_HUBSPOT_DEALS,
  ENTENTE_ACTUALS_SOURCE_SALESFORCE_API, /* Data Loader: field names */
  ENTENTE_ACTUALS_SOURCE_PIPEDRIVE,
  ENTENTE_ACTUALS_SOURCE_ZOHO,
} EntenteActualsSource;

const char *entente_actuals_source_get_name (EntenteActualsSource source);
char       *entente_actuals_condition_key   (const char          *stage_id);
const char *entente_actuals_key_get_condition_stage (const char *key);
gboolean    entente_actuals_key_is_valid    (const char          *key,
                                             EntenteDocument     *document);

/* Which column of a CRM export holds what: a key (a stage id, or one of
 * the ENTENTE_ACTUALS_KEY_* names) maps to a column name of the header. */
typedef struct _EntenteActualsMapping EntenteActualsMapping;

EntenteActualsMapping *entente_actuals_mapping_new        (void);
EntenteActualsMapping *entente_actuals_mapping_copy       (EntenteActualsMapping *self);
void                   entente_actuals_mapping_free       (EntenteActualsMapping *self);
EntenteActualsMapping *entente_actuals_mapping_detect     (GPtrArray             *header,
                                                           EntenteDocument       *document);
EntenteActualsSource   entente_actuals_mapping_get_source (EntenteActualsMapping *self);
void                   entente_actuals_mapping_set        (EntenteActualsMapping *self,
                                                           const char            *key,
                                                           const char            *column);
const char            *entente_actuals_mapping_get        (EntenteActualsMapping *self,
                                                           const char            *key);
void                   entente_actuals_mapping_merge      (EntenteActualsMapping *self,
                                                           EntenteActualsMapping *overrides);
GStrv                  entente_actuals_mapping_get_keys   (EntenteActualsMapping *self);
gboolean               entente_actuals_mapping_is_empty   (EntenteActualsMapping *self);
gboolean               entente_actuals_mapping_parse_option (EntenteActualsMapping *self,
                                                             const char          *key_equals_column,
                                                             GError             **error);
const char            *entente_actuals_mapping_get_detected (EntenteActualsMapping *self,
                                                             const char          *key);
EntenteActualsMapping *entente_actuals_mapping_load_from_document (EntenteDocument *document);
void                   entente_actuals_mapping_apply_stored (EntenteActualsMapping *self,
                                                             EntenteDocument     *document,
                                                             GPtrArray           *header);
void                   entente_actuals_mapping_store_key    (EntenteActualsMapping *self,
                                                             const char          *key,
                                                             EntenteDocument     *document);
void                   entente_actuals_mapping_store        (EntenteActualsMapping *self,
                                                             EntenteDocument     *document);
void                   entente_actuals_mapping_set_date_order (EntenteActualsMapping *self,
                                                               int                  order);
int                    entente_actuals_mapping_get_date_order (EntenteActualsMapping *self);
void                   entente_actuals_mapping_add_note       (EntenteActualsMapping *self,
                                                               const char            *key,
                                                               char                  *note);
GPtrArray             *entente_actuals_mapping_get_notes      (EntenteActualsMapping *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteActualsMapping, entente_actuals_mapping_free)

G_END_DECLS
