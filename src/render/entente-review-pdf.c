/* entente-review-pdf.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-core.h"
#include "entente-flow-pdf.h"
#include "entente-flow-writer.h"
#include "entente-funnel-block.h"
#include "entente-render-error.h"
#include "entente-review-chart-block.h"
#include "entente-review-handout.h"
#include "entente-review-pdf.h"
#include "entente-review-words.h"

/* The monthly review on paper, the meeting's handout: the actuals of a
 * CRM export against the agreement, set by the agreement's own flow
 * engine and type scale.  A single run of pages: the title, each team's
 * month in a line, the stages' tiles, the months side by side, the
 * goals against history, the funnel with the actuals, the compliance of
 * each protocol with its owners, the breaches by owner, what the
 * meeting noted and decided when it was recorded, how the export was
 * read, and the rows that were skipped.  Every page carries the title at
 * its head and “Page X of Y” at its foot. */

#define MARGIN            (20.0 * 72.0 / 25.4)
#define HEAD_SPACE        30.0
#define FOOT_SPACE        26.0

typedef struct
{
  const char *id;
  guint       block;
  const char *title;
} Section;

static void
field_row (EntenteFlowWriter *writer,
           const char        *label,
           const char        *value)
{
  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, label, ENTENTE_TEXT_LABEL);
  entente_flow_writer_cell (writer, value, ENTENTE_TEXT_BODY);
  entente_flow_writer_end_row (writer);
}

static void
write_summary (EntenteFlowWriter        *writer,
               const EntenteReviewWords *words)
{
  static const double columns[] = { 0.35, 0.65 };

  entente_flow_writer_begin_table (writer, 2, columns);
  field_row (writer, _("Period"), words->period);
  field_row (writer, _("Rows read"), words->rows);
  field_row (writer, _("Rows skipped"), words->skipped);
  field_row (writer, _("Time zone"), words->time_zone);
  entente_flow_writer_end_table (writer);
}

static void
write_stages (EntenteFlowWriter        *writer,
              const EntenteReviewWords *words)
{
  static const double columns[] = { 0.40, 0.15, 0.15, 0.15, 0.15 };
  const char *heads[] = { _("Stage"), _("Actual"), _("Target"), _("Needed"), _("Attainment"), NULL };

  entente_flow_writer_begin_table (writer, 5, columns);
  for (guint c = 1; c < 5; c++)
    entente_flow_writer_set_alignment (writer, c, PANGO_ALIGN_RIGHT);
  entente_flow_writer_table_header (writer, heads);
  for (guint i = 0; i < words->stages->len; i++)
    {
      const EntenteReviewStageWords *stage = g_ptr_array_index (words->stages, i);

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, stage->name, ENTENTE_TEXT_STRONG);
      entente_flow_writer_cell (writer, stage->actual, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, stage->target, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, stage->needed, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, stage->attainment, ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
  entente_flow_writer_paragraph (writer,
                                 _("Actual: records that entered the stage in the period. Attainment: "
                                   "the actual as a share of the committed target."),
                                 ENTENTE_TEXT_SMALL);
}

static void
write_owners (EntenteFlowWriter                *writer,
              const EntenteReviewProtocolWords *protocol,
              EntenteReviewChart               *chart,
              guint                             index)
{
  static const double columns[] = { 0.52, 0.16, 0.16, 0.16 };
  const char *heads[] = { _("Owner"), _("Entered"), _("In time"), _("Compliance"), NULL };

  gboolean notes = FALSE;

  for (guint i = 0; i < protocol->owners->len; i++)
    notes |= ((const EntenteReviewOwnerWords *) g_ptr_array_index (protocol->owners, i))->note != NULL;
  /* The bars say what the table says, but for what a name leaves out. */
  if (!notes && entente_review_chart_has_owners (chart, index))
    {
      entente_review_chart_block_add (writer, chart, ENTENTE_REVIEW_CHART_OWNERS, (int) index);
      return;
    }
  entente_flow_writer_begin_table (writer, 4, columns);
  for (guint c = 1; c < 4; c++)
    entente_flow_writer_set_alignment (writer, c, PANGO_ALIGN_RIGHT);
  entente_flow_writer_table_header (writer, heads);
  for (guint i = 0; i < protocol->owners->len; i++)
    {
      const EntenteReviewOwnerWords *owner = g_ptr_array_index (protocol->owners, i);
      g_autofree char *name = owner->note != NULL ? g_strconcat (owner->name, "\n", owner->note, NULL)
                                                  : g_strdup (owner->name);

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, name, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, owner->entered, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, owner->in_time, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, owner->compliance, ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
}

/* A line per team, the team in strong type. */
static void
write_teams (EntenteFlowWriter               *writer,
             const EntenteReviewHandoutWords *handout)
{
  static const double columns[] = { 0.36, 0.64 };

  entente_flow_writer_begin_table (writer, 2, columns);
  for (guint i = 0; i < handout->teams->len; i++)
    {
      const EntenteReviewTeamWords *team = g_ptr_array_index (handout->teams, i);

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, team->team, ENTENTE_TEXT_STRONG);
      entente_flow_writer_cell (writer, team->line, ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
}

/* Each owner's breaches under their name, the most first. */
static void
write_breaches_by_owner (EntenteFlowWriter               *writer,
                         const EntenteReviewHandoutWords *handout)
{
  static const double columns[] = { 0.11, 0.17, 0.24, 0.24, 0.24 };
  const char *heads[] = { _("Record"), _("Stage"), _("Entered"), _("Deadline"), _("First contact"), NULL };

  for (guint i = 0; i < handout->owners->len; i++)
    {
      const EntenteReviewOwnerBreaches *owner = g_ptr_array_index (handout->owners, i);

      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, owner->title, NULL);
      entente_flow_writer_begin_table (writer, 5, columns);
      entente_flow_writer_table_header (writer, heads);
      for (guint j = 0; j < owner->rows->len; j++)
        {
          const EntenteReviewOwnerBreach *breach = g_ptr_array_index (owner->rows, j);

          entente_flow_writer_begin_row (writer);
          entente_flow_writer_cell (writer, breach->record, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, breach->stage, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, breach->entered, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, breach->deadline, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, breach->first_contact, ENTENTE_TEXT_BODY);
          entente_flow_writer_end_row (writer);
        }
      entente_flow_writer_end_table (writer);
    }
  if (handout->unlisted != NULL)
    entente_flow_writer_paragraph (writer, handout->unlisted, ENTENTE_TEXT_SMALL);
}

static void
write_meeting (EntenteFlowWriter               *writer,
               const EntenteReviewHandoutWords *handout)
{
  entente_flow_writer_paragraph (writer, handout->recorded, ENTENTE_TEXT_CAPTION);
  if (handout->notes != NULL)
    {
      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, _("Notes"), NULL);
      entente_flow_writer_paragraph (writer, handout->notes, ENTENTE_TEXT_BODY);
    }
  if (handout->decisions->len > 0)
    {
      entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, _("Decisions"), NULL);
      for (guint i = 0; i < handout->decisions->len; i++)
        {
          /* Translators: a decision of the meeting, as an item of a list */
          g_autofree char *item = g_strdup_printf (_("• %s"), (const char *) g_ptr_array_index (handout->decisions, i));

          entente_flow_writer_paragraph (writer, item, ENTENTE_TEXT_BODY);
        }
    }
}

static void
write_protocol (EntenteFlowWriter                *writer,
                const EntenteReviewProtocolWords *protocol,
                EntenteReviewChart               *chart,
                guint                             index)
{
  static const double columns[] = { 0.16, 0.16, 0.16, 0.16, 0.18, 0.18 };
  const char *heads[] = { _("Entered"), _("In time"), _("Late"), _("Never"), _("Compliance"),
                          _("Attempts ok"), NULL };

  entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, protocol->title, NULL);
  entente_flow_writer_paragraph (writer, protocol->rule, ENTENTE_TEXT_BODY);

  entente_flow_writer_begin_table (writer, 6, columns);
  for (guint c = 0; c < 6; c++)
    entente_flow_writer_set_alignment (writer, c, PANGO_ALIGN_RIGHT);
  entente_flow_writer_table_header (writer, heads);
  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, protocol->entered, ENTENTE_TEXT_BODY);
  entente_flow_writer_cell (writer, protocol->in_time, ENTENTE_TEXT_BODY);
  entente_flow_writer_cell (writer, protocol->late, ENTENTE_TEXT_BODY);
  entente_flow_writer_cell (writer, protocol->never, ENTENTE_TEXT_BODY);
  entente_flow_writer_cell (writer, protocol->compliance, ENTENTE_TEXT_STRONG);
  entente_flow_writer_cell (writer, protocol->attempts_ok, ENTENTE_TEXT_BODY);
  entente_flow_writer_end_row (writer);
  entente_flow_writer_end_table (writer);
  if (protocol->not_measured != NULL)
    entente_flow_writer_paragraph (writer, protocol->not_measured, ENTENTE_TEXT_BODY);
  if (protocol->invalid != NULL)
    entente_flow_writer_paragraph (writer, protocol->invalid, ENTENTE_TEXT_BODY);

  if (protocol->owners->len > 0)
    write_owners (writer, protocol, chart, index);
}

static void
write_skipped (EntenteFlowWriter        *writer,
               const EntenteReviewWords *words)
{
  for (guint i = 0; i < words->skipped_rows->len; i++)
    entente_flow_writer_paragraph (writer, g_ptr_array_index (words->skipped_rows, i), ENTENTE_TEXT_BODY);
  if (words->more_skipped != NULL)
    entente_flow_writer_paragraph (writer, words->more_skipped, ENTENTE_TEXT_SMALL);
}

/* The running head on every page after the first, which has the title
 * already; the page number at the foot of all of them. */
static void
add_running_heads (EntenteFlowWriter       *writer,
                   const cairo_rectangle_t *frame,
                   const char              *title)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  const EntenteRenderColor *ink = entente_flow_writer_get_style_color (writer, ENTENTE_TEXT_SMALL);
  const EntenteRenderColor *rule = entente_flow_writer_get_color (writer, ENTENTE_RENDER_INK_RULE);
  g_autoptr(PangoLayout) head = entente_flow_writer_create_line (writer, title, ENTENTE_TEXT_SMALL, frame->width);
  guint n_pages = entente_page_flow_get_n_pages (flow);
  double head_height;

  head_height = entente_flow_writer_measure (head);

  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *number = NULL;
      g_autoptr(PangoLayout) right = NULL;
      double bottom = frame->y + frame->height;

      if (page > 0)
        {
          entente_page_flow_page_add_text (flow, page, head, frame->x, frame->y, ink);
          entente_page_flow_page_add_rule (flow, page, frame->x, frame->y + head_height + 5.0,
                                           frame->width, 0.5, rule);
        }

      /* Translators: in the foot of each page */
      number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
      right = entente_flow_writer_create_layout (writer, number, ENTENTE_TEXT_SMALL, frame->width);
      pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
      entente_page_flow_page_add_text (flow, page, right, frame->x,
                                       bottom - entente_flow_writer_measure (right), ink);
    }
}

/**
 * entente_review_pdf_export:
 * @doc: the agreement reviewed
 * @report: its actuals for one month
 * @paper: the sheets to lay it out on
 * @error: where to tell why cairo failed
 *
 * The monthly review as a PDF, encoded in memory, for the caller to write
 * in one atomic replace.
 *
 * Returns: (transfer full): the PDF, or %NULL on error
 */
GBytes *
entente_review_pdf_export (EntenteDocument             *doc,
                           const EntenteActualsReport  *report,
                           EntentePaper                 paper,
                           GError                     **error)
{
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (doc);
  g_autoptr(EntenteReviewWords) words = NULL;
  g_autoptr(EntenteReviewHandoutWords) handout = NULL;
  g_autoptr(EntenteReviewChart) chart = NULL;
  g_autoptr(EntentePageFlow) flow = NULL;
  g_autoptr(EntenteFlowWriter) writer = NULL;
  g_autoptr(GArray) sections = NULL;
  g_autoptr(GArray) outline = NULL;
  g_autofree char *period = NULL;
  EntenteFlowPdfInfo info = { NULL };
  GBytes *bytes = NULL;
  cairo_rectangle_t frame, body;
  double width, height;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  words = entente_review_words_new (doc, report);
  handout = entente_review_handout_words_new (doc, report, words);
  chart = entente_review_chart_new (doc, report, ENTENTE_REVIEW_CHART_MONTHS);
  period = g_strdup_printf ("%04d-%02d", report->year, report->month);

  entente_paper_get_size (paper, &width, &height);
  frame.x = MARGIN;
  frame.y = MARGIN;
  frame.width = width - 2.0 * MARGIN;
  frame.height = height - 2.0 * MARGIN;
  body = frame;
  body.y += HEAD_SPACE;
  body.height -= HEAD_SPACE + FOOT_SPACE;

  flow = entente_page_flow_new (&body);
  writer = entente_flow_writer_new (flow);
  sections = g_array_new (FALSE, TRUE, sizeof (Section));

  entente_flow_writer_paragraph (writer, _("Sales & Marketing Service Level Agreement"), ENTENTE_TEXT_CAPTION);
  entente_flow_writer_paragraph (writer, words->title, ENTENTE_TEXT_TITLE);
  write_summary (writer, words);

  {
    Section s = { "teams", 0, _("The month by team") };

    s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
    g_array_append_val (sections, s);
    write_teams (writer, handout);
  }
  {
    Section s = { "stages", 0, _("Stages") };

    s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
    g_array_append_val (sections, s);
    entente_review_chart_block_add (writer, chart, ENTENTE_REVIEW_CHART_TILES, -1);
    write_stages (writer, words);
  }
  {
    g_autoptr(GPtrArray) findings = entente_history_check_run (doc, report);

    if (findings->len > 0)
      {
        Section s = { "history", 0, _("Goals against history") };

        s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
        g_array_append_val (sections, s);
        for (guint i = 0; i < findings->len; i++)
          entente_flow_writer_paragraph (writer, ((EntenteFinding *) g_ptr_array_index (findings, i))->message,
                                         ENTENTE_TEXT_BODY);
      }
  }
  if (entente_review_chart_has (chart, ENTENTE_REVIEW_CHART_TRENDS))
    {
      Section s = { "trends", 0, _("Month by month") };

      s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
      g_array_append_val (sections, s);
      entente_review_chart_block_add (writer, chart, ENTENTE_REVIEW_CHART_TRENDS, -1);
    }
  {
    Section s = { "funnel", 0, _("Funnel") };

    s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
    g_array_append_val (sections, s);
    entente_funnel_block_add (writer, doc, report);
  }
  {
    Section s = { "compliance", 0, _("Protocol compliance") };

    s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
    g_array_append_val (sections, s);
    if (report->protocols->len == 0)
      entente_flow_writer_paragraph (writer, _("The agreement has no lead-management protocols."),
                                     ENTENTE_TEXT_BODY);
    for (guint i = 0; i < words->protocols->len; i++)
      write_protocol (writer, g_ptr_array_index (words->protocols, i), chart, i);
  }
  if (handout->owners->len > 0)
    {
      Section s = { "breaches", 0, _("Breaches by owner") };

      s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
      g_array_append_val (sections, s);
      write_breaches_by_owner (writer, handout);
    }
  if (handout->recorded != NULL)
    {
      Section s = { "meeting", 0, _("The meeting") };

      s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
      g_array_append_val (sections, s);
      write_meeting (writer, handout);
    }
  {
    Section s = { "import", 0, _("How the export was read") };

    s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
    g_array_append_val (sections, s);
    for (guint i = 0; i < words->assumptions->len; i++)
      entente_flow_writer_paragraph (writer, g_ptr_array_index (words->assumptions, i), ENTENTE_TEXT_BODY);
  }
  if (report->skipped > 0)
    {
      Section s = { "skipped", 0, _("Skipped rows") };

      s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
      g_array_append_val (sections, s);
      write_skipped (writer, words);
    }

  entente_page_flow_paginate (flow);
  add_running_heads (writer, &frame, words->title);

  outline = g_array_new (FALSE, TRUE, sizeof (EntenteFlowPdfEntry));
  for (guint i = 0; i < sections->len; i++)
    {
      const Section *section = &g_array_index (sections, Section, i);
      EntenteFlowPdfEntry entry = { section->title, section->id };

      g_array_append_val (outline, entry);
    }

  info.title = words->title;
  info.author = entente_meta_get_organization (entente_document_get_meta (doc));
  info.subject = period;
  info.outline = (const EntenteFlowPdfEntry *) outline->data;
  info.n_outline = outline->len;

  if (!entente_render_check_status (entente_flow_pdf_write (flow, width, height, &info, &bytes), ENTENTE_RENDER_WORK_REVIEW, error))
    return NULL;

  return bytes;
}
