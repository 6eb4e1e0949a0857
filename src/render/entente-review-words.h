/* entente-review-words.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* A month's review in words, formatted once, in the document's language
 * and its time zone: what the review window, its PDF and `entente-cli
 * report` show, so that they never disagree on a figure or on what could
 * not be measured.  (The JSON of the command line keeps the numbers.) */

typedef struct
{
  char *name;        /* the stage */
  char *actual;      /* records that entered it, or “not mapped” */
  char *target;      /* the committed count, or “none” */
  char *needed;      /* what the plan needs, or “not known” */
  char *attainment;  /* actual ÷ target, or “—” */
  char *conversion;  /* to the next stage, or “—” */
} EntenteReviewStageWords;

typedef struct
{
  char *name;        /* the owner, “No owner” or “Other owners” */
  char *note;        /* (nullable): what the name leaves out */
  char *entered;
  char *in_time;
  char *compliance;
} EntenteReviewOwnerWords;

typedef struct
{
  char *record;
  char *owner;
  char *entered;
  char *deadline;
  char *first_contact; /* a moment, or “never” */
} EntenteReviewBreachWords;

typedef struct
{
  char      *stage;        /* the stage it is about */
  char      *title;        /* “Marketing Qualified Lead — Sales Development” */
  char      *rule;         /* “First response within 1 business hour; at least 6 attempts.” */
  char      *entered;
  char      *in_time;
  char      *late;
  char      *never;
  char      *compliance;   /* in time ÷ entered, “no records” or “not measured” */
  char      *attempts_ok;
  char      *not_measured; /* (nullable): what could not be measured, and the column to map for it */
  char      *invalid;      /* (nullable): records contacted before they entered the stage */
  char      *invalid_count; /* (nullable): how many, when there are any */
  GPtrArray *owners;       /* EntenteReviewOwnerWords, the others last */
  char      *breaches;     /* (nullable): “Breaches (12)”, when there are any */
  GPtrArray *breach_rows;  /* EntenteReviewBreachWords, those listed */
  char      *more_breaches; /* (nullable): “… and 3 more breaches.” */
} EntenteReviewProtocolWords;

typedef struct
{
  char      *title;        /* “Monthly review — Acme Cloud” */
  char      *period;       /* “January 2027” */
  char      *summary;      /* “13 rows read, 2 skipped” */
  char      *rows;
  char      *skipped;
  char      *time_zone;    /* where every time is: “New York (UTC−05:00)” */
  GPtrArray *stages;       /* EntenteReviewStageWords, in the document's order */
  GPtrArray *protocols;    /* EntenteReviewProtocolWords */
  GPtrArray *assumptions;  /* char *: how the export was read, every guess said */
  GPtrArray *skipped_rows; /* char *, with their line numbers */
  char      *more_skipped; /* (nullable): “… and 4 more rows skipped.” */
} EntenteReviewWords;

/* Months side by side: a stage's actuals or a protocol's compliance. */
typedef struct
{
  char      *name;     /* the stage, or the protocol's title */
  GPtrArray *values;   /* char *, one per month: “—” before or after the export */
} EntenteReviewSeriesWords;

typedef struct
{
  GPtrArray *months;    /* char *: “Jan 2027” */
  GPtrArray *stages;    /* EntenteReviewSeriesWords: records that entered */
  GPtrArray *protocols; /* EntenteReviewSeriesWords: compliance */
} EntenteReviewTrendWords;

EntenteReviewWords *entente_review_words_new  (EntenteDocument            *document,
                                               const EntenteActualsReport *report);
void                entente_review_words_free (EntenteReviewWords         *self);
EntenteReviewTrendWords *entente_review_trend_words_new  (EntenteDocument *document,
                                                          GPtrArray       *months);
void                     entente_review_trend_words_free (EntenteReviewTrendWords *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteReviewWords, entente_review_words_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteReviewTrendWords, entente_review_trend_words_free)

G_END_DECLS
