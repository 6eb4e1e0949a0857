/* entente-flow-writer.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "entente-page-flow.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_FLOW_WRITER (entente_flow_writer_get_type ())

G_DECLARE_FINAL_TYPE (EntenteFlowWriter, entente_flow_writer, ENTENTE, FLOW_WRITER, GObject)

/**
 * EntenteTextStyle:
 * @ENTENTE_TEXT_TITLE: the agreement's title, on its first page
 * @ENTENTE_TEXT_SUBTITLE: what goes under the title
 * @ENTENTE_TEXT_HEADING: a section's heading
 * @ENTENTE_TEXT_SUBHEADING: a heading within a section
 * @ENTENTE_TEXT_BODY: running text and table cells
 * @ENTENTE_TEXT_STRONG: body text that stands out
 * @ENTENTE_TEXT_LABEL: the name of a value, beside it
 * @ENTENTE_TEXT_SMALL: notes, running heads and feet
 * @ENTENTE_TEXT_CAPTION: a table's column heads, small and bold
 *
 * The one type scale of the agreement.
 */
typedef enum
{
  ENTENTE_TEXT_TITLE,
  ENTENTE_TEXT_SUBTITLE,
  ENTENTE_TEXT_HEADING,
  ENTENTE_TEXT_SUBHEADING,
  ENTENTE_TEXT_BODY,
  ENTENTE_TEXT_STRONG,
  ENTENTE_TEXT_LABEL,
  ENTENTE_TEXT_SMALL,
  ENTENTE_TEXT_CAPTION,
} EntenteTextStyle;

/* Spacing, in points, shared by everything the writer sets. */
#define ENTENTE_FLOW_GAP_PARAGRAPH  7.0
#define ENTENTE_FLOW_GAP_TABLE     14.0
#define ENTENTE_FLOW_CELL_PADDING   5.0

EntenteFlowWriter        *entente_flow_writer_new           (EntentePageFlow    *flow);
EntentePageFlow          *entente_flow_writer_get_flow      (EntenteFlowWriter  *self);
PangoContext             *entente_flow_writer_get_context   (EntenteFlowWriter  *self);
double                    entente_flow_writer_get_width     (EntenteFlowWriter  *self);
double                    entente_flow_writer_get_text_size (EntenteFlowWriter  *self,
                                                             EntenteTextStyle    style);
const EntenteRenderColor *entente_flow_writer_get_color     (EntenteFlowWriter  *self,
                                                             EntenteRenderInk    ink);
const EntenteRenderColor *entente_flow_writer_get_style_color (EntenteFlowWriter *self,
                                                             EntenteTextStyle    style);
PangoLayout              *entente_flow_writer_create_layout (EntenteFlowWriter  *self,
                                                             const char         *text,
                                                             EntenteTextStyle    style,
                                                             double              width);
PangoLayout              *entente_flow_writer_create_line   (EntenteFlowWriter  *self,
                                                             const char         *text,
                                                             EntenteTextStyle    style,
                                                             double              width);
PangoLayout              *entente_flow_writer_create_bullets (EntenteFlowWriter *self,
                                                             const char * const *items,
                                                             EntenteTextStyle    style,
                                                             double              width);
double                    entente_flow_writer_measure       (PangoLayout        *layout);

guint                     entente_flow_writer_heading       (EntenteFlowWriter  *self,
                                                             EntenteTextStyle    style,
                                                             const char         *text,
                                                             const char         *dest);
guint                     entente_flow_writer_paragraph     (EntenteFlowWriter  *self,
                                                             const char         *text,
                                                             EntenteTextStyle    style);
void                      entente_flow_writer_space         (EntenteFlowWriter  *self,
                                                             double              height);

void                      entente_flow_writer_begin_table   (EntenteFlowWriter  *self,
                                                             guint               n_columns,
                                                             const double       *fractions);
void                      entente_flow_writer_set_alignment (EntenteFlowWriter  *self,
                                                             guint               column,
                                                             PangoAlignment      alignment);
void                      entente_flow_writer_table_header  (EntenteFlowWriter  *self,
                                                             const char * const *heads);
void                      entente_flow_writer_begin_row     (EntenteFlowWriter  *self);
void                      entente_flow_writer_cell          (EntenteFlowWriter  *self,
                                                             const char         *text,
                                                             EntenteTextStyle    style);
void                      entente_flow_writer_bullet_cell   (EntenteFlowWriter  *self,
                                                             const char * const *items,
                                                             EntenteTextStyle    style);
guint                     entente_flow_writer_end_row       (EntenteFlowWriter  *self);
void                      entente_flow_writer_end_table     (EntenteFlowWriter  *self);

G_END_DECLS
