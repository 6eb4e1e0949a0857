/* entente-conflict.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-conflict.h"

/* What a three-way merge could not decide: the place in the document, as
 * a path of field names and item keys ("goals/targets[mql]/count",
 * "personas[it-ian]", "stages[mql]/criteria[2]"), and the three versions
 * as text.  A scalar is written as in the file, a list of strings one
 * string a line, an item as its canonical XML; an absent side means the
 * value was not set, or the item deleted.  The field itself holds ours'
 * version until someone resolves it; the record lives in the document so
 * that a conflicted file stays valid, loadable and shareable.
 *
 * "ours" and "theirs" mean little to the three people who merged: the
 * merge may record whose copies the two sides were (ours-name,
 * theirs-name, such as "Priya" and "Dana"), so that whoever resolves the
 * conflict later, on any machine, reads names instead. */

struct _EntenteConflict
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteConflict, entente_conflict, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_CONFLICT_FIELD_ID] = { "id", ENTENTE_VALUE_ID, NULL, "id", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY, N_("Id") },
  [ENTENTE_CONFLICT_FIELD_PATH] = { "path", ENTENTE_VALUE_STRING, NULL, "path", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_TITLE, N_("Where") },
  [ENTENTE_CONFLICT_FIELD_BASE] = { "base", ENTENTE_VALUE_STRING, "base", NULL, NULL, NULL, 0, N_("Common version") },
  [ENTENTE_CONFLICT_FIELD_OURS] = { "ours", ENTENTE_VALUE_STRING, "ours", NULL, NULL, NULL, 0, N_("Our version") },
  [ENTENTE_CONFLICT_FIELD_THEIRS] = { "theirs", ENTENTE_VALUE_STRING, "theirs", NULL, NULL, NULL, 0, N_("Their version") },
  [ENTENTE_CONFLICT_FIELD_OURS_NAME] = { "ours-name", ENTENTE_VALUE_STRING, NULL, "ours-name", NULL, NULL, 0, N_("Whose our version is") },
  [ENTENTE_CONFLICT_FIELD_THEIRS_NAME] = { "theirs-name", ENTENTE_VALUE_STRING, NULL, "theirs-name", NULL, NULL, 0, N_("Whose their version is") },
  /* Left by a two-way merge, which had no common version: "before" is
   * then nothing anyone can take. */
  [ENTENTE_CONFLICT_FIELD_NO_BASE] = { "no-base", ENTENTE_VALUE_BOOLEAN, NULL, "no-base", NULL, NULL, 0, N_("No common version") },
};

static void
entente_conflict_class_init (EntenteConflictClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "conflict",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_conflict_init (EntenteConflict *self)
{
}

EntenteConflict *
entente_conflict_new (void)
{
  return g_object_new (ENTENTE_TYPE_CONFLICT, NULL);
}

const char *
entente_conflict_get_id (EntenteConflict *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONFLICT_FIELD_ID);
}

const char *
entente_conflict_get_path (EntenteConflict *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONFLICT_FIELD_PATH);
}

const char *
entente_conflict_get_base (EntenteConflict *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONFLICT_FIELD_BASE);
}

const char *
entente_conflict_get_ours (EntenteConflict *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONFLICT_FIELD_OURS);
}

const char *
entente_conflict_get_theirs (EntenteConflict *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONFLICT_FIELD_THEIRS);
}

/**
 * entente_conflict_get_version:
 * @self: a conflict
 * @version: which of its three versions
 *
 * Returns: (nullable): that version's text, or %NULL when the value was
 *   not set there or the item not there
 */
const char *
entente_conflict_get_version (EntenteConflict       *self,
                              EntenteConflictChoice  version)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), NULL);

  switch (version)
    {
    case ENTENTE_CONFLICT_TAKE_OURS:
      return entente_conflict_get_ours (self);
    case ENTENTE_CONFLICT_TAKE_THEIRS:
      return entente_conflict_get_theirs (self);
    case ENTENTE_CONFLICT_TAKE_BASE:
    default:
      return entente_conflict_get_base (self);
    }
}

const char *
entente_conflict_get_ours_name (EntenteConflict *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONFLICT_FIELD_OURS_NAME);
}

const char *
entente_conflict_get_theirs_name (EntenteConflict *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_CONFLICT_FIELD_THEIRS_NAME);
}

/**
 * entente_conflict_has_base:
 *
 * Returns: %FALSE for a conflict of a two-way merge, which had no common
 *   version to take
 */
gboolean
entente_conflict_has_base (EntenteConflict *self)
{
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (self), FALSE);

  return !entente_item_get_boolean (ENTENTE_ITEM (self), ENTENTE_CONFLICT_FIELD_NO_BASE);
}
