/* entente-item.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-edit.h"
#include "entente-item-private.h"
#include "entente-value.h"
#include "entente-writer-private.h"

typedef struct
{
  GValue      *values;
  EntenteItem *parent;     /* not owned: the parent owns us */
  GPtrArray   *extra_attributes;
  GPtrArray   *extra_elements;
  GHashTable  *id_index;   /* list field → (id → child), built on demand */
} EntenteItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (EntenteItem, entente_item, G_TYPE_OBJECT)

enum {
  CHANGED,
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define FIELD(self, i) (&ENTENTE_ITEM_GET_CLASS (self)->fields[i])

/* Every change of a list's members or of a member's id goes through this
 * file, so dropping the index here keeps it true; it is rebuilt by the
 * next lookup. */
static void
forget_id_index (EntenteItem *self)
{
  EntenteItemPrivate *priv;

  if (self == NULL)
    return;
  priv = entente_item_get_instance_private (self);
  g_clear_pointer (&priv->id_index, g_hash_table_unref);
}

static void
extra_attribute_free (gpointer data)
{
  EntenteExtraAttribute *attr = data;

  g_free (attr->element);
  g_free (attr->ns_href);
  g_free (attr->prefix);
  g_free (attr->name);
  g_free (attr->value);
  g_free (attr);
}

static void
extra_element_free (gpointer data)
{
  EntenteExtraElement *extra = data;

  g_free (extra->element);
  xmlFreeNode (extra->node);
  g_free (extra);
}

static void
entente_item_emit_changed (EntenteItem *self,
                           EntenteEdit *edit)
{
  g_autoptr(EntenteEdit) owned = edit;
  EntenteItem *root = self;

  /* Bubble up so that the document hears of every edit below it. */
  for (EntenteItem *item = self; item != NULL;)
    {
      EntenteItemPrivate *priv = entente_item_get_instance_private (item);

      g_signal_emit (item, signals[CHANGED], 0);
      root = item;
      item = priv->parent;
    }

  /* Only the top hears the details, since undo keeps them there.  The
   * edit goes out through @owned, the reference this function was given,
   * which clang would otherwise report as an unused variable. */
  g_signal_emit (root, signals[EDITED], 0, owned);
}

static void
entente_item_constructed (GObject *object)
{
  EntenteItem *self = ENTENTE_ITEM (object);
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (self);

  G_OBJECT_CLASS (entente_item_parent_class)->constructed (object);

  g_assert (klass->fields != NULL);

  priv->values = g_new0 (GValue, klass->n_fields);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      entente_value_init (field, &priv->values[i]);
      if (field->kind == ENTENTE_VALUE_LIST)
        g_value_take_object (&priv->values[i], g_list_store_new (field->get_type ()));
      else if (field->kind == ENTENTE_VALUE_OBJECT)
        {
          EntenteItem *child = g_object_new (field->get_type (), NULL);
          EntenteItemPrivate *child_priv = entente_item_get_instance_private (child);

          child_priv->parent = self;
          g_value_take_object (&priv->values[i], child);
        }
    }
}

static void
entente_item_finalize (GObject *object)
{
  EntenteItem *self = ENTENTE_ITEM (object);
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < klass->n_fields; i++)
        {
          const EntenteField *field = &klass->fields[i];

          /* Children outlive us when someone else holds them (undo). */
          if (field->kind == ENTENTE_VALUE_LIST)
            {
              GListModel *list = g_value_get_object (&priv->values[i]);

              for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
                {
                  g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);
                  EntenteItemPrivate *child_priv = entente_item_get_instance_private (child);

                  child_priv->parent = NULL;
                }
            }
          else if (field->kind == ENTENTE_VALUE_OBJECT)
            {
              EntenteItem *child = g_value_get_object (&priv->values[i]);
              EntenteItemPrivate *child_priv = entente_item_get_instance_private (child);

              child_priv->parent = NULL;
            }
          g_value_unset (&priv->values[i]);
        }
      g_free (priv->values);
    }

  g_clear_pointer (&priv->extra_attributes, g_ptr_array_unref);
  g_clear_pointer (&priv->extra_elements, g_ptr_array_unref);
  g_clear_pointer (&priv->id_index, g_hash_table_unref);

  G_OBJECT_CLASS (entente_item_parent_class)->finalize (object);
}

static void
entente_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EntenteItem *self = ENTENTE_ITEM (object);
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);

  if (prop_id == 0 || prop_id > ENTENTE_ITEM_GET_CLASS (self)->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_copy (&priv->values[prop_id - 1], value);
}

static void
entente_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EntenteItem *self = ENTENTE_ITEM (object);

  if (prop_id == 0 || prop_id > ENTENTE_ITEM_GET_CLASS (self)->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  entente_item_set_value (self, prop_id - 1, value);
}

static void
entente_item_class_init (EntenteItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = entente_item_constructed;
  object_class->finalize = entente_item_finalize;
  object_class->get_property = entente_item_get_property;
  object_class->set_property = entente_item_set_property;

  /**
   * EntenteItem::changed:
   *
   * Emitted after any value of this item or of an item below it changed,
   * after the property's own notification.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (EntenteItemClass, changed),
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  /**
   * EntenteItem::edited:
   * @edit: what changed, enough to undo it
   *
   * Emitted on the topmost item (the document) after every change made
   * through the model's API below it, after ::changed.
   */
  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, ENTENTE_TYPE_EDIT | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
entente_item_init (EntenteItem *self)
{
}

/**
 * entente_item_class_install_fields:
 * @klass: the class of a subclass, from its class_init
 * @element: the XML element of one such item
 * @fields: (array length=n_fields): a static table of its values
 *
 * Installs one property per field, with the id of its index + 1.
 */
void
entente_item_class_install_fields (EntenteItemClass   *klass,
                                   const char         *element,
                                   const EntenteField *fields,
                                   guint               n_fields)
{
  g_return_if_fail (ENTENTE_IS_ITEM_CLASS (klass));
  g_return_if_fail (fields != NULL && n_fields > 0);

  /* GObject gives every class its own property handlers, not inherited
   * ones; the generic ones serve any table. */
  if (G_OBJECT_CLASS (klass)->get_property == NULL)
    G_OBJECT_CLASS (klass)->get_property = entente_item_get_property;
  if (G_OBJECT_CLASS (klass)->set_property == NULL)
    G_OBJECT_CLASS (klass)->set_property = entente_item_set_property;

  klass->element = element;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields + 1);

  for (guint i = 0; i < n_fields; i++)
    klass->pspecs[i + 1] = entente_value_param_spec (&fields[i]);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), n_fields + 1, klass->pspecs);
}

/**
 * entente_item_type_find_key:
 * @item_type: a subclass of #EntenteItem
 *
 * Returns: the field that tells apart the items of a list of
 *   @item_type (ENTENTE_FIELD_KEY), or -1 when it has none
 */
int
entente_item_type_find_key (GType item_type)
{
  g_autoptr(GTypeClass) klass = NULL;
  EntenteItemClass *item_class;

  g_return_val_if_fail (g_type_is_a (item_type, ENTENTE_TYPE_ITEM), -1);

  klass = g_type_class_ref (item_type);
  item_class = ENTENTE_ITEM_CLASS (klass);
  for (guint i = 0; i < item_class->n_fields; i++)
    if (item_class->fields[i].flags & ENTENTE_FIELD_KEY)
      return (int) i;

  return -1;
}

/**
 * entente_item_get_n_fields:
 *
 * Returns: how many fields items of the type of @self have
 */
guint
entente_item_get_n_fields (EntenteItem *self)
{
  g_return_val_if_fail (ENTENTE_IS_ITEM (self), 0);

  return ENTENTE_ITEM_GET_CLASS (self)->n_fields;
}

/**
 * entente_item_get_field:
 * @field: one of the fields of @self
 *
 * Returns: (transfer none): what @field is: its name, kind, flags and
 *   label, as the type of @self describes it
 */
const EntenteField *
entente_item_get_field (EntenteItem *self,
                        guint        field)
{
  g_return_val_if_fail (ENTENTE_IS_ITEM (self), NULL);
  g_return_val_if_fail (field < ENTENTE_ITEM_GET_CLASS (self)->n_fields, NULL);

  return &ENTENTE_ITEM_GET_CLASS (self)->fields[field];
}

/**
 * entente_item_type_get_field:
 * @item_type: a subclass of #EntenteItem
 * @field: one of its fields
 *
 * Returns: (transfer none) (nullable): what @field of @item_type is, or
 *   %NULL when it has no such field
 */
const EntenteField *
entente_item_type_get_field (GType item_type,
                             guint field)
{
  EntenteItemClass *klass;

  g_return_val_if_fail (g_type_is_a (item_type, ENTENTE_TYPE_ITEM), NULL);

  /* Classes of static types live as long as the program. */
  klass = g_type_class_peek (item_type);
  if (klass == NULL)
    {
      klass = g_type_class_ref (item_type);
      g_type_class_unref (klass);
    }

  return field < klass->n_fields ? &klass->fields[field] : NULL;
}

int
entente_item_class_find_field (EntenteItemClass *klass,
                               const char       *name)
{
  g_return_val_if_fail (ENTENTE_IS_ITEM_CLASS (klass), -1);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return (int) i;

  return -1;
}

/**
 * entente_item_get_parent:
 *
 * Returns: (transfer none) (nullable): the item that holds @self
 */
EntenteItem *
entente_item_get_parent (EntenteItem *self)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);

  g_return_val_if_fail (ENTENTE_IS_ITEM (self), NULL);

  return priv->parent;
}

/**
 * entente_item_get_root:
 *
 * Returns: (transfer none): the topmost item above @self, usually the
 *   document, or @self when it is not part of one
 */
EntenteItem *
entente_item_get_root (EntenteItem *self)
{
  g_return_val_if_fail (ENTENTE_IS_ITEM (self), NULL);

  while (entente_item_get_parent (self) != NULL)
    self = entente_item_get_parent (self);

  return self;
}

const GValue *
entente_item_peek_value (EntenteItem *self,
                         guint        field)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);

  g_return_val_if_fail (ENTENTE_IS_ITEM (self), NULL);
  g_return_val_if_fail (field < ENTENTE_ITEM_GET_CLASS (self)->n_fields, NULL);

  return &priv->values[field];
}

GValue *
entente_item_get_value_slot (EntenteItem *self,
                             guint        field)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);

  /* The slot is asked for to be written. */
  if (FIELD (self, field)->kind == ENTENTE_VALUE_ID)
    forget_id_index (priv->parent);

  return (GValue *) entente_item_peek_value (self, field);
}

/**
 * entente_item_set_value:
 *
 * The one way a value changes: nothing happens when @value equals the
 * current one; otherwise the property is notified and ::changed bubbles
 * up to the document.
 */
void
entente_item_set_value (EntenteItem  *self,
                        guint         field,
                        const GValue *value)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);
  EntenteItemClass *klass;
  const EntenteField *f;
  EntenteEdit *edit;

  g_return_if_fail (ENTENTE_IS_ITEM (self));
  klass = ENTENTE_ITEM_GET_CLASS (self);
  g_return_if_fail (field < klass->n_fields);
  f = &klass->fields[field];
  g_return_if_fail (f->kind != ENTENTE_VALUE_LIST && f->kind != ENTENTE_VALUE_OBJECT);
  g_return_if_fail (G_VALUE_HOLDS (value, G_VALUE_TYPE (&priv->values[field])));

  if (f->kind == ENTENTE_VALUE_STRING || f->kind == ENTENTE_VALUE_ID || f->kind == ENTENTE_VALUE_REF)
    {
      const char *s = g_value_get_string (value);

      g_return_if_fail (s == NULL || g_utf8_validate (s, -1, NULL));
    }

  if (entente_value_equal (f, &priv->values[field], value))
    return;

  edit = entente_edit_new (ENTENTE_EDIT_VALUE, self, field);
  g_value_init (&edit->old_value, G_VALUE_TYPE (value));
  g_value_init (&edit->new_value, G_VALUE_TYPE (value));
  g_value_copy (&priv->values[field], &edit->old_value);
  g_value_copy (value, &edit->new_value);

  if (f->kind == ENTENTE_VALUE_ID)
    forget_id_index (priv->parent);
  g_value_copy (value, &priv->values[field]);
  g_object_notify_by_pspec (G_OBJECT (self), klass->pspecs[field + 1]);
  entente_item_emit_changed (self, edit);
}

const char *
entente_item_get_string (EntenteItem *self,
                         guint        field)
{
  return g_value_get_string (entente_item_peek_value (self, field));
}

int
entente_item_get_int (EntenteItem *self,
                      guint        field)
{
  return g_value_get_int (entente_item_peek_value (self, field));
}

double
entente_item_get_double (EntenteItem *self,
                         guint        field)
{
  return g_value_get_double (entente_item_peek_value (self, field));
}

gboolean
entente_item_get_boolean (EntenteItem *self,
                          guint        field)
{
  return g_value_get_boolean (entente_item_peek_value (self, field));
}

int
entente_item_get_enum (EntenteItem *self,
                       guint        field)
{
  return g_value_get_enum (entente_item_peek_value (self, field));
}

guint
entente_item_get_flags (EntenteItem *self,
                        guint        field)
{
  return g_value_get_flags (entente_item_peek_value (self, field));
}

gconstpointer
entente_item_get_boxed (EntenteItem *self,
                        guint        field)
{
  return g_value_get_boxed (entente_item_peek_value (self, field));
}

/* The field holding the id of @type's items, or -1. */
static int
id_field_of (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  EntenteItemClass *item_class = ENTENTE_ITEM_CLASS (klass);

  for (guint i = 0; i < item_class->n_fields; i++)
    if (item_class->fields[i].kind == ENTENTE_VALUE_ID)
      return (int) i;

  return -1;
}

static GHashTable *
build_id_index (EntenteItem *self,
                guint        list_field)
{
  GListModel *list = entente_item_get_list (self, list_field);
  int id_field = id_field_of (FIELD (self, list_field)->get_type ());
  GHashTable *by_id = g_hash_table_new (g_str_hash, g_str_equal);

  /* The keys are the children's own strings: any change to them drops
   * the whole index first.  With duplicate ids, the first one wins, as
   * a walk down the list would find. */
  for (guint i = 0, n = g_list_model_get_n_items (list); id_field >= 0 && i < n; i++)
    {
      g_autoptr(EntenteItem) child = g_list_model_get_item (list, i);
      const char *id = entente_item_get_string (child, (guint) id_field);

      if (id != NULL && !g_hash_table_contains (by_id, id))
        g_hash_table_insert (by_id, (gpointer) id, child);
    }

  return by_id;
}

/**
 * entente_item_find_by_id:
 *
 * The first item of the list @list_field whose id is @id, found through
 * an index so that resolving every reference of a document stays linear.
 *
 * Returns: (transfer none) (nullable): the item, or %NULL
 */
EntenteItem *
entente_item_find_by_id (EntenteItem *self,
                         guint        list_field,
                         const char  *id)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);
  GHashTable *by_id;

  g_return_val_if_fail (ENTENTE_IS_ITEM (self), NULL);
  g_return_val_if_fail (list_field < ENTENTE_ITEM_GET_CLASS (self)->n_fields, NULL);
  g_return_val_if_fail (FIELD (self, list_field)->kind == ENTENTE_VALUE_LIST, NULL);

  if (id == NULL)
    return NULL;

  if (priv->id_index == NULL)
    priv->id_index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  by_id = g_hash_table_lookup (priv->id_index, GUINT_TO_POINTER (list_field));
  if (by_id == NULL)
    {
      by_id = build_id_index (self, list_field);
      g_hash_table_insert (priv->id_index, GUINT_TO_POINTER (list_field), by_id);
    }

  return g_hash_table_lookup (by_id, id);
}

const char * const *
entente_item_get_strv (EntenteItem *self,
                       guint        field)
{
  static const char * const empty[] = { NULL };
  const char * const *strv = g_value_get_boxed (entente_item_peek_value (self, field));

  return strv != NULL ? strv : empty;
}

/**
 * entente_item_get_list:
 *
 * Returns: (transfer none): the items of a list field, owned by @self;
 *   change them with entente_item_insert() and its siblings
 */
GListModel *
entente_item_get_list (EntenteItem *self,
                       guint        field)
{
  return g_value_get_object (entente_item_peek_value (self, field));
}

/**
 * entente_item_get_child:
 *
 * Returns: (transfer none): the item of a child field
 */
EntenteItem *
entente_item_get_child (EntenteItem *self,
                        guint        field)
{
  return g_value_get_object (entente_item_peek_value (self, field));
}

#define DEFINE_SETTER(name, ctype, gtype_expr, setter)                  \
  void                                                                  \
  entente_item_set_##name (EntenteItem *self,                           \
                           guint        field,                          \
                           ctype        value)                          \
  {                                                                     \
    g_auto(GValue) v = G_VALUE_INIT;                                    \
                                                                        \
    g_return_if_fail (ENTENTE_IS_ITEM (self));                          \
    g_value_init (&v, gtype_expr);                                      \
    setter (&v, value);                                                 \
    entente_item_set_value (self, field, &v);                           \
  }

#define SLOT_TYPE(self, field) G_VALUE_TYPE (entente_item_peek_value (self, field))

DEFINE_SETTER (string, const char *, G_TYPE_STRING, g_value_set_string)
DEFINE_SETTER (int, int, G_TYPE_INT, g_value_set_int)
DEFINE_SETTER (double, double, G_TYPE_DOUBLE, g_value_set_double)
DEFINE_SETTER (boolean, gboolean, G_TYPE_BOOLEAN, g_value_set_boolean)
DEFINE_SETTER (boxed, gconstpointer, SLOT_TYPE (self, field), g_value_set_boxed)

static GListStore *
get_store (EntenteItem *self,
           guint        list_field)
{
  g_return_val_if_fail (ENTENTE_IS_ITEM (self), NULL);
  g_return_val_if_fail (list_field < ENTENTE_ITEM_GET_CLASS (self)->n_fields, NULL);
  g_return_val_if_fail (FIELD (self, list_field)->kind == ENTENTE_VALUE_LIST, NULL);

  return G_LIST_STORE (entente_item_get_list (self, list_field));
}

static void
adopt (EntenteItem *self,
       guint        list_field,
       EntenteItem *child)
{
  EntenteItemPrivate *child_priv = entente_item_get_instance_private (child);

  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (child), FIELD (self, list_field)->get_type ()));
  g_return_if_fail (child_priv->parent == NULL);

  child_priv->parent = self;
  forget_id_index (self);
}

void
entente_item_insert (EntenteItem *self,
                     guint        list_field,
                     guint        position,
                     EntenteItem *child)
{
  GListStore *store = get_store (self, list_field);
  EntenteEdit *edit;

  g_return_if_fail (store != NULL);
  g_return_if_fail (ENTENTE_IS_ITEM (child));

  adopt (self, list_field, child);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)));
  g_list_store_insert (store, position, child);

  edit = entente_edit_new (ENTENTE_EDIT_INSERT, self, list_field);
  edit->child = g_object_ref (child);
  edit->position = position;
  entente_item_emit_changed (self, edit);
}

void
entente_item_append (EntenteItem *self,
                     guint        list_field,
                     EntenteItem *child)
{
  entente_item_insert (self, list_field, G_MAXUINT, child);
}

void
entente_item_append_quietly (EntenteItem *self,
                             guint        list_field,
                             EntenteItem *child)
{
  adopt (self, list_field, child);
  g_list_store_append (get_store (self, list_field), child);
}

/* Takes the child at @position out of the list; NULL when there is none. */
static EntenteItem *
detach (EntenteItem *self,
        guint        list_field,
        guint        position)
{
  GListStore *store = get_store (self, list_field);
  EntenteItem *child;
  EntenteItemPrivate *child_priv;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (store)), NULL);

  child = g_list_model_get_item (G_LIST_MODEL (store), position);
  child_priv = entente_item_get_instance_private (child);
  child_priv->parent = NULL;
  g_list_store_remove (store, position);
  forget_id_index (self);

  return child;
}

/* Out of the list, with no edit recorded: for what Entente keeps by
 * itself, such as the ancestry, never for what a person changed. */
void
entente_item_remove_quietly (EntenteItem *self,
                             guint        list_field,
                             guint        position)
{
  g_object_unref (detach (self, list_field, position));
}

void
entente_item_remove (EntenteItem *self,
                     guint        list_field,
                     guint        position)
{
  g_autoptr(EntenteItem) child = detach (self, list_field, position);
  EntenteEdit *edit;

  if (child == NULL)
    return;

  edit = entente_edit_new (ENTENTE_EDIT_REMOVE, self, list_field);
  edit->child = g_object_ref (child);
  edit->position = position;
  entente_item_emit_changed (self, edit);
}

void
entente_item_move (EntenteItem *self,
                   guint        list_field,
                   guint        from,
                   guint        to)
{
  GListStore *store = get_store (self, list_field);
  g_autoptr(EntenteItem) child = NULL;
  EntenteEdit *edit;
  guint n;

  g_return_if_fail (store != NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;

  child = g_list_model_get_item (G_LIST_MODEL (store), from);
  g_list_store_remove (store, from);
  g_list_store_insert (store, to, child);
  forget_id_index (self);

  edit = entente_edit_new (ENTENTE_EDIT_MOVE, self, list_field);
  edit->position = from;
  edit->to_position = to;
  entente_item_emit_changed (self, edit);
}

void
entente_item_add_extra_attribute (EntenteItem *self,
                                  const char  *element,
                                  xmlAttr     *attr)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);
  EntenteExtraAttribute *extra = g_new0 (EntenteExtraAttribute, 1);
  xmlChar *value = xmlNodeListGetString (attr->doc, attr->children, 1);

  extra->element = g_strdup (element);
  extra->ns_href = attr->ns ? g_strdup ((const char *) attr->ns->href) : NULL;
  extra->prefix = attr->ns && attr->ns->prefix ? g_strdup ((const char *) attr->ns->prefix) : NULL;
  extra->name = g_strdup ((const char *) attr->name);
  extra->value = g_strdup (value ? (const char *) value : "");
  xmlFree (value);

  if (priv->extra_attributes == NULL)
    priv->extra_attributes = g_ptr_array_new_with_free_func (extra_attribute_free);
  g_ptr_array_add (priv->extra_attributes, extra);
}

void
entente_item_add_extra_element (EntenteItem *self,
                                const char  *element,
                                xmlNode     *node)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);
  EntenteExtraElement *extra = g_new0 (EntenteExtraElement, 1);

  extra->element = g_strdup (element);
  extra->node = xmlCopyNode (node, 1);

  if (priv->extra_elements == NULL)
    priv->extra_elements = g_ptr_array_new_with_free_func (extra_element_free);
  g_ptr_array_add (priv->extra_elements, extra);
}

/**
 * entente_item_get_extra_attributes: (skip)
 *
 * Returns: (nullable): the #EntenteExtraAttribute of @self
 */
GPtrArray *
entente_item_get_extra_attributes (EntenteItem *self)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);

  return priv->extra_attributes;
}

/**
 * entente_item_get_extra_elements: (skip)
 *
 * Returns: (nullable): the #EntenteExtraElement of @self
 */
GPtrArray *
entente_item_get_extra_elements (EntenteItem *self)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);

  return priv->extra_elements;
}

/**
 * entente_item_extras_equal: (skip)
 *
 * Whether @a and @b keep the same extensions of a newer format.
 */
gboolean
entente_item_extras_equal (EntenteItem *a,
                           EntenteItem *b)
{
  g_autoptr(GString) sa = g_string_new (NULL);
  g_autoptr(GString) sb = g_string_new (NULL);

  entente_writer_append_extras (sa, a);
  entente_writer_append_extras (sb, b);

  return g_string_equal (sa, sb);
}

static gboolean
field_equal (EntenteItem *a,
             EntenteItem *b,
             guint        field)
{
  const EntenteField *f = &ENTENTE_ITEM_GET_CLASS (a)->fields[field];

  if (f->kind == ENTENTE_VALUE_LIST)
    {
      GListModel *la = entente_item_get_list (a, field);
      GListModel *lb = entente_item_get_list (b, field);
      guint n = g_list_model_get_n_items (la);

      if (n != g_list_model_get_n_items (lb))
        return FALSE;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(EntenteItem) ia = g_list_model_get_item (la, j);
          g_autoptr(EntenteItem) ib = g_list_model_get_item (lb, j);

          if (!entente_item_equal (ia, ib))
            return FALSE;
        }
      return TRUE;
    }

  if (f->kind == ENTENTE_VALUE_OBJECT)
    return entente_item_equal (entente_item_get_child (a, field), entente_item_get_child (b, field));

  return entente_value_equal (f, entente_item_peek_value (a, field), entente_item_peek_value (b, field));
}

/**
 * entente_item_field_equal:
 * @a: an item
 * @b: another item of the same type
 * @field: one of their fields
 *
 * Whether @a and @b hold the same value in @field: the same items in the
 * same order for a list, all the way down.
 */
gboolean
entente_item_field_equal (EntenteItem *a,
                          EntenteItem *b,
                          guint        field)
{
  g_return_val_if_fail (ENTENTE_IS_ITEM (a), FALSE);
  g_return_val_if_fail (ENTENTE_IS_ITEM (b), FALSE);
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);
  g_return_val_if_fail (field < ENTENTE_ITEM_GET_CLASS (a)->n_fields, FALSE);

  return field_equal (a, b, field);
}

/**
 * entente_item_equal:
 *
 * Whether @a and @b hold the same values, items and kept extensions, in
 * the same order, all the way down.
 */
gboolean
entente_item_equal (EntenteItem *a,
                    EntenteItem *b)
{
  EntenteItemClass *klass;

  g_return_val_if_fail (ENTENTE_IS_ITEM (a), FALSE);
  g_return_val_if_fail (ENTENTE_IS_ITEM (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  klass = ENTENTE_ITEM_GET_CLASS (a);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!field_equal (a, b, i))
      return FALSE;

  return entente_item_extras_equal (a, b);
}

/**
 * entente_item_hash:
 *
 * A hash that agrees with entente_item_equal(): equal items hash alike.
 * Durations, dates, times and the items below are left out of it.
 */
guint
entente_item_hash (EntenteItem *self)
{
  EntenteItemClass *klass;
  guint hash;

  g_return_val_if_fail (ENTENTE_IS_ITEM (self), 0);

  klass = ENTENTE_ITEM_GET_CLASS (self);
  hash = (guint) G_OBJECT_TYPE (self);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const GValue *value = entente_item_peek_value (self, i);

      switch (klass->fields[i].kind)
        {
        case ENTENTE_VALUE_INT:
        case ENTENTE_VALUE_TIME:
          hash = hash * 31 + (guint) g_value_get_int (value);
          break;
        case ENTENTE_VALUE_ENUM:
          hash = hash * 31 + (guint) g_value_get_enum (value);
          break;
        case ENTENTE_VALUE_STRV:
          for (const char * const *s = entente_item_get_strv (self, i); *s != NULL; s++)
            hash = hash * 31 + g_str_hash (*s);
          break;
        case ENTENTE_VALUE_DECIMAL:
        case ENTENTE_VALUE_RATE:
          {
            /* −0 equals 0. */
            double number = g_value_get_double (value) == 0.0 ? 0.0 : g_value_get_double (value);

            hash = hash * 31 + g_double_hash (&number);
          }
          break;
        case ENTENTE_VALUE_BOOLEAN:
          hash = hash * 31 + !g_value_get_boolean (value);
          break;
        case ENTENTE_VALUE_FLAGS:
          hash = hash * 31 + g_value_get_flags (value);
          break;
        case ENTENTE_VALUE_DURATION:
        case ENTENTE_VALUE_DATE:
        case ENTENTE_VALUE_DATETIME:
        case ENTENTE_VALUE_LIST:
        case ENTENTE_VALUE_OBJECT:
          break;
        default:
          {
            const char *text = g_value_get_string (value);

            hash = hash * 31 + (text != NULL ? g_str_hash (text) : 0);
          }
          break;
        }
    }

  return hash;
}

static void
copy_extras (EntenteItem *self,
             EntenteItem *source)
{
  EntenteItemPrivate *priv = entente_item_get_instance_private (self);
  EntenteItemPrivate *source_priv = entente_item_get_instance_private (source);

  for (guint i = 0; source_priv->extra_attributes && i < source_priv->extra_attributes->len; i++)
    {
      EntenteExtraAttribute *attr = g_ptr_array_index (source_priv->extra_attributes, i);
      EntenteExtraAttribute *copy = g_new0 (EntenteExtraAttribute, 1);

      copy->element = g_strdup (attr->element);
      copy->ns_href = g_strdup (attr->ns_href);
      copy->prefix = g_strdup (attr->prefix);
      copy->name = g_strdup (attr->name);
      copy->value = g_strdup (attr->value);
      if (priv->extra_attributes == NULL)
        priv->extra_attributes = g_ptr_array_new_with_free_func (extra_attribute_free);
      g_ptr_array_add (priv->extra_attributes, copy);
    }

  for (guint i = 0; source_priv->extra_elements && i < source_priv->extra_elements->len; i++)
    {
      EntenteExtraElement *extra = g_ptr_array_index (source_priv->extra_elements, i);

      entente_item_add_extra_element (self, extra->element, extra->node);
    }
}

static void
copy_into (EntenteItem *self,
           EntenteItem *source)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (source);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (field->kind == ENTENTE_VALUE_LIST)
        {
          GListModel *list = entente_item_get_list (source, i);

          for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
            {
              g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);
              g_autoptr(EntenteItem) copy = entente_item_copy (child);

              entente_item_append_quietly (self, i, copy);
            }
        }
      else if (field->kind == ENTENTE_VALUE_OBJECT)
        copy_into (entente_item_get_child (self, i), entente_item_get_child (source, i));
      else
        g_value_copy (entente_item_peek_value (source, i), entente_item_get_value_slot (self, i));
    }

  copy_extras (self, source);
}

/**
 * entente_item_copy:
 *
 * A deep copy of @self: its values, the items below it and the kept
 * extensions of a newer format, in no parent and with no history.  It
 * emits nothing, since nobody can be listening to a new item yet.  For a
 * document, only its content is copied, not its file or preamble.
 *
 * Returns: (transfer full): the copy
 */
EntenteItem *
entente_item_copy (EntenteItem *self)
{
  EntenteItem *copy;

  g_return_val_if_fail (ENTENTE_IS_ITEM (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  copy_into (copy, self);

  return copy;
}

/**
 * entente_item_copy_extras: (skip)
 *
 * Adds to @self the kept extensions of @source, an item of the same type.
 */
void
entente_item_copy_extras (EntenteItem *self,
                          EntenteItem *source)
{
  g_return_if_fail (ENTENTE_IS_ITEM (self));
  g_return_if_fail (ENTENTE_IS_ITEM (source));

  copy_extras (self, source);
}
