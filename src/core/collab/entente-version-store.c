/* entente-version-store.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

#include "entente-ancestry.h"
#include "entente-digest.h"
#include "entente-error.h"
#include "entente-version-store.h"

/* The versions this person opened or saved, so that the version two
 * copies split from is at hand when they come back: Dana keeps the
 * version she emailed to Priya, and finds it when Priya's edited copy
 * returns.  One file per version under $XDG_DATA_HOME/entente/versions/,
 * named by the digest of its content, holding the whole file as it was
 * (comments and sign-offs merge too).
 *
 * The store is a cache, never the only copy of anything: a version is
 * written without waiting for the disk, and read back only after its
 * digest has been computed again, so a torn or edited file is thrown
 * away instead of trusted.  It forgets versions older than
 * ENTENTE_VERSION_STORE_MAX_DAYS and, past ENTENTE_VERSION_STORE_MAX_BYTES,
 * the least recently used ones. */

#define SUFFIX ".entente"

static GMutex problem_lock;
static char *problem;

char *
entente_version_store_get_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "entente", "versions", NULL);
}

/* "sha256:<hex>" → "<hex>.entente"; NULL for anything else, so that a
 * digest from a file never names a path of its own choosing. */
static char *
file_name (const char *digest)
{
  const char *hex;

  if (digest == NULL || !g_str_has_prefix (digest, ENTENTE_DIGEST_PREFIX))
    return NULL;
  hex = digest + strlen (ENTENTE_DIGEST_PREFIX);
  if (strlen (hex) != 64 || strspn (hex, "0123456789abcdef") != 64)
    return NULL;

  return g_strconcat (hex, SUFFIX, NULL);
}

static void
set_problem (const char *message)
{
  g_mutex_lock (&problem_lock);
  g_free (problem);
  problem = g_strdup (message);
  g_mutex_unlock (&problem_lock);
}

/**
 * entente_version_store_get_problem:
 *
 * Returns: (nullable): why the last version could not be kept, as a
 *   sentence, or %NULL when it was
 */
const char *
entente_version_store_get_problem (void)
{
  const char *result;

  g_mutex_lock (&problem_lock);
  result = problem;
  g_mutex_unlock (&problem_lock);

  return result;
}

typedef struct
{
  char   *path;
  gint64  used;   /* last written or read, in seconds */
  goffset size;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->path);
  g_free (entry);
}

static int
least_recent_first (gconstpointer a,
                    gconstpointer b)
{
  const Entry *ea = *(Entry **) a;
  const Entry *eb = *(Entry **) b;

  return (ea->used > eb->used) - (ea->used < eb->used);
}

static void
prune (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (entry_free);
  gint64 oldest = g_get_real_time () / G_USEC_PER_SEC - (gint64) ENTENTE_VERSION_STORE_MAX_DAYS * 24 * 3600;
  goffset total = 0;
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      Entry *entry;
      GStatBuf st;

      if (!g_str_has_suffix (name, SUFFIX))
        continue;
      entry = g_new0 (Entry, 1);
      entry->path = g_build_filename (dir_path, name, NULL);
      if (g_stat (entry->path, &st) != 0)
        {
          entry_free (entry);
          continue;
        }
      entry->used = st.st_mtime;
      entry->size = st.st_size;
      total += entry->size;
      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort (entries, least_recent_first);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = entries->pdata[i];

      if (entry->used >= oldest && total <= ENTENTE_VERSION_STORE_MAX_BYTES)
        break;
      if (g_unlink (entry->path) == 0)
        total -= entry->size;
    }
}

/**
 * entente_version_store_put:
 * @digest: the digest of the content of @bytes
 * @bytes: a whole SLA file
 *
 * Keeps @bytes as version @digest, and forgets the versions past the
 * store's bounds.
 */
gboolean
entente_version_store_put (const char  *digest,
                           GBytes      *bytes,
                           GError     **error)
{
  g_autofree char *dir = entente_version_store_get_path ();
  g_autofree char *name = file_name (digest);
  g_autofree char *path = NULL;
  g_autofree char *temp = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (name != NULL, FALSE);

  path = g_build_filename (dir, name, NULL);
  temp = g_strdup_printf ("%s.%d.tmp", path, (int) getpid ());
  /* A temporary name, then a rename: a reader never sees half a file,
   * and a crash leaves at worst a stray temporary one. */
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (temp, data, (gssize) size, G_FILE_SET_CONTENTS_NONE, 0600, &local_error) ||
      g_rename (temp, path) != 0)
    {
      int saved = errno;
      g_autofree char *message = g_strdup_printf (_("Versions cannot be kept in %s: %s"), dir,
                                                  local_error ? local_error->message : g_strerror (saved));

      g_unlink (temp);
      set_problem (message);
      g_set_error_literal (error, G_IO_ERROR, local_error ? G_IO_ERROR_FAILED : g_io_error_from_errno (saved),
                           message);
      return FALSE;
    }

  set_problem (NULL);
  prune (dir);

  return TRUE;
}

/**
 * entente_version_store_keep:
 * @bytes: @doc's file as it was read or written
 *
 * Keeps the version @doc is, when it is known, quietly: the store only
 * helps later merges, and its problems are told when one needs it.
 */
void
entente_version_store_keep (EntenteDocument *doc,
                            GBytes          *bytes)
{
  const char *digest = entente_document_get_version (doc);
  g_autofree char *dir = NULL;
  g_autofree char *name = file_name (digest);
  g_autofree char *path = NULL;

  if (name == NULL)
    return;

  /* A version already kept is the same content; its time is refreshed so
   * that pruning forgets what nobody opens any more. */
  dir = entente_version_store_get_path ();
  path = g_build_filename (dir, name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_utime (path, NULL);
      return;
    }

  entente_version_store_put (digest, bytes, NULL);
}

/**
 * entente_version_store_keep_opened:
 * @doc: a document just read from a file, not changed yet
 *
 * What a person opens to work on is kept: a colleague's copy may come
 * back from it.  A file without ancestry is known by its content.
 */
void
entente_version_store_keep_opened (EntenteDocument *doc)
{
  g_autoptr(GBytes) bytes = NULL;

  /* Edited already, the version was kept from the bytes read, which are
   * then gone. */
  entente_document_know_version (doc);
  bytes = entente_document_take_read_bytes (doc);
  if (bytes != NULL)
    entente_version_store_keep (doc, bytes);
}

/**
 * entente_version_store_load:
 *
 * Returns: (transfer full) (nullable): version @digest, checked against
 *   its digest, or %NULL with @error set when the store does not have it
 *   (%G_IO_ERROR_NOT_FOUND) or what it has is not that version
 */
EntenteDocument *
entente_version_store_load (const char  *digest,
                            GError     **error)
{
  g_autofree char *dir = entente_version_store_get_path ();
  g_autofree char *name = file_name (digest);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EntenteDocument) doc = NULL;
  g_autofree char *actual = NULL;

  if (name == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("“%s” is not a version digest."), digest ? digest : "");
      return NULL;
    }

  path = g_build_filename (dir, name, NULL);
  file = g_file_new_for_path (path);
  doc = entente_document_load (file, NULL, error);
  if (doc == NULL)
    return NULL;

  actual = entente_document_compute_digest (doc);
  if (!g_str_equal (actual, digest))
    {
      /* Torn, or edited by hand: useless as that version, and in the way
       * of the right one. */
      g_unlink (path);
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("The kept copy of version %s did not match it and was thrown away."), digest);
      return NULL;
    }

  g_utime (path, NULL);
  entente_document_set_version (doc, digest);

  return g_steal_pointer (&doc);
}
