/* entente-fuzz-main.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer's entry points, the same for every harness: fuzz/meson.build
 * names the target's body in ENTENTE_FUZZ_TARGET. */

#include "config.h"

#include "entente-fuzz.h"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  entente_fuzz_set_up ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  ENTENTE_FUZZ_TARGET (data, size);
  return 0;
}
