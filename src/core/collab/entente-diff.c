/* entente-diff.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>
#include <string.h>

#include "entente-conversion.h"
#include "entente-diff.h"
#include "entente-section.h"
#include "entente-digest.h"
#include "entente-format.h"
#include "entente-format-field.h"
#include "entente-item-describe.h"
#include "entente-sign-off-words.h"
#include "entente-target.h"
#include "entente-value.h"
#include "entente-writer-private.h"

/* What changed between two versions of an SLA, in the words of the people
 * who signed it.  The comparison follows the field tables, like the
 * reader and the writer: list items are the same item when their keys are
 * (an id, the stage of a target or protocol, the party of an
 * accountability or approval, both ends of a conversion), and items
 * without a key (criteria, escalation steps) when they are equal, the
 * rest pairing up by position.  A new type or field is compared without
 * touching this file. */

/* Longer texts, or texts of several lines, are shown by their beginning:
 * a sentence per change has to stay on one line. */
#define SHORT_TEXT 60

G_DEFINE_BOXED_TYPE (EntenteChange, entente_change, entente_change_copy, entente_change_free)

/* The section of each part of the document; a section that shows one
 * part only is "own": its sentences need not name the list again. */
typedef struct
{
  const char *section;   /* its id, as changes carry it */
  const char *title;     /* translated, as sentences begin */
  gboolean    own;
} DocumentPart;

static DocumentPart
document_part (guint field)
{
  EntenteSection section = ENTENTE_SECTION_OVERVIEW;
  const EntenteSectionInfo *info;

  /* A part added to the format later still gets a place. */
  entente_section_of_field ((EntenteDocumentField) field, &section);
  info = entente_section_get_info (section);

  return (DocumentPart) { info->id, entente_section_get_title (section), info->n_fields == 1 };
}

static EntenteChange *
change_new (EntenteChangeKind  kind,
            const char        *section,
            const char        *path,
            const char        *field,
            const char        *old_text,
            const char        *new_text,
            char              *message)
{
  EntenteChange *self = g_new0 (EntenteChange, 1);

  self->kind = kind;
  self->section = g_strdup (section);
  self->path = g_strdup (path);
  self->field = g_strdup (field);
  self->old_text = g_strdup (old_text);
  self->new_text = g_strdup (new_text);
  self->message = message;

  return self;
}

EntenteChange *
entente_change_copy (const EntenteChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return change_new (self->kind, self->section, self->path, self->field,
                     self->old_text, self->new_text, g_strdup (self->message));
}

void
entente_change_free (EntenteChange *self)
{
  if (self == NULL)
    return;

  g_free (self->section);
  g_free (self->path);
  g_free (self->field);
  g_free (self->old_text);
  g_free (self->new_text);
  g_free (self->message);
  g_free (self);
}

/* Words */

static char *
quote (const char *text)
{
  /* Translators: quotes around a text taken from the agreement */
  return g_strdup_printf (_("“%s”"), text);
}

static gboolean
is_short (const char *text)
{
  return strchr (text, '\n') == NULL && g_utf8_strlen (text, -1) <= SHORT_TEXT;
}

static char *
excerpt (const char *text)
{
  const char *newline = strchr (text, '\n');
  glong length = newline ? g_utf8_pointer_to_offset (text, newline) : g_utf8_strlen (text, -1);
  const char *end;
  g_autofree char *head = NULL;

  if (newline == NULL && length <= SHORT_TEXT)
    return g_strdup (text);

  end = g_utf8_offset_to_pointer (text, MIN (length, SHORT_TEXT));
  head = g_strndup (text, (gsize) (end - text));

  /* Whole words read better, unless that would leave too little. */
  if (length > SHORT_TEXT && !g_ascii_isspace (*end))
    {
      char *space = strrchr (head, ' ');

      if (space != NULL && g_utf8_pointer_to_offset (head, space) > SHORT_TEXT / 2)
        *space = '\0';
    }
  g_strchomp (head);

  return g_strconcat (head, "…", NULL);
}

/* A quoted text, short enough for one line. */
static char *
quote_excerpt (const char *text)
{
  g_autofree char *short_text = excerpt (text);

  return quote (short_text);
}

static char *
join_where (const char *where,
            const char *name)
{
  /* Translators: a place in the agreement, from the section down to an
   * item, as in “Personas, IT Ian” */
  return g_strdup_printf (_("%s, %s"), where, name);
}

static char *
join_path (const char *path,
           const char *segment)
{
  return path != NULL ? g_strconcat (path, "/", segment, NULL) : g_strdup (segment);
}

/* A field's label inside a sentence, as in “attempts 6 → 8”. */
static char *
label_in_sentence (const EntenteField *field)
{
  const char *label = _(field->label);
  const char *second = g_utf8_next_char (label);
  gunichar first = g_utf8_get_char (label);
  char buf[8] = { 0 };

  /* Translators: write "keep" instead of "lower" if the names of fields
   * must keep their capital inside a sentence, as German nouns do */
  if (!g_str_equal (C_("diff field case", "lower"), "lower"))
    return g_strdup (label);

  /* Abbreviations such as “MQL target” keep their capitals. */
  if (!g_unichar_isupper (first) || *second == '\0' || g_unichar_isupper (g_utf8_get_char (second)))
    return g_strdup (label);

  g_unichar_to_utf8 (g_unichar_tolower (first), buf);
  return g_strconcat (buf, second, NULL);
}

/* Free texts are quoted in sentences; names, numbers and codes are not. */
static char *
format_in_sentence (const EntenteField *field,
                    const char         *text)
{
  return field->kind == ENTENTE_VALUE_STRING ? quote_excerpt (text) : g_strdup (text);
}

static int
title_field (EntenteItem *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & ENTENTE_FIELD_TITLE)
      return (int) i;

  return -1;
}

/* An item in sentences: its name, and a criterion or comment by its
 * quoted text, since a sentence of its own reads as one. */
static char *
item_name (EntenteDocument *document,
           EntenteItem     *item)
{
  g_autofree char *name = entente_item_describe (document, item);
  int title = title_field (item);

  if (title >= 0 && g_str_equal (ENTENTE_ITEM_GET_CLASS (item)->fields[title].name, "text"))
    return quote_excerpt (name);

  return g_steal_pointer (&name);
}

static char *
item_key (EntenteItem *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  /* Two stages have at most one conversion between them. */
  if (ENTENTE_IS_CONVERSION (item))
    {
      const char *from = entente_conversion_get_from (ENTENTE_CONVERSION (item));
      const char *to = entente_conversion_get_to (ENTENTE_CONVERSION (item));

      return g_strdup_printf ("%s>%s", from ? from : "", to ? to : "");
    }

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & ENTENTE_FIELD_KEY)
      return g_strdup (entente_item_get_string (item, i));

  return NULL;
}

/* The comparison */

typedef struct
{
  EntenteDocument *a;
  EntenteDocument *b;
  GPtrArray       *changes;
  char            *digest_b;  /* of b's content, once a sign-off needs it */
} Differ;

static void
emit (Differ            *self,
      EntenteChangeKind  kind,
      const char        *section,
      const char        *path,
      const char        *field,
      const char        *old_text,
      const char        *new_text,
      char              *message)
{
  g_ptr_array_add (self->changes, change_new (kind, section, path, field, old_text, new_text, message));
}

static void diff_item (Differ      *self,
                       const char  *section,
                       const char  *parent_where,
                       const char  *name,
                       const char  *path,
                       EntenteItem *ia,
                       EntenteItem *ib);

static void
diff_value (Differ             *self,
            const char         *section,
            const char         *where,
            const char         *parent_where,
            const char         *name,
            const char         *path,
            EntenteItem        *ia,
            EntenteItem        *ib,
            guint               i)
{
  const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (ia)->fields[i];
  const GValue *va = entente_item_peek_value (ia, i);
  const GValue *vb = entente_item_peek_value (ib, i);
  g_autofree char *shown_a = NULL;
  g_autofree char *shown_b = NULL;
  g_autofree char *raw_a = NULL;
  g_autofree char *raw_b = NULL;
  g_autofree char *label = NULL;
  g_autofree char *old_words = NULL;
  g_autofree char *new_words = NULL;
  char *message;

  if (entente_value_equal (field, va, vb))
    return;

  shown_a = entente_format_field (NULL, self->a, ia, i, va);
  shown_b = entente_format_field (NULL, self->b, ib, i, vb);
  raw_a = shown_a ? entente_value_to_string (field, va) : NULL;
  raw_b = shown_b ? entente_value_to_string (field, vb) : NULL;
  label = label_in_sentence (field);
  old_words = shown_a ? format_in_sentence (field, shown_a) : NULL;
  new_words = shown_b ? format_in_sentence (field, shown_b) : NULL;

  /* The committed targets are the heart of the agreement: they read the
   * way people say them. */
  if (ENTENTE_IS_TARGET (ib) && i == ENTENTE_TARGET_FIELD_COUNT && name != NULL)
    /* Translators: a committed target changed, as in
     * “Goals: Marketing Qualified Lead target 400 → 450” */
    message = g_strdup_printf (_("%s: %s target %s → %s"), parent_where, name, old_words, new_words);
  else if (shown_a != NULL && shown_b != NULL &&
           field->kind == ENTENTE_VALUE_STRING && !(is_short (shown_a) && is_short (shown_b)))
    /* Translators: a long text changed; the last %s is the beginning of
     * the new text, as in “Lead definitions, Lead: definition changed to “Any contact…”” */
    message = g_strdup_printf (_("%s: %s changed to %s"), where, label, new_words);
  else if (shown_a != NULL && shown_b != NULL)
    /* Translators: a value changed, as in
     * “Lead management, Marketing Qualified Lead: attempts 6 → 8” */
    message = g_strdup_printf (_("%s: %s %s → %s"), where, label, old_words, new_words);
  else if (shown_b != NULL)
    /* Translators: a value that was not set now is, as in
     * “Personas, IT Ian: seniority set to manager” */
    message = g_strdup_printf (_("%s: %s set to %s"), where, label, new_words);
  else if (shown_a != NULL)
    /* Translators: a value is no longer set, as in
     * “Overview: organization cleared (was “Acme Cloud Ltd.”)” */
    message = g_strdup_printf (_("%s: %s cleared (was %s)"), where, label, old_words);
  else
    return;

  emit (self, ENTENTE_CHANGE_CHANGED, section, path, field->name, raw_a, raw_b, message);
}

/* An entry of a list of texts as a sentence quotes it: a usual channel
 * by its word ("Email"), any other text as it stands. */
static char *
entry_words (const EntenteField *field,
             const char         *text)
{
  return quote_excerpt ((field->flags & ENTENTE_FIELD_CHANNELS) ? entente_format_channel (NULL, text) : text);
}

static void
diff_strv (Differ             *self,
           const char         *section,
           const char         *where,
           const char         *path,
           const EntenteField *field,
           const char * const *sa,
           const char * const *sb)
{
  guint na = g_strv_length ((char **) sa);
  guint nb = g_strv_length ((char **) sb);
  g_autofree int *match_b = NULL;
  g_autofree gboolean *used_a = NULL;
  g_autofree char *label = NULL;
  int last = -1;
  gboolean reordered = FALSE;

  if (g_strv_equal (sa, sb))
    return;

  label = label_in_sentence (field);

  /* One entry rewritten in place reads better as one change than as a
   * removal and an addition. */
  if (na == nb)
    {
      guint differing = 0, at = 0;

      for (guint k = 0; k < na; k++)
        if (!g_str_equal (sa[k], sb[k]))
          {
            differing++;
            at = k;
          }
      if (differing == 1 && !g_strv_contains (sb, sa[at]) && !g_strv_contains (sa, sb[at]))
        {
          g_autofree char *old_words = entry_words (field, sa[at]);
          g_autofree char *new_words = entry_words (field, sb[at]);

          emit (self, ENTENTE_CHANGE_CHANGED, section, path, field->name, sa[at], sb[at],
                g_strdup_printf (_("%s: %s %s → %s"), where, label, old_words, new_words));
          return;
        }
    }

  /* Otherwise entries are the same entry when their texts are: each
   * takes the first entry of that text not taken yet, found through the
   * entries of each text in order, so that long lists stay linear. */
  match_b = g_new (int, MAX (nb, 1));
  used_a = g_new0 (gboolean, MAX (na, 1));
  {
    g_autoptr(GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);
    g_autofree int *next = g_new (int, MAX (na, 1));

    for (guint i = na; i-- > 0;)
      {
        gpointer later;

        next[i] = g_hash_table_lookup_extended (first, sa[i], NULL, &later) ? GPOINTER_TO_INT (later) : -1;
        g_hash_table_insert (first, (gpointer) sa[i], GINT_TO_POINTER ((int) i));
      }
    for (guint j = 0; j < nb; j++)
      {
        gpointer found;

        match_b[j] = -1;
        if (g_hash_table_lookup_extended (first, sb[j], NULL, &found) && GPOINTER_TO_INT (found) >= 0)
          {
            int i = GPOINTER_TO_INT (found);

            used_a[i] = TRUE;
            match_b[j] = i;
            g_hash_table_insert (first, (gpointer) sa[i], GINT_TO_POINTER (next[i]));
          }
      }
  }

  for (guint i = 0; i < na; i++)
    if (!used_a[i])
      {
        g_autofree char *words = entry_words (field, sa[i]);

        /* Translators: an entry left a list of texts, as in
         * “Personas, IT Ian: job titles removed “Head of IT”” */
        emit (self, ENTENTE_CHANGE_REMOVED, section, path, field->name, sa[i], NULL,
              g_strdup_printf (_("%s: %s removed %s"), where, label, words));
      }

  for (guint j = 0; j < nb; j++)
    {
      if (match_b[j] < 0)
        {
          g_autofree char *words = entry_words (field, sb[j]);

          /* Translators: an entry joined a list of texts, as in
           * “Personas, IT Ian: job titles added “CTO”” */
          emit (self, ENTENTE_CHANGE_ADDED, section, path, field->name, NULL, sb[j],
                g_strdup_printf (_("%s: %s added %s"), where, label, words));
          continue;
        }
      if (match_b[j] < last)
        reordered = TRUE;
      last = match_b[j];
    }

  /* A list of short texts is read whole: one sentence for its order. */
  if (reordered)
    /* Translators: the entries of a list of texts are in another order,
     * as in “Lead management, Marketing Qualified Lead: channels reordered” */
    emit (self, ENTENTE_CHANGE_MOVED, section, path, field->name, NULL, NULL,
          g_strdup_printf (_("%s: %s reordered"), where, label));
}

/* Which matched items stay where they were: the longest run whose order
 * did not change, preferring items that come first in the new order, so
 * that swapping two neighbours moves the first of them.  Every other
 * matched item was moved.  Quadratic, but only when the order changed. */
static gboolean *
find_kept (const int *match_b,
           guint      nb)
{
  gboolean *kept = g_new0 (gboolean, MAX (nb, 1));
  g_autofree guint *length = NULL;
  g_autofree int *previous = NULL;
  gboolean in_order = TRUE;
  int last = -1;
  int best = -1;

  for (guint j = 0; j < nb; j++)
    if (match_b[j] >= 0)
      {
        if (match_b[j] < last)
          in_order = FALSE;
        last = match_b[j];
      }

  if (in_order)
    {
      for (guint j = 0; j < nb; j++)
        kept[j] = match_b[j] >= 0;
      return kept;
    }

  length = g_new0 (guint, nb);
  previous = g_new (int, nb);
  for (guint j = 0; j < nb; j++)
    {
      previous[j] = -1;
      if (match_b[j] < 0)
        continue;
      length[j] = 1;
      for (guint k = 0; k < j; k++)
        if (match_b[k] >= 0 && match_b[k] < match_b[j] && length[k] + 1 > length[j])
          {
            length[j] = length[k] + 1;
            previous[j] = (int) k;
          }
      if (best < 0 || length[j] > length[best])
        best = (int) j;
    }

  for (int j = best; j >= 0; j = previous[j])
    kept[j] = TRUE;

  return kept;
}

/* The sentences about a sign-off that was added or changed, from @first
 * on, end with its state in the version after: “Approvals: added Dana
 * Whitfield (valid)”, so that no one reads a forged or outdated sign-off
 * as one more signature. */
static void
name_sign_off_state (Differ      *self,
                     guint        first,
                     EntenteItem *item)
{
  EntenteSignOffState state;
  const char *word;

  if (!ENTENTE_IS_APPROVAL (item) || first == self->changes->len)
    return;

  if (self->digest_b == NULL)
    self->digest_b = entente_document_compute_digest (self->b);
  state = entente_document_check_approval (self->b, ENTENTE_APPROVAL (item), self->digest_b);
  /* Invalid says why, since a diff is where tampering shows. */
  word = state == ENTENTE_SIGN_OFF_INVALID ? C_("sign-off state", "signature does not verify")
                                           : entente_sign_off_state_word (state);
  for (guint i = first; i < self->changes->len; i++)
    {
      EntenteChange *change = g_ptr_array_index (self->changes, i);
      char *message;

      /* Translators: a sentence about a sign-off, then its state, as in
       * “Approvals: added Dana Whitfield (valid)” */
      message = g_strdup_printf (_("%s (%s)"), change->message, word);
      g_free (change->message);
      change->message = message;
    }
}

static char *
child_path (const char  *path,
            const char  *list,
            EntenteItem *item,
            guint        position)
{
  g_autofree char *key = item_key (item);
  g_autofree char *segment = key ? g_strdup_printf ("%s/%s", list, key)
                                 : g_strdup_printf ("%s/%u", list, position);

  return join_path (path, segment);
}

static void
diff_list (Differ             *self,
           const char         *section,
           const char         *where,
           gboolean            own,
           const char         *path,
           const EntenteField *field,
           GListModel         *la,
           GListModel         *lb)
{
  guint na = g_list_model_get_n_items (la);
  guint nb = g_list_model_get_n_items (lb);
  g_autoptr(GPtrArray) items_a = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) items_b = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) keys_a = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keys_b = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree int *match_a = g_new (int, MAX (na, 1));
  g_autofree int *match_b = g_new (int, MAX (nb, 1));
  g_autofree gboolean *kept = NULL;
  g_autofree char *list_where = NULL;
  guint next_a = 0;

  for (guint i = 0; i < na; i++)
    {
      EntenteItem *item = g_list_model_get_item (la, i);

      g_ptr_array_add (items_a, item);
      g_ptr_array_add (keys_a, item_key (item));
      match_a[i] = -1;
      if (keys_a->pdata[i] != NULL && !g_hash_table_contains (by_key, keys_a->pdata[i]))
        g_hash_table_insert (by_key, keys_a->pdata[i], GUINT_TO_POINTER (i));
    }
  for (guint j = 0; j < nb; j++)
    {
      EntenteItem *item = g_list_model_get_item (lb, j);

      g_ptr_array_add (items_b, item);
      g_ptr_array_add (keys_b, item_key (item));
      match_b[j] = -1;
    }

  /* Items with a key are the same item when their keys are. */
  for (guint j = 0; j < nb; j++)
    {
      gpointer found;

      if (keys_b->pdata[j] != NULL &&
          g_hash_table_lookup_extended (by_key, keys_b->pdata[j], NULL, &found) &&
          match_a[GPOINTER_TO_UINT (found)] < 0)
        {
          match_a[GPOINTER_TO_UINT (found)] = (int) j;
          match_b[j] = (int) GPOINTER_TO_UINT (found);
        }
    }

  /* Items without one are the same when they are equal, wherever they
   * went: each takes the first equal one not taken yet, looked for among
   * those of its hash only; what is left of them pairs up in order, as
   * edits. */
  {
    g_autoptr(GHashTable) first = g_hash_table_new (NULL, NULL);
    g_autofree int *next = g_new (int, MAX (na, 1));

    for (guint i = na; i-- > 0;)
      {
        gpointer hash, later;

        if (keys_a->pdata[i] != NULL)
          continue;
        hash = GUINT_TO_POINTER (entente_item_hash (items_a->pdata[i]));
        next[i] = g_hash_table_lookup_extended (first, hash, NULL, &later) ? GPOINTER_TO_INT (later) : -1;
        g_hash_table_insert (first, hash, GINT_TO_POINTER ((int) i));
      }
    for (guint j = 0; j < nb; j++)
      {
        gpointer hash, found;
        int head;

        if (keys_b->pdata[j] != NULL)
          continue;
        hash = GUINT_TO_POINTER (entente_item_hash (items_b->pdata[j]));
        if (!g_hash_table_lookup_extended (first, hash, NULL, &found))
          continue;

        /* Those taken already leave the front, so that many equal items
         * are not walked again for each. */
        for (head = GPOINTER_TO_INT (found); head >= 0 && match_a[head] >= 0; head = next[head])
          ;
        g_hash_table_insert (first, hash, GINT_TO_POINTER (head));

        for (int i = head; i >= 0; i = next[i])
          if (match_a[i] < 0 && entente_item_equal (items_a->pdata[i], items_b->pdata[j]))
            {
              match_a[i] = (int) j;
              match_b[j] = i;
              break;
            }
      }
  }
  for (guint j = 0; j < nb; j++)
    {
      if (keys_b->pdata[j] != NULL || match_b[j] >= 0)
        continue;
      while (next_a < na && (keys_a->pdata[next_a] != NULL || match_a[next_a] >= 0))
        next_a++;
      if (next_a == na)
        break;
      match_a[next_a] = (int) j;
      match_b[j] = (int) next_a;
    }

  if (own)
    list_where = g_strdup (where);
  else
    {
      g_autofree char *label = label_in_sentence (field);

      list_where = join_where (where, label);
    }

  for (guint i = 0; i < na; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *item_path = NULL;

      if (match_a[i] >= 0)
        continue;
      name = item_name (self->a, items_a->pdata[i]);
      item_path = child_path (path, field->name, items_a->pdata[i], i);
      /* Translators: an item left a list, as in “Personas: removed Operations Olivia” */
      emit (self, ENTENTE_CHANGE_REMOVED, section, item_path, NULL, name, NULL,
            g_strdup_printf (_("%s: removed %s"), list_where, name));
    }

  kept = find_kept (match_b, nb);
  for (guint j = 0; j < nb; j++)
    {
      EntenteItem *ib = items_b->pdata[j];
      g_autofree char *item_path = child_path (path, field->name, ib, j);
      g_autofree char *name = NULL;

      guint first = self->changes->len;

      if (match_b[j] < 0)
        {
          name = item_name (self->b, ib);
          /* Translators: an item joined a list, as in “Personas: added IT Ian” */
          emit (self, ENTENTE_CHANGE_ADDED, section, item_path, NULL, NULL, name,
                g_strdup_printf (_("%s: added %s"), list_where, name));
          name_sign_off_state (self, first, ib);
          continue;
        }

      if (!kept[j])
        {
          g_autofree char *after = j > 0 ? item_name (self->b, items_b->pdata[j - 1]) : NULL;

          name = item_name (self->b, ib);
          if (after != NULL)
            /* Translators: an item has another place in its list, as in
             * “Lead definitions: moved Sales Accepted Lead after Sales Qualified Lead” */
            emit (self, ENTENTE_CHANGE_MOVED, section, item_path, NULL, NULL, after,
                  g_strdup_printf (_("%s: moved %s after %s"), list_where, name, after));
          else
            /* Translators: an item is now the first of its list */
            emit (self, ENTENTE_CHANGE_MOVED, section, item_path, NULL, NULL, NULL,
                  g_strdup_printf (_("%s: moved %s to the top"), list_where, name));
          g_clear_pointer (&name, g_free);
        }

      /* Inside an item, people know it by the name it had. */
      name = item_name (self->a, items_a->pdata[match_b[j]]);
      diff_item (self, section, where, name, item_path, items_a->pdata[match_b[j]], ib);
      name_sign_off_state (self, first, ib);
    }
}

static void
diff_extras (Differ      *self,
             const char  *section,
             const char  *where,
             const char  *path,
             EntenteItem *ia,
             EntenteItem *ib)
{
  g_autoptr(GString) sa = g_string_new (NULL);
  g_autoptr(GString) sb = g_string_new (NULL);

  entente_writer_append_extras (sa, ia);
  entente_writer_append_extras (sb, ib);
  if (g_string_equal (sa, sb))
    return;

  /* What a newer version of Entente wrote is kept but not understood;
   * it is still a difference, and a reader should know of it. */
  emit (self, ENTENTE_CHANGE_CHANGED, section, path, NULL, NULL, NULL,
        g_strdup_printf (_("%s: additions from a newer version of Entente changed"), where));
}

static void
diff_item (Differ      *self,
           const char  *section,
           const char  *parent_where,
           const char  *name,
           const char  *path,
           EntenteItem *ia,
           EntenteItem *ib)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (ia);
  g_autofree char *where = name ? join_where (parent_where, name) : g_strdup (parent_where);

  g_return_if_fail (G_OBJECT_TYPE (ia) == G_OBJECT_TYPE (ib));

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      switch (field->kind)
        {
        case ENTENTE_VALUE_LIST:
          diff_list (self, section, where, FALSE, path, field,
                     entente_item_get_list (ia, i), entente_item_get_list (ib, i));
          break;

        case ENTENTE_VALUE_OBJECT:
          {
            g_autofree char *label = label_in_sentence (field);
            g_autofree char *object_path = join_path (path, field->name);

            diff_item (self, section, where, label, object_path,
                       entente_item_get_child (ia, i), entente_item_get_child (ib, i));
          }
          break;

        case ENTENTE_VALUE_STRV:
          diff_strv (self, section, where, path, field,
                     entente_item_get_strv (ia, i), entente_item_get_strv (ib, i));
          break;

        default:
          diff_value (self, section, where, parent_where, name, path, ia, ib, i);
          break;
        }
    }

  diff_extras (self, section, where, path, ia, ib);
}

/**
 * entente_diff_documents:
 * @a: the version before
 * @b: the version after
 *
 * Lists what changed from @a to @b, in the order of the document: each
 * section, each item and each field, with items that moved reported once.
 *
 * Returns: (transfer container) (element-type EntenteChange): the
 *   changes, empty when the documents hold the same agreement
 */
GPtrArray *
entente_diff_documents (EntenteDocument *a,
                        EntenteDocument *b)
{
  EntenteItemClass *klass;
  Differ self;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (a), NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (b), NULL);

  self.a = a;
  self.b = b;
  self.changes = g_ptr_array_new_with_free_func ((GDestroyNotify) entente_change_free);
  self.digest_b = NULL;

  /* The document itself is not an item people name: each of its parts
   * begins the sentences of its section. */
  klass = ENTENTE_ITEM_GET_CLASS (a);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];
      DocumentPart part = document_part (i);
      const char *where = part.title;

      /* What only records (the ancestry a save appends to) is no change
       * to the agreement: a merge toast or a comparison would otherwise
       * count every save made elsewhere as one. */
      if (field->flags & ENTENTE_FIELD_UNION)
        continue;

      switch (field->kind)
        {
        case ENTENTE_VALUE_LIST:
          diff_list (&self, part.section, where, part.own, NULL, field,
                     entente_item_get_list (ENTENTE_ITEM (a), i), entente_item_get_list (ENTENTE_ITEM (b), i));
          break;

        case ENTENTE_VALUE_OBJECT:
          diff_item (&self, part.section, where, NULL, field->name,
                     entente_item_get_child (ENTENTE_ITEM (a), i), entente_item_get_child (ENTENTE_ITEM (b), i));
          break;

        case ENTENTE_VALUE_STRV:
          diff_strv (&self, part.section, where, NULL, field,
                     entente_item_get_strv (ENTENTE_ITEM (a), i), entente_item_get_strv (ENTENTE_ITEM (b), i));
          break;

        default:
          diff_value (&self, part.section, where, where, NULL, NULL, ENTENTE_ITEM (a), ENTENTE_ITEM (b), i);
          break;
        }
    }

  diff_extras (&self, entente_section_get_id (ENTENTE_SECTION_OVERVIEW), entente_section_get_title (ENTENTE_SECTION_OVERVIEW),
               NULL, ENTENTE_ITEM (a), ENTENTE_ITEM (b));
  g_free (self.digest_b);

  return self.changes;
}

/**
 * entente_diff_is_empty:
 *
 * Whether entente_diff_documents() would find nothing, without building
 * the sentences.
 */
gboolean
entente_diff_is_empty (EntenteDocument *a,
                       EntenteDocument *b)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (a), FALSE);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (b), FALSE);

  return entente_item_equal (ENTENTE_ITEM (a), ENTENTE_ITEM (b));
}

/* The text rendering, for `git diff` through a textconv: one line per
 * value, each carrying its whole place, so that a changed line says
 * where it is without its neighbours. */

static void
render_line (GString    *out,
             const char *place,
             const char *label,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_string_append_printf (out, "%s › %s: %s\n", place, label, lines[0]);
  /* Further lines of a long text follow, indented, one line each. */
  for (guint i = 1; lines[i] != NULL; i++)
    g_string_append_printf (out, "    %s\n", lines[i]);
}

static void render_item (GString         *out,
                         EntenteDocument *document,
                         const char      *place,
                         EntenteItem     *item);

static void
render_list (GString            *out,
             EntenteDocument    *document,
             const char         *place,
             GListModel         *list)
{
  for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
    {
      g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);
      g_autofree char *name = entente_item_describe (document, child);
      g_autofree char *child_place = g_strdup_printf ("%s › %s", place, name);

      render_item (out, document, child_place, child);
    }
}

static void
render_field (GString         *out,
              EntenteDocument *document,
              const char      *place,
              EntenteItem     *item,
              guint            i)
{
  const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (item)->fields[i];
  const char *label = _(field->label);

  switch (field->kind)
    {
    case ENTENTE_VALUE_LIST:
      {
        g_autofree char *list_place = g_strdup_printf ("%s › %s", place, label);

        render_list (out, document, list_place, entente_item_get_list (item, i));
      }
      break;

    case ENTENTE_VALUE_OBJECT:
      {
        g_autofree char *object_place = g_strdup_printf ("%s › %s", place, label);

        render_item (out, document, object_place, entente_item_get_child (item, i));
      }
      break;

    case ENTENTE_VALUE_STRV:
      {
        const char * const *strv = entente_item_get_strv (item, i);

        for (guint k = 0; strv[k] != NULL; k++)
          render_line (out, place, label, (field->flags & ENTENTE_FIELD_CHANNELS)
                                          ? entente_format_channel (NULL, strv[k]) : strv[k]);
      }
      break;

    default:
      {
        const GValue *value = entente_item_peek_value (item, i);
        g_autofree char *text = NULL;

        /* What the file leaves out, the rendering leaves out too. */
        if (!(field->flags & (ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_ALWAYS)) &&
            entente_value_is_default (field, value))
          break;
        text = entente_format_field (NULL, document, item, i, value);
        if (text != NULL)
          render_line (out, place, label, text);
      }
      break;
    }
}

static void
render_item (GString         *out,
             EntenteDocument *document,
             const char      *place,
             EntenteItem     *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields; i++)
    render_field (out, document, place, item, i);
}

/**
 * entente_diff_render_text:
 *
 * Writes @document as plain text, one line per value, such as
 * “Goals › Committed targets › Marketing Qualified Lead › Count per
 * period: 400”, in the order of the file: what `git diff` shows through
 * `entente-cli diff --textconv`.
 *
 * Returns: (transfer full): the text
 */
char *
entente_diff_render_text (EntenteDocument *document)
{
  EntenteItemClass *klass;
  GString *out;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  out = g_string_new (NULL);
  klass = ENTENTE_ITEM_GET_CLASS (document);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];
      DocumentPart part = document_part (i);
      const char *section = part.title;

      /* Sections begin the places, as they begin the diff's sentences. */
      if (field->kind == ENTENTE_VALUE_OBJECT)
        render_item (out, document, section, entente_item_get_child (ENTENTE_ITEM (document), i));
      else if (field->kind == ENTENTE_VALUE_LIST && part.own)
        render_list (out, document, section, entente_item_get_list (ENTENTE_ITEM (document), i));
      else
        render_field (out, document, section, ENTENTE_ITEM (document), i);
    }

  return g_string_free (out, FALSE);
}
