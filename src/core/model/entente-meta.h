/* entente-meta.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_META (entente_meta_get_type ())

G_DECLARE_FINAL_TYPE (EntenteMeta, entente_meta, ENTENTE, META, EntenteItem)

typedef enum
{
  ENTENTE_META_FIELD_TITLE,
  ENTENTE_META_FIELD_ORGANIZATION,
  ENTENTE_META_FIELD_REVISION,
  ENTENTE_META_FIELD_EFFECTIVE,
  ENTENTE_META_FIELD_REVIEW_BY,
  ENTENTE_META_FIELD_LANGUAGE,
  ENTENTE_META_FIELD_CURRENCY,
  ENTENTE_META_FIELD_TIMEZONE,
  ENTENTE_META_FIELD_BUSINESS_DAYS,
  ENTENTE_META_FIELD_BUSINESS_START,
  ENTENTE_META_FIELD_BUSINESS_END,
  ENTENTE_META_FIELD_PURPOSE,
} EntenteMetaField;

EntenteMeta     *entente_meta_new                (void);
const char      *entente_meta_get_title          (EntenteMeta *self);
const char      *entente_meta_get_organization   (EntenteMeta *self);
int              entente_meta_get_revision       (EntenteMeta *self);
const GDate     *entente_meta_get_effective      (EntenteMeta *self);
const GDate     *entente_meta_get_review_by      (EntenteMeta *self);
const char      *entente_meta_get_language       (EntenteMeta *self);
const char      *entente_meta_get_currency       (EntenteMeta *self);
const char      *entente_meta_get_timezone       (EntenteMeta *self);
EntenteWeekdays  entente_meta_get_business_days  (EntenteMeta *self);
int              entente_meta_get_business_start (EntenteMeta *self);
int              entente_meta_get_business_end   (EntenteMeta *self);
gboolean         entente_meta_business_hours_never_open (EntenteMeta *self);
const char      *entente_meta_get_purpose        (EntenteMeta *self);

G_END_DECLS
