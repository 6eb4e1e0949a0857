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
#include "entente-funnel-layout.h"
#include "entente-funnel-renderer.h"
#include "entente-render-error.h"
#include "entente-review-pdf.h"

/* The monthly review on paper: the actuals of a CRM export against the
 * agreement, set by the agreement's own flow engine and type scale.  A
 * single run of pages: the title, the stages, the funnel with the
 * actuals, the compliance of each protocol with its owners and its
 * breaches, then the rows that were skipped.  Every page carries the
 * title at its head and “Page X of Y” at its foot. */

#define MARGIN            (20.0 * 72.0 / 25.4)
#define HEAD_SPACE        30.0
#define FOOT_SPACE        26.0
#define FUNNEL_HEIGHT     280.0
#define FUNNEL_MIN_HEIGHT 170.0

typedef struct
{
  const char *id;
  guint       block;
  const char *title;
} Section;

typedef struct
{
  EntenteDocument            *document;
  PangoContext               *context;
  EntenteFunnelLayout        *layout;
  GArray                     *actuals;   /* gint64, per stage in the report */
  GPtrArray                  *stage_ids; /* char * */
  EntenteLocale              *locale;     /* the export's, in force when it is drawn */
} Funnel;

static char *
format_count (gint64 value)
{
  return value >= 0 ? entente_format_count (NULL, value) : g_strdup ("—");
}

static char *
format_unsigned (guint64 value)
{
  return entente_format_count (NULL, (gint64) MIN (value, (guint64) G_MAXINT64));
}

static char *
format_percent (double ratio)
{
  return ratio >= 0 ? g_strdup_printf ("%.0f%%", ratio * 100) : g_strdup ("—");
}

static char *
format_time (gint64     unix_seconds,
             GTimeZone *zone)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == ENTENTE_ACTUALS_NO_TIME)
    return g_strdup ("—");
  utc = g_date_time_new_from_unix_utc (unix_seconds);
  if (utc == NULL)
    return g_strdup ("?");
  local = g_date_time_to_timezone (utc, zone);
  return entente_format_moment (NULL, local);
}

/* The funnel */

static void
funnel_free (gpointer data)
{
  Funnel *funnel = data;

  g_clear_object (&funnel->document);
  g_clear_object (&funnel->context);
  g_clear_object (&funnel->layout);
  g_clear_pointer (&funnel->locale, entente_locale_unref);
  g_clear_pointer (&funnel->actuals, g_array_unref);
  g_clear_pointer (&funnel->stage_ids, g_ptr_array_unref);
  g_free (funnel);
}

static void
draw_funnel (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  data)
{
  Funnel *funnel = data;
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (funnel->locale);

  if (funnel->layout == NULL ||
      entente_funnel_layout_get_width (funnel->layout) != width ||
      entente_funnel_layout_get_height (funnel->layout) != height)
    {
      g_clear_object (&funnel->layout);
      funnel->layout = entente_funnel_layout_new (funnel->document, funnel->context, width, height);
      for (guint i = 0; i < funnel->stage_ids->len; i++)
        {
          gint64 actual = g_array_index (funnel->actuals, gint64, i);

          if (actual >= 0)
            entente_funnel_layout_set_actual (funnel->layout, g_ptr_array_index (funnel->stage_ids, i), actual);
        }
    }

  entente_funnel_render (funnel->layout, cr, ENTENTE_RENDER_PRINT);
}

static void
write_funnel (EntenteFlowWriter          *writer,
              EntenteDocument            *document,
              const EntenteActualsReport *report)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  cairo_rectangle_t rect = { 0.0, 0.0, entente_flow_writer_get_width (writer), FUNNEL_HEIGHT };
  Funnel *funnel = g_new0 (Funnel, 1);
  guint block;

  funnel->document = g_object_ref (document);
  funnel->locale = entente_locale_ref (entente_locale_get_default ());
  funnel->context = g_object_ref (entente_flow_writer_get_context (writer));
  funnel->actuals = g_array_new (FALSE, FALSE, sizeof (gint64));
  funnel->stage_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < report->stages->len; i++)
    {
      const EntenteActualsStage *stage = g_ptr_array_index (report->stages, i);

      g_ptr_array_add (funnel->stage_ids, g_strdup (stage->stage_id));
      g_array_append_val (funnel->actuals, stage->actual);
    }

  block = entente_page_flow_add_block (flow, rect.height, ENTENTE_FLOW_KEEP_TOGETHER);
  entente_page_flow_set_min_height (flow, block, FUNNEL_MIN_HEIGHT);
  entente_page_flow_add_drawing (flow, block, &rect, draw_funnel, funnel, funnel_free);
  entente_flow_writer_space (writer, ENTENTE_FLOW_GAP_TABLE);
}

/* The sections */

static void
write_summary (EntenteFlowWriter          *writer,
               EntenteDocument            *document,
               const EntenteActualsReport *report)
{
  static const double columns[] = { 0.35, 0.65 };
  const char *identifier = entente_meta_get_timezone (entente_document_get_meta (document));
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *month = NULL;
  g_autofree char *rows = format_unsigned (report->rows);
  g_autofree char *skipped = format_unsigned (report->skipped);

  start = g_date_time_new_utc (report->year, report->month, 1, 0, 0, 0);
  month = start != NULL ? g_date_time_format (start, "%B %Y")
                        : g_strdup_printf ("%04d-%02d", report->year, report->month);

  entente_flow_writer_begin_table (writer, 2, columns);
  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, _("Period"), ENTENTE_TEXT_LABEL);
  entente_flow_writer_cell (writer, month, ENTENTE_TEXT_BODY);
  entente_flow_writer_end_row (writer);
  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, _("Rows read"), ENTENTE_TEXT_LABEL);
  entente_flow_writer_cell (writer, rows, ENTENTE_TEXT_BODY);
  entente_flow_writer_end_row (writer);
  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, _("Rows skipped"), ENTENTE_TEXT_LABEL);
  entente_flow_writer_cell (writer, skipped, ENTENTE_TEXT_BODY);
  entente_flow_writer_end_row (writer);
  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, _("Time zone"), ENTENTE_TEXT_LABEL);
  entente_flow_writer_cell (writer, identifier != NULL ? identifier : "UTC", ENTENTE_TEXT_BODY);
  entente_flow_writer_end_row (writer);
  entente_flow_writer_end_table (writer);
}

static void
write_stages (EntenteFlowWriter          *writer,
              EntenteDocument            *document,
              const EntenteActualsReport *report)
{
  static const double columns[] = { 0.40, 0.15, 0.15, 0.15, 0.15 };
  const char *heads[] = { _("Stage"), _("Actual"), _("Target"), _("Needed"), _("Attainment"), NULL };

  entente_flow_writer_begin_table (writer, 5, columns);
  for (guint c = 1; c < 5; c++)
    entente_flow_writer_set_alignment (writer, c, PANGO_ALIGN_RIGHT);
  entente_flow_writer_table_header (writer, heads);
  for (guint i = 0; i < report->stages->len; i++)
    {
      const EntenteActualsStage *stage = g_ptr_array_index (report->stages, i);
      g_autofree char *actual = format_count (stage->actual);
      g_autofree char *target = format_count (stage->target);
      g_autofree char *needed = format_count (stage->needed >= 0 ? (gint64) stage->needed : -1);
      g_autofree char *attainment = NULL;

      if (stage->actual >= 0 && stage->target > 0)
        attainment = format_percent ((double) stage->actual / stage->target);
      else
        attainment = g_strdup ("—");

      entente_flow_writer_begin_row (writer);
      entente_flow_writer_cell (writer, entente_document_stage_name (document, stage->stage_id), ENTENTE_TEXT_STRONG);
      entente_flow_writer_cell (writer, actual, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, target, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, needed, ENTENTE_TEXT_BODY);
      entente_flow_writer_cell (writer, attainment, ENTENTE_TEXT_BODY);
      entente_flow_writer_end_row (writer);
    }
  entente_flow_writer_end_table (writer);
  entente_flow_writer_paragraph (writer,
                                 _("Actual: records that entered the stage in the period. Attainment: "
                                   "the actual as a share of the committed target."),
                                 ENTENTE_TEXT_SMALL);
}

static void
write_protocol (EntenteFlowWriter            *writer,
                EntenteDocument              *document,
                const EntenteActualsProtocol *protocol,
                GTimeZone                    *zone)
{
  static const double counts_columns[] = { 0.16, 0.16, 0.16, 0.16, 0.18, 0.18 };
  static const double owner_columns[] = { 0.52, 0.16, 0.16, 0.16 };
  static const double breach_columns[] = { 0.10, 0.21, 0.23, 0.23, 0.23 };
  const char *count_heads[] = { _("Entered"), _("In time"), _("Late"), _("Never"), _("Compliance"),
                                _("Attempts ok"), NULL };
  const char *owner_heads[] = { _("Owner"), _("Entered"), _("In time"), _("Compliance"), NULL };
  const char *breach_heads[] = { _("Record"), _("Owner"), _("Entered"), _("Deadline"), _("First contact"), NULL };
  g_autofree char *window = entente_format_duration (NULL, &protocol->window, protocol->business_hours);
  g_autofree char *title = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *entered = format_unsigned (protocol->entered);
  g_autofree char *in_time = format_unsigned (protocol->in_time);
  g_autofree char *late = format_unsigned (protocol->late);
  g_autofree char *never = format_unsigned (protocol->never);
  g_autofree char *compliance = format_percent (entente_actuals_protocol_get_compliance (protocol));
  g_autofree char *attempts = format_percent (entente_actuals_protocol_get_attempts_ok (protocol));
  const char *stage_name;
  const char *team;

  /* Translators: a protocol's heading: the stage, then the team that works it */
  stage_name = entente_document_stage_name (document, protocol->stage_id);
  team = entente_document_party_team (document, protocol->party);
  title = g_strdup_printf (_("%s — %s"), stage_name ? stage_name : "", team ? team : "");
  entente_flow_writer_heading (writer, ENTENTE_TEXT_SUBHEADING, title, NULL);
  /* Translators: a protocol's rule: %s is a duration, as “1 business hour”; %d a number of attempts */
  rule = g_strdup_printf (_("First response within %s; at least %d attempts."), window, protocol->attempts);
  entente_flow_writer_paragraph (writer, rule, ENTENTE_TEXT_BODY);

  entente_flow_writer_begin_table (writer, 6, counts_columns);
  for (guint c = 0; c < 6; c++)
    entente_flow_writer_set_alignment (writer, c, PANGO_ALIGN_RIGHT);
  entente_flow_writer_table_header (writer, count_heads);
  entente_flow_writer_begin_row (writer);
  entente_flow_writer_cell (writer, entered, ENTENTE_TEXT_BODY);
  entente_flow_writer_cell (writer, in_time, ENTENTE_TEXT_BODY);
  entente_flow_writer_cell (writer, late, ENTENTE_TEXT_BODY);
  entente_flow_writer_cell (writer, never, ENTENTE_TEXT_BODY);
  entente_flow_writer_cell (writer, compliance, ENTENTE_TEXT_STRONG);
  entente_flow_writer_cell (writer, attempts, ENTENTE_TEXT_BODY);
  entente_flow_writer_end_row (writer);
  entente_flow_writer_end_table (writer);

  if (protocol->owners->len > 0)
    {
      entente_flow_writer_begin_table (writer, 4, owner_columns);
      for (guint c = 1; c < 4; c++)
        entente_flow_writer_set_alignment (writer, c, PANGO_ALIGN_RIGHT);
      entente_flow_writer_table_header (writer, owner_heads);
      for (guint i = 0; i <= protocol->owners->len; i++)
        {
          const EntenteActualsOwner *owner = i < protocol->owners->len ? g_ptr_array_index (protocol->owners, i)
                                                                      : protocol->others;
          g_autofree char *owner_entered = NULL;
          g_autofree char *owner_in_time = NULL;
          g_autofree char *share = NULL;
          g_autofree char *uncounted = g_strdup_printf (_("(other owners, and all after the first %d)"),
                                                        ENTENTE_ACTUALS_MAX_OWNERS_COUNTED);

          if (owner == NULL)
            break;
          owner_entered = format_unsigned (owner->entered);
          owner_in_time = format_unsigned (owner->in_time);
          share = format_percent (owner->entered > 0 ? (double) owner->in_time / owner->entered : -1.0);
          entente_flow_writer_begin_row (writer);
          entente_flow_writer_cell (writer, owner != protocol->others ? (*owner->owner != '\0' ? owner->owner : _("(no owner)"))
                                            : protocol->others_uncounted ? uncounted : _("(other owners)"),
                                    ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, owner_entered, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, owner_in_time, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, share, ENTENTE_TEXT_BODY);
          entente_flow_writer_end_row (writer);
        }
      entente_flow_writer_end_table (writer);
    }

  if (protocol->n_breaches > 0)
    {
      g_autofree char *count = format_unsigned (protocol->n_breaches);
      g_autofree char *caption = NULL;

      /* Translators: %s is how many records breached the protocol */
      caption = g_strdup_printf (_("Breaches (%s)"), count);
      entente_flow_writer_paragraph (writer, caption, ENTENTE_TEXT_CAPTION);
      entente_flow_writer_begin_table (writer, 5, breach_columns);
      entente_flow_writer_table_header (writer, breach_heads);
      for (guint i = 0; i < protocol->breaches->len; i++)
        {
          const EntenteActualsBreach *breach = g_ptr_array_index (protocol->breaches, i);
          g_autofree char *breach_entered = format_time (breach->entered, zone);
          g_autofree char *deadline = format_time (breach->deadline, zone);
          g_autofree char *contact = format_time (breach->first_contact, zone);

          entente_flow_writer_begin_row (writer);
          entente_flow_writer_cell (writer, breach->record, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, breach->owner != NULL ? breach->owner : "", ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, breach_entered, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, deadline, ENTENTE_TEXT_BODY);
          entente_flow_writer_cell (writer, contact, ENTENTE_TEXT_BODY);
          entente_flow_writer_end_row (writer);
        }
      entente_flow_writer_end_table (writer);
      if (protocol->n_breaches > protocol->breaches->len)
        {
          g_autofree char *more = format_unsigned (protocol->n_breaches - protocol->breaches->len);
          g_autofree char *note = NULL;

          /* Translators: %s is a number of breaches not listed */
          note = g_strdup_printf (_("… and %s more breaches."), more);
          entente_flow_writer_paragraph (writer, note, ENTENTE_TEXT_SMALL);
        }
    }
}

static void
write_skipped (EntenteFlowWriter          *writer,
               const EntenteActualsReport *report)
{
  for (guint i = 0; i < report->skipped_messages->len; i++)
    entente_flow_writer_paragraph (writer, g_ptr_array_index (report->skipped_messages, i), ENTENTE_TEXT_BODY);
  if (report->skipped > report->skipped_messages->len)
    {
      g_autofree char *more = format_unsigned (report->skipped - report->skipped_messages->len);
      g_autofree char *note = NULL;

      /* Translators: %s is a number of rows */
      note = g_strdup_printf (_("… and %s more rows skipped."), more);
      entente_flow_writer_paragraph (writer, note, ENTENTE_TEXT_SMALL);
    }
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
  EntenteMeta *meta;
  const char *sla_title;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(EntentePageFlow) flow = NULL;
  g_autoptr(EntenteFlowWriter) writer = NULL;
  g_autoptr(GArray) sections = NULL;
  g_autoptr(GArray) outline = NULL;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;
  EntenteFlowPdfInfo info = { NULL };
  GBytes *bytes = NULL;
  cairo_rectangle_t frame, body;
  double width, height;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  meta = entente_document_get_meta (doc);
  sla_title = entente_meta_get_title (meta);
  if (sla_title == NULL || *sla_title == '\0')
    sla_title = _("Untitled agreement");
  zone = entente_document_get_time_zone (doc);

  /* Translators: the title of the monthly review; %s is the agreement's title */
  title = g_strdup_printf (_("Monthly review — %s"), sla_title);
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
  entente_flow_writer_paragraph (writer, title, ENTENTE_TEXT_TITLE);
  write_summary (writer, doc, report);

  {
    Section s = { "stages", 0, _("Stages") };

    s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
    g_array_append_val (sections, s);
    write_stages (writer, doc, report);
  }
  {
    Section s = { "funnel", 0, _("Funnel") };

    s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
    g_array_append_val (sections, s);
    write_funnel (writer, doc, report);
  }
  {
    Section s = { "compliance", 0, _("Protocol compliance") };

    s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
    g_array_append_val (sections, s);
    if (report->protocols->len == 0)
      entente_flow_writer_paragraph (writer, _("The agreement has no lead-management protocols."),
                                     ENTENTE_TEXT_BODY);
    for (guint i = 0; i < report->protocols->len; i++)
      write_protocol (writer, doc, g_ptr_array_index (report->protocols, i), zone);
  }
  if (report->skipped > 0)
    {
      Section s = { "skipped", 0, _("Skipped rows") };

      s.block = entente_flow_writer_heading (writer, ENTENTE_TEXT_HEADING, s.title, s.id);
      g_array_append_val (sections, s);
      write_skipped (writer, report);
    }

  entente_page_flow_paginate (flow);
  add_running_heads (writer, &frame, title);

  outline = g_array_new (FALSE, TRUE, sizeof (EntenteFlowPdfEntry));
  for (guint i = 0; i < sections->len; i++)
    {
      const Section *section = &g_array_index (sections, Section, i);
      EntenteFlowPdfEntry entry = { section->title, section->id };

      g_array_append_val (outline, entry);
    }

  info.title = title;
  info.author = entente_meta_get_organization (meta);
  info.subject = period;
  info.outline = (const EntenteFlowPdfEntry *) outline->data;
  info.n_outline = outline->len;

  if (!entente_render_check_status (entente_flow_pdf_write (flow, width, height, &info, &bytes), ENTENTE_RENDER_WORK_REVIEW, error))
    return NULL;

  return bytes;
}
