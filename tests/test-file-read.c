/* test-file-read.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Every file a person can name, read with its kind and size asked first:
 * what is not a regular file is never opened, what is too big never read,
 * and nothing is read past the cap, however the file changes meanwhile. */

static GBytes *
read_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return entente_file_read (file, ENTENTE_DOCUMENT_MAX_SIZE, NULL, NULL, error);
}

static void
test_regular (void)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) expected = entente_test_read_bytes (example);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GBytes) bytes = entente_file_read (file, ENTENTE_DOCUMENT_MAX_SIZE, NULL, &etag, &error);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, expected));
  g_assert_cmpstr (etag, ==, g_file_info_get_etag (info));
}

static void
test_folder (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  entente_test_scratch_init (&scratch);
  bytes = read_path (scratch.path, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
}

static void
test_missing (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  entente_test_scratch_init (&scratch);
  path = g_build_filename (scratch.path, "nothing.entente", NULL);
  bytes = read_path (path, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  /* The caller names the file; the reason does not again. */
  g_assert_null (strstr (error->message, "nothing.entente"));
}

/* Opened, a FIFO would wait for a writer for ever: it is refused unopened
 * (in a child, so that a hang fails the test instead of stalling it). */
static void
test_fifo (void)
{
  if (g_test_subprocess ())
    {
      g_auto(EntenteTestScratch) scratch = { 0 };
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      entente_test_scratch_init (&scratch);
      path = entente_test_scratch_file (&scratch, "pipe.entente");
      g_assert_cmpint (mkfifo (path, 0600), ==, 0);
      bytes = read_path (path, &error);
      g_assert_null (bytes);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      return;
    }

  g_test_trap_subprocess (NULL, 10 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A device that never ends, refused unread. */
static void
test_dev_zero (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_path ("/dev/zero", &error);

  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* 5 GB, sparse: refused by its size, before a byte is read (reading it
 * whole overflowed GIO's buffer at 4 GiB). */
static void
test_too_large (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *limit = g_format_size (ENTENTE_DOCUMENT_MAX_SIZE);
  int fd;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "big.entente");
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 5 * 1000 * 1000 * 1000), ==, 0);
  close (fd);

  bytes = read_path (path, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, limit));

  /* One byte below the cap is read; at the cap, too. */
  fd = g_open (path, O_WRONLY | O_TRUNC, 0600);
  g_assert_cmpint (ftruncate (fd, ENTENTE_DOCUMENT_MAX_SIZE), ==, 0);
  close (fd);
  g_clear_error (&error);
  bytes = read_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, ENTENTE_DOCUMENT_MAX_SIZE);
}

/* A file that grows while it is read: once the read has begun (its first
 * access, as inotify reports it), another writer makes it 100 MB. */
typedef struct
{
  char *path;
  int   inotify;
} Grower;

static gpointer
grow_on_first_read (gpointer data)
{
  Grower *grower = data;
  char events[4096];
  int fd;

  /* Blocks until the reader's first read. */
  if (read (grower->inotify, events, sizeof events) <= 0)
    return NULL;
  fd = g_open (grower->path, O_WRONLY, 0);
  if (fd >= 0)
    {
      if (ftruncate (fd, (off_t) 100 * 1000 * 1000) != 0)
        g_warning ("could not grow %s", grower->path);
      close (fd);
    }
  return NULL;
}

static void
test_growing (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *limit = g_format_size (ENTENTE_DOCUMENT_MAX_SIZE);
  gboolean caught = FALSE;

  entente_test_scratch_init (&scratch);

  /* The writer may wake after the reader has read all there was, which
   * is then a whole file of its size at the time: tried a few times. */
  for (guint attempt = 0; attempt < 8 && !caught; attempt++)
    {
      g_autofree char *path = g_strdup_printf ("%s/growing-%u.entente", scratch.path, attempt);
      Grower grower = { path, inotify_init1 (IN_CLOEXEC) };
      g_autoptr(GThread) thread = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (ftruncate (fd, ENTENTE_DOCUMENT_MAX_SIZE - 1000 * 1000), ==, 0);
      close (fd);
      g_assert_cmpint (inotify_add_watch (grower.inotify, path, IN_ACCESS), >=, 0);
      thread = g_thread_new ("grower", grow_on_first_read, &grower);

      bytes = read_path (path, &error);
      g_thread_join (g_steal_pointer (&thread));
      close (grower.inotify);

      if (bytes != NULL)
        /* Read before it grew: whole, as it was. */
        g_assert_cmpuint (g_bytes_get_size (bytes), ==, ENTENTE_DOCUMENT_MAX_SIZE - 1000 * 1000);
      else
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
          g_assert_nonnull (strstr (error->message, limit));
          caught = TRUE;
        }
    }
  g_assert_true (caught);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-read/regular", test_regular);
  g_test_add_func ("/file-read/folder", test_folder);
  g_test_add_func ("/file-read/missing", test_missing);
  g_test_add_func ("/file-read/fifo", test_fifo);
  g_test_add_func ("/file-read/dev-zero", test_dev_zero);
  g_test_add_func ("/file-read/too-large", test_too_large);
  g_test_add_func ("/file-read/growing", test_growing);

  return g_test_run ();
}
