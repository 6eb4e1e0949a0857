/* test-cli-conflicts.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-json.h"
#include "entente-test-util.h"

/* `entente-cli conflicts` and `entente-cli resolve` on each kind of
 * conflict a merge records: each case merges a fixture in core, names
 * the sides Priya and Dana as a merge would, saves the result, lists it
 * and resolves its one conflict with each version in turn, each time on
 * a fresh copy.  A version that can be taken gives the document with
 * that version in place and no conflict left; one that cannot leaves the
 * file as it was, with a sentence that names the file and the conflict. */

typedef struct
{
  EntenteTestMergeFixture  sides;
  EntenteTestScratch       scratch;
  EntenteTestConflictKind  kind;
  EntenteDocument         *merged;
  char                    *path;     /* the merged file */
  GBytes                  *written;  /* what it held when saved */
} Fixture;

#define WHOSE g_dpgettext2 (GETTEXT_PACKAGE, "version and whose", "%1$s (%2$s)")

static const EntenteConflictChoice choices[] = {
  ENTENTE_CONFLICT_TAKE_OURS,
  ENTENTE_CONFLICT_TAKE_THEIRS,
  ENTENTE_CONFLICT_TAKE_BASE,
};

static const char * const options[] = {
  [ENTENTE_CONFLICT_TAKE_OURS] = "--ours",
  [ENTENTE_CONFLICT_TAKE_THEIRS] = "--theirs",
  [ENTENTE_CONFLICT_TAKE_BASE] = "--base",
};

static void
save_to (EntenteDocument *document,
         const char      *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  entente_document_save (document, file, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->kind = GPOINTER_TO_UINT (data);
  entente_test_merge_fixture_set_up (&f->sides, NULL);
  entente_test_scratch_init (&f->scratch);
  entente_test_merge_fixture_make_conflict (&f->sides, f->kind);
  f->merged = entente_test_merge_fixture_merge (&f->sides, 1);
  entente_document_name_conflicts (f->merged, 0, "Priya", "Dana");
  f->path = entente_test_scratch_file (&f->scratch, "acme.entente");
  save_to (f->merged, f->path);
  f->written = entente_test_read_bytes (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->written, g_bytes_unref);
  g_clear_pointer (&f->path, g_free);
  g_clear_object (&f->merged);
  entente_test_scratch_clear (&f->scratch);
  entente_test_merge_fixture_tear_down (&f->sides, NULL);
}

static EntenteDocument *
side (Fixture               *f,
      EntenteConflictChoice  choice)
{
  return choice == ENTENTE_CONFLICT_TAKE_OURS ? f->sides.ours
       : choice == ENTENTE_CONFLICT_TAKE_THEIRS ? f->sides.theirs : f->sides.base;
}

/* Whether @choice is refused for the case's conflict, and why. */
static gboolean
refused (EntenteTestConflictKind kind,
         EntenteConflictChoice   choice)
{
  /* Ours removed the entries theirs edited: nothing tells where theirs'
   * or the base's would go. */
  if (kind == ENTENTE_TEST_CONFLICT_KEYLESS_OURS_EMPTY)
    return choice != ENTENTE_CONFLICT_TAKE_OURS;
  /* Deleting the stage again would leave theirs' new target dangling. */
  if (kind == ENTENTE_TEST_CONFLICT_RESTORED)
    return choice == ENTENTE_CONFLICT_TAKE_OURS;

  return FALSE;
}

static void
assert_same_place (EntenteDocument       *document,
                   EntenteDocument       *expected,
                   EntenteTestConflictKind kind)
{
  EntenteItem *got = entente_test_conflict_subject (kind, document);
  EntenteItem *want = entente_test_conflict_subject (kind, expected);

  if (want == NULL)
    g_assert_null (got);
  else
    g_assert_true (got != NULL && entente_item_equal (got, want));
}

/* The listing names the place and every version, whole, with whose it
 * was; what happened to an item; and what cannot be taken. */
static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  EntenteConflict *conflict = entente_test_conflict (f->merged, 0);
  g_autofree char *where = entente_conflict_describe_path (f->merged, conflict);
  g_autofree char *outcome = entente_conflict_describe_outcome (conflict);
  g_autofree char *head = g_strdup_printf ("conflict-1  %s", where);
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) json = { 0 };

  entente_test_run_cli (&run, "conflicts", f->path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, head));
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autofree char *version = entente_conflict_describe_version (f->merged, conflict, choices[i]);
      g_autofree char *whose = g_strdup_printf (WHOSE, version,
                                                entente_conflict_get_side_label (conflict, choices[i]));

      g_assert_nonnull (strstr (run.out, whose));
    }
  if (outcome != NULL)
    g_assert_nonnull (strstr (run.out, outcome));
  /* The versions entente_conflict_can_take() refuses, on one line; a
   * version the document refuses (a stage still referred to) shows only
   * when taken. */
  {
    const char *sentence = _("Cannot be resolved with %s.");
    g_autofree char *prefix = g_strndup (sentence, (gsize) (strstr (sentence, "%s") - sentence));
    const char *line = strstr (run.out, prefix);
    g_autofree char *cannot = line != NULL ? g_strndup (line, strcspn (line, "\n")) : g_strdup ("");

    for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
      g_assert_true ((strstr (cannot, options[choices[i]]) != NULL) ==
                     (refused (f->kind, choices[i]) && f->kind != ENTENTE_TEST_CONFLICT_RESTORED));
  }
  g_assert_nonnull (strstr (run.err, "acme.entente"));

  entente_test_run_cli (&json, "conflicts", "--json", f->path, NULL);
  g_assert_cmpint (json.status, ==, 1);
  entente_test_assert_json_contains (json.out, "{\"id\": \"conflict-1\"}");
  g_assert_nonnull (strstr (json.out, entente_test_conflict_case (f->kind)->path));
  g_assert_cmpstr (json.err, ==, "");
}

static void
resolve_with (Fixture               *f,
              EntenteConflictChoice  choice)
{
  g_autofree char *name = g_strdup_printf ("resolved-%s.entente", options[choice] + 2);
  g_autofree char *copy = entente_test_scratch_file (&f->scratch, name);
  g_autoptr(GBytes) after = NULL;
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) list = { 0 };

  g_assert_true (g_file_set_contents (copy, g_bytes_get_data (f->written, NULL), (gssize) g_bytes_get_size (f->written), NULL));
  entente_test_run_cli (&run, "resolve", copy, "conflict-1", options[choice], NULL);

  if (refused (f->kind, choice))
    {
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, name));
      g_assert_nonnull (strstr (run.err, "conflict-1"));
      g_assert_nonnull (strstr (run.err, options[choice]));
      after = entente_test_read_bytes (copy);
      g_assert_true (g_bytes_equal (after, f->written));
      return;
    }

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "conflict-1"));

  {
    g_autoptr(EntenteDocument) resolved = entente_test_load_file (copy);

    g_assert_cmpuint (entente_document_get_n_conflicts (resolved), ==, 0);
    assert_same_place (resolved, side (f, choice), f->kind);
  }
  entente_test_assert_schema_accepts (copy);

  entente_test_run_cli (&list, "conflicts", copy, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_true (g_str_has_prefix (list.out, _("No conflicts.")));
}

static void
test_resolve (Fixture       *f,
              gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    resolve_with (f, choices[i]);
}

/* A merge of acme with one conflict of @kind, saved in @scratch;
 * @named: with the sides named as a merge names them. */
static char *
write_merged (EntenteTestScratch      *scratch,
              EntenteTestConflictKind  kind,
              gboolean                 named)
{
  EntenteTestMergeFixture sides = { 0 };
  g_autoptr(EntenteDocument) merged = NULL;
  char *path = entente_test_scratch_file (scratch, named ? "named.entente" : "unnamed.entente");

  entente_test_merge_fixture_set_up (&sides, NULL);
  entente_test_merge_fixture_make_conflict (&sides, kind);
  merged = entente_test_merge_fixture_merge (&sides, 1);
  if (named)
    entente_document_name_conflicts (merged, 0, "Priya", "Dana");
  save_to (merged, path);
  entente_test_merge_fixture_tear_down (&sides, NULL);

  return path;
}

/* "conflict-1  Goals › … › Count per period: 400 (before) / 500 (W1) /
 * 450 (W2)", in the words and numbers of the locale. */
static char *
scalar_line (const char *ours,
             const char *theirs)
{
  g_autofree char *where = g_strjoin (g_dpgettext2 (GETTEXT_PACKAGE, "path", " › "),
                                      _("Goals"), _("Committed targets"), "Marketing Qualified Lead",
                                      _("Count per period"), NULL);
  g_autofree char *before = entente_format_count (NULL, 400);
  g_autofree char *five = entente_format_count (NULL, 500);
  g_autofree char *four = entente_format_count (NULL, 450);
  g_autofree char *b = g_strdup_printf (WHOSE, before, g_dpgettext2 (GETTEXT_PACKAGE, "conflict side", "before"));
  g_autofree char *o = g_strdup_printf (WHOSE, five, ours);
  g_autofree char *t = g_strdup_printf (WHOSE, four, theirs);
  g_autofree char *versions = g_strjoin (" / ", b, o, t, NULL);
  g_autofree char *line = g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "where and versions", "%1$s: %2$s"),
                                           where, versions);

  return g_strdup_printf ("conflict-1  %s\n", line);
}

/* The line of the issue, exactly; unnamed, the plain words. */
static void
test_line (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *named = NULL;
  g_autofree char *unnamed = NULL;
  g_autofree char *named_line = scalar_line ("Priya", "Dana");
  g_autofree char *unnamed_line = scalar_line (g_dpgettext2 (GETTEXT_PACKAGE, "conflict side", "ours"),
                                               g_dpgettext2 (GETTEXT_PACKAGE, "conflict side", "theirs"));
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) plain = { 0 };

  entente_test_scratch_init (&scratch);
  named = write_merged (&scratch, ENTENTE_TEST_CONFLICT_SCALAR, TRUE);
  unnamed = write_merged (&scratch, ENTENTE_TEST_CONFLICT_SCALAR, FALSE);

  entente_test_run_cli (&run, "conflicts", named, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, named_line);
  entente_test_run_cli (&plain, "conflicts", unnamed, NULL);
  g_assert_cmpint (plain.status, ==, 1);
  g_assert_cmpstr (plain.out, ==, unnamed_line);
}

static void
test_none (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) json = { 0 };
  g_autofree char *expected = g_strdup_printf ("%s\n", _("No conflicts."));

  entente_test_run_cli (&run, "conflicts", acme, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
  entente_test_run_cli (&json, "conflicts", "--json", acme, NULL);
  g_assert_cmpint (json.status, ==, 0);
  entente_test_assert_json_equal (json.out, "{\"conflicts\": []}");
}

/* A wrong command line, an unknown conflict or an unreadable file: a
 * sentence, and the file as it was. */
static void
test_bad_input (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_auto(EntenteTestRun) no_choice = { 0 };
  g_auto(EntenteTestRun) two_choices = { 0 };
  g_auto(EntenteTestRun) no_id = { 0 };
  g_auto(EntenteTestRun) unknown = { 0 };
  g_auto(EntenteTestRun) unreadable = { 0 };
  g_auto(EntenteTestRun) list_unreadable = { 0 };
  g_auto(EntenteTestRun) list_usage = { 0 };

  entente_test_scratch_init (&scratch);
  path = write_merged (&scratch, ENTENTE_TEST_CONFLICT_SCALAR, TRUE);
  missing = entente_test_scratch_file (&scratch, "missing.entente");
  before = entente_test_read_bytes (path);

  entente_test_run_cli (&no_choice, "resolve", path, "conflict-1", NULL);
  g_assert_cmpint (no_choice.status, ==, 2);
  g_assert_nonnull (strstr (no_choice.err, "--ours"));
  entente_test_run_cli (&two_choices, "resolve", path, "conflict-1", "--ours", "--theirs", NULL);
  g_assert_cmpint (two_choices.status, ==, 2);
  entente_test_run_cli (&no_id, "resolve", path, "--ours", NULL);
  g_assert_cmpint (no_id.status, ==, 2);

  entente_test_run_cli (&unknown, "resolve", path, "conflict-9", "--theirs", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_cmpstr (unknown.out, ==, "");
  g_assert_nonnull (strstr (unknown.err, "named.entente"));
  g_assert_nonnull (strstr (unknown.err, "“conflict-9”"));

  after = entente_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  entente_test_run_cli (&unreadable, "resolve", missing, "conflict-1", "--theirs", NULL);
  g_assert_cmpint (unreadable.status, ==, 1);
  g_assert_nonnull (strstr (unreadable.err, "missing.entente"));
  entente_test_run_cli (&list_unreadable, "conflicts", missing, NULL);
  g_assert_cmpint (list_unreadable.status, ==, 2);
  entente_test_run_cli (&list_usage, "conflicts", NULL);
  g_assert_cmpint (list_usage.status, ==, 2);
}

/* What a file holds cannot steer the terminal: control characters (a
 * C1 CSI, which XML allows) and bidi ones are shown escaped, and nothing
 * is cut. */
static void
test_escaped (void)
{
  EntenteTestMergeFixture sides = { 0 };
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autoptr(EntenteDocument) merged = NULL;
  g_autofree char *path = NULL;
  g_autofree char *long_text = g_strnfill (300, 'x');
  g_autofree char *ours = g_strconcat ("Evil\u202Eexe.txt\nsecond line\xc2\x9b" "2J", long_text, NULL);
  g_auto(EntenteTestRun) run = { 0 };

  entente_test_scratch_init (&scratch);
  entente_test_merge_fixture_set_up (&sides, NULL);
  g_object_set (entente_document_get_meta (sides.ours), "purpose", ours, NULL);
  g_object_set (entente_document_get_meta (sides.theirs), "purpose", "Theirs", NULL);
  merged = entente_test_merge_fixture_merge (&sides, 1);
  path = entente_test_scratch_file (&scratch, "evil.entente");
  save_to (merged, path);
  entente_test_merge_fixture_tear_down (&sides, NULL);

  entente_test_run_cli (&run, "conflicts", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_null (strstr (run.out, "\u202E"));
  g_assert_null (strstr (run.out, "\xc2\x9b"));
  g_assert_nonnull (strstr (run.out, "Evil\\u{202e}exe.txt\\nsecond line\\u{009b}2J"));
  g_assert_nonnull (strstr (run.out, long_text));
  /* One entry, one line. */
  g_assert_cmpuint (strlen (run.out), ==, (gsize) (strchr (run.out, '\n') - run.out) + 1);
}

static void
add_case (EntenteTestConflictKind  kind,
          const char              *what,
          void                   (*test) (Fixture *, gconstpointer))
{
  g_autofree char *path = g_strdup_printf ("/cli-conflicts/%s/%s", what, entente_test_conflict_case (kind)->name);

  g_test_add (path, Fixture, GUINT_TO_POINTER (kind), fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  for (guint kind = 0; kind < ENTENTE_TEST_N_CONFLICT_KINDS; kind++)
    {
      add_case (kind, "list", test_list);
      add_case (kind, "resolve", test_resolve);
    }
  g_test_add_func ("/cli-conflicts/line", test_line);
  g_test_add_func ("/cli-conflicts/none", test_none);
  g_test_add_func ("/cli-conflicts/bad-input", test_bad_input);
  g_test_add_func ("/cli-conflicts/escaped", test_escaped);

  return g_test_run ();
}
