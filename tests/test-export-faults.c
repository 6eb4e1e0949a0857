/* test-export-faults.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* What goes wrong while `entente-cli export` writes a PDF, or `entente-cli
 * normalize` rewrites a file, leaves the file that was there before byte
 * for byte, no temporary file beside it, and a sentence naming the file:
 * a folder in the way, a missing folder, a file-size limit.  A link is
 * kept and the file it leads to replaced, with its permissions. */

static void
assert_complete_pdf (const char *path)
{
  g_autoptr(GBytes) bytes = entente_test_read_bytes (path);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_cmpuint (length, >, 1024);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_nonnull (g_strstr_len (data + length - 32, 32, "%%EOF"));
}

static void
assert_same_bytes (GBytes     *expected,
                   const char *path)
{
  g_autoptr(GBytes) bytes = entente_test_read_bytes (path);

  g_assert_true (g_bytes_equal (bytes, expected));
}

/* Runs `entente-cli export EXAMPLE -o @out`, which must fail with a
 * message that matches @pattern and leave @dir as it was. */
static void
assert_export_refused (const char *dir,
                       const char *out,
                       const char *pattern)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autofree char *before = entente_test_list_folder (dir);
  g_autofree char *after = NULL;
  g_auto(EntenteTestRun) run = { 0 };

  entente_test_run_cli (&run, "export", example, "-o", out, NULL);
  g_test_message ("%s", run.err);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_pattern_match_simple (pattern, run.err));

  after = entente_test_list_folder (dir);
  g_assert_cmpstr (after, ==, before);
}

static void
test_folder_in_the_way (void)
{
  g_auto(EntenteTestScratch) scratch = { NULL };
  g_autofree char *folder = NULL;
  g_autofree char *message = g_strdup_printf (_("Could not save “%s”: it is a folder, not a file"), "*/agreement.pdf");
  g_autofree char *pattern = g_strconcat (message, "\n", NULL);

  entente_test_scratch_init (&scratch);
  folder = entente_test_scratch_file (&scratch, "agreement.pdf");
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  assert_export_refused (scratch.path, folder, pattern);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_rmdir (folder);
}

static void
test_missing_folder (void)
{
  g_auto(EntenteTestScratch) scratch = { NULL };
  g_autofree char *out = NULL;
  g_autofree char *message = g_strdup_printf (_("Could not save “%s”: the folder “%s” does not exist"),
                                              "*/no-such-folder/agreement.pdf", "*/no-such-folder");
  g_autofree char *pattern = g_strconcat (message, "\n", NULL);

  entente_test_scratch_init (&scratch);
  out = g_build_filename (scratch.path, "no-such-folder", "agreement.pdf", NULL);

  assert_export_refused (scratch.path, out, pattern);
}

/* Exporting through a link replaces the PDF it leads to, in another
 * folder, with the old PDF's permissions. */
static void
test_symlink (void)
{
  g_auto(EntenteTestScratch) scratch = { NULL };
  g_auto(EntenteTestScratch) elsewhere = { NULL };
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autofree char *target = NULL;
  g_autofree char *link = NULL;
  g_autofree char *read_back = NULL;
  g_autofree char *here = NULL;
  g_autofree char *there = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(EntenteTestRun) run = { 0 };
  GStatBuf st;

  entente_test_scratch_init (&scratch);
  entente_test_scratch_init (&elsewhere);
  target = entente_test_scratch_file (&elsewhere, "signed.pdf");
  link = entente_test_scratch_file (&scratch, "agreement.pdf");
  g_file_set_contents (target, "not yet a PDF\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink (target, link), ==, 0);

  entente_test_run_cli (&run, "export", example, "-o", link, "--paper", "a4", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  read_back = g_file_read_link (link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read_back, ==, target);
  assert_complete_pdf (target);
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);

  /* Nothing left beside the link or the PDF. */
  here = entente_test_list_folder (scratch.path);
  g_assert_cmpstr (here, ==, "agreement.pdf");
  there = entente_test_list_folder (elsewhere.path);
  g_assert_cmpstr (there, ==, "signed.pdf");
  g_unlink (link);
}

/* Runs in the child before exec: the file-size limit and SIGXFSZ ignored
 * carry over into entente-cli, whose write then fails with EFBIG. */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 16384, 16384 };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
run_cli_with_size_limit (EntenteTestRun *run,
                         const char     *verb,
                         const char     *file,
                         const char     *out)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("ENTENTE_CLI"), verb, file, "-o", out, NULL };
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, limit_file_size, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* A PDF cut short by the limit would be worse than none: the last good
 * one stays. */
static void
test_size_limit_export (void)
{
  g_auto(EntenteTestScratch) scratch = { NULL };
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autofree char *out = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GBytes) good = NULL;
  g_auto(EntenteTestRun) first = { 0 };
  g_auto(EntenteTestRun) run = { 0 };

  entente_test_scratch_init (&scratch);
  out = entente_test_scratch_file (&scratch, "agreement.pdf");
  entente_test_run_cli (&first, "export", example, "-o", out, NULL);
  g_assert_cmpint (first.status, ==, 0);
  assert_complete_pdf (out);
  good = entente_test_read_bytes (out);
  g_assert_cmpuint (g_bytes_get_size (good), >, 16384);
  before = entente_test_list_folder (scratch.path);

  run_cli_with_size_limit (&run, "export", example, out);
  g_test_message ("%s", run.err);
  g_assert_cmpint (run.status, ==, 1);
  message = g_strdup_printf (_("Could not save “%s”: %s"), "*/agreement.pdf", "*\n");
  g_assert_true (g_pattern_match_simple (message, run.err));

  assert_same_bytes (good, out);
  after = entente_test_list_folder (scratch.path);
  g_assert_cmpstr (after, ==, before);
}

/* `normalize` rewriting a file in place, likewise. */
static void
test_size_limit_normalize (void)
{
  g_auto(EntenteTestScratch) scratch = { NULL };
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  g_autofree char *pattern = NULL;
  g_auto(EntenteTestRun) run = { 0 };

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "big.entente");

  /* Past the limit, and indented otherwise than Entente writes, so that
   * normalize has something to write (a canonical file it leaves alone). */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("extra-%u", i);

      entente_test_add_persona (document, id, "A persona who needs a few hundred bytes of room");
    }
  {
    g_autoptr(GBytes) canonical = entente_document_serialize (document);
    g_autoptr(GString) indented = g_string_new_len (g_bytes_get_data (canonical, NULL), (gssize) g_bytes_get_size (canonical));

    g_string_replace (indented, "\n  <", "\n <", 0);
    original = g_string_free_to_bytes (g_steal_pointer (&indented));
  }
  g_assert_cmpuint (g_bytes_get_size (original), >, 16384);
  g_file_set_contents (path, g_bytes_get_data (original, NULL), (gssize) g_bytes_get_size (original), &error);
  g_assert_no_error (error);
  before = entente_test_list_folder (scratch.path);

  run_cli_with_size_limit (&run, "normalize", path, path);
  g_test_message ("%s", run.err);
  g_assert_cmpint (run.status, ==, 1);
  message = g_strdup_printf (_("Could not save “%s”: %s"), "*/big.entente", "*\n");
  pattern = g_strconcat ("*", message, NULL);
  g_assert_true (g_pattern_match_simple (pattern, run.err));

  assert_same_bytes (original, path);
  after = entente_test_list_folder (scratch.path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-faults/folder-in-the-way", test_folder_in_the_way);
  g_test_add_func ("/export-faults/missing-folder", test_missing_folder);
  g_test_add_func ("/export-faults/symlink", test_symlink);
  g_test_add_func ("/export-faults/size-limit-export", test_size_limit_export);
  g_test_add_func ("/export-faults/size-limit-normalize", test_size_limit_normalize);

  return g_test_run ();
}
