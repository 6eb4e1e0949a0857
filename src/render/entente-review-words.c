/* entente-review-words.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>

#include "entente-review-words.h"
#include "entente-value.h"

#define EM_DASH "\xe2\x80\x94"

static char *
format_count (guint64 value)
{
  return entente_format_count (NULL, (gint64) MIN (value, (guint64) G_MAXINT64));
}

/* A share in whole percent, as a meeting reads it: “57%”; “—” when it
 * cannot be told. */
static char *
format_share (double ratio)
{
  if (ratio < 0.0 || !isfinite (ratio))
    return g_strdup (EM_DASH);

  return entente_format_rate (NULL, round (ratio * 100.0) / 100.0);
}

static char *
format_part (guint64 part,
             guint64 whole)
{
  if (whole == 0)
    return g_strdup (_("no records"));

  return format_share ((double) part / (double) whole);
}

/* A time of the review in the agreement's zone: the deadlines are its
 * business hours, wherever the reader is. */
static char *
format_time (gint64     unix_seconds,
             GTimeZone *zone)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) there = NULL;

  if (unix_seconds == ENTENTE_ACTUALS_NO_TIME)
    return g_strdup (C_("first contact", "never"));
  utc = g_date_time_new_from_unix_utc (unix_seconds);
  if (utc == NULL)
    return g_strdup ("?");
  there = g_date_time_to_timezone (utc, zone);

  return entente_format_moment (NULL, there);
}

static void
stage_free (EntenteReviewStageWords *self)
{
  g_free (self->name);
  g_free (self->actual);
  g_free (self->target);
  g_free (self->needed);
  g_free (self->attainment);
  g_free (self->conversion);
  g_free (self);
}

static void
owner_free (EntenteReviewOwnerWords *self)
{
  g_free (self->name);
  g_free (self->note);
  g_free (self->entered);
  g_free (self->in_time);
  g_free (self->compliance);
  g_free (self);
}

static void
breach_free (EntenteReviewBreachWords *self)
{
  g_free (self->record);
  g_free (self->owner);
  g_free (self->entered);
  g_free (self->deadline);
  g_free (self->first_contact);
  g_free (self);
}

static void
protocol_free (EntenteReviewProtocolWords *self)
{
  g_free (self->stage);
  g_free (self->title);
  g_free (self->rule);
  g_free (self->entered);
  g_free (self->in_time);
  g_free (self->late);
  g_free (self->never);
  g_free (self->compliance);
  g_free (self->attempts_ok);
  g_free (self->not_measured);
  g_free (self->invalid);
  g_free (self->invalid_count);
  g_ptr_array_unref (self->owners);
  g_free (self->breaches);
  g_ptr_array_unref (self->breach_rows);
  g_free (self->more_breaches);
  g_free (self);
}

void
entente_review_words_free (EntenteReviewWords *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->period);
  g_free (self->summary);
  g_free (self->rows);
  g_free (self->skipped);
  g_free (self->time_zone);
  g_ptr_array_unref (self->stages);
  g_ptr_array_unref (self->protocols);
  g_ptr_array_unref (self->assumptions);
  g_ptr_array_unref (self->skipped_rows);
  g_free (self->more_skipped);
  g_free (self);
}

static EntenteReviewStageWords *
stage_words (EntenteDocument           *document,
             const EntenteActualsStage *stage)
{
  EntenteReviewStageWords *words = g_new0 (EntenteReviewStageWords, 1);
  const char *name = entente_document_stage_name (document, stage->stage_id);

  words->name = g_strdup (name != NULL ? name : stage->stage_id);
  words->actual = stage->actual >= 0 ? entente_format_count (NULL, stage->actual) : g_strdup (_("not mapped"));
  words->target = stage->target >= 0 ? entente_format_count (NULL, stage->target) : g_strdup (_("none"));
  words->needed = stage->needed >= 0 ? entente_format_count (NULL, (gint64) stage->needed) : g_strdup (_("not known"));
  words->attainment = format_share (stage->actual >= 0 && stage->target > 0 ? (double) stage->actual / stage->target
                                                                           : -1.0);
  words->conversion = format_share (stage->conversion);

  return words;
}

static EntenteReviewOwnerWords *
owner_words (const EntenteActualsProtocol *protocol,
             const EntenteActualsOwner    *owner)
{
  EntenteReviewOwnerWords *words = g_new0 (EntenteReviewOwnerWords, 1);

  if (owner == protocol->others)
    {
      words->name = g_strdup (_("Other owners"));
      if (protocol->others_uncounted)
        {
          g_autofree char *limit = entente_format_count (NULL, ENTENTE_ACTUALS_MAX_OWNERS_COUNTED);

          /* Translators: %s is a number of owners, as “10,000” */
          words->note = g_strdup_printf (_("Includes every owner after the first %s"), limit);
        }
    }
  else
    {
      words->name = g_strdup (*owner->owner != '\0' ? owner->owner : _("No owner"));
    }
  words->entered = format_count (owner->entered);
  words->in_time = format_count (owner->in_time);
  words->compliance = format_part (owner->in_time, owner->entered);

  return words;
}

static EntenteReviewBreachWords *
breach_words (const EntenteActualsBreach *breach,
              GTimeZone                  *zone)
{
  EntenteReviewBreachWords *words = g_new0 (EntenteReviewBreachWords, 1);

  words->record = g_strdup (breach->record);
  words->owner = g_strdup (breach->owner != NULL ? breach->owner : "");
  words->entered = format_time (breach->entered, zone);
  words->deadline = format_time (breach->deadline, zone);
  words->first_contact = format_time (breach->first_contact, zone);

  return words;
}

/* Why a protocol's figures are missing, and the column that would give
 * them; %NULL when every figure was measured. */
static char *
not_measured_words (const EntenteActualsProtocol *protocol)
{
  switch (protocol->compliance_gap)
    {
    case ENTENTE_ACTUALS_STAGE_NOT_MAPPED:
      return g_strdup (_("Not measured — map the column that holds when records entered this stage."));
    case ENTENTE_ACTUALS_CONTACT_NOT_MAPPED:
      if (protocol->attempts_gap == ENTENTE_ACTUALS_ATTEMPTS_NOT_MAPPED)
        return g_strdup (_("Compliance and attempts not measured — map the first-contact and attempts columns."));
      return g_strdup (_("Not measured — map the first-contact column to know who was followed up in time."));
    case ENTENTE_ACTUALS_ATTEMPTS_NOT_MAPPED:
    case ENTENTE_ACTUALS_MEASURED:
    default:
      break;
    }
  if (protocol->attempts_gap == ENTENTE_ACTUALS_ATTEMPTS_NOT_MAPPED)
    return g_strdup (_("Attempts not measured — map the attempts column."));

  return NULL;
}

static EntenteReviewProtocolWords *
protocol_words (EntenteDocument              *document,
                const EntenteActualsProtocol *protocol,
                GTimeZone                    *zone)
{
  EntenteReviewProtocolWords *words = g_new0 (EntenteReviewProtocolWords, 1);
  const char *stage = entente_document_stage_name (document, protocol->stage_id);
  const char *team = entente_document_party_team (document, protocol->party);
  g_autofree char *window = entente_format_duration (NULL, &protocol->window, protocol->business_hours);

  words->stage = g_strdup (stage != NULL ? stage : protocol->stage_id);
  /* Translators: a protocol's heading: the stage, then the team that works it */
  words->title = g_strdup_printf (_("%s — %s"), words->stage, team != NULL ? team : EM_DASH);
  /* Translators: a protocol's rule: %s is a duration, as “1 business hour”; %d a number of attempts */
  words->rule = g_strdup_printf (_("First response within %s; at least %d attempts."),
                                 window != NULL ? window : EM_DASH, protocol->attempts);
  words->entered = format_count (protocol->entered);
  if (protocol->compliance_gap == ENTENTE_ACTUALS_MEASURED)
    {
      words->in_time = format_count (protocol->in_time);
      words->late = format_count (protocol->late);
      words->never = format_count (protocol->never);
      /* The share is core's rule (the records contacted before they
       * entered are not measured); with none measured, a dash, and the
       * sentence under it says why. */
      words->compliance = protocol->entered == 0 ? g_strdup (_("no records"))
                                                 : format_share (entente_actuals_protocol_get_compliance (protocol));
    }
  else
    {
      /* Not zero: nobody knows. */
      words->in_time = g_strdup (EM_DASH);
      words->late = g_strdup (EM_DASH);
      words->never = g_strdup (EM_DASH);
      words->compliance = g_strdup (C_("compliance", "not measured"));
    }
  words->attempts_ok = protocol->attempts_gap == ENTENTE_ACTUALS_MEASURED
    ? format_share (entente_actuals_protocol_get_attempts_ok (protocol))
    : g_strdup (C_("attempts", "not measured"));
  words->not_measured = not_measured_words (protocol);
  if (protocol->invalid > 0)
    {
      const char *count;

      words->invalid_count = format_count (protocol->invalid);
      count = words->invalid_count;
      /* Translators: %s is a number of records */
      words->invalid = g_strdup_printf (ngettext ("%s record was first contacted before it entered this stage; whether it was followed up in time is not known, so compliance leaves it out.",
                                                     "%s records were first contacted before they entered this stage; whether they were followed up in time is not known, so compliance leaves them out.",
                                                     (gulong) MIN (protocol->invalid, G_MAXULONG)),
                                        count);
    }

  words->owners = g_ptr_array_new_with_free_func ((GDestroyNotify) owner_free);
  for (guint i = 0; i < protocol->owners->len; i++)
    g_ptr_array_add (words->owners, owner_words (protocol, g_ptr_array_index (protocol->owners, i)));
  if (protocol->others != NULL)
    g_ptr_array_add (words->owners, owner_words (protocol, protocol->others));

  words->breach_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) breach_free);
  if (protocol->n_breaches > 0)
    {
      g_autofree char *count = format_count (protocol->n_breaches);

      /* Translators: %s is how many records breached the protocol */
      words->breaches = g_strdup_printf (_("Breaches (%s)"), count);
    }
  for (guint i = 0; i < protocol->breaches->len; i++)
    g_ptr_array_add (words->breach_rows, breach_words (g_ptr_array_index (protocol->breaches, i), zone));
  if (protocol->n_breaches > protocol->breaches->len)
    {
      g_autofree char *more = format_count (protocol->n_breaches - protocol->breaches->len);

      /* Translators: %s is a number of breaches not listed */
      words->more_breaches = g_strdup_printf (_("… and %s more breaches."), more);
    }

  return words;
}

static char *
key_words (EntenteDocument *document,
           const char      *key)
{
  const char *stage;
  const char *condition = entente_actuals_key_get_condition_stage (key);

  if (condition != NULL)
    {
      stage = entente_document_stage_name (document, condition);
      /* Translators: a stage; what a column says, as in “Customer only where … from “Is Closed Won”” */
      return g_strdup_printf (_("%s only where"), stage != NULL ? stage : condition);
    }

  if (g_str_equal (key, ENTENTE_ACTUALS_KEY_RECORD))
    return g_strdup (C_("column", "Record"));
  if (g_str_equal (key, ENTENTE_ACTUALS_KEY_OWNER))
    return g_strdup (C_("column", "Owner"));
  if (g_str_equal (key, ENTENTE_ACTUALS_KEY_FIRST_CONTACT))
    return g_strdup (C_("column", "First contact"));
  if (g_str_equal (key, ENTENTE_ACTUALS_KEY_ATTEMPTS))
    return g_strdup (C_("column", "Attempts"));
  stage = entente_document_stage_name (document, key);
  return g_strdup (stage != NULL ? stage : key);
}

static char *
reading_words (const EntenteActualsReport *report)
{
  const char *encoding;

  switch (report->encoding)
    {
    case ENTENTE_CSV_UTF16LE:
    case ENTENTE_CSV_UTF16BE:
      encoding = "UTF-16";
      break;
    case ENTENTE_CSV_WINDOWS_1252:
      encoding = "Windows-1252";
      break;
    case ENTENTE_CSV_UTF8:
    case ENTENTE_CSV_UTF8_BOM:
    default:
      encoding = "UTF-8";
      break;
    }
  /* Translators: %s names a text encoding, as “UTF-8” */
  if (report->delimiter == ';')
    return g_strdup_printf (_("Read as %s text, the fields separated by semicolons."), encoding);
  if (report->delimiter == '\t')
    return g_strdup_printf (_("Read as %s text, the fields separated by tabs."), encoding);
  return g_strdup_printf (_("Read as %s text, the fields separated by commas."), encoding);
}

static char *
columns_words (EntenteDocument            *document,
               const EntenteActualsReport *report)
{
  g_auto(GStrv) keys = entente_actuals_mapping_get_keys (report->mapping);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      /* Translators: one column the review read: what it holds, then its name in the export */
      g_autofree char *column = entente_value_excerpt (entente_actuals_mapping_get (report->mapping, keys[i]), 40);
      g_autofree char *what = key_words (document, keys[i]);
      g_autofree char *item = g_strdup_printf (_("%s from “%s”"), what, column);

      if (list->len > 0)
        /* Translators: between the items of a list */
        g_string_append (list, _("; "));
      g_string_append (list, item);
    }
  /* Translators: %s lists the columns read */
  return g_strdup_printf (_("Columns read: %s."), list->str);
}

/* How a date column's day and month were told apart; %NULL when no date
 * of it could be read two ways. */
static char *
date_words (const EntenteActualsDateColumn *column)
{
  gboolean day = column->order == ENTENTE_DATE_ORDER_DMY;
  gboolean year = column->order == ENTENTE_DATE_ORDER_YMD;
  g_autofree char *line = g_strdup_printf ("%" G_GUINT64_FORMAT, column->line);
  /* The export's words, a sentence's length at most. */
  g_autofree char *name = entente_value_excerpt (column->column, 40);

  switch (column->source)
    {
    case ENTENTE_ACTUALS_ORDER_FOUND:
      /* Translators: a column of the export, a date in it and its line */
      return day ? g_strdup_printf (_("“%s”: dates read with the day first, as “%s” on line %s shows."), name, column->value, line)
                 : g_strdup_printf (_("“%s”: dates read with the month first, as “%s” on line %s shows."), name, column->value, line);
    case ENTENTE_ACTUALS_ORDER_LANGUAGE:
      /* Translators: %s is a column of the export */
      return day ? g_strdup_printf (_("“%s”: every date reads either way; read with the day first, as the agreement's language writes dates."), name)
                 : g_strdup_printf (_("“%s”: every date reads either way; read with the month first, as the agreement's language writes dates."), name);
    case ENTENTE_ACTUALS_ORDER_COLUMNS:
      /* Translators: %s is a column of the export */
      return day ? g_strdup_printf (_("“%s”: every date reads either way; read with the day first, as the export's other date columns are."), name)
                 : g_strdup_printf (_("“%s”: every date reads either way; read with the month first, as the export's other date columns are."), name);
    case ENTENTE_ACTUALS_ORDER_GIVEN:
      /* Translators: %s is a column of the export */
      return year ? g_strdup_printf (_("“%s”: only dates with the year first read, as asked."), name)
           : day ? g_strdup_printf (_("“%s”: dates read with the day first, as asked."), name)
                 : g_strdup_printf (_("“%s”: dates read with the month first, as asked."), name);
    case ENTENTE_ACTUALS_ORDER_UNNEEDED:
    default:
      return NULL;
    }
}

static void
add_assumptions (EntenteReviewWords         *self,
                 EntenteDocument            *document,
                 const EntenteActualsReport *report)
{
  g_autofree char *zone = NULL;
  g_autoptr(GPtrArray) notes = entente_actuals_mapping_get_notes (report->mapping);
  const char *source = entente_actuals_source_get_name (entente_actuals_mapping_get_source (report->mapping));

  self->assumptions = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->assumptions, reading_words (report));
  if (source != NULL)
    /* Translators: %s names a CRM's export, as “HubSpot contacts” */
    g_ptr_array_add (self->assumptions, g_strdup_printf (_("Recognised as an export of %s."), source));
  g_ptr_array_add (self->assumptions, columns_words (document, report));
  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (self->assumptions, g_strdup (g_ptr_array_index (notes, i)));
  for (guint i = 0; i < report->date_columns->len; i++)
    {
      const EntenteActualsDateColumn *column = g_ptr_array_index (report->date_columns, i);
      char *order = date_words (column);
      g_autofree char *name = entente_value_excerpt (column->column, 40);

      if (order != NULL)
        g_ptr_array_add (self->assumptions, order);
      if (column->serials > 0)
        {
          g_autofree char *count = format_count (column->serials);

          /* Translators: a column of the export, then a number of its values */
          g_ptr_array_add (self->assumptions,
                           g_strdup_printf (_("“%s”: %s values were spreadsheet serial numbers, read as days since 30 December 1899."),
                                            name, count));
        }
    }
  /* Translators: %s is a time zone, as “New York (UTC−05:00)” */
  g_ptr_array_add (self->assumptions, g_strdup_printf (_("Times without an offset are read in %s, the agreement's time zone."),
                                                       self->time_zone));

  if (entente_actuals_mapping_get (report->mapping, ENTENTE_ACTUALS_KEY_RECORD) == NULL)
    g_ptr_array_add (self->assumptions, g_strdup (_("No record column is read, so a record exported twice counts twice.")));
  else if (report->duplicates > 0)
    {
      g_autofree char *count = format_count (report->duplicates);

      /* Translators: %s is a number of rows */
      g_ptr_array_add (self->assumptions,
                       g_strdup_printf (ngettext ("%s row repeats a record of a later row; each record counts once, from its last row.",
                                                     "%s rows repeat records of later rows; each record counts once, from its last row.",
                                                     (gulong) MIN (report->duplicates, G_MAXULONG)),
                                        count));
      for (guint i = 0; i < MIN (report->duplicate_records->len, 5); i++)
        {
          const EntenteActualsDuplicate *duplicate = g_ptr_array_index (report->duplicate_records, i);
          g_autofree char *rows = format_count (duplicate->rows);
          g_autofree char *first = g_strdup_printf ("%" G_GUINT64_FORMAT, duplicate->first_line);
          g_autofree char *kept = g_strdup_printf ("%" G_GUINT64_FORMAT, duplicate->kept_line);
          g_autofree char *record = entente_value_excerpt (duplicate->record, 40);

          /* Translators: a record id, how many rows hold it, the first one's line, the counted one's line */
          g_ptr_array_add (self->assumptions,
                           g_strdup_printf (_("Record “%s”: %s rows from line %s; line %s counted."), record, rows, first, kept));
        }
    }
}

/**
 * entente_review_words_new:
 * @document: the agreement reviewed
 * @report: its actuals for one month
 *
 * Puts @report into words in the current locale; callers enter the
 * document's own.
 *
 * Returns: (transfer full): the review in words
 */
EntenteReviewWords *
entente_review_words_new (EntenteDocument            *document,
                          const EntenteActualsReport *report)
{
  EntenteReviewWords *self;
  EntenteMeta *meta;
  g_autoptr(GTimeZone) zone = NULL;
  const char *title;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (report != NULL, NULL);

  self = g_new0 (EntenteReviewWords, 1);
  meta = entente_document_get_meta (document);
  zone = entente_document_get_time_zone (document);
  title = entente_meta_get_title (meta);

  /* Translators: the title of the monthly review; %s is the agreement's title */
  self->title = g_strdup_printf (_("Monthly review — %s"),
                                 title != NULL && *title != '\0' ? title : _("Untitled agreement"));
  self->period = entente_format_month (NULL, report->year, report->month);
  self->rows = format_count (report->rows);
  self->skipped = format_count (report->skipped);
  /* Translators: how many rows of the CRM's export were read, then how many skipped */
  self->summary = g_strdup_printf (ngettext ("%s row read, %s skipped",
                                                "%s rows read, %s skipped", (gulong) MIN (report->rows, G_MAXULONG)),
                                   self->rows, self->skipped);
  self->time_zone = entente_format_field (NULL, document, ENTENTE_ITEM (meta), ENTENTE_META_FIELD_TIMEZONE, NULL);
  if (self->time_zone == NULL)
    self->time_zone = g_strdup ("UTC");

  self->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_free);
  for (guint i = 0; i < report->stages->len; i++)
    g_ptr_array_add (self->stages, stage_words (document, g_ptr_array_index (report->stages, i)));

  self->protocols = g_ptr_array_new_with_free_func ((GDestroyNotify) protocol_free);
  for (guint i = 0; i < report->protocols->len; i++)
    g_ptr_array_add (self->protocols, protocol_words (document, g_ptr_array_index (report->protocols, i), zone));

  add_assumptions (self, document, report);

  self->skipped_rows = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < report->skipped_messages->len; i++)
    g_ptr_array_add (self->skipped_rows, g_strdup (g_ptr_array_index (report->skipped_messages, i)));
  if (report->skipped > report->skipped_messages->len)
    {
      g_autofree char *more = format_count (report->skipped - report->skipped_messages->len);

      /* Translators: %s is a number of rows */
      self->more_skipped = g_strdup_printf (_("… and %s more rows skipped."), more);
    }

  return self;
}

static void
series_free (EntenteReviewSeriesWords *self)
{
  g_free (self->name);
  g_ptr_array_unref (self->values);
  g_free (self);
}

static EntenteReviewSeriesWords *
series_new (char *name /* transfer full */)
{
  EntenteReviewSeriesWords *series = g_new0 (EntenteReviewSeriesWords, 1);

  series->name = name;
  series->values = g_ptr_array_new_with_free_func (g_free);
  return series;
}

/**
 * entente_review_trend_words_new:
 * @months: (element-type EntenteActualsMonth): months of one export, as
 *   entente_actuals_report_get_window() gives them
 *
 * Returns: (transfer full): each stage's actuals and each protocol's
 *   compliance, month by month, in the words of the review
 */
EntenteReviewTrendWords *
entente_review_trend_words_new (EntenteDocument *document,
                                GPtrArray       *months)
{
  EntenteReviewTrendWords *self;
  g_autoptr(GTimeZone) zone = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (months != NULL, NULL);

  zone = entente_document_get_time_zone (document);
  self = g_new0 (EntenteReviewTrendWords, 1);
  self->months = g_ptr_array_new_with_free_func (g_free);
  self->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  self->protocols = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);

  for (guint i = 0; i < months->len; i++)
    {
      const EntenteActualsMonth *month = g_ptr_array_index (months, i);

      g_ptr_array_add (self->months, entente_format_month_short (NULL, month->year, month->month));
      for (guint j = 0; j < month->stages->len; j++)
        {
          EntenteReviewStageWords *words = stage_words (document, g_ptr_array_index (month->stages, j));

          if (i == 0)
            g_ptr_array_add (self->stages, series_new (g_strdup (words->name)));
          g_ptr_array_add (((EntenteReviewSeriesWords *) g_ptr_array_index (self->stages, j))->values,
                           g_strdup (entente_actuals_month_is_known (month) ? words->actual : EM_DASH));
          stage_free (words);
        }
      for (guint p = 0; p < month->protocols->len; p++)
        {
          EntenteReviewProtocolWords *words = protocol_words (document, g_ptr_array_index (month->protocols, p), zone);

          if (i == 0)
            g_ptr_array_add (self->protocols, series_new (g_strdup (words->title)));
          g_ptr_array_add (((EntenteReviewSeriesWords *) g_ptr_array_index (self->protocols, p))->values,
                           g_strdup (entente_actuals_month_is_known (month) ? words->compliance : EM_DASH));
          protocol_free (words);
        }
    }

  return self;
}

void
entente_review_trend_words_free (EntenteReviewTrendWords *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->months);
  g_ptr_array_unref (self->stages);
  g_ptr_array_unref (self->protocols);
  g_free (self);
}
