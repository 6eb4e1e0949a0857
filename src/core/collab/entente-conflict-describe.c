/* entente-conflict-describe.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-conflict-describe.h"
#include "entente-conflict-path-private.h"
#include "entente-conflict-resolve.h"
#include "entente-conflict-sides.h"
#include "entente-format-field.h"
#include "entente-item-describe.h"
#include "entente-loader-private.h"
#include "entente-value.h"

/* A conflict as people read it.  Its record is for the machine: a path
 * of field names and keys ("goals/targets[mql]/count") and three texts
 * as the file spells them (a number, strings one a line, items as XML).
 * Here the path becomes the words of the field tables and the names of
 * the items it passes ("Goals › Committed targets › Marketing Qualified
 * Lead › Count per period"), and each version a value as the rest of
 * Entente shows it (entente_format_field()), an item its name and what
 * sets it apart from the other versions.  Nothing is cut short: whoever
 * decides between the versions must see them whole.  The command line
 * and the window both show conflicts with what is here. */

typedef struct
{
  GArray               *steps;  /* EntenteConflictStep */
  EntenteConflictStep  *last;
  EntenteConflictPlace  place;
} Where;

static void
where_clear (Where *where)
{
  g_clear_pointer (&where->steps, g_array_unref);
  where->last = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Where, where_clear)

static gboolean
where_find (Where           *where,
            EntenteDocument *doc,
            EntenteConflict *conflict)
{
  where->steps = entente_conflict_path_walk (entente_conflict_get_path (conflict),
                                             doc != NULL ? ENTENTE_ITEM (doc) : NULL);
  if (where->steps == NULL)
    return FALSE;

  where->last = &g_array_index (where->steps, EntenteConflictStep, where->steps->len - 1);
  where->place = entente_conflict_step_place (where->last);
  return where->place != ENTENTE_CONFLICT_PLACE_UNKNOWN;
}

/* The items of a version, of the type of the list the path ends at;
 * NULL when the version has none or they cannot be read. */
static GPtrArray *
load_version (Where           *where,
              EntenteConflict *conflict,
              guint            version)
{
  const char *text = entente_conflict_get_version (conflict, version);

  if (text == NULL || where->last->item_klass == NULL)
    return NULL;

  return entente_loader_load_items (G_TYPE_FROM_CLASS (where->last->item_klass), text,
                                    entente_conflict_get_path (conflict), TRUE, NULL);
}

/* The item of each version, for a conflict about one item. */
typedef struct
{
  GPtrArray   *loaded[3];
  EntenteItem *item[3];  /* by EntenteConflictChoice, or NULL */
} Versions;

static void
versions_clear (Versions *versions)
{
  for (guint i = 0; i < 3; i++)
    {
      g_clear_pointer (&versions->loaded[i], g_ptr_array_unref);
      versions->item[i] = NULL;
    }
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Versions, versions_clear)

static void
versions_load (Versions        *versions,
               Where           *where,
               EntenteConflict *conflict)
{
  for (guint i = 0; i < 3; i++)
    {
      versions->loaded[i] = load_version (where, conflict, i);
      if (versions->loaded[i] != NULL && versions->loaded[i]->len == 1)
        versions->item[i] = versions->loaded[i]->pdata[0];
    }
}

/* Values */

/* Whether the items of the versions that have one disagree on @field. */
static gboolean
field_differs (EntenteItem **items,
               guint         field)
{
  EntenteItem *first = NULL;

  for (guint i = 0; i < 3; i++)
    {
      if (items[i] == NULL)
        continue;
      if (first == NULL)
        first = items[i];
      else if (!entente_item_field_equal (first, items[i], field))
        return TRUE;
    }

  return FALSE;
}

/* Fields that name an item in the file only, not for people. */
static gboolean
is_file_only (const EntenteField *field)
{
  return field->kind == ENTENTE_VALUE_OBJECT ||
         (field->kind == ENTENTE_VALUE_ID && (field->flags & ENTENTE_FIELD_KEY));
}

/* @field of @item as people read it; a list by the names of its items. */
static char *
field_text (EntenteDocument *doc,
            EntenteItem     *item,
            guint            field,
            const char      *separator)
{
  const EntenteField *f = &ENTENTE_ITEM_GET_CLASS (item)->fields[field];
  g_autoptr(GPtrArray) names = NULL;
  GListModel *list;

  /* A value the file leaves out, as the writer does, is not set. */
  if (f->kind != ENTENTE_VALUE_LIST && f->kind != ENTENTE_VALUE_STRV &&
      entente_value_is_default (f, entente_item_peek_value (item, field)) &&
      !(f->flags & (ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_ALWAYS)))
    return NULL;
  if (f->kind != ENTENTE_VALUE_LIST)
    return entente_format_field (NULL, doc, item, field, NULL);

  list = entente_item_get_list (item, field);
  if (g_list_model_get_n_items (list) == 0)
    return NULL;

  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(EntenteItem) child = g_list_model_get_item (list, i);

      g_ptr_array_add (names, entente_item_describe (doc, child));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (separator, (char **) names->pdata);
}

/* "Label: value" for the fields of @item other than its name: those set,
 * or only those in which the items of @others differ, where "not set"
 * says what one version has and another not. */
static void
append_fields (GString          *out,
               EntenteDocument  *doc,
               EntenteItem      *item,
               EntenteItem     **others,
               gboolean          only_differing)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);
  gboolean first = TRUE;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];
      g_autofree char *value = NULL;

      /* The item's name is already said. */
      if (is_file_only (field) || (field->flags & ENTENTE_FIELD_TITLE))
        continue;
      if (only_differing && !field_differs (others, i))
        continue;

      /* TRANSLATORS: separates the items of a list in a sentence */
      value = field_text (doc, item, i, C_("list", ", "));
      if (value == NULL && !only_differing)
        continue;

      /* TRANSLATORS: separates the fields shown of an item, as in
       * "Summary: Signs off on security.; Seniority: Director" */
      g_string_append (out, first ? "" : C_("fields", "; "));
      /* TRANSLATORS: a field of an item and its value, as in
       * "Points: 10" */
      g_string_append_printf (out, C_("field and value", "%s: %s"), _(field->label),
                              value != NULL ? value : _("not set"));
      first = FALSE;
    }
}

/* An item by its name, then the fields the other versions set apart. */
static char *
describe_item (EntenteDocument  *doc,
               EntenteItem      *item,
               EntenteItem     **others,
               gboolean          only_differing)
{
  g_autofree char *name = entente_item_describe (doc, item);
  g_autoptr(GString) fields = g_string_new (NULL);

  append_fields (fields, doc, item, others, only_differing);
  if (fields->len == 0)
    return g_steal_pointer (&name);

  /* TRANSLATORS: an item of the SLA and some of its fields, as in
   * "IT Ian — Summary: Signs off on security." */
  return g_strdup_printf (C_("item and fields", "%1$s — %2$s"), name, fields->str);
}

static char *
describe_value (Where           *where,
                EntenteDocument *doc,
                const char      *text)
{
  const EntenteField *field = &where->last->klass->fields[where->last->field];
  g_autoptr(EntenteItem) scratch = NULL;
  EntenteItem *owner = where->last->owner;
  g_auto(GValue) value = G_VALUE_INIT;
  char *shown;

  if (text == NULL || (field->kind == ENTENTE_VALUE_STRING && text[0] == '\0'))
    return g_strdup (_("not set"));

  /* A value is shown in the context of its item: a duration in business
   * hours, an amount in the document's currency. */
  if (owner == NULL)
    owner = scratch = g_object_new (G_TYPE_FROM_CLASS (where->last->klass), NULL);

  entente_value_init (field, &value);
  if (field->kind == ENTENTE_VALUE_STRV)
    g_value_take_boxed (&value, g_strsplit (text, "\n", -1));
  else if (!entente_value_parse (field, text, &value, NULL))
    return g_strdup (text);

  shown = entente_format_field (NULL, doc, owner, where->last->field, &value);
  return shown != NULL ? shown : g_strdup (_("not set"));
}

/* Items of a list without keys, each with all it says. */
static char *
describe_run (EntenteDocument *doc,
              GPtrArray       *items)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (entries, describe_item (doc, items->pdata[i], NULL, FALSE));
  g_ptr_array_add (entries, NULL);

  /* TRANSLATORS: separates the entries of a list, each with its fields,
   * as in "CEO — After: 2 days · Board — After: 7 days" */
  return g_strjoinv (C_("entries", " · "), (char **) entries->pdata);
}

/**
 * entente_conflict_describe_version:
 * @doc: (nullable): the document @conflict is in, which names what
 *   references point at and knows the currency
 * @conflict: a conflict
 * @version: which of its versions
 *
 * One version of @conflict on one line, as people read it: a value as
 * the window shows it, or “not set”; an item by its name and the fields
 * in which the versions differ, or “deleted”, or “none” when it did not
 * exist before; entries of a list without keys each with its fields.
 * Nothing is left out or cut short.  A version that cannot be read is
 * shown as it is recorded.
 *
 * Returns: (transfer full): the version as people read it
 */
char *
entente_conflict_describe_version (EntenteDocument       *doc,
                                   EntenteConflict       *conflict,
                                   EntenteConflictChoice  version)
{
  g_auto(Where) where = { 0 };
  g_auto(Versions) versions = { { NULL } };
  g_autoptr(GPtrArray) run = NULL;
  const char *text;

  g_return_val_if_fail (doc == NULL || ENTENTE_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), NULL);
  g_return_val_if_fail (version <= ENTENTE_CONFLICT_TAKE_BASE, NULL);

  /* A two-way merge had no common version: nothing was "not set". */
  if (version == ENTENTE_CONFLICT_TAKE_BASE && !entente_conflict_has_base (conflict))
    return g_strdup (_("no common version"));

  text = entente_conflict_get_version (conflict, version);
  if (!where_find (&where, doc, conflict))
    return g_strdup (text != NULL ? text : _("not set"));

  switch (where.place)
    {
    case ENTENTE_CONFLICT_PLACE_VALUE:
      return describe_value (&where, doc, text);

    case ENTENTE_CONFLICT_PLACE_RUN:
      if (text == NULL)
        /* TRANSLATORS: a version of a merge conflict in which a list had
         * no entries there */
        return g_strdup (C_("conflict version", "none"));
      run = load_version (&where, conflict, version);
      return run != NULL ? describe_run (doc, run) : g_strdup (text);

    case ENTENTE_CONFLICT_PLACE_ITEM:
      if (text == NULL)
        return g_strdup (version != ENTENTE_CONFLICT_TAKE_BASE && entente_conflict_get_base (conflict) != NULL
                         /* TRANSLATORS: a version of a merge conflict in
                          * which the item was deleted */
                         ? C_("conflict version", "deleted")
                         : C_("conflict version", "none"));
      versions_load (&versions, &where, conflict);
      return versions.item[version] != NULL ? describe_item (doc, versions.item[version], versions.item, TRUE)
                                            : g_strdup (text);

    case ENTENTE_CONFLICT_PLACE_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
}

/* Where */

/* The name of the item @step enters, or that the whole path is about. */
static char *
step_item_name (Where               *where,
                EntenteDocument     *doc,
                EntenteConflict     *conflict,
                EntenteConflictStep *step)
{
  EntenteItem *item = entente_conflict_step_find_item (step);

  if (item != NULL)
    return entente_item_describe (doc, item);

  /* Gone from the document, but a version has it. */
  if (step == where->last && where->place == ENTENTE_CONFLICT_PLACE_ITEM)
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(GPtrArray) items = load_version (where, conflict, i);

        if (items != NULL && items->len == 1)
          return entente_item_describe (doc, items->pdata[0]);
      }

  /* A key that names something, such as the stage of a target. */
  if (step->key_field >= 0 && (step->item_klass->fields[step->key_field].flags & ENTENTE_FIELD_TITLE))
    {
      g_autoptr(EntenteItem) named = g_object_new (G_TYPE_FROM_CLASS (step->item_klass), NULL);

      entente_item_set_string (named, (guint) step->key_field, step->selector);
      return entente_item_describe (doc, named);
    }

  if (step->key_field < 0)
    /* TRANSLATORS: the entry at a position of a list without names, as
     * in "Scoring criteria › No. 2" */
    return g_strdup_printf (C_("entry of a list", "No. %s"), step->selector);

  return g_strdup (step->selector);
}

/**
 * entente_conflict_describe_path:
 * @doc: (nullable): the document @conflict is in
 * @conflict: a conflict
 *
 * Where @conflict is, in the words of the window: the labels of the
 * fields its path goes through and the names of the items it enters,
 * such as “Goals › Committed targets › Marketing Qualified Lead › Count
 * per period” for goals/targets[mql]/count.  A path this version of
 * Entente does not know is shown as it is recorded.
 *
 * Returns: (transfer full): where @conflict is
 */
char *
entente_conflict_describe_path (EntenteDocument *doc,
                                EntenteConflict *conflict)
{
  g_auto(Where) where = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (doc == NULL || ENTENTE_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), NULL);

  if (!where_find (&where, doc, conflict))
    return g_strdup (entente_conflict_get_path (conflict));

  for (guint i = 0; i < where.steps->len; i++)
    {
      EntenteConflictStep *step = &g_array_index (where.steps, EntenteConflictStep, i);

      /* TRANSLATORS: separates the parts of where something is in the
       * SLA, as in "Goals › Committed targets" */
      g_string_append (out, i > 0 ? C_("path", " › ") : "");
      g_string_append (out, _(step->klass->fields[step->field].label));
      if (step->selector != NULL)
        {
          g_autofree char *name = step_item_name (&where, doc, conflict, step);

          g_string_append (out, C_("path", " › "));
          g_string_append (out, name);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* What happened */

/**
 * entente_conflict_describe_outcome:
 * @conflict: a conflict
 *
 * For a conflict about a whole item, a sentence that says what each side
 * did and which version the merge kept (entente_conflict_get_kept()),
 * such as “Deleted by Priya, edited by Dana; Dana’s edit was kept.”  A
 * conflict about a value needs none: ours is kept there.
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL
 */
char *
entente_conflict_describe_outcome (EntenteConflict *conflict)
{
  g_auto(Where) where = { 0 };
  const char *base, *ours, *theirs;
  const char *deleter, *keeper;
  gboolean named, ours_deleted, edited;

  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), NULL);

  if (!where_find (&where, NULL, conflict) || where.place != ENTENTE_CONFLICT_PLACE_ITEM)
    return NULL;

  base = entente_conflict_get_base (conflict);
  ours = entente_conflict_get_ours (conflict);
  theirs = entente_conflict_get_theirs (conflict);
  named = entente_conflict_sides_named (conflict);

  if (base == NULL && ours != NULL && theirs != NULL)
    return named
      ? g_strdup_printf (_("Added by both %1$s and %2$s, differently; %1$s’s is kept for now."),
                         entente_conflict_get_ours_name (conflict), entente_conflict_get_theirs_name (conflict))
      : g_strdup (_("Added in both copies, differently; ours is kept for now."));

  if (base != NULL && ours == NULL && theirs == NULL)
    return g_strdup (_("Deleted in both copies, but the SLA still refers to it; the version from before was kept."));

  if (base == NULL || (ours == NULL) == (theirs == NULL))
    return NULL;

  /* One side deleted the item; the other edited it, or left it as it was
   * and refers to it, which brought it back. */
  ours_deleted = ours == NULL;
  edited = g_strcmp0 (ours_deleted ? theirs : ours, base) != 0;

  if (named)
    {
      deleter = ours_deleted ? entente_conflict_get_ours_name (conflict) : entente_conflict_get_theirs_name (conflict);
      keeper = ours_deleted ? entente_conflict_get_theirs_name (conflict) : entente_conflict_get_ours_name (conflict);

      return edited
        ? g_strdup_printf (_("Deleted by %1$s, edited by %2$s; %2$s’s edit was kept."), deleter, keeper)
        : g_strdup_printf (_("Deleted by %1$s, still used by %2$s; it was kept."), deleter, keeper);
    }

  if (edited)
    return g_strdup (ours_deleted ? _("Deleted in our copy, edited in theirs; their edit was kept.")
                                  : _("Deleted in their copy, edited in ours; our edit was kept."));

  return g_strdup (ours_deleted ? _("Deleted in our copy, still used in theirs; it was kept.")
                                 : _("Deleted in their copy, still used in ours; it was kept."));
}

/* Side by side */

void
entente_conflict_field_row_free (EntenteConflictFieldRow *row)
{
  if (row == NULL)
    return;

  g_free (row->label);
  for (guint i = 0; i < G_N_ELEMENTS (row->values); i++)
    g_free (row->values[i]);
  g_free (row);
}

/**
 * entente_conflict_describe_fields:
 * @doc: (nullable): the document @conflict is in
 * @conflict: a conflict
 *
 * For a conflict about a whole item (added on both sides, deleted on one
 * and edited on the other), its fields in each version, to be shown side
 * by side: one row for each field that some version sets, the item's
 * name first, lists by the names of their entries one a line.
 *
 * Returns: (transfer full) (element-type EntenteConflictFieldRow)
 *   (nullable): the rows, or %NULL when @conflict is not about an item
 */
GPtrArray *
entente_conflict_describe_fields (EntenteDocument *doc,
                                  EntenteConflict *conflict)
{
  g_auto(Where) where = { 0 };
  g_auto(Versions) versions = { { NULL } };
  GPtrArray *rows;
  EntenteItemClass *klass;

  g_return_val_if_fail (doc == NULL || ENTENTE_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), NULL);

  if (!where_find (&where, doc, conflict) || where.place != ENTENTE_CONFLICT_PLACE_ITEM)
    return NULL;

  versions_load (&versions, &where, conflict);

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) entente_conflict_field_row_free);
  klass = where.last->item_klass;
  for (guint pass = 0; pass < 2; pass++)
    for (guint f = 0; f < klass->n_fields; f++)
      {
        const EntenteField *field = &klass->fields[f];
        EntenteConflictFieldRow *row;
        gboolean any = FALSE;

        /* The name first, as the item is known by it. */
        if (is_file_only (field) || ((field->flags & ENTENTE_FIELD_TITLE) != 0) != (pass == 0))
          continue;

        row = g_new0 (EntenteConflictFieldRow, 1);
        row->label = g_strdup (_(field->label));
        for (guint i = 0; i < 3; i++)
          if (versions.item[i] != NULL)
            {
              row->values[i] = field_text (doc, versions.item[i], f, "\n");
              any = any || row->values[i] != NULL;
            }
        row->differs = field_differs (versions.item, f);
        if (any)
          g_ptr_array_add (rows, row);
        else
          entente_conflict_field_row_free (row);
      }

  return rows;
}
