/* entente-writer-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

GBytes *entente_writer_write         (EntenteItem *root);
GBytes *entente_writer_write_content (EntenteItem *root);
void    entente_writer_append_extras (GString     *out,
                                      EntenteItem *item);

G_END_DECLS
