/* entente-test-util.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-test-util.h"

char *
entente_test_example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
}

char *
entente_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

GBytes *
entente_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

EntenteDocument *
entente_test_load_example (const char *name)
{
  g_autofree char *path = entente_test_example_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EntenteDocument *document;

  document = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}
