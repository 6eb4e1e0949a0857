/* entente-actuals-crm.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-gettext.h"

#include "entente-actuals-crm.h"
#include "entente-actuals-header.h"
#include "entente-stage.h"

/* The exports people have, recognised by the header names their CRM
 * writes (gathered from real exports; see the README's "Monthly review").
 *
 * A CRM is recognised by a column only it writes, then each key takes the
 * first of its candidate columns the header has.  A document stage
 * matches a well-known stage by its id or its name, without case ("mql"
 * or "Marketing Qualified Lead"); a stage of any name also matches
 * HubSpot's one column per pipeline stage, `Date entered "<Stage>
 * (<Pipeline>)"`, when exactly one pipeline has it.
 *
 * What is deliberately not read:
 *  - HubSpot's "Last Contacted" is the latest contact, never the first;
 *  - HubSpot's deal "Close Date" is also the expected close of open deals
 *    and the date of lost ones, so it counts customers only where
 *    "Is Closed Won" says true;
 *  - Zoho's "Is Converted" says whether, not when, so it counts nothing
 *    in a month.
 * Each of these is said in the review as a note of the mapping. */

typedef struct
{
  const char *stage;      /* canonical id */
  const char *name;       /* canonical name */
  const char *alias;      /* (nullable): what CRMs call it otherwise */
} WellKnownStage;

static const WellKnownStage well_known_stages[] = {
  { "lead", "Lead", NULL },
  { "mql", "Marketing Qualified Lead", NULL },
  { "sal", "Sales Accepted Lead", NULL },
  { "sql", "Sales Qualified Lead", NULL },
  { "opportunity", "Opportunity", "Deal" },
  { "customer", "Customer", "Closed Won" },
};

typedef struct
{
  const char *stage;       /* a well-known stage id; NULL ends a list */
  const char *columns[3];  /* tried first, in order */
  const char *fallback;    /* (nullable): tried after the pipeline columns */
  const char *condition;   /* (nullable): the fallback counts only where this column is true */
} StageColumns;

typedef struct
{
  EntenteActualsSource  source;
  const char           *record[4];
  const char           *owner[4];
  const char           *first_contact[3];
  const char           *attempts[3];
  const StageColumns   *stages;
  gboolean              pipeline_columns;
} Crm;

static const StageColumns hubspot_contact_stages[] = {
  { "lead", { "Became a Lead Date" }, "Create Date", NULL },
  { "mql", { "Became a Marketing Qualified Lead Date" }, NULL, NULL },
  /* HubSpot has no accepted-lead stage; a contact is sales' once it
   * has an owner. */
  { "sal", { "Owner Assigned Date" }, NULL, NULL },
  { "sql", { "Became a Sales Qualified Lead Date" }, NULL, NULL },
  { "opportunity", { "Became an Opportunity Date" }, NULL, NULL },
  { "customer", { "Became a Customer Date" }, NULL, NULL },
  { NULL }
};

static const StageColumns hubspot_deal_stages[] = {
  { "opportunity", { "Create Date" }, NULL, NULL },
  { "customer", { NULL }, "Close Date", "Is Closed Won" },
  { NULL }
};

static const StageColumns salesforce_report_stages[] = {
  { "lead", { "Create Date" }, NULL, NULL },
  { "mql", { "MQL Date" }, NULL, NULL },
  { "sal", { "SAL Date" }, NULL, NULL },
  { "sql", { "SQL Date" }, NULL, NULL },
  { "opportunity", { "Converted Date" }, NULL, NULL },
  { "customer", { "Closed Won Date" }, NULL, NULL },
  { NULL }
};

static const StageColumns salesforce_api_stages[] = {
  { "lead", { "CreatedDate" }, NULL, NULL },
  { "opportunity", { "ConvertedDate" }, NULL, NULL },
  { NULL }
};

static const StageColumns pipedrive_stages[] = {
  { "lead", { "Lead - Lead created", "Lead - Created" }, NULL, NULL },
  { "opportunity", { "Deal - Deal created" }, NULL, NULL },
  { "customer", { "Deal - Won time" }, NULL, NULL },
  { NULL }
};

static const StageColumns zoho_stages[] = {
  { "lead", { "Created Time" }, NULL, NULL },
  { NULL }
};

static const Crm hubspot_contacts = {
  ENTENTE_ACTUALS_SOURCE_HUBSPOT,
  { "Record ID", "Contact ID" },
  { "Contact owner" },
  { "Date of first engagement", "Date of first outreach" },
  { "Number of times contacted", "Number of Sales Activities" },
  hubspot_contact_stages,
  TRUE,
};

static const Crm hubspot_deals = {
  ENTENTE_ACTUALS_SOURCE_HUBSPOT_DEALS,
  { "Record ID", "Deal ID" },
  { "Deal owner" },
  { NULL },
  { NULL },
  hubspot_deal_stages,
  TRUE,
};

static const Crm salesforce_report = {
  ENTENTE_ACTUALS_SOURCE_SALESFORCE,
  { "Lead ID" },
  { "Lead Owner" },
  { "First Activity Date" },
  { "Number of Activities" },
  salesforce_report_stages,
  FALSE,
};

static const Crm salesforce_api = {
  ENTENTE_ACTUALS_SOURCE_SALESFORCE_API,
  { "Id" },
  { "Owner.Name", "Owner", "OwnerId" },
  { NULL },
  { NULL },
  salesforce_api_stages,
  FALSE,
};

static const Crm pipedrive = {
  ENTENTE_ACTUALS_SOURCE_PIPEDRIVE,
  { "Deal - ID", "Lead - ID" },
  { "Deal - Owner", "Lead - Owner" },
  { NULL },
  { NULL },
  pipedrive_stages,
  FALSE,
};

static const Crm zoho = {
  ENTENTE_ACTUALS_SOURCE_ZOHO,
  { "Record Id" },
  { "Lead Owner", "Lead Owner.id" },
  { NULL },
  { NULL },
  zoho_stages,
  FALSE,
};

static gboolean
has (GPtrArray  *header,
     const char *column)
{
  return entente_actuals_header_find (header, column, NULL) >= 0;
}

static gboolean
has_prefix (GPtrArray  *header,
            const char *prefix)
{
  for (guint i = 0; i < header->len; i++)
    if (g_ascii_strncasecmp (g_ptr_array_index (header, i), prefix, strlen (prefix)) == 0)
      return TRUE;
  return FALSE;
}

/* Which CRM wrote @header, by columns only it writes.  Zoho's
 * "Record Id" is HubSpot's "Record ID" without case, so Zoho's own
 * columns are looked for first. */
static const Crm *
recognise (GPtrArray *header)
{
  if (has_prefix (header, "Deal - ") || has_prefix (header, "Lead - "))
    return &pipedrive;
  if (has (header, "Record ID") &&
      (has (header, "Deal owner") || has (header, "Deal Stage") || has (header, "Deal Name")))
    return &hubspot_deals;
  if (has (header, "Record Id") &&
      (has (header, "Created Time") || has (header, "Lead Owner") || has (header, "Is Converted")))
    return &zoho;
  if ((has (header, "Record ID") || has (header, "Contact ID")) &&
      (has (header, "Contact owner") || has (header, "Create Date") || has (header, "Lifecycle Stage")))
    return &hubspot_contacts;
  if (has (header, "Lead ID"))
    return &salesforce_report;
  if (has (header, "Id") &&
      (has (header, "CreatedDate") || has (header, "OwnerId") || has (header, "IsConverted")))
    return &salesforce_api;
  return NULL;
}

/* Maps @key to the first of @columns @header has, as the export spells
 * it (which the window lists); that column, or %NULL. */
static const char *
set_first (EntenteActualsMapping *mapping,
           GPtrArray             *header,
           const char            *key,
           const char * const    *columns,
           guint                  n_columns)
{
  for (guint i = 0; i < n_columns && columns[i] != NULL; i++)
    {
      int index = entente_actuals_header_find (header, columns[i], NULL);

      if (index >= 0)
        {
          entente_actuals_mapping_set (mapping, key, g_ptr_array_index (header, index));
          return g_ptr_array_index (header, index);
        }
    }
  return NULL;
}

static const WellKnownStage *
well_known (EntenteStage *stage)
{
  const char *id = entente_stage_get_id (stage);
  const char *name = entente_stage_get_name (stage);

  for (guint i = 0; i < G_N_ELEMENTS (well_known_stages); i++)
    {
      const WellKnownStage *known = &well_known_stages[i];

      if ((id != NULL && g_ascii_strcasecmp (id, known->stage) == 0) ||
          (name != NULL && (g_ascii_strcasecmp (name, known->stage) == 0 ||
                            g_ascii_strcasecmp (name, known->name) == 0)))
        return known;
    }
  return NULL;
}

static const StageColumns *
columns_of (const Crm            *crm,
            const WellKnownStage *known)
{
  if (known == NULL)
    return NULL;
  for (const StageColumns *columns = crm->stages; columns->stage != NULL; columns++)
    if (g_str_equal (columns->stage, known->stage))
      return columns;
  return NULL;
}

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (g_strstrip (fa), g_strstrip (fb));
}

/* The stage of a `Date entered "<Stage> (<Pipeline>)"` column, or
 * %NULL for any other column. */
static char *
pipeline_stage (const char *column)
{
  static const char prefix[] = "Date entered \"";
  const char *start, *end, *open;

  if (g_ascii_strncasecmp (column, prefix, strlen (prefix)) != 0)
    return NULL;
  start = column + strlen (prefix);
  end = strrchr (start, '"');
  if (end == NULL)
    return NULL;
  open = g_strrstr_len (start, end - start, " (");
  if (open == NULL || end[-1] != ')')
    return NULL;
  return g_strndup (start, open - start);
}

/* The one pipeline column of @stage; notes when several pipelines have
 * it, since which one the agreement is about only people know. */
static const char *
find_pipeline_column (GPtrArray             *header,
                      EntenteStage          *stage,
                      const WellKnownStage  *known,
                      EntenteActualsMapping *mapping)
{
  const char *found = NULL;
  guint count = 0;

  for (guint i = 0; i < header->len; i++)
    {
      const char *column = g_ptr_array_index (header, i);
      g_autofree char *label = pipeline_stage (column);

      if (label == NULL)
        continue;
      if (same_words (label, entente_stage_get_name (stage)) ||
          (known != NULL && (same_words (label, known->name) || same_words (label, known->alias))))
        {
          if (count == 0)
            found = column;
          count++;
        }
    }

  if (count > 1)
    {
      entente_actuals_mapping_add_note (mapping, entente_stage_get_id (stage),
                                        /* Translators: a stage, then how many pipelines have a column for it */
                                        g_strdup_printf (ngettext ("“%s” has a column in %u pipeline; none is read until one is chosen.",
                                                                      "“%s” has a column in each of %u pipelines; none is read until one is chosen.",
                                                                      count),
                                                         entente_stage_get_name (stage), count));
      return NULL;
    }
  return found;
}

static void
map_stage (const Crm             *crm,
           GPtrArray             *header,
           EntenteStage          *stage,
           EntenteActualsMapping *mapping)
{
  const WellKnownStage *known = well_known (stage);
  const StageColumns *columns = columns_of (crm, known);
  const char *id = entente_stage_get_id (stage);
  const char *pipeline;

  if (id == NULL)
    return;
  if (columns != NULL && set_first (mapping, header, id, columns->columns, G_N_ELEMENTS (columns->columns)) != NULL)
    return;
  if (crm->pipeline_columns && (pipeline = find_pipeline_column (header, stage, known, mapping)) != NULL)
    {
      entente_actuals_mapping_set (mapping, id, pipeline);
      return;
    }
  if (columns == NULL || columns->fallback == NULL || !has (header, columns->fallback))
    return;
  if (columns->condition == NULL)
    set_first (mapping, header, id, &columns->fallback, 1);
  else if (has (header, columns->condition))
    {
      g_autofree char *key = entente_actuals_condition_key (id);

      set_first (mapping, header, id, &columns->fallback, 1);
      set_first (mapping, header, key, &columns->condition, 1);
    }
  else
    entente_actuals_mapping_add_note (mapping, id,
                                      /* Translators: two columns of the export, then a stage */
                                      g_strdup_printf (_("“%s” is not read as %s: it also holds dates of records that never got there, and the export has no “%s” column to tell them apart."),
                                                       columns->fallback, entente_stage_get_name (stage), columns->condition));
}

/* What the review should say about columns it leaves alone. */
static void
note_unread (const Crm             *crm,
             GPtrArray             *header,
             EntenteDocument       *document,
             EntenteActualsMapping *mapping)
{
  if (crm == &hubspot_contacts && has (header, "Last Contacted"))
    entente_actuals_mapping_add_note (mapping, ENTENTE_ACTUALS_KEY_FIRST_CONTACT,
                                      g_strdup (_("“Last Contacted” is the latest contact, not the first, so it is not read as the first contact.")));

  if (crm == &zoho && has (header, "Is Converted"))
    {
      GListModel *stages = entente_document_get_stages (document);

      for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
        {
          g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);
          const WellKnownStage *known = well_known (stage);

          if (known != NULL && g_str_equal (known->stage, "opportunity") && entente_stage_get_id (stage) != NULL)
            entente_actuals_mapping_add_note (mapping, entente_stage_get_id (stage),
                                              /* Translators: %s is a stage */
                                              g_strdup_printf (_("“Is Converted” says whether a lead was converted but not when, so %s is not counted by month."),
                                                               entente_stage_get_name (stage)));
        }
    }
}

/**
 * entente_actuals_crm_recognise:
 * @header: (element-type utf8): an export's column names
 * @document: the agreement whose stages are looked for
 * @mapping: where the columns found go
 *
 * Recognises the CRM that wrote @header and maps the roles and the
 * stages of @document to its columns, only to columns @header has.
 *
 * Returns: the CRM, or %ENTENTE_ACTUALS_SOURCE_OTHER with nothing mapped
 */
EntenteActualsSource
entente_actuals_crm_recognise (GPtrArray             *header,
                               EntenteDocument       *document,
                               EntenteActualsMapping *mapping)
{
  const Crm *crm = recognise (header);
  GListModel *stages;

  if (crm == NULL)
    return ENTENTE_ACTUALS_SOURCE_OTHER;

  set_first (mapping, header, ENTENTE_ACTUALS_KEY_RECORD, crm->record, G_N_ELEMENTS (crm->record));
  set_first (mapping, header, ENTENTE_ACTUALS_KEY_OWNER, crm->owner, G_N_ELEMENTS (crm->owner));
  set_first (mapping, header, ENTENTE_ACTUALS_KEY_FIRST_CONTACT, crm->first_contact, G_N_ELEMENTS (crm->first_contact));
  set_first (mapping, header, ENTENTE_ACTUALS_KEY_ATTEMPTS, crm->attempts, G_N_ELEMENTS (crm->attempts));

  stages = entente_document_get_stages (document);
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);

      map_stage (crm, header, stage, mapping);
    }
  note_unread (crm, header, document, mapping);

  return crm->source;
}

/**
 * entente_actuals_source_get_name:
 *
 * Returns: what people call the export @source names, as “HubSpot
 *   contacts”; %NULL for %ENTENTE_ACTUALS_SOURCE_OTHER
 */
const char *
entente_actuals_source_get_name (EntenteActualsSource source)
{
  switch (source)
    {
    case ENTENTE_ACTUALS_SOURCE_HUBSPOT:
      return _("HubSpot contacts");
    case ENTENTE_ACTUALS_SOURCE_HUBSPOT_DEALS:
      return _("HubSpot deals");
    case ENTENTE_ACTUALS_SOURCE_SALESFORCE:
      return _("Salesforce lead report");
    case ENTENTE_ACTUALS_SOURCE_SALESFORCE_API:
      return _("Salesforce leads");
    case ENTENTE_ACTUALS_SOURCE_PIPEDRIVE:
      return _("Pipedrive");
    case ENTENTE_ACTUALS_SOURCE_ZOHO:
      return _("Zoho CRM leads");
    case ENTENTE_ACTUALS_SOURCE_OTHER:
    default:
      return NULL;
    }
}
