/* entente-file-replace.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entente-error.h"
#include "entente-file-replace.h"

/* A save must never leave the user's file half-written.  GIO's local
 * replace falls back to truncating the file in place when it cannot make a
 * temporary file, and closes (and so renames) a partly written temporary
 * file after a failed write; so local files get a temporary file in the
 * same folder, written, synced and renamed only once complete.
 *
 * A symbolic link is kept and the file it leads to (through any chain of
 * links) is replaced, as GIO and GNOME Text Editor do: the temporary file
 * is made in that file's folder and renamed over it, so that the rename
 * stays within one file system.  A dangling link leads to the file to
 * create.  A loop of links, a folder, and what is not a regular file (a
 * device, a pipe, a socket) are refused before anything is written.
 *
 * The temporary file is an unnamed one (O_TMPFILE) where the kernel and
 * the file system allow it, given a name only once complete and synced,
 * the instant before the rename: a writer killed mid-write leaves nothing
 * behind.  Elsewhere it is a hidden ".NAME.XXXXXX" beside the target,
 * removed after any failure we live to see; one whose writer was killed
 * is removed by a later save, and Entente never reads it. */

/* As Linux's MAXSYMLINKS: beyond that, a chain of links is taken for a
 * loop. */
#define MAX_LINKS 40

static char *
query_etag (GFile        *file,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, error);

  return info ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/**
 * entente_file_set_changed_error:
 *
 * Sets @error to say that @file was not overwritten since someone else
 * changed it, with %ENTENTE_CORE_ERROR_CHANGED_ON_DISK.
 */
void
entente_file_set_changed_error (GError **error,
                                GFile   *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_CHANGED_ON_DISK,
               _("“%s” was changed by someone else since it was opened; it was not overwritten"),
               name);
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
      entente_file_set_changed_error (error, file);
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
      if (n == 0)
        errno = ENOSPC;
      if (n <= 0)
        return FALSE;
      contents += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/* Errors name the file the user chose, @path, even when a link led the
 * save elsewhere. */
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
set_loop_error (GError    **error,
                const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               _("Could not save “%s”: its symbolic links lead round in a loop"), display);
  return FALSE;
}

/* The file a save to @path replaces: @path itself, or the end of the
 * chain of links that starts there. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i <= MAX_LINKS; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *link = NULL;
      GStatBuf st;

      /* What cannot be looked at is not a link; check_target() says what
       * is wrong with it. */
      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, &local_error);
      if (link == NULL)
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not save “%s”: %s"), display, local_error->message);
          return NULL;
        }

      /* A relative link is relative to the folder that holds it. */
      if (!g_path_is_absolute (link))
        {
          g_autofree char *dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
    }

  set_loop_error (error, path);
  return NULL;
}

/* Refuses a @target that must not be replaced, before anything is
 * written; says whether it exists and, if so, its permissions. */
static gboolean
check_target (const char  *path,
              const char  *target,
              gboolean    *exists,
              mode_t      *mode,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  GStatBuf st;

  *exists = FALSE;
  *mode = 0;

  if (g_stat (target, &st) != 0)
    {
      int saved_errno = errno;
      g_autofree char *dir = NULL;

      if (saved_errno == ELOOP)
        return set_loop_error (error, path);
      if (saved_errno != ENOENT)
        return set_io_error (error, saved_errno, path);

      /* A new file; its folder must exist, as a save creates no folder. */
      dir = g_path_get_dirname (target);
      if (g_stat (dir, &st) != 0 && errno == ENOENT)
        {
          g_autofree char *dir_display = g_filename_display_name (dir);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("Could not save “%s”: the folder “%s” does not exist"),
                       display, dir_display);
          return FALSE;
        }
      return TRUE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not save “%s”: it is a folder, not a file"), display);
      return FALSE;
    }

  /* Renaming over a device, a pipe or a socket would put a file in its
   * place, and break what uses it. */
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Could not save “%s”: it is not a regular file (it is a device, a pipe or a socket)"),
                   display);
      return FALSE;
    }

  /* Someone made the file read-only, even where the folder would let a
   * rename through (and for root, whom permissions do not stop): honour
   * it as a text editor would. */
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("Could not save “%s”: the file is read-only"), display);
      return FALSE;
    }

  *exists = TRUE;
  *mode = st.st_mode & 07777;
  return TRUE;
}

static gboolean
set_create_error (GError    **error,
                  int         saved_errno,
                  const char *path,
                  const char *dir)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir_display = g_filename_display_name (dir);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save “%s”: no file can be created in the folder “%s”: %s"),
               display, dir_display, g_strerror (saved_errno));
  return FALSE;
}

/* The file replaced keeps its permissions; a new one has 0666 less the
 * umask, which open() applied.  (Never umask(): it changes the mask of
 * every thread at once.) */
static gboolean
write_contents (int          fd,
                const char  *contents,
                gsize        length,
                gboolean     keep_mode,
                mode_t       mode)
{
  if (keep_mode)
    (void) fchmod (fd, mode);

  return write_all (fd, contents, length) && fsync (fd) == 0;
}

static int
open_unnamed (const char *dir)
{
#ifdef O_TMPFILE
  return open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
#else
  errno = EOPNOTSUPP;
  return -1;
#endif
}

/* Names the complete unnamed file @fd as a hidden file beside the target,
 * to rename it over the target.  Through /proc, since linking the
 * descriptor itself (AT_EMPTY_PATH) needs a privilege. */
static char *
link_unnamed (int         fd,
              const char *dir,
              const char *base)
{
  static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autoptr(GString) tmp = g_string_new (NULL);

      g_string_printf (tmp, "%s/.%s.", dir, base);
      for (guint i = 0; i < 6; i++)
        g_string_append_c (tmp, letters[g_random_int_range (0, sizeof letters - 1)]);

      if (linkat (AT_FDCWD, proc, AT_FDCWD, tmp->str, AT_SYMLINK_FOLLOW) == 0)
        return g_string_free (g_steal_pointer (&tmp), FALSE);
      if (errno != EEXIST)
        return NULL;
    }

  return NULL;
}

/* How long a temporary of ours must have lain untouched before it is
 * taken for one whose writer was killed: a save writes its file in well
 * under a second, and one still being written is never removed. */
#define STALE_AFTER_SECONDS (10 * 60)

static gboolean
is_our_temporary (const char *name,
                  const char *base)
{
  gsize base_length = strlen (base);

  if (name[0] != '.' || strncmp (name + 1, base, base_length) != 0 || name[1 + base_length] != '.')
    return FALSE;
  name += 2 + base_length;
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;
  return name[6] == '\0';
}

/* Removes the hidden ".NAME.XXXXXX" files that writers killed mid-write
 * left beside the target (on a file system without unnamed files, such
 * as a FUSE mount): regular files of this user's, untouched for a while. */
static void
remove_stale_temporaries (const char *dir,
                          const char *base)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_our_temporary (name, base))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == getuid () &&
          now - (gint64) st.st_mtime > STALE_AFTER_SECONDS)
        g_unlink (path);
    }
}

static gboolean
replace_local (const char  *path,
               const char  *contents,
               gsize        length,
               GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  gboolean exists;
  mode_t mode;
  int saved_errno;
  int fd;

  target = resolve_links (path, error);
  if (target == NULL || !check_target (path, target, &exists, &mode, error))
    return FALSE;

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);

  fd = open_unnamed (dir);
  if (fd >= 0)
    {
      if (!write_contents (fd, contents, length, exists, mode))
        {
          saved_errno = errno;
          close (fd);
          return set_io_error (error, saved_errno, path);
        }

      /* Without /proc, say, the contents go to a named file after all. */
      tmp = link_unnamed (fd, dir, base);
      if (tmp == NULL)
        {
          close (fd);
          fd = -1;
        }
    }

  if (fd < 0)
    {
      tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
      fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
      if (fd < 0)
        return set_create_error (error, errno, path, dir);

      if (!write_contents (fd, contents, length, exists, mode))
        {
          saved_errno = errno;
          close (fd);
          g_unlink (tmp);
          return set_io_error (error, saved_errno, path);
        }
    }

  if (close (fd) != 0 || g_rename (tmp, target) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp);
      return set_io_error (error, saved_errno, path);
    }

  remove_stale_temporaries (dir, base);
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
