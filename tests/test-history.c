/* test-history.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "entente-test-util.h"

/* Undo and redo: what a step holds, when steps split, and the modified
 * flag coming back to the saved state. */

#define ACME_TITLE "Acme Cloud — Sales & Marketing SLA"
#define ACME_ORGANIZATION "Acme Cloud Ltd."

typedef struct
{
  EntenteDocument *doc;
  EntenteHistory  *history;
  EntenteMeta     *meta;
  GListModel      *personas;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->doc = entente_test_load_example ("acme-saas.entente");
  fixture->history = entente_history_new (fixture->doc);
  fixture->meta = entente_document_get_meta (fixture->doc);
  fixture->personas = entente_document_get_personas (fixture->doc);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->history);
  g_assert_finalize_object (fixture->doc);
}

static void
set_title (Fixture    *fixture,
           const char *title)
{
  entente_item_set_string (ENTENTE_ITEM (fixture->meta), ENTENTE_META_FIELD_TITLE, title);
}

static void
set_organization (Fixture    *fixture,
                  const char *organization)
{
  entente_item_set_string (ENTENTE_ITEM (fixture->meta), ENTENTE_META_FIELD_ORGANIZATION, organization);
}

static const char *
title (Fixture *fixture)
{
  return entente_meta_get_title (fixture->meta);
}

static gpointer
persona_at (Fixture *fixture,
            guint    position)
{
  g_autoptr(GObject) item = g_list_model_get_item (fixture->personas, position);

  g_assert_nonnull (item);
  /* The list keeps its reference; tests borrow. */
  return item;
}

/* The ids of the personas in order, joined with "|". */
static char *
persona_ids (Fixture *fixture)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (fixture->personas); i++)
    {
      const char *id = entente_persona_get_id (persona_at (fixture, i));

      if (i > 0)
        g_string_append_c (ids, '|');
      g_string_append (ids, id ? id : "(null)");
    }

  return g_string_free (ids, FALSE);
}

#define assert_persona_ids(fixture, expected)                   \
  G_STMT_START {                                                \
    g_autofree char *ids_ = persona_ids (fixture);              \
    g_assert_cmpstr (ids_, ==, expected);                       \
  } G_STMT_END

static guint
count_undo (Fixture *fixture)
{
  guint n = 0;

  while (entente_history_get_can_undo (fixture->history))
    {
      entente_history_undo (fixture->history);
      n++;
    }

  return n;
}

static void
test_value_undo_redo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_false (entente_history_get_can_undo (fixture->history));
  g_assert_false (entente_history_get_can_redo (fixture->history));
  g_assert_true (entente_history_get_document (fixture->history) == fixture->doc);

  set_title (fixture, "Acme 2027");
  g_assert_true (entente_history_get_can_undo (fixture->history));
  g_assert_false (entente_history_get_can_redo (fixture->history));

  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
  g_assert_false (entente_history_get_can_undo (fixture->history));
  g_assert_true (entente_history_get_can_redo (fixture->history));

  entente_history_redo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "Acme 2027");
  g_assert_true (entente_history_get_can_undo (fixture->history));
  g_assert_false (entente_history_get_can_redo (fixture->history));

  /* Nothing to redo: no change, no crash. */
  entente_history_redo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "Acme 2027");

  /* Undo and redo themselves were not recorded as edits. */
  g_assert_cmpuint (count_undo (fixture), ==, 1);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
}

static void
test_typing_is_one_step (Fixture       *fixture,
                         gconstpointer  data)
{
  set_title (fixture, "A");
  set_title (fixture, "Ab");
  set_title (fixture, "Abc");

  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
  g_assert_false (entente_history_get_can_undo (fixture->history));

  entente_history_redo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "Abc");
  g_assert_false (entente_history_get_can_redo (fixture->history));
}

static void
test_seal_splits_steps (Fixture       *fixture,
                        gconstpointer  data)
{
  set_title (fixture, "A");
  set_title (fixture, "Ab");
  entente_history_seal (fixture->history);
  set_title (fixture, "Abc");
  set_title (fixture, "Abcd");

  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "Ab");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
  g_assert_false (entente_history_get_can_undo (fixture->history));

  entente_history_redo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "Ab");
  entente_history_redo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "Abcd");
}

static void
test_undo_redo_seal (Fixture       *fixture,
                     gconstpointer  data)
{
  set_title (fixture, "A");
  entente_history_seal (fixture->history);
  set_title (fixture, "Ab");

  /* Typing after an undo does not join the step below. */
  entente_history_undo (fixture->history);
  set_title (fixture, "Ax");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");

  /* Nor after a redo the step redone. */
  entente_history_redo (fixture->history);
  set_title (fixture, "Axy");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "Ax");
}

static void
test_other_field_splits_steps (Fixture       *fixture,
                               gconstpointer  data)
{
  EntentePersona *olivia = persona_at (fixture, 0);
  EntentePersona *ian = persona_at (fixture, 1);
  g_autofree char *ian_name = g_strdup (entente_persona_get_name (ian));

  set_title (fixture, "A");
  set_organization (fixture, "B");
  set_title (fixture, "AC");
  /* The same field of another item is another field too. */
  entente_item_set_string (ENTENTE_ITEM (olivia), ENTENTE_PERSONA_FIELD_NAME, "Olive");
  entente_item_set_string (ENTENTE_ITEM (ian), ENTENTE_PERSONA_FIELD_NAME, "Iain");

  entente_history_undo (fixture->history);
  g_assert_cmpstr (entente_persona_get_name (ian), ==, ian_name);
  g_assert_cmpstr (entente_persona_get_name (olivia), ==, "Olive");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (entente_persona_get_name (olivia), ==, "Operations Olivia");
  g_assert_cmpstr (title (fixture), ==, "AC");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");
  g_assert_cmpstr (entente_meta_get_organization (fixture->meta), ==, "B");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (entente_meta_get_organization (fixture->meta), ==, ACME_ORGANIZATION);
  g_assert_cmpstr (title (fixture), ==, "A");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
  g_assert_false (entente_history_get_can_undo (fixture->history));
}

static void
test_list_edits (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(EntentePersona) nina = entente_persona_new ();
  g_autoptr(EntentePersona) olivia = g_object_ref (persona_at (fixture, 0));

  g_object_set (nina, "id", "nina", NULL);
  assert_persona_ids (fixture, "ops-olivia|it-ian");

  /* Insert */
  entente_item_insert (ENTENTE_ITEM (fixture->doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 1, ENTENTE_ITEM (nina));
  assert_persona_ids (fixture, "ops-olivia|nina|it-ian");
  entente_history_undo (fixture->history);
  assert_persona_ids (fixture, "ops-olivia|it-ian");
  g_assert_null (entente_item_get_parent (ENTENTE_ITEM (nina)));
  entente_history_redo (fixture->history);
  assert_persona_ids (fixture, "ops-olivia|nina|it-ian");
  g_assert_true (persona_at (fixture, 1) == nina);
  g_assert_true (entente_item_get_parent (ENTENTE_ITEM (nina)) == ENTENTE_ITEM (fixture->doc));

  /* Remove: the very same object comes back, attached again. */
  entente_item_remove (ENTENTE_ITEM (fixture->doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0);
  assert_persona_ids (fixture, "nina|it-ian");
  g_assert_null (entente_item_get_parent (ENTENTE_ITEM (olivia)));
  entente_history_undo (fixture->history);
  assert_persona_ids (fixture, "ops-olivia|nina|it-ian");
  g_assert_true (persona_at (fixture, 0) == olivia);
  g_assert_true (entente_item_get_parent (ENTENTE_ITEM (olivia)) == ENTENTE_ITEM (fixture->doc));
  /* Attached again means its edits reach the history again. */
  entente_item_set_string (ENTENTE_ITEM (olivia), ENTENTE_PERSONA_FIELD_NAME, "Olive");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (entente_persona_get_name (olivia), ==, "Operations Olivia");
  g_assert_true (entente_history_get_can_undo (fixture->history));
  g_assert_true (entente_history_get_can_redo (fixture->history));
  entente_history_redo (fixture->history);
  g_assert_cmpstr (entente_persona_get_name (olivia), ==, "Olive");
  entente_history_undo (fixture->history);

  /* Move, both ways. */
  entente_item_move (ENTENTE_ITEM (fixture->doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0, 2);
  assert_persona_ids (fixture, "nina|it-ian|ops-olivia");
  entente_history_undo (fixture->history);
  assert_persona_ids (fixture, "ops-olivia|nina|it-ian");
  entente_history_redo (fixture->history);
  assert_persona_ids (fixture, "nina|it-ian|ops-olivia");
  entente_item_move (ENTENTE_ITEM (fixture->doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 2, 1);
  assert_persona_ids (fixture, "nina|ops-olivia|it-ian");
  entente_history_undo (fixture->history);
  assert_persona_ids (fixture, "nina|it-ian|ops-olivia");

  /* Back to the start, step by step. */
  entente_history_undo (fixture->history);
  assert_persona_ids (fixture, "ops-olivia|nina|it-ian");
  g_assert_cmpuint (count_undo (fixture), ==, 1);
  assert_persona_ids (fixture, "ops-olivia|it-ian");
}

static void
test_list_edit_is_its_own_step (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(EntentePersona) nina = entente_persona_new ();

  set_title (fixture, "A");
  entente_item_append (ENTENTE_ITEM (fixture->doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, ENTENTE_ITEM (nina));
  /* Not merged into the first step, though the same field as before. */
  set_title (fixture, "Ab");

  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");
  g_assert_cmpuint (g_list_model_get_n_items (fixture->personas), ==, 3);
  entente_history_undo (fixture->history);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->personas), ==, 2);
  g_assert_cmpstr (title (fixture), ==, "A");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
}

static void
test_insert_undo_redo_repeatedly (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(EntentePersona) nina = entente_persona_new ();

  g_object_set (nina, "id", "nina", NULL);
  entente_item_insert (ENTENTE_ITEM (fixture->doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0, ENTENTE_ITEM (nina));

  for (guint i = 0; i < 5; i++)
    {
      entente_history_undo (fixture->history);
      assert_persona_ids (fixture, "ops-olivia|it-ian");
      g_assert_null (entente_item_get_parent (ENTENTE_ITEM (nina)));
      g_assert_false (entente_history_get_can_undo (fixture->history));

      entente_history_redo (fixture->history);
      assert_persona_ids (fixture, "nina|ops-olivia|it-ian");
      g_assert_true (persona_at (fixture, 0) == nina);
      g_assert_false (entente_history_get_can_redo (fixture->history));
    }
}

static void
test_group (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(EntentePersona) nina = entente_persona_new ();

  set_title (fixture, "A");

  /* Adding a persona, as the editor does it: one step. */
  entente_history_begin_group (fixture->history);
  entente_item_insert (ENTENTE_ITEM (fixture->doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 2, ENTENTE_ITEM (nina));
  entente_history_begin_group (fixture->history);
  entente_item_set_string (ENTENTE_ITEM (nina), ENTENTE_PERSONA_FIELD_ID, "nina");
  entente_history_end_group (fixture->history);
  /* A seal from a focus change does not split a group. */
  entente_history_seal (fixture->history);
  entente_item_set_string (ENTENTE_ITEM (nina), ENTENTE_PERSONA_FIELD_NAME, "Nina");
  /* Moved after its insertion: undone in the wrong order, the removal
   * would take another persona. */
  entente_item_move (ENTENTE_ITEM (fixture->doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 2, 0);
  /* Typing in the field edited before the group is no merge either. */
  set_title (fixture, "Abz");
  set_title (fixture, "Ab");
  entente_history_end_group (fixture->history);

  /* Nor does typing after the group merge into it. */
  set_title (fixture, "Abc");

  /* An empty group adds no step. */
  entente_history_begin_group (fixture->history);
  entente_history_end_group (fixture->history);

  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "Ab");
  assert_persona_ids (fixture, "nina|ops-olivia|it-ian");

  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");
  assert_persona_ids (fixture, "ops-olivia|it-ian");
  /* Undone in reverse order: the values were unset while still attached. */
  g_assert_null (entente_persona_get_id (nina));
  g_assert_null (entente_persona_get_name (nina));

  entente_history_redo (fixture->history);
  assert_persona_ids (fixture, "nina|ops-olivia|it-ian");
  g_assert_true (persona_at (fixture, 0) == nina);
  g_assert_cmpstr (entente_persona_get_name (nina), ==, "Nina");
  g_assert_cmpstr (title (fixture), ==, "Ab");

  entente_history_undo (fixture->history);
  g_assert_cmpuint (count_undo (fixture), ==, 1);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
}

static void
test_group_is_sealed (Fixture       *fixture,
                      gconstpointer  data)
{
  /* A group of one value edit looks like typing, but typing on after it
   * is a step of its own. */
  entente_history_begin_group (fixture->history);
  set_title (fixture, "A");
  entente_history_end_group (fixture->history);
  set_title (fixture, "Ab");

  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
}

static void
test_new_edit_clears_redo (Fixture       *fixture,
                           gconstpointer  data)
{
  set_title (fixture, "A");
  entente_history_seal (fixture->history);
  set_title (fixture, "B");
  entente_history_undo (fixture->history);
  g_assert_true (entente_history_get_can_redo (fixture->history));

  set_organization (fixture, "Other");
  g_assert_false (entente_history_get_can_redo (fixture->history));
  entente_history_redo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");

  entente_history_undo (fixture->history);
  g_assert_cmpstr (entente_meta_get_organization (fixture->meta), ==, ACME_ORGANIZATION);
  g_assert_cmpstr (title (fixture), ==, "A");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
  g_assert_false (entente_history_get_can_undo (fixture->history));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_notifications (Fixture       *fixture,
                    gconstpointer  data)
{
  guint undo_notified = 0, redo_notified = 0;
  gboolean can_undo = TRUE;

  g_signal_connect (fixture->history, "notify::can-undo", G_CALLBACK (on_notify), &undo_notified);
  g_signal_connect (fixture->history, "notify::can-redo", G_CALLBACK (on_notify), &redo_notified);

  g_object_get (fixture->history, "can-undo", &can_undo, NULL);
  g_assert_false (can_undo);

  set_title (fixture, "A");
  g_assert_cmpuint (undo_notified, ==, 1);
  g_assert_cmpuint (redo_notified, ==, 0);
  g_object_get (fixture->history, "can-undo", &can_undo, NULL);
  g_assert_true (can_undo);

  /* No change, no notification. */
  set_title (fixture, "Ab");
  entente_history_seal (fixture->history);
  set_organization (fixture, "B");
  g_assert_cmpuint (undo_notified, ==, 1);
  g_assert_cmpuint (redo_notified, ==, 0);

  entente_history_undo (fixture->history);
  g_assert_cmpuint (undo_notified, ==, 1);
  g_assert_cmpuint (redo_notified, ==, 1);

  entente_history_undo (fixture->history);
  g_assert_cmpuint (undo_notified, ==, 2);
  g_assert_cmpuint (redo_notified, ==, 1);

  entente_history_redo (fixture->history);
  g_assert_cmpuint (undo_notified, ==, 3);
  g_assert_cmpuint (redo_notified, ==, 1);

  entente_history_redo (fixture->history);
  g_assert_cmpuint (undo_notified, ==, 3);
  g_assert_cmpuint (redo_notified, ==, 2);

  entente_history_undo (fixture->history);
  g_assert_cmpuint (redo_notified, ==, 3);
  set_title (fixture, "C");
  g_assert_cmpuint (undo_notified, ==, 3);
  g_assert_cmpuint (redo_notified, ==, 4);

  entente_history_clear (fixture->history);
  g_assert_false (entente_history_get_can_undo (fixture->history));
  g_assert_cmpuint (undo_notified, ==, 4);
  g_assert_cmpuint (redo_notified, ==, 4);
  g_assert_cmpstr (title (fixture), ==, "C");
}

static void
test_modified_follows_clean_point (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_assert_false (entente_document_get_modified (fixture->doc));

  set_title (fixture, "A");
  g_assert_true (entente_document_get_modified (fixture->doc));
  entente_history_undo (fixture->history);
  g_assert_false (entente_document_get_modified (fixture->doc));
  entente_history_redo (fixture->history);
  g_assert_true (entente_document_get_modified (fixture->doc));

  /* A save here: the document is saved with title "A". */
  entente_document_set_modified (fixture->doc, FALSE);
  entente_history_mark_clean (fixture->history);

  set_title (fixture, "Ab");
  g_assert_true (entente_document_get_modified (fixture->doc));
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");
  g_assert_false (entente_document_get_modified (fixture->doc));
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
  g_assert_true (entente_document_get_modified (fixture->doc));
  entente_history_redo (fixture->history);
  g_assert_false (entente_document_get_modified (fixture->doc));
  entente_history_redo (fixture->history);
  g_assert_true (entente_document_get_modified (fixture->doc));

  /* Saved while typing: typing on after the save is a new step, so that
   * undo stops at what was saved. */
  set_organization (fixture, "B");
  entente_document_set_modified (fixture->doc, FALSE);
  entente_history_mark_clean (fixture->history);
  set_organization (fixture, "Bc");
  g_assert_true (entente_document_get_modified (fixture->doc));
  entente_history_undo (fixture->history);
  g_assert_cmpstr (entente_meta_get_organization (fixture->meta), ==, "B");
  g_assert_false (entente_document_get_modified (fixture->doc));
}

static void
test_clean_point_discarded (Fixture       *fixture,
                            gconstpointer  data)
{
  set_title (fixture, "A");
  entente_history_seal (fixture->history);
  set_title (fixture, "B");
  entente_document_set_modified (fixture->doc, FALSE);
  entente_history_mark_clean (fixture->history);

  /* Back two steps, and another way from there: the saved state, two
   * steps deep, is gone. */
  entente_history_undo (fixture->history);
  entente_history_undo (fixture->history);
  set_organization (fixture, "X");
  entente_history_seal (fixture->history);
  set_organization (fixture, "Y");
  entente_history_undo (fixture->history);
  g_assert_true (entente_document_get_modified (fixture->doc));
  /* As many steps as when saved, yet not the saved state. */
  entente_history_redo (fixture->history);
  g_assert_cmpstr (entente_meta_get_organization (fixture->meta), ==, "Y");
  g_assert_true (entente_document_get_modified (fixture->doc));
  entente_history_undo (fixture->history);
  entente_history_undo (fixture->history);
  g_assert_true (entente_document_get_modified (fixture->doc));

  /* Until the next save. */
  entente_document_set_modified (fixture->doc, FALSE);
  entente_history_mark_clean (fixture->history);
  entente_history_redo (fixture->history);
  g_assert_true (entente_document_get_modified (fixture->doc));
  entente_history_undo (fixture->history);
  g_assert_false (entente_document_get_modified (fixture->doc));
}

static void
test_modified_document_has_no_clean_point (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteHistory) history = NULL;

  /* As a restored draft is. */
  entente_document_set_modified (doc, TRUE);
  history = entente_history_new (doc);

  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (doc)), ENTENTE_META_FIELD_TITLE, "A");
  entente_history_undo (history);
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (doc)), ==, ACME_TITLE);
  g_assert_true (entente_document_get_modified (doc));
}

static void
test_oldest_steps_dropped (Fixture       *fixture,
                           gconstpointer  data)
{
  EntenteItem *meta = ENTENTE_ITEM (fixture->meta);

  for (int i = 1; i <= ENTENTE_HISTORY_MAX_STEPS + 5; i++)
    {
      entente_item_set_int (meta, ENTENTE_META_FIELD_REVISION, i);
      entente_history_seal (fixture->history);
    }

  g_assert_cmpuint (count_undo (fixture), ==, ENTENTE_HISTORY_MAX_STEPS);
  g_assert_cmpint (entente_meta_get_revision (fixture->meta), ==, 5);
  /* The saved state went with the oldest steps. */
  g_assert_true (entente_document_get_modified (fixture->doc));
}

static void
test_clear (Fixture       *fixture,
            gconstpointer  data)
{
  set_title (fixture, "A");
  entente_history_seal (fixture->history);
  set_title (fixture, "B");
  entente_history_undo (fixture->history);

  entente_history_clear (fixture->history);
  g_assert_false (entente_history_get_can_undo (fixture->history));
  g_assert_false (entente_history_get_can_redo (fixture->history));
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");

  /* Recording goes on after a clear. */
  set_title (fixture, "C");
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, "A");
  g_assert_true (entente_document_get_modified (fixture->doc));
}

/* A merge applied onto the open document: one step, with the steps
 * before it kept, and the items it did not replace still the same
 * objects. */
static void
test_apply (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteItem) before_merge = NULL;
  EntentePersona *ian = persona_at (fixture, 1);
  EntenteItem *mql;

  set_title (fixture, "Ours");
  entente_history_seal (fixture->history);
  entente_test_add_persona (fixture->doc, "nina", "Nina");
  before_merge = entente_item_copy (ENTENTE_ITEM (fixture->doc));

  /* Theirs, merged in: another organization, another order, a persona
   * edited and one added, a target changed, a list of texts changed. */
  merged = ENTENTE_DOCUMENT (entente_item_copy (ENTENTE_ITEM (fixture->doc)));
  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (merged)),
                           ENTENTE_META_FIELD_ORGANIZATION, "Theirs Ltd.");
  entente_item_move (ENTENTE_ITEM (merged), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0, 2);
  entente_item_set_string (entente_test_persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_NAME, "Ian");
  entente_test_add_persona (merged, "omar", "Omar");
  mql = entente_test_target (merged, "mql");
  g_object_set (mql, "count", 450, NULL);
  entente_test_set_strv (entente_test_persona (merged, "it-ian"), "job-titles", "CIO", "CTO", NULL);

  g_assert_true (entente_history_apply (fixture->history, merged));
  g_assert_true (entente_item_equal (ENTENTE_ITEM (fixture->doc), ENTENTE_ITEM (merged)));
  assert_persona_ids (fixture, "it-ian|nina|ops-olivia|omar");
  g_assert_true (persona_at (fixture, 0) == ian);
  g_assert_cmpstr (entente_persona_get_name (ian), ==, "Ian");
  g_assert_true (entente_document_get_modified (fixture->doc));

  /* One undo takes the whole merge back; the steps before are there. */
  entente_history_undo (fixture->history);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (fixture->doc), before_merge));
  g_assert_true (persona_at (fixture, 1) == ian);
  entente_history_redo (fixture->history);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (fixture->doc), ENTENTE_ITEM (merged)));
  entente_history_undo (fixture->history);
  g_assert_cmpuint (count_undo (fixture), ==, 2);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
  g_assert_false (entente_document_get_modified (fixture->doc));

  /* Applying what the document already holds adds no step. */
  g_clear_object (&merged);
  merged = ENTENTE_DOCUMENT (entente_item_copy (ENTENTE_ITEM (fixture->doc)));
  g_assert_true (entente_history_apply (fixture->history, merged));
  g_assert_false (entente_history_get_can_undo (fixture->history));
}

/* After someone else saved the file, no step is what it holds. */
static void
test_forget_clean (Fixture       *fixture,
                   gconstpointer  data)
{
  set_title (fixture, "A");
  entente_history_forget_clean (fixture->history);
  entente_history_undo (fixture->history);
  g_assert_cmpstr (title (fixture), ==, ACME_TITLE);
  g_assert_true (entente_document_get_modified (fixture->doc));
}

/* What no edit changes, the kept extensions of a newer format on the
 * document, is not half applied. */
static void
test_apply_refuses_extensions (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = entente_document_serialize (fixture->doc);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  g_autoptr(GBytes) newer = NULL;
  g_autoptr(EntenteDocument) other = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_string_replace (text, "<sla ", "<sla xmlns:x=\"urn:example:crm\" x:source=\"hubspot\" ", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "format=\"1\"", "format=\"1.3\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, ACME_ORGANIZATION, "Theirs Ltd.", 1), ==, 1);
  newer = g_bytes_new (text->str, text->len);
  other = entente_document_new_from_bytes (newer, "newer.entente", &error);
  g_assert_no_error (error);

  g_assert_false (entente_history_apply (fixture->history, other));
  g_assert_cmpstr (entente_meta_get_organization (fixture->meta), ==, ACME_ORGANIZATION);
  g_assert_false (entente_history_get_can_undo (fixture->history));
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/history/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("value-undo-redo", test_value_undo_redo);
  ADD ("typing-is-one-step", test_typing_is_one_step);
  ADD ("seal-splits-steps", test_seal_splits_steps);
  ADD ("undo-redo-seal", test_undo_redo_seal);
  ADD ("other-field-splits-steps", test_other_field_splits_steps);
  ADD ("list-edits", test_list_edits);
  ADD ("list-edit-is-its-own-step", test_list_edit_is_its_own_step);
  ADD ("insert-undo-redo-repeatedly", test_insert_undo_redo_repeatedly);
  ADD ("group", test_group);
  ADD ("group-is-sealed", test_group_is_sealed);
  ADD ("new-edit-clears-redo", test_new_edit_clears_redo);
  ADD ("notifications", test_notifications);
  ADD ("modified-follows-clean-point", test_modified_follows_clean_point);
  ADD ("clean-point-discarded", test_clean_point_discarded);
  ADD ("oldest-steps-dropped", test_oldest_steps_dropped);
  ADD ("clear", test_clear);
  ADD ("apply", test_apply);
  ADD ("forget-clean", test_forget_clean);
  ADD ("apply-refuses-extensions", test_apply_refuses_extensions);
  g_test_add_func ("/history/modified-document-has-no-clean-point", test_modified_document_has_no_clean_point);

#undef ADD

  return g_test_run ();
}
