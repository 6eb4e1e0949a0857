/* entente-file-replace.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entente-error.h"
#include "entente-file-replace.h"

/* A save must never leave the user's file half-written.  GIO's local
 * replace falls back to truncating the file in place when it cannot make a
 * temporary file, and closes (and so renames) a partly written temporary
 * file after a failed write; so local files get a temporary file in the
 * same folder, written, synced and renamed only once complete. */

static char *
query_etag (GFile        *file,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, error);

  return info ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

static gboolean
check_etag (GFile        *file,
            const char   *etag,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *current = NULL;

  if (etag == NULL)
    return TRUE;

  current = query_etag (file, cancellable, &local_error);
  if (current == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  if (g_strcmp0 (current, etag) != 0)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by someone else since it was opened; it was not overwritten"),
                   name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_all (int          fd,
           const char  *contents,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, contents, MIN (length, 1 << 20));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      contents += n;
      length -= (gsize) n;
    }

  return TRUE;
}

static gboolean
set_io_error (GError    **error,
              int         saved_errno,
              const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
replace_local (const char  *path,
               const char  *contents,
               gsize        length,
               GError     **error)
{
  g_autofree char *real = realpath (path, NULL);
  const char *target = real ? real : path;
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  struct stat st;
  int saved_errno;
  int fd;

  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_io_error (error, errno, target);

  /* Keep the permissions of the file we replace; a new file gets the
   * usual 0666 minus umask. */
  if (g_stat (target, &st) == 0)
    (void) fchmod (fd, st.st_mode & 07777);
  else
    {
      mode_t mask = umask (0);

      umask (mask);
      (void) fchmod (fd, 0666 & ~mask);
    }

  if (!write_all (fd, contents, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp);
      return set_io_error (error, saved_errno, target);
    }

  if (close (fd) != 0 || g_rename (tmp, target) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp);
      return set_io_error (error, saved_errno, target);
    }

  return TRUE;
}

static gboolean
replace_remote (GFile         *file,
                const char    *contents,
                gsize          length,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abort = g_cancellable_new ();

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (out == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), contents, length, NULL, cancellable, error))
    {
      /* Closing with a cancelled cancellable discards the new data
       * instead of putting it in place. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (out), abort, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);
}

/**
 * entente_file_replace_contents:
 * @etag: (nullable): the entity tag of the file as it was read, to refuse
 *   overwriting someone else's change
 * @new_etag: (out) (optional): the entity tag of the written file
 *
 * Replaces @file with @contents, all or nothing: on failure the previous
 * file is left byte for byte as it was.
 */
gboolean
entente_file_replace_contents (GFile         *file,
                               const char    *contents,
                               gsize          length,
                               const char    *etag,
                               char         **new_etag,
                               GCancellable  *cancellable,
                               GError       **error)
{
  const char *path;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if (!check_etag (file, etag, cancellable, error))
    return FALSE;

  path = g_file_peek_path (file);
  if (path != NULL)
    ok = replace_local (path, contents, length, error);
  else
    ok = replace_remote (file, contents, length, cancellable, error);

  if (ok && new_etag != NULL)
    *new_etag = query_etag (file, cancellable, NULL);

  return ok;
}
