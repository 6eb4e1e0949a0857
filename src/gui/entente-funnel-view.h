/* entente-funnel-view.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"
#include "entente-render.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_FUNNEL_VIEW (entente_funnel_view_get_type ())

G_DECLARE_FINAL_TYPE (EntenteFunnelView, entente_funnel_view, ENTENTE, FUNNEL_VIEW, GtkWidget)

GtkWidget           *entente_funnel_view_new         (EntenteDocument   *document);
void                 entente_funnel_view_set_document (EntenteFunnelView *self,
                                                       EntenteDocument   *document);
EntenteFunnelLayout *entente_funnel_view_get_layout  (EntenteFunnelView *self);
void                 entente_funnel_view_set_actuals (EntenteFunnelView *self,
                                                      GHashTable        *actuals);
char                *entente_funnel_view_describe_at (EntenteFunnelView *self,
                                                      double             x,
                                                      double             y);

G_END_DECLS
