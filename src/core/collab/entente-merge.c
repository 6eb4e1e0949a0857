/* entente-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-ancestry.h"
#include "entente-conflict.h"
#include "entente-item-private.h"
#include "entente-merge.h"
#include "entente-value.h"
#include "entente-writer-private.h"

/* A three-way merge of SLAs: what changed from BASE to OURS and from BASE
 * to THEIRS, combined.  It walks the field tables, so it knows no more of
 * an SLA than the reader and the writer do; every new field merges as
 * soon as it is in a table.
 *
 * - A value changed on one side only takes that side's value; changed to
 *   the same value on both, that value; changed differently on both, it
 *   keeps ours' and records a conflict.
 * - Items of a list with a key (ENTENTE_FIELD_KEY: parties, personas,
 *   stages, handoffs, protocols, targets, approvals, comments…) are
 *   matched by key, not position.  An item added on either side is kept;
 *   added on both with the same key, it is kept once when both are equal,
 *   else ours' is kept with a conflict.  An item deleted on one side goes
 *   when the other left it unchanged; when the other edited it, the
 *   edited item stays, with a conflict.  Items on both sides merge value
 *   by value, recursively.
 * - Order: when only one side reordered a keyed list (the items it shares
 *   with the base are in another order), its order wins; when both did,
 *   ours' wins, without a conflict since no content is lost.  Items added
 *   by the other side follow the item they followed there.
 * - Lists without keys (criteria, escalation steps, conversions) and
 *   lists of strings (job titles, channels…) are aligned on equal entries,
 *   as diff3 aligns lines.  Where only one side changed a run, its version
 *   wins; where both only added, both additions are kept; where both
 *   changed the same number of entries in place, the entries merge one by
 *   one; anything else is a conflict on the whole list field, which keeps
 *   ours'.
 * - Extensions of a newer format (unknown elements and attributes) are
 *   ours' on an item both sides have.
 * - The result must be valid: when a merged reference names a party or a
 *   stage that one side deleted, the deleted item comes back, with a
 *   conflict on it.
 *
 * - Lists that only record (ENTENTE_FIELD_UNION: the ancestry) keep every
 *   item of either side.
 * - Without a base (entente_merge_two_way(), for copies with no version
 *   in common), nothing can be said to have changed: whatever the sides
 *   do not agree on is a conflict, including an item only one side has,
 *   except in comments, sign-offs and such, which only add up.
 *
 * Conflicts are EntenteConflict items appended to the result's
 * <conflicts>, so that the merged file stays valid and loadable, and a
 * person (or the window) can resolve them later. */

/* Above this many cells, two runs of differing entries are not aligned
 * entry by entry but taken as one change; no SLA list comes near it. */
#define MAX_LCS_CELLS (4u * 1024u * 1024u)

typedef gboolean (*EqualFunc) (gconstpointer a,
                               gconstpointer b);

typedef struct
{
  GPtrArray *conflicts;  /* EntenteConflict, in document order, no id yet */
  GString   *path;       /* where the walk is, as in a conflict's path */
  gboolean   two_way;    /* no base: every difference is a conflict */
  gboolean   no_base;    /* the whole merge is two-way */
} Merger;

static void merge_item (Merger      *self,
                        EntenteItem *result,
                        EntenteItem *base,
                        EntenteItem *ours,
                        EntenteItem *theirs);

/* Paths */

G_GNUC_PRINTF (2, 3)
static gsize
path_push (Merger     *self,
           const char *format,
           ...)
{
  gsize mark = self->path->len;
  va_list args;

  if (mark > 0 && format[0] != '[')
    g_string_append_c (self->path, '/');
  va_start (args, format);
  g_string_append_vprintf (self->path, format, args);
  va_end (args);

  return mark;
}

static void
path_pop (Merger *self,
          gsize   mark)
{
  g_string_truncate (self->path, mark);
}

/* Conflicts */

/* The canonical XML of @item, as it would appear inside <sla>. */
static char *
item_text (EntenteItem *item)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *text;
  const char *start;
  gsize length;
  GString *s;

  if (item == NULL)
    return NULL;

  bytes = entente_writer_write (item);
  text = g_bytes_get_data (bytes, &length);
  start = memchr (text, '\n', length);
  start = start ? start + 1 : text;
  s = g_string_new_len (start, (gssize) (length - (gsize) (start - text)));
  /* The namespace goes without saying inside <sla>; and the writer sets
   * apart the sections of a root element by blank lines, which an item is
   * here but not in a file.  Text never holds a raw "<", so only those
   * blank lines can be followed by one. */
  g_string_replace (s, " xmlns=\"" ENTENTE_NAMESPACE "\"", "", 1);
  g_string_replace (s, "\n\n  <", "\n  <", 0);
  while (s->len > 0 && s->str[s->len - 1] == '\n')
    g_string_truncate (s, s->len - 1);

  return g_string_free (s, FALSE);
}

static char *
items_text (GPtrArray *items,
            guint      first,
            guint      last)
{
  GString *s;

  if (first == last)
    return NULL;

  s = g_string_new (NULL);
  for (guint i = first; i < last; i++)
    {
      g_autofree char *text = item_text (g_ptr_array_index (items, i));

      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, text);
    }

  return g_string_free (s, FALSE);
}

/* A value as the file spells it; NULL when the file would leave it out. */
static char *
value_text (const EntenteField *field,
            const GValue       *value)
{
  if (field->kind == ENTENTE_VALUE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      return strv && strv[0] ? g_strjoinv ("\n", (char **) strv) : NULL;
    }

  if (entente_value_is_default (field, value) &&
      !(field->flags & (ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_ALWAYS)))
    return NULL;

  return entente_value_to_string (field, value);
}

/* Records a conflict at the current path; takes the three texts. */
static void
add_conflict (Merger *self,
              char   *base,
              char   *ours,
              char   *theirs)
{
  EntenteItem *conflict = ENTENTE_ITEM (entente_conflict_new ());

  g_value_set_string (entente_item_get_value_slot (conflict, ENTENTE_CONFLICT_FIELD_PATH), self->path->str);
  g_value_take_string (entente_item_get_value_slot (conflict, ENTENTE_CONFLICT_FIELD_BASE), base);
  g_value_take_string (entente_item_get_value_slot (conflict, ENTENTE_CONFLICT_FIELD_OURS), ours);
  g_value_take_string (entente_item_get_value_slot (conflict, ENTENTE_CONFLICT_FIELD_THEIRS), theirs);
  g_value_set_boolean (entente_item_get_value_slot (conflict, ENTENTE_CONFLICT_FIELD_NO_BASE), self->no_base);
  g_ptr_array_add (self->conflicts, conflict);
}

/* Aligning lists, as diff3 does */

typedef struct
{
  gboolean stable;                 /* the same entry on all three sides */
  guint    b0, b1, o0, o1, t0, t1; /* half-open runs of base, ours, theirs */
} Chunk;

/* For each entry of @a, the index of the entry of @b it is aligned with,
 * or -1; the aligned pairs form a longest common subsequence. */
static int *
align (GPtrArray *a,
       GPtrArray *b,
       EqualFunc  equal)
{
  int *match = g_new (int, a->len + 1);
  guint prefix = 0, suffix = 0, m, k;
  g_autofree guint32 *table = NULL;

  for (guint i = 0; i < a->len; i++)
    match[i] = -1;

  /* Most edits touch few entries: the ends need no table. */
  while (prefix < a->len && prefix < b->len &&
         equal (a->pdata[prefix], b->pdata[prefix]))
    {
      match[prefix] = (int) prefix;
      prefix++;
    }
  while (suffix < a->len - prefix && suffix < b->len - prefix &&
         equal (a->pdata[a->len - 1 - suffix], b->pdata[b->len - 1 - suffix]))
    {
      match[a->len - 1 - suffix] = (int) (b->len - 1 - suffix);
      suffix++;
    }

  m = a->len - prefix - suffix;
  k = b->len - prefix - suffix;
  if (m == 0 || k == 0 || (guint64) (m + 1) * (k + 1) > MAX_LCS_CELLS)
    return match;

  /* table[i][j]: the length of a common subsequence of a[i..] and b[j..]
   * of the middle part, so that the walk below can go forwards. */
  table = g_new0 (guint32, (gsize) (m + 1) * (k + 1));
#define CELL(i, j) table[(gsize) (i) * (k + 1) + (j)]
  for (guint i = m; i-- > 0;)
    for (guint j = k; j-- > 0;)
      {
        if (equal (a->pdata[prefix + i], b->pdata[prefix + j]))
          CELL (i, j) = CELL (i + 1, j + 1) + 1;
        else
          CELL (i, j) = MAX (CELL (i + 1, j), CELL (i, j + 1));
      }

  for (guint i = 0, j = 0; i < m && j < k;)
    {
      if (equal (a->pdata[prefix + i], b->pdata[prefix + j]) &&
          CELL (i, j) == CELL (i + 1, j + 1) + 1)
        {
          match[prefix + i] = (int) (prefix + j);
          i++;
          j++;
        }
      else if (CELL (i + 1, j) >= CELL (i, j + 1))
        i++;
      else
        j++;
    }
#undef CELL

  return match;
}

/* Splits the three lists into stable entries, equal on all sides, and
 * the runs between them where at least one side changed something. */
static GArray *
diff3 (GPtrArray *base,
       GPtrArray *ours,
       GPtrArray *theirs,
       EqualFunc  equal)
{
  g_autofree int *in_ours = align (base, ours, equal);
  g_autofree int *in_theirs = align (base, theirs, equal);
  GArray *chunks = g_array_new (FALSE, FALSE, sizeof (Chunk));
  guint b = 0, o = 0, t = 0;

  for (;;)
    {
      Chunk chunk;
      guint next = b;

      if (b < base->len && in_ours[b] == (int) o && in_theirs[b] == (int) t)
        {
          chunk = (Chunk) { TRUE, b, b + 1, o, o + 1, t, t + 1 };
          g_array_append_val (chunks, chunk);
          b++;
          o++;
          t++;
          continue;
        }

      while (next < base->len && (in_ours[next] < 0 || in_theirs[next] < 0))
        next++;

      if (next == base->len)
        {
          if (b < base->len || o < ours->len || t < theirs->len)
            {
              chunk = (Chunk) { FALSE, b, base->len, o, ours->len, t, theirs->len };
              g_array_append_val (chunks, chunk);
            }
          break;
        }

      chunk = (Chunk) { FALSE, b, next, o, (guint) in_ours[next], t, (guint) in_theirs[next] };
      g_array_append_val (chunks, chunk);
      b = next;
      o = (guint) in_ours[next];
      t = (guint) in_theirs[next];
    }

  return chunks;
}

static gboolean
runs_equal (GPtrArray *a,
            guint      a0,
            guint      a1,
            GPtrArray *b,
            guint      b0,
            guint      b1,
            EqualFunc  equal)
{
  if (a1 - a0 != b1 - b0)
    return FALSE;
  for (guint i = 0; i < a1 - a0; i++)
    if (!equal (a->pdata[a0 + i], b->pdata[b0 + i]))
      return FALSE;

  return TRUE;
}

static gboolean
run_contains (GPtrArray     *a,
              guint          a0,
              guint          a1,
              gconstpointer  entry,
              EqualFunc      equal)
{
  for (guint i = a0; i < a1; i++)
    if (equal (a->pdata[i], entry))
      return TRUE;

  return FALSE;
}

typedef enum
{
  TAKE_OURS,
  TAKE_THEIRS,
  TAKE_BOTH,      /* both sides only added: ours' additions, then theirs' */
  TAKE_EACH,      /* both changed as many entries in place: one by one */
  TAKE_CONFLICT,
} Resolution;

static Resolution
resolve (const Chunk *c,
         GPtrArray   *base,
         GPtrArray   *ours,
         GPtrArray   *theirs,
         EqualFunc    equal)
{
  if (runs_equal (base, c->b0, c->b1, theirs, c->t0, c->t1, equal) ||
      runs_equal (ours, c->o0, c->o1, theirs, c->t0, c->t1, equal))
    return TAKE_OURS;
  if (runs_equal (base, c->b0, c->b1, ours, c->o0, c->o1, equal))
    return TAKE_THEIRS;
  if (c->b0 == c->b1)
    return TAKE_BOTH;
  if (c->b1 - c->b0 == c->o1 - c->o0 && c->b1 - c->b0 == c->t1 - c->t0)
    return TAKE_EACH;

  return TAKE_CONFLICT;
}

static gboolean
strings_equal (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (a, b) == 0;
}

static gboolean
items_equal (gconstpointer a,
             gconstpointer b)
{
  return entente_item_equal ((EntenteItem *) a, (EntenteItem *) b);
}

/* Values */

static void
merge_scalar (Merger      *self,
              EntenteItem *result,
              guint        index,
              EntenteItem *base,
              EntenteItem *ours,
              EntenteItem *theirs)
{
  const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (ours)->fields[index];
  const GValue *b = base ? entente_item_peek_value (base, index) : NULL;
  const GValue *o = entente_item_peek_value (ours, index);
  const GValue *t = entente_item_peek_value (theirs, index);
  GValue *slot = entente_item_get_value_slot (result, index);

  if (entente_value_equal (field, o, t) || (b != NULL && entente_value_equal (field, b, t)))
    g_value_copy (o, slot);
  else if (b != NULL && entente_value_equal (field, b, o))
    g_value_copy (t, slot);
  else
    {
      g_value_copy (o, slot);
      add_conflict (self, b ? value_text (field, b) : NULL, value_text (field, o), value_text (field, t));
    }
}

static GPtrArray *
strv_array (EntenteItem *item,
            guint        index)
{
  const char * const *strv = item ? entente_item_get_strv (item, index) : NULL;
  GPtrArray *array = g_ptr_array_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_ptr_array_add (array, (gpointer) strv[i]);

  return array;
}

/* Lists of strings merge entry by entry; a conflict anywhere in one keeps
 * ours' whole list, and records the three whole lists. */
static void
merge_strv (Merger      *self,
            EntenteItem *result,
            guint        index,
            EntenteItem *base,
            EntenteItem *ours,
            EntenteItem *theirs)
{
  const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (ours)->fields[index];
  g_autoptr(GPtrArray) b = strv_array (base, index);
  g_autoptr(GPtrArray) o = strv_array (ours, index);
  g_autoptr(GPtrArray) t = strv_array (theirs, index);
  g_autoptr(GPtrArray) merged = g_ptr_array_new ();
  g_autoptr(GArray) chunks = NULL;
  GValue *slot = entente_item_get_value_slot (result, index);
  gboolean conflict = FALSE;

  g_value_copy (entente_item_peek_value (ours, index), slot);
  if (runs_equal (o, 0, o->len, t, 0, t->len, strings_equal))
    return;
  if (base == NULL)
    {
      add_conflict (self, NULL,
                    value_text (field, entente_item_peek_value (ours, index)),
                    value_text (field, entente_item_peek_value (theirs, index)));
      return;
    }
  if (runs_equal (b, 0, b->len, t, 0, t->len, strings_equal))
    return;
  if (runs_equal (b, 0, b->len, o, 0, o->len, strings_equal))
    {
      g_value_copy (entente_item_peek_value (theirs, index), slot);
      return;
    }

  chunks = diff3 (b, o, t, strings_equal);
  for (guint i = 0; i < chunks->len && !conflict; i++)
    {
      const Chunk *c = &g_array_index (chunks, Chunk, i);

      if (c->stable)
        {
          g_ptr_array_add (merged, o->pdata[c->o0]);
          continue;
        }

      switch (resolve (c, b, o, t, strings_equal))
        {
        case TAKE_OURS:
          for (guint j = c->o0; j < c->o1; j++)
            g_ptr_array_add (merged, o->pdata[j]);
          break;

        case TAKE_THEIRS:
          for (guint j = c->t0; j < c->t1; j++)
            g_ptr_array_add (merged, t->pdata[j]);
          break;

        case TAKE_BOTH:
          for (guint j = c->o0; j < c->o1; j++)
            g_ptr_array_add (merged, o->pdata[j]);
          for (guint j = c->t0; j < c->t1; j++)
            if (!run_contains (o, c->o0, c->o1, t->pdata[j], strings_equal))
              g_ptr_array_add (merged, t->pdata[j]);
          break;

        case TAKE_EACH:
          for (guint j = 0; j < c->b1 - c->b0 && !conflict; j++)
            {
              const char *bj = b->pdata[c->b0 + j];
              const char *oj = o->pdata[c->o0 + j];
              const char *tj = t->pdata[c->t0 + j];

              if (g_str_equal (oj, tj) || g_str_equal (bj, tj))
                g_ptr_array_add (merged, (gpointer) oj);
              else if (g_str_equal (bj, oj))
                g_ptr_array_add (merged, (gpointer) tj);
              else
                conflict = TRUE;
            }
          break;

        case TAKE_CONFLICT:
        default:
          conflict = TRUE;
          break;
        }
    }

  if (conflict)
    {
      add_conflict (self,
                    value_text (field, entente_item_peek_value (base, index)),
                    value_text (field, entente_item_peek_value (ours, index)),
                    value_text (field, entente_item_peek_value (theirs, index)));
      return;
    }

  g_ptr_array_add (merged, NULL);
  g_value_set_boxed (slot, merged->pdata);
}

/* Items */

/* A new item that holds the merge of one item of the three sides. */
static EntenteItem *
merge_three (Merger      *self,
             EntenteItem *base,
             EntenteItem *ours,
             EntenteItem *theirs)
{
  EntenteItem *result;

  if (entente_item_equal (ours, theirs) || (base != NULL && entente_item_equal (base, theirs)))
    return entente_item_copy (ours);
  if (base != NULL && entente_item_equal (base, ours))
    return entente_item_copy (theirs);

  result = g_object_new (G_OBJECT_TYPE (ours), NULL);
  merge_item (self, result, base, ours, theirs);

  return result;
}

static void
append_copy (EntenteItem *result,
             guint        index,
             EntenteItem *item)
{
  g_autoptr(EntenteItem) copy = entente_item_copy (item);

  entente_item_append_quietly (result, index, copy);
}

static GPtrArray *
list_array (EntenteItem *item,
            guint        index)
{
  GListModel *list = item ? entente_item_get_list (item, index) : NULL;
  guint n = list ? g_list_model_get_n_items (list) : 0;
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (list, i));

  return array;
}

/* Lists without keys: aligned on equal items, as merge_strv(). */
static void
merge_keyless_list (Merger      *self,
                    EntenteItem *result,
                    guint        index,
                    EntenteItem *base,
                    EntenteItem *ours,
                    EntenteItem *theirs)
{
  g_autoptr(GPtrArray) o = list_array (ours, index);
  g_autoptr(GPtrArray) t = list_array (theirs, index);
  /* Without a base, ours stands in for it: each run where theirs differs
   * is then a change of theirs against ours, and a conflict below. */
  g_autoptr(GPtrArray) b = base ? list_array (base, index) : g_ptr_array_ref (o);
  g_autoptr(GArray) chunks = diff3 (b, o, t, items_equal);
  guint position = 0;

  for (guint i = 0; i < chunks->len; i++)
    {
      const Chunk *c = &g_array_index (chunks, Chunk, i);

      if (c->stable)
        {
          append_copy (result, index, o->pdata[c->o0]);
          position++;
          continue;
        }

      switch (base ? resolve (c, b, o, t, items_equal) : TAKE_CONFLICT)
        {
        case TAKE_OURS:
          for (guint j = c->o0; j < c->o1; j++, position++)
            append_copy (result, index, o->pdata[j]);
          break;

        case TAKE_THEIRS:
          for (guint j = c->t0; j < c->t1; j++, position++)
            append_copy (result, index, t->pdata[j]);
          break;

        case TAKE_BOTH:
          for (guint j = c->o0; j < c->o1; j++, position++)
            append_copy (result, index, o->pdata[j]);
          for (guint j = c->t0; j < c->t1; j++)
            if (!run_contains (o, c->o0, c->o1, t->pdata[j], items_equal))
              {
                append_copy (result, index, t->pdata[j]);
                position++;
              }
          break;

        case TAKE_EACH:
          for (guint j = 0; j < c->b1 - c->b0; j++)
            {
              g_autoptr(EntenteItem) merged = NULL;
              gsize mark;

              /* Positions count from 1, as in XPath. */
              mark = path_push (self, "[%u]", ++position);
              merged = merge_three (self, b->pdata[c->b0 + j], o->pdata[c->o0 + j], t->pdata[c->t0 + j]);
              path_pop (self, mark);
              entente_item_append_quietly (result, index, merged);
            }
          break;

        case TAKE_CONFLICT:
        default:
          add_conflict (self,
                        base ? items_text (b, c->b0, c->b1) : NULL,
                        items_text (o, c->o0, c->o1),
                        items_text (t, c->t0, c->t1));
          for (guint j = c->o0; j < c->o1; j++, position++)
            append_copy (result, index, o->pdata[j]);
          break;
        }
    }
}

/* One side of a keyed list: its items, their keys, and where each is. */
typedef struct
{
  GPtrArray  *items;
  GPtrArray  *keys;
  GHashTable *index;  /* key → position + 1 */
} Side;

static void
side_init (Side        *side,
           EntenteItem *item,
           guint        list_field,
           guint        key_field)
{
  side->items = list_array (item, list_field);
  side->keys = g_ptr_array_new_full (side->items->len, g_free);
  side->index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < side->items->len; i++)
    {
      const char *key = entente_item_get_string (side->items->pdata[i], key_field);
      /* Only a document built in code lacks a key; such items pair up by
       * position, which no real key can look like. */
      char *owned = key ? g_strdup (key) : g_strdup_printf ("\x01%u", i);

      g_ptr_array_add (side->keys, owned);
      g_hash_table_insert (side->index, owned, GUINT_TO_POINTER (i + 1));
    }
}

static void
side_clear (Side *side)
{
  g_clear_pointer (&side->index, g_hash_table_unref);
  g_clear_pointer (&side->keys, g_ptr_array_unref);
  g_clear_pointer (&side->items, g_ptr_array_unref);
}

static EntenteItem *
side_find (Side       *side,
           const char *key)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (side->index, key));

  return position ? side->items->pdata[position - 1] : NULL;
}

/* Whether the items @side shares with @base are in the base's order. */
static gboolean
side_keeps_order (Side *side,
                  Side *base)
{
  guint j = 0;

  for (guint i = 0; i < side->keys->len; i++)
    {
      const char *key = side->keys->pdata[i];

      if (side_find (base, key) == NULL)
        continue;
      while (j < base->keys->len && side_find (side, base->keys->pdata[j]) == NULL)
        j++;
      if (j == base->keys->len || !g_str_equal (key, base->keys->pdata[j]))
        return FALSE;
      j++;
    }

  return TRUE;
}

typedef struct
{
  Side base;
  Side ours;
  Side theirs;
} Sides;

/* Whether the item with @key is in the result: on both sides, added on
 * one, or deleted on one side after the other edited it. */
static gboolean
is_kept (Sides      *sides,
         const char *key)
{
  EntenteItem *b = side_find (&sides->base, key);
  EntenteItem *o = side_find (&sides->ours, key);
  EntenteItem *t = side_find (&sides->theirs, key);

  if (o != NULL && t != NULL)
    return TRUE;
  if (o != NULL)
    return b == NULL || !entente_item_equal (b, o);
  if (t != NULL)
    return b == NULL || !entente_item_equal (b, t);

  return FALSE;
}

/* The item with @key in the result, which is_kept() said is there. */
static EntenteItem *
keyed_item (Merger     *self,
            Sides      *sides,
            const char *key)
{
  EntenteItem *b = side_find (&sides->base, key);
  EntenteItem *o = side_find (&sides->ours, key);
  EntenteItem *t = side_find (&sides->theirs, key);
  EntenteItem *result;
  gsize mark = path_push (self, "[%s]", key);

  if (o != NULL && t != NULL)
    {
      if (b != NULL || self->two_way)
        result = merge_three (self, b, o, t);
      else
        {
          if (!entente_item_equal (o, t))
            add_conflict (self, NULL, item_text (o), item_text (t));
          result = entente_item_copy (o);
        }
    }
  else
    {
      /* On one side only and kept: added there, or edited there and
       * deleted on the other side, which is a conflict. */
      if (b != NULL || self->two_way)
        add_conflict (self, item_text (b), item_text (o), item_text (t));
      result = entente_item_copy (o != NULL ? o : t);
    }

  path_pop (self, mark);

  return result;
}

static void
append_keyed (Merger      *self,
              EntenteItem *result,
              guint        index,
              Sides       *sides,
              const char  *key)
{
  g_autoptr(EntenteItem) item = keyed_item (self, sides, key);

  entente_item_append_quietly (result, index, item);
}

static void
merge_keyed_list (Merger      *self,
                  EntenteItem *result,
                  guint        index,
                  guint        key_field,
                  EntenteItem *base,
                  EntenteItem *ours,
                  EntenteItem *theirs)
{
  Sides sides;
  Side *primary, *secondary;
  g_autoptr(GHashTable) after = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) first = g_ptr_array_new ();
  GPtrArray *bucket = first;

  side_init (&sides.base, base, index, key_field);
  side_init (&sides.ours, ours, index, key_field);
  side_init (&sides.theirs, theirs, index, key_field);

  /* The order of the side that reordered, or ours' when both did. */
  if (!side_keeps_order (&sides.theirs, &sides.base) && side_keeps_order (&sides.ours, &sides.base))
    {
      primary = &sides.theirs;
      secondary = &sides.ours;
    }
  else
    {
      primary = &sides.ours;
      secondary = &sides.theirs;
    }

  /* What only the other side has goes after the item it follows there. */
  for (guint i = 0; i < secondary->keys->len; i++)
    {
      const char *key = secondary->keys->pdata[i];

      if (side_find (primary, key) != NULL)
        {
          bucket = g_hash_table_lookup (after, key);
          if (bucket == NULL)
            {
              bucket = g_ptr_array_new ();
              g_hash_table_insert (after, (gpointer) key, bucket);
            }
        }
      else if (is_kept (&sides, key))
        g_ptr_array_add (bucket, (gpointer) key);
    }

  /* Such items wait for the primary side's own additions after the same
   * item: at one place, the primary side's come first. */
  bucket = first;
  for (guint i = 0; i <= primary->keys->len; i++)
    {
      const char *key = i < primary->keys->len ? primary->keys->pdata[i] : NULL;
      gboolean shared = key != NULL && side_find (secondary, key) != NULL;

      if (key == NULL || shared)
        {
          for (guint j = 0; bucket != NULL && j < bucket->len; j++)
            append_keyed (self, result, index, &sides, bucket->pdata[j]);
          bucket = shared ? g_hash_table_lookup (after, key) : NULL;
        }
      if (key != NULL && is_kept (&sides, key))
        append_keyed (self, result, index, &sides, key);
    }

  g_clear_pointer (&after, g_hash_table_unref);
  side_clear (&sides.base);
  side_clear (&sides.ours);
  side_clear (&sides.theirs);
}

/* Every item of either side, ours' first: for lists that only record,
 * such as the ancestry, where two sides never disagree on an item. */
static void
merge_union_list (EntenteItem *result,
                  guint        index,
                  guint        key_field,
                  EntenteItem *ours,
                  EntenteItem *theirs)
{
  g_autoptr(GPtrArray) o = list_array (ours, index);
  g_autoptr(GPtrArray) t = list_array (theirs, index);
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < o->len; i++)
    {
      const char *key = entente_item_get_string (o->pdata[i], key_field);

      if (key != NULL)
        g_hash_table_add (keys, (gpointer) key);
      append_copy (result, index, o->pdata[i]);
    }
  for (guint i = 0; i < t->len; i++)
    {
      const char *key = entente_item_get_string (t->pdata[i], key_field);

      if (key == NULL || !g_hash_table_contains (keys, key))
        append_copy (result, index, t->pdata[i]);
    }
}

static int
find_key_field (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  EntenteItemClass *item_class = ENTENTE_ITEM_CLASS (klass);

  for (guint i = 0; i < item_class->n_fields; i++)
    if (item_class->fields[i].flags & ENTENTE_FIELD_KEY)
      return (int) i;

  return -1;
}

/* Fills @result, a new item of the type of the three, field by field. */
static void
merge_item (Merger      *self,
            EntenteItem *result,
            EntenteItem *base,
            EntenteItem *ours,
            EntenteItem *theirs)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (ours);
  gboolean two_way = self->two_way;

  g_assert (base == NULL || G_OBJECT_TYPE (base) == G_OBJECT_TYPE (ours));
  g_assert (G_OBJECT_TYPE (theirs) == G_OBJECT_TYPE (ours));
  g_assert (G_OBJECT_TYPE (result) == G_OBJECT_TYPE (ours));

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];
      gsize mark = path_push (self, "%s", field->name);

      /* Comments, sign-offs and such only add up: without a base, what
       * one copy has and the other lacks was added, not a difference. */
      self->two_way = two_way && !(field->flags & ENTENTE_FIELD_NOT_CONTENT);

      switch (field->kind)
        {
        case ENTENTE_VALUE_LIST:
          {
            int key_field = find_key_field (field->get_type ());

            if (field->flags & ENTENTE_FIELD_UNION)
              merge_union_list (result, i, (guint) key_field, ours, theirs);
            else if (key_field >= 0)
              merge_keyed_list (self, result, i, (guint) key_field, base, ours, theirs);
            else
              merge_keyless_list (self, result, i, base, ours, theirs);
          }
          break;

        case ENTENTE_VALUE_OBJECT:
          merge_item (self, entente_item_get_child (result, i), base ? entente_item_get_child (base, i) : NULL,
                      entente_item_get_child (ours, i), entente_item_get_child (theirs, i));
          break;

        case ENTENTE_VALUE_STRV:
          merge_strv (self, result, i, base, ours, theirs);
          break;

        default:
          merge_scalar (self, result, i, base, ours, theirs);
          break;
        }

      path_pop (self, mark);
    }

  self->two_way = two_way;
  entente_item_copy_extras (result, ours);
}

/* References */

static void
collect_ids (GListModel *list,
             GHashTable *ids)
{
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (list, i);
      const char *id = entente_item_get_string (item, 0);

      if (id != NULL)
        g_hash_table_add (ids, (gpointer) id);
    }
}

/* The first reference under @item to a party or stage not in @parties
 * or @stages. */
static gboolean
find_dangling (EntenteItem  *item,
               GHashTable   *parties,
               GHashTable   *stages,
               gboolean     *party,
               const char  **id)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (field->kind == ENTENTE_VALUE_REF && (field->flags & (ENTENTE_FIELD_REF_PARTY | ENTENTE_FIELD_REF_STAGE)))
        {
          const char *value = entente_item_get_string (item, i);
          gboolean is_party = (field->flags & ENTENTE_FIELD_REF_PARTY) != 0;

          if (value != NULL && !g_hash_table_contains (is_party ? parties : stages, value))
            {
              *party = is_party;
              *id = value;
              return TRUE;
            }
        }
      else if (field->kind == ENTENTE_VALUE_OBJECT)
        {
          if (find_dangling (entente_item_get_child (item, i), parties, stages, party, id))
            return TRUE;
        }
      else if (field->kind == ENTENTE_VALUE_LIST)
        {
          GListModel *list = entente_item_get_list (item, i);

          for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
            {
              g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);

              if (find_dangling (child, parties, stages, party, id))
                return TRUE;
            }
        }
    }

  return FALSE;
}

static EntenteItem *
find_target (EntenteDocument *document,
             gboolean         party,
             const char      *id)
{
  return party ? ENTENTE_ITEM (entente_document_find_party (document, id))
               : ENTENTE_ITEM (entente_document_find_stage (document, id));
}

/* Puts back @item, from @source, after the item it follows there. */
static void
restore_target (EntenteDocument *result,
                guint            index,
                EntenteDocument *source,
                EntenteItem     *item)
{
  GListModel *from = entente_item_get_list (ENTENTE_ITEM (source), index);
  GListModel *to = entente_item_get_list (ENTENTE_ITEM (result), index);
  g_autoptr(EntenteItem) copy = entente_item_copy (item);
  guint position = 0;

  for (guint i = 0, n = g_list_model_get_n_items (from); i < n; i++)
    {
      g_autoptr(EntenteItem) before = g_list_model_get_item (from, i);

      if (before == item)
        break;
      for (guint j = 0, m = g_list_model_get_n_items (to); j < m; j++)
        {
          g_autoptr(EntenteItem) there = g_list_model_get_item (to, j);

          if (g_strcmp0 (entente_item_get_string (there, 0), entente_item_get_string (before, 0)) == 0)
            position = j + 1;
        }
    }

  entente_item_insert (ENTENTE_ITEM (result), index, position, copy);
}

/* A party or stage deleted on one side and newly referenced on the other
 * would leave the result unloadable: it comes back, as a conflict. */
static gboolean
repair_references (Merger           *self,
                   EntenteDocument  *result,
                   EntenteDocument  *base,
                   EntenteDocument  *ours,
                   EntenteDocument  *theirs,
                   GError          **error)
{
  for (;;)
    {
      g_autoptr(GHashTable) parties = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) stages = g_hash_table_new (g_str_hash, g_str_equal);
      EntenteItem *b, *o, *t;
      EntenteDocument *source;
      gboolean party = FALSE;
      const char *id = NULL;
      g_autofree char *owned_id = NULL;
      guint index;
      gsize mark;

      collect_ids (entente_document_get_parties (result), parties);
      collect_ids (entente_document_get_stages (result), stages);
      if (!find_dangling (ENTENTE_ITEM (result), parties, stages, &party, &id))
        return TRUE;

      owned_id = g_strdup (id);
      b = base ? find_target (base, party, owned_id) : NULL;
      o = find_target (ours, party, owned_id);
      t = find_target (theirs, party, owned_id);
      source = o ? ours : t ? theirs : base;
      if (o == NULL && t == NULL && b == NULL)
        {
          /* Each side was valid, so some side has it. */
          if (party)
            g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE,
                         _("The merge refers to the party “%s”, which none of the three versions has."),
                         owned_id);
          else
            g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE,
                         _("The merge refers to the stage “%s”, which none of the three versions has."),
                         owned_id);
          return FALSE;
        }

      index = party ? ENTENTE_DOCUMENT_FIELD_PARTIES : ENTENTE_DOCUMENT_FIELD_STAGES;
      restore_target (result, index, source, o ? o : t ? t : b);

      mark = path_push (self, "%s[%s]", party ? "parties" : "stages", owned_id);
      add_conflict (self, item_text (b), item_text (o), item_text (t));
      path_pop (self, mark);
    }
}

/* The conflicts of this merge go after those the sides already had, each
 * with an id of its own. */
static void
record_conflicts (Merger          *self,
                  EntenteDocument *result)
{
  GListModel *list = entente_document_get_conflicts (result);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  collect_ids (list, ids);
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      EntenteItem *conflict = self->conflicts->pdata[i];
      g_autofree char *id = NULL;

      do
        {
          g_free (id);
          id = g_strdup_printf ("conflict-%u", ++n);
        }
      while (g_hash_table_contains (ids, id));

      g_value_set_string (entente_item_get_value_slot (conflict, ENTENTE_CONFLICT_FIELD_ID), id);
      entente_item_append_quietly (ENTENTE_ITEM (result), ENTENTE_DOCUMENT_FIELD_CONFLICTS, conflict);
    }
}

static EntenteDocument *
merge_documents (EntenteDocument  *base,
                 EntenteDocument  *ours,
                 EntenteDocument  *theirs,
                 guint            *n_conflicts,
                 GError          **error)
{
  g_autoptr(EntenteDocument) result = NULL;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) path = g_string_new (NULL);
  Merger self = { conflicts, path, base == NULL, base == NULL };

  result = entente_document_new ();
  merge_item (&self, ENTENTE_ITEM (result), (EntenteItem *) base, ENTENTE_ITEM (ours), ENTENTE_ITEM (theirs));
  entente_document_set_preamble (result, entente_document_get_preamble (ours));

  if (!repair_references (&self, result, base, ours, theirs, error))
    return NULL;

  record_conflicts (&self, result);
  entente_ancestry_note_merge (result, ours, theirs);
  entente_document_set_modified (result, FALSE);

  if (n_conflicts != NULL)
    *n_conflicts = conflicts->len;

  return g_steal_pointer (&result);
}

/**
 * entente_merge:
 * @base: the common ancestor of @ours and @theirs
 * @ours: one version, whose choices win in a conflict
 * @theirs: the other version
 * @n_conflicts: (out) (optional): how many conflicts this merge recorded
 * @error: where to say why there is no result
 *
 * Merges what changed from @base to @ours and from @base to @theirs, by
 * ids and fields; see the top of entente-merge.c for the rules.  Each
 * conflict keeps ours' version in place and is recorded in the result's
 * conflicts (entente_document_get_conflicts()), after any that @ours and
 * @theirs already had; @n_conflicts counts only the new ones.
 *
 * The result is a new document tied to no file, with the preamble of
 * @ours, and not marked modified; saved, it records both sides as the
 * versions it comes from.  The three inputs are not changed.
 *
 * Returns: (transfer full) (nullable): the merged document, or %NULL with
 *   @error set when the merge cannot give a valid document
 */
EntenteDocument *
entente_merge (EntenteDocument  *base,
               EntenteDocument  *ours,
               EntenteDocument  *theirs,
               guint            *n_conflicts,
               GError          **error)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (base), NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (ours), NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (theirs), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return merge_documents (base, ours, theirs, n_conflicts, error);
}

/**
 * entente_merge_two_way:
 *
 * Merges two versions with no common ancestor: what they agree on is
 * kept, and every difference is a conflict that keeps ours' version in
 * place, so that nothing is taken from either side unseen.  An item only
 * one side has stays, with a conflict.  Comments, sign-offs and the
 * ancestry only add up, as they carry no agreement of their own.
 *
 * Returns: (transfer full) (nullable): as entente_merge()
 */
EntenteDocument *
entente_merge_two_way (EntenteDocument  *ours,
                       EntenteDocument  *theirs,
                       guint            *n_conflicts,
                       GError          **error)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (ours), NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (theirs), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return merge_documents (NULL, ours, theirs, n_conflicts, error);
}
