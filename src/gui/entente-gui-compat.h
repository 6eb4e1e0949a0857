/* entente-gui-compat.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Where a newer libadwaita or GTK replaces an API Debian 12's lacks, the
 * choice is made here, at compile time, and nowhere else. */

static inline void
entente_expander_row_add_suffix (AdwExpanderRow *row,
                                 GtkWidget      *widget)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  adw_expander_row_add_suffix (row, widget);
#else
  adw_expander_row_add_action (row, widget);
#endif
}

G_END_DECLS
