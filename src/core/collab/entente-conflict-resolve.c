/* entente-conflict-resolve.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-conflict-describe.h"
#include "entente-conflict-path-private.h"
#include "entente-conflict-resolve.h"
#include "entente-error.h"
#include "entente-loader-private.h"
#include "entente-value.h"

/* Resolving a conflict that entente_merge() recorded, by taking one of
 * its three versions.  The conflict's path (see the top of
 * entente-merge.c) leads from the document to one of three places:
 *
 * - a value or a list of strings ("goals/targets[mql]/count",
 *   "protocols[mql]/channels"): the version is parsed as the file spells
 *   it, a list one string a line, and set; an absent version is the
 *   unset value;
 * - an item of a list with keys ("personas[it-ian]"): an absent version
 *   deletes the item, one in XML replaces it;
 * - a run of items of a list without keys ("stages[sql]/criteria"): ours'
 *   run, found in the list by its items, is replaced by the chosen one.
 *   When ours' run is empty, nothing tells where the others would go, and
 *   only ours can be taken.
 *
 * Items in XML are read by the loader (entente_loader_load_items()), with
 * the checks of a file; whatever is taken must leave the document valid,
 * so a version that refers to a party or stage the document no longer
 * has, or that deletes one still referred to, is refused.  Every change
 * goes through the model's API and so reaches the history. */

typedef struct
{
  char                 *path;
  char                 *where;  /* the path in people's words, for messages */
  EntenteConflictPlace  kind;
  EntenteItem          *owner;     /* NULL when only the types are walked */
  EntenteItemClass     *klass;     /* the owner's */
  guint                 field;     /* of the owner */
  guint                 key_field; /* PLACE_ITEM: of each item of the list */
  char                 *key;       /* PLACE_ITEM */

  /* What taking the chosen version means */
  gboolean              keep;      /* nothing to change */
  GValue                value;     /* PLACE_VALUE */
  GPtrArray            *items;     /* PLACE_ITEM: none or one; PLACE_RUN: the run */
  GPtrArray            *ours;      /* PLACE_RUN: ours' run, to find it by */
} Plan;

static void
plan_clear (Plan *self)
{
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->where, g_free);
  g_clear_pointer (&self->key, g_free);
  if (G_IS_VALUE (&self->value))
    g_value_unset (&self->value);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->ours, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

/* Messages name the place as people read it, when it is known. */
#define PLAN_WHERE(plan) ((plan)->where != NULL ? (plan)->where : (plan)->path)

/* Errors */

static gboolean
unknown_place (Plan    *plan,
               GError **error)
{
  g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
               _("The conflict at “%s” is about a place in the SLA that this version of Entente does not know, so it cannot be resolved here."),
               PLAN_WHERE (plan));
  return FALSE;
}

static gboolean
gone (Plan        *plan,
      const char  *missing,
      GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("The conflict at “%s” can no longer be resolved this way: the SLA no longer has “%s”."),
               PLAN_WHERE (plan), missing);
  return FALSE;
}

/* Finding the place */

/* Follows the path of @plan from @root, or from the document's type when
 * @root is %NULL, and fills in the place it leads to. */
static gboolean
find_place (Plan         *plan,
            EntenteItem  *root,
            GError      **error)
{
  g_autoptr(GArray) steps = entente_conflict_path_walk (plan->path, root);
  EntenteConflictStep *last;

  if (steps == NULL)
    return unknown_place (plan, error);

  for (guint i = 1; root != NULL && i < steps->len; i++)
    if (g_array_index (steps, EntenteConflictStep, i).owner == NULL)
      {
        g_autofree char *missing = g_strndup (plan->path, g_array_index (steps, EntenteConflictStep, i - 1).end);

        return gone (plan, missing, error);
      }

  last = &g_array_index (steps, EntenteConflictStep, steps->len - 1);
  plan->owner = last->owner;
  plan->klass = last->klass;
  plan->field = last->field;
  plan->kind = entente_conflict_step_place (last);
  if (plan->kind == ENTENTE_CONFLICT_PLACE_UNKNOWN)
    return unknown_place (plan, error);
  if (plan->kind == ENTENTE_CONFLICT_PLACE_ITEM)
    {
      plan->key_field = (guint) last->key_field;
      plan->key = g_strdup (last->selector);
    }

  return TRUE;
}

/* Reading the chosen version */

static GPtrArray *
load_items (Plan        *plan,
            const char  *text,
            gboolean     keep_unknown,
            GError     **error)
{
  const EntenteField *field = &plan->klass->fields[plan->field];
  GPtrArray *items = entente_loader_load_items (field->get_type (), text, plan->path, keep_unknown, error);

  if (items == NULL)
    g_prefix_error (error, _("The conflict at “%s” cannot take that version, which is not valid:\n"), PLAN_WHERE (plan));

  return items;
}

/* Turns the text of the chosen version into what to put at the place. */
static gboolean
prepare (Plan                   *plan,
         EntenteConflict        *conflict,
         EntenteConflictChoice   choice,
         gboolean                keep_unknown,
         GError                **error)
{
  const EntenteField *field = &plan->klass->fields[plan->field];
  const char *text = entente_conflict_get_version (conflict, choice);
  const char *ours = entente_conflict_get_ours (conflict);
  g_autofree char *problem = NULL;

  switch (plan->kind)
    {
    case ENTENTE_CONFLICT_PLACE_VALUE:
      entente_value_init (field, &plan->value);
      if (text == NULL)
        {
          if (field->flags & ENTENTE_FIELD_REQUIRED)
            {
              g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                           _("The conflict at “%s” cannot take that version: it leaves “%s” unset, which the SLA needs."),
                           PLAN_WHERE (plan), _(field->label));
              return FALSE;
            }
        }
      else if (field->kind == ENTENTE_VALUE_STRV)
        g_value_take_boxed (&plan->value, g_strsplit (text, "\n", -1));
      /* As when reading a file, empty text is no text. */
      else if (!(field->kind == ENTENTE_VALUE_STRING && text[0] == '\0') &&
               !entente_value_parse (field, text, &plan->value, &problem))
        {
          g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                       _("The conflict at “%s” cannot take that version: %s."),
                       PLAN_WHERE (plan), problem);
          return FALSE;
        }
      return TRUE;

    case ENTENTE_CONFLICT_PLACE_ITEM:
      if (text == NULL)
        {
          plan->items = g_ptr_array_new_with_free_func (g_object_unref);
          return TRUE;
        }
      plan->items = load_items (plan, text, keep_unknown, error);
      if (plan->items == NULL)
        return FALSE;
      if (plan->items->len != 1 ||
          g_strcmp0 (entente_item_get_string (plan->items->pdata[0], plan->key_field), plan->key) != 0)
        {
          g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                       _("The conflict at “%s” cannot take that version: it does not hold the one item “%s” that the conflict is about."),
                       PLAN_WHERE (plan), plan->key);
          return FALSE;
        }
      return TRUE;

    case ENTENTE_CONFLICT_PLACE_RUN:
      /* The merge left ours' run in place. */
      if (choice == ENTENTE_CONFLICT_TAKE_OURS || g_strcmp0 (text, ours) == 0)
        {
          plan->keep = TRUE;
          return TRUE;
        }
      if (ours != NULL)
        {
          plan->ours = load_items (plan, ours, keep_unknown, error);
          if (plan->ours == NULL)
            return FALSE;
        }
      if (plan->ours == NULL || plan->ours->len == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("The conflict at “%s” cannot take that version: our version removed these entries, so nothing tells where the others would go. Add them to the list by hand, then keep ours."),
                       PLAN_WHERE (plan));
          return FALSE;
        }
      plan->items = text != NULL ? load_items (plan, text, keep_unknown, error)
                                 : g_ptr_array_new_with_free_func (g_object_unref);
      return plan->items != NULL;

    default:
      g_assert_not_reached ();
    }
}

/* Taking it */

static gboolean
target_exists (EntenteDocument *doc,
               gboolean         party,
               const char      *id)
{
  return party ? entente_document_find_party (doc, id) != NULL
               : entente_document_find_stage (doc, id) != NULL;
}

static gboolean
dangling (Plan        *plan,
          gboolean     party,
          const char  *id,
          GError     **error)
{
  if (party)
    g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE,
                 _("The conflict at “%s” cannot take that version: it refers to the party “%s”, which the SLA no longer has."),
                 PLAN_WHERE (plan), id);
  else
    g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE,
                 _("The conflict at “%s” cannot take that version: it refers to the stage “%s”, which the SLA no longer has."),
                 PLAN_WHERE (plan), id);
  return FALSE;
}

/* Whether every reference in @item names a party or stage of @doc. */
static gboolean
check_references (Plan             *plan,
                  EntenteDocument  *doc,
                  EntenteItem      *item,
                  GError          **error)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (field->kind == ENTENTE_VALUE_REF && (field->flags & (ENTENTE_FIELD_REF_PARTY | ENTENTE_FIELD_REF_STAGE)))
        {
          const char *id = entente_item_get_string (item, i);
          gboolean party = (field->flags & ENTENTE_FIELD_REF_PARTY) != 0;

          if (id != NULL && !target_exists (doc, party, id))
            return dangling (plan, party, id, error);
        }
      else if (field->kind == ENTENTE_VALUE_OBJECT)
        {
          if (!check_references (plan, doc, entente_item_get_child (item, i), error))
            return FALSE;
        }
      else if (field->kind == ENTENTE_VALUE_LIST)
        {
          GListModel *list = entente_item_get_list (item, i);

          for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
            {
              g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);

              if (!check_references (plan, doc, child, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
apply_value (Plan             *plan,
             EntenteDocument  *doc,
             GError          **error)
{
  const EntenteField *field = &plan->klass->fields[plan->field];

  if (field->kind == ENTENTE_VALUE_REF && (field->flags & (ENTENTE_FIELD_REF_PARTY | ENTENTE_FIELD_REF_STAGE)))
    {
      const char *id = g_value_get_string (&plan->value);
      gboolean party = (field->flags & ENTENTE_FIELD_REF_PARTY) != 0;

      if (id != NULL && !target_exists (doc, party, id))
        return dangling (plan, party, id, error);
    }

  entente_item_set_value (plan->owner, plan->field, &plan->value);
  return TRUE;
}

static gboolean
apply_item (Plan             *plan,
            EntenteDocument  *doc,
            GError          **error)
{
  GListModel *list = entente_item_get_list (plan->owner, plan->field);
  int position = entente_conflict_list_find (list, (int) plan->key_field, plan->key);
  g_autoptr(EntenteItem) current = position >= 0 ? g_list_model_get_item (list, (guint) position) : NULL;
  EntenteItem *chosen = plan->items->len > 0 ? plan->items->pdata[0] : NULL;

  if (chosen == NULL)
    {
      if (current == NULL)
        return TRUE;
      if ((ENTENTE_IS_PARTY (current) || ENTENTE_IS_STAGE (current)) &&
          entente_document_count_references (doc, current) > 0)
        {
          g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE,
                       _("The conflict at “%s” cannot take that version: it deletes “%s”, which other parts of the SLA still refer to. Change them first."),
                       PLAN_WHERE (plan), plan->key);
          return FALSE;
        }
      entente_item_remove (plan->owner, plan->field, (guint) position);
      return TRUE;
    }

  if (current == NULL)
    return gone (plan, plan->path, error);
  if (entente_item_equal (current, chosen))
    return TRUE;
  if (!check_references (plan, doc, chosen, error))
    return FALSE;

  entente_item_remove (plan->owner, plan->field, (guint) position);
  entente_item_insert (plan->owner, plan->field, (guint) position, chosen);
  return TRUE;
}

static gboolean
apply_run (Plan             *plan,
           EntenteDocument  *doc,
           GError          **error)
{
  GListModel *list = entente_item_get_list (plan->owner, plan->field);
  guint n = g_list_model_get_n_items (list);
  guint length = plan->ours->len;
  int start = -1;

  for (guint s = 0; s + length <= n && start < 0; s++)
    {
      gboolean match = TRUE;

      for (guint j = 0; j < length && match; j++)
        {
          g_autoptr(EntenteItem) item = g_list_model_get_item (list, s + j);

          match = entente_item_equal (item, plan->ours->pdata[j]);
        }
      if (match)
        start = (int) s;
    }

  if (start < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The conflict at “%s” can no longer be resolved this way: the entries it is about changed since the merge."),
                   PLAN_WHERE (plan));
      return FALSE;
    }

  for (guint j = 0; j < plan->items->len; j++)
    if (!check_references (plan, doc, plan->items->pdata[j], error))
      return FALSE;

  for (guint j = 0; j < length; j++)
    entente_item_remove (plan->owner, plan->field, (guint) start);
  for (guint j = 0; j < plan->items->len; j++)
    entente_item_insert (plan->owner, plan->field, (guint) start + j, plan->items->pdata[j]);

  return TRUE;
}

/* Changes nothing unless all is well. */
static gboolean
apply (Plan             *plan,
       EntenteDocument  *doc,
       GError          **error)
{
  if (plan->keep)
    return TRUE;

  switch (plan->kind)
    {
    case ENTENTE_CONFLICT_PLACE_VALUE:
      return apply_value (plan, doc, error);
    case ENTENTE_CONFLICT_PLACE_ITEM:
      return apply_item (plan, doc, error);
    case ENTENTE_CONFLICT_PLACE_RUN:
      return apply_run (plan, doc, error);
    default:
      g_assert_not_reached ();
    }
}

/* Items of a newer 1.x format keep what this version does not know. */
static gboolean
keeps_unknown (EntenteDocument *doc)
{
  const char *format = entente_document_get_format (doc);
  const char *dot = format != NULL ? strchr (format, '.') : NULL;

  return dot != NULL && g_ascii_strtoull (dot + 1, NULL, 10) > ENTENTE_FORMAT_MINOR;
}

static int
find_conflict (EntenteDocument *doc,
               EntenteConflict *conflict)
{
  GListModel *conflicts = entente_document_get_conflicts (doc);

  for (guint i = 0, n = g_list_model_get_n_items (conflicts); i < n; i++)
    {
      g_autoptr(EntenteConflict) item = g_list_model_get_item (conflicts, i);

      if (item == conflict)
        return (int) i;
    }

  return -1;
}

/**
 * entente_document_resolve_conflict:
 * @doc: a document
 * @conflict: one of the conflicts of @doc (entente_document_get_conflicts())
 * @choice: which version to take
 * @error: where to say why the conflict stays
 *
 * Resolves @conflict by putting the chosen version at its path and then
 * removing it from the conflicts of @doc.  The merge left ours' version
 * in place, so taking ours usually only removes the record; the one
 * exception is an item ours deleted and theirs edited, which the merge
 * kept and taking ours deletes.
 *
 * A value is parsed as the file spells it (a list of strings one string a
 * line) and set; an absent version unsets it.  An item absent from the
 * version is deleted, an item in XML replaces the one with its key; for a
 * list without keys, ours' run of items is replaced by the chosen one.
 * See the top of entente-conflict-resolve.c.
 *
 * Nothing changes when this fails: when the path no longer leads
 * anywhere (what it names was deleted since the merge;
 * %G_IO_ERROR_NOT_FOUND), when the version cannot be taken there (ours
 * removed a run of a list without keys, so nothing tells where the other
 * run would go; %G_IO_ERROR_NOT_SUPPORTED), or when taking it would leave
 * the document invalid (%ENTENTE_CORE_ERROR_INVALID,
 * %ENTENTE_CORE_ERROR_REFERENCE).  Each message is a sentence that names
 * the path.
 *
 * Every change, the record's removal included, goes through the model's
 * API.  A caller with an #EntenteHistory should wrap the call in
 * entente_history_begin_group() and entente_history_end_group(), so that
 * one undo brings back both the value and the conflict.
 *
 * Returns: %TRUE when @conflict was resolved
 */
gboolean
entente_document_resolve_conflict (EntenteDocument        *doc,
                                   EntenteConflict        *conflict,
                                   EntenteConflictChoice   choice,
                                   GError                **error)
{
  g_auto(Plan) plan = { 0 };
  g_autoptr(EntenteConflict) record = NULL;
  int position;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (choice <= ENTENTE_CONFLICT_TAKE_BASE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (find_conflict (doc, conflict) < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The conflict at “%s” is not one of this SLA’s; it may have been resolved already."),
                   entente_conflict_get_path (conflict));
      return FALSE;
    }

  if (choice == ENTENTE_CONFLICT_TAKE_BASE && !entente_conflict_has_base (conflict))
    {
      g_autofree char *where = entente_conflict_describe_path (doc, conflict);

      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("%s: the copies had no common version there to take; take one of the two."), where);
      return FALSE;
    }

  record = g_object_ref (conflict);
  plan.path = g_strdup (entente_conflict_get_path (conflict));
  if (plan.path == NULL)
    plan.path = g_strdup ("");
  plan.where = entente_conflict_describe_path (doc, conflict);

  if (!find_place (&plan, ENTENTE_ITEM (doc), error) ||
      !prepare (&plan, conflict, choice, keeps_unknown (doc), error) ||
      !apply (&plan, doc, error))
    return FALSE;

  /* Found again, in case taking the version moved it. */
  position = find_conflict (doc, conflict);
  if (position >= 0)
    entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_CONFLICTS, (guint) position);

  return TRUE;
}

/**
 * entente_conflict_can_take:
 * @conflict: a conflict
 * @choice: a version of it
 *
 * Whether entente_document_resolve_conflict() can take @choice for
 * @conflict, as far as the conflict alone tells: its path is one this
 * version knows, the version reads as a value or items of that place,
 * and, for a run of a list without keys, ours' run is not empty.  The
 * document may still refuse it, for example when the place was deleted
 * since the merge.
 *
 * Returns: %FALSE when taking @choice cannot work
 */
gboolean
entente_conflict_can_take (EntenteConflict       *conflict,
                           EntenteConflictChoice  choice)
{
  g_auto(Plan) plan = { 0 };

  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (choice <= ENTENTE_CONFLICT_TAKE_BASE, FALSE);

  plan.path = g_strdup (entente_conflict_get_path (conflict));
  if (plan.path == NULL)
    return FALSE;
  if (choice == ENTENTE_CONFLICT_TAKE_BASE && !entente_conflict_has_base (conflict))
    return FALSE;

  return find_place (&plan, NULL, NULL) &&
         prepare (&plan, conflict, choice, TRUE, NULL);
}

/**
 * entente_conflict_get_kept:
 * @conflict: a conflict
 *
 * Which version of @conflict the merge left in the document.  It is ours,
 * except for an item that ours deleted: when theirs edited it, or still
 * refers to it, theirs' is kept; when both deleted it and something
 * still refers to it, the common version came back.
 *
 * Returns: the version in place until someone resolves @conflict
 */
EntenteConflictChoice
entente_conflict_get_kept (EntenteConflict *conflict)
{
  g_auto(Plan) plan = { 0 };

  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), ENTENTE_CONFLICT_TAKE_OURS);

  plan.path = g_strdup (entente_conflict_get_path (conflict));
  if (plan.path == NULL || !find_place (&plan, NULL, NULL) ||
      plan.kind != ENTENTE_CONFLICT_PLACE_ITEM || entente_conflict_get_ours (conflict) != NULL)
    return ENTENTE_CONFLICT_TAKE_OURS;

  return entente_conflict_get_theirs (conflict) != NULL ? ENTENTE_CONFLICT_TAKE_THEIRS : ENTENTE_CONFLICT_TAKE_BASE;
}
