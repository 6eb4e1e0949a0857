/* entente-flow-writer.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "entente-flow-writer.h"
#include "entente-locale.h"
#include "entente-render-text.h"

/* Sets text into a page flow with one type scale and one rhythm:
 * headings, paragraphs, bullet lists and tables, so that every section of
 * the agreement looks alike.  All text goes through Pango, which shapes
 * and breaks any script; the sizes are in points, at 72 units per inch.
 *
 * The families are a list: Cantarell, GNOME's own, where it is installed,
 * else a common sans; for Khmer, which none of those has, a face drawn
 * for running text at a modest line height, before whatever fontconfig
 * would fall back to; Pango picks per character. */

#define FAMILIES "Cantarell, Noto Sans, DejaVu Sans, Noto Sans Khmer, Khmer OS System, sans-serif"
#define MAX_COLUMNS 8
#define ROW_PADDING 4.5
#define BULLET_INDENT 11.0
#define SHORT_TABLE   0.3   /* of the body's height */

static const struct {
  double            size;
  PangoWeight       weight;
  double            leading;     /* baseline to baseline, in line heights */
  EntenteRenderInk  ink;
  double            space_before;
  double            space_after;
} styles[] = {
  [ENTENTE_TEXT_TITLE] = { 26.0, PANGO_WEIGHT_BOLD, 1.05, ENTENTE_RENDER_INK_TEXT, 0.0, 10.0 },
  [ENTENTE_TEXT_SUBTITLE] = { 13.0, PANGO_WEIGHT_NORMAL, 1.1, ENTENTE_RENDER_INK_DIM_TEXT, 0.0, 6.0 },
  [ENTENTE_TEXT_HEADING] = { 18.0, PANGO_WEIGHT_BOLD, 1.05, ENTENTE_RENDER_INK_TEXT, 26.0, 10.0 },
  [ENTENTE_TEXT_SUBHEADING] = { 13.0, PANGO_WEIGHT_BOLD, 1.1, ENTENTE_RENDER_INK_TEXT, 16.0, 6.0 },
  [ENTENTE_TEXT_BODY] = { 10.5, PANGO_WEIGHT_NORMAL, 1.2, ENTENTE_RENDER_INK_TEXT, 0.0, ENTENTE_FLOW_GAP_PARAGRAPH },
  [ENTENTE_TEXT_STRONG] = { 10.5, PANGO_WEIGHT_BOLD, 1.2, ENTENTE_RENDER_INK_TEXT, 0.0, ENTENTE_FLOW_GAP_PARAGRAPH },
  [ENTENTE_TEXT_LABEL] = { 10.5, PANGO_WEIGHT_NORMAL, 1.2, ENTENTE_RENDER_INK_DIM_TEXT, 0.0, ENTENTE_FLOW_GAP_PARAGRAPH },
  [ENTENTE_TEXT_SMALL] = { 8.5, PANGO_WEIGHT_NORMAL, 1.15, ENTENTE_RENDER_INK_DIM_TEXT, 0.0, 4.0 },
  [ENTENTE_TEXT_CAPTION] = { 8.5, PANGO_WEIGHT_BOLD, 1.15, ENTENTE_RENDER_INK_DIM_TEXT, 0.0, 4.0 },
};

#define N_STYLES G_N_ELEMENTS (styles)
#define N_INKS (ENTENTE_RENDER_INK_RULE + 1)

struct _EntenteFlowWriter
{
  GObject                parent_instance;

  EntentePageFlow       *flow;
  PangoContext          *context;
  PangoFontDescription  *fonts[N_STYLES];
  double                 pitch[N_STYLES]; /* baseline to baseline, in points */
  EntenteRenderColor     inks[N_INKS];
  EntenteRenderColor     shade;      /* behind a table's header row */
  EntenteRenderColor     hairline;   /* between a table's rows */

  /* The table being written */
  guint                  n_columns;
  double                 x[MAX_COLUMNS];
  double                 widths[MAX_COLUMNS];
  PangoAlignment         alignments[MAX_COLUMNS];
  int                    header;
  GPtrArray             *cells;      /* PangoLayout, of the row being written */
  GArray                *cell_inks;  /* EntenteRenderInk of each cell */
  GArray                *rows;       /* guint: the blocks of the table's rows */
  double                 rows_height;
};

G_DEFINE_FINAL_TYPE (EntenteFlowWriter, entente_flow_writer, G_TYPE_OBJECT)

static void
entente_flow_writer_finalize (GObject *object)
{
  EntenteFlowWriter *self = ENTENTE_FLOW_WRITER (object);

  for (guint i = 0; i < N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->cell_inks, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->flow);

  G_OBJECT_CLASS (entente_flow_writer_parent_class)->finalize (object);
}

static void
entente_flow_writer_class_init (EntenteFlowWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = entente_flow_writer_finalize;
}

static void
entente_flow_writer_init (EntenteFlowWriter *self)
{
  self->cells = g_ptr_array_new_with_free_func (g_object_unref);
  self->cell_inks = g_array_new (FALSE, FALSE, sizeof (EntenteRenderInk));
  self->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->header = -1;
}

/* Metrics neither hinted nor rounded: a page measures the same on screen,
 * in print and in the PDF, so that all three break at the same lines. */
static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  /* The language picks fonts and line breaks: the one in force, not the
   * process's, so that an export sets alike on every machine. */
  pango_context_set_language (context, pango_language_from_string (
                                entente_locale_get_tag (entente_locale_get_default ())));

  return context;
}

/**
 * entente_flow_writer_new:
 * @flow: where the text goes
 *
 * Returns: (transfer full): a writer for @flow, in the print colours
 */
EntenteFlowWriter *
entente_flow_writer_new (EntentePageFlow *flow)
{
  EntenteFlowWriter *self;

  g_return_val_if_fail (ENTENTE_IS_PAGE_FLOW (flow), NULL);

  self = g_object_new (ENTENTE_TYPE_FLOW_WRITER, NULL);
  self->flow = g_object_ref (flow);
  self->context = create_context ();

  for (guint i = 0; i < N_STYLES; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FAMILIES);
      pango_font_description_set_absolute_size (self->fonts[i], styles[i].size * PANGO_SCALE);
      pango_font_description_set_weight (self->fonts[i], styles[i].weight);
    }

  for (guint i = 0; i < N_STYLES; i++)
    {
      g_autoptr(PangoLayout) sample = pango_layout_new (self->context);

      pango_layout_set_font_description (sample, self->fonts[i]);
      pango_layout_set_text (sample, "Hg", -1);
      self->pitch[i] = entente_flow_writer_measure (sample) * styles[i].leading;
    }

  for (guint i = 0; i < N_INKS; i++)
    entente_render_palette_get_ink (ENTENTE_RENDER_PRINT, (EntenteRenderInk) i, &self->inks[i]);
  entente_render_color_mix (&self->inks[ENTENTE_RENDER_INK_BACKGROUND],
                            &self->inks[ENTENTE_RENDER_INK_RULE], 0.2, &self->shade);
  entente_render_color_mix (&self->inks[ENTENTE_RENDER_INK_BACKGROUND],
                            &self->inks[ENTENTE_RENDER_INK_RULE], 0.6, &self->hairline);

  return self;
}

EntentePageFlow *
entente_flow_writer_get_flow (EntenteFlowWriter *self)
{
  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), NULL);

  return self->flow;
}

PangoContext *
entente_flow_writer_get_context (EntenteFlowWriter *self)
{
  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), NULL);

  return self->context;
}

/**
 * entente_flow_writer_get_width:
 *
 * Returns: the width of the flow's body, in points
 */
/**
 * entente_flow_writer_get_text_size:
 *
 * Returns: the size of @style's text, in points
 */
double
entente_flow_writer_get_text_size (EntenteFlowWriter *self,
                                   EntenteTextStyle   style)
{
  g_return_val_if_fail (style < N_STYLES, 0.0);

  return styles[style].size;
}

double
entente_flow_writer_get_width (EntenteFlowWriter *self)
{
  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), 0.0);

  return entente_page_flow_get_body (self->flow)->width;
}

const EntenteRenderColor *
entente_flow_writer_get_color (EntenteFlowWriter *self,
                               EntenteRenderInk   ink)
{
  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), NULL);
  g_return_val_if_fail ((guint) ink < N_INKS, NULL);

  return &self->inks[ink];
}

const EntenteRenderColor *
entente_flow_writer_get_style_color (EntenteFlowWriter *self,
                                     EntenteTextStyle   style)
{
  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), NULL);
  g_return_val_if_fail ((guint) style < N_STYLES, NULL);

  return &self->inks[styles[style].ink];
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;

  return TRUE;
}

/* One pitch from baseline to baseline for each style, whatever the
 * script: fonts for scripts with stacked marks, such as Khmer, have lines
 * twice as tall as Latin ones already, and adding the Latin leading on
 * top would space them like a draft.  Measuring costs a layout, so only
 * text beyond ASCII pays for it. */
static void
set_leading (EntenteFlowWriter *self,
             PangoLayout       *layout,
             EntenteTextStyle   style,
             const char        *text)
{
  double natural;

  if (is_ascii (text))
    {
      pango_layout_set_line_spacing (layout, (float) styles[style].leading);
      return;
    }

  natural = entente_flow_writer_measure (layout) / MAX (pango_layout_get_line_count (layout), 1);
  if (natural > 0.0)
    pango_layout_set_line_spacing (layout, (float) MAX (1.0, self->pitch[style] / natural));
}

/* Enough for any list of bullets or cell that people write; past it a
 * text is set as one paragraph (see entente-render-text.c). */
#define MAX_PARAGRAPHS 64

/**
 * entente_flow_writer_create_layout:
 * @text: (nullable): the text, plain
 * @width: where lines wrap, in points
 *
 * Returns: (transfer full): @text set in @style, @width wide
 */
PangoLayout *
entente_flow_writer_create_layout (EntenteFlowWriter *self,
                                   const char        *text,
                                   EntenteTextStyle   style,
                                   double             width)
{
  g_autofree char *isolated = NULL;
  g_autofree char *printable = NULL;
  g_autofree char *joined = NULL;
  PangoLayout *layout;
  PangoAttrList *attributes;

  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), NULL);
  g_return_val_if_fail ((guint) style < N_STYLES, NULL);

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->fonts[style]);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* Words first; within a word only when one is wider than the column,
   * as an email address, a digest or a Khmer phrase without a break
   * opportunity, and then without a hyphen, which would read as part of
   * the address. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  attributes = pango_attr_list_new ();
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  isolated = entente_render_text_isolate (text != NULL ? text : "");
  printable = entente_render_text_for_cairo (isolated, -1);
  joined = entente_render_text_join_paragraphs (printable, MAX_PARAGRAPHS);
  pango_layout_set_text (layout, joined, -1);
  set_leading (self, layout, style, text);

  return layout;
}

/* A line shows a hundred characters or so.  Pango lays out all of a text
 * to ellipsize it, and cairo keeps what was elided in the PDF, as the
 * text behind the ellipsis, on every page that shows the line: a title of
 * a megabyte in the running heads made a PDF of 14 MB in 23 s. */
#define MAX_LINE_CHARS 1000

/**
 * entente_flow_writer_create_line:
 * @text: (nullable): the text, plain
 * @width: how wide the line is, in points
 *
 * Returns: (transfer full): @text set in @style on one line, @width wide,
 *   ellipsized at its end when it is longer
 */
PangoLayout *
entente_flow_writer_create_line (EntenteFlowWriter *self,
                                 const char        *text,
                                 EntenteTextStyle   style,
                                 double             width)
{
  g_autofree char *start = NULL;
  const char *end = text;
  PangoLayout *layout;

  for (guint n = 0; end != NULL && *end != '\0' && n < MAX_LINE_CHARS; n++)
    end = g_utf8_next_char (end);
  if (text != NULL)
    start = g_strndup (text, (gsize) (end - text));

  layout = entente_flow_writer_create_layout (self, start, style, width);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);

  return layout;
}

/**
 * entente_flow_writer_create_bullets:
 * @items: (array zero-terminated=1): one text per bullet
 *
 * Returns: (transfer full): the items as a bulleted list, with wrapped
 *   lines aligned under the text rather than the bullet
 */
PangoLayout *
entente_flow_writer_create_bullets (EntenteFlowWriter  *self,
                                    const char * const *items,
                                    EntenteTextStyle    style,
                                    double              width)
{
  g_autoptr(GString) text = g_string_new (NULL);
  PangoTabArray *tabs;
  PangoLayout *layout;

  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *flat = g_strdelimit (g_strdup (items[i]), "\n\r\t", ' ');
      /* Each item on its own, so that it cannot move its bullet. */
      g_autofree char *line = entente_render_text_isolate (flat);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "•\t%s", line);
    }

  layout = entente_flow_writer_create_layout (self, text->str, style, width);
  tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, (int) BULLET_INDENT);
  pango_layout_set_tabs (layout, tabs);
  pango_layout_set_indent (layout, (int) (-BULLET_INDENT * PANGO_SCALE));
  pango_tab_array_free (tabs);

  return layout;
}

/**
 * entente_flow_writer_measure:
 *
 * Returns: the height of @layout's lines, in points
 */
double
entente_flow_writer_measure (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return (double) logical.height / PANGO_SCALE;
}

/* Puts @layout in a block of its own, its top at the block's top. */
static guint
add_text_block (EntenteFlowWriter *self,
                PangoLayout       *layout,
                EntenteTextStyle   style,
                EntenteFlowFlags   flags)
{
  guint block = entente_page_flow_add_block (self->flow, entente_flow_writer_measure (layout), flags);

  entente_page_flow_add_text (self->flow, block, layout, 0.0, 0.0, &self->inks[styles[style].ink]);

  return block;
}

/**
 * entente_flow_writer_heading:
 * @style: %ENTENTE_TEXT_HEADING or %ENTENTE_TEXT_SUBHEADING
 * @dest: (nullable): a name for links and bookmarks to the heading
 *
 * A heading, never alone at the foot of a page.
 *
 * Returns: its block
 */
guint
entente_flow_writer_heading (EntenteFlowWriter *self,
                             EntenteTextStyle   style,
                             const char        *text,
                             const char        *dest)
{
  g_autoptr(PangoLayout) layout = NULL;
  guint block;

  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), 0);

  entente_page_flow_add_space (self->flow, styles[style].space_before);
  layout = entente_flow_writer_create_layout (self, text, style, entente_flow_writer_get_width (self));
  block = add_text_block (self, layout, style, ENTENTE_FLOW_KEEP_WITH_NEXT | ENTENTE_FLOW_KEEP_TOGETHER);
  if (dest != NULL)
    entente_page_flow_set_dest (self->flow, block, dest);
  entente_page_flow_add_space (self->flow, styles[style].space_after);

  return block;
}

/**
 * entente_flow_writer_paragraph:
 * @text: (nullable): running text; each line of it a paragraph
 *
 * Running text, which breaks across pages between lines, with space
 * between its paragraphs.
 *
 * Returns: the block of its last paragraph
 */
guint
entente_flow_writer_paragraph (EntenteFlowWriter *self,
                               const char        *text,
                               EntenteTextStyle   style)
{
  g_auto(GStrv) paragraphs = NULL;
  guint block = 0;
  gboolean any = FALSE;

  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), 0);

  paragraphs = g_strsplit (text != NULL ? text : "", "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;

      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0' && (any || paragraphs[i + 1] != NULL))
        continue;

      layout = entente_flow_writer_create_layout (self, paragraphs[i], style, entente_flow_writer_get_width (self));
      block = add_text_block (self, layout, style, ENTENTE_FLOW_NONE);
      entente_page_flow_add_space (self->flow, styles[style].space_after);
      any = TRUE;
    }

  return block;
}

void
entente_flow_writer_space (EntenteFlowWriter *self,
                           double             height)
{
  g_return_if_fail (ENTENTE_IS_FLOW_WRITER (self));

  entente_page_flow_add_space (self->flow, height);
}

/* Tables */

static void
add_cell (EntenteFlowWriter *self,
          PangoLayout       *layout,
          EntenteTextStyle   style)
{
  g_ptr_array_add (self->cells, layout);
  g_array_append_val (self->cell_inks, styles[style].ink);
}

static void
clear_cells (EntenteFlowWriter *self)
{
  g_ptr_array_set_size (self->cells, 0);
  g_array_set_size (self->cell_inks, 0);
}

/**
 * entente_flow_writer_begin_table:
 * @fractions: (array length=n_columns): each column's share of the width
 *
 * Starts a table as wide as the body.  Rows are kept whole; a table that
 * runs onto another page repeats its header row there.
 */
void
entente_flow_writer_begin_table (EntenteFlowWriter *self,
                                 guint              n_columns,
                                 const double      *fractions)
{
  double width, x = 0.0, total = 0.0;

  g_return_if_fail (ENTENTE_IS_FLOW_WRITER (self));
  g_return_if_fail (n_columns > 0 && n_columns <= MAX_COLUMNS);

  width = entente_flow_writer_get_width (self);
  for (guint i = 0; i < n_columns; i++)
    total += fractions[i];

  self->n_columns = n_columns;
  self->header = -1;
  g_array_set_size (self->rows, 0);
  self->rows_height = 0.0;
  for (guint i = 0; i < n_columns; i++)
    {
      self->x[i] = x;
      self->widths[i] = width * fractions[i] / total;
      self->alignments[i] = PANGO_ALIGN_LEFT;
      x += self->widths[i];
    }
  clear_cells (self);
  entente_page_flow_add_space (self->flow, 4.0);
}

void
entente_flow_writer_set_alignment (EntenteFlowWriter *self,
                                   guint              column,
                                   PangoAlignment     alignment)
{
  g_return_if_fail (ENTENTE_IS_FLOW_WRITER (self));
  g_return_if_fail (column < self->n_columns);

  self->alignments[column] = alignment;
}

void
entente_flow_writer_begin_row (EntenteFlowWriter *self)
{
  g_return_if_fail (ENTENTE_IS_FLOW_WRITER (self));
  g_return_if_fail (self->n_columns > 0);

  clear_cells (self);
}

static double
cell_width (EntenteFlowWriter *self,
            guint              column)
{
  return MAX (self->widths[column] - 2.0 * ENTENTE_FLOW_CELL_PADDING, 1.0);
}

/**
 * entente_flow_writer_cell:
 * @text: (nullable): the text of the next cell of the row
 */
void
entente_flow_writer_cell (EntenteFlowWriter *self,
                          const char        *text,
                          EntenteTextStyle   style)
{
  guint column;
  PangoLayout *layout;

  g_return_if_fail (ENTENTE_IS_FLOW_WRITER (self));
  g_return_if_fail (self->cells->len < self->n_columns);

  column = self->cells->len;
  layout = entente_flow_writer_create_layout (self, text, style, cell_width (self, column));
  pango_layout_set_alignment (layout, self->alignments[column]);
  add_cell (self, layout, style);
}

void
entente_flow_writer_bullet_cell (EntenteFlowWriter  *self,
                                 const char * const *items,
                                 EntenteTextStyle    style)
{
  g_return_if_fail (ENTENTE_IS_FLOW_WRITER (self));
  g_return_if_fail (self->cells->len < self->n_columns);

  if (items == NULL || items[0] == NULL || items[1] == NULL)
    {
      /* One item needs no bullet. */
      entente_flow_writer_cell (self, items != NULL ? items[0] : NULL, style);
      return;
    }

  add_cell (self, entente_flow_writer_create_bullets (self, items, style, cell_width (self, self->cells->len)),
            style);
}

static guint
add_row (EntenteFlowWriter *self,
         gboolean           header)
{
  double height = 0.0, baseline = 0.0;
  guint block;

  /* The cells' first lines share a baseline, even when one is in a
   * script whose lines are taller, as a Khmer value beside its label. */
  for (guint i = 0; i < self->cells->len; i++)
    baseline = MAX (baseline, (double) pango_layout_get_baseline (g_ptr_array_index (self->cells, i)) / PANGO_SCALE);
  for (guint i = 0; i < self->cells->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (self->cells, i);
      double drop = baseline - (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

      height = MAX (height, drop + entente_flow_writer_measure (layout));
    }
  height += 2.0 * ROW_PADDING;

  block = entente_page_flow_add_block (self->flow, height,
                                       header ? ENTENTE_FLOW_KEEP_WITH_NEXT | ENTENTE_FLOW_KEEP_TOGETHER
                                              : ENTENTE_FLOW_KEEP_TOGETHER);

  if (header)
    {
      cairo_rectangle_t rect = { 0.0, 0.0, entente_flow_writer_get_width (self), height };

      entente_page_flow_add_fill (self->flow, block, &rect, &self->shade);
    }

  for (guint i = 0; i < self->cells->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (self->cells, i);
      EntenteRenderInk ink = g_array_index (self->cell_inks, EntenteRenderInk, i);
      double x, drop;

      /* Without a shaded header, the table's text lines up with the
       * text around it. */
      x = self->x[i] + (i == 0 && self->header < 0 && !header ? 0.0 : ENTENTE_FLOW_CELL_PADDING);
      drop = baseline - (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

      entente_page_flow_add_text (self->flow, block, layout, x, ROW_PADDING + drop, &self->inks[ink]);
    }

  entente_page_flow_add_rule (self->flow, block, 0.0, height, entente_flow_writer_get_width (self),
                              header ? 0.75 : 0.5, FALSE,
                              header ? &self->inks[ENTENTE_RENDER_INK_RULE] : &self->hairline);

  if (!header && self->header >= 0)
    entente_page_flow_set_header (self->flow, block, (guint) self->header);
  if (!header)
    {
      g_array_append_val (self->rows, block);
      self->rows_height += height;
    }

  clear_cells (self);

  return block;
}

/**
 * entente_flow_writer_table_header:
 * @heads: (array zero-terminated=1): the column heads
 *
 * The table's header row, shaded, repeated on every page the table
 * continues on.
 */
void
entente_flow_writer_table_header (EntenteFlowWriter  *self,
                                  const char * const *heads)
{
  g_return_if_fail (ENTENTE_IS_FLOW_WRITER (self));
  g_return_if_fail (self->n_columns > 0);

  clear_cells (self);
  for (guint i = 0; i < self->n_columns && heads[i] != NULL; i++)
    entente_flow_writer_cell (self, heads[i], ENTENTE_TEXT_CAPTION);
  self->header = (int) add_row (self, TRUE);
}

/**
 * entente_flow_writer_end_row:
 *
 * Returns: the row's block
 */
guint
entente_flow_writer_end_row (EntenteFlowWriter *self)
{
  g_return_val_if_fail (ENTENTE_IS_FLOW_WRITER (self), 0);
  g_return_val_if_fail (self->n_columns > 0, 0);

  return add_row (self, FALSE);
}

void
entente_flow_writer_end_table (EntenteFlowWriter *self)
{
  g_return_if_fail (ENTENTE_IS_FLOW_WRITER (self));

  /* A short table stays in one piece, on the page of its heading; a long
   * one leaves no row alone at the head or the foot of a page: its first
   * two rows go together, and so do its last two. */
  if (self->rows_height <= entente_page_flow_get_body (self->flow)->height * SHORT_TABLE)
    {
      for (guint i = 0; i + 1 < self->rows->len; i++)
        entente_page_flow_keep_with_next (self->flow, g_array_index (self->rows, guint, i));
    }
  else if (self->rows->len >= 2)
    {
      entente_page_flow_keep_with_next (self->flow, g_array_index (self->rows, guint, 0));
      entente_page_flow_keep_with_next (self->flow, g_array_index (self->rows, guint, self->rows->len - 2));
    }

  self->n_columns = 0;
  self->header = -1;
  g_array_set_size (self->rows, 0);
  clear_cells (self);
  entente_page_flow_add_space (self->flow, ENTENTE_FLOW_GAP_TABLE);
}
