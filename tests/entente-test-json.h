/* entente-test-json.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void entente_test_assert_json_equal    (const char *actual,
                                        const char *expected);
void entente_test_assert_json_contains (const char *actual,
                                        const char *expected);

G_END_DECLS
