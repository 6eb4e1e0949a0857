/* entente-item-factory.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-item-factory.h"

/* A new item, as "Add" makes it: valid from the start (a unique id, every
 * required reference pointing at something that exists), so that saving
 * at any moment writes a file that loads again. */

static char *
unique_id (GListModel *list,
           const char *prefix)
{
  for (guint n = g_list_model_get_n_items (list) + 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, n);
      gboolean taken = FALSE;

      for (guint i = 0, len = g_list_model_get_n_items (list); i < len && !taken; i++)
        {
          g_autoptr(EntenteItem) item = g_list_model_get_item (list, i);

          taken = g_strcmp0 (entente_item_get_string (item, 0), id) == 0;
        }
      if (!taken)
        return g_steal_pointer (&id);
    }
}

static const char *
first_id (GListModel *list,
          guint       offset)
{
  g_autoptr(EntenteItem) item = NULL;

  if (g_list_model_get_n_items (list) <= offset)
    return NULL;
  item = g_list_model_get_item (list, offset);
  return entente_item_get_string (item, 0);
}

/* The first stage that no item of @list refers to in @field yet. */
static const char *
free_stage (EntenteDocument *document,
            GListModel      *list,
            guint            field)
{
  GListModel *stages = entente_document_get_stages (document);

  for (guint i = 0, n = g_list_model_get_n_items (stages); i < n; i++)
    {
      const char *id = first_id (stages, i);
      gboolean used = FALSE;

      for (guint j = 0, m = g_list_model_get_n_items (list); j < m && !used; j++)
        {
          g_autoptr(EntenteItem) item = g_list_model_get_item (list, j);

          used = g_strcmp0 (entente_item_get_string (item, field), id) == 0;
        }
      if (!used)
        return id;
    }

  return first_id (stages, 0);
}

/**
 * entente_item_factory_create:
 * @why_not: (out): when no item can be made yet, a sentence saying what
 *   to add first
 *
 * Returns: (transfer full) (nullable): a new item for @list_field of
 *   @owner, not yet inserted
 */
EntenteItem *
entente_item_factory_create (EntenteDocument  *document,
                             EntenteItem      *owner,
                             guint             list_field,
                             char            **why_not)
{
  GListModel *list = entente_item_get_list (owner, list_field);
  GListModel *parties = entente_document_get_parties (document);
  GListModel *stages = entente_document_get_stages (document);
  GType type = entente_item_get_field (owner, list_field)->get_type ();
  g_autofree char *id = NULL;
  gboolean needs_stage = type == ENTENTE_TYPE_CONVERSION || type == ENTENTE_TYPE_TARGET ||
                         type == ENTENTE_TYPE_HANDOFF || type == ENTENTE_TYPE_PROTOCOL;
  gboolean needs_party = type == ENTENTE_TYPE_HANDOFF || type == ENTENTE_TYPE_ACCOUNTABILITY;

  if ((needs_stage && g_list_model_get_n_items (stages) == 0) ||
      (type == ENTENTE_TYPE_CONVERSION && g_list_model_get_n_items (stages) < 2))
    {
      *why_not = g_strdup (_("Add the stages of your funnel first, under Lead Definitions."));
      return NULL;
    }
  if (needs_party && g_list_model_get_n_items (parties) == 0)
    {
      *why_not = g_strdup (_("Add the teams that are party to the agreement first, under Overview."));
      return NULL;
    }

  if (type == ENTENTE_TYPE_PARTY)
    {
      id = unique_id (list, "team");
      return g_object_new (type, "id", id, "team", _("New team"), "kind", ENTENTE_PARTY_KIND_OTHER, NULL);
    }
  if (type == ENTENTE_TYPE_PERSONA)
    {
      id = unique_id (list, "persona");
      return g_object_new (type, "id", id, "name", _("New persona"), NULL);
    }
  if (type == ENTENTE_TYPE_STAGE)
    {
      id = unique_id (list, "stage");
      return g_object_new (type, "id", id, "name", _("New stage"), "owner", first_id (parties, 0), NULL);
    }
  if (type == ENTENTE_TYPE_CRITERION)
    return g_object_new (type, "kind", ENTENTE_CRITERION_KIND_FIT, "points", 10, "text", _("New criterion"), NULL);
  if (type == ENTENTE_TYPE_CONVERSION)
    {
      const char *from = free_stage (document, list, ENTENTE_CONVERSION_FIELD_FROM);
      guint n = g_list_model_get_n_items (stages);
      const char *to = NULL;

      /* The next stage down the funnel from @from. */
      for (guint i = 0; i + 1 < n && to == NULL; i++)
        if (g_strcmp0 (first_id (stages, i), from) == 0)
          to = first_id (stages, i + 1);
      if (to == NULL)
        {
          from = first_id (stages, 0);
          to = first_id (stages, 1);
        }
      return g_object_new (type, "from", from, "to", to, "rate", 0.5, NULL);
    }
  if (type == ENTENTE_TYPE_TARGET)
    return g_object_new (type, "stage", free_stage (document, list, ENTENTE_TARGET_FIELD_STAGE), NULL);
  if (type == ENTENTE_TYPE_HANDOFF)
    {
      id = unique_id (list, "handoff");
      return g_object_new (type, "id", id, "from", first_id (stages, 0), "to", first_id (parties, 0), NULL);
    }
  if (type == ENTENTE_TYPE_PROTOCOL)
    return g_object_new (type, "stage", free_stage (document, list, ENTENTE_PROTOCOL_FIELD_STAGE), NULL);
  if (type == ENTENTE_TYPE_ESCALATION_STEP)
    {
      g_autoptr(EntenteDuration) day = entente_duration_parse ("PT24H");

      return g_object_new (type, "after", day, "to", _("Manager"), NULL);
    }
  if (type == ENTENTE_TYPE_ACCOUNTABILITY)
    return g_object_new (type, "party", first_id (parties, 0), NULL);

  return g_object_new (type, NULL);
}
