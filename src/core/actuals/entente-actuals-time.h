/* entente-actuals-time.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a column writes dates whose year comes last. */
typedef enum
{
  ENTENTE_DATE_ORDER_MDY,
  ENTENTE_DATE_ORDER_DMY,
  ENTENTE_DATE_ORDER_YMD,  /* no such dates: only year-first ones read */
} EntenteDateOrder;

/* What one value says about the order of its column. */
typedef enum
{
  ENTENTE_DATE_SHAPE_NONE,         /* not a date in any order */
  ENTENTE_DATE_SHAPE_FIXED,        /* read one way only: year first, or day and month alike */
  ENTENTE_DATE_SHAPE_AMBIGUOUS,    /* day and month both 12 or less: either order reads */
  ENTENTE_DATE_SHAPE_DAY_FIRST,    /* only day first reads (13/01/2027) */
  ENTENTE_DATE_SHAPE_MONTH_FIRST,  /* only month first reads (01/13/2027) */
  ENTENTE_DATE_SHAPE_SERIAL,       /* a spreadsheet's serial number of days */
} EntenteDateShape;

const char *entente_date_order_get_name   (EntenteDateOrder  order);
gboolean    entente_date_order_from_name  (const char       *name,
                                           EntenteDateOrder *order);

gboolean entente_actuals_parse_date (const char       *text,
                                     GTimeZone        *zone,
                                     EntenteDateOrder  order,
                                     gint64           *unix_seconds,
                                     EntenteDateShape *shape);

G_END_DECLS
