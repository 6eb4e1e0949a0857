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
#include "entente-review-pdf.h"

/* entente-cli report FILE --actuals CSV [--period YYYY-MM]
 * [--map KEY=COLUMN]… [--save-mapping] [--json | -o OUT.pdf [--paper a4|letter]]: the
 * monthly review of a CRM export against the agreement, as a table, as
 * JSON or as a PDF.  Without --period, the previous calendar month in the
 * agreement's time zone. */

/* The most characters of a value from the export a table shows. */
#define QUOTED_CELL 40

static char *actuals;
static char *period;
static char **maps;
static gboolean save_mapping;
static gboolean json;
static char *output;
static char *paper_name;

static const GOptionEntry entries[] = {
  { "actuals", 0, 0, G_OPTION_ARG_FILENAME, &actuals, N_("The CRM export to review"), N_("CSV") },
  { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("The month to review (default: the previous month)"), N_("YYYY-MM") },
  { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps, N_("Read KEY (a stage id, record, owner, first-contact or attempts) from COLUMN"), N_("KEY=COLUMN") },
  { "save-mapping", 0, 0, G_OPTION_ARG_NONE, &save_mapping, N_("Keep the --map columns in FILE for the next reviews"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of a table"), NULL },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the review as PDF to OUT"), N_("OUT.pdf") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("Paper size of the PDF: a4 or letter (default: the locale’s)"), N_("PAPER") },
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

static void
previous_month (EntenteDocument *document,
                int             *year,
                int             *month)
{
  g_autoptr(GTimeZone) zone = entente_document_get_time_zone (document);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) before = NULL;

  now = g_date_time_new_now (zone);
  before = g_date_time_add_months (now, -1);
  *year = g_date_time_get_year (before);
  *month = g_date_time_get_month (before);
}

static char *
format_count (gint64 value)
{
  return value >= 0 ? entente_format_count (NULL, value) : g_strdup ("—");
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
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* period, rows, skipped, stages (id, actual, target, needed) and
 * protocols (stage, party, entered, in_time, late, never, compliance,
 * attempts_ok, breaches as record ids); null where nothing was measured. */
static void
print_json (EntenteActualsReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *month = g_strdup_printf ("%04d-%02d", report->year, report->month);

  json_builder_begin_object (builder);
  entente_cli_json_add_string (builder, "period", month);
  entente_cli_json_add_count (builder, "rows", (gint64) MIN (report->rows, G_MAXINT64));
  entente_cli_json_add_count (builder, "skipped", (gint64) MIN (report->skipped, G_MAXINT64));
  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->stages->len; i++)
    {
      EntenteActualsStage *row = g_ptr_array_index (report->stages, i);

      json_builder_begin_object (builder);
      entente_cli_json_add_string (builder, "id", row->stage_id);
      entente_cli_json_add_count (builder, "actual", row->actual);
      entente_cli_json_add_count (builder, "target", row->target);
      entente_cli_json_add_count (builder, "needed", row->needed >= 0 ? (gint64) row->needed : -1);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "protocols");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->protocols->len; i++)
    {
      EntenteActualsProtocol *row = g_ptr_array_index (report->protocols, i);

      json_builder_begin_object (builder);
      entente_cli_json_add_string (builder, "stage", row->stage_id);
      entente_cli_json_add_string (builder, "party", row->party);
      entente_cli_json_add_count (builder, "entered", (gint64) MIN (row->entered, G_MAXINT64));
      entente_cli_json_add_count (builder, "in_time", (gint64) MIN (row->in_time, G_MAXINT64));
      entente_cli_json_add_count (builder, "late", (gint64) MIN (row->late, G_MAXINT64));
      entente_cli_json_add_count (builder, "never", (gint64) MIN (row->never, G_MAXINT64));
      entente_cli_json_add_ratio (builder, "compliance", entente_actuals_protocol_get_compliance (row));
      entente_cli_json_add_ratio (builder, "attempts_ok", entente_actuals_protocol_get_attempts_ok (row));
      json_builder_set_member_name (builder, "breaches");
      json_builder_begin_array (builder);
      for (guint j = 0; j < row->breaches->len; j++)
        json_builder_add_string_value (builder, ((EntenteActualsBreach *) g_ptr_array_index (row->breaches, j))->record);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  entente_cli_json_print (builder);
}

static void
print_table (EntenteActualsReport *report,
             EntenteDocument      *document)
{
  g_autoptr(GTimeZone) zone = entente_document_get_time_zone (document);

  /* TRANSLATORS: the period reviewed, rows read and rows skipped */
  {
    g_autofree char *rows = entente_format_count (NULL, (gint64) report->rows);
    g_autofree char *skipped = entente_format_count (NULL, (gint64) report->skipped);

    g_print (_("Period %04d-%02d: %s rows, %s skipped"), report->year, report->month, rows, skipped);
  }
  g_print ("\n\n%-16s %8s %8s %8s %10s\n", _("stage"), _("actual"), _("target"), _("needed"), _("conversion"));
  for (guint i = 0; i < report->stages->len; i++)
    {
      EntenteActualsStage *row = g_ptr_array_index (report->stages, i);
      g_autofree char *actual = format_count (row->actual);
      g_autofree char *target = format_count (row->target);
      g_autofree char *needed = format_count (row->needed >= 0 ? (gint64) row->needed : -1);
      g_autofree char *conversion = format_percent (row->conversion);

      g_autofree char *stage = entente_cli_pad (row->stage_id, 16, FALSE);
      g_autofree char *actual_cell = entente_cli_pad (actual, 8, TRUE);
      g_autofree char *target_cell = entente_cli_pad (target, 8, TRUE);
      g_autofree char *needed_cell = entente_cli_pad (needed, 8, TRUE);
      g_autofree char *conversion_cell = entente_cli_pad (conversion, 10, TRUE);

      g_print ("%s %s %s %s %s\n", stage, actual_cell, target_cell, needed_cell, conversion_cell);
    }

  for (guint i = 0; i < report->protocols->len; i++)
    {
      EntenteActualsProtocol *row = g_ptr_array_index (report->protocols, i);
      g_autofree char *window = entente_duration_to_string (&row->window);
      g_autofree char *compliance = format_percent (entente_actuals_protocol_get_compliance (row));
      g_autofree char *attempts = format_percent (entente_actuals_protocol_get_attempts_ok (row));

      g_print ("\n");
      /* TRANSLATORS: protocol of a stage for a party, its first-response window */
      g_print (_("Protocol %s (%s), first response within %s%s"), row->stage_id, row->party, window,
               row->business_hours ? _(" business hours") : "");
      g_print ("\n  %s %" G_GUINT64_FORMAT "  %s %" G_GUINT64_FORMAT "  %s %" G_GUINT64_FORMAT
               "  %s %" G_GUINT64_FORMAT "\n",
               _("entered"), row->entered, _("in time"), row->in_time,
               _("late"), row->late, _("never"), row->never);
      /* TRANSLATORS: share in time; share with at least N attempts */
      g_print (_("  compliance %s, at least %d attempts %s"), compliance, row->attempts, attempts);
      g_print ("\n");
      for (guint j = 0; j < row->owners->len; j++)
        {
          EntenteActualsOwner *owner = g_ptr_array_index (row->owners, j);
          /* Names from the export: one line each, of a sentence's length. */
          g_autofree char *name = entente_value_excerpt (*owner->owner ? owner->owner : _("(no owner)"), QUOTED_CELL);
          g_autofree char *name_cell = entente_cli_pad (name, 24, FALSE);

          g_print ("    %s %6" G_GUINT64_FORMAT " %s, %" G_GUINT64_FORMAT " %s\n",
                   name_cell, owner->entered, _("entered"), owner->in_time, _("in time"));
        }
      if (row->others != NULL)
        {
          g_autofree char *uncounted = g_strdup_printf (_("(other owners, and all after the first %d)"),
                                                        ENTENTE_ACTUALS_MAX_OWNERS_COUNTED);
          g_autofree char *name_cell = entente_cli_pad (row->others_uncounted ? uncounted : _("(other owners)"), 24, FALSE);

          g_print ("    %s %6" G_GUINT64_FORMAT " %s, %" G_GUINT64_FORMAT " %s\n",
                   name_cell, row->others->entered, _("entered"), row->others->in_time, _("in time"));
        }
      if (row->n_breaches > 0)
        {
          g_autofree char *count = entente_format_count (NULL, (gint64) row->n_breaches);

          g_print (_("  Breaches (%s):"), count);
          g_print ("\n    %-16s %-20s %-16s %-16s %s\n",
                   _("record"), _("owner"), _("entered"), _("deadline"), _("first contact"));
          for (guint j = 0; j < row->breaches->len; j++)
            {
              EntenteActualsBreach *breach = g_ptr_array_index (row->breaches, j);
              g_autofree char *entered = format_time (breach->entered, zone);
              g_autofree char *deadline = format_time (breach->deadline, zone);
              g_autofree char *contact = format_time (breach->first_contact, zone);

              g_autofree char *record = entente_value_excerpt (breach->record, QUOTED_CELL);
              g_autofree char *owner = entente_value_excerpt (breach->owner ? breach->owner : "", QUOTED_CELL);
              g_autofree char *record_cell = entente_cli_pad (record, 16, FALSE);
              g_autofree char *owner_cell = entente_cli_pad (owner, 20, FALSE);
              g_autofree char *entered_cell = entente_cli_pad (entered, 16, FALSE);
              g_autofree char *deadline_cell = entente_cli_pad (deadline, 16, FALSE);

              g_print ("    %s %s %s %s %s\n", record_cell, owner_cell, entered_cell, deadline_cell, contact);
            }
        }
    }
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
  if (save_mapping && entente_actuals_mapping_is_empty (overrides))
    {
      g_printerr ("%s\n", _("entente-cli report: --save-mapping needs at least one --map."));
      return ENTENTE_CLI_USAGE;
    }

  document = entente_cli_load (argv[1]);
  if (document == NULL)
    return ENTENTE_CLI_FAILED;
  if (period == NULL)
    previous_month (document, &year, &month);

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

  for (guint i = 0; i < report->skipped_messages->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (report->skipped_messages, i));
  if (report->skipped > report->skipped_messages->len)
    {
      g_autofree char *more = entente_format_count (NULL, (gint64) (report->skipped - report->skipped_messages->len));

      g_printerr (_("… and %s more rows skipped"), more);
      g_printerr ("\n");
    }

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
    print_json (report);
  else
    print_table (report, document);

  return ENTENTE_CLI_OK;
}
