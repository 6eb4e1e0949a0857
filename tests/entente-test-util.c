/* entente-test-util.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/wait.h>

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

void
entente_test_run_clear (EntenteTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Fails the test unless @argv could be run and exited by itself: a crash
 * is never an exit status a test expects. */
void
entente_test_run_program (EntenteTestRun     *run,
                          const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* $ENTENTE_CLI, which meson sets to the entente-cli just built, with the
 * arguments given, up to a NULL. */
void
entente_test_run_cli (EntenteTestRun *run,
                      const char     *first,
                      ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("ENTENTE_CLI"));
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  entente_test_run_program (run, (const char * const *) args->pdata);
}
