/* entente-item.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "entente-field.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_ITEM (entente_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (EntenteItem, entente_item, ENTENTE, ITEM, GObject)

/**
 * EntenteItemClass:
 * @changed: run when a value of the item, or of any item below it, changed
 *
 * The base of every part of an SLA.  A subclass describes its values once,
 * as a table of #EntenteField; the properties, the reader, the writer and
 * the comparison all follow from that table.
 */
struct _EntenteItemClass
{
  GObjectClass parent_class;

  void (*changed) (EntenteItem *self);

  /*< private >*/
  const char         *element;
  const EntenteField *fields;
  guint               n_fields;
  GParamSpec        **pspecs;

  gpointer padding[8];
};

void                entente_item_class_install_fields (EntenteItemClass   *klass,
                                                       const char         *element,
                                                       const EntenteField *fields,
                                                       guint               n_fields);
int                 entente_item_class_find_field     (EntenteItemClass   *klass,
                                                       const char         *name);
int                 entente_item_type_find_key        (GType               item_type);
const EntenteField *entente_item_type_get_field       (GType               item_type,
                                                       guint               field);
guint               entente_item_get_n_fields         (EntenteItem        *self);
const EntenteField *entente_item_get_field            (EntenteItem        *self,
                                                       guint               field);
EntenteItem        *entente_item_get_parent           (EntenteItem        *self);
EntenteItem        *entente_item_get_root             (EntenteItem        *self);

const GValue       *entente_item_peek_value           (EntenteItem        *self,
                                                       guint               field);
void                entente_item_set_value            (EntenteItem        *self,
                                                       guint               field,
                                                       const GValue       *value);

const char         *entente_item_get_string           (EntenteItem        *self,
                                                       guint               field);
int                 entente_item_get_int              (EntenteItem        *self,
                                                       guint               field);
double              entente_item_get_double           (EntenteItem        *self,
                                                       guint               field);
gboolean            entente_item_get_boolean          (EntenteItem        *self,
                                                       guint               field);
int                 entente_item_get_enum             (EntenteItem        *self,
                                                       guint               field);
guint               entente_item_get_flags            (EntenteItem        *self,
                                                       guint               field);
gconstpointer       entente_item_get_boxed            (EntenteItem        *self,
                                                       guint               field);
const char * const *entente_item_get_strv             (EntenteItem        *self,
                                                       guint               field);
GListModel         *entente_item_get_list             (EntenteItem        *self,
                                                       guint               field);
EntenteItem        *entente_item_get_child            (EntenteItem        *self,
                                                       guint               field);
EntenteItem        *entente_item_find_by_id           (EntenteItem        *self,
                                                       guint               list_field,
                                                       const char         *id);

void                entente_item_set_string           (EntenteItem        *self,
                                                       guint               field,
                                                       const char         *value);
void                entente_item_set_int              (EntenteItem        *self,
                                                       guint               field,
                                                       int                 value);
void                entente_item_set_double           (EntenteItem        *self,
                                                       guint               field,
                                                       double              value);
void                entente_item_set_boolean          (EntenteItem        *self,
                                                       guint               field,
                                                       gboolean            value);
void                entente_item_set_boxed            (EntenteItem        *self,
                                                       guint               field,
                                                       gconstpointer       value);

void                entente_item_insert               (EntenteItem        *self,
                                                       guint               list_field,
                                                       guint               position,
                                                       EntenteItem        *child);
void                entente_item_append               (EntenteItem        *self,
                                                       guint               list_field,
                                                       EntenteItem        *child);
void                entente_item_remove               (EntenteItem        *self,
                                                       guint               list_field,
                                                       guint               position);
void                entente_item_move                 (EntenteItem        *self,
                                                       guint               list_field,
                                                       guint               from,
                                                       guint               to);

gboolean            entente_item_field_equal          (EntenteItem        *a,
                                                       EntenteItem        *b,
                                                       guint               field);
gboolean            entente_item_equal                (EntenteItem        *a,
                                                       EntenteItem        *b);
guint               entente_item_hash                 (EntenteItem        *self);
EntenteItem        *entente_item_copy                 (EntenteItem        *self);

G_END_DECLS
