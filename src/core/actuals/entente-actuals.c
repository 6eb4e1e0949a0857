/* entente-actuals.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "entente-gettext.h"

#include "entente-actuals.h"
#include "entente-actuals-header.h"
#include "entente-actuals-time.h"
#include "entente-business-hours.h"
#include "entente-csv-reader.h"
#include "entente-error.h"
#include "entente-meta.h"
#include "entente-conversion.h"
#include "entente-plan.h"
#include "entente-protocol.h"
#include "entente-stage.h"
#include "entente-time-zone.h"
#include "entente-value.h"

/* The monthly review: one pass over a CRM export, in memory bounded by the
 * number of stages, protocols and owners, never by the number of rows.
 *
 * A record entered a stage in the period when the stage's date column
 * holds a time in [first day of the month 00:00, first day of the next
 * month 00:00) in the document's time zone.  A protocol's deadline is that
 * time plus the first-response window (in business hours when the
 * protocol says so); the record is in time when the first-contact column
 * holds a time at or before the deadline, late when after, never when the
 * column is empty or absent.  The first contact is one column per record,
 * shared by every protocol.
 *
 * Rows with the wrong number of fields, or with a date that does not
 * parse, are skipped and counted; the first ENTENTE_ACTUALS_MAX_SKIPPED
 * are kept with a message naming the line (and the column and value). */

#define PROGRESS_EVERY 4096

static void
stage_free (gpointer data)
{
  EntenteActualsStage *self = data;

  g_free (self->stage_id);
  g_free (self->column);
  g_free (self);
}

static void
owner_free (gpointer data)
{
  EntenteActualsOwner *self = data;

  g_free (self->owner);
  g_free (self);
}

static void
breach_free (gpointer data)
{
  EntenteActualsBreach *self = data;

  g_free (self->record);
  g_free (self->owner);
  g_free (self);
}

static void
protocol_free (gpointer data)
{
  EntenteActualsProtocol *self = data;

  g_free (self->stage_id);
  g_free (self->party);
  g_clear_pointer (&self->owners, g_ptr_array_unref);
  g_clear_pointer (&self->others, owner_free);
  g_clear_pointer (&self->breaches, g_ptr_array_unref);
  g_free (self);
}

void
entente_actuals_report_free (EntenteActualsReport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->skipped_messages, g_ptr_array_unref);
  g_clear_pointer (&self->skipped_lines, g_array_unref);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_clear_pointer (&self->protocols, g_ptr_array_unref);
  g_clear_pointer (&self->mapping, entente_actuals_mapping_free);
  g_free (self);
}

/* in_time ÷ entered; negative when nothing entered or when it cannot be
 * measured (compliance_gap says why). */
double
entente_actuals_protocol_get_compliance (const EntenteActualsProtocol *self)
{
  g_return_val_if_fail (self != NULL, -1);
  if (self->compliance_gap != ENTENTE_ACTUALS_MEASURED)
    return -1;
  return self->entered ? (double) self->in_time / (double) self->entered : -1;
}

/* Records with at least the required attempts ÷ entered; negative when
 * nothing entered or when it cannot be measured (attempts_gap says why). */
double
entente_actuals_protocol_get_attempts_ok (const EntenteActualsProtocol *self)
{
  g_return_val_if_fail (self != NULL, -1);
  if (self->attempts_gap != ENTENTE_ACTUALS_MEASURED)
    return -1;
  return self->entered ? (double) self->attempts_ok / (double) self->entered : -1;
}

/* Work state of one protocol during the pass. */
typedef struct
{
  EntenteActualsProtocol *out;
  int                     stage_index;  /* into stage_columns; -1 when the stage has no column */
  GHashTable             *owners;       /* owner → EntenteActualsOwner (owned by out->owners) */
  gsize                   owner_bytes;  /* of the owners' names */
} ProtocolState;

static int
compare_owners (gconstpointer a,
                gconstpointer b)
{
  const EntenteActualsOwner *x = *(EntenteActualsOwner * const *) a;
  const EntenteActualsOwner *y = *(EntenteActualsOwner * const *) b;

  return g_utf8_collate (x->owner, y->owner);
}

/* The busiest first; bytes break ties, so that the choice never depends
 * on the order of the rows. */
static int
compare_busiest (gconstpointer a,
                 gconstpointer b)
{
  const EntenteActualsOwner *x = *(EntenteActualsOwner * const *) a;
  const EntenteActualsOwner *y = *(EntenteActualsOwner * const *) b;

  if (x->entered != y->entered)
    return x->entered > y->entered ? -1 : 1;
  return strcmp (x->owner, y->owner);
}

static void
count_others (EntenteActualsProtocol *out,
              guint64                 entered,
              guint64                 in_time)
{
  if (out->others == NULL)
    out->others = g_new0 (EntenteActualsOwner, 1);
  out->others->entered += entered;
  out->others->in_time += in_time;
}

/* Keeps the busiest owners, sorted by name with the locale's collation
 * (of a few names only), and counts the rest together. */
static void
choose_owners (EntenteActualsProtocol *out)
{
  GPtrArray *owners = out->owners;

  if (owners->len > ENTENTE_ACTUALS_MAX_OWNERS_SHOWN)
    {
      g_ptr_array_sort (owners, compare_busiest);
      for (guint i = ENTENTE_ACTUALS_MAX_OWNERS_SHOWN; i < owners->len; i++)
        {
          const EntenteActualsOwner *owner = g_ptr_array_index (owners, i);

          count_others (out, owner->entered, owner->in_time);
        }
      g_ptr_array_set_size (owners, ENTENTE_ACTUALS_MAX_OWNERS_SHOWN);
    }
  g_ptr_array_sort (owners, compare_owners);
}

static int
find_column (GPtrArray  *header,
             const char *column)
{
  return entente_actuals_header_find (header, column, NULL);
}

static GTimeZone *
document_zone (EntenteDocument *document)
{
  return entente_document_get_time_zone (document);
}

static gboolean
is_role_key (const char *key)
{
  return g_str_equal (key, ENTENTE_ACTUALS_KEY_RECORD) ||
         g_str_equal (key, ENTENTE_ACTUALS_KEY_OWNER) ||
         g_str_equal (key, ENTENTE_ACTUALS_KEY_FIRST_CONTACT) ||
         g_str_equal (key, ENTENTE_ACTUALS_KEY_ATTEMPTS);
}

/* A skipped row's sentence quotes the export's words: escaped to one
 * line and cut to a sentence's length, so that a field can neither forge
 * a line nor make a message of megabytes. */
#define QUOTED_FIELD 40

static char *
not_a_date (const char *name,
            const char *line_text,
            const char *column,
            const char *text)
{
  g_autofree char *quoted_column = entente_value_excerpt (column, QUOTED_FIELD);
  g_autofree char *quoted_text = entente_value_excerpt (text, QUOTED_FIELD);
  g_autofree char *quoted_name = entente_text_escape (name);

  return g_strdup_printf (_("%s:%s: column “%s”: “%s” is not a date"), quoted_name, line_text, quoted_column, quoted_text);
}

static void
skip_row (EntenteActualsReport *report,
          guint64               line,
          char                 *message /* transfer full */)
{
  report->skipped++;
  if (report->skipped_messages->len < ENTENTE_ACTUALS_MAX_SKIPPED)
    {
      g_ptr_array_add (report->skipped_messages, message);
      g_array_append_val (report->skipped_lines, line);
    }
  else
    g_free (message);
}

static const char *
field_at (GPtrArray *fields,
          int        index)
{
  if (index < 0 || (guint) index >= fields->len)
    return NULL;
  return g_ptr_array_index (fields, index);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

EntenteActualsReport *
entente_actuals_compute (EntenteDocument       *document,
                         GInputStream          *csv,
                         const char            *name,
                         EntenteActualsMapping *overrides,
                         int                    year,
                         int                    month,
                         GCancellable          *cancellable,
                         GError               **error)
{
  return entente_actuals_compute_with_progress (document, csv, name, overrides, year, month,
                                                NULL, NULL, cancellable, error);
}

/**
 * entente_actuals_compute_with_progress:
 * @year: the period's year
 * @month: the period's month, 1 to 12; a period is required (the command
 *   line defaults to the previous calendar month)
 * @progress: (nullable): called with the bytes read every few thousand rows
 *   and at the end
 *
 * Returns: (transfer full): the report, or %NULL with @error set when the
 *   file is empty or not CSV, a mapped column is missing, a mapping key is
 *   neither a stage id nor a known key, or @cancellable was cancelled
 */
/* One review as it runs: the report it fills, and what each row is read
 * against. */
typedef struct
{
  EntenteActualsReport *report;
  EntenteDocument      *document;
  const char           *name;
  GTimeZone            *zone;
  gint64                start, end;          /* the month, in Unix time */
  EntenteCsvReader     *reader;
  GPtrArray            *header;              /* char *: the export's columns */
  int                   record_column, owner_column, contact_column, attempts_column;
  GArray               *stage_columns;       /* int per report stage; -1 when not mapped */
  GArray               *stage_times;         /* gint64 per report stage, this row */
  GArray               *states;              /* ProtocolState per protocol */
  EntenteBusinessHours *hours;
} Review;

static void
review_clear (Review *self)
{
  if (self->states != NULL)
    for (guint p = 0; p < self->states->len; p++)
      g_clear_pointer (&g_array_index (self->states, ProtocolState, p).owners, g_hash_table_unref);
  g_clear_pointer (&self->states, g_array_unref);
  g_clear_pointer (&self->stage_times, g_array_unref);
  g_clear_pointer (&self->stage_columns, g_array_unref);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->hours, entente_business_hours_free);
  g_clear_pointer (&self->reader, entente_csv_reader_free);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->report, entente_actuals_report_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Review, review_clear)

/* The header, and the mapping: what it says, then what the document
 * keeps, then the overrides; every key a stage or a role, every column
 * one of the export's. */
static gboolean
read_mapping (Review                 *self,
              EntenteActualsMapping  *overrides,
              GError                **error)
{
  g_autoptr(EntenteActualsHeader) header = NULL;
  g_auto(GStrv) keys = NULL;
  EntenteActualsMapping *mapping;

  header = entente_actuals_header_read (self->reader, self->name, self->document, error);
  if (header == NULL)
    return FALSE;
  self->header = g_ptr_array_ref (header->columns);
  mapping = self->report->mapping = g_steal_pointer (&header->mapping);
  entente_actuals_mapping_merge (mapping, overrides);

  keys = entente_actuals_mapping_get_keys (mapping);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *column = entente_actuals_mapping_get (mapping, keys[i]);
      int index, other;

      if (!is_role_key (keys[i]) && entente_document_find_stage (self->document, keys[i]) == NULL)
        {
          g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                       _("“%s” is neither a stage of the agreement nor record, owner, first-contact or attempts"),
                       keys[i]);
          return FALSE;
        }
      index = entente_actuals_header_find (self->header, column, &other);
      if (index < 0)
        {
          g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                       _("%s: there is no column “%s” (mapped to %s)"), self->name, column, keys[i]);
          return FALSE;
        }
      /* Which of the two holds the dates is anybody's guess: the first
       * one, taken before, was empty in a real export. */
      if (other >= 0)
        {
          g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                       _("%s: columns %d and %d are both called “%s” (mapped to %s); rename one of them in the export"),
                       self->name, index + 1, other + 1, column, keys[i]);
          return FALSE;
        }
    }

  self->record_column = find_column (self->header, entente_actuals_mapping_get (mapping, ENTENTE_ACTUALS_KEY_RECORD));
  self->owner_column = find_column (self->header, entente_actuals_mapping_get (mapping, ENTENTE_ACTUALS_KEY_OWNER));
  self->contact_column = find_column (self->header, entente_actuals_mapping_get (mapping, ENTENTE_ACTUALS_KEY_FIRST_CONTACT));
  self->attempts_column = find_column (self->header, entente_actuals_mapping_get (mapping, ENTENTE_ACTUALS_KEY_ATTEMPTS));
  return TRUE;
}

/* A row per stage, with the plan's figures; counted only when mapped. */
static void
add_stages (Review *self)
{
  g_autoptr(GPtrArray) plan = entente_plan_compute (self->document);
  GListModel *stages = entente_document_get_stages (self->document);

  self->stage_columns = g_array_new (FALSE, FALSE, sizeof (int));
  self->stage_times = g_array_new (FALSE, TRUE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);
      EntenteActualsStage *row = g_new0 (EntenteActualsStage, 1);
      const char *column;
      int index;

      row->stage_id = g_strdup (entente_stage_get_id (stage));
      column = row->stage_id ? entente_actuals_mapping_get (self->report->mapping, row->stage_id) : NULL;
      row->column = g_strdup (column);
      index = find_column (self->header, column);
      row->actual = index >= 0 ? 0 : -1;
      row->target = -1;
      row->needed = -1;
      row->conversion = -1;
      for (guint j = 0; j < plan->len; j++)
        {
          EntentePlanStage *planned = g_ptr_array_index (plan, j);

          if (g_strcmp0 (entente_stage_get_id (planned->stage), row->stage_id) == 0)
            {
              row->target = planned->target;
              row->needed = entente_plan_stage_is_known (planned)
                ? (double) entente_plan_stage_get_needed (planned) : -1;
              break;
            }
        }
      g_ptr_array_add (self->report->stages, row);
      g_array_append_val (self->stage_columns, index);
    }
  g_array_set_size (self->stage_times, self->report->stages->len);
}

/* A row per protocol, measured on its stage's column. */
static void
add_protocols (Review *self)
{
  GListModel *protocols = entente_document_get_protocols (self->document);

  self->states = g_array_new (FALSE, TRUE, sizeof (ProtocolState));
  for (guint i = 0; i < g_list_model_get_n_items (protocols); i++)
    {
      g_autoptr(EntenteProtocol) protocol = g_list_model_get_item (protocols, i);
      const EntenteDuration *window = entente_protocol_get_first_response (protocol);
      ProtocolState state = { NULL, -1, NULL };

      state.out = g_new0 (EntenteActualsProtocol, 1);
      state.out->stage_id = g_strdup (entente_protocol_get_stage (protocol));
      state.out->party = g_strdup (entente_protocol_get_party (protocol));
      if (window != NULL)
        state.out->window = *window;
      state.out->business_hours = entente_protocol_get_first_response_business_hours (protocol);
      state.out->attempts = entente_protocol_get_attempts (protocol);
      state.out->owners = g_ptr_array_new_with_free_func (owner_free);
      state.out->breaches = g_ptr_array_new_with_free_func (breach_free);
      state.owners = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint j = 0; j < self->report->stages->len; j++)
        {
          EntenteActualsStage *row = g_ptr_array_index (self->report->stages, j);

          if (g_strcmp0 (row->stage_id, state.out->stage_id) == 0 &&
              g_array_index (self->stage_columns, int, j) >= 0)
            state.stage_index = (int) j;
        }
      if (state.stage_index < 0)
        state.out->compliance_gap = state.out->attempts_gap = ENTENTE_ACTUALS_STAGE_NOT_MAPPED;
      if (self->contact_column < 0 && state.out->compliance_gap == ENTENTE_ACTUALS_MEASURED)
        state.out->compliance_gap = ENTENTE_ACTUALS_CONTACT_NOT_MAPPED;
      if (self->attempts_column < 0 && state.out->attempts_gap == ENTENTE_ACTUALS_MEASURED)
        state.out->attempts_gap = ENTENTE_ACTUALS_ATTEMPTS_NOT_MAPPED;
      g_ptr_array_add (self->report->protocols, state.out);
      g_array_append_val (self->states, state);
    }
}

/* Every date the row needs, before anything is counted, so that a
 * skipped row counts nowhere; FALSE when the row is skipped. */
static gboolean
read_row_times (Review     *self,
                GPtrArray  *fields,
                guint64     line,
                const char *line_text,
                gint64     *contact)
{
  EntenteActualsReport *report = self->report;
  const char *text;

  for (guint j = 0; j < report->stages->len; j++)
    {
      int index = g_array_index (self->stage_columns, int, j);
      gint64 *when = &g_array_index (self->stage_times, gint64, j);

      *when = ENTENTE_ACTUALS_NO_TIME;
      text = field_at (fields, index);
      if (index < 0 || is_blank (text))
        continue;
      if (!entente_actuals_parse_time (text, self->zone, when))
        {
          skip_row (report, line, not_a_date (self->name, line_text, g_ptr_array_index (self->header, index), text));
          return FALSE;
        }
    }

  *contact = ENTENTE_ACTUALS_NO_TIME;
  text = field_at (fields, self->contact_column);
  if (!is_blank (text) && !entente_actuals_parse_time (text, self->zone, contact))
    {
      skip_row (report, line, not_a_date (self->name, line_text, g_ptr_array_index (self->header, self->contact_column), text));
      return FALSE;
    }

  return TRUE;
}

/* One record against one protocol: entered its stage this month, then
 * followed up in time, late or never, by its owner. */
static void
count_protocol (Review        *self,
                ProtocolState *state,
                GPtrArray     *fields,
                const char    *line_text,
                gint64         contact,
                gint64         attempts)
{
  EntenteActualsProtocol *out = state->out;
  EntenteActualsOwner *owner_row;
  const char *owner;
  gint64 entered, deadline;
  gboolean in_time;

  if (state->stage_index < 0)
    return;
  entered = g_array_index (self->stage_times, gint64, state->stage_index);
  if (entered == ENTENTE_ACTUALS_NO_TIME || entered < self->start || entered >= self->end)
    return;

  out->entered++;
  if (attempts >= out->attempts)
    out->attempts_ok++;
  /* Without a first contact to read, whether it came in time is not
   * known: nobody is counted late or never, nor breaching. */
  if (out->compliance_gap != ENTENTE_ACTUALS_MEASURED)
    return;

  deadline = entente_business_hours_deadline (self->hours, entered, &out->window, out->business_hours);
  in_time = contact != ENTENTE_ACTUALS_NO_TIME && contact <= deadline;
  if (in_time)
    out->in_time++;
  else if (contact != ENTENTE_ACTUALS_NO_TIME)
    out->late++;
  else
    out->never++;

  owner = field_at (fields, self->owner_column);
  if (owner == NULL)
    owner = "";
  owner_row = g_hash_table_lookup (state->owners, owner);
  if (owner_row == NULL && out->owners->len < ENTENTE_ACTUALS_MAX_OWNERS_COUNTED &&
      state->owner_bytes + strlen (owner) <= ENTENTE_ACTUALS_MAX_OWNER_BYTES)
    {
      owner_row = g_new0 (EntenteActualsOwner, 1);
      owner_row->owner = g_strdup (owner);
      state->owner_bytes += strlen (owner);
      g_ptr_array_add (out->owners, owner_row);
      g_hash_table_insert (state->owners, owner_row->owner, owner_row);
    }
  if (owner_row != NULL)
    {
      owner_row->entered++;
      if (in_time)
        owner_row->in_time++;
    }
  else
    {
      count_others (out, 1, in_time ? 1 : 0);
      out->others_uncounted = TRUE;
    }

  if (!in_time)
    {
      out->n_breaches++;
      if (out->breaches->len < ENTENTE_ACTUALS_MAX_BREACHES)
        {
          EntenteActualsBreach *breach = g_new0 (EntenteActualsBreach, 1);
          const char *record = field_at (fields, self->record_column);

          breach->record = record != NULL
            ? g_strdup (record)
            : g_strdup_printf (_("line %s"), line_text);
          breach->owner = self->owner_column >= 0 ? g_strdup (owner) : NULL;
          breach->entered = entered;
          breach->deadline = deadline;
          breach->first_contact = contact;
          g_ptr_array_add (out->breaches, breach);
        }
    }
}

/* One record of the export, whole and readable. */
static void
count_row (Review    *self,
           GPtrArray *fields,
           guint64    line)
{
  EntenteActualsReport *report = self->report;
  char line_text[32];
  gint64 contact;
  gint64 attempts = 0;
  const char *text;

  g_snprintf (line_text, sizeof line_text, "%" G_GUINT64_FORMAT, line);
  if (fields->len != self->header->len)
    {
      skip_row (report, line,
                g_strdup_printf (_("%s:%s: the row has %u fields, the header %u"),
                                 self->name, line_text, fields->len, self->header->len));
      return;
    }
  if (!read_row_times (self, fields, line, line_text, &contact))
    return;

  text = field_at (fields, self->attempts_column);
  if (!is_blank (text))
    attempts = g_ascii_strtoll (text, NULL, 10);

  for (guint j = 0; j < report->stages->len; j++)
    {
      gint64 when = g_array_index (self->stage_times, gint64, j);

      if (when != ENTENTE_ACTUALS_NO_TIME && when >= self->start && when < self->end)
        ((EntenteActualsStage *) g_ptr_array_index (report->stages, j))->actual++;
    }

  for (guint p = 0; p < self->states->len; p++)
    count_protocol (self, &g_array_index (self->states, ProtocolState, p), fields, line_text, contact, attempts);
}

/* The rows; one too large to keep is skipped like any other. */
static gboolean
count_rows (Review                  *self,
            EntenteActualsProgress   progress,
            gpointer                 user_data,
            GCancellable            *cancellable,
            GError                 **error)
{
  GPtrArray *fields = NULL;
  GError *local_error = NULL;

  for (;;)
    {
      gboolean read = entente_csv_reader_next (self->reader, &fields, &local_error);
      guint64 line;

      if (!read && !g_error_matches (local_error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_RECORD_TOO_LARGE))
        break;

      line = entente_csv_reader_get_line (self->reader);
      self->report->rows++;
      if (!read)
        {
          skip_row (self->report, line, g_strdup (local_error->message));
          g_clear_error (&local_error);
        }
      if (self->report->rows % PROGRESS_EVERY == 0 || !read)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (entente_csv_reader_get_bytes_read (self->reader), user_data);
        }
      if (read)
        count_row (self, fields, line);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (progress != NULL)
    progress (entente_csv_reader_get_bytes_read (self->reader), user_data);
  return TRUE;
}

/* What follows from the counts: conversions between stages, and the
 * owners shown. */
static void
finish (Review *self)
{
  EntenteActualsReport *report = self->report;

  for (guint j = 0; j + 1 < report->stages->len; j++)
    {
      EntenteActualsStage *row = g_ptr_array_index (report->stages, j);
      EntenteActualsStage *next = g_ptr_array_index (report->stages, j + 1);

      if (row->actual > 0 && next->actual >= 0)
        row->conversion = (double) next->actual / (double) row->actual;
    }
  for (guint p = 0; p < self->states->len; p++)
    {
      ProtocolState *state = &g_array_index (self->states, ProtocolState, p);

      /* The table first: it borrows the owners' names. */
      g_clear_pointer (&state->owners, g_hash_table_unref);
      choose_owners (state->out);
    }
}

EntenteActualsReport *
entente_actuals_compute_with_progress (EntenteDocument        *document,
                                       GInputStream           *csv,
                                       const char             *name,
                                       EntenteActualsMapping  *overrides,
                                       int                     year,
                                       int                     month,
                                       EntenteActualsProgress  progress,
                                       gpointer                user_data,
                                       GCancellable           *cancellable,
                                       GError                **error)
{
  g_auto(Review) self = { 0 };
  g_autoptr(GDateTime) period_start = NULL;
  g_autoptr(GDateTime) period_end = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (csv), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (month < 1 || month > 12 || year < 1 || year > 9999)
    {
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("%04d-%02d is not a month"), year, month);
      return NULL;
    }

  self.document = document;
  self.name = name;
  self.zone = document_zone (document);
  period_start = g_date_time_new (self.zone, year, month, 1, 0, 0, 0);
  period_end = g_date_time_add_months (period_start, 1);
  self.start = g_date_time_to_unix (period_start);
  self.end = g_date_time_to_unix (period_end);

  self.report = g_new0 (EntenteActualsReport, 1);
  self.report->year = year;
  self.report->month = month;
  self.report->skipped_messages = g_ptr_array_new_with_free_func (g_free);
  self.report->skipped_lines = g_array_new (FALSE, FALSE, sizeof (guint64));
  self.report->stages = g_ptr_array_new_with_free_func (stage_free);
  self.report->protocols = g_ptr_array_new_with_free_func (protocol_free);
  self.reader = entente_csv_reader_new (csv, name);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !read_mapping (&self, overrides, error))
    return NULL;
  add_stages (&self);
  add_protocols (&self);
  self.hours = entente_business_hours_new (entente_document_get_meta (document));
  if (!count_rows (&self, progress, user_data, cancellable, error))
    return NULL;
  finish (&self);

  return g_steal_pointer (&self.report);
}
