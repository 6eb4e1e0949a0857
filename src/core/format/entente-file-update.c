/* entente-file-update.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include "entente-file-read.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "entente-ancestry.h"
#include "entente-error.h"
#include "entente-file-replace.h"
#include "entente-file-update.h"
#include "entente-version-store.h"

/* Read, change, write back — without losing what someone else wrote in
 * between.  Two `entente-cli approve` for different parties on one file
 * each read it, added their sign-off and replaced it: the second
 * replace dropped the first sign-off.
 *
 * Writers that go through here take an exclusive lock on the folder
 * that holds the file (the file itself is replaced by a rename, so a
 * lock on it would be on the old copy), and so change the file one
 * after the other.  A writer that does not lock, such as another
 * program, is caught by comparing the file's bytes just before the
 * replace with the bytes the change was made on: when they differ, the
 * change is made again on what the file holds now. */

#define MAX_ATTEMPTS 8

static int
lock_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;
  int fd;

  if (path == NULL)
    return -1;

  fd = open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      {
        close (fd);
        return -1;
      }
  return fd;
}

static void
unlock_folder (int fd)
{
  if (fd >= 0)
    close (fd); /* closing drops the lock */
}

/**
 * entente_file_transform:
 * @file: an SLA to replace
 * @display_name: how messages name @file
 * @transform: what to write instead of what the file holds
 *
 * Reads @file, gives it to @transform and writes what it returns in its
 * place atomically, asked again on the file's new content whenever
 * someone else changed it in the meantime, so that no one's change is
 * lost.
 *
 * Returns: (transfer full) (nullable): the document as written, or
 *   %NULL with @error set when @file cannot be read or written (a
 *   sentence naming it), is not an SLA, @transform refused or the file
 *   kept changing under the change
 */
EntenteDocument *
entente_file_transform (GFile                     *file,
                        const char                *display_name,
                        EntenteDocumentTransform   transform,
                        gpointer                   user_data,
                        GError                   **error)
{
  int lock;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (transform != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A folder that cannot be locked (not a local one) still gets the
   * comparison of bytes. */
  lock = lock_folder (file);

  for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      g_autoptr(GBytes) read = entente_file_read (file, ENTENTE_DOCUMENT_MAX_SIZE, NULL, NULL, error);
      g_autoptr(GBytes) now = NULL;
      g_autoptr(GBytes) written = NULL;
      g_autoptr(EntenteDocument) current = NULL;
      g_autoptr(EntenteDocument) document = NULL;
      g_autofree char *digest = NULL;

      if (read == NULL)
        {
          /* Translators: %s is the file; the system's reason follows */
          g_prefix_error (error, _("%s: cannot be read: "), display_name);
          break;
        }
      current = entente_document_new_from_bytes (read, display_name, error);
      if (current == NULL)
        break;
      document = transform (current, user_data, error);
      if (document == NULL)
        break;

      digest = entente_document_record_version (document);
      written = entente_document_serialize (document);
      /* Nothing to change: the file is left as it is, not rewritten. */
      if (g_bytes_equal (written, read))
        {
          unlock_folder (lock);
          entente_document_set_modified (document, FALSE);
          return g_steal_pointer (&document);
        }

      if (!entente_document_check_limits (ENTENTE_ITEM (document), written, error))
        {
          g_prefix_error (error, _("Could not save “%s”: "), display_name);
          break;
        }
      now = entente_file_read (file, ENTENTE_DOCUMENT_MAX_SIZE, NULL, NULL, error);
      if (now == NULL)
        break;
      if (!g_bytes_equal (now, read))
        continue;

      if (!entente_file_replace_contents (file, g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                                          NULL, NULL, NULL, error))
        break;
      unlock_folder (lock);
      if (digest != NULL)
        entente_version_store_put (digest, written, NULL);
      entente_document_set_modified (document, FALSE);
      return g_steal_pointer (&document);
    }

  unlock_folder (lock);
  if (error != NULL && *error == NULL)
    g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_CHANGED_ON_DISK,
                 _("%s keeps changing while it is being written; nothing was changed. Try again."),
                 display_name);
  return NULL;
}

typedef struct
{
  EntenteDocumentEdit edit;
  gpointer            user_data;
} Edit;

static EntenteDocument *
apply_edit (EntenteDocument  *document,
            gpointer          user_data,
            GError          **error)
{
  Edit *edit = user_data;

  if (!edit->edit (document, edit->user_data, error))
    return NULL;

  return g_object_ref (document);
}

/**
 * entente_file_update:
 * @file: an SLA to change in place
 * @display_name: how messages name @file
 * @edit: the change
 *
 * As entente_file_transform(), for a change made on the document read.
 */
EntenteDocument *
entente_file_update (GFile                *file,
                     const char           *display_name,
                     EntenteDocumentEdit   edit,
                     gpointer              user_data,
                     GError              **error)
{
  Edit data = { edit, user_data };

  g_return_val_if_fail (edit != NULL, NULL);

  return entente_file_transform (file, display_name, apply_edit, &data, error);
}
