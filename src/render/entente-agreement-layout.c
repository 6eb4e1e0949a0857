/* entente-agreement-layout.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>
#include <pango/pangocairo.h>

#include "entente-agreement-layout-private.h"
#include "entente-agreement-flow.h"
#include "entente-core.h"
#include "entente-flow-writer.h"

/* The agreement on paper: every page laid out once, in points, and drawn
 * on demand into any cairo_t: a PDF surface, a GtkPrintContext, a
 * preview.  One layout for all of them, so that the printout and the PDF
 * break at the same lines.
 *
 * The pages: a title page; the contents, with page numbers that link to
 * their sections; then the sections, each under its heading, the
 * signatures on a page of their own; on request, an appendix of the open
 * comments after them; once anyone signed, a closing audit of every
 * sign-off with its key's fingerprint and its state.  Every page after
 * the first carries the agreement's title at its head and, at its foot,
 * the revision, the digest of the text (once a party signed, so that
 * each sheet can be matched with the sign-offs) and “Page X of Y”.
 *
 * Pages have 20 mm margins on every side; the running head and foot sit
 * inside them, the text between. */

#define MARGIN          (20.0 * 72.0 / 25.4)
#define HEAD_SPACE      30.0   /* from the top margin to the text */
#define FOOT_SPACE      26.0   /* from the text to the bottom margin */
#define CONTENTS_ROW    5.0    /* padding above and below an entry */

typedef struct
{
  EntenteAgreementSection  pub;
  guint                    block;   /* its heading */
  PangoLayout             *number;  /* its page number in the contents */
} Section;

struct _EntenteAgreementLayout
{
  GObject                parent_instance;

  EntentePaper           paper;
  EntenteAgreementFlags  flags;
  double                 width;
  double                 height;
  cairo_rectangle_t      frame;    /* inside the margins */

  EntentePageFlow       *flow;
  EntenteFlowWriter     *writer;
  GPtrArray             *content;  /* EntenteContentBlock, which the sections name */
  GArray                *sections; /* Section */
};

G_DEFINE_FINAL_TYPE (EntenteAgreementLayout, entente_agreement_layout, G_TYPE_OBJECT)


static void
section_clear (gpointer data)
{
  Section *section = data;

  g_clear_object (&section->number);
}

static void
entente_agreement_layout_finalize (GObject *object)
{
  EntenteAgreementLayout *self = ENTENTE_AGREEMENT_LAYOUT (object);

  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->content, g_ptr_array_unref);
  g_clear_object (&self->writer);
  g_clear_object (&self->flow);

  G_OBJECT_CLASS (entente_agreement_layout_parent_class)->finalize (object);
}

static void
entente_agreement_layout_class_init (EntenteAgreementLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = entente_agreement_layout_finalize;
}

static void
entente_agreement_layout_init (EntenteAgreementLayout *self)
{
  self->sections = g_array_new (FALSE, TRUE, sizeof (Section));
  g_array_set_clear_func (self->sections, section_clear);
}

static Section *
get_section (EntenteAgreementLayout *self,
             guint                   index)
{
  return &g_array_index (self->sections, Section, index);
}

static void
add_section (EntenteAgreementLayout *self,
             const char             *id,
             const char             *title)
{
  Section section = { { 0 } };

  section.pub.id = id;
  section.pub.title = title;
  g_array_append_val (self->sections, section);
}

/* The baseline and the end of the last line of @layout. */
static void
get_line_end (PangoLayout *layout,
              double      *x,
              double      *baseline)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  while (pango_layout_iter_next_line (iter))
    ;
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  *x = (double) (logical.x + logical.width) / PANGO_SCALE;
  *baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);
}

/* A contents entry: the section's title, dotted leaders, and its page
 * number, filled in once the pages are known; all of it a link. */
static void
add_contents_entry (EntenteAgreementLayout *self,
                    Section                *section)
{
  double width = entente_flow_writer_get_width (self->writer);
  g_autoptr(PangoLayout) widest = entente_flow_writer_create_layout (self->writer, "000", ENTENTE_TEXT_BODY, width);
  PangoRectangle extents;
  double number_width, title_width, height;
  g_autoptr(PangoLayout) title = NULL;
  PangoLayout *number;
  const EntenteRenderColor *ink = entente_flow_writer_get_style_color (self->writer, ENTENTE_TEXT_BODY);
  double end, baseline, leader_start, leader_end;
  guint block;

  /* Numbers right-aligned in a column as wide as three digits, the
   * leaders stopping just short of it. */
  pango_layout_get_extents (widest, NULL, &extents);
  number_width = ceil ((double) extents.width / PANGO_SCALE) + 1.0;
  title_width = width - number_width - 36.0;
  leader_end = width - number_width - 4.0;
  title = entente_flow_writer_create_layout (self->writer, section->pub.title, ENTENTE_TEXT_BODY, title_width);
  number = entente_flow_writer_create_layout (self->writer, "", ENTENTE_TEXT_BODY, number_width);
  height = MAX (entente_flow_writer_measure (title), entente_flow_writer_measure (number));

  pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
  section->number = number;

  block = entente_page_flow_add_block (self->flow, height + 2.0 * CONTENTS_ROW, ENTENTE_FLOW_KEEP_TOGETHER);
  entente_page_flow_add_text (self->flow, block, title, 0.0, CONTENTS_ROW, ink);
  entente_page_flow_add_text (self->flow, block, number, width - number_width, CONTENTS_ROW, ink);

  get_line_end (title, &end, &baseline);
  leader_start = end + 6.0;
  if (leader_end - leader_start > 12.0)
    entente_page_flow_add_rule (self->flow, block, leader_start, CONTENTS_ROW + baseline,
                                leader_end - leader_start, 1.0, TRUE,
                                entente_flow_writer_get_color (self->writer, ENTENTE_RENDER_INK_RULE));
  entente_page_flow_set_link (self->flow, block, section->pub.id);
}

static void
set_page_numbers (EntenteAgreementLayout *self)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = get_section (self, i);
      guint page = 0;
      double y = 0.0;

      entente_page_flow_get_place (self->flow, section->block, &page, &y);
      section->pub.page = page;
      section->pub.y = y;

      if (section->number != NULL)
        {
          g_autofree char *text = entente_format_count (NULL, page + 1);

          pango_layout_set_text (section->number, text, -1);
        }
    }
}

/* The running head and foot, on every page but the title page. */
static void
add_running_heads (EntenteAgreementLayout *self,
                   EntenteDocument        *document)
{
  EntenteMeta *meta = entente_document_get_meta (document);
  const char *title = entente_meta_get_title (meta);
  g_autofree char *digest = entente_agreement_short_digest (document);
  g_autofree char *revision = NULL;
  g_autofree char *foot = NULL;
  g_autoptr(PangoLayout) head = NULL;
  g_autoptr(PangoLayout) left = NULL;
  const EntenteRenderColor *ink = entente_flow_writer_get_style_color (self->writer, ENTENTE_TEXT_SMALL);
  const EntenteRenderColor *rule = entente_flow_writer_get_color (self->writer, ENTENTE_RENDER_INK_RULE);
  double foot_width = self->frame.width * 0.62;
  double head_height, foot_height;
  guint n_pages = entente_page_flow_get_n_pages (self->flow);

  head = entente_flow_writer_create_line (self->writer, title, ENTENTE_TEXT_SMALL, self->frame.width);
  head_height = entente_flow_writer_measure (head);

  /* Translators: in the foot of each page; %d is the agreement's revision number */
  revision = g_strdup_printf (_("Revision %d"), entente_meta_get_revision (meta));
  if (digest != NULL)
    /* Translators: in the foot of each page once a party signed: the
     * revision, then the start of the digest of this very text, which
     * the sign-offs name */
    foot = g_strdup_printf (_("%s · Digest %s"), revision, digest);
  else
    foot = g_steal_pointer (&revision);
  left = entente_flow_writer_create_line (self->writer, foot, ENTENTE_TEXT_SMALL, foot_width);
  foot_height = entente_flow_writer_measure (left);

  for (guint page = 1; page < n_pages; page++)
    {
      g_autofree char *number = NULL;
      g_autoptr(PangoLayout) right = NULL;
      double bottom = self->frame.y + self->frame.height;

      entente_page_flow_page_add_text (self->flow, page, head, self->frame.x, self->frame.y, ink);
      entente_page_flow_page_add_rule (self->flow, page, self->frame.x, self->frame.y + head_height + 5.0,
                                       self->frame.width, 0.5, rule);

      /* Translators: in the foot of each page */
      number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
      right = entente_flow_writer_create_layout (self->writer, number, ENTENTE_TEXT_SMALL,
                                                 self->frame.width - foot_width);
      pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
      entente_page_flow_page_add_text (self->flow, page, left, self->frame.x, bottom - foot_height, ink);
      entente_page_flow_page_add_text (self->flow, page, right, self->frame.x + foot_width,
                                       bottom - entente_flow_writer_measure (right), ink);
    }
}

/**
 * entente_agreement_layout_new:
 * @document: the agreement; read once, so later edits need a new layout
 * @paper: the sheets to lay it out on
 *
 * The agreement alone, as entente_agreement_layout_new_full() with
 * %ENTENTE_AGREEMENT_DEFAULT.
 *
 * Returns: (transfer full): the agreement, laid out in pages
 */
EntenteAgreementLayout *
entente_agreement_layout_new (EntenteDocument *document,
                              EntentePaper     paper)
{
  return entente_agreement_layout_new_full (document, paper, ENTENTE_AGREEMENT_DEFAULT);
}

/**
 * entente_agreement_layout_new_full:
 * @document: the agreement; read once, so later edits need a new layout
 * @paper: the sheets to lay it out on
 * @flags: what goes in besides the agreement, such as the open comments
 *
 * Returns: (transfer full): the agreement, laid out in pages
 */
EntenteAgreementLayout *
entente_agreement_layout_new_full (EntenteDocument       *document,
                                   EntentePaper           paper,
                                   EntenteAgreementFlags  flags)
{
  /* The words and figures of the agreement are its language's. */
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
  EntenteAgreementLayout *self;
  cairo_rectangle_t body;
  guint next_section = 1;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  self = g_object_new (ENTENTE_TYPE_AGREEMENT_LAYOUT, NULL);
  self->paper = paper;
  self->flags = flags;
  entente_paper_get_size (paper, &self->width, &self->height);
  self->frame.x = MARGIN;
  self->frame.y = MARGIN;
  self->frame.width = self->width - 2.0 * MARGIN;
  self->frame.height = self->height - 2.0 * MARGIN;
  body = self->frame;
  body.y += HEAD_SPACE;
  body.height -= HEAD_SPACE + FOOT_SPACE;

  self->flow = entente_page_flow_new (&body);
  self->writer = entente_flow_writer_new (self->flow);
  self->content = entente_agreement_content_build (document, flags);

  for (guint i = 0; i < self->content->len; i++)
    {
      EntenteContentBlock *block = g_ptr_array_index (self->content, i);
      Section *section;

      switch (block->kind)
        {
        case ENTENTE_CONTENT_CONTENTS:
          /* After the title page, on a page of their own. */
          entente_page_flow_add_page_break (self->flow);
          add_section (self, "contents", block->text);
          get_section (self, 0)->block = entente_flow_writer_heading (self->writer, ENTENTE_TEXT_HEADING,
                                                                      block->text, "contents");
          for (guint j = i + 1; j < self->content->len; j++)
            {
              EntenteContentBlock *chapter = g_ptr_array_index (self->content, j);

              if (chapter->kind != ENTENTE_CONTENT_SECTION)
                continue;
              add_section (self, chapter->label, chapter->text);
              add_contents_entry (self, get_section (self, self->sections->len - 1));
            }
          break;
        case ENTENTE_CONTENT_SECTION:
          section = get_section (self, next_section);
          if (next_section == 1 || (block->flags & ENTENTE_CONTENT_NEW_PAGE))
            entente_page_flow_add_page_break (self->flow);
          next_section++;
          section->block = entente_flow_writer_heading (self->writer, ENTENTE_TEXT_HEADING,
                                                        section->pub.title, section->pub.id);
          break;
        default:
          entente_agreement_flow_write_block (self->writer, document, self->content, i);
          break;
        }
    }

  /* Page numbers do not change the height of the contents, so a second
   * pass places everything where the first did, numbers included. */
  entente_page_flow_paginate (self->flow);
  set_page_numbers (self);
  entente_page_flow_paginate (self->flow);
  set_page_numbers (self);
  add_running_heads (self, document);

  return self;
}

EntenteAgreementFlags
entente_agreement_layout_get_flags (EntenteAgreementLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_AGREEMENT_LAYOUT (self), ENTENTE_AGREEMENT_DEFAULT);

  return self->flags;
}

/**
 * entente_agreement_layout_get_page_size:
 * @width: (out) (optional): in points
 * @height: (out) (optional): in points
 */
void
entente_agreement_layout_get_page_size (EntenteAgreementLayout *self,
                                        double                 *width,
                                        double                 *height)
{
  g_return_if_fail (ENTENTE_IS_AGREEMENT_LAYOUT (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

guint
entente_agreement_layout_get_n_pages (EntenteAgreementLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_AGREEMENT_LAYOUT (self), 0);

  return entente_page_flow_get_n_pages (self->flow);
}

/**
 * entente_agreement_layout_render_page:
 * @cr: a context in points, the page's top left corner at the origin
 * @page: from 0
 *
 * Draws one page.  On a PDF surface, the contents' links and the
 * sections' destinations become the PDF's own.
 */
void
entente_agreement_layout_render_page (EntenteAgreementLayout *self,
                                      cairo_t                *cr,
                                      guint                   page)
{
  g_return_if_fail (ENTENTE_IS_AGREEMENT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < entente_page_flow_get_n_pages (self->flow));

  cairo_save (cr);
  entente_page_flow_render_page (self->flow, cr, page);
  cairo_restore (cr);
}

guint
entente_agreement_layout_get_n_sections (EntenteAgreementLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_AGREEMENT_LAYOUT (self), 0);

  return self->sections->len;
}

/**
 * entente_agreement_layout_get_section:
 *
 * Returns: (transfer none): a section, in the order of the pages
 */
const EntenteAgreementSection *
entente_agreement_layout_get_section (EntenteAgreementLayout *self,
                                      guint                   index)
{
  g_return_val_if_fail (ENTENTE_IS_AGREEMENT_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);

  return &get_section (self, index)->pub;
}

EntentePageFlow *
entente_agreement_layout_get_flow (EntenteAgreementLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_AGREEMENT_LAYOUT (self), NULL);

  return self->flow;
}

/**
 * entente_agreement_layout_get_margins:
 * @frame: (out caller-allocates): the part of the page inside the
 *   margins, where everything is drawn
 */
void
entente_agreement_layout_get_margins (EntenteAgreementLayout *self,
                                      cairo_rectangle_t      *frame)
{
  g_return_if_fail (ENTENTE_IS_AGREEMENT_LAYOUT (self));
  g_return_if_fail (frame != NULL);

  *frame = self->frame;
}
