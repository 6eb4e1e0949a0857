/* entente-disk-watch.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-disk-merge.h"
#include "entente-document.h"

G_BEGIN_DECLS

/**
 * EntenteDiskChange:
 * @ENTENTE_DISK_CHANGE_RELOAD: the document has no edits of its own:
 *   their version is to be read as it is
 * @ENTENTE_DISK_CHANGE_MERGED: their version is merged into the edits
 *   over the version both started from; the merge is to be taken
 * @ENTENTE_DISK_CHANGE_ASK: there are edits and no merge could be made:
 *   only the person can choose between the two
 *
 * What to do when someone else saved the file of the open document.
 */
typedef enum
{
  ENTENTE_DISK_CHANGE_RELOAD,
  ENTENTE_DISK_CHANGE_MERGED,
  ENTENTE_DISK_CHANGE_ASK,
} EntenteDiskChange;

#define ENTENTE_TYPE_DISK_WATCH (entente_disk_watch_get_type ())

G_DECLARE_FINAL_TYPE (EntenteDiskWatch, entente_disk_watch, ENTENTE, DISK_WATCH, GObject)

EntenteDiskWatch *entente_disk_watch_new          (void);
void              entente_disk_watch_set_document (EntenteDiskWatch  *self,
                                                   EntenteDocument   *document);
void              entente_disk_watch_set_base     (EntenteDiskWatch  *self,
                                                   GBytes            *base);
GBytes           *entente_disk_watch_get_base     (EntenteDiskWatch  *self);
EntenteDiskMerge *entente_disk_watch_merge        (EntenteDiskWatch  *self,
                                                   GError           **error);

G_END_DECLS
