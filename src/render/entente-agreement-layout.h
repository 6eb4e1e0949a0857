/* entente-agreement-layout.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "entente-agreement-content.h"
#include "entente-document.h"
#include "entente-paper.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_AGREEMENT_LAYOUT (entente_agreement_layout_get_type ())

G_DECLARE_FINAL_TYPE (EntenteAgreementLayout, entente_agreement_layout, ENTENTE, AGREEMENT_LAYOUT, GObject)

/**
 * EntenteAgreementSection:
 * @id: a stable name, also the PDF destination of its heading
 * @title: its heading, translated
 * @page: the page its heading is on, from 0
 * @y: the top of the heading on that page, in points
 *
 * One section of the agreement, for the contents, a PDF's outline and a
 * preview's navigation.
 */
typedef struct
{
  const char *id;
  const char *title;
  guint       page;
  double      y;
} EntenteAgreementSection;

EntenteAgreementLayout        *entente_agreement_layout_new            (EntenteDocument        *document,
                                                                        EntentePaper            paper);
EntenteAgreementLayout        *entente_agreement_layout_new_full       (EntenteDocument        *document,
                                                                        EntentePaper            paper,
                                                                        EntenteAgreementFlags   flags);
EntenteAgreementFlags          entente_agreement_layout_get_flags      (EntenteAgreementLayout *self);
void                           entente_agreement_layout_get_page_size  (EntenteAgreementLayout *self,
                                                                        double                 *width,
                                                                        double                 *height);
guint                          entente_agreement_layout_get_n_pages    (EntenteAgreementLayout *self);
void                           entente_agreement_layout_render_page    (EntenteAgreementLayout *self,
                                                                        cairo_t                *cr,
                                                                        guint                   page);
guint                          entente_agreement_layout_get_n_sections (EntenteAgreementLayout *self);
const EntenteAgreementSection *entente_agreement_layout_get_section    (EntenteAgreementLayout *self,
                                                                        guint                   index);

G_END_DECLS
