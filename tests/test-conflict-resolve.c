/* test-conflict-resolve.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Resolving merge conflicts by taking ours, theirs or the base: each test
 * loads acme-saas three times as BASE, OURS and THEIRS, edits OURS and
 * THEIRS through the model, merges them with entente_merge(), and
 * resolves the conflicts it recorded. */

typedef EntenteTestMergeFixture Fixture;

#define TEST(path, func) \
  g_test_add ("/conflict-resolve/" path, Fixture, NULL, \
              entente_test_merge_fixture_set_up, func, entente_test_merge_fixture_tear_down)

static EntenteDocument *
merge (Fixture *f,
       guint    expected)
{
  EntenteDocument *merged = entente_test_merge_fixture_merge (f, expected);

  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, expected);

  return merged;
}

static int
target_count (EntenteDocument *document,
              const char      *stage)
{
  return entente_item_get_int (entente_test_target (document, stage), ENTENTE_TARGET_FIELD_COUNT);
}

static EntenteItem *
protocol (EntenteDocument *document,
          const char      *stage)
{
  return entente_test_find (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, stage);
}

/* The conflict at @path. */
static EntenteConflict *
conflict_at (EntenteDocument *document,
             const char      *path)
{
  for (guint i = 0; i < entente_document_get_n_conflicts (document); i++)
    if (g_strcmp0 (entente_conflict_get_path (entente_test_conflict (document, i)), path) == 0)
      return entente_test_conflict (document, i);

  g_assert_not_reached ();
}

static void
resolve (EntenteDocument       *document,
         const char            *path,
         EntenteConflictChoice  choice)
{
  g_autoptr(GError) error = NULL;
  EntenteConflict *c = conflict_at (document, path);

  g_assert_true (entente_conflict_can_take (c, choice));
  g_assert_true (entente_document_resolve_conflict (document, c, choice, &error));
  g_assert_no_error (error);
}

/* The escalation of @document's MQL protocol, as "to|to|…". */
static char *
escalation (EntenteDocument *document)
{
  EntenteItem *p = protocol (document, "mql");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < entente_test_count (p, ENTENTE_PROTOCOL_FIELD_ESCALATION); i++)
    g_ptr_array_add (names, (gpointer) entente_item_get_string (entente_test_nth (p, ENTENTE_PROTOCOL_FIELD_ESCALATION, i),
                                                                ENTENTE_ESCALATION_STEP_FIELD_TO));
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("|", (char **) names->pdata);
}

/* MQL target: 400 in the base, 500 in ours, 450 in theirs. */
static EntenteDocument *
merge_target_count (Fixture *f)
{
  EntenteDocument *merged;

  g_object_set (entente_test_target (f->ours, "mql"), "count", 500, NULL);
  g_object_set (entente_test_target (f->theirs, "mql"), "count", 450, NULL);

  merged = merge (f, 1);
  g_assert_cmpstr (entente_conflict_get_path (entente_test_conflict (merged, 0)), ==, "goals/targets[mql]/count");
  g_assert_cmpint (target_count (merged, "mql"), ==, 500);

  return merged;
}

/* A refusal names the place of the conflict as people read it. */
static void
assert_names_place (const GError    *error,
                    EntenteDocument *doc,
                    EntenteConflict *conflict)
{
  g_autofree char *where = entente_conflict_describe_path (doc, conflict);

  g_assert_nonnull (error);
  if (strstr (error->message, where) == NULL)
    g_error ("“%s” does not name “%s”", error->message, where);
}

static void
test_value_theirs (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_target_count (f);

  g_assert_true (entente_conflict_can_take (entente_test_conflict (merged, 0), ENTENTE_CONFLICT_TAKE_OURS));
  g_assert_true (entente_conflict_can_take (entente_test_conflict (merged, 0), ENTENTE_CONFLICT_TAKE_THEIRS));
  g_assert_true (entente_conflict_can_take (entente_test_conflict (merged, 0), ENTENTE_CONFLICT_TAKE_BASE));

  resolve (merged, "goals/targets[mql]/count", ENTENTE_CONFLICT_TAKE_THEIRS);
  g_assert_cmpint (target_count (merged, "mql"), ==, 450);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
  g_assert_true (entente_document_get_modified (merged));
}

static void
test_value_base (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_target_count (f);

  resolve (merged, "goals/targets[mql]/count", ENTENTE_CONFLICT_TAKE_BASE);
  g_assert_cmpint (target_count (merged, "mql"), ==, 400);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

static void
test_value_ours (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_target_count (f);

  resolve (merged, "goals/targets[mql]/count", ENTENTE_CONFLICT_TAKE_OURS);
  g_assert_cmpint (target_count (merged, "mql"), ==, 500);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* In a group, one undo brings back both the value and the conflict. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_target_count (f);
  g_autoptr(EntenteHistory) history = entente_history_new (merged);
  EntenteConflict *c = entente_test_conflict (merged, 0);
  g_autoptr(GError) error = NULL;

  entente_history_begin_group (history);
  g_assert_true (entente_document_resolve_conflict (merged, c, ENTENTE_CONFLICT_TAKE_THEIRS, &error));
  entente_history_end_group (history);
  g_assert_no_error (error);
  g_assert_cmpint (target_count (merged, "mql"), ==, 450);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);

  entente_history_undo (history);
  g_assert_cmpint (target_count (merged, "mql"), ==, 500);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 1);
  g_assert_true (entente_test_conflict (merged, 0) == c);
  g_assert_false (entente_history_get_can_undo (history));

  entente_history_redo (history);
  g_assert_cmpint (target_count (merged, "mql"), ==, 450);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* A value inside an item of a list without keys, found by position. */
static void
test_value_by_position (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteItem *sql;

  g_object_set (entente_test_nth (entente_test_find (ENTENTE_ITEM (f->ours), ENTENTE_DOCUMENT_FIELD_STAGES, "sql"), ENTENTE_STAGE_FIELD_CRITERIA, 1),
                "points", 2, NULL);
  g_object_set (entente_test_nth (entente_test_find (ENTENTE_ITEM (f->theirs), ENTENTE_DOCUMENT_FIELD_STAGES, "sql"), ENTENTE_STAGE_FIELD_CRITERIA, 1),
                "points", 3, NULL);

  merged = merge (f, 1);
  resolve (merged, "stages[sql]/criteria[2]/points", ENTENTE_CONFLICT_TAKE_THEIRS);
  sql = entente_test_find (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_STAGES, "sql");
  g_assert_cmpint (entente_item_get_int (entente_test_nth (sql, ENTENTE_STAGE_FIELD_CRITERIA, 1), ENTENTE_CRITERION_FIELD_POINTS), ==, 3);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* Ian's second job title renamed differently on both sides. */
static void
test_string_list (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteConflict *c;

  entente_test_set_strv (entente_test_persona (f->ours, "it-ian"), "job-titles", "IT Manager", "Head of IT Operations", NULL);
  entente_test_set_strv (entente_test_persona (f->theirs, "it-ian"), "job-titles", "IT Manager", "Director of IT", "CIO", NULL);

  merged = merge (f, 1);
  c = entente_test_conflict (merged, 0);
  g_assert_cmpstr (entente_conflict_get_path (c), ==, "personas[it-ian]/job-titles");
  g_assert_cmpstr (entente_conflict_get_theirs (c), ==, "IT Manager\nDirector of IT\nCIO");
  entente_test_assert_strv (entente_test_persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_JOB_TITLES, "IT Manager|Head of IT Operations");

  resolve (merged, "personas[it-ian]/job-titles", ENTENTE_CONFLICT_TAKE_THEIRS);
  entente_test_assert_strv (entente_test_persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_JOB_TITLES, "IT Manager|Director of IT|CIO");
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* Deleted on one side, edited on the other: taking the deleting side
 * deletes the item the merge kept, whichever side it is; taking the
 * editing side keeps it. */
static void
test_delete_edit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  entente_test_remove_persona (f->ours, "it-ian");
  g_object_set (entente_test_persona (f->theirs, "it-ian"), "summary", "Signs off on security.", NULL);
  g_object_set (entente_test_persona (f->ours, "ops-olivia"), "summary", "Runs operations.", NULL);
  entente_test_remove_persona (f->theirs, "ops-olivia");

  merged = merge (f, 2);
  g_assert_nonnull (entente_test_persona (merged, "it-ian"));
  g_assert_nonnull (entente_test_persona (merged, "ops-olivia"));
  g_assert_null (entente_conflict_get_ours (conflict_at (merged, "personas[it-ian]")));
  g_assert_null (entente_conflict_get_theirs (conflict_at (merged, "personas[ops-olivia]")));

  resolve (merged, "personas[it-ian]", ENTENTE_CONFLICT_TAKE_OURS);
  g_assert_null (entente_test_persona (merged, "it-ian"));
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 1);

  resolve (merged, "personas[ops-olivia]", ENTENTE_CONFLICT_TAKE_THEIRS);
  g_assert_null (entente_test_persona (merged, "ops-olivia"));
  g_assert_cmpuint (entente_test_count (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_PERSONAS), ==, 0);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

static void
test_delete_edit_keep (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  entente_test_remove_persona (f->ours, "it-ian");
  g_object_set (entente_test_persona (f->theirs, "it-ian"), "summary", "Signs off on security.", NULL);

  merged = merge (f, 1);
  resolve (merged, "personas[it-ian]", ENTENTE_CONFLICT_TAKE_THEIRS);
  g_assert_cmpstr (entente_item_get_string (entente_test_persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_SUMMARY),
                   ==, "Signs off on security.");
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* The same id added differently on both sides: theirs' item, read from
 * its XML, replaces ours' at its place; the base had none. */
static void
test_add_add_replace (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  entente_test_add_persona (f->ours, "finance-fiona", "Finance Fiona");
  entente_test_add_persona (f->theirs, "finance-fiona", "Fiona from Finance");
  entente_test_set_strv (entente_test_persona (f->theirs, "finance-fiona"), "job-titles", "CFO", "Finance Director", NULL);

  merged = merge (f, 1);
  resolve (merged, "personas[finance-fiona]", ENTENTE_CONFLICT_TAKE_THEIRS);
  g_assert_cmpint (entente_test_position (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_PERSONAS, "finance-fiona"), ==, 2);
  g_assert_true (entente_item_equal (entente_test_persona (merged, "finance-fiona"), entente_test_persona (f->theirs, "finance-fiona")));
  g_assert_true (entente_item_get_parent (entente_test_persona (merged, "finance-fiona")) == ENTENTE_ITEM (merged));
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

static void
test_add_add_base (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  entente_test_add_persona (f->ours, "finance-fiona", "Finance Fiona");
  entente_test_add_persona (f->theirs, "finance-fiona", "Fiona from Finance");

  merged = merge (f, 1);
  resolve (merged, "personas[finance-fiona]", ENTENTE_CONFLICT_TAKE_BASE);
  g_assert_null (entente_test_persona (merged, "finance-fiona"));
  g_assert_cmpuint (entente_test_count (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_PERSONAS), ==, 2);
}

/* A run of a list without keys: ours edited the first escalation step,
 * theirs edited it otherwise and added one after it. */
static void
test_keyless_run (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteItem) step = ENTENTE_ITEM (entente_escalation_step_new ());
  g_autoptr(EntenteDuration) week = entente_duration_parse ("P7D");
  g_autofree char *steps = NULL;

  g_object_set (entente_test_nth (protocol (f->ours, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, 0), "to", "CRO", NULL);
  g_object_set (entente_test_nth (protocol (f->theirs, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, 0), "to", "CEO", NULL);
  g_object_set (step, "after", week, "to", "Board", NULL);
  entente_item_insert (protocol (f->theirs, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, 1, step);

  merged = merge (f, 1);
  g_assert_cmpstr (entente_conflict_get_path (entente_test_conflict (merged, 0)), ==, "protocols[mql]/escalation");
  steps = escalation (merged);
  g_assert_cmpstr (steps, ==, "CRO|VP Sales");

  resolve (merged, "protocols[mql]/escalation", ENTENTE_CONFLICT_TAKE_THEIRS);
  g_clear_pointer (&steps, g_free);
  steps = escalation (merged);
  g_assert_cmpstr (steps, ==, "CEO|Board|VP Sales");
  g_assert_true (entente_item_equal (protocol (merged, "mql"), protocol (f->theirs, "mql")));
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* Ours deleted a run that theirs edited: nothing tells where theirs'
 * would go, so only ours can be taken. */
static void
test_keyless_run_ours_empty (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *steps = NULL;
  EntenteConflict *c;

  entente_item_remove (protocol (f->ours, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, 0);
  g_object_set (entente_test_nth (protocol (f->theirs, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, 0), "to", "CEO", NULL);

  merged = merge (f, 1);
  c = entente_test_conflict (merged, 0);
  g_assert_null (entente_conflict_get_ours (c));
  g_assert_true (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_OURS));
  g_assert_false (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_THEIRS));
  g_assert_false (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_BASE));

  g_assert_false (entente_document_resolve_conflict (merged, c, ENTENTE_CONFLICT_TAKE_THEIRS, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  assert_names_place (error, merged, c);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 1);

  resolve (merged, "protocols[mql]/escalation", ENTENTE_CONFLICT_TAKE_OURS);
  steps = escalation (merged);
  g_assert_cmpstr (steps, ==, "VP Sales");
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* The target was deleted after the merge: its conflict cannot be
 * resolved by a value any more, and nothing changes. */
static void
test_path_gone (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_target_count (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  int i = entente_test_position (entente_test_goals (merged), ENTENTE_GOALS_FIELD_TARGETS, "mql");

  g_assert_cmpint (i, >=, 0);
  entente_item_remove (entente_test_goals (merged), ENTENTE_GOALS_FIELD_TARGETS, (guint) i);
  before = entente_document_serialize (merged);

  g_assert_false (entente_document_resolve_conflict (merged, entente_test_conflict (merged, 0), ENTENTE_CONFLICT_TAKE_THEIRS, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  assert_names_place (error, merged, entente_test_conflict (merged, 0));
  g_assert_nonnull (strstr (error->message, "“goals/targets[mql]”"));
  g_clear_error (&error);

  g_assert_false (entente_document_resolve_conflict (merged, entente_test_conflict (merged, 0), ENTENTE_CONFLICT_TAKE_OURS, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  after = entente_document_serialize (merged);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 1);
}

/* A conflict of another document, or one resolved already. */
static void
test_not_in_document (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge_target_count (f);
  g_autoptr(EntenteConflict) c = g_object_ref (entente_test_conflict (merged, 0));
  g_autoptr(GError) error = NULL;

  resolve (merged, "goals/targets[mql]/count", ENTENTE_CONFLICT_TAKE_THEIRS);
  g_assert_false (entente_document_resolve_conflict (merged, c, ENTENTE_CONFLICT_TAKE_BASE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpint (target_count (merged, "mql"), ==, 450);
}

/* Conflicts a merge cannot have written: can_take() says no. */
static void
test_cannot_take (void)
{
  g_autoptr(EntenteConflict) c = entente_conflict_new ();

  g_object_set (c, "id", "conflict-1", "path", "goals/nowhere[x]/count", "ours", "1", "theirs", "2", NULL);
  g_assert_false (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_THEIRS));

  g_object_set (c, "path", "goals/targets[mql]/count", "theirs", "many", NULL);
  g_assert_true (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_OURS));
  g_assert_false (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_THEIRS));
  /* A count is required: it cannot be left unset. */
  g_assert_false (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_BASE));

  g_object_set (c, "path", "personas[it-ian]", "theirs", "<persona id=\"it-ian\"><name>Ian</name>", NULL);
  g_assert_false (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_THEIRS));
  g_object_set (c, "theirs", "<persona id=\"someone-else\"><name>Ian</name></persona>", NULL);
  g_assert_false (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_THEIRS));
  g_object_set (c, "theirs", "<persona id=\"it-ian\"><name>Ian</name></persona>", NULL);
  g_assert_true (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_THEIRS));
  g_assert_true (entente_conflict_can_take (c, ENTENTE_CONFLICT_TAKE_BASE));
}

/* A stage ours deleted and theirs newly referred to came back with a
 * conflict; deleting it again would leave the target dangling. */
static void
test_still_referenced (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(GError) error = NULL;

  entente_test_merge_fixture_reference_deleted_stage (f);

  merged = merge (f, 1);
  g_assert_false (entente_document_resolve_conflict (merged, conflict_at (merged, "stages[demo]"),
                                                     ENTENTE_CONFLICT_TAKE_OURS, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE);
  assert_names_place (error, merged, conflict_at (merged, "stages[demo]"));
  g_assert_nonnull (entente_test_find (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_STAGES, "demo"));
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 1);

  resolve (merged, "stages[demo]", ENTENTE_CONFLICT_TAKE_THEIRS);
  g_assert_cmpint (entente_test_position (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_STAGES, "demo"), ==, 4);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
}

/* Every kind of conflict at once, all resolved: the document has none
 * left, saves, and reads back as it is, and the schema accepts it. */
static void
test_all_resolved (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteDocument) loaded = NULL;
  g_autoptr(EntenteItem) step = ENTENTE_ITEM (entente_escalation_step_new ());
  g_autoptr(EntenteDuration) week = entente_duration_parse ("P7D");
  g_autofree char *contents = NULL;

  g_object_set (entente_test_target (f->ours, "mql"), "count", 500, NULL);
  g_object_set (entente_test_target (f->theirs, "mql"), "count", 450, NULL);
  g_object_set (entente_document_get_meta (f->ours), "purpose", "Ours & <theirs>\nin two lines", NULL);
  g_object_set (entente_document_get_meta (f->theirs), "purpose", "Theirs", NULL);
  entente_test_set_strv (entente_test_persona (f->ours, "it-ian"), "job-titles", "IT Manager", "Head of IT Operations", NULL);
  entente_test_set_strv (entente_test_persona (f->theirs, "it-ian"), "job-titles", "IT Manager", "Director of IT", NULL);
  entente_test_remove_persona (f->ours, "ops-olivia");
  g_object_set (entente_test_persona (f->theirs, "ops-olivia"), "name", "Ops Olivia", NULL);
  entente_test_add_persona (f->ours, "finance-fiona", "Finance Fiona");
  entente_test_add_persona (f->theirs, "finance-fiona", "Fiona from Finance");
  g_object_set (entente_test_nth (protocol (f->ours, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, 0), "to", "CRO", NULL);
  g_object_set (entente_test_nth (protocol (f->theirs, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, 0), "to", "CEO", NULL);
  g_object_set (step, "after", week, "to", "Board", NULL);
  entente_item_insert (protocol (f->theirs, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, 1, step);

  merged = merge (f, 6);
  resolve (merged, "goals/targets[mql]/count", ENTENTE_CONFLICT_TAKE_THEIRS);
  resolve (merged, "meta/purpose", ENTENTE_CONFLICT_TAKE_BASE);
  resolve (merged, "personas[it-ian]/job-titles", ENTENTE_CONFLICT_TAKE_THEIRS);
  resolve (merged, "personas[ops-olivia]", ENTENTE_CONFLICT_TAKE_OURS);
  resolve (merged, "personas[finance-fiona]", ENTENTE_CONFLICT_TAKE_THEIRS);
  resolve (merged, "protocols[mql]/escalation", ENTENTE_CONFLICT_TAKE_THEIRS);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);

  g_assert_cmpstr (entente_item_get_string (ENTENTE_ITEM (entente_document_get_meta (merged)), ENTENTE_META_FIELD_PURPOSE),
                   ==, entente_item_get_string (ENTENTE_ITEM (entente_document_get_meta (f->base)), ENTENTE_META_FIELD_PURPOSE));
  g_assert_null (entente_test_persona (merged, "ops-olivia"));

  loaded = entente_test_save_and_load (merged, "resolved.entente", &contents);
  g_assert_null (strstr (contents, "<conflicts"));
  g_assert_nonnull (strstr (contents, "<name>Fiona from Finance</name>"));
  g_assert_cmpuint (entente_document_get_n_conflicts (loaded), ==, 0);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (merged), ENTENTE_ITEM (loaded)));
  g_assert_cmpint (target_count (loaded, "mql"), ==, 450);
}

/* The choice has a GType, for properties and actions. */
static void
test_choice_type (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ENTENTE_TYPE_CONFLICT_CHOICE);

  g_assert_cmpstr (g_enum_get_value (klass, ENTENTE_CONFLICT_TAKE_THEIRS)->value_nick, ==, "theirs");
  g_assert_cmpuint (klass->n_values, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  TEST ("value-theirs", test_value_theirs);
  TEST ("value-base", test_value_base);
  TEST ("value-ours", test_value_ours);
  TEST ("undo", test_undo);
  TEST ("value-by-position", test_value_by_position);
  TEST ("string-list", test_string_list);
  TEST ("delete-edit", test_delete_edit);
  TEST ("delete-edit-keep", test_delete_edit_keep);
  TEST ("add-add-replace", test_add_add_replace);
  TEST ("add-add-base", test_add_add_base);
  TEST ("keyless-run", test_keyless_run);
  TEST ("keyless-run-ours-empty", test_keyless_run_ours_empty);
  TEST ("path-gone", test_path_gone);
  TEST ("not-in-document", test_not_in_document);
  TEST ("still-referenced", test_still_referenced);
  TEST ("all-resolved", test_all_resolved);
  g_test_add_func ("/conflict-resolve/cannot-take", test_cannot_take);
  g_test_add_func ("/conflict-resolve/choice-type", test_choice_type);

  return g_test_run ();
}
