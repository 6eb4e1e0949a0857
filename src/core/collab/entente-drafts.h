/* entente-drafts.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_DRAFT_INFO (entente_draft_info_get_type ())

/**
 * EntenteDraftInfo:
 * @id: the draft's id, for entente_drafts_restore() and entente_drafts_remove()
 * @uri: (nullable): the file the document belonged to, if it had one
 * @title: the title of the SLA when the draft was written, maybe empty
 * @time: when the draft was written, in UTC
 *
 * What the list of drafts tells about one, without reading the draft.
 */
typedef struct
{
  char      *id;
  char      *uri;
  char      *title;
  GDateTime *time;
} EntenteDraftInfo;

GType             entente_draft_info_get_type (void) G_GNUC_CONST;
EntenteDraftInfo *entente_draft_info_copy     (const EntenteDraftInfo  *self);
void              entente_draft_info_free     (EntenteDraftInfo        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteDraftInfo, entente_draft_info_free)

/**
 * EntenteDraftRestore:
 * @merged: whether the draft was merged with its file as it is now
 * @base: (nullable): when merged, the file as read: the version the restored
 *   document now stands on, to merge later changes with
 * @incoming: (element-type EntenteChange) (nullable): when merged, what
 *   others saved to the file since the draft's version, all kept
 * @n_conflicts: when merged, how many values both changed differently
 * @note: (nullable): a sentence for the user when the draft could not be
 *   merged with its file and was restored as it was
 *
 * What restoring a draft did besides reading it.
 */
typedef struct
{
  gboolean   merged;
  GBytes    *base;
  GPtrArray *incoming;
  guint      n_conflicts;
  char      *note;
} EntenteDraftRestore;

void              entente_draft_restore_clear (EntenteDraftRestore     *self);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EntenteDraftRestore, entente_draft_restore_clear)

char             *entente_drafts_new_id       (void);
gboolean          entente_drafts_write        (const char              *id,
                                               EntenteDocument         *document,
                                               GError                 **error);
gboolean          entente_drafts_write_base   (const char              *id,
                                               GBytes                  *base,
                                               GError                 **error);
GPtrArray        *entente_drafts_list         (void);
EntenteDocument  *entente_drafts_restore      (const char              *id,
                                               EntenteDraftRestore     *restore,
                                               GError                 **error);
void              entente_drafts_remove       (const char              *id);

G_END_DECLS
