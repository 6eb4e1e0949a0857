/* test-save.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <utime.h>
#include <unistd.h>

#include "entente-core.h"
#include "entente-file-update.h"
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
  entente_test_remove_tree (fixture->dir);
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

static EntenteDocument *
load_fixture (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  EntenteDocument *doc = entente_document_load (fixture->file, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static void
assert_saved (const char      *path,
              EntenteDocument *doc)
{
  g_autoptr(GBytes) expected = entente_document_serialize (doc);
  g_autoptr(GBytes) on_disk = entente_test_read_bytes (path);

  g_assert_cmpmem (g_bytes_get_data (on_disk, NULL), g_bytes_get_size (on_disk),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
assert_symlink_to (const char *path,
                   const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_file_read_link (path, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (target, ==, expected);
}

/* Fails @doc's save to @path with @code, an error that names @name, and
 * asserts that the folder @dir is left as it was. */
static void
assert_save_refused (EntenteDocument *doc,
                     const char      *dir,
                     const char      *path,
                     const char      *name,
                     int              code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = entente_test_list_folder (dir);
  g_autofree char *after = NULL;
  g_autofree char *could_not_save = entente_test_pattern (_("Could not save “%s”: %s"));

  g_assert_false (entente_document_save (doc, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_true (g_pattern_match_simple (could_not_save, error->message));
  g_assert_nonnull (strstr (error->message, name));

  after = entente_test_list_folder (dir);
  g_assert_cmpstr (after, ==, before);
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

/* A change that keeps the modification time to the nanosecond (made in
 * the same tick of a coarse clock, or by a tool that keeps it) keeps
 * the entity tag too: the digest of the bytes tells. */
static void
test_changed_within_the_same_tick (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_document_load (fixture->file, NULL, &error);
  g_autofree char *after = NULL;
  const char *theirs = "<?xml version=\"1.0\"?>\n<!-- their version -->\n";
  gboolean changed = TRUE;
  struct stat st;
  struct timespec same[2];

  g_assert_no_error (error);
  g_assert_true (entente_document_file_changed (doc, &changed, NULL, &error));
  g_assert_false (changed);

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  same[0] = st.st_atim;
  same[1] = st.st_mtim;
  g_file_set_contents (fixture->path, theirs, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (utimensat (AT_FDCWD, fixture->path, same, 0), ==, 0);

  g_assert_true (entente_document_file_changed (doc, &changed, NULL, &error));
  g_assert_true (changed);
  g_object_set (entente_document_get_meta (doc), "revision", 9, NULL);
  g_assert_false (entente_document_save (doc, NULL, NULL, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_CHANGED_ON_DISK);
  after = read_text (fixture->path);
  g_assert_cmpstr (after, ==, theirs);
  g_clear_error (&error);

  /* After a save of its own, the file holds the document's version. */
  entente_document_set_file (doc, fixture->file, NULL);
  g_assert_true (entente_document_save (doc, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (entente_document_file_changed (doc, &changed, NULL, &error));
  g_assert_false (changed);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_document_load (fixture->file, NULL, &error);
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "acme.entente", NULL);
  g_autoptr(GFile) nowhere = g_file_new_for_path (path);
  g_autofree char *before = entente_test_list_folder (fixture->dir);
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_false (entente_document_save (doc, nowhere, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_true (g_file_equal (entente_document_get_file (doc), fixture->file));

  /* No folder is made, and no temporary file is left. */
  after = entente_test_list_folder (fixture->dir);
  g_assert_cmpstr (after, ==, before);
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
  g_autofree char *message = NULL;
  g_autofree char *could_not_save = NULL;

  if (g_test_subprocess ())
    {
      save_with_size_limit ();
      return;
    }

  before = read_text (fixture->path);
  g_setenv ("ENTENTE_TEST_SAVE_PATH", fixture->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  message = g_strdup_printf (_("Could not save “%s”: %s"), "*acme.entente", "*");
  could_not_save = g_strconcat ("*", message, NULL);
  g_test_trap_assert_stderr (could_not_save);

  /* The old file is intact, byte for byte, and nothing was left behind. */
  after = read_text (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

/* A document grown past what the loader reads back is not written: a
 * persona with 300,000 job titles, then an agreement 17 MB long. */
static void
test_beyond_the_loader (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *before = read_text (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = entente_document_load (fixture->file, NULL, &error);
  g_autoptr(EntentePersona) persona = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autofree char *long_purpose = g_strnfill (17 * 1000 * 1000, 'p');
  g_autofree char *prefix = entente_test_pattern (_("Could not save “%s”: "));
  g_autofree char *could_not_save = g_strconcat (prefix, "*", NULL);
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  persona = g_list_model_get_item (entente_document_get_personas (doc), 0);
  for (guint i = 0; i < ENTENTE_DOCUMENT_MAX_ELEMENTS; i++)
    g_ptr_array_add (titles, (gpointer) "CTO");
  g_ptr_array_add (titles, NULL);
  entente_item_set_boxed (ENTENTE_ITEM (persona), ENTENTE_PERSONA_FIELD_JOB_TITLES, titles->pdata);

  g_assert_false (entente_document_save (doc, NULL, NULL, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_true (g_pattern_match_simple (could_not_save, error->message));
  g_assert_nonnull (strstr (error->message, "acme.entente"));
  g_clear_error (&error);

  entente_item_set_boxed (ENTENTE_ITEM (persona), ENTENTE_PERSONA_FIELD_JOB_TITLES, NULL);
  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (doc)), ENTENTE_META_FIELD_PURPOSE, long_purpose);
  g_assert_false (entente_document_save (doc, NULL, NULL, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);

  after = read_text (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

/* Unknown attributes a newer 1.x wrote are kept, and copies of items
 * keep theirs: the document may pass the loader's limit on attributes
 * in all (as two copies merged may) while no element has too many. */
static void
test_beyond_the_loader_attributes (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *text = read_text (fixture->path);
  g_autoptr(GString) newer = g_string_new (text);
  g_autoptr(GString) crowded = g_string_new ("<criteria threshold=\"3\">");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = NULL;
  g_autoptr(EntenteStage) stage = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *pattern = entente_test_pattern (_("The agreement would have more than %s attributes, and Entente reads at most %s: it is not written, so that the file stays readable."));
  g_autofree char *anywhere = g_strconcat ("*", pattern, NULL);
  GListModel *stages;

  for (guint i = 0; i < ENTENTE_DOCUMENT_MAX_ALL_ATTRIBUTES / 60 - 10; i++)
    {
      g_string_append (crowded, "<criterion kind=\"fit\" points=\"1\"");
      for (guint j = 0; j < 58; j++)
        g_string_append_printf (crowded, " a%u=\"\"", j);
      g_string_append_printf (crowded, ">Criterion %u</criterion>", i);
    }
  g_assert_cmpuint (g_string_replace (newer, "format=\"1\"", "format=\"1.1\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (newer, "<criteria threshold=\"3\">", crowded->str, 1), ==, 1);
  g_assert_true (g_file_set_contents (fixture->path, newer->str, newer->len, NULL));
  before = read_text (fixture->path);
  doc = entente_document_load (fixture->file, NULL, &error);
  g_assert_no_error (error);

  stages = entente_document_get_stages (doc);
  for (guint s = 0; stage == NULL; s++)
    {
      g_autoptr(EntenteStage) candidate = g_list_model_get_item (stages, s);

      if (g_list_model_get_n_items (entente_stage_get_criteria (candidate)) > 1000)
        stage = g_steal_pointer (&candidate);
    }
  /* Twenty more, of sixty attributes each. */
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(EntenteItem) first = g_list_model_get_item (entente_stage_get_criteria (stage), 0);
      g_autoptr(EntenteItem) copy = entente_item_copy (first);

      entente_item_append (ENTENTE_ITEM (stage), ENTENTE_STAGE_FIELD_CRITERIA, copy);
    }

  g_assert_false (entente_document_save (doc, NULL, NULL, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_true (g_pattern_match_simple (anywhere, error->message));

  after = read_text (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

/* Hidden temporaries a killed writer left beside the file are removed by
 * the next save once they have lain untouched a while; one being written
 * right now, and files that only look alike, are left alone. */
static void
test_stale_temporaries (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *stale[] = { ".acme.entente.AbC123", ".acme.entente.000000" };
  const char *kept[] = { ".acme.entente.XyZ789", ".acme.entente.AbC1234", ".other.entente.AbC123",
                         "acme.entente.AbC123", ".acme.entente.Ab-123" };
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  g_autoptr(GError) error = NULL;
  struct utimbuf old = { 0 };

  old.actime = old.modtime = time (NULL) - 3600;
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, stale[i], NULL);

      g_assert_true (g_file_set_contents (path, "<sla", -1, NULL));
      g_assert_cmpint (utime (path, &old), ==, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, kept[i], NULL);

      g_assert_true (g_file_set_contents (path, "<sla", -1, NULL));
      /* All old but the first, which is being written now. */
      if (i > 0)
        g_assert_cmpint (utime (path, &old), ==, 0);
    }

  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (doc)), ENTENTE_META_FIELD_TITLE, "Saved again");
  g_assert_true (entente_document_save (doc, NULL, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, stale[i], NULL);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, kept[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* Saving over someone else's change takes the user's word: the window
 * asks, then forgets the entity tag it knew and saves again. */
static void
test_overwrite_when_told (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  struct timespec later[2] = { { 0, UTIME_OMIT }, { 0, 0 } };
  GStatBuf st;

  g_file_set_contents (fixture->path, "theirs\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  later[1].tv_sec = st.st_mtime + 1;
  g_assert_cmpint (utimensat (AT_FDCWD, fixture->path, later, 0), ==, 0);

  g_object_set (entente_document_get_meta (doc), "revision", 11, NULL);
  g_assert_false (entente_document_save (doc, NULL, NULL, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);

  entente_document_set_file (doc, fixture->file, NULL);
  entente_document_save (doc, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_saved (fixture->path, doc);
  g_assert_nonnull (entente_document_get_etag (doc));
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

/* A new file gets the usual permissions, 0666 less the umask. */
static void
test_new_file_mode (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "new.entente", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  mode_t old_mask = umask (027);
  GStatBuf st;

  entente_document_save (doc, file, NULL, &error);
  umask (old_mask);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);
}

/* Saving through a symbolic link keeps the link and replaces the file it
 * leads to, with that file's permissions, the temporary file made in that
 * file's folder. */
static void
test_symlink (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  g_autofree char *link_dir = g_build_filename (fixture->dir, "links", NULL);
  g_autofree char *link_path = g_build_filename (link_dir, "link.entente", NULL);
  g_autofree char *chain_path = g_build_filename (link_dir, "chain.entente", NULL);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);
  g_autoptr(GFile) chain = g_file_new_for_path (chain_path);
  g_autoptr(EntenteDocument) via_link = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (link_dir, 0700), ==, 0);
  g_assert_cmpint (symlink ("../acme.entente", link_path), ==, 0);
  g_assert_cmpint (symlink ("link.entente", chain_path), ==, 0);
  g_assert_cmpint (g_chmod (fixture->path, 0604), ==, 0);

  via_link = entente_document_load (link, NULL, &error);
  g_assert_no_error (error);
  g_object_set (entente_document_get_meta (via_link), "revision", 21, NULL);
  entente_document_save (via_link, NULL, NULL, &error);
  g_assert_no_error (error);

  assert_symlink_to (link_path, "../acme.entente");
  assert_saved (fixture->path, via_link);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0604);
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);
  g_assert_cmpuint (count_files (link_dir), ==, 2);

  /* Our own save moved the entity tag on: saving again is no conflict. */
  g_object_set (entente_document_get_meta (via_link), "revision", 22, NULL);
  entente_document_save (via_link, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_saved (fixture->path, via_link);

  /* A chain of links, to the end. */
  g_object_set (entente_document_get_meta (doc), "revision", 23, NULL);
  entente_document_save (doc, chain, NULL, &error);
  g_assert_no_error (error);
  assert_symlink_to (chain_path, "link.entente");
  assert_symlink_to (link_path, "../acme.entente");
  assert_saved (fixture->path, doc);
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);
  g_assert_cmpuint (count_files (link_dir), ==, 2);
}

/* A dangling link leads to the file to create, when its folder exists. */
static void
test_dangling_symlink (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  g_autofree char *link_path = g_build_filename (fixture->dir, "link.entente", NULL);
  g_autofree char *nowhere_path = g_build_filename (fixture->dir, "nowhere.entente", NULL);
  g_autofree char *new_path = g_build_filename (fixture->dir, "new.entente", NULL);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);

  g_assert_cmpint (symlink ("new.entente", link_path), ==, 0);
  entente_document_save (doc, link, NULL, &error);
  g_assert_no_error (error);
  assert_symlink_to (link_path, "new.entente");
  assert_saved (new_path, doc);
  g_assert_cmpuint (count_files (fixture->dir), ==, 3);

  /* One into a folder that does not exist: nothing is created. */
  g_assert_cmpint (symlink ("no-such-folder/new.entente", nowhere_path), ==, 0);
  assert_save_refused (doc, fixture->dir, nowhere_path, "no-such-folder", G_IO_ERROR_NOT_FOUND);
  assert_symlink_to (nowhere_path, "no-such-folder/new.entente");
  g_assert_true (g_file_equal (entente_document_get_file (doc), link));
}

static void
test_symlink_loop (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  g_autofree char *a = g_build_filename (fixture->dir, "a.entente", NULL);
  g_autofree char *b = g_build_filename (fixture->dir, "b.entente", NULL);
  g_autofree char *inside = g_build_filename (a, "c.entente", NULL);
  g_autofree char *self = g_build_filename (fixture->dir, "self.entente", NULL);

  g_assert_cmpint (symlink ("b.entente", a), ==, 0);
  g_assert_cmpint (symlink ("a.entente", b), ==, 0);
  g_assert_cmpint (symlink ("self.entente", self), ==, 0);

  assert_save_refused (doc, fixture->dir, a, "a.entente", G_IO_ERROR_TOO_MANY_LINKS);
  assert_save_refused (doc, fixture->dir, self, "self.entente", G_IO_ERROR_TOO_MANY_LINKS);
  /* A loop in the folders of the path. */
  assert_save_refused (doc, fixture->dir, inside, "c.entente", G_IO_ERROR_TOO_MANY_LINKS);
  assert_symlink_to (a, "b.entente");
  assert_symlink_to (b, "a.entente");
}

static void
test_directory_target (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.entente", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "to-folder.entente", NULL);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("folder.entente", link), ==, 0);

  assert_save_refused (doc, fixture->dir, folder, "folder.entente", G_IO_ERROR_IS_DIRECTORY);
  assert_save_refused (doc, fixture->dir, link, "to-folder.entente", G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpuint (count_files (folder), ==, 0);
  g_assert_true (g_file_equal (entente_document_get_file (doc), fixture->file));
}

/* A file made read-only keeps its text, even for root and in a folder
 * that would let a rename through. */
static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (fixture->path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  g_object_set (entente_document_get_meta (doc), "revision", 32, NULL);
  assert_save_refused (doc, fixture->dir, fixture->path, "acme.entente", G_IO_ERROR_PERMISSION_DENIED);
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
}

/* Renaming over a pipe or a device would put a file in its place. */
static void
test_not_regular_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EntenteDocument) doc = load_fixture (fixture);
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe.entente", NULL);
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_save_refused (doc, fixture->dir, fifo, "pipe.entente", G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
}

/* In a child, as nobody when the tests run as root, for whom permission
 * bits do not stop a write: tries to save @path, and writes to @out the
 * error's message, or "SKIP: " and why. */
static void
save_into_read_only_folder (const char *path,
                            int         out)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) doc = NULL;
  g_autofree char *report = NULL;

  if (geteuid () == 0 && (setgroups (0, NULL) != 0 || setgid (65534) != 0 || setuid (65534) != 0))
    report = g_strdup_printf ("SKIP: cannot drop root's privileges: %s", g_strerror (errno));
  else if (g_access (path, R_OK) != 0)
    report = g_strdup ("SKIP: the test folder cannot be read without root's privileges");
  else
    {
      doc = entente_document_load (file, NULL, &error);
      g_assert_no_error (error);
      g_object_set (entente_document_get_meta (doc), "revision", 31, NULL);
      if (entente_document_save (doc, NULL, NULL, &error))
        report = g_strdup ("saved");
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        report = g_strdup_printf ("wrong error %d: %s", error->code, error->message);
      else
        report = g_strdup (error->message);
    }

  g_assert_cmpint (write (out, report, strlen (report)), ==, (gssize) strlen (report));
}

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *before = read_text (fixture->path);
  g_autofree char *listing = entente_test_list_folder (fixture->dir);
  g_autofree char *after = NULL;
  g_autofree char *after_listing = NULL;
  g_autofree char *refused = NULL;
  char report[1024] = "";
  int fds[2];
  int status = 0;
  gssize n;
  pid_t pid;

  /* The file itself stays writable: only its folder is not, so a save
   * that wrote in place would get through. */
  g_assert_cmpint (g_chmod (fixture->path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  g_assert_cmpint (pipe (fds), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      /* The child leaves by _exit(): its copies of the parent's strings
       * are freed here, or leak checkers would count them. */
      g_clear_pointer (&before, g_free);
      g_clear_pointer (&listing, g_free);
      close (fds[0]);
      save_into_read_only_folder (fixture->path, fds[1]);
      _exit (0);
    }

  close (fds[1]);
  n = read (fds[0], report, sizeof report - 1);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_cmpint (n, >, 0);
  report[n] = '\0';

  if (g_str_has_prefix (report, "SKIP: "))
    {
      g_test_skip (report + strlen ("SKIP: "));
      return;
    }
  g_test_message ("%s", report);
  refused = g_strdup_printf (_("Could not save “%s”: no file can be created in the folder “%s”: %s"),
                             "*/acme.entente", "*", g_strerror (EACCES));
  g_assert_true (g_pattern_match_simple (refused, report));

  after = read_text (fixture->path);
  g_assert_cmpstr (after, ==, before);
  after_listing = entente_test_list_folder (fixture->dir);
  g_assert_cmpstr (after_listing, ==, listing);
}

/* Another program, which takes no lock, saves the file while a change
 * is being made on it: the change is made again on what it saved. */
typedef struct
{
  Fixture *fixture;
  guint    calls;
} Interloper;

static gboolean
sign_while_someone_saves (EntenteDocument  *document,
                          gpointer          data,
                          GError          **error)
{
  Interloper *interloper = data;

  if (interloper->calls++ == 0)
    {
      g_autoptr(EntenteDocument) theirs = entente_document_load (interloper->fixture->file, NULL, error);

      g_assert_nonnull (theirs);
      g_assert_nonnull (entente_document_approve (theirs, "sales", "Priya Raman", NULL, entente_test_signing_key (), error));
      g_assert_true (entente_document_save (theirs, interloper->fixture->file, NULL, error));
    }
  return entente_document_approve (document, "marketing", "Dana Whitfield", NULL, entente_test_signing_key (), error) != NULL;
}

static void
test_update_keeps_a_change_made_meanwhile (Fixture       *fixture,
                                           gconstpointer  data)
{
  Interloper interloper = { fixture, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) written = entente_file_update (fixture->file, "acme.entente",
                                                            sign_while_someone_saves, &interloper, &error);
  g_autoptr(EntenteDocument) reread = NULL;
  GListModel *approvals;

  g_assert_no_error (error);
  g_assert_nonnull (written);
  g_assert_cmpuint (interloper.calls, ==, 2);

  reread = entente_document_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  approvals = entente_document_get_approvals (reread);
  g_assert_cmpuint (g_list_model_get_n_items (approvals), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/save/save-and-reload", Fixture, NULL, fixture_set_up, test_save_and_reload, fixture_tear_down);
  g_test_add ("/save/update-keeps-a-change-made-meanwhile", Fixture, NULL, fixture_set_up,
              test_update_keeps_a_change_made_meanwhile, fixture_tear_down);
  g_test_add ("/save/changed-on-disk", Fixture, NULL, fixture_set_up, test_changed_on_disk, fixture_tear_down);
  g_test_add ("/save/changed-within-the-same-tick", Fixture, NULL, fixture_set_up,
              test_changed_within_the_same_tick, fixture_tear_down);
  g_test_add ("/save/missing-folder", Fixture, NULL, fixture_set_up, test_missing_folder, fixture_tear_down);
  g_test_add ("/save/size-limit", Fixture, NULL, fixture_set_up, test_size_limit, fixture_tear_down);
  g_test_add ("/save/beyond-the-loader", Fixture, NULL, fixture_set_up, test_beyond_the_loader, fixture_tear_down);
  g_test_add ("/save/beyond-the-loader-attributes", Fixture, NULL, fixture_set_up,
              test_beyond_the_loader_attributes, fixture_tear_down);
  g_test_add ("/save/stale-temporaries", Fixture, NULL, fixture_set_up, test_stale_temporaries, fixture_tear_down);
  g_test_add ("/save/overwrite-when-told", Fixture, NULL, fixture_set_up, test_overwrite_when_told, fixture_tear_down);
  g_test_add ("/save/new-file-mode", Fixture, NULL, fixture_set_up, test_new_file_mode, fixture_tear_down);
  g_test_add ("/save/symlink", Fixture, NULL, fixture_set_up, test_symlink, fixture_tear_down);
  g_test_add ("/save/dangling-symlink", Fixture, NULL, fixture_set_up, test_dangling_symlink, fixture_tear_down);
  g_test_add ("/save/symlink-loop", Fixture, NULL, fixture_set_up, test_symlink_loop, fixture_tear_down);
  g_test_add ("/save/directory-target", Fixture, NULL, fixture_set_up, test_directory_target, fixture_tear_down);
  g_test_add ("/save/not-regular-file", Fixture, NULL, fixture_set_up, test_not_regular_file, fixture_tear_down);
  g_test_add ("/save/read-only-folder", Fixture, NULL, fixture_set_up, test_read_only_folder, fixture_tear_down);
  g_test_add ("/save/read-only-file", Fixture, NULL, fixture_set_up, test_read_only_file, fixture_tear_down);

  return g_test_run ();
}
