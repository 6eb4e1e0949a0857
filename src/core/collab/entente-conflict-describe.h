/* entente-conflict-describe.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-conflict.h"
#include "entente-document.h"
#include "entente-enums.h"

G_BEGIN_DECLS

/* One field of the item a conflict is about, in each version. */
typedef struct
{
  char     *label;      /* the field's, translated */
  char     *values[3];  /* by EntenteConflictChoice, as people read them;
                         * NULL when not set, or the version has no item */
  gboolean  differs;    /* the versions that have the item disagree */
} EntenteConflictFieldRow;

void       entente_conflict_field_row_free   (EntenteConflictFieldRow *row);

char      *entente_conflict_describe_path    (EntenteDocument         *doc,
                                              EntenteConflict         *conflict);
char      *entente_conflict_describe_version (EntenteDocument         *doc,
                                              EntenteConflict         *conflict,
                                              EntenteConflictChoice    version);
char      *entente_conflict_describe_outcome (EntenteConflict         *conflict);
GPtrArray *entente_conflict_describe_fields  (EntenteDocument         *doc,
                                              EntenteConflict         *conflict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteConflictFieldRow, entente_conflict_field_row_free)

G_END_DECLS
