/* fuzz-load.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-fuzz.h"

/* Reading a .entente file from bytes, as the window and `entente-cli` do
 * with whatever they are given.  The loader must either refuse the input
 * with a message or accept it; what it accepts must round-trip exactly
 * (entente_fuzz_assert_round_trip()), and must survive what the window
 * computes for every document it opens: the health checks and the plan
 * worked back from revenue. */
void
entente_fuzz_load (const guint8 *data,
                   gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(EntenteDocument) document = entente_fuzz_try_load (bytes, "fuzz.entente");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) plan = NULL;

  if (document == NULL)
    return;

  g_assert_false (entente_document_get_modified (document));
  entente_fuzz_assert_round_trip (document);
  entente_fuzz_assert_schema_valid (document, bytes);

  findings = entente_checks_run (document);
  g_assert_nonnull (findings);
  plan = entente_plan_compute (document);
  g_assert_nonnull (plan);
}
