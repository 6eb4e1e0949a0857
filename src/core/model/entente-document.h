/* entente-document.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-error.h"
#include "entente-goals.h"
#include "entente-item.h"
#include "entente-meta.h"
#include "entente-party.h"
#include "entente-review.h"
#include "entente-stage.h"

G_BEGIN_DECLS

#define ENTENTE_FORMAT_MAJOR 1
#define ENTENTE_FORMAT_MINOR 0
#define ENTENTE_NAMESPACE "urn:entente:sla:1"

#define ENTENTE_TYPE_DOCUMENT (entente_document_get_type ())

G_DECLARE_FINAL_TYPE (EntenteDocument, entente_document, ENTENTE, DOCUMENT, EntenteItem)

typedef enum
{
  ENTENTE_DOCUMENT_FIELD_FORMAT,
  ENTENTE_DOCUMENT_FIELD_META,
  ENTENTE_DOCUMENT_FIELD_PARTIES,
  ENTENTE_DOCUMENT_FIELD_PERSONAS,
  ENTENTE_DOCUMENT_FIELD_STAGES,
  ENTENTE_DOCUMENT_FIELD_GOALS,
  ENTENTE_DOCUMENT_FIELD_HANDOFFS,
  ENTENTE_DOCUMENT_FIELD_PROTOCOLS,
  ENTENTE_DOCUMENT_FIELD_REVIEW,
  ENTENTE_DOCUMENT_FIELD_APPROVALS,
  ENTENTE_DOCUMENT_FIELD_COMMENTS,
  ENTENTE_DOCUMENT_FIELD_MEETINGS,
  ENTENTE_DOCUMENT_FIELD_ACTUALS_MAPPING,
  ENTENTE_DOCUMENT_FIELD_CONFLICTS,
  ENTENTE_DOCUMENT_FIELD_ANCESTRY,
  ENTENTE_DOCUMENT_N_FIELDS
} EntenteDocumentField;

EntenteDocument *entente_document_new            (void);
EntenteDocument *entente_document_new_from_bytes (GBytes           *bytes,
                                                  const char       *name,
                                                  GError          **error);
EntenteDocument *entente_document_load           (GFile            *file,
                                                  GCancellable     *cancellable,
                                                  GError          **error);
GBytes          *entente_document_serialize      (EntenteDocument  *self);
gboolean         entente_document_save           (EntenteDocument  *self,
                                                  GFile            *file,
                                                  GCancellable     *cancellable,
                                                  GError          **error);

GFile           *entente_document_get_file       (EntenteDocument  *self);
const char      *entente_document_get_etag       (EntenteDocument  *self);
void             entente_document_set_file       (EntenteDocument  *self,
                                                  GFile            *file,
                                                  const char       *etag);
gboolean         entente_document_file_changed   (EntenteDocument  *self,
                                                  gboolean         *changed,
                                                  GCancellable     *cancellable,
                                                  GError          **error);
void             entente_document_set_file_as_read (EntenteDocument *self,
                                                  EntenteDocument  *read);
gboolean         entente_document_get_modified   (EntenteDocument  *self);
void             entente_document_set_modified   (EntenteDocument  *self,
                                                  gboolean          modified);
const char      *entente_document_get_format     (EntenteDocument  *self);
const char      *entente_document_get_language   (EntenteDocument  *self);
void             entente_document_set_language   (EntenteDocument  *self,
                                                  const char       *tag);
const char * const *entente_document_get_preamble (EntenteDocument *self);
void             entente_document_set_preamble   (EntenteDocument  *self,
                                                  const char * const *comments);

EntenteMeta     *entente_document_get_meta       (EntenteDocument  *self);
GListModel      *entente_document_get_parties    (EntenteDocument  *self);
GListModel      *entente_document_get_personas   (EntenteDocument  *self);
GListModel      *entente_document_get_stages     (EntenteDocument  *self);
EntenteGoals    *entente_document_get_goals      (EntenteDocument  *self);
GListModel      *entente_document_get_handoffs   (EntenteDocument  *self);
GListModel      *entente_document_get_protocols  (EntenteDocument  *self);
EntenteReview   *entente_document_get_review     (EntenteDocument  *self);
GListModel      *entente_document_get_approvals  (EntenteDocument  *self);
GListModel      *entente_document_get_comments   (EntenteDocument  *self);
GListModel      *entente_document_get_meetings   (EntenteDocument  *self);
GListModel      *entente_document_get_actuals_mapping (EntenteDocument *self);
GListModel      *entente_document_get_conflicts  (EntenteDocument  *self);
guint            entente_document_get_n_conflicts (EntenteDocument *self);
GListModel      *entente_document_get_ancestry   (EntenteDocument  *self);

EntenteParty    *entente_document_find_party     (EntenteDocument  *self,
                                                  const char       *id);
EntenteStage    *entente_document_find_stage     (EntenteDocument  *self,
                                                  const char       *id);
const char      *entente_document_stage_name     (EntenteDocument  *self,
                                                  const char       *id);
const char      *entente_document_party_team     (EntenteDocument  *self,
                                                  const char       *id);
gboolean         entente_document_check_removal  (EntenteDocument  *self,
                                                  EntenteItem      *item,
                                                  GError          **error);
guint            entente_document_count_references (EntenteDocument *self,
                                                    EntenteItem     *target);

G_END_DECLS
