/* entente-item-private.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "entente-item.h"

G_BEGIN_DECLS

/* What a newer minor version of the format added and this one does not
 * know: kept as read, and written back where it was found.  @element is
 * the child element it was found in, NULL for the item's own element. */
typedef struct
{
  char *element;
  char *ns_href;
  char *prefix;
  char *name;
  char *value;
} EntenteExtraAttribute;

typedef struct
{
  char    *element;
  xmlNode *node;
} EntenteExtraElement;

GValue    *entente_item_get_value_slot         (EntenteItem *self,
                                                guint        field);
void       entente_item_append_quietly         (EntenteItem *self,
                                                guint        list_field,
                                                EntenteItem *child);
void       entente_item_remove_quietly         (EntenteItem *self,
                                                guint        list_field,
                                                guint        position);
void       entente_item_add_extra_attribute    (EntenteItem *self,
                                                const char  *element,
                                                xmlAttr     *attr);
void       entente_item_add_extra_element      (EntenteItem *self,
                                                const char  *element,
                                                xmlNode     *node);
GPtrArray *entente_item_get_extra_attributes   (EntenteItem *self);
GPtrArray *entente_item_get_extra_elements     (EntenteItem *self);
void       entente_item_copy_extras            (EntenteItem *self,
                                                EntenteItem *source);
gboolean   entente_item_extras_equal           (EntenteItem *a,
                                                EntenteItem *b);

G_END_DECLS
