/* entente-conflict-path-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

/* One step of a conflict's path: "name" or "name[selector]". */
typedef struct
{
  EntenteItemClass *klass;      /* the class that has the field */
  guint             field;      /* of klass */
  char             *selector;   /* the key or position in brackets, or NULL */
  EntenteItemClass *item_klass; /* of a list's items or the object, or NULL */
  int               key_field;  /* of a list's items, or -1 */
  EntenteItem      *owner;      /* the document's item with the field; NULL
                                 * when no document is walked, or the path
                                 * no longer leads there */
  gsize             end;        /* where the step ends in the path */
} EntenteConflictStep;

/* Where a whole path leads, see the top of entente-conflict-resolve.c. */
typedef enum
{
  ENTENTE_CONFLICT_PLACE_UNKNOWN,
  ENTENTE_CONFLICT_PLACE_VALUE,  /* a value or a list of strings */
  ENTENTE_CONFLICT_PLACE_ITEM,   /* the item with a key in a list */
  ENTENTE_CONFLICT_PLACE_RUN,    /* some items of a list without keys */
} EntenteConflictPlace;

GArray           *entente_conflict_path_walk      (const char          *path,
                                                   EntenteItem         *root);
EntenteConflictPlace entente_conflict_step_place (EntenteConflictStep *last);
EntenteItem      *entente_conflict_step_find_item (EntenteConflictStep *step);
int               entente_conflict_list_find      (GListModel          *list,
                                                   int                  key_field,
                                                   const char          *selector);
EntenteItemClass *entente_conflict_item_class     (GType                type);

G_END_DECLS
