/* entente-agreement-sections.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-agreement-layout.h"
#include "entente-document.h"
#include "entente-flow-writer.h"

G_BEGIN_DECLS

/* What each part of the printed agreement says, below its heading, for
 * entente-agreement-layout.c.  Not installed: the layout is the API. */

typedef void (*EntenteAgreementWriteFunc) (EntenteFlowWriter *writer,
                                           EntenteDocument   *document);

void entente_agreement_write_title_page (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_parties    (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_personas   (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_stages     (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_goals      (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_handoffs   (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_protocols  (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_review     (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_approvals  (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);
void entente_agreement_write_open_comments (EntenteFlowWriter *writer,
                                            EntenteDocument   *document);
void entente_agreement_write_audit      (EntenteFlowWriter *writer,
                                         EntenteDocument   *document);

gboolean entente_agreement_has_audit    (EntenteDocument   *document);

/* The chapters after the contents, in their order. */
typedef struct
{
  const char                *id;        /* the link to it */
  const char                *title;     /* N_() */
  EntenteAgreementWriteFunc  write;
  gboolean                   new_page;
  EntenteAgreementFlags      only_with; /* an appendix only when the flags ask for it */
  gboolean                 (*only_if) (EntenteDocument *document);
  int                        field;     /* the part of the document it shows, or -1 */
} EntenteAgreementChapter;

const EntenteAgreementChapter *entente_agreement_get_chapters     (guint                *n_chapters);
const EntenteAgreementChapter *entente_agreement_chapter_of_field (EntenteDocumentField  field);

char *entente_agreement_short_digest    (EntenteDocument   *document);

G_END_DECLS
