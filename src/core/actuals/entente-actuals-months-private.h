/* entente-actuals-months-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One protocol's figures in one month. */
typedef struct
{
  guint64 entered;
  guint64 in_time;
  guint64 late;
  guint64 never;
  guint64 invalid;
  guint64 attempts_ok;
} EntenteActualsCounts;

/* One month of the agreement's calendar, and what the export holds for
 * it. */
typedef struct
{
  int                   year;
  int                   month;
  gint64                start, end; /* Unix time */
  guint64              *actuals;    /* per stage */
  guint64              *reached;    /* per stage: of actuals, those with a date for the next stage */
  EntenteActualsCounts *counts;     /* per protocol */
} EntenteActualsMonthCounts;

typedef struct _EntenteActualsMonths EntenteActualsMonths;

EntenteActualsMonths      *entente_actuals_months_new   (GTimeZone            *zone,
                                                         guint                 n_stages,
                                                         guint                 n_protocols);
void                       entente_actuals_months_free  (EntenteActualsMonths *self);
EntenteActualsMonthCounts *entente_actuals_months_get   (EntenteActualsMonths *self,
                                                         gint64                when);
EntenteActualsMonthCounts *entente_actuals_months_find  (EntenteActualsMonths *self,
                                                         int                   year,
                                                         int                   month);
guint                      entente_actuals_months_get_n (EntenteActualsMonths *self);
EntenteActualsMonthCounts *entente_actuals_months_nth   (EntenteActualsMonths *self,
                                                         guint                 i);

void                       entente_actuals_stages_set_conversions (GPtrArray *stages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteActualsMonths, entente_actuals_months_free)

G_END_DECLS
