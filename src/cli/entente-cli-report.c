/* entente-cli-report.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "entente-cli-json.h"
#include "entente-cli-verbs.h"
#include "entente-value.h"
#include "entente-core.h"
#include "entente-file-replace.h"
#include "entente-file-update.h"
#include "entente-paper.h"
#include "entente-document-locale.h"
#include "entente-review-chart.h"
#include "entente-review-pdf.h"
#include "entente-review-words.h"

/* entente-cli report FILE --actuals CSV [--period YYYY-MM]
 * [--map KEY=COLUMN]… [--save-mapping] [--date-order dmy|mdy|ymd]
 * [--months N] [--png OUT.png] [--svg OUT.svg]
 * [--record [--notes TEXT] [--decision TEXT]… [--by NAME]]
 * [--json | -o OUT.pdf [--paper a4|letter]]: the
 * monthly review of a CRM export against the agreement, as a table, as
 * JSON or as a PDF.  Without --period, the latest month in which a record
 * of the export entered a stage; with --months, that month and the ones
 * before it, side by side, the months the export does not cover as the
 * meetings recorded them.  --record keeps the reviewed month in FILE. */

/* A decade of monthly meetings. */
#define MAX_MONTHS 120

/* The most characters of a value from the export a table shows. */
#define QUOTED_CELL 40

static char *actuals;
static char *period;
static char **maps;
static gboolean save_mapping;
static gboolean json;
static char *output;
static char *paper_name;
static char *date_order;
static int months = -1; /* not given */
static char *png;
static char *svg;
static gboolean record;
static char *notes;
static char **decisions;
static char *by;

static const GOptionEntry entries[] = {
  { "actuals", 0, 0, G_OPTION_ARG_FILENAME, &actuals, N_("The CRM export to review"), N_("CSV") },
  { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("The month to review (default: the latest month with records)"), N_("YYYY-MM") },
  { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps, N_("Read KEY (a stage id, record, owner, first-contact or attempts) from COLUMN"), N_("KEY=COLUMN") },
  { "save-mapping", 0, 0, G_OPTION_ARG_NONE, &save_mapping, N_("Keep the --map columns in FILE for the next reviews"), NULL },
  { "date-order", 0, 0, G_OPTION_ARG_STRING, &date_order, N_("Read every date with the year last day first (dmy) or month first (mdy), or accept only years first (ymd); by default each column's dates tell"), N_("ORDER") },
  { "months", 0, 0, G_OPTION_ARG_INT, &months, N_("Review the N months ending at the period, side by side"), N_("N") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of a table"), NULL },
  { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, N_("Also draw the review's charts as PNG to OUT"), N_("OUT.png") },
  { "svg", 0, 0, G_OPTION_ARG_FILENAME, &svg, N_("Also draw the review's charts as SVG to OUT"), N_("OUT.svg") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the review as PDF to OUT"), N_("OUT.pdf") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("Paper size of the PDF: a4 or letter (default: the locale’s)"), N_("PAPER") },
  { "record", 0, 0, G_OPTION_ARG_NONE, &record, N_("Keep the reviewed month’s figures in FILE, with the meeting’s notes and decisions"), NULL },
  { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("The meeting’s notes, with --record"), N_("TEXT") },
  { "decision", 0, 0, G_OPTION_ARG_STRING_ARRAY, &decisions, N_("A decision the meeting took, with --record; may be given more than once"), N_("TEXT") },
  { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who records the meeting, with --record (default: the name set in Preferences)"), N_("NAME") },
  { NULL }
};

static gboolean
parse_period (const char *text,
              int        *year,
              int        *month)
{
  char *end = NULL;
  gint64 y, m;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  y = g_ascii_strtoll (text, &end, 10);
  if (end - text != 4 || *end != '-' || !g_ascii_isdigit (end[1]))
    return FALSE;
  text = end + 1;
  m = g_ascii_strtoll (text, &end, 10);
  if (end - text != 2 || *end != '\0' || m < 1 || m > 12 || y < 1)
    return FALSE;
  *year = (int) y;
  *month = (int) m;
  return TRUE;
}


/* Why a figure is null, for programs: stable words, not a sentence. */
static const char *
encoding_name (EntenteCsvEncoding encoding)
{
  switch (encoding)
    {
    case ENTENTE_CSV_UTF8_BOM:
      return "UTF-8 BOM";
    case ENTENTE_CSV_UTF16LE:
      return "UTF-16LE";
    case ENTENTE_CSV_UTF16BE:
      return "UTF-16BE";
    case ENTENTE_CSV_WINDOWS_1252:
      return "Windows-1252";
    case ENTENTE_CSV_UTF8:
    default:
      return "UTF-8";
    }
}

/* How the export was read: "encoding", "delimiter", "duplicates" (rows
 * not counted, a later row holding the same record) and "dates", each
 * date column's "column", "order" ("mdy", "dmy", "ymd") and "source"
 * ("unneeded", "found" with the "line" that settled it, "columns" (the
 * export's other date columns), "language", "given"). */
static void
add_import (JsonBuilder          *builder,
            EntenteActualsReport *report)
{
  static const char *sources[] = { "unneeded", "found", "language", "given", "columns" };
  /* In EntenteActualsSource's order. */
  static const char *crms[] = { NULL, "hubspot-contacts", "salesforce-report", "hubspot-deals",
                                "salesforce-api", "pipedrive", "zoho" };
  EntenteActualsSource crm = entente_actuals_mapping_get_source (report->mapping);
  char delimiter[2] = { report->delimiter, '\0' };
  g_auto(GStrv) keys = entente_actuals_mapping_get_keys (report->mapping);

  json_builder_set_member_name (builder, "import");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "crm");
  if (crm < G_N_ELEMENTS (crms) && crms[crm] != NULL)
    json_builder_add_string_value (builder, crms[crm]);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_object (builder);
  for (guint i = 0; keys[i] != NULL; i++)
    entente_cli_json_add_string (builder, keys[i], entente_actuals_mapping_get (report->mapping, keys[i]));
  json_builder_end_object (builder);
  entente_cli_json_add_string (builder, "encoding", encoding_name (report->encoding));
  entente_cli_json_add_string (builder, "delimiter", delimiter);
  entente_cli_json_add_count (builder, "duplicates", (gint64) MIN (report->duplicates, G_MAXINT64));
  json_builder_set_member_name (builder, "dates");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->date_columns->len; i++)
    {
      EntenteActualsDateColumn *column = g_ptr_array_index (report->date_columns, i);

      json_builder_begin_object (builder);
      entente_cli_json_add_string (builder, "column", column->column);
      entente_cli_json_add_string (builder, "order", entente_date_order_get_name (column->order));
      entente_cli_json_add_string (builder, "source", sources[column->source]);
      if (column->source == ENTENTE_ACTUALS_ORDER_FOUND)
        entente_cli_json_add_count (builder, "line", (gint64) MIN (column->line, G_MAXINT64));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* A month's stages (id, actual, target, needed) and protocols (stage,
 * party, entered, in_time, late, never, invalid (first contact before the
 * stage), compliance (in time ÷ entered but invalid), attempts_ok, and
 * with @breaches the breaching records' ids); null where nothing was
 * measured, with "reason" (for compliance) and "attempts_reason" saying
 * why: "stage-not-mapped", "first-contact-not-mapped",
 * "attempts-not-mapped", or for the whole month "outside-export". */
static void
add_period (JsonBuilder *builder,
            int          year,
            int          month)
{
  g_autofree char *text = g_strdup_printf ("%04d-%02d", year, month);

  entente_cli_json_add_string (builder, "period", text);
}

/* A month without figures is outside the export and was not recorded;
 * a recorded one says it is. */
static void
add_month (JsonBuilder *builder,
           gboolean     in_export,
           gboolean     recorded,
           GPtrArray   *stages,
           GPtrArray   *protocols,
           gboolean     breaches)
{
  gboolean known = in_export || recorded;

  if (recorded)
    entente_cli_json_add_string (builder, "source", "recorded");
  else if (!in_export)
    entente_cli_json_add_string (builder, "reason", "outside-export");
  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stages->len; i++)
    {
      EntenteActualsStage *row = g_ptr_array_index (stages, i);

      json_builder_begin_object (builder);
      entente_cli_json_add_string (builder, "id", row->stage_id);
      entente_cli_json_add_count (builder, "actual", known ? row->actual : -1);
      entente_cli_json_add_count (builder, "target", row->target);
      entente_cli_json_add_count (builder, "needed", row->needed >= 0 ? (gint64) row->needed : -1);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "protocols");
  json_builder_begin_array (builder);
  for (guint i = 0; i < protocols->len; i++)
    {
      EntenteActualsProtocol *row = g_ptr_array_index (protocols, i);
      gint64 unknown = -1;

      json_builder_begin_object (builder);
      entente_cli_json_add_string (builder, "stage", row->stage_id);
      entente_cli_json_add_string (builder, "party", row->party);
      entente_cli_json_add_count (builder, "entered", known ? (gint64) MIN (row->entered, G_MAXINT64) : unknown);
      entente_cli_json_add_count (builder, "in_time", known ? (gint64) MIN (row->in_time, G_MAXINT64) : unknown);
      entente_cli_json_add_count (builder, "late", known ? (gint64) MIN (row->late, G_MAXINT64) : unknown);
      entente_cli_json_add_count (builder, "never", known ? (gint64) MIN (row->never, G_MAXINT64) : unknown);
      entente_cli_json_add_count (builder, "invalid", known ? (gint64) MIN (row->invalid, G_MAXINT64) : unknown);
      entente_cli_json_add_ratio (builder, "compliance", known ? entente_actuals_protocol_get_compliance (row) : -1);
      if (known && row->compliance_gap != ENTENTE_ACTUALS_MEASURED)
        entente_cli_json_add_string (builder, "reason", entente_actuals_gap_to_id (row->compliance_gap));
      entente_cli_json_add_ratio (builder, "attempts_ok", known ? entente_actuals_protocol_get_attempts_ok (row) : -1);
      if (known && row->attempts_gap != ENTENTE_ACTUALS_MEASURED)
        entente_cli_json_add_string (builder, "attempts_reason", entente_actuals_gap_to_id (row->attempts_gap));
      if (breaches)
        {
          json_builder_set_member_name (builder, "breaches");
          json_builder_begin_array (builder);
          for (guint j = 0; j < row->breaches->len; j++)
            json_builder_add_string_value (builder, ((EntenteActualsBreach *) g_ptr_array_index (row->breaches, j))->record);
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "history": each stage's conversion to the next as cohorts (of the
 * records that entered it, the share that reached the next stage by the
 * end of the export) over the 3 and 6 months ending at the period; null
 * where either stage has no column or nobody entered. */
static void
add_history (JsonBuilder          *builder,
             EntenteDocument      *document,
             EntenteActualsReport *report)
{
  g_autoptr(GPtrArray) findings = entente_history_check_run (document, report);

  json_builder_set_member_name (builder, "history");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->stages->len; i++)
    {
      EntenteActualsStage *row = g_ptr_array_index (report->stages, i);

      json_builder_begin_object (builder);
      entente_cli_json_add_string (builder, "id", row->stage_id);
      entente_cli_json_add_ratio (builder, "conversion_3", entente_actuals_report_get_cohort_rate (report, i, 3));
      entente_cli_json_add_ratio (builder, "conversion_6", entente_actuals_report_get_cohort_rate (report, i, 6));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  /* The plan held against them, as `check` reports its findings. */
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *item = entente_finding_item_key (finding);

      json_builder_begin_object (builder);
      entente_cli_json_add_string (builder, "code", finding->code);
      entente_cli_json_add_string (builder, "item", item);
      entente_cli_json_add_string (builder, "message", finding->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* The reviewed month (period, rows, skipped, its stages and protocols
 * with their breaches), or with @window {"months": [each month, the oldest
 * first], rows, skipped}; then how the export was read (add_import()). */
static void
print_json (EntenteDocument      *document,
            EntenteActualsReport *report,
            GPtrArray            *window)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  if (window == NULL)
    {
      add_period (builder, report->year, report->month);
      entente_cli_json_add_count (builder, "rows", (gint64) MIN (report->rows, G_MAXINT64));
      entente_cli_json_add_count (builder, "skipped", (gint64) MIN (report->skipped, G_MAXINT64));
      add_month (builder, TRUE, FALSE, report->stages, report->protocols, TRUE);
    }
  else
    {
      json_builder_set_member_name (builder, "months");
      json_builder_begin_array (builder);
      for (guint i = 0; i < window->len; i++)
        {
          EntenteActualsMonth *month = g_ptr_array_index (window, i);

          json_builder_begin_object (builder);
          add_period (builder, month->year, month->month);
          add_month (builder, month->in_export, month->recorded, month->stages, month->protocols, FALSE);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      entente_cli_json_add_count (builder, "rows", (gint64) MIN (report->rows, G_MAXINT64));
      entente_cli_json_add_count (builder, "skipped", (gint64) MIN (report->skipped, G_MAXINT64));
    }
  add_history (builder, document, report);
  add_import (builder, report);
  json_builder_end_object (builder);
  entente_cli_json_print (builder);
}

static void
add_cells (GPtrArray  *cells,
           const char *first,
           ...)
{
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_ptr_array_add (cells, g_strdup (cell));
  va_end (args);
}

/* A value from the export, of a sentence's length at most. */
static void
add_quoted (GPtrArray  *cells,
            const char *value)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (value, -1) <= QUOTED_CELL)
    {
      g_ptr_array_add (cells, g_strdup (value));
      return;
    }
  start = g_utf8_substring (value, 0, QUOTED_CELL);
  g_ptr_array_add (cells, g_strconcat (start, "…", NULL));
}

static void
print_protocol (const EntenteReviewProtocolWords *protocol)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = entente_text_escape (protocol->title);

  g_print ("\n%s\n%s\n", title, protocol->rule);
  add_cells (counts, _("Entered"), _("In time"), _("Late"), _("Never"), _("Compliance"), _("Attempts ok"), NULL);
  add_cells (counts, protocol->entered, protocol->in_time, protocol->late, protocol->never, protocol->compliance,
             protocol->attempts_ok, NULL);
  entente_cli_print_columns ("  ", 6, 0x3f, counts);
  if (protocol->not_measured != NULL)
    g_print ("  %s\n", protocol->not_measured);
  if (protocol->invalid != NULL)
    g_print ("  %s\n", protocol->invalid);

  if (protocol->owners->len > 0)
    {
      g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);

      add_cells (owners, _("Owner"), _("Entered"), _("In time"), _("Compliance"), NULL);
      for (guint i = 0; i < protocol->owners->len; i++)
        {
          const EntenteReviewOwnerWords *owner = g_ptr_array_index (protocol->owners, i);
          g_autofree char *name = owner->note != NULL ? g_strdup_printf ("%s (%s)", owner->name, owner->note)
                                                      : g_strdup (owner->name);

          add_quoted (owners, name);
          add_cells (owners, owner->entered, owner->in_time, owner->compliance, NULL);
        }
      g_print ("\n");
      entente_cli_print_columns ("  ", 4, 0xe, owners);
    }

  if (protocol->breaches != NULL)
    {
      g_autoptr(GPtrArray) breaches = g_ptr_array_new_with_free_func (g_free);

      add_cells (breaches, _("Record"), _("Owner"), _("Entered"), _("Deadline"), _("First contact"), NULL);
      for (guint i = 0; i < protocol->breach_rows->len; i++)
        {
          const EntenteReviewBreachWords *breach = g_ptr_array_index (protocol->breach_rows, i);

          add_quoted (breaches, breach->record);
          add_quoted (breaches, breach->owner);
          add_cells (breaches, breach->entered, breach->deadline, breach->first_contact, NULL);
        }
      g_print ("\n  %s\n", protocol->breaches);
      entente_cli_print_columns ("  ", 5, 0, breaches);
      if (protocol->more_breaches != NULL)
        g_print ("  %s\n", protocol->more_breaches);
    }
}

/* The review in the words of the window and the PDF, in the language of
 * the terminal: the period, the stages, then each protocol with its
 * owners and its breaches. */
static void
print_table (EntenteReviewWords *words)
{
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_free);

  /* Translators: the month reviewed, how many rows were read and skipped, then the time zone */
  g_print (_("%s: %s; times in %s"), words->period, words->summary, words->time_zone);
  g_print ("\n\n");

  add_cells (stages, _("Stage"), _("Actual"), _("Target"), _("Needed"), _("Attainment"), _("Conversion"), NULL);
  for (guint i = 0; i < words->stages->len; i++)
    {
      const EntenteReviewStageWords *stage = g_ptr_array_index (words->stages, i);

      add_cells (stages, stage->name, stage->actual, stage->target, stage->needed, stage->attainment,
                 stage->conversion, NULL);
    }
  entente_cli_print_columns ("", 6, 0x3e, stages);

  for (guint i = 0; i < words->protocols->len; i++)
    print_protocol (g_ptr_array_index (words->protocols, i));

  g_print ("\n%s\n", _("How the export was read"));
  for (guint i = 0; i < words->assumptions->len; i++)
    {
      g_autofree char *line = entente_text_escape (g_ptr_array_index (words->assumptions, i));

      g_print ("  %s\n", line);
    }
}

/* A year a table at most, so that it fits a terminal. */
#define TREND_COLUMNS 12

static void
add_series (GPtrArray *cells,
            GPtrArray *series,
            guint      first,
            guint      n)
{
  for (guint i = 0; i < series->len; i++)
    {
      EntenteReviewSeriesWords *row = g_ptr_array_index (series, i);

      add_cells (cells, row->name, NULL);
      for (guint m = first; m < first + n; m++)
        add_cells (cells, g_ptr_array_index (row->values, m), NULL);
    }
}

/* The months side by side: each stage's records, then each protocol's
 * compliance. */
static void
print_trend (EntenteReviewTrendWords *trend)
{
  for (guint first = 0; first < trend->months->len; first += TREND_COLUMNS)
    {
      guint n = MIN (TREND_COLUMNS, trend->months->len - first);
      g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) protocols = g_ptr_array_new_with_free_func (g_free);
      guint right = ((1u << (n + 1)) - 1) & ~1u;

      add_cells (stages, _("Stage"), NULL);
      add_cells (protocols, _("Compliance"), NULL);
      for (guint m = first; m < first + n; m++)
        {
          add_cells (stages, g_ptr_array_index (trend->months, m), NULL);
          add_cells (protocols, g_ptr_array_index (trend->months, m), NULL);
        }
      add_series (stages, trend->stages, first, n);
      add_series (protocols, trend->protocols, first, n);
      g_print ("\n");
      entente_cli_print_columns ("", n + 1, right, stages);
      g_print ("\n");
      entente_cli_print_columns ("", n + 1, right, protocols);
    }
}

/* The charts' width, in CSS pixels: a slide's, or half a screen. */
#define CHART_WIDTH 960

/* The charts in the agreement's language, as the PDF has them, replaced
 * atomically. */
static gboolean
write_charts (EntenteDocument      *document,
              EntenteActualsReport *report,
              const char           *path,
              EntenteFunnelFormat   format)
{
  g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);
  g_autoptr(EntenteReviewChart) chart = entente_review_chart_new (document, report,
                                                                  months > 0 ? (guint) months : ENTENTE_REVIEW_CHART_MONTHS);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = entente_review_chart_export (chart, format, ENTENTE_RENDER_LIGHT, CHART_WIDTH, &error);
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (path);
  g_autofree char *name = entente_cli_display_name (path);

  if (bytes == NULL ||
      !entente_file_replace_contents (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      NULL, NULL, NULL, &error))
    {
      g_printerr ("%s: %s\n", name, error->message);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const EntenteActualsReport *report;
  const char                 *export_name;
} Record;

static gboolean
store_meeting (EntenteDocument  *document,
               gpointer          data,
               GError          **error)
{
  Record *self = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *own_name = by == NULL ? entente_key_store_get_own_name () : NULL;
  g_autoptr(EntenteMeeting) meeting = entente_meetings_new_from_report (self->report, self->export_name,
                                                                        by != NULL ? by : own_name, now);

  if (notes != NULL && *notes != '\0')
    entente_item_set_string (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_NOTES, notes);
  if (decisions != NULL)
    entente_item_set_boxed (ENTENTE_ITEM (meeting), ENTENTE_MEETING_FIELD_DECISIONS, decisions);
  entente_meetings_record (document, meeting, ENTENTE_MEETINGS_KEEP_WRITTEN);
  return TRUE;
}

static gboolean
store_mapping (EntenteDocument  *document,
               gpointer          overrides,
               GError          **error)
{
  entente_actuals_mapping_store (overrides, document);

  return TRUE;
}

int
entente_cli_report (int    argc,
                    char **argv)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(EntenteReviewWords) words = NULL;
  g_autoptr(GPtrArray) window = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  EntentePaper paper = entente_paper_get_default ();
  int status, year = 0, month = 0;

  if (!entente_cli_parse_options ("report", entries, &argc, &argv, &status))
    return status;

  if (argc != 2 || actuals == NULL)
    {
      g_printerr ("%s\n", _("entente-cli report: give exactly one FILE and --actuals CSV."));
      return ENTENTE_CLI_USAGE;
    }
  if (json && output != NULL)
    {
      g_printerr ("%s\n", _("entente-cli report: --json and -o cannot be used together."));
      return ENTENTE_CLI_USAGE;
    }
  if (paper_name != NULL && output == NULL)
    {
      g_printerr ("%s\n", _("entente-cli report: --paper is for -o OUT.pdf only."));
      return ENTENTE_CLI_USAGE;
    }
  if (paper_name != NULL && !entente_paper_from_name (paper_name, &paper))
    {
      g_printerr (_("entente-cli report: “%s” is not a paper size; use a4 or letter."), paper_name);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }
  if (period != NULL && !parse_period (period, &year, &month))
    {
      g_printerr (_("entente-cli report: “%s” is not a month (YYYY-MM)."), period);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }
  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    if (!entente_actuals_mapping_parse_option (overrides, maps[i], &error))
      {
        g_printerr ("entente-cli report: %s\n", error->message);
        return ENTENTE_CLI_USAGE;
      }
  if (date_order != NULL)
    {
      EntenteDateOrder order;

      if (!entente_date_order_from_name (date_order, &order))
        {
          g_printerr (_("entente-cli report: “%s” is not a date order; use dmy, mdy or ymd."), date_order);
          g_printerr ("\n");
          return ENTENTE_CLI_USAGE;
        }
      entente_actuals_mapping_set_date_order (overrides, (int) order);
    }
  if (months != -1 && (months < 1 || months > MAX_MONTHS))
    {
      g_printerr (_("entente-cli report: --months takes 1 to %d."), MAX_MONTHS);
      g_printerr ("\n");
      return ENTENTE_CLI_USAGE;
    }
  if (!record && (notes != NULL || decisions != NULL || by != NULL))
    {
      g_printerr ("%s\n", _("entente-cli report: --notes, --decision and --by are for --record only."));
      return ENTENTE_CLI_USAGE;
    }
  if (save_mapping && entente_actuals_mapping_is_empty (overrides))
    {
      g_printerr ("%s\n", _("entente-cli report: --save-mapping needs at least one --map."));
      return ENTENTE_CLI_USAGE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_FAILED;

  name = entente_cli_display_name (actuals);
  file = g_file_new_for_commandline_arg (actuals);
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      g_printerr (_("%s: cannot be read: %s"), name, error->message);
      g_printerr ("\n");
      return ENTENTE_CLI_FAILED;
    }

  report = entente_actuals_compute (document, G_INPUT_STREAM (stream), name, overrides,
                                    year, month, NULL, &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ENTENTE_CLI_FAILED;
    }

  /* Only a mapping the export accepted is kept; the file is replaced
   * atomically, on what it holds then (someone may have saved it while
   * the export was read), and left alone when it already says the same. */
  if (save_mapping)
    {
      g_autoptr(GFile) sla = g_file_new_for_commandline_arg (argv[1]);
      g_autofree char *sla_name = entente_cli_display_name (argv[1]);
      g_autoptr(EntenteDocument) written = entente_file_update (sla, sla_name, store_mapping, overrides, &error);

      if (written == NULL)
        {
          g_printerr ("%s\n", error->message);
          return ENTENTE_CLI_FAILED;
        }
    }

  /* The figures as the export gives them, in place of what a meeting
   * recorded for the same month; the file is read again and written
   * whole, as for the mapping. */
  if (record)
    {
      g_autoptr(GFile) sla = g_file_new_for_commandline_arg (argv[1]);
      g_autofree char *sla_name = entente_cli_display_name (argv[1]);
      g_autofree char *export_name = g_file_get_basename (file);
      Record context = { report, export_name };
      g_autoptr(EntenteDocument) written = entente_file_update (sla, sla_name, store_meeting, &context, &error);

      if (written == NULL)
        {
          g_printerr ("%s\n", error->message);
          return ENTENTE_CLI_FAILED;
        }
      g_set_object (&document, written);
      {
        g_autofree char *month_name = entente_format_month (NULL, report->year, report->month);

        /* Translators: the month reviewed, then the agreement's file */
        g_printerr (_("Recorded the review of %s in %s."), month_name, sla_name);
        g_printerr ("\n");
      }
    }

  if (months > 0)
    {
      window = entente_actuals_report_get_window (report, (guint) months);
      entente_meetings_fill_window (document, window);
    }

  /* Rows skipped, with their lines, on stderr whatever the output. */
  words = entente_review_words_new (document, report);
  for (guint i = 0; i < words->skipped_rows->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (words->skipped_rows, i));
  if (words->more_skipped != NULL)
    g_printerr ("%s\n", words->more_skipped);

  if ((png != NULL && !write_charts (document, report, png, ENTENTE_FUNNEL_FORMAT_PNG)) ||
      (svg != NULL && !write_charts (document, report, svg, ENTENTE_FUNNEL_FORMAT_SVG)))
    return ENTENTE_CLI_FAILED;

  if (output != NULL)
    {
      g_autoptr(GBytes) bytes = entente_review_pdf_export (document, report, paper, &error);
      g_autoptr(GFile) out = NULL;

      if (bytes == NULL)
        {
          g_autofree char *out_name = entente_cli_display_name (output);

          g_printerr ("%s: %s\n", out_name, error->message);
          return ENTENTE_CLI_FAILED;
        }
      out = g_file_new_for_commandline_arg (output);
      if (!entente_file_replace_contents (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                          NULL, NULL, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return ENTENTE_CLI_FAILED;
        }
    }
  else if (json)
    print_json (document, report, window);
  else
    {
      g_autoptr(GPtrArray) findings = entente_history_check_run (document, report);

      print_table (words);
      if (findings->len > 0)
        g_print ("\n%s\n", _("Goals against history"));
      for (guint i = 0; i < findings->len; i++)
        {
          g_autofree char *line = entente_text_escape (((EntenteFinding *) g_ptr_array_index (findings, i))->message);

          g_print ("  %s\n", line);
        }
      if (window != NULL)
        {
          g_autoptr(EntenteReviewTrendWords) trend = entente_review_trend_words_new (document, window);

          g_print ("\n%s\n", _("Month by month"));
          print_trend (trend);
        }
    }

  return ENTENTE_CLI_OK;
}
