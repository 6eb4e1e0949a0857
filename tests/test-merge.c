/* test-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"
#include "entente-disk-merge.h"
#include "entente-test-util.h"

/* The three-way merge, case by case: each test loads acme-saas three
 * times as BASE, OURS and THEIRS, edits OURS and THEIRS through the model
 * as the window would, merges, and checks the result, which must also
 * read back as it is (every merged document is a valid one). */

typedef EntenteTestMergeFixture Fixture;

#define TEST(path, func) \
  g_test_add ("/merge/" path, Fixture, NULL, \
              entente_test_merge_fixture_set_up, func, entente_test_merge_fixture_tear_down)

/* Merges the fixture, expecting @expected conflicts, and checks that the
 * result reads back unchanged. */
static EntenteDocument *
merge (Fixture *f,
       guint    expected)
{
  g_autoptr(EntenteDocument) again = NULL;
  EntenteDocument *merged = entente_test_merge_fixture_merge (f, expected);

  /* The conflicts of the sides, if any, come along. */
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==,
                    expected + entente_document_get_n_conflicts (f->ours));

  again = entente_test_reload (merged);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (merged), ENTENTE_ITEM (again)));

  return merged;
}

static EntenteItem *
stage (EntenteDocument *document,
       const char      *id)
{
  return entente_test_find (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_STAGES, id);
}

static void
test_identical (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = merge (f, 0);

  g_assert_true (entente_item_equal (ENTENTE_ITEM (merged), ENTENTE_ITEM (f->ours)));
  g_assert_false (entente_document_get_modified (merged));
  g_assert_null (entente_document_get_file (merged));
  /* The authors' note at the top of the file is ours'. */
  g_assert_cmpstrv (entente_document_get_preamble (merged), entente_document_get_preamble (f->ours));
}

/* Edits to different fields combine. */
static void
test_different_fields (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  g_object_set (entente_document_get_meta (f->ours), "title", "Acme — SLA 2027", NULL);
  g_object_set (entente_document_get_goals (f->theirs), "revenue", 300000.0, NULL);
  g_object_set (entente_test_target (f->theirs, "sql"), "count", 130, NULL);

  merged = merge (f, 0);
  g_assert_cmpstr (entente_item_get_string (ENTENTE_ITEM (entente_document_get_meta (merged)), ENTENTE_META_FIELD_TITLE),
                   ==, "Acme — SLA 2027");
  g_assert_cmpfloat (entente_goals_get_revenue (entente_document_get_goals (merged)), ==, 300000.0);
  g_assert_cmpint (entente_item_get_int (entente_test_target (merged, "sql"), ENTENTE_TARGET_FIELD_COUNT), ==, 130);
  g_assert_cmpint (entente_item_get_int (entente_test_target (merged, "mql"), ENTENTE_TARGET_FIELD_COUNT), ==, 400);
}

/* The same field changed differently: ours stays, and the conflict says
 * where and what each side had. */
static void
test_same_field_conflict (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteConflict *c;

  g_object_set (entente_test_target (f->ours, "mql"), "count", 450, NULL);
  g_object_set (entente_test_target (f->theirs, "mql"), "count", 500, NULL);
  g_object_set (entente_test_target (f->theirs, "sql"), "count", 130, NULL);

  merged = merge (f, 1);
  g_assert_cmpint (entente_item_get_int (entente_test_target (merged, "mql"), ENTENTE_TARGET_FIELD_COUNT), ==, 450);
  g_assert_cmpint (entente_item_get_int (entente_test_target (merged, "sql"), ENTENTE_TARGET_FIELD_COUNT), ==, 130);

  c = entente_test_conflict (merged, 0);
  g_assert_cmpstr (entente_conflict_get_id (c), ==, "conflict-1");
  g_assert_cmpstr (entente_conflict_get_path (c), ==, "goals/targets[mql]/count");
  g_assert_cmpstr (entente_conflict_get_base (c), ==, "400");
  g_assert_cmpstr (entente_conflict_get_ours (c), ==, "450");
  g_assert_cmpstr (entente_conflict_get_theirs (c), ==, "500");
}

static void
test_same_field_same_value (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  g_object_set (entente_test_target (f->ours, "mql"), "count", 450, NULL);
  g_object_set (entente_test_target (f->theirs, "mql"), "count", 450, NULL);
  g_object_set (entente_test_persona (f->ours, "it-ian"), "summary", NULL, NULL);
  g_object_set (entente_test_persona (f->theirs, "it-ian"), "summary", NULL, NULL);

  merged = merge (f, 0);
  g_assert_cmpint (entente_item_get_int (entente_test_target (merged, "mql"), ENTENTE_TARGET_FIELD_COUNT), ==, 450);
  g_assert_null (entente_item_get_string (entente_test_persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_SUMMARY));
}

/* Items added on both sides are all kept, ours' first, after the item
 * they follow. */
static void
test_add_add (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteItem *personas;

  entente_test_add_persona (f->ours, "finance-fiona", "Finance Fiona");
  entente_test_add_persona (f->theirs, "ceo-carla", "CEO Carla");

  merged = merge (f, 0);
  personas = ENTENTE_ITEM (merged);
  g_assert_cmpuint (entente_test_count (personas, ENTENTE_DOCUMENT_FIELD_PERSONAS), ==, 4);
  g_assert_cmpint (entente_test_position (personas, ENTENTE_DOCUMENT_FIELD_PERSONAS, "ops-olivia"), ==, 0);
  g_assert_cmpint (entente_test_position (personas, ENTENTE_DOCUMENT_FIELD_PERSONAS, "it-ian"), ==, 1);
  g_assert_cmpint (entente_test_position (personas, ENTENTE_DOCUMENT_FIELD_PERSONAS, "finance-fiona"), ==, 2);
  g_assert_cmpint (entente_test_position (personas, ENTENTE_DOCUMENT_FIELD_PERSONAS, "ceo-carla"), ==, 3);
}

/* The same id added on both sides: once when equal, else ours' with a
 * conflict. */
static void
test_add_add_same_id (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteConflict *c;

  entente_test_add_persona (f->ours, "finance-fiona", "Finance Fiona");
  entente_test_add_persona (f->theirs, "finance-fiona", "Fiona from Finance");
  entente_test_add_persona (f->ours, "hr-hana", "HR Hana");
  entente_test_add_persona (f->theirs, "hr-hana", "HR Hana");

  merged = merge (f, 1);
  g_assert_cmpuint (entente_test_count (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_PERSONAS), ==, 4);
  g_assert_cmpstr (entente_item_get_string (entente_test_persona (merged, "finance-fiona"), ENTENTE_PERSONA_FIELD_NAME),
                   ==, "Finance Fiona");
  g_assert_nonnull (entente_test_persona (merged, "hr-hana"));

  c = entente_test_conflict (merged, 0);
  g_assert_cmpstr (entente_conflict_get_path (c), ==, "personas[finance-fiona]");
  g_assert_null (entente_conflict_get_base (c));
  g_assert_cmpstr (entente_conflict_get_ours (c), ==,
                   "<persona id=\"finance-fiona\">\n  <name>Finance Fiona</name>\n</persona>");
  g_assert_cmpstr (entente_conflict_get_theirs (c), ==,
                   "<persona id=\"finance-fiona\">\n  <name>Fiona from Finance</name>\n</persona>");
}

/* Deleted on one side, edited on the other: the edited item stays, with a
 * conflict, whichever side deleted it. */
static void
test_delete_edit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteConflict *c;

  entente_test_remove_persona (f->ours, "it-ian");
  g_object_set (entente_test_persona (f->theirs, "it-ian"), "summary", "Signs off on security.", NULL);
  g_object_set (entente_test_persona (f->ours, "ops-olivia"), "summary", "Runs operations.", NULL);
  entente_test_remove_persona (f->theirs, "ops-olivia");

  merged = merge (f, 2);
  g_assert_cmpstr (entente_item_get_string (entente_test_persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_SUMMARY),
                   ==, "Signs off on security.");
  g_assert_cmpstr (entente_item_get_string (entente_test_persona (merged, "ops-olivia"), ENTENTE_PERSONA_FIELD_SUMMARY),
                   ==, "Runs operations.");

  c = entente_test_conflict (merged, 0);
  g_assert_cmpstr (entente_conflict_get_path (c), ==, "personas[ops-olivia]");
  g_assert_nonnull (entente_conflict_get_base (c));
  g_assert_nonnull (strstr (entente_conflict_get_ours (c), "<summary>Runs operations.</summary>"));
  g_assert_null (entente_conflict_get_theirs (c));

  c = entente_test_conflict (merged, 1);
  g_assert_cmpstr (entente_conflict_get_path (c), ==, "personas[it-ian]");
  g_assert_null (entente_conflict_get_ours (c));
  g_assert_nonnull (strstr (entente_conflict_get_theirs (c), "<summary>Signs off on security.</summary>"));
}

static void
test_delete_unchanged (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  entente_test_remove_persona (f->ours, "it-ian");
  g_object_set (entente_test_persona (f->theirs, "ops-olivia"), "summary", "Runs operations.", NULL);

  merged = merge (f, 0);
  g_assert_cmpuint (entente_test_count (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_PERSONAS), ==, 1);
  g_assert_null (entente_test_persona (merged, "it-ian"));
  g_assert_cmpstr (entente_item_get_string (entente_test_persona (merged, "ops-olivia"), ENTENTE_PERSONA_FIELD_SUMMARY),
                   ==, "Runs operations.");
}

/* One side reordered: its order wins, whichever side it is, and the
 * other side's edits and additions come along. */
static void
test_reorder_one_side (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteItem *d;

  entente_item_move (ENTENTE_ITEM (f->theirs), ENTENTE_DOCUMENT_FIELD_PERSONAS, 1, 0);
  g_object_set (entente_test_persona (f->ours, "ops-olivia"), "summary", "Runs operations.", NULL);
  entente_test_add_persona (f->ours, "finance-fiona", "Finance Fiona");

  merged = merge (f, 0);
  d = ENTENTE_ITEM (merged);
  g_assert_cmpint (entente_test_position (d, ENTENTE_DOCUMENT_FIELD_PERSONAS, "it-ian"), ==, 0);
  /* Fiona followed Ian in ours, and still does. */
  g_assert_cmpint (entente_test_position (d, ENTENTE_DOCUMENT_FIELD_PERSONAS, "finance-fiona"), ==, 1);
  g_assert_cmpint (entente_test_position (d, ENTENTE_DOCUMENT_FIELD_PERSONAS, "ops-olivia"), ==, 2);
  g_assert_cmpstr (entente_item_get_string (entente_test_persona (merged, "ops-olivia"), ENTENTE_PERSONA_FIELD_SUMMARY),
                   ==, "Runs operations.");
}

/* Both reordered differently: ours' order, and no conflict. */
static void
test_reorder_both_sides (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  entente_item_move (ENTENTE_ITEM (f->ours), ENTENTE_DOCUMENT_FIELD_STAGES, 5, 0);
  entente_item_move (ENTENTE_ITEM (f->theirs), ENTENTE_DOCUMENT_FIELD_STAGES, 0, 5);

  merged = merge (f, 0);
  g_assert_cmpint (entente_test_position (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_STAGES, "customer"), ==, 0);
  g_assert_cmpint (entente_test_position (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_STAGES, "lead"), ==, 1);
}

/* A criterion added to the MQL on one side, its threshold changed on the
 * other. */
static void
test_nested_list (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteItem) criterion = ENTENTE_ITEM (entente_criterion_new ());
  EntenteItem *mql;

  g_object_set (criterion, "kind", ENTENTE_CRITERION_KIND_ENGAGEMENT, "points", 20, "text", "Visited the pricing page twice", NULL);
  entente_item_append (stage (f->ours, "mql"), ENTENTE_STAGE_FIELD_CRITERIA, criterion);
  g_object_set (stage (f->theirs, "mql"), "threshold", 70, NULL);

  merged = merge (f, 0);
  mql = stage (merged, "mql");
  g_assert_cmpint (entente_item_get_int (mql, ENTENTE_STAGE_FIELD_THRESHOLD), ==, 70);
  g_assert_cmpuint (entente_test_count (mql, ENTENTE_STAGE_FIELD_CRITERIA), ==, 6);
  g_assert_cmpstr (entente_item_get_string (entente_test_nth (mql, ENTENTE_STAGE_FIELD_CRITERIA, 5), ENTENTE_CRITERION_FIELD_TEXT),
                   ==, "Visited the pricing page twice");
}

/* Items without a key: added on both sides, both kept; edited in place on
 * both sides, merged one by one; the same one edited differently, a
 * conflict at its position. */
static void
test_keyless_items (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteItem) ours_step = ENTENTE_ITEM (entente_escalation_step_new ());
  g_autoptr(EntenteItem) theirs_step = ENTENTE_ITEM (entente_escalation_step_new ());
  g_autoptr(EntenteDuration) week = entente_duration_parse ("P7D");
  EntenteItem *mql, *sql, *protocol;
  EntenteConflict *c;

  /* The MQL's criteria: the first and third edited on different sides. */
  g_object_set (entente_test_nth (stage (f->ours, "mql"), ENTENTE_STAGE_FIELD_CRITERIA, 0), "points", 30, NULL);
  g_object_set (entente_test_nth (stage (f->theirs, "mql"), ENTENTE_STAGE_FIELD_CRITERIA, 2), "text", "Requested a demo", NULL);
  /* The SQL's second criterion edited differently on both. */
  g_object_set (entente_test_nth (stage (f->ours, "sql"), ENTENTE_STAGE_FIELD_CRITERIA, 1), "points", 2, NULL);
  g_object_set (entente_test_nth (stage (f->theirs, "sql"), ENTENTE_STAGE_FIELD_CRITERIA, 1), "points", 3, NULL);
  /* Escalation steps added on both sides. */
  g_object_set (ours_step, "after", week, "to", "CRO", NULL);
  g_object_set (theirs_step, "after", week, "to", "CEO", NULL);
  entente_item_append (entente_test_find (ENTENTE_ITEM (f->ours), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, ours_step);
  entente_item_append (entente_test_find (ENTENTE_ITEM (f->theirs), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, "mql"), ENTENTE_PROTOCOL_FIELD_ESCALATION, theirs_step);

  merged = merge (f, 1);
  mql = stage (merged, "mql");
  g_assert_cmpint (entente_item_get_int (entente_test_nth (mql, ENTENTE_STAGE_FIELD_CRITERIA, 0), ENTENTE_CRITERION_FIELD_POINTS), ==, 30);
  g_assert_cmpstr (entente_item_get_string (entente_test_nth (mql, ENTENTE_STAGE_FIELD_CRITERIA, 2), ENTENTE_CRITERION_FIELD_TEXT),
                   ==, "Requested a demo");
  sql = stage (merged, "sql");
  g_assert_cmpint (entente_item_get_int (entente_test_nth (sql, ENTENTE_STAGE_FIELD_CRITERIA, 1), ENTENTE_CRITERION_FIELD_POINTS), ==, 2);
  protocol = entente_test_find (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, "mql");
  g_assert_cmpuint (entente_test_count (protocol, ENTENTE_PROTOCOL_FIELD_ESCALATION), ==, 4);
  g_assert_cmpstr (entente_item_get_string (entente_test_nth (protocol, ENTENTE_PROTOCOL_FIELD_ESCALATION, 2), ENTENTE_ESCALATION_STEP_FIELD_TO), ==, "CRO");
  g_assert_cmpstr (entente_item_get_string (entente_test_nth (protocol, ENTENTE_PROTOCOL_FIELD_ESCALATION, 3), ENTENTE_ESCALATION_STEP_FIELD_TO), ==, "CEO");

  c = entente_test_conflict (merged, 0);
  g_assert_cmpstr (entente_conflict_get_path (c), ==, "stages[sql]/criteria[2]/points");
  g_assert_cmpstr (entente_conflict_get_base (c), ==, "1");
  g_assert_cmpstr (entente_conflict_get_ours (c), ==, "2");
  g_assert_cmpstr (entente_conflict_get_theirs (c), ==, "3");
}

/* Lists of strings merge entry by entry; entries changed differently on
 * both sides conflict on the whole list, which keeps ours'. */
static void
test_string_list (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteConflict *c;

  /* Olivia: ours adds a title at the end, theirs drops COO: both. */
  entente_test_set_strv (entente_test_persona (f->ours, "ops-olivia"), "job-titles", "Head of Operations", "COO", "Operations Director", "VP Operations", NULL);
  entente_test_set_strv (entente_test_persona (f->theirs, "ops-olivia"), "job-titles", "Head of Operations", "Operations Director", NULL);
  /* Ian: both add a title at the end: both. */
  entente_test_set_strv (entente_test_persona (f->ours, "it-ian"), "job-titles", "IT Manager", "Head of IT", "CIO", NULL);
  entente_test_set_strv (entente_test_persona (f->theirs, "it-ian"), "job-titles", "IT Manager", "Head of IT", "IT Director", NULL);
  /* The MQL protocol's channels: the same entry renamed differently. */
  entente_test_set_strv (entente_test_find (ENTENTE_ITEM (f->ours), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, "mql"), "channels", "phone", "e-mail", "linkedin", NULL);
  entente_test_set_strv (entente_test_find (ENTENTE_ITEM (f->theirs), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, "mql"), "channels", "phone", "mail", "linkedin", NULL);

  merged = merge (f, 1);
  entente_test_assert_strv (entente_test_persona (merged, "ops-olivia"), ENTENTE_PERSONA_FIELD_JOB_TITLES,
               "Head of Operations|Operations Director|VP Operations");
  entente_test_assert_strv (entente_test_persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_JOB_TITLES,
               "IT Manager|Head of IT|CIO|IT Director");
  entente_test_assert_strv (entente_test_find (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, "mql"), ENTENTE_PROTOCOL_FIELD_CHANNELS,
               "phone|e-mail|linkedin");

  c = entente_test_conflict (merged, 0);
  g_assert_cmpstr (entente_conflict_get_path (c), ==, "protocols[mql]/channels");
  g_assert_cmpstr (entente_conflict_get_base (c), ==, "phone\nemail\nlinkedin");
  g_assert_cmpstr (entente_conflict_get_ours (c), ==, "phone\ne-mail\nlinkedin");
  g_assert_cmpstr (entente_conflict_get_theirs (c), ==, "phone\nmail\nlinkedin");
}

static void
add_comment (EntenteDocument *document,
             const char      *id,
             const char      *author,
             const char      *text)
{
  g_autoptr(EntenteItem) comment = ENTENTE_ITEM (entente_comment_new ());
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 11, 2, 9, 30, 0);

  g_object_set (comment, "id", id, "anchor", "goals", "author", author, "time", time, "text", text, NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_COMMENTS, comment);
}

static void
test_comments (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  add_comment (f->ours, "c-dana-1", "Dana Whitfield", "Is 400 MQLs realistic in January?");
  add_comment (f->theirs, "c-priya-1", "Priya Raman", "We need 130 SQLs, not 120.");

  merged = merge (f, 0);
  g_assert_cmpuint (entente_test_count (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_COMMENTS), ==, 2);
  g_assert_cmpint (entente_test_position (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_COMMENTS, "c-dana-1"), ==, 0);
  g_assert_cmpint (entente_test_position (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_COMMENTS, "c-priya-1"), ==, 1);
}

static void
add_approval (EntenteDocument *document,
              const char      *party,
              const char      *signer)
{
  g_autoptr(EntenteItem) approval = ENTENTE_ITEM (entente_approval_new ());
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 11, 3, 16, 0, 0);

  g_object_set (approval, "party", party, "signer", signer, "time", time,
                "digest", "sha256:0000000000000000000000000000000000000000000000000000000000000000", NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_APPROVALS, approval);
}

static void
test_approvals (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;

  add_approval (f->ours, "marketing", "Dana Whitfield");
  add_approval (f->theirs, "sales", "Priya Raman");

  merged = merge (f, 0);
  g_assert_cmpuint (entente_test_count (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_APPROVALS), ==, 2);
  g_assert_nonnull (entente_test_find (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_APPROVALS, "marketing"));
  g_assert_nonnull (entente_test_find (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_APPROVALS, "sales"));
}

/* A stage deleted on one side and newly referenced on the other comes
 * back, as a conflict, so that the result stays valid. */
static void
test_dangling_reference (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  EntenteConflict *c;

  entente_test_merge_fixture_reference_deleted_stage (f);

  merged = merge (f, 1);
  g_assert_nonnull (entente_test_target (merged, "demo"));
  g_assert_cmpint (entente_test_position (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_STAGES, "demo"), ==, 4);

  c = entente_test_conflict (merged, 0);
  g_assert_cmpstr (entente_conflict_get_path (c), ==, "stages[demo]");
  g_assert_nonnull (entente_conflict_get_base (c));
  g_assert_null (entente_conflict_get_ours (c));
  g_assert_nonnull (entente_conflict_get_theirs (c));
}

static const char extended[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<sla xmlns=\"urn:entente:sla:1\" xmlns:x=\"urn:example:crm\" format=\"1.3\" x:source=\"hubspot\">\n"
  "  <meta>\n"
  "    <title>Future</title>\n"
  "    <x:workspace id=\"42\">Sales EMEA</x:workspace>\n"
  "  </meta>\n"
  "  <personas>\n"
  "    <persona id=\"p\" tier=\"gold\">\n"
  "      <name>P</name>\n"
  "    </persona>\n"
  "  </personas>\n"
  "</sla>\n";

static EntenteDocument *
load_extended (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (extended, sizeof extended - 1);
  g_autoptr(GError) error = NULL;
  EntenteDocument *document = entente_document_new_from_bytes (bytes, "extended.entente", &error);

  g_assert_no_error (error);
  return document;
}

/* What a newer format added is kept through a merge. */
static void
test_extensions (void)
{
  Fixture f = { load_extended (), load_extended (), load_extended () };
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *text;

  g_object_set (entente_document_get_meta (f.theirs), "title", "Present", NULL);
  g_object_set (entente_test_persona (f.ours, "p"), "name", "Pat", NULL);

  merged = merge (&f, 0);
  bytes = entente_document_serialize (merged);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (text, "format=\"1.3\""));
  g_assert_nonnull (strstr (text, "x:source=\"hubspot\""));
  g_assert_nonnull (strstr (text, "<title>Present</title>"));
  g_assert_nonnull (strstr (text, "<x:workspace xmlns:x=\"urn:example:crm\" id=\"42\">Sales EMEA</x:workspace>"));
  g_assert_nonnull (strstr (text, "<persona id=\"p\" tier=\"gold\">\n      <name>Pat</name>"));

  entente_test_merge_fixture_tear_down (&f, NULL);
}

/* A conflicted result is a file like any other: saved, read back by the
 * loader and accepted by the schema, with its conflicts. */
static void
test_conflicts_saved (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteDocument) loaded = NULL;
  g_autofree char *contents = NULL;

  g_object_set (entente_test_target (f->ours, "mql"), "count", 450, NULL);
  g_object_set (entente_test_target (f->theirs, "mql"), "count", 500, NULL);
  g_object_set (entente_document_get_meta (f->ours), "purpose", "Ours & <theirs>\nin two lines", NULL);
  g_object_set (entente_document_get_meta (f->theirs), "purpose", "Theirs", NULL);
  entente_test_remove_persona (f->ours, "it-ian");
  g_object_set (entente_test_persona (f->theirs, "it-ian"), "name", "IT Ivan", NULL);

  merged = merge (f, 3);
  loaded = entente_test_save_and_load (merged, "merged.entente", &contents);
  g_assert_nonnull (strstr (contents, "  <comments/>\n\n  <conflicts>\n    <conflict id=\"conflict-1\" path=\"meta/purpose\">\n"));
  g_assert_nonnull (strstr (contents, "      <ours>Ours &amp; &lt;theirs&gt;\nin two lines</ours>\n"));
  g_assert_nonnull (strstr (contents, "    <conflict id=\"conflict-2\" path=\"personas[it-ian]\">\n"));
  g_assert_true (g_str_has_suffix (contents, "  </conflicts>\n</sla>\n"));

  g_assert_cmpuint (entente_document_get_n_conflicts (loaded), ==, 3);
  g_assert_cmpstr (entente_conflict_get_path (entente_test_conflict (loaded, 2)), ==, "goals/targets[mql]/count");
  g_assert_cmpstr (entente_conflict_get_theirs (entente_test_conflict (loaded, 0)), ==, "Theirs");
  g_assert_true (entente_item_equal (ENTENTE_ITEM (merged), ENTENTE_ITEM (loaded)));
}

/* Conflicts nobody resolved yet go through the next merge, and the new
 * ones get ids of their own. */
static void
test_conflicts_carried (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(EntenteDocument) first = NULL;
  g_autoptr(EntenteDocument) second = NULL;
  Fixture again;

  g_object_set (entente_test_target (f->ours, "mql"), "count", 450, NULL);
  g_object_set (entente_test_target (f->theirs, "mql"), "count", 500, NULL);
  first = merge (f, 1);

  again.base = entente_test_reload (first);
  again.ours = entente_test_reload (first);
  again.theirs = entente_test_reload (first);
  g_object_set (entente_test_target (again.ours, "sql"), "count", 110, NULL);
  g_object_set (entente_test_target (again.theirs, "sql"), "count", 140, NULL);
  second = merge (&again, 1);

  g_assert_cmpstr (entente_conflict_get_id (entente_test_conflict (second, 0)), ==, "conflict-1");
  g_assert_cmpstr (entente_conflict_get_path (entente_test_conflict (second, 0)), ==, "goals/targets[mql]/count");
  g_assert_cmpstr (entente_conflict_get_id (entente_test_conflict (second, 1)), ==, "conflict-2");
  g_assert_cmpstr (entente_conflict_get_path (entente_test_conflict (second, 1)), ==, "goals/targets[sql]/count");

  entente_test_merge_fixture_tear_down (&again, NULL);
}

/* Files without conflicts are written exactly as before conflicts were
 * part of the format. */
static void
test_no_conflicts_element (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GBytes) bytes = entente_document_serialize (document);

  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "conflicts"));
  g_assert_true (g_str_has_suffix (g_bytes_get_data (bytes, NULL), "  <comments/>\n</sla>\n"));
  g_assert_cmpuint (entente_document_get_n_conflicts (document), ==, 0);
}

/* The window merges a colleague's save into the document it edits, in
 * place: the version saved next names both, the window's own and theirs. */
static void
test_merged_in_place_names_both (void)
{
  g_autoptr(EntenteDocument) ours = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) theirs = entente_test_load_example ("acme-saas.entente");
  g_autofree char *recorded = NULL;
  GListModel *ancestry;
  g_autoptr(EntenteVersion) last = NULL;

  entente_document_set_version (ours, "sha256:0000000000000000000000000000000000000000000000000000000000000001");
  entente_document_set_version (theirs, "sha256:0000000000000000000000000000000000000000000000000000000000000002");
  entente_ancestry_note_merge (ours, ours, theirs);
  {
    g_autoptr(EntenteItem) persona = g_list_model_get_item (entente_item_get_list (ENTENTE_ITEM (ours), ENTENTE_DOCUMENT_FIELD_PERSONAS), 0);

    g_object_set (persona, "name", "Merged Maria", NULL);
  }

  recorded = entente_document_record_version (ours);
  g_assert_nonnull (recorded);
  ancestry = entente_item_get_list (ENTENTE_ITEM (ours), ENTENTE_DOCUMENT_FIELD_ANCESTRY);
  last = g_list_model_get_item (ancestry, g_list_model_get_n_items (ancestry) - 1);
  g_assert_cmpstr (entente_version_get_digest (last), ==, recorded);
  g_assert_cmpstr (entente_version_get_parent (last), ==, "sha256:0000000000000000000000000000000000000000000000000000000000000001");
  g_assert_cmpstr (entente_version_get_merged (last), ==, "sha256:0000000000000000000000000000000000000000000000000000000000000002");
}

/* The file changed on disk while it was edited: theirs is merged into
 * ours over the version both read, and what came in is listed; a file
 * that is no longer an agreement is refused, ours untouched. */
static void
test_from_disk (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EntenteDocument) ours = NULL;
  g_autoptr(EntenteDocument) theirs = NULL;
  g_autoptr(GBytes) base = NULL;
  g_autoptr(EntenteDiskMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "acme.entente");
  file = g_file_new_for_path (path);
  {
    g_autoptr(EntenteDocument) example = entente_test_load_example ("acme-saas.entente");
    g_autoptr(GBytes) bytes = entente_document_serialize (example);

    g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
  }
  ours = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  base = entente_document_serialize (ours);

  /* Theirs saved a new organization; ours changed the title. */
  theirs = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (theirs)), ENTENTE_META_FIELD_ORGANIZATION, "Theirs Inc.");
  g_assert_true (entente_document_save (theirs, NULL, NULL, &error));
  g_assert_no_error (error);
  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (ours)), ENTENTE_META_FIELD_TITLE, "Ours");

  merge = entente_disk_merge (ours, base, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merge);
  g_assert_cmpuint (merge->n_conflicts, ==, 0);
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (merge->merged)), ==, "Theirs Inc.");
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (merge->merged)), ==, "Ours");
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (merge->theirs)), ==, "Theirs Inc.");
  g_assert_cmpuint (merge->incoming->len, ==, 1);
  g_assert_cmpstr (((EntenteChange *) g_ptr_array_index (merge->incoming, 0))->field, ==, "organization");
  g_clear_pointer (&merge, entente_disk_merge_free);

  /* Both changed the organization: one conflict, both kept. */
  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (ours)), ENTENTE_META_FIELD_ORGANIZATION, "Ours Ltd.");
  merge = entente_disk_merge (ours, base, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (merge->n_conflicts, ==, 1);
  g_clear_pointer (&merge, entente_disk_merge_free);

  /* No longer an agreement. */
  g_assert_true (g_file_set_contents (path, "not an agreement", -1, NULL));
  g_assert_null (entente_disk_merge (ours, base, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (ours)), ==, "Ours");
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  TEST ("identical", test_identical);
  TEST ("different-fields", test_different_fields);
  TEST ("same-field-conflict", test_same_field_conflict);
  TEST ("same-field-same-value", test_same_field_same_value);
  TEST ("add-add", test_add_add);
  TEST ("add-add-same-id", test_add_add_same_id);
  TEST ("delete-edit", test_delete_edit);
  TEST ("delete-unchanged", test_delete_unchanged);
  TEST ("reorder-one-side", test_reorder_one_side);
  TEST ("reorder-both-sides", test_reorder_both_sides);
  TEST ("nested-list", test_nested_list);
  TEST ("keyless-items", test_keyless_items);
  TEST ("string-list", test_string_list);
  TEST ("comments", test_comments);
  TEST ("approvals", test_approvals);
  TEST ("dangling-reference", test_dangling_reference);
  TEST ("conflicts-saved", test_conflicts_saved);
  TEST ("conflicts-carried", test_conflicts_carried);
  g_test_add_func ("/merge/extensions", test_extensions);
  g_test_add_func ("/merge/no-conflicts-element", test_no_conflicts_element);
  g_test_add_func ("/merge/merged-in-place-names-both", test_merged_in_place_names_both);
  g_test_add_func ("/merge/from-disk", test_from_disk);

  return g_test_run ();
}
