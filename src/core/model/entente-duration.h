/* entente-duration.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ENTENTE_TYPE_DURATION (entente_duration_get_type ())

/* An ISO 8601 duration kept as written (PT24H stays PT24H and never becomes
 * P1D), so that a round trip shows the unit the authors chose. */
typedef struct
{
  guint32 years;
  guint32 months;
  guint32 weeks;
  guint32 days;
  guint32 hours;
  guint32 minutes;
  guint32 seconds;
} EntenteDuration;

GType            entente_duration_get_type   (void) G_GNUC_CONST;
EntenteDuration *entente_duration_new        (void);
EntenteDuration *entente_duration_copy       (const EntenteDuration *self);
void             entente_duration_free       (EntenteDuration       *self);
EntenteDuration *entente_duration_parse      (const char            *text);
char            *entente_duration_to_string  (const EntenteDuration *self);
gboolean         entente_duration_equal      (const EntenteDuration *a,
                                              const EntenteDuration *b);
gboolean         entente_duration_is_zero    (const EntenteDuration *self);
gint64           entente_duration_to_seconds (const EntenteDuration *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteDuration, entente_duration_free)

G_END_DECLS
