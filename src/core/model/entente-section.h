/* entente-section.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

/* The parts an agreement is read and edited in: the wizard's steps, in
 * the order the sidebar shows them, then the parts of the file that no
 * step shows as its own. */
typedef enum
{
  ENTENTE_SECTION_OVERVIEW,
  ENTENTE_SECTION_PERSONAS,
  ENTENTE_SECTION_LEAD_DEFINITIONS,
  ENTENTE_SECTION_GOALS,
  ENTENTE_SECTION_HANDOFF,
  ENTENTE_SECTION_LEAD_MANAGEMENT,
  ENTENTE_SECTION_REVIEW,
  ENTENTE_SECTION_APPROVALS,
  ENTENTE_SECTION_COMMENTS,
  ENTENTE_SECTION_MONTHLY_REVIEW,
  ENTENTE_SECTION_MEETINGS,
  ENTENTE_SECTION_CONFLICTS,
  ENTENTE_N_SECTIONS,
} EntenteSection;

/* The sections that are steps of the wizard come first. */
#define ENTENTE_N_STEPS (ENTENTE_SECTION_REVIEW + 1)

#define ENTENTE_SECTION_MAX_FIELDS 2

typedef struct
{
  EntenteSection        section;
  const char           *id;       /* in comment anchors, findings and changes */
  const char           *title;    /* N_(): "Lead definitions" */
  EntenteSection        step;     /* the step that shows it: itself for a step */
  guint                 n_fields;
  EntenteDocumentField  fields[ENTENTE_SECTION_MAX_FIELDS]; /* the parts of the document it shows */
} EntenteSectionInfo;

const EntenteSectionInfo *entente_section_get_info      (EntenteSection        section);
const char               *entente_section_get_id        (EntenteSection        section);
const char               *entente_section_get_title     (EntenteSection        section);
const char               *entente_section_title_for_id (const char          *id);
gboolean                  entente_section_is_step       (EntenteSection        section);
gboolean                  entente_section_from_id       (const char           *id,
                                                         EntenteSection       *section);
gboolean                  entente_section_resolve_name  (const char           *name,
                                                         EntenteSection       *section,
                                                         EntenteDocumentField *field);
const char               *entente_section_name_of_field (EntenteDocumentField field);
gboolean                  entente_section_of_field      (EntenteDocumentField  field,
                                                         EntenteSection       *section);
EntenteSection            entente_section_of_item       (EntenteItem          *item);

G_END_DECLS
