/* test-save.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* A save either replaces the whole file or leaves it byte for byte as it
 * was, and never overwrites a file someone else changed meanwhile. */

typedef struct
{
  char  *dir;
  char  *path;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) bytes = entente_test_read_bytes (example);

  fixture->dir = g_dir_make_tmp ("entente-save-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "acme.entente", NULL);
  g_file_set_contents (fixture->path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  fixture->file = g_file_new_for_path (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_clear_object (&fixture->file);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_save_and_reload (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_document_load (fixture->file, NULL, &error);
  g_autoptr(EntenteDocument) again = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.entente", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  struct stat st;

  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (fixture->path, 0640), ==, 0);

  g_object_set (entente_document_get_meta (doc), "revision", 4, NULL);
  g_assert_true (entente_document_get_modified (doc));
  entente_document_save (doc, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (entente_document_get_modified (doc));

  /* Replacing keeps the file's permissions and leaves no temporary file. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);

  again = entente_document_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (doc), ENTENTE_ITEM (again)));
  g_assert_cmpint (entente_meta_get_revision (entente_document_get_meta (again)), ==, 4);

  /* Save As moves the document to the new file. */
  entente_document_save (doc, copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (entente_document_get_file (doc), copy));

  /* Saving twice in a row works: the entity tag follows our own saves. */
  g_object_set (entente_document_get_meta (doc), "revision", 5, NULL);
  entente_document_save (doc, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_changed_on_disk (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_document_load (fixture->file, NULL, &error);
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;
  struct stat st;
  struct timespec later[2];

  g_assert_no_error (error);

  /* Someone else saves the file meanwhile (a second later, as a synced
   * folder would). */
  theirs = g_strdup ("<?xml version=\"1.0\"?>\n<!-- their version -->\n");
  g_file_set_contents (fixture->path, theirs, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  later[0] = st.st_atim;
  later[1] = st.st_mtim;
  later[1].tv_sec += 1;
  g_assert_cmpint (utimensat (AT_FDCWD, fixture->path, later, 0), ==, 0);

  g_object_set (entente_document_get_meta (doc), "revision", 9, NULL);
  g_assert_false (entente_document_save (doc, NULL, NULL, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "acme.entente"));
  g_assert_true (entente_document_get_modified (doc));

  after = read_text (fixture->path);
  g_assert_cmpstr (after, ==, theirs);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_document_load (fixture->file, NULL, &error);
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "acme.entente", NULL);
  g_autoptr(GFile) nowhere = g_file_new_for_path (path);

  g_assert_no_error (error);
  g_assert_false (entente_document_save (doc, nowhere, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_true (g_file_equal (entente_document_get_file (doc), fixture->file));
}

/* Runs in a child whose files may not grow past 4 KiB. */
static void
save_with_size_limit (void)
{
  const char *path = g_getenv ("ENTENTE_TEST_SAVE_PATH");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_document_load (file, NULL, &error);
  struct rlimit limit = { 4096, 4096 };

  g_assert_no_error (error);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_object_set (entente_document_get_meta (doc), "revision", 7, NULL);
  g_assert_false (entente_document_save (doc, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_printerr ("%s\n", error->message);
}

static void
test_size_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (g_test_subprocess ())
    {
      save_with_size_limit ();
      return;
    }

  before = read_text (fixture->path);
  g_setenv ("ENTENTE_TEST_SAVE_PATH", fixture->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not save*acme.entente*");

  /* The old file is intact, byte for byte, and nothing was left behind. */
  after = read_text (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/save/save-and-reload", Fixture, NULL, fixture_set_up, test_save_and_reload, fixture_tear_down);
  g_test_add ("/save/changed-on-disk", Fixture, NULL, fixture_set_up, test_changed_on_disk, fixture_tear_down);
  g_test_add ("/save/missing-folder", Fixture, NULL, fixture_set_up, test_missing_folder, fixture_tear_down);
  g_test_add ("/save/size-limit", Fixture, NULL, fixture_set_up, test_size_limit, fixture_tear_down);

  return g_test_run ();
}
