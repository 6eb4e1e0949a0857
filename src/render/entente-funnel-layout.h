/* entente-funnel-layout.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "entente-document.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_FUNNEL_LAYOUT (entente_funnel_layout_get_type ())

G_DECLARE_FINAL_TYPE (EntenteFunnelLayout, entente_funnel_layout, ENTENTE, FUNNEL_LAYOUT, GObject)

/**
 * EntenteFunnelTextRole:
 * @ENTENTE_FUNNEL_TEXT_NAME: a stage's name, beside its band
 * @ENTENTE_FUNNEL_TEXT_NEEDED: the records a stage needs, inside its band
 * @ENTENTE_FUNNEL_TEXT_DETAIL: the committed target, the gap and the
 *   actual count, under the name
 * @ENTENTE_FUNNEL_TEXT_LEGEND: a party's team name in the legend
 * @ENTENTE_FUNNEL_TEXT_MESSAGE: what is shown instead of an empty funnel,
 *   or the note under the legend that the widths follow a square root
 * @ENTENTE_FUNNEL_TEXT_NEEDED_BESIDE: the records a stage needs, beside a
 *   band too narrow to hold them
 */
typedef enum
{
  ENTENTE_FUNNEL_TEXT_NAME,
  ENTENTE_FUNNEL_TEXT_NEEDED,
  ENTENTE_FUNNEL_TEXT_DETAIL,
  ENTENTE_FUNNEL_TEXT_LEGEND,
  ENTENTE_FUNNEL_TEXT_MESSAGE,
  ENTENTE_FUNNEL_TEXT_NEEDED_BESIDE,
} EntenteFunnelTextRole;

/**
 * EntenteFunnelText:
 * @role: what the text says
 * @index: the band it belongs to, or the legend entry for
 *   %ENTENTE_FUNNEL_TEXT_LEGEND, or 0
 * @text: the whole text, before any ellipsis
 * @logical: the box the text occupies, in drawing coordinates
 * @ink: the box its glyphs cover
 * @ellipsized: whether part of @text did not fit and is shown as “…”
 *
 * One piece of text of the drawing, where the layout put it.  No two
 * texts' logical boxes overlap.
 */
typedef struct
{
  EntenteFunnelTextRole role;
  guint                 index;
  const char           *text;
  cairo_rectangle_t     logical;
  cairo_rectangle_t     ink;
  gboolean              ellipsized;
} EntenteFunnelText;

/**
 * EntenteFunnelBand:
 * @stage_id: the stage's id
 * @name: the stage's name
 * @party_id: (nullable): the id of the party that owns the stage
 * @color_index: the owning party's place among the document's parties,
 *   its colour in the palette; -1 for a stage without owner
 * @rect: the band, in drawing coordinates
 * @needed: records needed per period, rounded up; -1 when unknown
 * @target: the committed count, or -1
 * @target_party: (nullable): the id of the party that committed to it
 * @actual: the count reached, or -1 when not set
 *
 * One stage of the funnel, as drawn.
 */
typedef struct
{
  const char        *stage_id;
  const char        *name;
  const char        *party_id;
  int                color_index;
  cairo_rectangle_t  rect;
  gint64             needed;
  int                target;
  const char        *target_party;
  gint64             actual;
} EntenteFunnelBand;

/**
 * EntenteFunnelLegendEntry:
 * @party_id: (nullable): the party, or %NULL for stages without owner
 * @label: the party's team name
 * @color_index: as in #EntenteFunnelBand
 * @swatch: the colour sample, in drawing coordinates
 * @text: the index of the label among the layout's texts
 */
typedef struct
{
  const char        *party_id;
  const char        *label;
  int                color_index;
  cairo_rectangle_t  swatch;
  guint              text;
} EntenteFunnelLegendEntry;

EntenteFunnelLayout            *entente_funnel_layout_new              (EntenteDocument     *document,
                                                                        PangoContext        *context,
                                                                        double               width,
                                                                        double               height);
EntenteFunnelLayout            *entente_funnel_layout_new_with_text    (EntenteDocument     *document,
                                                                        PangoContext        *context,
                                                                        double               width,
                                                                        double               height,
                                                                        double               text_size);
double                          entente_funnel_layout_natural_height   (EntenteDocument     *document,
                                                                        PangoContext        *context,
                                                                        double               text_size);
gboolean                        entente_funnel_layout_get_root_scale   (EntenteFunnelLayout *self);
double                          entente_funnel_layout_get_width        (EntenteFunnelLayout *self);
double                          entente_funnel_layout_get_height       (EntenteFunnelLayout *self);
guint                           entente_funnel_layout_get_n_bands      (EntenteFunnelLayout *self);
const EntenteFunnelBand        *entente_funnel_layout_get_band         (EntenteFunnelLayout *self,
                                                                        guint                index);
guint                           entente_funnel_layout_get_n_texts      (EntenteFunnelLayout *self);
const EntenteFunnelText        *entente_funnel_layout_get_text         (EntenteFunnelLayout *self,
                                                                        guint                index);
guint                           entente_funnel_layout_get_n_legend_entries (EntenteFunnelLayout *self);
const EntenteFunnelLegendEntry *entente_funnel_layout_get_legend_entry (EntenteFunnelLayout *self,
                                                                        guint                index);
gboolean                        entente_funnel_layout_set_actual       (EntenteFunnelLayout *self,
                                                                        const char          *stage_id,
                                                                        gint64               count);
gboolean                        entente_funnel_layout_band_at          (EntenteFunnelLayout *self,
                                                                        double               x,
                                                                        double               y,
                                                                        guint               *index);
char                           *entente_funnel_layout_describe_band    (EntenteFunnelLayout *self,
                                                                        guint                index);

G_END_DECLS
