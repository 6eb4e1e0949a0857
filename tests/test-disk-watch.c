/* test-disk-watch.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "entente-test-util.h"

/* The file of an open agreement, watched while two people edit it: what
 * a save of the other's asks for, and the merge that keeps both. */

typedef struct
{
  EntenteTestScratch  scratch;
  char               *path;
  EntenteDocument    *ours;
  EntenteDiskWatch   *watch;
  int                 change;   /* -1 until one came */
  EntenteDiskMerge   *merge;    /* taken from the signal */
  guint               n_changes;
} Fixture;

static void
on_changed (EntenteDiskWatch  *watch,
            EntenteDiskChange  change,
            EntenteDiskMerge  *merge,
            Fixture           *f)
{
  f->change = change;
  f->n_changes++;
  if (merge != NULL)
    {
      /* The signal lends the merge; keep what the test reads. */
      g_clear_pointer (&f->merge, entente_disk_merge_free);
      f->merge = g_new0 (EntenteDiskMerge, 1);
      f->merge->merged = g_object_ref (merge->merged);
      f->merge->theirs = g_object_ref (merge->theirs);
      f->merge->incoming = g_ptr_array_ref (merge->incoming);
      f->merge->n_conflicts = merge->n_conflicts;
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EntenteDocument) example = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) base = NULL;

  entente_test_scratch_init (&f->scratch);
  f->path = entente_test_scratch_file (&f->scratch, "acme.entente");
  file = g_file_new_for_path (f->path);
  g_assert_true (entente_document_save (example, file, NULL, &error));
  g_assert_no_error (error);

  f->ours = entente_test_load_file (f->path);
  f->watch = entente_disk_watch_new ();
  f->change = -1;
  entente_disk_watch_set_document (f->watch, f->ours);
  base = entente_document_serialize (f->ours);
  entente_disk_watch_set_base (f->watch, base);
  g_signal_connect (f->watch, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->merge, entente_disk_merge_free);
  g_clear_object (&f->watch);
  g_clear_object (&f->ours);
  g_free (f->path);
  entente_test_scratch_clear (&f->scratch);
}

static gboolean
timed_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until a change came, or for @ms at most. */
static void
wait_for_change (Fixture *f,
                 guint    ms)
{
  gboolean out = FALSE;
  guint source = g_timeout_add (ms, timed_out, &out);

  while (f->n_changes == 0 && !out)
    g_main_context_iteration (NULL, TRUE);
  if (!out)
    g_source_remove (source);
}

/* A colleague opens the file, changes the revenue goal and saves. */
static void
colleague_saves (Fixture *f)
{
  g_autoptr(EntenteDocument) theirs = entente_test_load_file (f->path);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;

  g_object_set (entente_document_get_goals (theirs), "revenue", 300000.0, NULL);
  g_assert_true (entente_document_save (theirs, file, NULL, &error));
  g_assert_no_error (error);
}

/* Edits on both sides: theirs merges into ours, both kept, and their
 * version is the base of the next merge. */
static void
test_merged (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) theirs_bytes = NULL;

  g_object_set (entente_document_get_meta (f->ours), "organization", "Ours Ltd.", NULL);
  g_assert_true (entente_document_get_modified (f->ours));
  colleague_saves (f);
  wait_for_change (f, 10000);

  g_assert_cmpint (f->change, ==, ENTENTE_DISK_CHANGE_MERGED);
  g_assert_nonnull (f->merge);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (f->merge->merged)), ==, "Ours Ltd.");
  g_assert_cmpfloat (entente_goals_get_revenue (entente_document_get_goals (f->merge->merged)), ==, 300000.0);
  g_assert_cmpuint (f->merge->incoming->len, ==, 1);
  g_assert_cmpuint (f->merge->n_conflicts, ==, 0);
  theirs_bytes = entente_document_serialize (f->merge->theirs);
  g_assert_true (g_bytes_equal (entente_disk_watch_get_base (f->watch), theirs_bytes));
}

/* No edits here: their version is to be read as it is. */
static void
test_reload (Fixture       *f,
             gconstpointer  data)
{
  g_assert_false (entente_document_get_modified (f->ours));
  colleague_saves (f);
  wait_for_change (f, 10000);

  g_assert_cmpint (f->change, ==, ENTENTE_DISK_CHANGE_RELOAD);
  g_assert_null (f->merge);
}

/* Edits, and no version to merge over (a draft restored without one):
 * only the person can choose. */
static void
test_ask (Fixture       *f,
          gconstpointer  data)
{
  entente_disk_watch_set_base (f->watch, NULL);
  g_object_set (entente_document_get_meta (f->ours), "organization", "Ours Ltd.", NULL);
  colleague_saves (f);
  wait_for_change (f, 10000);

  g_assert_cmpint (f->change, ==, ENTENTE_DISK_CHANGE_ASK);
  g_assert_null (f->merge);
}

/* Our own save is not someone else's. */
static void
test_own_save (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;

  g_object_set (entente_document_get_meta (f->ours), "organization", "Ours Ltd.", NULL);
  g_assert_true (entente_document_save (f->ours, file, NULL, &error));
  g_assert_no_error (error);
  wait_for_change (f, 1500);

  g_assert_cmpuint (f->n_changes, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/disk-watch/merged", test_merged);
  ADD ("/disk-watch/reload", test_reload);
  ADD ("/disk-watch/ask", test_ask);
  ADD ("/disk-watch/own-save", test_own_save);
#undef ADD

  return g_test_run ();
}
