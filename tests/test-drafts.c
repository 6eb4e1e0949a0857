/* test-drafts.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Drafts are written beside, never over, the user's file, and come back
 * as that file's document, modified.  Every test runs with its own
 * temporary XDG folders (G_TEST_OPTION_ISOLATE_DIRS). */

static char *
drafts_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "drafts", NULL);
}

static char *
draft_path (const char *id,
            const char *suffix)
{
  g_autofree char *folder = drafts_folder ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (folder, name, NULL);
}

static void
write_file (const char *path,
            GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static GBytes *
static_bytes (const char *s)
{
  return g_bytes_new_static (s, strlen (s));
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                   g_bytes_get_data (b, NULL), g_bytes_get_size (b));
}

static void
set_title (EntenteDocument *doc,
           const char      *title)
{
  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (doc)),
                           ENTENTE_META_FIELD_TITLE, title);
}

static void
test_new_id (void)
{
  g_autofree char *a = entente_drafts_new_id ();
  g_autofree char *b = entente_drafts_new_id ();

  g_assert_nonnull (a);
  g_assert_cmpuint (strlen (a), >, 0);
  g_assert_cmpstr (a, !=, b);
  g_assert_null (strchr (a, '/'));
}

static void
test_list_without_folder (void)
{
  g_autofree char *folder = drafts_folder ();
  g_autoptr(GPtrArray) drafts = NULL;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  drafts = entente_drafts_list ();
  g_assert_nonnull (drafts);
  g_assert_cmpuint (drafts->len, ==, 0);
  /* Listing creates nothing. */
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_list_empty_folder (void)
{
  g_autofree char *folder = drafts_folder ();
  g_autoptr(GPtrArray) drafts = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  drafts = entente_drafts_list ();
  g_assert_nonnull (drafts);
  g_assert_cmpuint (drafts->len, ==, 0);
}

static void
test_write_list_restore_remove (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) after = NULL;
  g_autofree char *id = entente_drafts_new_id ();
  g_autofree char *uri = g_file_get_uri (entente_document_get_file (doc));
  g_autofree char *folder = drafts_folder ();
  g_autofree char *entente_path = draft_path (id, ".entente");
  g_autofree char *ini_path = draft_path (id, ".ini");
  g_autofree char *restored_uri = NULL;
  EntenteDraftInfo *info;
  GStatBuf st;

  set_title (doc, "Acme 2027 draft");
  g_assert_true (entente_document_get_modified (doc));

  g_assert_true (entente_drafts_write (id, doc, &error));
  g_assert_no_error (error);
  after = g_date_time_new_now_utc ();
  /* Writing a draft is not saving. */
  g_assert_true (entente_document_get_modified (doc));

  g_assert_true (g_file_test (entente_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (ini_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (info->id, ==, id);
  g_assert_cmpstr (info->uri, ==, uri);
  g_assert_cmpstr (info->title, ==, "Acme 2027 draft");
  g_assert_nonnull (info->time);
  /* The file keeps microseconds, and the times are in UTC. */
  g_assert_cmpint (g_date_time_compare (info->time, before), >=, 0);
  g_assert_cmpint (g_date_time_compare (info->time, after), <=, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (info->time), ==, 0);

  restored = entente_drafts_restore (id, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (restored)), ==, "Acme 2027 draft");
  g_assert_nonnull (entente_document_get_file (restored));
  restored_uri = g_file_get_uri (entente_document_get_file (restored));
  g_assert_cmpstr (restored_uri, ==, uri);
  g_assert_null (entente_document_get_etag (restored));
  g_assert_true (entente_document_get_modified (restored));
  g_assert_true (entente_item_equal (ENTENTE_ITEM (restored), ENTENTE_ITEM (doc)));

  /* Restoring does not remove the draft; removing does, twice is fine. */
  g_assert_true (g_file_test (entente_path, G_FILE_TEST_EXISTS));
  entente_drafts_remove (id);
  g_assert_false (g_file_test (entente_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (ini_path, G_FILE_TEST_EXISTS));
  entente_drafts_remove (id);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 0);

  g_clear_object (&restored);
  restored = entente_drafts_restore (id, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (restored);
  g_assert_nonnull (strstr (error->message, entente_path));
}

static void
test_users_file_untouched (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) original = entente_test_read_bytes (example);
  g_autofree char *dir = g_dir_make_tmp ("entente-drafts-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EntenteDocument) doc = NULL;
  g_autoptr(EntenteDocument) restored = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *id = entente_drafts_new_id ();
  const char *name;
  guint n_files = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "acme.entente", NULL);
  write_file (path, original);
  file = g_file_new_for_path (path);
  doc = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);

  set_title (doc, "Unsaved change");
  g_assert_true (entente_drafts_write (id, doc, &error));
  g_assert_no_error (error);
  /* Twice: the second replaces the first draft. */
  set_title (doc, "Another unsaved change");
  g_assert_true (entente_drafts_write (id, doc, &error));
  g_assert_no_error (error);

  on_disk = entente_test_read_bytes (path);
  assert_bytes_equal (on_disk, original);
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  /* Restoring attaches the file and never writes it. */
  restored = entente_drafts_restore (id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (entente_document_get_file (restored), file));
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (restored)), ==, "Another unsaved change");
  g_clear_pointer (&on_disk, g_bytes_unref);
  on_disk = entente_test_read_bytes (path);
  assert_bytes_equal (on_disk, original);

  entente_drafts_remove (id);
  g_clear_pointer (&on_disk, g_bytes_unref);
  on_disk = entente_test_read_bytes (path);
  assert_bytes_equal (on_disk, original);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_document_without_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_document_new ();
  g_autoptr(EntenteDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *id = entente_drafts_new_id ();
  EntenteDraftInfo *info;

  set_title (doc, "New SLA");
  g_assert_true (entente_drafts_write (id, doc, &error));
  g_assert_no_error (error);

  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_null (info->uri);
  g_assert_cmpstr (info->title, ==, "New SLA");

  restored = entente_drafts_restore (id, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (entente_document_get_file (restored));
  g_assert_true (entente_document_get_modified (restored));
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (restored)), ==, "New SLA");

  entente_drafts_remove (id);
}

static void
test_corrupt_draft (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GBytes) garbage = static_bytes ("<sla xmlns=\"urn:entente:sla:1\" format=\"1\"><meta>");
  g_autofree char *id = entente_drafts_new_id ();
  g_autofree char *entente_path = draft_path (id, ".entente");
  g_autofree char *ini_path = draft_path (id, ".ini");
  g_autofree char *display = g_filename_display_name (entente_path);
  g_autofree char *damaged_path = draft_path (id, ".entente.damaged");
  EntenteDraftInfo *info;

  g_assert_true (entente_drafts_write (id, doc, &error));
  g_assert_no_error (error);
  write_file (entente_path, garbage);

  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (info->id, ==, id);
  g_assert_cmpstr (info->title, ==, "Acme Cloud — Sales & Marketing SLA");

  restored = entente_drafts_restore (id, NULL, &error);
  g_assert_null (restored);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_NOT_XML);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, display));

  /* Set aside: no longer offered, still there to look into. */
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
  g_assert_true (g_file_test (damaged_path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (error->message, damaged_path));

  entente_drafts_remove (id);
  g_assert_false (g_file_test (entente_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (ini_path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
}

static void
test_broken_entries_skipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GBytes) bad_ini = static_bytes ("not a key file\n");
  g_autoptr(GBytes) no_time = static_bytes ("[Draft]\nTitle=Old\n");
  g_autofree char *good = entente_drafts_new_id ();
  g_autofree char *unreadable = entente_drafts_new_id ();
  g_autofree char *timeless = entente_drafts_new_id ();
  g_autofree char *orphan = entente_drafts_new_id ();
  g_autofree char *unreadable_ini = draft_path (unreadable, ".ini");
  g_autofree char *timeless_ini = draft_path (timeless, ".ini");
  g_autofree char *orphan_entente = draft_path (orphan, ".entente");
  g_autofree char *folder = drafts_folder ();
  g_autofree char *stray = g_build_filename (folder, "notes.txt", NULL);

  for (const char *ids[] = { good, unreadable, timeless, orphan, NULL }, **p = ids; *p; p++)
    {
      g_assert_true (entente_drafts_write (*p, doc, &error));
      g_assert_no_error (error);
    }
  write_file (unreadable_ini, bad_ini);
  write_file (timeless_ini, no_time);
  g_unlink (orphan_entente);
  write_file (stray, bad_ini);

  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((EntenteDraftInfo *) g_ptr_array_index (drafts, 0))->id, ==, good);
}

static void
test_newest_first (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) drafts = NULL;
  const char *ids[] = { "first", "second", "third" };
  const char *times[] = { "2026-03-01T10:00:00Z", "2026-03-02T09:00:00Z", "2026-02-28T23:59:59Z" };
  g_autoptr(EntenteDraftInfo) copy = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *ini_path = draft_path (ids[i], ".ini");
      g_autoptr(GKeyFile) key_file = g_key_file_new ();

      g_assert_true (entente_drafts_write (ids[i], doc, &error));
      g_assert_no_error (error);
      g_key_file_load_from_file (key_file, ini_path, G_KEY_FILE_NONE, &error);
      g_assert_no_error (error);
      g_key_file_set_string (key_file, "Draft", "Time", times[i]);
      g_key_file_save_to_file (key_file, ini_path, &error);
      g_assert_no_error (error);
    }

  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 3);
  g_assert_cmpstr (((EntenteDraftInfo *) g_ptr_array_index (drafts, 0))->id, ==, "second");
  g_assert_cmpstr (((EntenteDraftInfo *) g_ptr_array_index (drafts, 1))->id, ==, "first");
  g_assert_cmpstr (((EntenteDraftInfo *) g_ptr_array_index (drafts, 2))->id, ==, "third");

  copy = entente_draft_info_copy (g_ptr_array_index (drafts, 0));
  g_assert_cmpstr (copy->id, ==, "second");
  g_assert_cmpint (g_date_time_get_day_of_month (copy->time), ==, 2);
  g_assert_true (G_TYPE_IS_BOXED (ENTENTE_TYPE_DRAFT_INFO));
}

/* Drafts damaged in every way a disk or a person can damage them: each
 * is listed as long as its description is fine, fails to restore with a
 * message that names it, is set aside, and leaves the others alone. */
static void
test_damaged_drafts_set_aside (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GBytes) whole = entente_document_serialize (doc);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GByteArray) noise = g_byte_array_new ();
  const char *good[] = { "good-one", "good-two" };
  const char *damaged[] = { "truncated", "not-xml", "empty", "binary", "folder" };
  GBytes *contents[G_N_ELEMENTS (damaged)];

  for (guint i = 0; i < 4096; i++)
    {
      guint8 byte = (guint8) g_test_rand_int_range (0, 256);

      g_byte_array_append (noise, &byte, 1);
    }
  contents[0] = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
  contents[1] = static_bytes ("These are not the drafts you are looking for.\n");
  contents[2] = static_bytes ("");
  contents[3] = g_bytes_new (noise->data, noise->len);
  contents[4] = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (entente_drafts_write (good[i], doc, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autofree char *path = draft_path (damaged[i], ".entente");

      g_assert_true (entente_drafts_write (damaged[i], doc, &error));
      g_assert_no_error (error);
      if (contents[i] != NULL)
        write_file (path, contents[i]);
      else
        {
          g_assert_cmpint (g_unlink (path), ==, 0);
          g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
        }
    }

  /* A folder is no draft; the others cannot be told apart unread. */
  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, G_N_ELEMENTS (good) + G_N_ELEMENTS (damaged) - 1);

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(EntenteDocument) restored = NULL;
      g_autofree char *path = draft_path (damaged[i], ".entente");
      g_autofree char *ini_path = draft_path (damaged[i], ".ini");
      g_autofree char *aside = draft_path (damaged[i], ".entente.damaged");

      restored = entente_drafts_restore (damaged[i], NULL, &error);
      g_assert_null (restored);
      g_assert_nonnull (error);
      g_test_message ("%s: %s", damaged[i], error->message);
      if (contents[i] != NULL)
        g_assert_true (error->domain == ENTENTE_CORE_ERROR);
      else
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_nonnull (strstr (error->message, aside));
      g_clear_error (&error);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (ini_path, G_FILE_TEST_EXISTS));
      g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
    }

  /* Only the good drafts are offered now, and they restore. */
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = entente_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, G_N_ELEMENTS (good));
  for (guint i = 0; i < drafts->len; i++)
    {
      EntenteDraftInfo *info = g_ptr_array_index (drafts, i);
      g_autoptr(EntenteDocument) restored = NULL;

      g_assert_true (g_str_equal (info->id, good[0]) || g_str_equal (info->id, good[1]));
      restored = entente_drafts_restore (info->id, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (entente_item_equal (ENTENTE_ITEM (restored), ENTENTE_ITEM (doc)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    g_clear_pointer (&contents[i], g_bytes_unref);
}

/* Restoring by merging: a user's file in a folder of its own, opened,
 * edited and drafted; colleagues save the file before the draft is
 * restored. */

typedef struct
{
  EntenteTestScratch  scratch;
  char               *path;
  GFile              *file;
  EntenteDocument    *doc;   /* the user's window, as it was */
  char               *id;
} Colleagues;

static void
colleagues_set_up (Colleagues    *fixture,
                   gconstpointer  data)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) original = entente_test_read_bytes (example);
  g_autoptr(GBytes) base = NULL;
  g_autoptr(GError) error = NULL;

  entente_test_scratch_init (&fixture->scratch);
  fixture->path = entente_test_scratch_file (&fixture->scratch, "acme.entente");
  write_file (fixture->path, original);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->doc = entente_document_load (fixture->file, NULL, &error);
  g_assert_no_error (error);

  /* The window's base is the document as read. */
  base = entente_document_serialize (fixture->doc);
  set_title (fixture->doc, "Mine");
  fixture->id = entente_drafts_new_id ();
  g_assert_true (entente_drafts_write (fixture->id, fixture->doc, &error));
  g_assert_no_error (error);
  g_assert_true (entente_drafts_write_base (fixture->id, base, &error));
  g_assert_no_error (error);
}

static void
colleagues_tear_down (Colleagues    *fixture,
                      gconstpointer  data)
{
  g_autofree char *base_path = draft_path (fixture->id, ".base");

  entente_drafts_remove (fixture->id);
  g_assert_false (g_file_test (base_path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&fixture->id, g_free);
  g_clear_object (&fixture->doc);
  g_clear_object (&fixture->file);
  g_clear_pointer (&fixture->path, g_free);
  entente_test_scratch_clear (&fixture->scratch);
}

/* A colleague opens the file, changes it with @edit and saves. */
static void
colleague_saves (Colleagues *fixture,
                 void      (*edit) (EntenteDocument *doc))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) theirs = entente_document_load (fixture->file, NULL, &error);

  g_assert_no_error (error);
  edit (theirs);
  g_assert_true (entente_document_save (theirs, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
retitle (EntenteDocument *doc)
{
  set_title (doc, "Theirs");
}

static void
test_restore_keeps_colleagues_changes (Colleagues    *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(EntenteDraftRestore) restore = { 0, };
  g_autoptr(EntenteDocument) restored = NULL;
  g_autoptr(GBytes) on_disk = NULL;

  colleague_saves (fixture, entente_test_raise_goals);
  on_disk = entente_test_read_bytes (fixture->path);

  restored = entente_drafts_restore (fixture->id, &restore, &error);
  g_assert_no_error (error);
  g_assert_true (restore.merged);
  g_assert_null (restore.note);
  g_assert_cmpuint (restore.n_conflicts, ==, 0);
  g_assert_cmpuint (restore.incoming->len, ==, 2);
  assert_bytes_equal (restore.base, on_disk);

  /* Theirs and the draft's, both. */
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (restored)), ==, "Mine");
  g_assert_cmpfloat (entente_goals_get_revenue (ENTENTE_GOALS (entente_test_goals (restored))), ==, 300000);
  g_assert_cmpint (entente_target_get_count (ENTENTE_TARGET (entente_test_target (restored, "customer"))), ==, 20);
  g_assert_cmpuint (entente_document_get_n_conflicts (restored), ==, 0);

  /* It stands on the file as read, so that a later save by someone else
   * is noticed. */
  g_assert_true (entente_document_get_modified (restored));
  g_assert_true (g_file_equal (entente_document_get_file (restored), fixture->file));
  {
    g_autoptr(GFileInfo) info = g_file_query_info (fixture->file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                   G_FILE_QUERY_INFO_NONE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (entente_document_get_etag (restored), ==, g_file_info_get_etag (info));
  }

  /* Restoring read the file and wrote nothing. */
  {
    g_autoptr(GBytes) after = entente_test_read_bytes (fixture->path);

    assert_bytes_equal (after, on_disk);
  }
}

/* Both changed the title: the draft's stays, with a conflict to resolve. */
static void
test_restore_conflict (Colleagues    *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(EntenteDraftRestore) restore = { 0, };
  g_autoptr(EntenteDocument) restored = NULL;

  colleague_saves (fixture, retitle);
  restored = entente_drafts_restore (fixture->id, &restore, &error);
  g_assert_no_error (error);
  g_assert_true (restore.merged);
  g_assert_cmpuint (restore.n_conflicts, ==, 1);
  g_assert_cmpuint (entente_document_get_n_conflicts (restored), ==, 1);
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (restored)), ==, "Mine");
}

/* Nobody saved: the draft, as it was, on the same file. */
static void
test_restore_nothing_saved_since (Colleagues    *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(EntenteDraftRestore) restore = { 0, };
  g_autoptr(EntenteDocument) restored = NULL;

  restored = entente_drafts_restore (fixture->id, &restore, &error);
  g_assert_no_error (error);
  g_assert_true (restore.merged);
  g_assert_cmpuint (restore.incoming->len, ==, 0);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (restored), ENTENTE_ITEM (fixture->doc)));
}

/* The draft's later writes keep its base. */
static void
test_rewritten_draft_keeps_base (Colleagues    *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(EntenteDraftRestore) restore = { 0, };
  g_autoptr(EntenteDocument) restored = NULL;

  set_title (fixture->doc, "Mine, later");
  g_assert_true (entente_drafts_write (fixture->id, fixture->doc, &error));
  g_assert_no_error (error);
  colleague_saves (fixture, entente_test_raise_goals);

  restored = entente_drafts_restore (fixture->id, &restore, &error);
  g_assert_no_error (error);
  g_assert_true (restore.merged);
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (restored)), ==, "Mine, later");
  g_assert_cmpfloat (entente_goals_get_revenue (ENTENTE_GOALS (entente_test_goals (restored))), ==, 300000);
}

static void
assert_restored_as_it_was (Colleagues          *fixture,
                           EntenteDraftRestore *restore,
                           const char          *note_says)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) restored = NULL;

  restored = entente_drafts_restore (fixture->id, restore, &error);
  g_assert_no_error (error);
  g_assert_false (restore->merged);
  g_assert_null (restore->base);
  g_assert_null (restore->incoming);
  g_assert_nonnull (restore->note);
  g_assert_nonnull (strstr (restore->note, note_says));
  g_assert_true (entente_item_equal (ENTENTE_ITEM (restored), ENTENTE_ITEM (fixture->doc)));
  g_assert_true (g_file_equal (entente_document_get_file (restored), fixture->file));
  /* The user chose to restore: saving may overwrite whatever is there. */
  g_assert_null (entente_document_get_etag (restored));
  g_assert_true (entente_document_get_modified (restored));
}

static void
test_restore_file_gone (Colleagues    *fixture,
                        gconstpointer  data)
{
  g_auto(EntenteDraftRestore) restore = { 0, };

  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  assert_restored_as_it_was (fixture, &restore, "acme.entente");
}

static void
test_restore_file_unreadable (Colleagues    *fixture,
                              gconstpointer  data)
{
  g_auto(EntenteDraftRestore) restore = { 0, };
  g_autoptr(GBytes) junk = static_bytes ("not an SLA");

  write_file (fixture->path, junk);
  assert_restored_as_it_was (fixture, &restore, "acme.entente");
}

/* A draft written before drafts kept their base, or whose base is not
 * the one its description names, cannot be merged: it comes back as it
 * was, and the note says that colleagues' changes were not checked. */
static void
test_restore_without_base (Colleagues    *fixture,
                           gconstpointer  data)
{
  g_auto(EntenteDraftRestore) restore = { 0, };
  g_autofree char *base_path = draft_path (fixture->id, ".base");
  g_autoptr(GBytes) other = static_bytes ("<sla/>");

  colleague_saves (fixture, entente_test_raise_goals);
  write_file (base_path, other);
  assert_restored_as_it_was (fixture, &restore, "acme.entente");
  entente_draft_restore_clear (&restore);

  g_assert_cmpint (g_unlink (base_path), ==, 0);
  assert_restored_as_it_was (fixture, &restore, "acme.entente");
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/drafts/new-id", test_new_id);
  g_test_add_func ("/drafts/list-without-folder", test_list_without_folder);
  g_test_add_func ("/drafts/list-empty-folder", test_list_empty_folder);
  g_test_add_func ("/drafts/write-list-restore-remove", test_write_list_restore_remove);
  g_test_add_func ("/drafts/users-file-untouched", test_users_file_untouched);
  g_test_add_func ("/drafts/document-without-file", test_document_without_file);
  g_test_add_func ("/drafts/corrupt-draft", test_corrupt_draft);
  g_test_add_func ("/drafts/broken-entries-skipped", test_broken_entries_skipped);
  g_test_add_func ("/drafts/damaged-drafts-set-aside", test_damaged_drafts_set_aside);
  g_test_add_func ("/drafts/newest-first", test_newest_first);

#define ADD(path, func) \
  g_test_add ("/drafts/" path, Colleagues, NULL, colleagues_set_up, func, colleagues_tear_down)
  ADD ("restore-keeps-colleagues-changes", test_restore_keeps_colleagues_changes);
  ADD ("restore-conflict", test_restore_conflict);
  ADD ("restore-nothing-saved-since", test_restore_nothing_saved_since);
  ADD ("rewritten-draft-keeps-base", test_rewritten_draft_keeps_base);
  ADD ("restore-file-gone", test_restore_file_gone);
  ADD ("restore-file-unreadable", test_restore_file_unreadable);
  ADD ("restore-without-base", test_restore_without_base);
#undef ADD

  return g_test_run ();
}
