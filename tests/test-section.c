/* test-section.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "entente-test-util.h"

/* One table names the sections: every part of an agreement belongs to
 * one, every name a file or an earlier version used resolves to the part
 * it meant, and an item is found in the section of the part holding it. */

static void
test_every_part_once (void)
{
  for (guint field = 0; field < ENTENTE_DOCUMENT_N_FIELDS; field++)
    {
      EntenteSection section;
      guint holders = 0;

      for (EntenteSection s = 0; s < ENTENTE_N_SECTIONS; s++)
        {
          const EntenteSectionInfo *info = entente_section_get_info (s);

          for (guint f = 0; f < info->n_fields; f++)
            holders += info->fields[f] == field;
        }

      if (field == ENTENTE_DOCUMENT_FIELD_FORMAT || field == ENTENTE_DOCUMENT_FIELD_ANCESTRY)
        {
          g_assert_cmpuint (holders, ==, 0);
          g_assert_false (entente_section_of_field (field, &section));
          g_assert_null (entente_section_name_of_field (field));
          continue;
        }

      g_assert_cmpuint (holders, ==, 1);
      g_assert_true (entente_section_of_field (field, &section));
      {
        const char *name = entente_section_name_of_field (field);
        EntenteSection again;
        EntenteDocumentField part;

        /* What an anchor calls a part leads back to it. */
        g_assert_nonnull (name);
        g_assert_true (entente_section_resolve_name (name, &again, &part));
        g_assert_cmpint (again, ==, section);
        g_assert_cmpint (part, ==, field);
      }
    }
}

static void
test_ids (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (EntenteSection s = 0; s < ENTENTE_N_SECTIONS; s++)
    {
      const EntenteSectionInfo *info = entente_section_get_info (s);
      EntenteSection back;

      g_assert_cmpint (info->section, ==, s);
      g_assert_true (g_hash_table_add (seen, (gpointer) info->id));
      g_assert_true (entente_section_from_id (info->id, &back));
      g_assert_cmpint (back, ==, s);
      g_assert_cmpstr (entente_section_title_for_id (info->id), ==, entente_section_get_title (s));
      /* The steps come first, and a part outside them is shown by one. */
      g_assert_true (entente_section_is_step (s) == (s < ENTENTE_N_STEPS));
      g_assert_true (entente_section_is_step (info->step));
      g_assert_true (!entente_section_is_step (s) || info->step == s);
    }

  g_assert_false (entente_section_from_id ("nowhere", &(EntenteSection) { 0 }));
  g_assert_cmpstr (entente_section_title_for_id ("nowhere"), ==, "nowhere");
}

/* Anchors of files written by earlier versions. */
static void
test_old_names (void)
{
  static const struct {
    const char           *name;
    EntenteSection        section;
    EntenteDocumentField  field;
  } names[] = {
    { "overview", ENTENTE_SECTION_OVERVIEW, ENTENTE_DOCUMENT_FIELD_META },
    { "meta", ENTENTE_SECTION_OVERVIEW, ENTENTE_DOCUMENT_FIELD_META },
    { "parties", ENTENTE_SECTION_OVERVIEW, ENTENTE_DOCUMENT_FIELD_PARTIES },
    { "stages", ENTENTE_SECTION_LEAD_DEFINITIONS, ENTENTE_DOCUMENT_FIELD_STAGES },
    { "lead-definitions", ENTENTE_SECTION_LEAD_DEFINITIONS, ENTENTE_DOCUMENT_FIELD_STAGES },
    { "handoffs", ENTENTE_SECTION_HANDOFF, ENTENTE_DOCUMENT_FIELD_HANDOFFS },
    { "handoff", ENTENTE_SECTION_HANDOFF, ENTENTE_DOCUMENT_FIELD_HANDOFFS },
    { "protocols", ENTENTE_SECTION_LEAD_MANAGEMENT, ENTENTE_DOCUMENT_FIELD_PROTOCOLS },
    { "lead-management", ENTENTE_SECTION_LEAD_MANAGEMENT, ENTENTE_DOCUMENT_FIELD_PROTOCOLS },
    { "approvals", ENTENTE_SECTION_APPROVALS, ENTENTE_DOCUMENT_FIELD_APPROVALS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      EntenteSection section;
      EntenteDocumentField field;

      g_assert_true (entente_section_resolve_name (names[i].name, &section, &field));
      g_assert_cmpint (section, ==, names[i].section);
      g_assert_cmpint (field, ==, names[i].field);
    }
  g_assert_cmpint (entente_comment_anchor_get_step ("approvals"), ==, ENTENTE_SECTION_REVIEW);
  g_assert_cmpint (entente_comment_anchor_get_step ("protocols/mql"), ==, ENTENTE_SECTION_LEAD_MANAGEMENT);
  g_assert_cmpint (entente_comment_anchor_get_step ("nowhere/x"), ==, ENTENTE_SECTION_OVERVIEW);
}

static void
test_items (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteStage) stage = g_list_model_get_item (entente_document_get_stages (document), 1);
  g_autoptr(EntenteItem) criterion = g_list_model_get_item (entente_stage_get_criteria (stage), 0);
  g_autoptr(EntenteItem) persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  g_autoptr(EntenteItem) party = g_list_model_get_item (entente_document_get_parties (document), 0);
  g_autoptr(EntenteItem) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (document)), 0);
  g_autoptr(EntenteItem) loose = g_object_new (ENTENTE_TYPE_PERSONA, NULL);

  g_assert_cmpint (entente_section_of_item (criterion), ==, ENTENTE_SECTION_LEAD_DEFINITIONS);
  g_assert_cmpint (entente_section_of_item (persona), ==, ENTENTE_SECTION_PERSONAS);
  g_assert_cmpint (entente_section_of_item (party), ==, ENTENTE_SECTION_OVERVIEW);
  g_assert_cmpint (entente_section_of_item (target), ==, ENTENTE_SECTION_GOALS);
  g_assert_cmpint (entente_section_of_item (ENTENTE_ITEM (entente_document_get_review (document))), ==, ENTENTE_SECTION_REVIEW);
  g_assert_cmpint (entente_section_of_item (ENTENTE_ITEM (document)), ==, ENTENTE_SECTION_OVERVIEW);
  g_assert_cmpint (entente_section_of_item (loose), ==, ENTENTE_SECTION_OVERVIEW);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/section/every-part-once", test_every_part_once);
  g_test_add_func ("/section/ids", test_ids);
  g_test_add_func ("/section/old-names", test_old_names);
  g_test_add_func ("/section/items", test_items);

  return g_test_run ();
}
