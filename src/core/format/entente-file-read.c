/* entente-file-read.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-file-read.h"

/* Reading a file someone named, of any kind and size.  g_file_load_bytes()
 * reads whatever is there, whole: a 5 GB file overflowed its buffer,
 * /dev/zero filled memory, a FIFO blocked for ever, a file that kept
 * growing never ended.  Here the kind and size are asked first (a FIFO
 * or a device is never opened), what was opened is asked again, and
 * reading stops one byte past the limit, however the file changes
 * meanwhile. */

#define CHUNK (64 * 1024)

#define INFO_ATTRIBUTES G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE "," \
                        G_FILE_ATTRIBUTE_ETAG_VALUE

static gboolean
check_info (GFileInfo  *info,
            gsize       max_size,
            GError    **error)
{
  GFileType type = g_file_info_get_file_type (info);
  goffset size;

  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("it is a folder, not a file"));
      return FALSE;
    }
  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("it is not a regular file but a pipe, a socket or a device, which Entente does not read"));
      return FALSE;
    }

  size = g_file_info_get_size (info);
  if (size < 0 || (guint64) size > max_size)
    {
      g_autofree char *actual = g_format_size ((guint64) MAX (size, 0));
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("it is %s, and Entente reads files of at most %s"), actual, limit);
      return FALSE;
    }

  return TRUE;
}

/* GIO's messages name the file again ("Error opening file /x: No such
 * file or directory"); the caller already has. */
static void
rephrase (GError *error)
{
  const char *phrase = NULL;

  if (error == NULL || error->domain != G_IO_ERROR)
    return;
  if (error->code == G_IO_ERROR_NOT_FOUND)
    phrase = _("there is no such file");
  else if (error->code == G_IO_ERROR_PERMISSION_DENIED)
    phrase = _("you are not allowed to read it");
  if (phrase != NULL)
    {
      g_free (error->message);
      error->message = g_strdup (phrase);
    }
}

/**
 * entente_file_read:
 * @file: a file to read whole
 * @max_size: the most bytes it may hold
 * @etag: (out) (optional): its entity tag, as it was read
 *
 * Reads @file if it is a regular file of at most @max_size bytes.  The
 * errors are phrases that follow "FILE: cannot be read: ".
 *
 * Returns: (transfer full) (nullable): its bytes, or %NULL with @error set
 */
GBytes *
entente_file_read (GFile         *file,
                   gsize          max_size,
                   GCancellable  *cancellable,
                   char         **etag,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;
  gsize expected;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Before opening: opening a FIFO waits for a writer. */
  info = g_file_query_info (file, INFO_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    {
      rephrase (error != NULL ? *error : NULL);
      return NULL;
    }
  if (!check_info (info, max_size, error))
    return NULL;
  g_clear_object (&info);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    {
      rephrase (error != NULL ? *error : NULL);
      return NULL;
    }
  /* What was opened, which may not be what was asked about. */
  info = g_file_input_stream_query_info (stream, INFO_ATTRIBUTES, cancellable, error);
  if (info == NULL || !check_info (info, max_size, error))
    return NULL;

  expected = (gsize) g_file_info_get_size (info);
  data = g_byte_array_sized_new ((guint) expected);
  for (;;)
    {
      gsize room = MIN ((gsize) CHUNK, max_size + 1 - data->len);
      guint before = data->len;
      gssize n;

      g_byte_array_set_size (data, before + (guint) room);
      n = g_input_stream_read (G_INPUT_STREAM (stream), data->data + before, room, cancellable, error);
      if (n < 0)
        return NULL;
      g_byte_array_set_size (data, before + (guint) n);
      if (n == 0)
        break;
      if (data->len > max_size)
        {
          g_autofree char *limit = g_format_size (max_size);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _("it grew past %s while it was read, the most Entente reads"), limit);
          return NULL;
        }
    }

  if (etag != NULL)
    *etag = g_strdup (g_file_info_get_etag (info));

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
