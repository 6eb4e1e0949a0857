/* entente-section.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include "entente-section.h"

/* Every part of Entente that names a section takes it from here: the
 * window's steps, findings, completeness, the diff's groups, comment
 * anchors and the exports.  Ids are written in files (comment anchors),
 * so they never change; the names files of earlier versions used for
 * some of them still resolve, to the part of the document they meant. */

static const EntenteSectionInfo sections[] = {
  { ENTENTE_SECTION_OVERVIEW, "overview", N_("Overview"), ENTENTE_SECTION_OVERVIEW,
    2, { ENTENTE_DOCUMENT_FIELD_META, ENTENTE_DOCUMENT_FIELD_PARTIES } },
  { ENTENTE_SECTION_PERSONAS, "personas", N_("Personas"), ENTENTE_SECTION_PERSONAS,
    1, { ENTENTE_DOCUMENT_FIELD_PERSONAS } },
  { ENTENTE_SECTION_LEAD_DEFINITIONS, "lead-definitions", N_("Lead Definitions"), ENTENTE_SECTION_LEAD_DEFINITIONS,
    1, { ENTENTE_DOCUMENT_FIELD_STAGES } },
  { ENTENTE_SECTION_GOALS, "goals", N_("Goals"), ENTENTE_SECTION_GOALS,
    1, { ENTENTE_DOCUMENT_FIELD_GOALS } },
  { ENTENTE_SECTION_HANDOFF, "handoff", N_("Handoff"), ENTENTE_SECTION_HANDOFF,
    1, { ENTENTE_DOCUMENT_FIELD_HANDOFFS } },
  { ENTENTE_SECTION_LEAD_MANAGEMENT, "lead-management", N_("Lead Management"), ENTENTE_SECTION_LEAD_MANAGEMENT,
    1, { ENTENTE_DOCUMENT_FIELD_PROTOCOLS } },
  { ENTENTE_SECTION_REVIEW, "review", N_("Review & Sign-Off"), ENTENTE_SECTION_REVIEW,
    1, { ENTENTE_DOCUMENT_FIELD_REVIEW } },
  { ENTENTE_SECTION_APPROVALS, "approvals", N_("Approvals"), ENTENTE_SECTION_REVIEW,
    1, { ENTENTE_DOCUMENT_FIELD_APPROVALS } },
  { ENTENTE_SECTION_COMMENTS, "comments", N_("Comments"), ENTENTE_SECTION_OVERVIEW,
    1, { ENTENTE_DOCUMENT_FIELD_COMMENTS } },
  { ENTENTE_SECTION_MONTHLY_REVIEW, "actuals-mapping", N_("Monthly Review"), ENTENTE_SECTION_REVIEW,
    1, { ENTENTE_DOCUMENT_FIELD_ACTUALS_MAPPING } },
  { ENTENTE_SECTION_MEETINGS, "meetings", N_("Review Meetings"), ENTENTE_SECTION_REVIEW,
    1, { ENTENTE_DOCUMENT_FIELD_MEETINGS } },
  { ENTENTE_SECTION_CONFLICTS, "conflicts", N_("Conflicts"), ENTENTE_SECTION_OVERVIEW,
    1, { ENTENTE_DOCUMENT_FIELD_CONFLICTS } },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sections) == ENTENTE_N_SECTIONS);

/* Names of a part of the document, as the file's elements spell them and
 * as comment anchors of earlier versions did. */
static const struct {
  const char           *name;
  EntenteDocumentField  field;
} field_names[] = {
  { "meta", ENTENTE_DOCUMENT_FIELD_META },
  { "parties", ENTENTE_DOCUMENT_FIELD_PARTIES },
  { "stages", ENTENTE_DOCUMENT_FIELD_STAGES },
  { "handoffs", ENTENTE_DOCUMENT_FIELD_HANDOFFS },
  { "protocols", ENTENTE_DOCUMENT_FIELD_PROTOCOLS },
};

const EntenteSectionInfo *
entente_section_get_info (EntenteSection section)
{
  g_return_val_if_fail (section < ENTENTE_N_SECTIONS, NULL);

  return &sections[section];
}

const char *
entente_section_get_id (EntenteSection section)
{
  g_return_val_if_fail (section < ENTENTE_N_SECTIONS, NULL);

  return sections[section].id;
}

/* Translated. */
const char *
entente_section_get_title (EntenteSection section)
{
  g_return_val_if_fail (section < ENTENTE_N_SECTIONS, NULL);

  return _(sections[section].title);
}

/**
 * entente_section_title_for_id:
 * @id: what a change or finding names its section by
 *
 * Returns: the translated title of the section @id names, or @id
 */
const char *
entente_section_title_for_id (const char *id)
{
  EntenteSection section;

  return entente_section_from_id (id, &section) ? entente_section_get_title (section) : id;
}

gboolean
entente_section_is_step (EntenteSection section)
{
  return section < ENTENTE_N_STEPS;
}

/**
 * entente_section_from_id:
 * @id: a section's id, or a name an earlier version used for it
 * @section: (out): the section
 *
 * Returns: whether @id names a section
 */
gboolean
entente_section_from_id (const char     *id,
                         EntenteSection *section)
{
  return entente_section_resolve_name (id, section, NULL);
}

/**
 * entente_section_resolve_name:
 * @name: a section's id, or the name of a part of the document
 * @section: (out): the section that shows it
 * @field: (out) (optional): the part of the document it names: the
 *   first of the section for a section's id
 *
 * Resolves what comment anchors and findings call a part of an
 * agreement, from this version or an earlier one.
 *
 * Returns: whether @name names anything
 */
gboolean
entente_section_resolve_name (const char           *name,
                              EntenteSection       *section,
                              EntenteDocumentField *field)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_str_equal (sections[i].id, name))
      {
        *section = sections[i].section;
        if (field != NULL)
          *field = sections[i].fields[0];
        return TRUE;
      }

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    if (g_str_equal (field_names[i].name, name))
      {
        if (field != NULL)
          *field = field_names[i].field;
        return entente_section_of_field (field_names[i].field, section);
      }

  return FALSE;
}

/**
 * entente_section_name_of_field:
 *
 * Returns: (nullable): what comment anchors call @field: the id of its
 *   section when it is the section's first part, else its own name;
 *   %NULL when no section shows it
 */
const char *
entente_section_name_of_field (EntenteDocumentField field)
{
  EntenteSection section;

  if (!entente_section_of_field (field, &section))
    return NULL;
  if (sections[section].fields[0] == field)
    return sections[section].id;

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    if (field_names[i].field == field)
      return field_names[i].name;

  return NULL;
}

/**
 * entente_section_of_field:
 * @section: (out): the section that shows @field
 *
 * Returns: whether a section shows @field (the format and the file's
 *   ancestry are part of none)
 */
gboolean
entente_section_of_field (EntenteDocumentField  field,
                          EntenteSection       *section)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    for (guint f = 0; f < sections[i].n_fields; f++)
      if (sections[i].fields[f] == field)
        {
          *section = sections[i].section;
          return TRUE;
        }

  return FALSE;
}

/**
 * entente_section_of_item:
 *
 * Returns: the section that shows @item, the overview for the document
 *   itself or an item in no document
 */
EntenteSection
entente_section_of_item (EntenteItem *item)
{
  EntenteSection section = ENTENTE_SECTION_OVERVIEW;
  EntenteItem *parent;

  g_return_val_if_fail (ENTENTE_IS_ITEM (item), ENTENTE_SECTION_OVERVIEW);

  while ((parent = entente_item_get_parent (item)) != NULL && !ENTENTE_IS_DOCUMENT (parent))
    item = parent;
  if (parent == NULL)
    return ENTENTE_SECTION_OVERVIEW;

  /* Each part of a document holds items of a type of its own. */
  for (guint i = 0; i < ENTENTE_DOCUMENT_N_FIELDS; i++)
    {
      const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (parent)->fields[i];

      if (field->get_type != NULL && field->get_type () == G_OBJECT_TYPE (item))
        {
          entente_section_of_field ((EntenteDocumentField) i, &section);
          break;
        }
    }

  return section;
}
