/* entente-flow-pdf.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "entente-page-flow.h"

G_BEGIN_DECLS

/**
 * EntenteFlowPdfEntry:
 * @title: the bookmark's text
 * @dest: the destination it follows, as set with entente_page_flow_set_dest()
 *
 * One bookmark of a PDF's outline, at its top level.
 */
typedef struct
{
  const char *title;
  const char *dest;
} EntenteFlowPdfEntry;

/**
 * EntenteFlowPdfInfo:
 * @title: (nullable): the document's title, %NULL or empty for none
 * @author: (nullable): likewise
 * @subject: (nullable): likewise
 * @outline: (array length=n_outline) (nullable): the bookmarks
 * @n_outline: how many
 *
 * What a PDF says about itself besides its pages.
 */
typedef struct
{
  const char                *title;
  const char                *author;
  const char                *subject;
  const EntenteFlowPdfEntry *outline;
  guint                      n_outline;
} EntenteFlowPdfInfo;

cairo_status_t entente_flow_pdf_write (EntentePageFlow          *flow,
                                       double                    width,
                                       double                    height,
                                       const EntenteFlowPdfInfo *info,
                                       GBytes                  **bytes);

G_END_DECLS
