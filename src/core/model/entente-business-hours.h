/* entente-business-hours.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-duration.h"
#include "entente-meta.h"

G_BEGIN_DECLS

/* The open hours of the agreement: when response windows counted in
 * business time run. */
typedef struct _EntenteBusinessHours EntenteBusinessHours;

EntenteBusinessHours *entente_business_hours_new      (EntenteMeta           *meta);
void                  entente_business_hours_free     (EntenteBusinessHours  *self);
gint64                entente_business_hours_deadline (EntenteBusinessHours  *self,
                                                       gint64                 start_unix,
                                                       const EntenteDuration *window,
                                                       gboolean               business);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteBusinessHours, entente_business_hours_free)

G_END_DECLS
