/* entente-drafts.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include "entente-gettext.h"
#include <glib/gstdio.h>

#include "entente-drafts.h"
#include "entente-file-replace.h"
#include "entente-meta.h"

/* Copies of open documents, written now and then so that a crash loses
 * little.  A draft never goes where the user's file is: it lives in our
 * own folder, private to the user since an SLA may be confidential, as
 * two files:
 *
 *   ID.entente  the document as it would be saved
 *   ID.ini      what a list of drafts shows without reading the document:
 *               the URI of the user's file, the title and the time
 *
 * Each is replaced all or nothing, so a crash while writing leaves the
 * previous draft.  The document is written first: an .ini always describes
 * a complete draft, and one without its .entente is not listed.  A draft
 * damaged all the same (by a disk, or by hand) is set aside when restoring
 * it fails, as ID.entente.damaged, which is never listed. */

#define GROUP "Draft"
#define KEY_URI "Uri"
#define KEY_TITLE "Title"
#define KEY_TIME "Time"

G_DEFINE_BOXED_TYPE (EntenteDraftInfo, entente_draft_info, entente_draft_info_copy, entente_draft_info_free)

EntenteDraftInfo *
entente_draft_info_copy (const EntenteDraftInfo *self)
{
  EntenteDraftInfo *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (EntenteDraftInfo, 1);
  copy->id = g_strdup (self->id);
  copy->uri = g_strdup (self->uri);
  copy->title = g_strdup (self->title);
  copy->time = self->time ? g_date_time_ref (self->time) : NULL;

  return copy;
}

void
entente_draft_info_free (EntenteDraftInfo *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->uri);
  g_free (self->title);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self);
}

/* Ids become file names, so nothing that could lead out of the folder. */
static gboolean
id_is_valid (const char *id)
{
  if (id == NULL || id[0] == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;

  return TRUE;
}

static char *
get_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "drafts", NULL);
}

static char *
get_path (const char *id,
          const char *suffix)
{
  g_autofree char *folder = get_folder ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (folder, name, NULL);
}

static gboolean
ensure_folder (GError **error)
{
  g_autofree char *folder = get_folder ();

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder for drafts “%s”: %s"),
                   display, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
replace (const char  *id,
         const char  *suffix,
         const char  *contents,
         gsize        length,
         GError     **error)
{
  g_autofree char *path = get_path (id, suffix);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return entente_file_replace_contents (file, contents, length, NULL, NULL, NULL, error);
}

/**
 * entente_drafts_new_id:
 *
 * Returns: (transfer full): an id that no other draft has
 */
char *
entente_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

/**
 * entente_drafts_write:
 * @id: the draft's id, from entente_drafts_new_id(); the same for every
 *   draft of one document, each replacing the one before
 *
 * Writes a draft of @document, leaving the document itself, its file and
 * its modified flag as they are.
 *
 * Returns: %TRUE on success; on failure the previous draft, if any, is kept
 */
gboolean
entente_drafts_write (const char       *id,
                      EntenteDocument  *document,
                      GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *time = NULL;
  g_autofree char *data = NULL;
  const char *title;
  GFile *file;
  gsize length;

  g_return_val_if_fail (id_is_valid (id), FALSE);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ensure_folder (error))
    return FALSE;

  bytes = entente_document_serialize (document);
  if (!replace (id, ".entente", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return FALSE;

  key_file = g_key_file_new ();
  file = entente_document_get_file (document);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (key_file, GROUP, KEY_URI, uri);
    }
  title = entente_meta_get_title (entente_document_get_meta (document));
  g_key_file_set_string (key_file, GROUP, KEY_TITLE, title ? title : "");
  now = g_date_time_new_now_utc ();
  time = g_date_time_format_iso8601 (now);
  g_key_file_set_string (key_file, GROUP, KEY_TIME, time);

  data = g_key_file_to_data (key_file, &length, NULL);
  return replace (id, ".ini", data, length, error);
}

static EntenteDraftInfo *
read_info (const char *id)
{
  g_autofree char *ini_path = get_path (id, ".ini");
  g_autofree char *entente_path = get_path (id, ".entente");
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *time_string = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  EntenteDraftInfo *info;

  if (!g_file_test (entente_path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  if (!g_key_file_load_from_file (key_file, ini_path, G_KEY_FILE_NONE, NULL))
    return NULL;

  time_string = g_key_file_get_string (key_file, GROUP, KEY_TIME, NULL);
  time = time_string ? g_date_time_new_from_iso8601 (time_string, NULL) : NULL;
  if (time == NULL)
    return NULL;

  uri = g_key_file_get_string (key_file, GROUP, KEY_URI, NULL);
  title = g_key_file_get_string (key_file, GROUP, KEY_TITLE, NULL);

  info = g_new0 (EntenteDraftInfo, 1);
  info->id = g_strdup (id);
  info->uri = uri && uri[0] ? g_steal_pointer (&uri) : NULL;
  info->title = title ? g_steal_pointer (&title) : g_strdup ("");
  info->time = g_date_time_to_utc (time);

  return info;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const EntenteDraftInfo *info_a = *(EntenteDraftInfo * const *) a;
  const EntenteDraftInfo *info_b = *(EntenteDraftInfo * const *) b;
  int cmp = g_date_time_compare (info_b->time, info_a->time);

  /* The same order on every call, even for drafts of the same instant. */
  return cmp != 0 ? cmp : strcmp (info_a->id, info_b->id);
}

/**
 * entente_drafts_list:
 *
 * Lists the drafts, for instance those left by a crash.  Drafts whose
 * description cannot be read are left out; a draft whose document is
 * damaged is listed, and entente_drafts_restore() tells what is wrong
 * with it and sets it aside.
 *
 * Returns: (transfer container) (element-type EntenteDraftInfo): the
 *   drafts, newest first; empty when there are none
 */
GPtrArray *
entente_drafts_list (void)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) entente_draft_info_free);
  g_autofree char *folder = get_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      EntenteDraftInfo *info;

      if (!g_str_has_suffix (name, ".ini"))
        continue;

      id = g_strndup (name, strlen (name) - strlen (".ini"));
      if (!id_is_valid (id))
        continue;

      info = read_info (id);
      if (info != NULL)
        g_ptr_array_add (drafts, info);
    }

  g_ptr_array_sort (drafts, compare_newest_first);

  return drafts;
}

/* A draft that cannot be read back as an SLA (damaged on disk, or by
 * hand) would be offered at every start, and fail every time: its
 * description goes, so that no list shows it again, and the document is
 * renamed ID.entente.damaged, kept for whoever wants to look into it.
 * Returns the new name, or NULL when the rename failed. */
static char *
set_aside (const char *id)
{
  g_autofree char *entente_path = get_path (id, ".entente");
  g_autofree char *ini_path = get_path (id, ".ini");
  g_autofree char *damaged_path = get_path (id, ".entente.damaged");

  g_unlink (ini_path);
  if (g_rename (entente_path, damaged_path) != 0)
    return NULL;

  return g_steal_pointer (&damaged_path);
}

static void
set_damaged_error (GError     **error,
                   const char  *id,
                   GError      *reason)
{
  g_autofree char *damaged_path = set_aside (id);
  g_autofree char *display = damaged_path ? g_filename_display_name (damaged_path) : NULL;

  /* Translators: the first %s says why the draft cannot be read, the
   * second is the file it was renamed to */
  if (display != NULL)
    g_set_error (error, reason->domain, reason->code,
                 _("%s\nThe draft was set aside as “%s” and will not be offered again."),
                 reason->message, display);
  else
    g_set_error (error, reason->domain, reason->code,
                 _("%s\nThe draft will not be offered again."), reason->message);
}

/**
 * entente_drafts_restore:
 *
 * Reads a draft back.  The document belongs to the user's file again, if
 * it had one, and is modified, so that saving it puts it where it belongs;
 * the file's entity tag is unknown, so that save overwrites whatever the
 * file holds now, as the user chose to restore.  The draft stays until
 * entente_drafts_remove().
 *
 * A draft that is not an SLA (truncated, not XML, empty, a folder) is set
 * aside: it is no longer listed, and the error says where it went.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set to a message that names the draft's file
 */
EntenteDocument *
entente_drafts_restore (const char  *id,
                        GError     **error)
{
  g_autofree char *entente_path = NULL;
  g_autofree char *ini_path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (id_is_valid (id), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  entente_path = get_path (id, ".entente");
  display = g_filename_display_name (entente_path);
  draft = g_file_new_for_path (entente_path);
  if (!g_file_load_contents (draft, NULL, &contents, &length, NULL, &local_error))
    {
      /* GIO's message does not name a folder it cannot read. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        {
          g_autoptr(GError) reason = g_error_new (G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                                                  _("The draft “%s” is a folder, not a file."),
                                                  display);

          set_damaged_error (error, id, reason);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  document = entente_document_new_from_bytes (bytes, display, &local_error);
  if (document == NULL)
    {
      set_damaged_error (error, id, local_error);
      return NULL;
    }

  /* Without its description the draft is still worth having, as a
   * document without a file. */
  ini_path = get_path (id, ".ini");
  key_file = g_key_file_new ();
  if (g_key_file_load_from_file (key_file, ini_path, G_KEY_FILE_NONE, NULL))
    uri = g_key_file_get_string (key_file, GROUP, KEY_URI, NULL);
  if (uri != NULL && uri[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);

      entente_document_set_file (document, file, NULL);
    }
  entente_document_set_modified (document, TRUE);

  return g_steal_pointer (&document);
}

/**
 * entente_drafts_remove:
 *
 * Removes a draft, once saved, discarded or restored; a draft that is not
 * there is no error.
 */
void
entente_drafts_remove (const char *id)
{
  g_autofree char *entente_path = NULL;
  g_autofree char *ini_path = NULL;

  g_return_if_fail (id_is_valid (id));

  /* The description first: a draft without it is no longer listed, even
   * if removing the document fails. */
  ini_path = get_path (id, ".ini");
  entente_path = get_path (id, ".entente");
  g_unlink (ini_path);
  g_unlink (entente_path);
}
