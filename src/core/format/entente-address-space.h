/* entente-address-space.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What setting the example agreement as a PDF took, with some room. */
#define ENTENTE_ADDRESS_SPACE_FOR_TEXT (96 * 1000 * 1000)

void     entente_address_space_fit_limit (void);
gboolean entente_address_space_check     (guint64   needed,
                                          GError  **error);

G_END_DECLS
