/* entente-fuzz.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* What each libFuzzer harness does with one input.  The harnesses
 * (fuzz/entente-fuzz-main.c around each fuzz/fuzz-*.c) call them from
 * LLVMFuzzerTestOneInput(); tests/test-fuzz-regressions.c calls them on
 * every input that once found a bug, so a fix stays fixed in the
 * ordinary `make check` build.  Each returns normally on any input, and
 * aborts (through g_assert or a fatal critical) when the code under test
 * misbehaves. */
void entente_fuzz_load    (const guint8 *data,
                           gsize         size);
void entente_fuzz_actuals (const guint8 *data,
                           gsize         size);
void entente_fuzz_merge   (const guint8 *data,
                           gsize         size);
void entente_fuzz_diff    (const guint8 *data,
                           gsize         size);

/* For the harnesses' LLVMFuzzerInitialize(): warnings and criticals
 * abort, everything quieter is dropped, and the locale is the tests'. */
void entente_fuzz_set_up  (void);

/* Helpers shared by the bodies. */
#define ENTENTE_FUZZ_MAX_PARTS 3

guint            entente_fuzz_split        (const guint8 *data,
                                            gsize         size,
                                            guint         n_parts,
                                            GBytes      **parts);
EntenteDocument *entente_fuzz_try_load     (GBytes       *bytes,
                                            const char   *name);
void             entente_fuzz_assert_error (const GError *error);
void             entente_fuzz_assert_round_trip (EntenteDocument *document);
void             entente_fuzz_assert_schema_valid (EntenteDocument *document,
                                                   GBytes          *bytes);

G_END_DECLS
