/* entente-meta.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-meta.h"
#include "entente-enum-types.h"

/* The meta section: what the agreement is, when it holds, and the business hours its time limits count in. */

struct _EntenteMeta
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteMeta, entente_meta, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_META_FIELD_TITLE] = { "title", ENTENTE_VALUE_STRING, "title", NULL, NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Title") },
  [ENTENTE_META_FIELD_ORGANIZATION] = { "organization", ENTENTE_VALUE_STRING, "organization", NULL, NULL, NULL, 0, N_("Organization") },
  [ENTENTE_META_FIELD_REVISION] = { "revision", ENTENTE_VALUE_INT, "revision", NULL, NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE, N_("Revision") },
  [ENTENTE_META_FIELD_EFFECTIVE] = { "effective", ENTENTE_VALUE_DATE, "effective", NULL, NULL, NULL, 0, N_("Effective from") },
  [ENTENTE_META_FIELD_REVIEW_BY] = { "review-by", ENTENTE_VALUE_DATE, "review-by", NULL, NULL, NULL, 0, N_("Review by") },
  /* Only written when someone chose it: a file without one reads in the
   * language of its texts (see entente_document_get_language()). */
  [ENTENTE_META_FIELD_LANGUAGE] = { "language", ENTENTE_VALUE_LANGUAGE, "language", NULL, NULL, NULL, 0, N_("Language") },
  [ENTENTE_META_FIELD_CURRENCY] = { "currency", ENTENTE_VALUE_CURRENCY, "currency", NULL, NULL, NULL, 0, N_("Currency") },
  [ENTENTE_META_FIELD_TIMEZONE] = { "timezone", ENTENTE_VALUE_TIMEZONE, "timezone", NULL, NULL, NULL, 0, N_("Time zone") },
  [ENTENTE_META_FIELD_BUSINESS_DAYS] = { "business-days", ENTENTE_VALUE_FLAGS, "business-hours", "days", entente_weekdays_get_type, NULL, 0, N_("Business days") },
  [ENTENTE_META_FIELD_BUSINESS_START] = { "business-start", ENTENTE_VALUE_TIME, "business-hours", "start", NULL, NULL, 0, N_("Business hours start") },
  [ENTENTE_META_FIELD_BUSINESS_END] = { "business-end", ENTENTE_VALUE_TIME, "business-hours", "end", NULL, NULL, ENTENTE_FIELD_DAY_END, N_("Business hours end") },
  [ENTENTE_META_FIELD_PURPOSE] = { "purpose", ENTENTE_VALUE_STRING, "purpose", NULL, NULL, NULL, ENTENTE_FIELD_PARAGRAPH, N_("Purpose") },
};

static void
entente_meta_class_init (EntenteMetaClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "meta",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_meta_init (EntenteMeta *self)
{
}

EntenteMeta *
entente_meta_new (void)
{
  return g_object_new (ENTENTE_TYPE_META, NULL);
}

const char *
entente_meta_get_title (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_META_FIELD_TITLE);
}

const char *
entente_meta_get_organization (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_META_FIELD_ORGANIZATION);
}

int
entente_meta_get_revision (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_META_FIELD_REVISION);
}

const GDate *
entente_meta_get_effective (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), NULL);

  return entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_META_FIELD_EFFECTIVE);
}

const GDate *
entente_meta_get_review_by (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), NULL);

  return entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_META_FIELD_REVIEW_BY);
}

/**
 * entente_meta_get_language:
 *
 * Returns: (nullable): the language tag the file gives, such as "km", or
 *   %NULL when it gives none; entente_document_get_language() says which
 *   language the document is then in
 */
const char *
entente_meta_get_language (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_META_FIELD_LANGUAGE);
}

const char *
entente_meta_get_currency (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_META_FIELD_CURRENCY);
}

const char *
entente_meta_get_timezone (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_META_FIELD_TIMEZONE);
}

EntenteWeekdays
entente_meta_get_business_days (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), 0);

  return (EntenteWeekdays) entente_item_get_flags (ENTENTE_ITEM (self), ENTENTE_META_FIELD_BUSINESS_DAYS);
}

int
entente_meta_get_business_start (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_META_FIELD_BUSINESS_START);
}

int
entente_meta_get_business_end (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), 0);

  return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_META_FIELD_BUSINESS_END);
}

const char *
entente_meta_get_purpose (EntenteMeta *self)
{
  g_return_val_if_fail (ENTENTE_IS_META (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_META_FIELD_PURPOSE);
}

/**
 * entente_meta_business_hours_never_open:
 *
 * Whether the business hours open and close at the same time, and so are
 * never open: every window counted in them would never end.  (Hours that
 * close before they open cross midnight, and are hours.)
 */
gboolean
entente_meta_business_hours_never_open (EntenteMeta *self)
{
  int start, end;

  g_return_val_if_fail (ENTENTE_IS_META (self), FALSE);

  start = entente_meta_get_business_start (self);
  end = entente_meta_get_business_end (self);
  return start >= 0 && start == end;
}
