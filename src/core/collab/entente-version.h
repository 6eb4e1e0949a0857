/* entente-version.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_VERSION (entente_version_get_type ())

G_DECLARE_FINAL_TYPE (EntenteVersion, entente_version, ENTENTE, VERSION, EntenteItem)

typedef enum
{
  ENTENTE_VERSION_FIELD_DIGEST,
  ENTENTE_VERSION_FIELD_PARENT,
  ENTENTE_VERSION_FIELD_MERGED,
  ENTENTE_VERSION_FIELD_TIME,
} EntenteVersionField;

EntenteVersion *entente_version_new        (const char *digest,
                                            const char *parent,
                                            const char *merged,
                                            GDateTime  *time);
const char     *entente_version_get_digest (EntenteVersion *self);
const char     *entente_version_get_parent (EntenteVersion *self);
const char     *entente_version_get_merged (EntenteVersion *self);
GDateTime      *entente_version_get_time   (EntenteVersion *self);

G_END_DECLS
