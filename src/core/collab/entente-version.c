/* entente-version.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-item-private.h"
#include "entente-version.h"

/* One saved version of the agreement in its ancestry: the digest of its
 * content, the version it was edited from and, for a merge, the other
 * version merged in.  Two copies that went separate ways find the last
 * version they share by these links (see entente-ancestry.c). */

struct _EntenteVersion
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteVersion, entente_version, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_VERSION_FIELD_DIGEST] = { "digest", ENTENTE_VALUE_STRING, NULL, "digest", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_TITLE, N_("Digest") },
  [ENTENTE_VERSION_FIELD_PARENT] = { "parent", ENTENTE_VALUE_STRING, NULL, "parent", NULL, NULL, 0, N_("Edited from") },
  [ENTENTE_VERSION_FIELD_MERGED] = { "merged", ENTENTE_VALUE_STRING, NULL, "merged", NULL, NULL, 0, N_("Merged with") },
  [ENTENTE_VERSION_FIELD_TIME] = { "time", ENTENTE_VALUE_DATETIME, NULL, "time", NULL, NULL, ENTENTE_FIELD_REQUIRED, N_("Saved at") },
};

static void
entente_version_class_init (EntenteVersionClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "version",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_version_init (EntenteVersion *self)
{
}

EntenteVersion *
entente_version_new (const char *digest,
                     const char *parent,
                     const char *merged,
                     GDateTime  *time)
{
  EntenteVersion *self = g_object_new (ENTENTE_TYPE_VERSION, NULL);
  EntenteItem *item = ENTENTE_ITEM (self);

  g_value_set_string (entente_item_get_value_slot (item, ENTENTE_VERSION_FIELD_DIGEST), digest);
  g_value_set_string (entente_item_get_value_slot (item, ENTENTE_VERSION_FIELD_PARENT), parent);
  g_value_set_string (entente_item_get_value_slot (item, ENTENTE_VERSION_FIELD_MERGED), merged);
  g_value_set_boxed (entente_item_get_value_slot (item, ENTENTE_VERSION_FIELD_TIME), time);

  return self;
}

const char *
entente_version_get_digest (EntenteVersion *self)
{
  g_return_val_if_fail (ENTENTE_IS_VERSION (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_VERSION_FIELD_DIGEST);
}

const char *
entente_version_get_parent (EntenteVersion *self)
{
  g_return_val_if_fail (ENTENTE_IS_VERSION (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_VERSION_FIELD_PARENT);
}

const char *
entente_version_get_merged (EntenteVersion *self)
{
  g_return_val_if_fail (ENTENTE_IS_VERSION (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_VERSION_FIELD_MERGED);
}

GDateTime *
entente_version_get_time (EntenteVersion *self)
{
  g_return_val_if_fail (ENTENTE_IS_VERSION (self), NULL);

  return (GDateTime *) entente_item_get_boxed (ENTENTE_ITEM (self), ENTENTE_VERSION_FIELD_TIME);
}
