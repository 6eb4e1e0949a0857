/* entente-drafts.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include "entente-gettext.h"
#include "entente-file-read.h"
#include <glib/gstdio.h>

#include "entente-diff.h"
#include "entente-drafts.h"
#include "entente-file-replace.h"
#include "entente-merge.h"
#include "entente-meta.h"

/* Copies of open documents, written now and then so that a crash loses
 * little.  A draft never goes where the user's file is: it lives in our
 * own folder, private to the user since an SLA may be confidential, as
 * two files:
 *
 *   ID.entente  the document as it would be saved
 *   ID.base     the user's file as the document was last read, saved or
 *               merged with it: the version the draft's edits are made on
 *   ID.ini      what a list of drafts shows without reading the document:
 *               the URI of the user's file, the title, the time, and the
 *               digest of ID.base
 *
 * Each is replaced all or nothing, so a crash while writing leaves the
 * previous draft.  The document is written first: an .ini always describes
 * a complete draft, and one without its .entente is not listed.  A draft
 * damaged all the same (by a disk, or by hand) is set aside when restoring
 * it fails, as ID.entente.damaged, which is never listed.
 *
 * Colleagues may save the file after the draft was written.  Restoring
 * merges three versions, ID.base, the draft and the file as it is then,
 * so that their changes stay and the draft's come back.  The base is kept
 * here rather than looked up elsewhere, so that nothing pruned can take
 * it away; it is written after the document, so that a crash in between
 * leaves a draft whose base is older than it, which merges the same, and
 * never one whose base is newer, which would read the changes made
 * between the two as the draft undoing them.  A base whose digest is not
 * the one in ID.ini is not trusted. */

#define GROUP "Draft"
#define KEY_URI "Uri"
#define KEY_TITLE "Title"
#define KEY_TIME "Time"
#define KEY_BASE "Base"

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

static GKeyFile *
load_description (const char *id)
{
  g_autofree char *ini_path = get_path (id, ".ini");
  GKeyFile *key_file = g_key_file_new ();

  g_key_file_load_from_file (key_file, ini_path, G_KEY_FILE_NONE, NULL);
  return key_file;
}

static char *
compute_digest (GBytes *bytes)
{
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

/**
 * entente_draft_restore_clear:
 *
 * Frees what @self holds, not @self.
 */
void
entente_draft_restore_clear (EntenteDraftRestore *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->base, g_bytes_unref);
  g_clear_pointer (&self->incoming, g_ptr_array_unref);
  g_clear_pointer (&self->note, g_free);
  self->merged = FALSE;
  self->n_conflicts = 0;
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

  /* The description is rewritten with what it said of the base. */
  key_file = load_description (id);
  g_key_file_remove_key (key_file, GROUP, KEY_URI, NULL);
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

/**
 * entente_drafts_write_base:
 * @id: a draft's id
 * @base: the user's file as the draft's document was last read from it,
 *   saved to it or merged with it
 *
 * Records the version of the file that the draft's edits are made on,
 * for entente_drafts_restore() to merge with the file as it is then.
 * Call it after entente_drafts_write() whenever that version changed.
 *
 * Returns: %TRUE on success; on failure the draft keeps its previous
 *   base, or none
 */
gboolean
entente_drafts_write_base (const char  *id,
                           GBytes      *base,
                           GError     **error)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (id_is_valid (id), FALSE);
  g_return_val_if_fail (base != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ensure_folder (error))
    return FALSE;
  if (!replace (id, ".base", g_bytes_get_data (base, NULL), g_bytes_get_size (base), error))
    return FALSE;

  key_file = load_description (id);
  digest = compute_digest (base);
  g_key_file_set_string (key_file, GROUP, KEY_BASE, digest);
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
  g_autofree char *base_path = get_path (id, ".base");

  g_unlink (ini_path);
  g_unlink (base_path);
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

/* The base the draft was written on, or NULL when it has none (written
 * before drafts kept one) or one that is not what the description says. */
static GBytes *
read_base (const char *id,
           GKeyFile   *key_file)
{
  g_autofree char *expected = g_key_file_get_string (key_file, GROUP, KEY_BASE, NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *digest = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  if (expected == NULL)
    return NULL;

  path = get_path (id, ".base");
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  digest = compute_digest (bytes);

  return g_str_equal (digest, expected) ? g_steal_pointer (&bytes) : NULL;
}

static void
set_unmerged_note (EntenteDraftRestore *restore,
                   const char          *basename,
                   const GError        *reason)
{
  /* Translators: %s is the file's name; the reason follows */
  restore->note = g_strdup_printf (_("The draft was restored as it was: it could not be merged with “%s” as it is now. %s"),
                                   basename, reason->message);
}

/* Merges the draft with its file as it is now.  Returns the merged
 * document, or NULL with @restore's note saying why the draft is to be
 * restored as it was. */
static EntenteDocument *
merge_with_file (EntenteDocument     *draft,
                 GBytes              *base_bytes,
                 GFile               *file,
                 EntenteDraftRestore *restore)
{
  g_autofree char *display = g_file_get_parse_name (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) base = NULL;
  g_autoptr(EntenteDocument) theirs = NULL;
  g_autoptr(EntenteDocument) merged = NULL;

  if (base_bytes == NULL)
    {
      /* Translators: %s is the file's name */
      restore->note = g_strdup_printf (_("This draft does not say which version of “%s” it was made on, so changes saved to the file since could not be checked. Compare the two before saving."),
                                       basename);
      return NULL;
    }

  base = entente_document_new_from_bytes (base_bytes, display, NULL);
  theirs = entente_document_load (file, NULL, &error);
  if (theirs == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      /* Translators: %s is the file's name */
      restore->note = g_strdup_printf (_("“%s” is no longer there: the draft was restored as it was."), basename);
      return NULL;
    }
  if (base != NULL && theirs != NULL)
    merged = entente_merge (base, draft, theirs, &restore->n_conflicts, &error);
  if (merged == NULL)
    {
      /* A base that is not an SLA cannot be the version the draft was
       * made on: the same as none. */
      if (base == NULL)
        return merge_with_file (draft, NULL, file, restore);
      restore->n_conflicts = 0;
      set_unmerged_note (restore, basename, error);
      return NULL;
    }

  entente_document_set_file_as_read (merged, theirs);
  restore->merged = TRUE;
  restore->incoming = entente_diff_documents (base, theirs);
  restore->base = entente_document_serialize (theirs);

  return g_steal_pointer (&merged);
}

/**
 * entente_drafts_restore:
 * @restore: (out caller-allocates) (optional): what restoring did, cleared
 *   with entente_draft_restore_clear()
 *
 * Reads a draft back.  The document belongs to the user's file again, if
 * it had one, and is modified, so that saving it puts it where it belongs.
 *
 * Colleagues may have saved that file since the draft was written: the
 * draft is merged with the file as it is now, from the version it was
 * made on, so that their saved changes stay and the draft's come back;
 * values both changed differently are conflicts in the document.  The
 * document then stands on the file as read, whose entity tag it knows.
 * A draft that cannot be merged (the file is gone or unreadable, or the
 * draft is from before drafts kept their version) comes back as it was,
 * with a note saying why, and saving it overwrites the file.  The draft
 * stays until entente_drafts_remove().
 *
 * A draft that is not an SLA (truncated, not XML, empty, a folder) is set
 * aside: it is no longer listed, and the error says where it went.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set to a message that names the draft's file
 */
EntenteDocument *
entente_drafts_restore (const char           *id,
                        EntenteDraftRestore  *restore,
                        GError              **error)
{
  g_autofree char *entente_path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) base = NULL;
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(EntenteDraftRestore) local_restore = { 0, };

  g_return_val_if_fail (id_is_valid (id), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (restore == NULL)
    restore = &local_restore;
  memset (restore, 0, sizeof *restore);

  entente_path = get_path (id, ".entente");
  display = g_filename_display_name (entente_path);
  draft = g_file_new_for_path (entente_path);
  bytes = entente_file_read (draft, ENTENTE_DOCUMENT_MAX_SIZE, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        {
          g_autoptr(GError) reason = g_error_new (G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                                                  _("The draft “%s” is a folder, not a file."),
                                                  display);

          set_damaged_error (error, id, reason);
        }
      else
        {
          g_prefix_error (&local_error, _("%s: cannot be read: "), display);
          /* Not a file, or too big to be a draft: damaged, as a folder is. */
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE) ||
              g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
            set_damaged_error (error, id, local_error);
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
        }
      return NULL;
    }

  document = entente_document_new_from_bytes (bytes, display, &local_error);
  if (document == NULL)
    {
      set_damaged_error (error, id, local_error);
      return NULL;
    }

  /* Without its description the draft is still worth having, as a
   * document without a file. */
  key_file = load_description (id);
  uri = g_key_file_get_string (key_file, GROUP, KEY_URI, NULL);
  if (uri != NULL && uri[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);

      base = read_base (id, key_file);
      merged = merge_with_file (document, base, file, restore);
      if (merged != NULL)
        g_set_object (&document, merged);
      else
        /* Unknown entity tag: saving overwrites whatever the file holds,
         * as the user chose to restore and the note said. */
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
  g_autofree char *base_path = NULL;

  g_return_if_fail (id_is_valid (id));

  /* The description first: a draft without it is no longer listed, even
   * if removing the document fails. */
  ini_path = get_path (id, ".ini");
  entente_path = get_path (id, ".entente");
  base_path = get_path (id, ".base");
  g_unlink (ini_path);
  g_unlink (entente_path);
  g_unlink (base_path);
}
