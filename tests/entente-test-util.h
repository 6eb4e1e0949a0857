/* entente-test-util.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

/* Paths of the bundled examples and test files, from the source tree. */
char            *entente_test_example_path (const char *name);
char            *entente_test_data_path    (const char *name);
EntenteDocument *entente_test_load_example (const char *name);
GBytes          *entente_test_read_bytes   (const char *path);

G_END_DECLS
