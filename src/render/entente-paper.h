/* entente-paper.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EntentePaper:
 * @ENTENTE_PAPER_A4: ISO A4, 210 × 297 mm
 * @ENTENTE_PAPER_LETTER: US Letter, 8.5 × 11 inches
 *
 * The sheets an agreement is laid out on.
 */
typedef enum
{
  ENTENTE_PAPER_A4,
  ENTENTE_PAPER_LETTER,
} EntentePaper;

void         entente_paper_get_size    (EntentePaper  paper,
                                        double       *width,
                                        double       *height);
gboolean     entente_paper_from_name   (const char   *name,
                                        EntentePaper *paper);
const char  *entente_paper_get_name    (EntentePaper  paper);
EntentePaper entente_paper_get_default (void);

G_END_DECLS
