/* entente-actuals.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "entente-actuals-mapping.h"
#include "entente-actuals-time.h"
#include "entente-csv-reader.h"
#include "entente-document.h"
#include "entente-duration.h"

G_BEGIN_DECLS

/* How many skipped-row messages and breaching records a report keeps;
 * the totals count them all. */
#define ENTENTE_ACTUALS_MAX_SKIPPED  20
#define ENTENTE_ACTUALS_MAX_BREACHES 1000
#define ENTENTE_ACTUALS_MAX_DUPLICATES 20

/* Owners of a protocol shown one by one, the busiest first chosen, and
 * owners told apart at all, by number and by the bytes of their names:
 * an export of a million owners (or of long names) took 233 MB and a
 * quarter of a minute to sort by name.  The rest are counted together,
 * never left out, and the report says when some were not told apart. */
#define ENTENTE_ACTUALS_MAX_OWNERS_SHOWN   25
#define ENTENTE_ACTUALS_MAX_OWNERS_COUNTED 10000
#define ENTENTE_ACTUALS_MAX_OWNER_BYTES    (16 * 1024 * 1024)

/* Why a figure of a protocol could not be measured: a figure the export
 * cannot give is said to be missing, and why, never shown as zero. */
typedef enum
{
  ENTENTE_ACTUALS_MEASURED,
  ENTENTE_ACTUALS_STAGE_NOT_MAPPED,    /* no column holds when records entered the stage */
  ENTENTE_ACTUALS_CONTACT_NOT_MAPPED,  /* no column holds the first contact */
  ENTENTE_ACTUALS_ATTEMPTS_NOT_MAPPED, /* no column holds the attempts */
} EntenteActualsGap;

/* How the order of a date column's day and month was decided. */
typedef enum
{
  ENTENTE_ACTUALS_ORDER_UNNEEDED, /* no date read two ways: years first, or day and month alike */
  ENTENTE_ACTUALS_ORDER_FOUND,    /* a value read one way only settled it */
  ENTENTE_ACTUALS_ORDER_LANGUAGE, /* every such date read both ways: the agreement's language chose */
  ENTENTE_ACTUALS_ORDER_GIVEN,    /* asked for (`--date-order`) */
  ENTENTE_ACTUALS_ORDER_COLUMNS,  /* every such date read both ways: the export's other date columns chose */
} EntenteActualsOrderSource;

/**
 * EntenteActualsDateColumn:
 * @column: the column, as the header spells it
 * @order: how its dates with the year last were read
 * @source: why so
 * @line: with %ENTENTE_ACTUALS_ORDER_FOUND, the line of the value that
 *   settled it
 * @value: (nullable): that value
 * @serials: values read as a spreadsheet's serial numbers of days
 * @other_order: values only the other order reads, whose rows were
 *   skipped
 */
typedef struct
{
  char                      *column;
  EntenteDateOrder           order;
  EntenteActualsOrderSource  source;
  guint64                    line;
  char                      *value;
  guint64                    serials;
  guint64                    other_order;
} EntenteActualsDateColumn;

/* A record the export holds more than once: only its last row counts. */
typedef struct
{
  char    *record;
  guint64  rows;
  guint64  first_line;
  guint64  kept_line;
} EntenteActualsDuplicate;

/* No time: a record without a first contact. */
#define ENTENTE_ACTUALS_NO_TIME G_MININT64

/**
 * EntenteActualsStage:
 * @stage_id: the stage
 * @column: (nullable): the column holding its entry date, %NULL when none
 * @actual: records that entered the stage in the period, -1 without a column
 * @target: the committed count, -1 when nobody committed to one
 * @needed: what the plan needs per period, negative when it cannot say
 * @conversion: actual of the next stage ÷ actual of this one, both counted
 *   in the same period (a simplification: no cohort tracking); negative
 *   when unknown or for the last stage
 * @reached_next: of @actual, the records with a date for the next stage,
 *   whenever (the month's cohort); -1 when either stage has no column
 */
typedef struct
{
  char   *stage_id;
  char   *column;
  gint64  actual;
  gint64  reached_next;
  int     target;
  double  needed;
  double  conversion;
} EntenteActualsStage;

typedef struct
{
  char    *owner;
  guint64  entered;
  guint64  in_time;
} EntenteActualsOwner;

/**
 * EntenteActualsBreach:
 * @record: the record id (or "line N" without a record column)
 * @owner: (nullable): the record's owner
 * @entered: when the record entered the stage, Unix seconds
 * @deadline: when the first contact was due, Unix seconds
 * @first_contact: the first contact, or %ENTENTE_ACTUALS_NO_TIME
 */
typedef struct
{
  char   *record;
  char   *owner;
  gint64  entered;
  gint64  deadline;
  gint64  first_contact;
} EntenteActualsBreach;

typedef struct
{
  char            *stage_id;
  char            *party;
  EntenteDuration  window;
  gboolean         business_hours;
  int              attempts;
  guint64          entered;
  guint64          in_time;
  guint64          late;
  guint64          never;
  guint64          invalid;      /* first contact before the record entered the stage: not measured */
  guint64          attempts_ok;
  EntenteActualsGap compliance_gap; /* in time, late, never, owners and breaches are counted only without one */
  EntenteActualsGap attempts_gap;   /* attempts_ok is counted only without one */
  GPtrArray       *owners;       /* EntenteActualsOwner: the busiest, sorted by owner */
  EntenteActualsOwner *others;   /* (nullable): every other owner, counted together; its owner is NULL */
  gboolean         others_uncounted; /* others holds owners past ENTENTE_ACTUALS_MAX_OWNERS_COUNTED, not told apart */
  GPtrArray       *breaches;     /* EntenteActualsBreach, the first ENTENTE_ACTUALS_MAX_BREACHES */
  guint64          n_breaches;   /* late + never */
} EntenteActualsProtocol;

/**
 * EntenteActualsMonth:
 * @stages: (element-type EntenteActualsStage): as the report's, counted
 *   in this month
 * @protocols: (element-type EntenteActualsProtocol): as the report's,
 *   counted in this month, with neither owners nor breaches
 */
typedef struct
{
  int        year;
  int        month;
  gboolean   in_export; /* FALSE: before the export's first month with records or after its last */
  gboolean   recorded;  /* not in the export, its figures from the meeting recorded for it */
  GPtrArray *stages;
  GPtrArray *protocols;
} EntenteActualsMonth;

typedef struct
{
  int                    year;
  int                    month;
  guint64                rows;             /* data rows read, skipped ones included */
  guint64                skipped;
  GPtrArray             *skipped_messages; /* char *, the first ENTENTE_ACTUALS_MAX_SKIPPED */
  GArray                *skipped_lines;    /* guint64, the same rows' line numbers */
  GPtrArray             *stages;           /* EntenteActualsStage, in the document's order */
  GPtrArray             *protocols;        /* EntenteActualsProtocol, in the document's order */
  EntenteActualsMapping *mapping;          /* the mapping used */
  EntenteCsvEncoding     encoding;
  char                   delimiter;
  GPtrArray             *date_columns;     /* EntenteActualsDateColumn, each date column once */
  guint64                duplicates;       /* rows not counted: a later row holds the same record */
  GPtrArray             *duplicate_records; /* EntenteActualsDuplicate, the first ENTENTE_ACTUALS_MAX_DUPLICATES */
  GPtrArray             *months;           /* EntenteActualsMonth: each month a record entered a stage in, the oldest first */
} EntenteActualsReport;

typedef void (*EntenteActualsProgress) (guint64  bytes_read,
                                        gpointer user_data);

EntenteActualsReport *entente_actuals_compute              (EntenteDocument        *document,
                                                            GInputStream           *csv,
                                                            const char             *name,
                                                            EntenteActualsMapping  *overrides,
                                                            int                     year,
                                                            int                     month,
                                                            GCancellable           *cancellable,
                                                            GError                **error);
EntenteActualsReport *entente_actuals_compute_with_progress (EntenteDocument       *document,
                                                            GInputStream           *csv,
                                                            const char             *name,
                                                            EntenteActualsMapping  *overrides,
                                                            int                     year,
                                                            int                     month,
                                                            EntenteActualsProgress  progress,
                                                            gpointer                user_data,
                                                            GCancellable           *cancellable,
                                                            GError                **error);
void                  entente_actuals_report_free          (EntenteActualsReport   *self);
double                entente_actuals_report_get_cohort      (const EntenteActualsReport *report,
                                                              guint                       stage,
                                                              guint                       n_months,
                                                              guint64                    *entered,
                                                              guint64                    *reached);
double                entente_actuals_report_get_cohort_rate (const EntenteActualsReport *report,
                                                              guint                       stage,
                                                              guint                       n_months);
GPtrArray            *entente_actuals_report_get_window    (const EntenteActualsReport *report,
                                                            guint                   n_months);
gboolean              entente_actuals_month_is_known       (const EntenteActualsMonth *month);
const char           *entente_actuals_gap_to_id            (EntenteActualsGap       gap);
double                entente_actuals_protocol_get_compliance  (const EntenteActualsProtocol *self);
double                entente_actuals_protocol_get_attempts_ok (const EntenteActualsProtocol *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteActualsReport, entente_actuals_report_free)

G_END_DECLS
