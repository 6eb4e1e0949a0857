/* test-conflict-describe.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Merge conflicts as people read them: where, in the window's words;
 * each version as a value or an item; whose the versions were; and, for
 * an item deleted on one side, which side the merge kept.  Expected texts
 * are built from the catalogue and the formatter, so that the tests hold
 * in every locale. */

typedef EntenteTestMergeFixture Fixture;

#define TEST(path, func) \
  g_test_add ("/conflict-describe/" path, Fixture, NULL, \
              entente_test_merge_fixture_set_up, func, entente_test_merge_fixture_tear_down)

#define PATH_SEPARATOR g_dpgettext2 (GETTEXT_PACKAGE, "path", " › ")

/* The parts, up to a NULL, as describe_path() joins them. */
G_GNUC_NULL_TERMINATED
static char *
where (const char *first,
       ...)
{
  g_autoptr(GString) s = g_string_new (first);
  va_list ap;

  va_start (ap, first);
  for (const char *part = va_arg (ap, const char *); part != NULL; part = va_arg (ap, const char *))
    {
      g_string_append (s, PATH_SEPARATOR);
      g_string_append (s, part);
    }
  va_end (ap);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* "Name — Label: value", as an item and the fields that set it apart. */
static char *
item_with (const char *name,
           const char *label,
           const char *value)
{
  g_autofree char *field = g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "field and value", "%s: %s"), label, value);

  return g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "item and fields", "%1$s — %2$s"), name, field);
}

static EntenteDocument *
merge_kind (Fixture                 *f,
            EntenteTestConflictKind  kind)
{
  EntenteDocument *merged;

  entente_test_merge_fixture_make_conflict (f, kind);
  merged = entente_test_merge_fixture_merge (f, 1);
  g_assert_cmpstr (entente_conflict_get_path (entente_test_conflict (merged, 0)), ==,
                   entente_test_conflict_case (kind)->path);

  return merged;
}

static void
assert_path (EntenteDocument *document,
             const char      *expected)
{
  g_autofree char *described = entente_conflict_describe_path (document, entente_test_conflict (document, 0));

  g_assert_cmpstr (described, ==, expected);
}

static void
assert_versions (EntenteDocument *document,
                 const char      *base,
                 const char      *ours,
                 const char      *theirs)
{
  EntenteConflict *c = entente_test_conflict (document, 0);
  g_autofree char *b = entente_conflict_describe_version (document, c, ENTENTE_CONFLICT_TAKE_BASE);
  g_autofree char *o = entente_conflict_describe_version (document, c, ENTENTE_CONFLICT_TAKE_OURS);
  g_autofree char *t = entente_conflict_describe_version (document, c, ENTENTE_CONFLICT_TAKE_THEIRS);

  g_assert_cmpstr (b, ==, base);
  g_assert_cmpstr (o, ==, ours);
  g_assert_cmpstr (t, ==, theirs);
}

/* What happened to the item, unnamed, then with the sides named Priya
 * and Dana as a merge names them. */
static void
assert_outcome (EntenteDocument *document,
                const char      *unnamed,
                const char      *named)
{
  EntenteConflict *c = entente_test_conflict (document, 0);
  g_autofree char *before = entente_conflict_describe_outcome (c);
  g_autofree char *after = NULL;

  g_assert_cmpstr (before, ==, unnamed);
  entente_document_name_conflicts (document, 0, "Priya", "Dana");
  after = entente_conflict_describe_outcome (c);
  g_assert_cmpstr (after, ==, named);
}

static char *
duration (const char *iso)
{
  g_autoptr(EntenteDuration) d = entente_duration_parse (iso);

  return entente_format_duration (NULL, d, FALSE);
}

static void
test_scalar (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_SCALAR);
  g_autofree char *expected = where (_("Goals"), _("Committed targets"), "Marketing Qualified Lead", _("Count per period"), NULL);
  g_autofree char *b = entente_format_count (NULL, 400);
  g_autofree char *o = entente_format_count (NULL, 500);
  g_autofree char *t = entente_format_count (NULL, 450);

  assert_path (merged, expected);
  assert_versions (merged, b, o, t);
  g_assert_null (entente_conflict_describe_outcome (entente_test_conflict (merged, 0)));
  g_assert_null (entente_conflict_describe_fields (merged, entente_test_conflict (merged, 0)));
  g_assert_cmpint (entente_conflict_get_kept (entente_test_conflict (merged, 0)), ==, ENTENTE_CONFLICT_TAKE_OURS);
}

/* The target is gone since the merge: its stage still names it. */
static void
test_scalar_gone (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_SCALAR);
  g_autofree char *expected = where (_("Goals"), _("Committed targets"), "Marketing Qualified Lead", _("Count per period"), NULL);
  int i = entente_test_position (entente_test_goals (merged), ENTENTE_GOALS_FIELD_TARGETS, "mql");

  entente_item_remove (entente_test_goals (merged), ENTENTE_GOALS_FIELD_TARGETS, (guint) i);
  assert_path (merged, expected);
}

static void
test_string_list (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_STRING_LIST);
  g_autofree char *expected = where (_("Buyer personas"), "IT Ian", _("Job titles"), NULL);
  const char *comma = g_dpgettext2 (GETTEXT_PACKAGE, "list", ", ");
  g_autofree char *o = g_strjoin (comma, "IT Manager", "Head of IT Operations", NULL);
  g_autofree char *t = g_strjoin (comma, "IT Manager", "Director of IT", "CIO", NULL);
  const char * const *base_titles = entente_item_get_strv (entente_test_persona (f->base, "it-ian"), ENTENTE_PERSONA_FIELD_JOB_TITLES);
  g_autofree char *b = g_strjoinv (comma, (char **) base_titles);

  assert_path (merged, expected);
  assert_versions (merged, b, o, t);
}

static void
test_keyless (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_KEYLESS);
  g_autofree char *expected = where (_("Protocols per stage"), "Marketing Qualified Lead", _("Escalation"), NULL);
  g_autofree char *day = duration ("PT24H");
  g_autofree char *week = duration ("P7D");
  g_autofree char *b = item_with ("SDR manager", _("After"), day);
  g_autofree char *o = item_with ("CRO", _("After"), day);
  g_autofree char *ceo = item_with ("CEO", _("After"), day);
  g_autofree char *board = item_with ("Board", _("After"), week);
  g_autofree char *t = g_strjoin (g_dpgettext2 (GETTEXT_PACKAGE, "entries", " · "), ceo, board, NULL);

  assert_path (merged, expected);
  assert_versions (merged, b, o, t);
  g_assert_null (entente_conflict_describe_outcome (entente_test_conflict (merged, 0)));
}

static void
test_keyless_ours_empty (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_KEYLESS_OURS_EMPTY);
  g_autofree char *day = duration ("PT24H");
  g_autofree char *b = item_with ("SDR manager", _("After"), day);
  g_autofree char *t = item_with ("CEO", _("After"), day);

  assert_versions (merged, b, g_dpgettext2 (GETTEXT_PACKAGE, "conflict version", "none"), t);
}

/* A list without keys by position, and an entry by its text. */
static void
test_by_position (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteItem *criterion;
  g_autofree char *expected = NULL;

  g_object_set (entente_test_nth (entente_test_find (ENTENTE_ITEM (f->ours), ENTENTE_DOCUMENT_FIELD_STAGES, "sql"), ENTENTE_STAGE_FIELD_CRITERIA, 1),
                "points", 2, NULL);
  g_object_set (entente_test_nth (entente_test_find (ENTENTE_ITEM (f->theirs), ENTENTE_DOCUMENT_FIELD_STAGES, "sql"), ENTENTE_STAGE_FIELD_CRITERIA, 1),
                "points", 3, NULL);
  merged = entente_test_merge_fixture_merge (f, 1);
  criterion = entente_test_nth (entente_test_find (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_STAGES, "sql"), ENTENTE_STAGE_FIELD_CRITERIA, 1);

  expected = where (_("Funnel stages"), "Sales Qualified Lead", _("Scoring criteria"),
                    entente_item_get_string (criterion, ENTENTE_CRITERION_FIELD_TEXT), _("Points"), NULL);
  assert_path (merged, expected);
}

/* What this version does not know is shown as recorded. */
static void
test_unknown_path (void)
{
  g_autoptr(EntenteConflict) c = entente_conflict_new ();
  g_autofree char *path = NULL;
  g_autofree char *ours = NULL;

  g_object_set (c, "id", "conflict-1", "path", "goals/nowhere[x]/count", "ours", "1", NULL);
  path = entente_conflict_describe_path (NULL, c);
  ours = entente_conflict_describe_version (NULL, c, ENTENTE_CONFLICT_TAKE_OURS);
  g_assert_cmpstr (path, ==, "goals/nowhere[x]/count");
  g_assert_cmpstr (ours, ==, "1");
  g_assert_null (entente_conflict_describe_outcome (c));
}

static void
test_add_add (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_ADD_ADD);
  EntenteConflict *c = entente_test_conflict (merged, 0);
  g_autofree char *expected = where (_("Buyer personas"), "Finance Fiona", NULL);
  g_autofree char *o = item_with ("Finance Fiona", _("Job titles"), _("not set"));
  g_autofree char *titles = g_strjoin (g_dpgettext2 (GETTEXT_PACKAGE, "list", ", "), "CFO", "Finance Director", NULL);
  g_autofree char *t = item_with ("Fiona from Finance", _("Job titles"), titles);
  g_autofree char *named_expected = g_strdup_printf (_("Added by both %1$s and %2$s, differently; %1$s’s is kept for now."),
                                                     "Priya", "Dana");

  assert_path (merged, expected);
  assert_versions (merged, g_dpgettext2 (GETTEXT_PACKAGE, "conflict version", "none"), o, t);
  g_assert_cmpint (entente_conflict_get_kept (c), ==, ENTENTE_CONFLICT_TAKE_OURS);
  assert_outcome (merged, _("Added in both copies, differently; ours is kept for now."), named_expected);
}

/* Deleted on one side and edited on the other: the merge kept the edit,
 * whichever side made it, and says so. */
static void
test_delete_edit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_DELETE_EDIT);
  EntenteConflict *c = entente_test_conflict (merged, 0);
  const char *summary = entente_item_get_string (entente_test_persona (f->base, "it-ian"), ENTENTE_PERSONA_FIELD_SUMMARY);
  g_autofree char *expected = where (_("Buyer personas"), "IT Ian", NULL);
  g_autofree char *b = item_with ("IT Ian", _("Summary"), summary);
  g_autofree char *t = item_with ("IT Ian", _("Summary"), "Signs off on security.");
  g_autofree char *named_expected = g_strdup_printf (_("Deleted by %1$s, edited by %2$s; %2$s’s edit was kept."),
                                                     "Priya", "Dana");

  assert_path (merged, expected);
  assert_versions (merged, b, g_dpgettext2 (GETTEXT_PACKAGE, "conflict version", "deleted"), t);
  g_assert_cmpint (entente_conflict_get_kept (c), ==, ENTENTE_CONFLICT_TAKE_THEIRS);
  assert_outcome (merged, _("Deleted in our copy, edited in theirs; their edit was kept."), named_expected);
}

static void
test_edit_delete (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_EDIT_DELETE);
  EntenteConflict *c = entente_test_conflict (merged, 0);
  g_autofree char *o = item_with ("IT Ian", _("Summary"), "Signs off on security.");
  g_autofree char *ours = entente_conflict_describe_version (merged, c, ENTENTE_CONFLICT_TAKE_OURS);
  g_autofree char *named_expected = g_strdup_printf (_("Deleted by %1$s, edited by %2$s; %2$s’s edit was kept."),
                                                     "Dana", "Priya");

  g_assert_cmpstr (ours, ==, o);
  g_assert_cmpint (entente_conflict_get_kept (c), ==, ENTENTE_CONFLICT_TAKE_OURS);
  assert_outcome (merged, _("Deleted in their copy, edited in ours; our edit was kept."), named_expected);
}

/* A stage ours deleted and theirs refers to came back unchanged. */
static void
test_restored (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_RESTORED);
  EntenteConflict *c = entente_test_conflict (merged, 0);
  g_autofree char *expected = where (_("Funnel stages"), "Demo booked", NULL);
  g_autofree char *named_expected = g_strdup_printf (_("Deleted by %1$s, still used by %2$s; it was kept."), "Priya", "Dana");

  assert_path (merged, expected);
  assert_versions (merged, "Demo booked", g_dpgettext2 (GETTEXT_PACKAGE, "conflict version", "deleted"), "Demo booked");
  g_assert_cmpint (entente_conflict_get_kept (c), ==, ENTENTE_CONFLICT_TAKE_THEIRS);
  assert_outcome (merged, _("Deleted in our copy, still used in theirs; it was kept."), named_expected);
}

static int
row_index (GPtrArray  *rows,
           const char *label)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((EntenteConflictFieldRow *) rows->pdata[i])->label, label))
      return (int) i;

  return -1;
}

static EntenteConflictFieldRow *
find_row (GPtrArray  *rows,
          const char *label)
{
  int i = row_index (rows, label);

  if (i < 0)
    g_assert_not_reached ();

  return rows->pdata[i];
}

/* Side by side: the item's name first, each field in each version, the
 * one it was edited in marked. */
static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_kind (f, ENTENTE_TEST_CONFLICT_DELETE_EDIT);
  g_autoptr(GPtrArray) rows = entente_conflict_describe_fields (merged, entente_test_conflict (merged, 0));
  EntenteConflictFieldRow *name, *summary, *titles;

  g_assert_nonnull (rows);
  name = rows->pdata[0];
  g_assert_cmpstr (name->label, ==, _("Name"));
  g_assert_null (name->values[ENTENTE_CONFLICT_TAKE_OURS]);
  g_assert_cmpstr (name->values[ENTENTE_CONFLICT_TAKE_THEIRS], ==, "IT Ian");
  g_assert_cmpstr (name->values[ENTENTE_CONFLICT_TAKE_BASE], ==, "IT Ian");
  g_assert_false (name->differs);

  summary = find_row (rows, _("Summary"));
  g_assert_cmpstr (summary->values[ENTENTE_CONFLICT_TAKE_THEIRS], ==, "Signs off on security.");
  g_assert_true (summary->differs);

  titles = find_row (rows, _("Job titles"));
  g_assert_false (titles->differs);

  /* Ids are for the file. */
  g_assert_cmpint (row_index (rows, _("Id")), <, 0);
}

/* Whose the versions were: named from a given conflict on, saved with
 * the document and read back; unnamed, the plain words. */
static void
test_side_names (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteDocument) loaded = NULL;
  g_autofree char *contents = NULL;
  EntenteConflict *first, *second;

  g_object_set (entente_test_target (f->ours, "mql"), "count", 500, NULL);
  g_object_set (entente_test_target (f->theirs, "mql"), "count", 450, NULL);
  g_object_set (entente_document_get_meta (f->ours), "purpose", "Ours", NULL);
  g_object_set (entente_document_get_meta (f->theirs), "purpose", "Theirs", NULL);
  merged = entente_test_merge_fixture_merge (f, 2);

  entente_document_name_conflicts (merged, 1, "Priya", "Dana & <Co>");
  first = entente_test_conflict (merged, 0);
  second = entente_test_conflict (merged, 1);
  g_assert_false (entente_conflict_sides_named (first));
  g_assert_cmpstr (entente_conflict_get_side_label (first, ENTENTE_CONFLICT_TAKE_OURS), ==,
                   g_dpgettext2 (GETTEXT_PACKAGE, "conflict side", "ours"));
  g_assert_cmpstr (entente_conflict_get_side_label (first, ENTENTE_CONFLICT_TAKE_THEIRS), ==,
                   g_dpgettext2 (GETTEXT_PACKAGE, "conflict side", "theirs"));
  g_assert_true (entente_conflict_sides_named (second));
  g_assert_cmpstr (entente_conflict_get_side_label (second, ENTENTE_CONFLICT_TAKE_OURS), ==, "Priya");
  g_assert_cmpstr (entente_conflict_get_side_label (second, ENTENTE_CONFLICT_TAKE_THEIRS), ==, "Dana & <Co>");
  g_assert_cmpstr (entente_conflict_get_side_label (second, ENTENTE_CONFLICT_TAKE_BASE), ==,
                   g_dpgettext2 (GETTEXT_PACKAGE, "conflict side", "before"));

  loaded = entente_test_save_and_load (merged, "named.entente", &contents);
  g_assert_nonnull (strstr (contents, "ours-name=\"Priya\" theirs-name=\"Dana &amp; &lt;Co&gt;\""));
  g_assert_cmpstr (entente_conflict_get_ours_name (entente_test_conflict (loaded, 1)), ==, "Priya");
  g_assert_null (entente_conflict_get_ours_name (entente_test_conflict (loaded, 0)));
  g_assert_true (entente_item_equal (ENTENTE_ITEM (merged), ENTENTE_ITEM (loaded)));

  /* An empty name is no name. */
  entente_document_name_conflicts (merged, 0, "", NULL);
  g_assert_null (entente_conflict_get_ours_name (second));
  g_assert_cmpstr (entente_conflict_get_side_label (second, ENTENTE_CONFLICT_TAKE_OURS), ==,
                   g_dpgettext2 (GETTEXT_PACKAGE, "conflict side", "ours"));
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  TEST ("scalar", test_scalar);
  TEST ("scalar-gone", test_scalar_gone);
  TEST ("string-list", test_string_list);
  TEST ("keyless", test_keyless);
  TEST ("keyless-ours-empty", test_keyless_ours_empty);
  TEST ("by-position", test_by_position);
  TEST ("add-add", test_add_add);
  TEST ("delete-edit", test_delete_edit);
  TEST ("edit-delete", test_edit_delete);
  TEST ("restored", test_restored);
  TEST ("fields", test_fields);
  TEST ("side-names", test_side_names);
  g_test_add_func ("/conflict-describe/unknown-path", test_unknown_path);

  return g_test_run ();
}
