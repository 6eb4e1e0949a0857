/* test-conflicted-copy.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* The names sync tools give to the version of a file they could not put
 * in its place, and names that only look like them. */

typedef struct
{
  const char *original;
  const char *candidate;
  const char *who;  /* NULL: the name says no one */
} Match;

static void
test_matches (void)
{
  static const Match matches[] = {
    /* Nextcloud */
    { "acme.entente", "acme (conflicted copy 2026-12-06 093612).entente", NULL },
    { "Sales SLA.entente", "Sales SLA (conflicted copy 2024-02-29 235960).entente", NULL },
    /* Syncthing */
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEFG.entente", NULL },
    { "acme.v2.entente", "acme.v2.sync-conflict-20261206-093612-Z2345A7.entente", NULL },
    /* Dropbox */
    { "acme.entente", "acme (Priya's conflicted copy 2026-12-06).entente", "Priya" },
    { "acme.entente", "acme (Priya’s conflicted copy 2026-12-06).entente", "Priya" },
    { "acme.entente", "acme (Priya's MacBook's conflicted copy 2026-12-06).entente", "Priya's MacBook" },
    { "acme.entente", "acme (Dana Kim's conflicted copy 2026-12-06) (2).entente", "Dana Kim" },
    { "acme.entente", "acme (ប្រិយា's conflicted copy 2026-12-06).entente", "ប្រិយា" },
    /* Without an extension */
    { "acme", "acme (conflicted copy 2026-12-06 093612)", NULL },
    { "acme", "acme.sync-conflict-20261206-093612-ABCDEFG", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (matches); i++)
    {
      /* Whatever it held is replaced: the function sets it on every call. */
      g_autofree char *who = NULL;

      g_test_message ("%s", matches[i].candidate);
      g_assert_true (entente_conflicted_copy_match (matches[i].original, matches[i].candidate, &who));
      g_assert_cmpstr (who, ==, matches[i].who);
      g_assert_true (entente_conflicted_copy_match (matches[i].original, matches[i].candidate, NULL));
    }
}

static void
test_near_misses (void)
{
  static const Match misses[] = {
    /* The file itself, and copies named by hand */
    { "acme.entente", "acme.entente", NULL },
    { "acme.entente", "acme (copy).entente", NULL },
    { "acme.entente", "acme (2).entente", NULL },
    { "acme.entente", "Copy of acme.entente", NULL },
    /* Another file's copy */
    { "acme.entente", "acme2 (conflicted copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", "acm (conflicted copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", "xacme.sync-conflict-20261206-093612-ABCDEFG.entente", NULL },
    { "acme (2).entente", "acme (conflicted copy 2026-12-06 093612).entente", NULL },
    /* Another extension */
    { "acme.entente", "acme (conflicted copy 2026-12-06 093612).entente.part", NULL },
    { "acme.entente", "acme (conflicted copy 2026-12-06 093612).xml", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEFG.entente~", NULL },
    /* Nextcloud, not quite */
    { "acme.entente", "acme (conflicted copy 2026-12-06).entente", NULL },
    { "acme.entente", "acme (conflicted copy 2026-13-06 093612).entente", NULL },
    { "acme.entente", "acme (conflicted copy 2026-02-30 093612).entente", NULL },
    { "acme.entente", "acme (conflicted copy 2026-12-06 253612).entente", NULL },
    { "acme.entente", "acme (Conflicted Copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", "acme (conflicted copy 2026-12-06 093612) (1).entente", NULL },
    { "acme.entente", "acme(conflicted copy 2026-12-06 093612).entente", NULL },
    /* Syncthing, not quite */
    { "acme.entente", "acme.sync-conflict-20261206-093612.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEF.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEFGH.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-abcdefg.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEF1.entente", NULL },
    { "acme.entente", "acme.sync-conflict-2026-12-06-093612-ABCDEFG.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261232-093612-ABCDEFG.entente", NULL },
    /* Dropbox, not quite */
    { "acme.entente", "acme ('s conflicted copy 2026-12-06).entente", NULL },
    { "acme.entente", "acme (Priya's copy 2026-12-06).entente", NULL },
    { "acme.entente", "acme (Priya's conflicted copy).entente", NULL },
    { "acme.entente", "acme (Priya's conflicted copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", "acme (Priya's conflicted copy 2026-12-06) (x).entente", NULL },
    { "acme.entente", "acme (Priya's conflicted copy 2026-12-06)(1).entente", NULL },
    { "acme.entente", "acme (a) (Priya's conflicted copy 2026-12-06).entente", NULL },
    /* Hidden files and temporary files of a save */
    { "acme.entente", ".acme (conflicted copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", ".acme.entente.XYZ123", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (misses); i++)
    {
      /* Whatever it held is replaced: the function sets it on every call. */
      g_autofree char *who = NULL;

      g_test_message ("%s", misses[i].candidate);
      g_assert_false (entente_conflicted_copy_match (misses[i].original, misses[i].candidate, &who));
      g_assert_null (who);
    }
}

static void
write_text (const char *folder,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static gboolean
offers (EntenteCopyWatch *watch,
        const char       *name)
{
  GFile *copy = entente_copy_watch_peek (watch, NULL);
  g_autofree char *basename = copy ? g_file_get_basename (copy) : NULL;

  return g_strcmp0 (basename, name) == 0;
}

static gboolean
time_is_up (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The folder monitor tells in its own time. */
static void
wait_until_offered (EntenteCopyWatch *watch,
                    const char       *name)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, time_is_up, &timed_out);

  while (!offers (watch, name) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
  g_assert_true (offers (watch, name));
}

static void
count_changes (guint *n)
{
  (*n)++;
}

/* A watch finds the copies already beside the file, then those that
 * arrive; one set aside is not offered again, one removed is forgotten. */
static void
test_watch (void)
{
  g_auto(EntenteTestScratch) scratch = { 0, };
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nextcloud = NULL;
  g_autoptr(EntenteCopyWatch) watch = NULL;
  g_autofree char *who = NULL;
  const char *nextcloud_name = "acme (conflicted copy 2026-12-06 093612).entente";
  const char *dropbox_name = "acme (Priya's conflicted copy 2026-12-06).entente";
  guint n_changes = 0;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "acme.entente");
  write_text (scratch.path, "acme.entente", "ours");
  write_text (scratch.path, nextcloud_name, "theirs");
  write_text (scratch.path, "notes.txt", "");
  file = g_file_new_for_path (path);

  watch = entente_copy_watch_new (file);
  g_signal_connect_swapped (watch, "changed", G_CALLBACK (count_changes), &n_changes);
  g_assert_true (g_file_equal (entente_copy_watch_get_file (watch), file));
  g_assert_true (offers (watch, nextcloud_name));
  nextcloud = g_object_ref (entente_copy_watch_peek (watch, &who));
  g_assert_null (who);

  entente_copy_watch_set_aside (watch, nextcloud);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_null (entente_copy_watch_peek (watch, NULL));

  /* Written as GLib writes, through a temporary name. */
  write_text (scratch.path, dropbox_name, "theirs");
  wait_until_offered (watch, dropbox_name);
  entente_copy_watch_peek (watch, &who);
  g_assert_cmpstr (who, ==, "Priya");

  /* Gone, it is forgotten. */
  {
    g_autofree char *dropbox_path = g_build_filename (scratch.path, dropbox_name, NULL);

    g_assert_cmpint (g_unlink (dropbox_path), ==, 0);
  }
  wait_until_offered (watch, NULL);

  /* Rewritten, the copy set aside stays aside: the next one offered is
   * the one that came after it. */
  write_text (scratch.path, nextcloud_name, "theirs again");
  write_text (scratch.path, "acme.sync-conflict-20261207-101500-ABCDEFG.entente", "theirs");
  wait_until_offered (watch, "acme.sync-conflict-20261207-101500-ABCDEFG.entente");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/conflicted-copy/matches", test_matches);
  g_test_add_func ("/conflicted-copy/near-misses", test_near_misses);
  g_test_add_func ("/conflicted-copy/watch", test_watch);

  return g_test_run ();
}
