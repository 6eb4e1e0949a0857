/* test-copies.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Copies that went separate ways, played as the people who edit them:
 * each person is a process with a $XDG_DATA_HOME of their own (so their
 * own store of versions), editing their own file as the window would
 * (entente-test-person) and merging with `entente-cli merge OURS THEIRS`. */

typedef struct
{
  char *dir;
  char *dana;      /* Dana's file */
  char *priya;     /* Priya's copy of it */
} Copies;

static char *
home_of (Copies     *copies,
         const char *person)
{
  return g_build_filename (copies->dir, person, NULL);
}

/* Runs @argv as @person: with their data folder. */
static void
run_as (EntenteTestRun     *run,
        Copies             *copies,
        const char         *person,
        const char * const *argv)
{
  g_autofree char *home = home_of (copies, person);
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", home, TRUE);
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static void
person (Copies     *copies,
        const char *who,
        const char *command,
        const char *file,
        const char *a,
        const char *b,
        const char *c)
{
  const char *argv[] = { g_getenv ("ENTENTE_TEST_PERSON"), command, file, a, b, c, NULL };
  g_auto(EntenteTestRun) run = { 0 };

  run_as (&run, copies, who, argv);
  if (run.status != 0)
    g_printerr ("%s\n", run.err);
  g_assert_cmpint (run.status, ==, 0);
}

static void
merge_as (EntenteTestRun *run,
          Copies         *copies,
          const char     *who,
          const char     *first,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("ENTENTE_CLI"));
  g_ptr_array_add (args, (gpointer) "merge");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_as (run, copies, who, (const char * const *) args->pdata);
}

static void
copies_set_up (Copies        *copies,
               gconstpointer  data)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) bytes = entente_test_read_bytes (example);

  copies->dir = g_dir_make_tmp ("entente-copies-XXXXXX", NULL);
  copies->dana = g_build_filename (copies->dir, "acme.entente", NULL);
  copies->priya = g_build_filename (copies->dir, "acme-priya.entente", NULL);
  g_assert_true (g_file_set_contents (copies->dana, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
}

static void
copies_tear_down (Copies        *copies,
                  gconstpointer  data)
{
  entente_test_remove_tree (copies->dir);
  g_free (copies->dir);
  g_free (copies->dana);
  g_free (copies->priya);
}

/* Dana opens her file, and emails it: Priya's copy is the same bytes. */
static void
email_to_priya (Copies *copies)
{
  g_autofree char *contents = NULL;
  gsize length;

  person (copies, "dana", "open", copies->dana, NULL, NULL, NULL);
  g_assert_true (g_file_get_contents (copies->dana, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copies->priya, contents, (gssize) length, NULL));
}

static EntenteDocument *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EntenteDocument *doc = entente_document_load (file, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static const char *
revenue_of (EntenteDocument *doc)
{
  static char text[64];

  g_ascii_dtostr (text, sizeof text,
                  entente_item_get_double (ENTENTE_ITEM (entente_document_get_goals (doc)), ENTENTE_GOALS_FIELD_REVENUE));
  return text;
}

static int
target_of (EntenteDocument *doc,
           const char      *stage)
{
  GListModel *targets = entente_item_get_list (ENTENTE_ITEM (entente_document_get_goals (doc)),
                                               ENTENTE_GOALS_FIELD_TARGETS);

  for (guint i = 0, n = g_list_model_get_n_items (targets); i < n; i++)
    {
      g_autoptr(EntenteItem) target = g_list_model_get_item (targets, i);

      if (g_strcmp0 (entente_item_get_string (target, ENTENTE_TARGET_FIELD_STAGE), stage) == 0)
        return entente_item_get_int (target, ENTENTE_TARGET_FIELD_COUNT);
    }

  return -1;
}

/* Both edit their copy; Priya sends hers back; Dana merges the two files:
 * every edit of both is kept, from the version they split from. */
static void
test_emailed_copies (Copies        *copies,
                     gconstpointer  data)
{
  g_auto(EntenteTestRun) run = { 0 };
  g_autoptr(EntenteDocument) merged = NULL;

  email_to_priya (copies);
  person (copies, "priya", "set", copies->priya, "goals", "revenue", "300000");
  person (copies, "dana", "target", copies->dana, "customer", "20", NULL);
  person (copies, "dana", "set", copies->dana, "meta", "revision", "4");

  merge_as (&run, copies, "dana", copies->dana, copies->priya, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "acme.entente"));
  g_assert_null (strstr (run.err, "conflict"));

  merged = load (copies->dana);
  g_assert_cmpstr (revenue_of (merged), ==, "300000");
  g_assert_cmpint (target_of (merged, "customer"), ==, 20);
  g_assert_cmpint (entente_item_get_int (ENTENTE_ITEM (entente_document_get_meta (merged)), ENTENTE_META_FIELD_REVISION), ==, 4);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* Dana signs her file; Priya raises the MQL target in her copy; Dana's
 * merge is clean and keeps her sign-off, which the merge outdated, and
 * says so. */
static void
test_sign_off_outdated (Copies        *copies,
                        gconstpointer  data)
{
  g_auto(EntenteTestRun) approve = { 0 };
  g_auto(EntenteTestRun) run = { 0 };
  g_autoptr(EntenteDocument) merged = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *expected = NULL;
  const char *argv[] = { g_getenv ("ENTENTE_CLI"), "approve", copies->dana, "--party", "marketing",
                         "--signer", "Dana Whitfield", "--role", "VP Marketing", NULL };

  email_to_priya (copies);
  run_as (&approve, copies, "dana", argv);
  g_assert_cmpint (approve.status, ==, 0);
  person (copies, "priya", "target", copies->priya, "mql", "450", NULL);

  merge_as (&run, copies, "dana", copies->dana, copies->priya, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.err, "conflict"));
  sentence = g_strdup_printf (_("%1$s’s sign-off for %2$s is outdated by this merge; %3$s must sign again."),
                              "Dana Whitfield", "Marketing", "Marketing");
  expected = g_strdup_printf ("%s: %s\n", copies->dana, sentence);
  if (strstr (run.err, expected) == NULL)
    g_error ("“%s” is not in: %s", expected, run.err);

  merged = load (copies->dana);
  g_assert_cmpint (target_of (merged, "mql"), ==, 450);
  g_assert_cmpint (entente_document_get_sign_off_state (merged, "marketing", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);
}

/* A merge that changes no signed content says nothing of sign-offs. */
static void
test_sign_off_kept (Copies        *copies,
                    gconstpointer  data)
{
  g_auto(EntenteTestRun) approve = { 0 };
  g_auto(EntenteTestRun) run = { 0 };
  const char *argv[] = { g_getenv ("ENTENTE_CLI"), "approve", copies->priya, "--party", "sales",
                         "--signer", "Priya Raman", "--role", "VP Sales", NULL };
  g_autofree char *sentence = g_strdup_printf (_("%1$s’s sign-off for %2$s is outdated by this merge; %3$s must sign again."),
                                               "Priya Raman", "Sales", "Sales");

  email_to_priya (copies);
  run_as (&approve, copies, "priya", argv);
  g_assert_cmpint (approve.status, ==, 0);

  merge_as (&run, copies, "dana", copies->dana, copies->priya, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.err, sentence));
}

/* The merged file goes back to Priya, who edited on meanwhile: her merge
 * finds her own saved version as the common one. */
static void
test_merged_copy_goes_back (Copies        *copies,
                            gconstpointer  data)
{
  g_auto(EntenteTestRun) first = { 0 };
  g_auto(EntenteTestRun) second = { 0 };
  g_autofree char *back = g_build_filename (copies->dir, "acme-back.entente", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(EntenteDocument) merged = NULL;
  gsize length;

  email_to_priya (copies);
  person (copies, "priya", "set", copies->priya, "goals", "revenue", "300000");
  person (copies, "dana", "target", copies->dana, "customer", "20", NULL);
  merge_as (&first, copies, "dana", copies->dana, copies->priya, NULL);
  g_assert_cmpint (first.status, ==, 0);

  g_assert_true (g_file_get_contents (copies->dana, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (back, contents, (gssize) length, NULL));
  person (copies, "priya", "target", copies->priya, "mql", "450", NULL);
  merge_as (&second, copies, "priya", copies->priya, back, NULL);
  g_assert_cmpint (second.status, ==, 0);

  merged = load (copies->priya);
  g_assert_cmpstr (revenue_of (merged), ==, "300000");
  g_assert_cmpint (target_of (merged, "customer"), ==, 20);
  g_assert_cmpint (target_of (merged, "mql"), ==, 450);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* Taking one's own file as the base of the three-file form says that the
 * result is just the other file. */
static void
test_own_file_as_base (Copies        *copies,
                       gconstpointer  data)
{
  g_auto(EntenteTestRun) run = { 0 };
  g_autofree char *out = g_build_filename (copies->dir, "out.entente", NULL);

  email_to_priya (copies);
  person (copies, "priya", "set", copies->priya, "goals", "revenue", "300000");
  merge_as (&run, copies, "dana", copies->dana, copies->dana, copies->priya, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "acme.entente"));
  g_assert_nonnull (strstr (run.err, "OURS"));
}

/* Sam never had the version both copies come from: the merge is two-way,
 * says so, and each difference is a conflict that keeps both values. */
static void
test_two_way (Copies        *copies,
              gconstpointer  data)
{
  g_auto(EntenteTestRun) run = { 0 };
  g_autoptr(EntenteDocument) merged = NULL;
  g_autofree char *sams = g_build_filename (copies->dir, "acme-sam.entente", NULL);
  g_autofree char *contents = NULL;
  GListModel *conflicts;
  gboolean revenue = FALSE, customer = FALSE;
  gsize length;

  email_to_priya (copies);
  person (copies, "priya", "set", copies->priya, "goals", "revenue", "300000");
  person (copies, "dana", "target", copies->dana, "customer", "20", NULL);
  g_assert_true (g_file_get_contents (copies->dana, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (sams, contents, (gssize) length, NULL));

  /* Sam's store has neither version; Dana's copy has no trace of the
   * unedited one except its digest. */
  merge_as (&run, copies, "sam", sams, copies->priya, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "acme-sam.entente"));

  merged = load (sams);
  conflicts = entente_document_get_conflicts (merged);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EntenteConflict) conflict = g_list_model_get_item (conflicts, i);
      const char *path = entente_conflict_get_path (conflict);

      g_assert_null (entente_conflict_get_base (conflict));
      if (g_str_equal (path, "goals/revenue"))
        {
          revenue = TRUE;
          g_assert_cmpstr (entente_conflict_get_theirs (conflict), ==, "300000");
        }
      else
        {
          customer = TRUE;
          g_assert_cmpstr (entente_conflict_get_ours (conflict), ==, "20");
          g_assert_cmpstr (entente_conflict_get_theirs (conflict), ==, "14");
        }
    }
  g_assert_true (revenue && customer);
  /* Ours stays in place until someone resolves. */
  g_assert_cmpint (target_of (merged, "customer"), ==, 20);

  /* There is no "before" to take: it would unset a value both copies
   * have. */
  {
    g_auto(EntenteTestRun) listed = { 0 };
    g_auto(EntenteTestRun) base = { 0 };
    g_autoptr(GBytes) before = entente_test_read_bytes (sams);
    g_autoptr(GBytes) after = NULL;

    entente_test_run_cli (&listed, "conflicts", sams, NULL);
    g_assert_cmpint (listed.status, ==, 1);
    g_assert_nonnull (strstr (listed.out, _("no common version")));
    entente_test_run_cli (&base, "resolve", sams, "conflict-1", "--base", NULL);
    g_assert_cmpint (base.status, ==, 2);
    after = entente_test_read_bytes (sams);
    g_assert_true (g_bytes_equal (before, after));
  }
}

/* A copy of another agreement is not merged without being asked. */
static void
test_unrelated (Copies        *copies,
                gconstpointer  data)
{
  g_autofree char *other = entente_test_example_path ("angkor-retail-km.entente");
  g_autoptr(GBytes) before = entente_test_read_bytes (copies->dana);
  g_autoptr(GBytes) after = NULL;
  g_auto(EntenteTestRun) refused = { 0 };
  g_auto(EntenteTestRun) forced = { 0 };
  g_autofree char *out = g_build_filename (copies->dir, "both.entente", NULL);

  merge_as (&refused, copies, "dana", copies->dana, other, NULL);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_nonnull (strstr (refused.err, "--unrelated"));
  after = entente_test_read_bytes (copies->dana);
  g_assert_true (g_bytes_equal (before, after));

  merge_as (&forced, copies, "dana", "--unrelated", copies->dana, other, "-o", out, NULL);
  g_assert_cmpint (forced.status, ==, 1);
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* A kept version that does not match its digest is thrown away, never
 * used as the base: the merge falls back to two-way and says why. */
static void
test_tampered_store (Copies        *copies,
                     gconstpointer  data)
{
  g_autofree char *home = home_of (copies, "dana");
  g_autofree char *versions = g_build_filename (home, "entente", "versions", NULL);
  g_autoptr(GDir) dir = NULL;
  g_auto(EntenteTestRun) run = { 0 };
  const char *name;

  email_to_priya (copies);
  person (copies, "priya", "set", copies->priya, "goals", "revenue", "300000");
  person (copies, "dana", "target", copies->dana, "customer", "20", NULL);

  /* Every version Dana kept now says something else. */
  dir = g_dir_open (versions, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (versions, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GString) s = NULL;

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      s = g_string_new (text);
      g_string_replace (s, "count=\"400\"", "count=\"401\"", 0);
      g_assert_true (g_file_set_contents (path, s->str, (gssize) s->len, NULL));
    }

  merge_as (&run, copies, "dana", copies->dana, copies->priya, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "sha256:"));
}

/* Whoever cannot keep versions still merges a copy whose common version
 * is the other copy itself. */
static void
test_unwritable_store (Copies        *copies,
                       gconstpointer  data)
{
  g_autofree char *home = home_of (copies, "dana");
  g_autofree char *in_the_way = g_build_filename (home, "entente", NULL);
  g_auto(EntenteTestRun) run = { 0 };
  g_autoptr(EntenteDocument) merged = NULL;

  /* A file where the store's folder would be. */
  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  g_assert_true (g_file_set_contents (in_the_way, "", 0, NULL));

  email_to_priya (copies);
  person (copies, "dana", "target", copies->dana, "customer", "20", NULL);
  merge_as (&run, copies, "dana", copies->dana, copies->priya, NULL);
  g_assert_cmpint (run.status, ==, 0);
  merged = load (copies->dana);
  g_assert_cmpint (target_of (merged, "customer"), ==, 20);
}

int
main (int    argc,
      char **argv)
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/copies/emailed", Copies, NULL, copies_set_up, test_emailed_copies, copies_tear_down);
  g_test_add ("/copies/merged-copy-goes-back", Copies, NULL, copies_set_up, test_merged_copy_goes_back, copies_tear_down);
  g_test_add ("/copies/own-file-as-base", Copies, NULL, copies_set_up, test_own_file_as_base, copies_tear_down);
  g_test_add ("/copies/sign-off-outdated", Copies, NULL, copies_set_up, test_sign_off_outdated, copies_tear_down);
  g_test_add ("/copies/sign-off-kept", Copies, NULL, copies_set_up, test_sign_off_kept, copies_tear_down);
  g_test_add ("/copies/two-way", Copies, NULL, copies_set_up, test_two_way, copies_tear_down);
  g_test_add ("/copies/unrelated", Copies, NULL, copies_set_up, test_unrelated, copies_tear_down);
  g_test_add ("/copies/tampered-store", Copies, NULL, copies_set_up, test_tampered_store, copies_tear_down);
  g_test_add ("/copies/unwritable-store", Copies, NULL, copies_set_up, test_unwritable_store, copies_tear_down);

  return g_test_run ();
}
