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
#include "entente-actuals-months-private.h"
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
 * are kept with a message naming the line (and the column and value).
 *
 * Two things can be known only at the end of the export: whether 05/01 in
 * a column is 5 January or 1 May (until a day over 12 shows up, maybe a
 * million rows later), and whether a record comes again (the last row of
 * a record counts, as the export's latest word on it).  So the pass reads
 * ambiguous dates in the agreement's language's order and keeps a 64-bit
 * hash of every record id (8 bytes a record; sorted at the end, they show
 * the repeats).  When a later value settles a column the other way, it
 * only surveys the rest of the file; then, or when a hash came twice, it
 * reads the file again knowing both, holding back the rows of repeated
 * records until the end.  Most exports are read once. */

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
date_column_free (gpointer data)
{
  EntenteActualsDateColumn *self = data;

  g_free (self->column);
  g_free (self->value);
  g_free (self);
}

static void
duplicate_free (gpointer data)
{
  EntenteActualsDuplicate *self = data;

  g_free (self->record);
  g_free (self);
}

static void
month_free (gpointer data)
{
  EntenteActualsMonth *self = data;

  g_ptr_array_unref (self->stages);
  g_ptr_array_unref (self->protocols);
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
  g_clear_pointer (&self->date_columns, g_ptr_array_unref);
  g_clear_pointer (&self->duplicate_records, g_ptr_array_unref);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_free (self);
}

/* in_time ÷ the records measured (entered, but for those contacted before
 * they entered); negative when there are none or when it cannot be
 * measured (compliance_gap says why). */
double
entente_actuals_protocol_get_compliance (const EntenteActualsProtocol *self)
{
  guint64 measured;

  g_return_val_if_fail (self != NULL, -1);
  if (self->compliance_gap != ENTENTE_ACTUALS_MEASURED)
    return -1;
  measured = self->entered - self->invalid;
  return measured ? (double) self->in_time / (double) measured : -1;
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

/* A skipped row's sentence quotes the export's words: escaped to one
 * line and cut to a sentence's length, so that a field can neither forge
 * a line nor make a message of megabytes. */
#define QUOTED_FIELD 40

/* What is wrong with a field, which skips its row. */
typedef enum
{
  CELL_NOT_A_DATE,
  CELL_NOT_TRUE_OR_FALSE,
  CELL_DAY_FIRST_ONLY,   /* in a column read month first */
  CELL_MONTH_FIRST_ONLY, /* in a column read day first */
  CELL_NOT_YEAR_FIRST,   /* in a column of years first */
} CellProblem;

static char *
bad_cell (CellProblem  problem,
          const char  *name,
          const char  *line_text,
          const char  *column,
          const char  *text)
{
  g_autofree char *quoted_column = entente_value_excerpt (column, QUOTED_FIELD);
  g_autofree char *quoted_text = entente_value_excerpt (text, QUOTED_FIELD);
  g_autofree char *quoted_name = entente_text_escape (name);

  switch (problem)
    {
    case CELL_NOT_TRUE_OR_FALSE:
      return g_strdup_printf (_("%s:%s: column “%s”: “%s” is neither true nor false"),
                              quoted_name, line_text, quoted_column, quoted_text);
    case CELL_DAY_FIRST_ONLY:
      return g_strdup_printf (_("%s:%s: column “%s”: “%s” reads only with the day first, and the column's dates are read with the month first"),
                              quoted_name, line_text, quoted_column, quoted_text);
    case CELL_MONTH_FIRST_ONLY:
      return g_strdup_printf (_("%s:%s: column “%s”: “%s” reads only with the month first, and the column's dates are read with the day first"),
                              quoted_name, line_text, quoted_column, quoted_text);
    case CELL_NOT_YEAR_FIRST:
      return g_strdup_printf (_("%s:%s: column “%s”: “%s” does not have the year first, as the column's dates are read"),
                              quoted_name, line_text, quoted_column, quoted_text);
    case CELL_NOT_A_DATE:
    default:
      return g_strdup_printf (_("%s:%s: column “%s”: “%s” is not a date"), quoted_name, line_text, quoted_column, quoted_text);
    }
}

/* A CRM's yes or no, also as a spreadsheet in another language saved it
 * (WAHR, VRAI…); blank is no: nothing says the record got there. */
static gboolean
read_bool (const char *text,
           gboolean   *value)
{
  static const char * const yes[] = { "true", "yes", "1", "y", "wahr", "vrai", "verdadero", "vero", "waar" };
  static const char * const no[] = { "false", "no", "0", "n", "falsch", "faux", "falso", "onwaar" };
  g_autofree char *word = g_strstrip (g_strdup (text != NULL ? text : ""));

  *value = FALSE;
  if (word[0] == '\0')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_ascii_strcasecmp (word, yes[i]) == 0)
      return *value = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_ascii_strcasecmp (word, no[i]) == 0)
      return TRUE;
  return FALSE;
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

/* A date column as a pass reads it, and what its values said. */
typedef struct
{
  int              index;             /* in the header */
  EntenteDateOrder order;             /* how this pass reads dates with the year last */
  gboolean         given;
  guint64          ambiguous;         /* values either order reads */
  guint64          day_first, month_first; /* values one order only reads */
  guint64          day_first_line, month_first_line;
  char            *day_first_value, *month_first_value;
  guint64          serials;
  gint64           latest[ENTENTE_DATE_ORDER_YMD + 1]; /* the latest date, read in each order */
} DateColumn;

/* A date of a row, read in one order, for the latest month. */
typedef struct
{
  DateColumn       *column;
  EntenteDateOrder  order;
  gint64            when;
} Latest;

/* What a pass learnt for the next one. */
typedef struct
{
  GHashTable *orders;      /* header index → EntenteDateOrder + 1 */
  GHashTable *candidates;  /* guint64 hashes of record ids seen more than once */
  int         year, month; /* the month to review, when none was given */
} Hints;

/* The rows of a record that may come more than once, held back to the
 * end of the second reading so that only the last one counts. */
typedef struct
{
  GPtrArray *fields;       /* char *, the last row's */
  guint64    line;
  guint64    first_line;
  guint64    rows;
} Held;

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
  GArray               *dates;               /* DateColumn */
  GArray               *stage_dates;         /* int per report stage: into dates, or -1 */
  GArray               *stage_conditions;    /* int per report stage: the column saying whether it counts, or -1 */
  int                   contact_date;        /* into dates, or -1 */
  Hints                *hints;               /* (nullable): what the first reading learnt */
  gboolean              surveying;           /* a second reading will count: this one only looks */
  GArray               *prints;              /* guint64 hashes of the record ids, on the first reading */
  GHashTable           *found;               /* guint64 hashes seen twice, for the second reading */
  GHashTable           *held;                /* record id → Held */
  gboolean              find_month;          /* no month given: this reading looks for the latest */
  EntenteActualsMonths *months;              /* what each month holds, on the reading that counts */
  GArray               *row_latest;          /* Latest: this row's dates, until it is read whole */
} Review;

static void
hints_free (Hints *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->orders, g_hash_table_unref);
  g_clear_pointer (&self->candidates, g_hash_table_unref);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Hints, hints_free)

static void
held_free (gpointer data)
{
  Held *self = data;

  g_ptr_array_unref (self->fields);
  g_free (self);
}

static void
review_clear (Review *self)
{
  if (self->states != NULL)
    for (guint p = 0; p < self->states->len; p++)
      g_clear_pointer (&g_array_index (self->states, ProtocolState, p).owners, g_hash_table_unref);
  g_clear_pointer (&self->states, g_array_unref);
  if (self->dates != NULL)
    for (guint i = 0; i < self->dates->len; i++)
      {
        DateColumn *column = &g_array_index (self->dates, DateColumn, i);

        g_free (column->day_first_value);
        g_free (column->month_first_value);
      }
  g_clear_pointer (&self->dates, g_array_unref);
  g_clear_pointer (&self->stage_dates, g_array_unref);
  g_clear_pointer (&self->stage_conditions, g_array_unref);
  g_clear_pointer (&self->months, entente_actuals_months_free);
  g_clear_pointer (&self->row_latest, g_array_unref);
  g_clear_pointer (&self->prints, g_array_unref);
  g_clear_pointer (&self->found, g_hash_table_unref);
  g_clear_pointer (&self->held, g_hash_table_unref);
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

      if (!entente_actuals_key_is_valid (keys[i], self->document))
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
  self->stage_conditions = g_array_new (FALSE, FALSE, sizeof (int));
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
      if (row->stage_id != NULL)
        {
          g_autofree char *key = entente_actuals_condition_key (row->stage_id);

          index = find_column (self->header, entente_actuals_mapping_get (self->report->mapping, key));
        }
      g_array_append_val (self->stage_conditions, index);
    }
  g_array_set_size (self->stage_times, self->report->stages->len);
  /* A cohort's conversion needs this stage's dates and the next's. */
  for (guint j = 0; j < self->report->stages->len; j++)
    ((EntenteActualsStage *) g_ptr_array_index (self->report->stages, j))->reached_next =
      j + 1 < self->stage_columns->len && g_array_index (self->stage_columns, int, j) >= 0 &&
      g_array_index (self->stage_columns, int, j + 1) >= 0 ? 0 : -1;
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

/* Month first where American English is written, and as HubSpot exports
 * them; the day first everywhere else (where the year comes first, no
 * date is ambiguous). */
static EntenteDateOrder
language_order (EntenteDocument *document)
{
  const char *language = entente_document_get_language (document);

  if (language == NULL || *language == '\0' || g_str_equal (language, "en") ||
      g_str_has_prefix (language, "en-US") || g_str_has_prefix (language, "en_US"))
    return ENTENTE_DATE_ORDER_MDY;
  return ENTENTE_DATE_ORDER_DMY;
}

static int
add_date (Review *self,
          int     index)
{
  DateColumn column = { 0 };
  int given = entente_actuals_mapping_get_date_order (self->report->mapping);
  gpointer hinted = NULL;

  if (index < 0)
    return -1;
  for (guint i = 0; i < self->dates->len; i++)
    if (g_array_index (self->dates, DateColumn, i).index == index)
      return (int) i;

  column.index = index;
  column.given = given >= 0;
  for (guint i = 0; i < G_N_ELEMENTS (column.latest); i++)
    column.latest[i] = ENTENTE_ACTUALS_NO_TIME;
  if (column.given)
    column.order = (EntenteDateOrder) given;
  else if (self->hints != NULL &&
           g_hash_table_lookup_extended (self->hints->orders, GINT_TO_POINTER (index), NULL, &hinted))
    column.order = (EntenteDateOrder) (GPOINTER_TO_INT (hinted) - 1);
  else
    column.order = language_order (self->document);
  g_array_append_val (self->dates, column);
  return (int) self->dates->len - 1;
}

/* Each date column once, however many keys map to it. */
static void
add_dates (Review *self)
{
  self->dates = g_array_new (FALSE, TRUE, sizeof (DateColumn));
  self->stage_dates = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint j = 0; j < self->stage_columns->len; j++)
    {
      int date = add_date (self, g_array_index (self->stage_columns, int, j));

      g_array_append_val (self->stage_dates, date);
    }
  self->contact_date = add_date (self, self->contact_column);
}

static void
note_value (guint64    *count,
            guint64    *line,
            char      **value,
            guint64     at,
            const char *text)
{
  if ((*count)++ > 0)
    return;
  *line = at;
  *value = entente_value_excerpt (text, QUOTED_FIELD);
}

/* The latest date of @column in each order it can be read in, so that
 * the latest month is known whichever order the column turns out to
 * have. */
static void
note_latest (Review           *self,
             DateColumn       *column,
             const char       *text,
             EntenteDateShape  shape)
{
  for (EntenteDateOrder order = ENTENTE_DATE_ORDER_MDY; order <= ENTENTE_DATE_ORDER_YMD; order++)
    {
      Latest latest = { column, order, 0 };

      if (shape != ENTENTE_DATE_SHAPE_NONE && entente_actuals_parse_date (text, self->zone, order, &latest.when, NULL))
        g_array_append_val (self->row_latest, latest);
    }
}

/* The row's dates count towards the latest month only once the whole
 * row is read: a row skipped for another column's date is no record. */
static void
keep_latest (Review   *self,
             gboolean  row_read)
{
  for (guint i = 0; row_read && i < self->row_latest->len; i++)
    {
      Latest *latest = &g_array_index (self->row_latest, Latest, i);

      latest->column->latest[latest->order] = MAX (latest->column->latest[latest->order], latest->when);
    }
  g_array_set_size (self->row_latest, 0);
}

/* A date of @column, noting what it says about the column's order;
 * FALSE when it is not a date in the order the column is read in.  The
 * first reading takes the order of the first value that settles it, and
 * reads the whole export again when the values that settle it mostly say
 * the other way (see check_orders()). */
static gboolean
read_date (Review           *self,
           DateColumn       *column,
           const char       *text,
           guint64           line,
           gint64           *when,
           EntenteDateShape *shape)
{
  EntenteDateOrder settles;
  gboolean read = entente_actuals_parse_date (text, self->zone, column->order, when, shape);

  if (self->find_month)
    note_latest (self, column, text, *shape);

  switch (*shape)
    {
    case ENTENTE_DATE_SHAPE_AMBIGUOUS:
      column->ambiguous++;
      return read;
    case ENTENTE_DATE_SHAPE_SERIAL:
      column->serials++;
      return read;
    case ENTENTE_DATE_SHAPE_DAY_FIRST:
      note_value (&column->day_first, &column->day_first_line, &column->day_first_value, line, text);
      settles = ENTENTE_DATE_ORDER_DMY;
      break;
    case ENTENTE_DATE_SHAPE_MONTH_FIRST:
      note_value (&column->month_first, &column->month_first_line, &column->month_first_value, line, text);
      settles = ENTENTE_DATE_ORDER_MDY;
      break;
    case ENTENTE_DATE_SHAPE_NONE:
    case ENTENTE_DATE_SHAPE_FIXED:
    default:
      return read;
    }

  /* The first value to settle the column, on the first reading, sets its
   * order; the dates read both ways before it were read wrong when the
   * assumption was the other way. */
  if (!read && !column->given && self->hints == NULL && column->day_first + column->month_first == 1)
    {
      if (column->ambiguous > 0)
        self->surveying = TRUE;
      column->order = settles;
      read = entente_actuals_parse_date (text, self->zone, settles, when, NULL);
    }
  return read;
}

/* The order the export's settled columns mostly have, or -1 when none
 * settled: one spreadsheet wrote them all. */
static int
export_order (Review *self)
{
  guint day = 0, month = 0;

  for (guint i = 0; i < self->dates->len; i++)
    {
      DateColumn *column = &g_array_index (self->dates, DateColumn, i);

      if (column->day_first != column->month_first)
        {
          if (column->order == ENTENTE_DATE_ORDER_DMY)
            day++;
          else if (column->order == ENTENTE_DATE_ORDER_MDY)
            month++;
        }
    }
  if (day == month)
    return day == 0 ? -1 : (int) language_order (self->document);
  return day > month ? ENTENTE_DATE_ORDER_DMY : ENTENTE_DATE_ORDER_MDY;
}

/* At the end of the first reading: a column whose settling values
 * mostly say the other way round from how it was read is read again so;
 * an even split follows the language.  A column whose every date reads
 * both ways follows the export's other date columns, or else the
 * language. */
static void
check_orders (Review *self)
{
  int settled;

  if (self->hints != NULL)
    return;
  for (guint i = 0; i < self->dates->len; i++)
    {
      DateColumn *column = &g_array_index (self->dates, DateColumn, i);
      EntenteDateOrder majority;

      if (column->given || column->day_first + column->month_first == 0)
        continue;
      if (column->day_first != column->month_first)
        majority = column->day_first > column->month_first ? ENTENTE_DATE_ORDER_DMY : ENTENTE_DATE_ORDER_MDY;
      else
        majority = language_order (self->document);
      if (majority != column->order)
        {
          column->order = majority;
          self->surveying = TRUE;
        }
    }

  settled = export_order (self);
  for (guint i = 0; i < self->dates->len && settled >= 0; i++)
    {
      DateColumn *column = &g_array_index (self->dates, DateColumn, i);

      if (!column->given && column->day_first + column->month_first == 0 &&
          column->ambiguous > 0 && column->order != (EntenteDateOrder) settled)
        {
          column->order = (EntenteDateOrder) settled;
          self->surveying = TRUE;
        }
    }
}

/* Every date the row needs, before anything is counted, so that a
 * skipped row counts nowhere; FALSE when the row is skipped. */
static gboolean
read_row_dates (Review     *self,
                GPtrArray  *fields,
                guint64     line,
                const char *line_text,
                gint64     *contact)
{
  EntenteActualsReport *report = self->report;

  for (guint j = 0; j <= report->stages->len; j++)
    {
      gboolean is_contact = j == report->stages->len;
      int date = is_contact ? self->contact_date : g_array_index (self->stage_dates, int, j);
      gint64 *when = is_contact ? contact : &g_array_index (self->stage_times, gint64, j);
      DateColumn *column;
      EntenteDateShape shape;
      const char *text;

      *when = ENTENTE_ACTUALS_NO_TIME;
      if (date < 0)
        continue;
      if (!is_contact && g_array_index (self->stage_conditions, int, j) >= 0)
        {
          int condition = g_array_index (self->stage_conditions, int, j);
          gboolean counts;

          text = field_at (fields, condition);
          if (!read_bool (text, &counts))
            {
              skip_row (report, line, bad_cell (CELL_NOT_TRUE_OR_FALSE, self->name, line_text,
                                                g_ptr_array_index (self->header, condition), text));
              return FALSE;
            }
          /* A lost deal's close date is no date of winning, whatever it
           * holds. */
          if (!counts)
            continue;
        }
      column = &g_array_index (self->dates, DateColumn, date);
      text = field_at (fields, column->index);
      if (is_blank (text))
        continue;
      if (!read_date (self, column, text, line, when, &shape))
        {
          const char *name = g_ptr_array_index (self->header, column->index);
          /* A value only the other order reads was most likely typed by
           * hand. */
          CellProblem problem = shape == ENTENTE_DATE_SHAPE_NONE ? CELL_NOT_A_DATE
                              : column->order == ENTENTE_DATE_ORDER_MDY ? CELL_DAY_FIRST_ONLY
                              : column->order == ENTENTE_DATE_ORDER_DMY ? CELL_MONTH_FIRST_ONLY
                              : CELL_NOT_YEAR_FIRST;

          skip_row (report, line, bad_cell (problem, self->name, line_text, name, text));
          return FALSE;
        }
    }

  return TRUE;
}

/* A row's dates, or FALSE when one cannot be read: the row is skipped,
 * said, and its dates count for nothing. */
static gboolean
read_row_times (Review     *self,
                GPtrArray  *fields,
                guint64     line,
                const char *line_text,
                gint64     *contact)
{
  gboolean read = read_row_dates (self, fields, line, line_text, contact);

  keep_latest (self, read);
  return read;
}

/* One record against one protocol: entered its stage in a month, then
 * followed up in time, late or never.  Every month is counted; the
 * reviewed month also by owner, with its breaches. */
static void
count_protocol (Review        *self,
                guint          p,
                GPtrArray     *fields,
                const char    *line_text,
                gint64         contact,
                gint64         attempts)
{
  ProtocolState *state = &g_array_index (self->states, ProtocolState, p);
  EntenteActualsProtocol *out = state->out;
  EntenteActualsMonthCounts *month;
  EntenteActualsCounts *counts;
  EntenteActualsOwner *owner_row;
  const char *owner;
  gint64 entered, deadline;
  gboolean in_time;

  if (state->stage_index < 0)
    return;
  entered = g_array_index (self->stage_times, gint64, state->stage_index);
  if (entered == ENTENTE_ACTUALS_NO_TIME || (month = entente_actuals_months_get (self->months, entered)) == NULL)
    return;
  counts = &month->counts[p];

  counts->entered++;
  if (attempts >= out->attempts)
    counts->attempts_ok++;
  /* Without a first contact to read, whether it came in time is not
   * known: nobody is counted late or never, nor breaching. */
  if (out->compliance_gap != ENTENTE_ACTUALS_MEASURED)
    return;
  /* A first contact before the record entered the stage is about some
   * earlier stage, or the export is wrong: nothing says whether this
   * stage's came in time. */
  if (contact != ENTENTE_ACTUALS_NO_TIME && contact < entered)
    {
      counts->invalid++;
      return;
    }

  deadline = entente_business_hours_deadline (self->hours, entered, &out->window, out->business_hours);
  in_time = contact != ENTENTE_ACTUALS_NO_TIME && contact <= deadline;
  if (in_time)
    counts->in_time++;
  else if (contact != ENTENTE_ACTUALS_NO_TIME)
    counts->late++;
  else
    counts->never++;

  if (entered < self->start || entered >= self->end)
    return;

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

/* One record of the export, whole and readable, its dates read. */
static void
tally_row (Review     *self,
           GPtrArray  *fields,
           const char *line_text,
           gint64      contact)
{
  EntenteActualsReport *report = self->report;
  gint64 attempts = 0;
  const char *text;

  text = field_at (fields, self->attempts_column);
  if (!is_blank (text))
    attempts = g_ascii_strtoll (text, NULL, 10);

  for (guint j = 0; j < report->stages->len; j++)
    {
      gint64 when = g_array_index (self->stage_times, gint64, j);
      EntenteActualsMonthCounts *month;

      if (when == ENTENTE_ACTUALS_NO_TIME || (month = entente_actuals_months_get (self->months, when)) == NULL)
        continue;
      month->actuals[j]++;
      /* The month's cohort: it reached the next stage, whenever. */
      if (j + 1 < report->stages->len && g_array_index (self->stage_times, gint64, j + 1) != ENTENTE_ACTUALS_NO_TIME)
        month->reached[j]++;
    }

  for (guint p = 0; p < self->states->len; p++)
    count_protocol (self, p, fields, line_text, contact, attempts);
}

/* FNV-1a: two ids with one hash are only suspected of being one record,
 * and the second reading compares the ids themselves. */
static guint64
hash_record (const char *record)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (const guchar *p = (const guchar *) record; *p != '\0'; p++)
    h = (h ^ *p) * G_GUINT64_CONSTANT (0x100000001b3);
  return h;
}

static GHashTable *
new_hash_set (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/* Sorts @n hashes by their bytes from the lowest, through @scratch of the
 * same size: eight sequential passes, where a hash table of a million
 * ids missed the cache on every row and took a quarter of the review. */
static void
sort_hashes (guint64 *hashes,
             guint64 *scratch,
             gsize    n)
{
  guint64 *from = hashes;
  guint64 *to = scratch;

  /* An even number of passes: the last one writes back into @hashes. */
  for (guint shift = 0; shift < 64; shift += 8)
    {
      gsize counts[256] = { 0 };
      gsize at = 0;
      guint64 *swap;

      for (gsize i = 0; i < n; i++)
        counts[(from[i] >> shift) & 0xff]++;
      for (guint b = 0; b < 256; b++)
        {
          gsize count = counts[b];

          counts[b] = at;
          at += count;
        }
      for (gsize i = 0; i < n; i++)
        to[counts[(from[i] >> shift) & 0xff]++] = from[i];
      swap = from;
      from = to;
      to = swap;
    }
}

/* At the end of the first reading: the hashes that came more than once,
 * whose records the second reading compares by their ids. */
static void
find_repeats (Review *self)
{
  guint64 *hashes;
  g_autofree guint64 *scratch = NULL;
  gsize n;

  if (self->prints == NULL || self->prints->len < 2)
    return;
  hashes = (guint64 *) (gpointer) self->prints->data;
  n = self->prints->len;
  scratch = g_new (guint64, n);
  sort_hashes (hashes, scratch, n);
  for (gsize i = 1; i < n; i++)
    if (hashes[i] == hashes[i - 1] && (i == 1 || hashes[i] != hashes[i - 2]))
      {
        if (self->found == NULL)
          self->found = new_hash_set ();
        g_hash_table_add (self->found, g_memdup2 (&hashes[i], sizeof hashes[i]));
        self->surveying = TRUE;
      }
}

/* Keeps the latest row of a record that may come again. */
static void
hold_row (Review     *self,
          const char *record,
          GPtrArray  *fields,
          guint64     line)
{
  Held *held;

  if (self->held == NULL)
    self->held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, held_free);
  held = g_hash_table_lookup (self->held, record);
  if (held == NULL)
    {
      held = g_new0 (Held, 1);
      held->first_line = line;
      g_hash_table_insert (self->held, g_strdup (record), held);
    }
  else
    g_ptr_array_unref (held->fields);
  held->fields = g_ptr_array_new_full (fields->len, g_free);
  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (held->fields, g_strdup (g_ptr_array_index (fields, i)));
  held->line = line;
  held->rows++;
}

/* One row of the export: skipped when it cannot be read, held back when
 * its record may come again, looked at only when a second reading will
 * count. */
static void
count_row (Review    *self,
           GPtrArray *fields,
           guint64    line)
{
  EntenteActualsReport *report = self->report;
  char line_text[32];
  gint64 contact;
  const char *record;

  g_snprintf (line_text, sizeof line_text, "%" G_GUINT64_FORMAT, line);
  if (fields->len != self->header->len)
    {
      skip_row (report, line,
                g_strdup_printf (_("%s:%s: the row has %u fields, the header %u"),
                                 self->name, line_text, fields->len, self->header->len));
      return;
    }

  /* Before the dates: a repeated record's last row counts, whether or not
   * its dates can be read. */
  record = field_at (fields, self->record_column);
  if (!is_blank (record))
    {
      guint64 hash = hash_record (record);

      if (self->hints == NULL)
        {
          if (self->prints == NULL)
            self->prints = g_array_sized_new (FALSE, FALSE, sizeof (guint64), 1 << 14);
          g_array_append_val (self->prints, hash);
        }
      else if (g_hash_table_contains (self->hints->candidates, &hash))
        {
          hold_row (self, record, fields, line);
          return;
        }
    }

  if (!read_row_times (self, fields, line, line_text, &contact))
    return;
  if (!self->surveying)
    tally_row (self, fields, line_text, contact);
}

static int
compare_held (gconstpointer a,
              gconstpointer b)
{
  const Held *x = *(Held * const *) a;
  const Held *y = *(Held * const *) b;

  return x->line < y->line ? -1 : x->line > y->line;
}

/* The rows held back, the last of each record, in the export's order;
 * the others are counted as duplicates. */
static void
count_held (Review *self)
{
  EntenteActualsReport *report = self->report;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  if (self->held == NULL)
    return;

  g_hash_table_iter_init (&iter, self->held);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (rows, value);
  g_ptr_array_sort (rows, compare_held);

  for (guint i = 0; i < rows->len; i++)
    {
      Held *held = g_ptr_array_index (rows, i);
      char line_text[32];
      gint64 contact;

      g_snprintf (line_text, sizeof line_text, "%" G_GUINT64_FORMAT, held->line);
      if (held->rows > 1)
        {
          report->duplicates += held->rows - 1;
          if (report->duplicate_records->len < ENTENTE_ACTUALS_MAX_DUPLICATES)
            {
              EntenteActualsDuplicate *duplicate = g_new0 (EntenteActualsDuplicate, 1);

              duplicate->record = g_strdup (g_ptr_array_index (held->fields, self->record_column));
              duplicate->rows = held->rows;
              duplicate->first_line = held->first_line;
              duplicate->kept_line = held->line;
              g_ptr_array_add (report->duplicate_records, duplicate);
            }
        }
      if (read_row_times (self, held->fields, held->line, line_text, &contact))
        tally_row (self, held->fields, line_text, contact);
    }
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
  find_repeats (self);
  check_orders (self);
  if (!self->surveying)
    count_held (self);
  return TRUE;
}

/* How the export was read, for the report to say. */
static void
describe_reading (Review *self)
{
  EntenteActualsReport *report = self->report;

  report->encoding = entente_csv_reader_get_encoding (self->reader);
  report->delimiter = entente_csv_reader_get_delimiter (self->reader);
  for (guint i = 0; i < self->dates->len; i++)
    {
      DateColumn *column = &g_array_index (self->dates, DateColumn, i);
      EntenteActualsDateColumn *out = g_new0 (EntenteActualsDateColumn, 1);

      out->column = g_strdup (g_ptr_array_index (self->header, column->index));
      out->order = column->order;
      out->serials = column->serials;
      out->other_order = column->order == ENTENTE_DATE_ORDER_DMY ? column->month_first
        : column->order == ENTENTE_DATE_ORDER_MDY ? column->day_first
        : column->day_first + column->month_first + column->ambiguous;
      if (column->given)
        out->source = ENTENTE_ACTUALS_ORDER_GIVEN;
      else if (column->day_first != column->month_first)
        {
          gboolean day = column->order == ENTENTE_DATE_ORDER_DMY;

          out->source = ENTENTE_ACTUALS_ORDER_FOUND;
          out->line = day ? column->day_first_line : column->month_first_line;
          out->value = g_strdup (day ? column->day_first_value : column->month_first_value);
        }
      else if (column->day_first + column->month_first == 0 && column->ambiguous > 0 && export_order (self) >= 0)
        out->source = ENTENTE_ACTUALS_ORDER_COLUMNS;
      else if (column->ambiguous > 0 || column->day_first > 0)
        out->source = ENTENTE_ACTUALS_ORDER_LANGUAGE;
      else
        out->source = ENTENTE_ACTUALS_ORDER_UNNEEDED;
      g_ptr_array_add (report->date_columns, out);
    }
}

/* Each stage's conversion to the next, both counted in the same month (a
 * simplification: no cohort tracking): the export's months and the ones
 * a meeting recorded alike. */
void
entente_actuals_stages_set_conversions (GPtrArray *stages)
{
  for (guint j = 0; j + 1 < stages->len; j++)
    {
      EntenteActualsStage *row = g_ptr_array_index (stages, j);
      EntenteActualsStage *next = g_ptr_array_index (stages, j + 1);

      row->conversion = row->actual > 0 && next->actual >= 0
        ? (double) next->actual / (double) row->actual : -1;
    }
}

static void
set_counts (EntenteActualsProtocol     *out,
            const EntenteActualsCounts *counts)
{
  out->entered = counts->entered;
  out->in_time = counts->in_time;
  out->late = counts->late;
  out->never = counts->never;
  out->invalid = counts->invalid;
  out->attempts_ok = counts->attempts_ok;
}

/* A month as the report gives it: its stages and protocols as the
 * reviewed month's, by count only (no owners, no breaches); zero where
 * @actuals and @counts are %NULL. */
static EntenteActualsMonth *
month_new (const EntenteActualsReport *report,
           int                         year,
           int                         number,
           const guint64              *actuals,
           const guint64              *reached,
           const EntenteActualsCounts *counts)
{
  EntenteActualsMonth *month = g_new0 (EntenteActualsMonth, 1);
  static const EntenteActualsCounts none = { 0 };

  month->year = year;
  month->month = number;
  month->in_export = TRUE;
  month->stages = g_ptr_array_new_with_free_func (stage_free);
  month->protocols = g_ptr_array_new_with_free_func (protocol_free);
  for (guint j = 0; j < report->stages->len; j++)
    {
      const EntenteActualsStage *stage = g_ptr_array_index (report->stages, j);
      EntenteActualsStage *row = g_new0 (EntenteActualsStage, 1);

      row->stage_id = g_strdup (stage->stage_id);
      row->column = g_strdup (stage->column);
      row->actual = stage->actual < 0 ? -1 : actuals != NULL ? (gint64) MIN (actuals[j], G_MAXINT64) : 0;
      row->reached_next = stage->reached_next < 0 ? -1 : reached != NULL ? (gint64) MIN (reached[j], G_MAXINT64) : 0;
      row->target = stage->target;
      row->needed = stage->needed;
      g_ptr_array_add (month->stages, row);
    }
  entente_actuals_stages_set_conversions (month->stages);
  for (guint p = 0; p < report->protocols->len; p++)
    {
      const EntenteActualsProtocol *protocol = g_ptr_array_index (report->protocols, p);
      EntenteActualsProtocol *row = g_new0 (EntenteActualsProtocol, 1);

      row->stage_id = g_strdup (protocol->stage_id);
      row->party = g_strdup (protocol->party);
      row->window = protocol->window;
      row->business_hours = protocol->business_hours;
      row->attempts = protocol->attempts;
      row->compliance_gap = protocol->compliance_gap;
      row->attempts_gap = protocol->attempts_gap;
      set_counts (row, counts != NULL ? &counts[p] : &none);
      row->owners = g_ptr_array_new_with_free_func (owner_free);
      row->breaches = g_ptr_array_new_with_free_func (breach_free);
      g_ptr_array_add (month->protocols, row);
    }
  return month;
}

static EntenteActualsMonth *
month_copy (const EntenteActualsReport *report,
            const EntenteActualsMonth *month)
{
  EntenteActualsMonth *copy = month_new (report, month->year, month->month, NULL, NULL, NULL);

  for (guint j = 0; j < month->stages->len; j++)
    {
      EntenteActualsStage *row = g_ptr_array_index (copy->stages, j);
      const EntenteActualsStage *from = g_ptr_array_index (month->stages, j);

      row->actual = from->actual;
      row->reached_next = from->reached_next;
      row->conversion = from->conversion;
    }
  for (guint p = 0; p < month->protocols->len; p++)
    {
      const EntenteActualsProtocol *from = g_ptr_array_index (month->protocols, p);
      EntenteActualsCounts counts = { from->entered, from->in_time, from->late, from->never, from->invalid, from->attempts_ok };

      set_counts (g_ptr_array_index (copy->protocols, p), &counts);
    }
  return copy;
}

/* Whether the figures of @month say what happened then: the export's, or
 * a recorded meeting's. */
gboolean
entente_actuals_month_is_known (const EntenteActualsMonth *month)
{
  g_return_val_if_fail (month != NULL, FALSE);

  return month->in_export || month->recorded;
}

/**
 * entente_actuals_gap_to_id:
 *
 * Returns: how the JSON and recorded meetings name @gap, %NULL for
 *   %ENTENTE_ACTUALS_MEASURED
 */
const char *
entente_actuals_gap_to_id (EntenteActualsGap gap)
{
  switch (gap)
    {
    case ENTENTE_ACTUALS_STAGE_NOT_MAPPED:
      return "stage-not-mapped";
    case ENTENTE_ACTUALS_CONTACT_NOT_MAPPED:
      return "first-contact-not-mapped";
    case ENTENTE_ACTUALS_ATTEMPTS_NOT_MAPPED:
      return "attempts-not-mapped";
    case ENTENTE_ACTUALS_MEASURED:
    default:
      return NULL;
    }
}

/**
 * entente_actuals_report_get_cohort:
 * @stage: a stage's index in the report
 * @n_months: how many months, the reviewed one last
 * @entered: (out) (optional): the records that entered @stage in them
 * @reached: (out) (optional): of those, the ones with a date for the next
 *   stage
 *
 * Of the records that entered @stage in the @n_months months ending at
 * the reviewed one, the share that reached the next stage by the end of
 * the export: the conversion the history shows.  The latest months'
 * records have had the least time to convert.
 *
 * Returns: the rate, negative when either stage has no column or no
 *   record entered @stage in those months
 */
double
entente_actuals_report_get_cohort (const EntenteActualsReport *report,
                                   guint                       stage,
                                   guint                       n_months,
                                   guint64                    *entered,
                                   guint64                    *reached)
{
  int reviewed, first;
  guint64 in = 0, on = 0;

  if (entered != NULL)
    *entered = 0;
  if (reached != NULL)
    *reached = 0;
  g_return_val_if_fail (report != NULL, -1);
  g_return_val_if_fail (stage < report->stages->len, -1);

  if (((EntenteActualsStage *) g_ptr_array_index (report->stages, stage))->reached_next < 0)
    return -1;
  reviewed = report->year * 12 + report->month - 1;
  first = reviewed - (int) n_months + 1;
  for (guint i = 0; i < report->months->len; i++)
    {
      const EntenteActualsMonth *month = g_ptr_array_index (report->months, i);
      int index = month->year * 12 + month->month - 1;
      const EntenteActualsStage *row = g_ptr_array_index (month->stages, stage);

      if (index < first || index > reviewed)
        continue;
      in += (guint64) MAX (row->actual, 0);
      on += (guint64) MAX (row->reached_next, 0);
    }
  if (entered != NULL)
    *entered = in;
  if (reached != NULL)
    *reached = on;
  return in > 0 ? (double) on / (double) in : -1;
}

/* entente_actuals_report_get_cohort(), the rate alone. */
double
entente_actuals_report_get_cohort_rate (const EntenteActualsReport *report,
                                        guint                       stage,
                                        guint                       n_months)
{
  return entente_actuals_report_get_cohort (report, stage, n_months, NULL, NULL);
}

/**
 * entente_actuals_report_get_window:
 * @n_months: how many months, at least 1
 *
 * The @n_months months ending at the reviewed one, the oldest first: the
 * report's own for the months the export has records in, zeros for the
 * months between them, and months with in_export %FALSE before its first
 * month and after its last, when nothing says what happened then.
 *
 * Returns: (transfer container) (element-type EntenteActualsMonth): the
 *   months, owned by the array
 */
GPtrArray *
entente_actuals_report_get_window (const EntenteActualsReport *report,
                                   guint                 n_months)
{
  GPtrArray *window = g_ptr_array_new_with_free_func (month_free);
  int first = G_MAXINT, last = G_MININT;
  int reviewed;

  g_return_val_if_fail (report != NULL, window);
  g_return_val_if_fail (n_months >= 1, window);

  reviewed = report->year * 12 + report->month - 1;
  if (report->months->len > 0)
    {
      const EntenteActualsMonth *oldest = g_ptr_array_index (report->months, 0);
      const EntenteActualsMonth *newest = g_ptr_array_index (report->months, report->months->len - 1);

      first = oldest->year * 12 + oldest->month - 1;
      last = newest->year * 12 + newest->month - 1;
    }
  for (int index = reviewed - (int) n_months + 1; index <= reviewed; index++)
    {
      const EntenteActualsMonth *found = NULL;
      EntenteActualsMonth *month;

      for (guint i = 0; i < report->months->len && found == NULL; i++)
        {
          const EntenteActualsMonth *candidate = g_ptr_array_index (report->months, i);

          if (candidate->year * 12 + candidate->month - 1 == index)
            found = candidate;
        }
      if (found != NULL)
        month = month_copy (report, found);
      else
        {
          month = month_new (report, index / 12, index % 12 + 1, NULL, NULL, NULL);
          month->in_export = index >= first && index <= last;
        }
      g_ptr_array_add (window, month);
    }
  return window;
}

/* What follows from the counts: the reviewed month's figures, every
 * month's, conversions between stages, and the owners shown. */
static void
finish (Review *self)
{
  EntenteActualsReport *report = self->report;
  EntenteActualsMonthCounts *reviewed = entente_actuals_months_find (self->months, report->year, report->month);
  static const EntenteActualsCounts none = { 0 };

  for (guint j = 0; j < report->stages->len; j++)
    {
      EntenteActualsStage *row = g_ptr_array_index (report->stages, j);

      if (row->actual >= 0)
        row->actual = reviewed != NULL ? (gint64) MIN (reviewed->actuals[j], G_MAXINT64) : 0;
      if (row->reached_next >= 0)
        row->reached_next = reviewed != NULL ? (gint64) MIN (reviewed->reached[j], G_MAXINT64) : 0;
    }
  entente_actuals_stages_set_conversions (report->stages);
  for (guint p = 0; p < self->states->len; p++)
    {
      ProtocolState *state = &g_array_index (self->states, ProtocolState, p);

      set_counts (state->out, reviewed != NULL ? &reviewed->counts[p] : &none);
      /* The table first: it borrows the owners' names. */
      g_clear_pointer (&state->owners, g_hash_table_unref);
      choose_owners (state->out);
    }
  for (guint i = 0; i < entente_actuals_months_get_n (self->months); i++)
    {
      EntenteActualsMonthCounts *counts = entente_actuals_months_nth (self->months, i);

      g_ptr_array_add (report->months, month_new (report, counts->year, counts->month, counts->actuals,
                                                  counts->reached, counts->counts));
    }
  describe_reading (self);
}

/* The latest month in which a record entered a stage, each column read
 * in its order; without one, every month is as empty, and the previous
 * one is as good as any. */
static void
latest_month (Review *self,
              int    *year,
              int    *month)
{
  gint64 latest = ENTENTE_ACTUALS_NO_TIME;
  g_autoptr(GDateTime) local = NULL;

  for (guint j = 0; j < self->stage_dates->len; j++)
    {
      int date = g_array_index (self->stage_dates, int, j);

      if (date >= 0)
        {
          DateColumn *column = &g_array_index (self->dates, DateColumn, date);

          latest = MAX (latest, column->latest[column->order]);
        }
    }
  if (latest != ENTENTE_ACTUALS_NO_TIME)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (latest);

      if (utc != NULL)
        local = g_date_time_to_timezone (utc, self->zone);
    }
  if (local == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (self->zone);

      local = g_date_time_add_months (now, -1);
    }
  *year = g_date_time_get_year (local);
  *month = g_date_time_get_month (local);
}

/* What the first reading learnt: each date column's order, the records
 * that may come more than once, and the month to review when it was
 * looking for one. */
static Hints *
take_hints (Review *self)
{
  Hints *hints = g_new0 (Hints, 1);

  hints->orders = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < self->dates->len; i++)
    {
      DateColumn *column = &g_array_index (self->dates, DateColumn, i);

      g_hash_table_insert (hints->orders, GINT_TO_POINTER (column->index), GINT_TO_POINTER (column->order + 1));
    }
  hints->candidates = self->found != NULL ? g_steal_pointer (&self->found) : new_hash_set ();
  if (self->find_month)
    latest_month (self, &hints->year, &hints->month);
  return hints;
}

/* Back to where the export began, for the second reading. */
static gboolean
rewind_export (GInputStream  *csv,
               gint64         start,
               const char    *name,
               GError       **error)
{
  if (start < 0 || !g_seekable_can_seek (G_SEEKABLE (csv)))
    {
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("%s: this export has to be read twice, for its repeated records or the order of its dates, and it comes from where it cannot be read again; save it as a file and review that"),
                   name);
      return FALSE;
    }
  return g_seekable_seek (G_SEEKABLE (csv), start, G_SEEK_SET, NULL, error);
}

/**
 * entente_actuals_compute_with_progress:
 * @year: the period's year, or 0 with @month 0 for the latest month in
 *   which a record entered a stage (the report says which)
 * @month: the period's month, 1 to 12
 * @progress: (nullable): called with the bytes read every few thousand rows
 *   and at the end
 *
 * Returns: (transfer full): the report, or %NULL with @error set when the
 *   file is empty or not CSV, a mapped column is missing, a mapping key is
 *   neither a stage id nor a known key, or @cancellable was cancelled
 */
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
  g_autoptr(Hints) hints = NULL;
  gint64 start = G_IS_SEEKABLE (csv) ? g_seekable_tell (G_SEEKABLE (csv)) : -1;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (csv), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((year != 0 || month != 0) && (month < 1 || month > 12 || year < 1 || year > 9999))
    {
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("%04d-%02d is not a month"), year, month);
      return NULL;
    }

  for (;;)
    {
      g_auto(Review) self = { 0 };
      g_autoptr(GDateTime) period_start = NULL;
      g_autoptr(GDateTime) period_end = NULL;

      self.document = document;
      self.name = name;
      self.hints = hints;
      self.zone = document_zone (document);
      /* No month given: the first reading looks for the latest one with
       * records, and the second reviews it. */
      if (year == 0 && hints != NULL)
        {
          year = hints->year;
          month = hints->month;
        }
      if (year == 0)
        self.surveying = self.find_month = TRUE;
      else
        {
          period_start = g_date_time_new (self.zone, year, month, 1, 0, 0, 0);
          period_end = g_date_time_add_months (period_start, 1);
          self.start = g_date_time_to_unix (period_start);
          self.end = g_date_time_to_unix (period_end);
        }

      self.report = g_new0 (EntenteActualsReport, 1);
      self.report->year = year;
      self.report->month = month;
      self.report->skipped_messages = g_ptr_array_new_with_free_func (g_free);
      self.report->skipped_lines = g_array_new (FALSE, FALSE, sizeof (guint64));
      self.report->stages = g_ptr_array_new_with_free_func (stage_free);
      self.report->protocols = g_ptr_array_new_with_free_func (protocol_free);
      self.report->date_columns = g_ptr_array_new_with_free_func (date_column_free);
      self.report->duplicate_records = g_ptr_array_new_with_free_func (duplicate_free);
      self.report->months = g_ptr_array_new_with_free_func (month_free);
      self.reader = entente_csv_reader_new (csv, name);

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !read_mapping (&self, overrides, error))
        return NULL;
      add_stages (&self);
      add_protocols (&self);
      add_dates (&self);
      self.months = entente_actuals_months_new (self.zone, self.report->stages->len, self.report->protocols->len);
      self.row_latest = g_array_new (FALSE, FALSE, sizeof (Latest));
      self.hours = entente_business_hours_new (entente_document_get_meta (document));
      if (!count_rows (&self, progress, user_data, cancellable, error))
        return NULL;
      if (!self.surveying)
        {
          finish (&self);
          return g_steal_pointer (&self.report);
        }

      /* Only the first reading surveys: the second knows what it found. */
      g_assert (hints == NULL);
      hints = take_hints (&self);
      if (!rewind_export (csv, start, name, error))
        return NULL;
    }
}
