/* entente-agreement-flow.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-agreement-flow.h"
#include "entente-funnel-block.h"

/* The blocks of the agreement's content as the page flow sets them: the
 * type scale of entente-flow-writer.c, tables that repeat their heads,
 * text that introduces a table kept with it, the funnel drawn as vector
 * graphics and signature blocks with lines to sign on. */

#define SIGNATURE_SPACE   40.0
#define REPLY_INDENT      18.0

static const double field_columns[] = { 0.28, 0.72 };

static EntenteTextStyle
style_of (EntenteContentStyle style)
{
  switch (style)
    {
    case ENTENTE_CONTENT_MUTED:
      return ENTENTE_TEXT_LABEL;
    case ENTENTE_CONTENT_EMPHASIS:
      return ENTENTE_TEXT_STRONG;
    case ENTENTE_CONTENT_CODE:
      return ENTENTE_TEXT_SMALL;
    case ENTENTE_CONTENT_PLAIN:
    default:
      return ENTENTE_TEXT_BODY;
    }
}

static EntenteContentKind
kind_at (GPtrArray *blocks,
         guint      index)
{
  if (index >= blocks->len)
    return ENTENTE_CONTENT_N_KINDS;

  return ((EntenteContentBlock *) g_ptr_array_index (blocks, index))->kind;
}

/* A value: one line, or the items of a list as bullets. */
static void
write_cell (EntenteFlowWriter *writer,
            char             **lines,
            EntenteTextStyle   style)
{
  if (lines[0] != NULL && lines[1] != NULL)
    entente_flow_writer_bullet_cell (writer, (const char * const *) lines, style);
  else
    entente_flow_writer_cell (writer, lines[0], style);
}

static void
write_fields (EntenteFlowWriter   *writer,
              EntenteContentBlock *block)
{
  entente_flow_writer_begin_table (writer, 2, block->widths != NULL ? block->widths : field_columns);
  for (guint i = 0; i < block->rows->len; i++)
    {
      EntenteContentRow *row = g_ptr_array_index (block->rows, i);

      entente_flow_writer_begin_row (writer);
      write_cell (writer, g_ptr_array_index (row->cells, 0), ENTENTE_TEXT_LABEL);
      write_cell (writer, g_ptr_array_index (row->cells, 1), style_of (row->style));
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
}

static void
write_table (EntenteFlowWriter   *writer,
             EntenteContentBlock *block)
{
  entente_flow_writer_begin_table (writer, block->n_columns, block->widths);
  for (guint c = 0; c < block->n_columns; c++)
    if (block->numeric & (1u << c))
      entente_flow_writer_set_alignment (writer, c, PANGO_ALIGN_RIGHT);
  entente_flow_writer_table_header (writer, (const char * const *) block->columns);

  for (guint i = 0; i < block->rows->len; i++)
    {
      EntenteContentRow *row = g_ptr_array_index (block->rows, i);

      entente_flow_writer_begin_row (writer);
      for (guint c = 0; c < block->n_columns && c < row->cells->len; c++)
        write_cell (writer, g_ptr_array_index (row->cells, c),
                    c == 0 && (block->flags & ENTENTE_CONTENT_ROW_HEADERS) ? ENTENTE_TEXT_STRONG
                                                                          : style_of (row->style));
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
}

/* An empty block that holds its place even at the top of a page. */
static void
fixed_space (EntenteFlowWriter *writer,
             double             height)
{
  entente_page_flow_add_block (entente_flow_writer_get_flow (writer), height, ENTENTE_FLOW_KEEP_TOGETHER);
}

/* The rule under the title and the organization. */
static void
write_title_rule (EntenteFlowWriter *writer)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  guint rule;

  entente_flow_writer_space (writer, 16.0);
  rule = entente_page_flow_add_block (flow, 1.5, ENTENTE_FLOW_KEEP_TOGETHER);
  entente_page_flow_add_rule (flow, rule, 0.0, 0.75, entente_flow_writer_get_width (writer), 1.5, FALSE,
                              entente_flow_writer_get_color (writer, ENTENTE_RENDER_INK_TEXT));
  entente_flow_writer_space (writer, 14.0);
}

static void
write_funnel (EntenteFlowWriter   *writer,
              EntenteDocument     *document,
              EntenteContentBlock *block)
{
  entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, block->text, NULL);
  entente_funnel_block_add (writer, document, NULL);
}

/* A party's signature block, kept on one page: the team, its signatory,
 * the state of its sign-off, then in small print the digest it named and
 * its key; under it, when asked for, a line for the signature and one
 * for the date, each named under it. */
static void
write_signature (EntenteFlowWriter   *writer,
                 EntenteContentBlock *block)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  double width = entente_flow_writer_get_width (writer);
  double signature_width = width * 0.6;
  double date_x = width * 0.68;
  EntenteContentRow *status_row = g_ptr_array_index (block->rows, 0);
  EntenteTextStyle status_style = style_of (status_row->style);
  g_autoptr(GString) small = g_string_new (NULL);
  g_autoptr(PangoLayout) team = entente_flow_writer_create_layout (writer, block->text, ENTENTE_TEXT_STRONG, width);
  g_autoptr(PangoLayout) who = entente_flow_writer_create_layout (writer, block->label, ENTENTE_TEXT_LABEL, width);
  g_autoptr(PangoLayout) status = NULL;
  g_autoptr(PangoLayout) digest = NULL;
  g_autoptr(PangoLayout) signature = NULL;
  g_autoptr(PangoLayout) date = NULL;
  gboolean lines = (block->flags & ENTENTE_CONTENT_SIGN_LINES) != 0;
  double y, status_y, end_y, small_height = 0.0, line_y = 0.0;
  guint index;

  status = entente_flow_writer_create_layout (writer, ((char **) g_ptr_array_index (status_row->cells, 0))[0],
                                              status_style, width);
  for (guint i = 1; i < block->rows->len; i++)
    {
      EntenteContentRow *row = g_ptr_array_index (block->rows, i);

      if (small->len > 0)
        g_string_append_c (small, '\n');
      g_string_append (small, ((char **) g_ptr_array_index (row->cells, 0))[0]);
    }

  y = entente_flow_writer_measure (team) + 1.0;
  status_y = y + entente_flow_writer_measure (who) + 4.0;
  end_y = status_y + entente_flow_writer_measure (status);
  if (small->len > 0)
    {
      digest = entente_flow_writer_create_layout (writer, small->str, ENTENTE_TEXT_SMALL, width);
      end_y += 2.0;
      small_height = entente_flow_writer_measure (digest);
    }

  if (lines)
    {
      signature = entente_flow_writer_create_layout (writer, _("Signature"), ENTENTE_TEXT_SMALL, signature_width);
      date = entente_flow_writer_create_layout (writer, _("Date"), ENTENTE_TEXT_SMALL, width - date_x);
      line_y = end_y + small_height + SIGNATURE_SPACE;
      index = entente_page_flow_add_block (flow, line_y + 3.0 + entente_flow_writer_measure (signature),
                                           ENTENTE_FLOW_KEEP_TOGETHER);
    }
  else
    {
      index = entente_page_flow_add_block (flow, end_y + small_height, ENTENTE_FLOW_KEEP_TOGETHER);
    }

  entente_page_flow_add_text (flow, index, team, 0.0, 0.0,
                              entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_STRONG));
  entente_page_flow_add_text (flow, index, who, 0.0, y,
                              entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_LABEL));
  entente_page_flow_add_text (flow, index, status, 0.0, status_y,
                              entente_flow_writer_get_style_color (writer, status_style));
  if (digest != NULL)
    entente_page_flow_add_text (flow, index, digest, 0.0, end_y,
                                entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_SMALL));

  if (lines)
    {
      const EntenteRenderColor *ink = entente_flow_writer_get_color (writer, ENTENTE_RENDER_INK_TEXT);
      const EntenteRenderColor *small_ink = entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_SMALL);

      entente_page_flow_add_rule (flow, index, 0.0, line_y, signature_width, 0.75, FALSE, ink);
      entente_page_flow_add_rule (flow, index, date_x, line_y, width - date_x, 0.75, FALSE, ink);
      entente_page_flow_add_text (flow, index, signature, 0.0, line_y + 3.0, small_ink);
      entente_page_flow_add_text (flow, index, date, date_x, line_y + 3.0, small_ink);
    }
  entente_flow_writer_space (writer, 26.0);
}

/* Running text set in by @indent, breaking across pages between lines,
 * each line of @text a paragraph. */
static void
indented_paragraph (EntenteFlowWriter *writer,
                    const char        *text,
                    double             indent)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  double width = entente_flow_writer_get_width (writer) - indent;
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      guint index;

      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;

      layout = entente_flow_writer_create_layout (writer, paragraphs[i], ENTENTE_TEXT_BODY, width);
      index = entente_page_flow_add_block (flow, entente_flow_writer_measure (layout), ENTENTE_FLOW_NONE);
      entente_page_flow_add_text (flow, index, layout, indent, 0.0,
                                  entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_BODY));
      entente_flow_writer_space (writer, ENTENTE_FLOW_GAP_PARAGRAPH);
    }
}

/* A comment's or a reply's head: a title when there is one, then the
 * byline, set in by @indent and kept with the text that follows. */
static void
write_comment_head (EntenteFlowWriter *writer,
                    const char        *title,
                    const char        *byline,
                    double             indent)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  double width = entente_flow_writer_get_width (writer) - indent;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) by = entente_flow_writer_create_layout (writer, byline, ENTENTE_TEXT_SMALL, width);
  double y = 0.0;
  guint index;

  if (title != NULL)
    {
      heading = entente_flow_writer_create_layout (writer, title, ENTENTE_TEXT_STRONG, width);
      y = entente_flow_writer_measure (heading) + 1.0;
    }

  index = entente_page_flow_add_block (flow, y + entente_flow_writer_measure (by),
                                       ENTENTE_FLOW_KEEP_WITH_NEXT | ENTENTE_FLOW_KEEP_TOGETHER);
  if (heading != NULL)
    entente_page_flow_add_text (flow, index, heading, indent, 0.0,
                                entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_STRONG));
  entente_page_flow_add_text (flow, index, by, indent, y,
                              entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_SMALL));
  entente_flow_writer_space (writer, 4.0);
}

static void
write_comment (EntenteFlowWriter   *writer,
               EntenteContentBlock *block,
               EntenteContentKind   previous)
{
  gboolean reply = (block->flags & ENTENTE_CONTENT_REPLY) != 0;
  double indent = reply ? REPLY_INDENT : 0.0;

  if (previous != ENTENTE_CONTENT_COMMENT)
    entente_flow_writer_space (writer, 10.0);
  else if (!reply)
    entente_flow_writer_space (writer, 16.0);
  else
    entente_flow_writer_space (writer, 2.0);

  write_comment_head (writer, reply ? NULL : block->label, block->detail, indent);
  if (block->text != NULL && *block->text != '\0')
    indented_paragraph (writer, block->text, indent);
}

/**
 * entente_agreement_flow_write_block:
 * @blocks: the agreement's content
 * @index: the block to write, in @blocks
 *
 * Sets one block of the content; where it goes depends on those around
 * it (text that introduces a table is kept with it, signatures are set
 * apart from what precedes them).
 */
void
entente_agreement_flow_write_block (EntenteFlowWriter *writer,
                                    EntenteDocument   *document,
                                    GPtrArray         *blocks,
                                    guint              index)
{
  EntenteContentBlock *block = g_ptr_array_index (blocks, index);
  EntenteContentKind previous = index > 0 ? kind_at (blocks, index - 1) : ENTENTE_CONTENT_N_KINDS;
  EntenteContentKind next = kind_at (blocks, index + 1);
  guint paragraph;

  if ((previous == ENTENTE_CONTENT_TITLE || previous == ENTENTE_CONTENT_SUBTITLE) &&
      block->kind != ENTENTE_CONTENT_SUBTITLE)
    write_title_rule (writer);

  switch (block->kind)
    {
    case ENTENTE_CONTENT_TITLE:
      /* The title a third of the way down, where the eye lands. */
      fixed_space (writer, 110.0);
      entente_flow_writer_paragraph (writer, block->label, ENTENTE_TEXT_CAPTION);
      entente_flow_writer_paragraph (writer, block->text, ENTENTE_TEXT_TITLE);
      break;
    case ENTENTE_CONTENT_SUBTITLE:
      entente_flow_writer_paragraph (writer, block->text, ENTENTE_TEXT_SUBTITLE);
      break;
    case ENTENTE_CONTENT_HEADING:
      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, block->text, NULL);
      break;
    case ENTENTE_CONTENT_PARAGRAPH:
      paragraph = entente_flow_writer_paragraph (writer, block->text, ENTENTE_TEXT_BODY);
      /* Never left without its table at the foot of a page. */
      if (next == ENTENTE_CONTENT_FIELDS || next == ENTENTE_CONTENT_TABLE)
        entente_page_flow_keep_with_next (entente_flow_writer_get_flow (writer), paragraph);
      break;
    case ENTENTE_CONTENT_NOTE:
      entente_flow_writer_paragraph (writer, block->text, ENTENTE_TEXT_LABEL);
      break;
    case ENTENTE_CONTENT_SMALL_PRINT:
      entente_flow_writer_paragraph (writer, block->text, ENTENTE_TEXT_SMALL);
      entente_flow_writer_space (writer, 10.0);
      break;
    case ENTENTE_CONTENT_FIELDS:
      write_fields (writer, block);
      break;
    case ENTENTE_CONTENT_TABLE:
      write_table (writer, block);
      break;
    case ENTENTE_CONTENT_FUNNEL:
      write_funnel (writer, document, block);
      break;
    case ENTENTE_CONTENT_SIGNATURE:
      if (previous != ENTENTE_CONTENT_SIGNATURE)
        entente_flow_writer_space (writer, 18.0);
      write_signature (writer, block);
      break;
    case ENTENTE_CONTENT_COMMENT:
      write_comment (writer, block, previous);
      break;
    case ENTENTE_CONTENT_CONTENTS:
    case ENTENTE_CONTENT_SECTION:
    case ENTENTE_CONTENT_N_KINDS:
    default:
      /* The layout places the contents and the chapters' headings. */
      g_assert_not_reached ();
    }
}
