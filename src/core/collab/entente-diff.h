/* entente-diff.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

typedef enum
{
  ENTENTE_CHANGE_ADDED,
  ENTENTE_CHANGE_REMOVED,
  ENTENTE_CHANGE_CHANGED,
  ENTENTE_CHANGE_MOVED,
} EntenteChangeKind;

#define ENTENTE_TYPE_CHANGE (entente_change_get_type ())

/**
 * EntenteChange:
 * @section: the id of the #EntenteSection it concerns
 * @kind: what happened
 * @path: the item, by property names and keys from the document down:
 *   "meta", "personas/it-ian", "goals/targets/mql",
 *   "goals/conversions/lead>mql", "stages/mql/criteria/2" (items without
 *   a key by position)
 * @field: (nullable): the property of that item, or %NULL when the item
 *   itself was added, removed or moved
 * @old_text: (nullable): the value before, as the file writes it; the
 *   name of a removed item; the entry of a list of texts that was removed
 * @new_text: (nullable): the value after; the name of an added item; the
 *   entry that was added; for a move, the name of the item it now follows
 * @message: a translated sentence for people, section first:
 *   "Goals: Marketing Qualified Lead target 400 → 450"
 */
typedef struct
{
  char              *section;
  EntenteChangeKind  kind;
  char              *path;
  char              *field;
  char              *old_text;
  char              *new_text;
  char              *message;
} EntenteChange;

GType          entente_change_get_type      (void) G_GNUC_CONST;
EntenteChange *entente_change_copy          (const EntenteChange *self);
void           entente_change_free          (EntenteChange       *self);

GPtrArray     *entente_diff_documents       (EntenteDocument     *a,
                                             EntenteDocument     *b);
gboolean       entente_diff_is_empty        (EntenteDocument     *a,
                                             EntenteDocument     *b);
char          *entente_diff_render_text     (EntenteDocument     *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteChange, entente_change_free)

G_END_DECLS
