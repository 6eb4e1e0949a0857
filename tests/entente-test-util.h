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

/* What a program run by a test did: its exit status and all it wrote. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} EntenteTestRun;

void entente_test_run_clear   (EntenteTestRun     *run);
void entente_test_run_program (EntenteTestRun     *run,
                               const char * const *argv);
void entente_test_run_cli     (EntenteTestRun     *run,
                               const char         *first,
                               ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EntenteTestRun, entente_test_run_clear)

G_END_DECLS
