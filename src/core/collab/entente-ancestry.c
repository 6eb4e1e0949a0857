/* entente-ancestry.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-ancestry.h"
#include "entente-approval.h"
#include "entente-digest.h"
#include "entente-item-private.h"
#include "entente-loader-private.h"
#include "entente-version-store.h"
#include "entente-version.h"

/* Where a copy comes from.  Each time Entente saves an edited agreement,
 * it appends to the file's <ancestry> the digest of the content it saves,
 * with the version it was edited from (and, after a merge, the other
 * version merged in).  A copy emailed away carries that list with it, so
 * when it comes back edited, the two copies' lists share the version
 * they split from, and a three-way merge can start from it.
 *
 * The list is bounded: a file keeps its last ENTENTE_ANCESTRY_MAX_VERSIONS
 * versions (a few kilobytes), enough for copies that went apart for
 * months of weekly edits; older ones are forgotten, oldest first.
 *
 * Nothing here is trusted: anyone can edit the list.  A digest only
 * names a version; its content is used as a merge base only once it has
 * been found (in the local store, entente-version-store.c, or as one of
 * the two copies) and its digest recomputed. */

#define VERSION_KEY "entente-version"
#define MERGED_KEY  "entente-merged-version"
#define READ_KEY    "entente-read-bytes"

/**
 * entente_document_get_version:
 *
 * Returns: (nullable): the digest of the version @doc was read as: the one
 *   computed for it, else the last one its ancestry names
 */
const char *
entente_document_get_version (EntenteDocument *doc)
{
  const char *known = g_object_get_data (G_OBJECT (doc), VERSION_KEY);
  GListModel *ancestry;
  guint n;

  if (known != NULL)
    return known;

  ancestry = entente_document_get_ancestry (doc);
  n = g_list_model_get_n_items (ancestry);
  if (n == 0)
    return NULL;

  {
    g_autoptr(EntenteVersion) last = g_list_model_get_item (ancestry, n - 1);

    return entente_version_get_digest (last);
  }
}

/**
 * entente_document_set_version:
 * @digest: the digest of @doc's content as it is now
 *
 * Says which version @doc is, once it has been computed, so that the next
 * save names it as the parent even when the file had no ancestry.
 */
void
entente_document_set_version (EntenteDocument *doc,
                              const char      *digest)
{
  g_object_set_data_full (G_OBJECT (doc), VERSION_KEY, g_strdup (digest), g_free);
}

/**
 * entente_ancestry_note_merge:
 *
 * Makes @result, the merge of @ours and @theirs, name both as its parents
 * when it is saved.
 */
void
entente_ancestry_note_merge (EntenteDocument *result,
                             EntenteDocument *ours,
                             EntenteDocument *theirs)
{
  /* Copies: @result may be @ours, whose version setting it replaces. */
  g_autofree char *parent = g_strdup (entente_document_get_version (ours));
  g_autofree char *merged = g_strdup (entente_document_get_version (theirs));

  entente_document_set_version (result, parent);
  if (g_strcmp0 (parent, merged) != 0)
    g_object_set_data_full (G_OBJECT (result), MERGED_KEY, g_strdup (merged), g_free);
}

/**
 * entente_document_keep_read_bytes:
 * @bytes: the file @doc was just read from
 *
 * The bytes are kept until the version @doc was read as is known: a file
 * saved before Entente kept ancestries names none, and its first save
 * must still say which version it was edited from; and the window keeps
 * what it opens in the store (entente_version_store_keep_opened()).
 */
void
entente_document_keep_read_bytes (EntenteDocument *doc,
                                  GBytes          *bytes)
{
  g_object_set_data_full (G_OBJECT (doc), READ_KEY, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
}

/**
 * entente_document_take_read_bytes:
 *
 * Returns: (transfer full) (nullable): the bytes @doc was read from, which
 *   it no longer keeps
 */
GBytes *
entente_document_take_read_bytes (EntenteDocument *doc)
{
  return g_object_steal_data (G_OBJECT (doc), READ_KEY);
}

/**
 * entente_document_forget_version:
 *
 * For a document that is not a version of anything yet, such as a new
 * agreement made from a template: its first save names no parent.
 */
void
entente_document_forget_version (EntenteDocument *doc)
{
  g_object_set_data (G_OBJECT (doc), READ_KEY, NULL);
  g_object_set_data (G_OBJECT (doc), VERSION_KEY, NULL);
}

/* The version of a file without ancestry, from its bytes as read; also
 * kept in the store, as the version a colleague's copy may come from. */
char *
entente_document_version_as_read (EntenteDocument *doc)
{
  g_autoptr(GBytes) bytes = entente_document_take_read_bytes (doc);
  g_autoptr(EntenteDocument) read = NULL;
  char *digest;

  if (bytes == NULL)
    return NULL;
  read = entente_loader_load (bytes, "read.entente", NULL);
  if (read == NULL)
    return NULL;
  digest = entente_document_compute_digest (read);
  entente_version_store_put (digest, bytes, NULL);
  entente_document_set_version (doc, digest);

  return digest;
}

static int
by_time (gconstpointer a,
         gconstpointer b)
{
  EntenteVersion *va = *(EntenteVersion **) a;
  EntenteVersion *vb = *(EntenteVersion **) b;

  return g_date_time_compare (entente_version_get_time (va), entente_version_get_time (vb));
}

/* Forgets the oldest versions beyond the bound. */
static void
trim (EntenteDocument *doc)
{
  GListModel *ancestry = entente_document_get_ancestry (doc);
  guint n = g_list_model_get_n_items (ancestry);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GHashTable) old = NULL;
  g_autoptr(GHashTable) signed_digests = NULL;
  GListModel *approvals;

  if (n <= ENTENTE_ANCESTRY_MAX_VERSIONS)
    return;

  /* A version someone signed stays: it tells their sign-off is of an
   * earlier version of this agreement, not of another. */
  signed_digests = g_hash_table_new (g_str_hash, g_str_equal);
  approvals = entente_document_get_approvals (doc);
  for (guint i = 0, m = g_list_model_get_n_items (approvals); i < m; i++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);

      if (entente_approval_get_digest (approval) != NULL)
        g_hash_table_add (signed_digests, (gpointer) entente_approval_get_digest (approval));
    }

  sorted = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (ancestry, i));
  g_ptr_array_sort (sorted, by_time);
  old = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < sorted->len && n - g_hash_table_size (old) > ENTENTE_ANCESTRY_MAX_VERSIONS; i++)
    if (!g_hash_table_contains (signed_digests, entente_version_get_digest (sorted->pdata[i])))
      g_hash_table_add (old, sorted->pdata[i]);

  for (guint i = n; i-- > 0;)
    {
      g_autoptr(EntenteVersion) version = g_list_model_get_item (ancestry, i);

      if (g_hash_table_contains (old, version))
        entente_item_remove_quietly (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_ANCESTRY, i);
    }
}

gboolean
entente_ancestry_lists (EntenteDocument *doc,
                        const char      *digest)
{
  GListModel *ancestry = entente_document_get_ancestry (doc);

  for (guint i = 0, n = g_list_model_get_n_items (ancestry); i < n; i++)
    {
      g_autoptr(EntenteVersion) version = g_list_model_get_item (ancestry, i);

      if (g_strcmp0 (entente_version_get_digest (version), digest) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * entente_document_record_version:
 *
 * Before @doc is saved: when it was edited or merged, appends the version
 * it is now to its ancestry, with the one it came from.  A document that
 * nobody changed is left as it is, so that saving it writes the same
 * bytes.
 *
 * Returns: (transfer full) (nullable): the digest of @doc's content when
 *   it was computed, for the version store; %NULL when nothing changed
 */
char *
entente_document_record_version (EntenteDocument *doc)
{
  const char *merged = g_object_get_data (G_OBJECT (doc), MERGED_KEY);
  g_autofree char *merged_parent = g_strdup (merged);
  g_autofree char *parent = g_strdup (entente_document_get_version (doc));
  g_autofree char *digest = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(EntenteVersion) version = NULL;

  if (merged == NULL && !entente_document_get_modified (doc))
    return NULL;

  if (parent == NULL)
    parent = entente_document_version_as_read (doc);
  digest = entente_document_compute_digest (doc);
  g_object_set_data (G_OBJECT (doc), MERGED_KEY, NULL);
  /* Back to a version already listed, as a merge that only brought in
   * what this copy had: that version it is. */
  if (g_strcmp0 (digest, parent) == 0 || entente_ancestry_lists (doc, digest))
    {
      entente_document_set_version (doc, digest);
      return g_steal_pointer (&digest);
    }

  {
    g_autoptr(GDateTime) exact = g_date_time_new_now_utc ();

    /* The file keeps whole seconds. */
    now = g_date_time_add (exact, -(GTimeSpan) g_date_time_get_microsecond (exact));
  }
  version = entente_version_new (digest, parent, merged_parent, now);
  entente_item_append_quietly (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_ANCESTRY, ENTENTE_ITEM (version));
  trim (doc);

  entente_document_set_version (doc, digest);

  return g_steal_pointer (&digest);
}

/* Every version @doc says it comes from, by digest, and the one it was
 * computed to be, which a file saved before ancestry existed lacks. */
static GHashTable *
versions_of (EntenteDocument *doc)
{
  GListModel *ancestry = entente_document_get_ancestry (doc);
  GHashTable *versions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  const char *known = g_object_get_data (G_OBJECT (doc), VERSION_KEY);

  if (known != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      EntenteVersion *version = entente_version_new (known, NULL, NULL, now);

      g_hash_table_replace (versions, (gpointer) entente_version_get_digest (version), version);
    }

  for (guint i = 0, n = g_list_model_get_n_items (ancestry); i < n; i++)
    {
      EntenteVersion *version = g_list_model_get_item (ancestry, i);
      const char *digest = entente_version_get_digest (version);

      if (digest != NULL)
        g_hash_table_replace (versions, (gpointer) digest, version);
      else
        g_object_unref (version);
    }

  /* A parent the list no longer holds (or never did, for the version a
   * file was first saved from) is an ancestor all the same; it was saved
   * before its child, which is all that is known of its time. */
  for (guint i = 0, n = g_list_model_get_n_items (ancestry); i < n; i++)
    {
      g_autoptr(EntenteVersion) version = g_list_model_get_item (ancestry, i);
      const char *parents[] = { entente_version_get_parent (version), entente_version_get_merged (version) };

      for (guint j = 0; j < G_N_ELEMENTS (parents); j++)
        if (parents[j] != NULL && !g_hash_table_contains (versions, parents[j]))
          {
            EntenteVersion *parent = entente_version_new (parents[j], NULL, NULL, entente_version_get_time (version));

            g_hash_table_insert (versions, (gpointer) entente_version_get_digest (parent), parent);
          }
    }

  return versions;
}

/* Marks in @reached what descends from nothing but is an ancestor of
 * @digest, through the links both copies know. */
static void
mark_ancestors (GHashTable *links,
                const char *digest,
                GHashTable *reached)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, (gpointer) digest);
  while (stack->len > 0)
    {
      const char *current = g_ptr_array_steal_index_fast (stack, stack->len - 1);
      EntenteVersion *version = g_hash_table_lookup (links, current);
      const char *parents[2];

      if (version == NULL)
        continue;
      parents[0] = entente_version_get_parent (version);
      parents[1] = entente_version_get_merged (version);
      for (guint i = 0; i < G_N_ELEMENTS (parents); i++)
        if (parents[i] != NULL && !g_hash_table_contains (reached, parents[i]))
          {
            g_hash_table_add (reached, (gpointer) parents[i]);
            g_ptr_array_add (stack, (gpointer) parents[i]);
          }
    }
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  return -by_time (a, b);
}

/**
 * entente_ancestry_common:
 *
 * The versions both copies come from, best merge base first: those that
 * are not themselves ancestors of another common version, newest first,
 * then the older ones, newest first.
 *
 * Returns: (transfer container) (element-type EntenteVersion): the
 *   versions, as @ours records them
 */
GPtrArray *
entente_ancestry_common (EntenteDocument *ours,
                         EntenteDocument *theirs)
{
  g_autoptr(GHashTable) mine = versions_of (ours);
  g_autoptr(GHashTable) other = versions_of (theirs);
  g_autoptr(GHashTable) links = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) superseded = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) best = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *common = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, other);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (links, key, value);
  g_hash_table_iter_init (&iter, mine);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (links, key, value);

  g_hash_table_iter_init (&iter, mine);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_hash_table_contains (other, key))
      mark_ancestors (links, key, superseded);

  g_hash_table_iter_init (&iter, mine);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_hash_table_contains (other, key))
      g_ptr_array_add (g_hash_table_contains (superseded, key) ? common : best, g_object_ref (value));

  g_ptr_array_sort (best, newest_first);
  g_ptr_array_sort (common, newest_first);
  g_ptr_array_extend_and_steal (best, common);

  return g_steal_pointer (&best);
}

/**
 * entente_ancestry_note_signed:
 * @digest: the digest of @doc's content now, which someone signs
 *
 * A signed version is one of the agreement's versions even if it is
 * never saved as such: listed, a sign-off of it reads as outdated once
 * the content moves on, where one of a version the ancestry does not know
 * reads as copied from elsewhere.
 */
void
entente_ancestry_note_signed (EntenteDocument *doc,
                              const char      *digest)
{
  g_autofree char *parent = NULL;
  g_autoptr(GDateTime) exact = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(EntenteVersion) version = NULL;

  if (entente_ancestry_lists (doc, digest))
    return;

  parent = g_strdup (entente_document_get_version (doc));
  if (parent == NULL)
    parent = entente_document_version_as_read (doc);
  exact = g_date_time_new_now_utc ();
  now = g_date_time_add (exact, -(GTimeSpan) g_date_time_get_microsecond (exact));
  version = entente_version_new (digest, g_strcmp0 (parent, digest) != 0 ? parent : NULL, NULL, now);
  entente_item_append_quietly (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_ANCESTRY, ENTENTE_ITEM (version));
  entente_document_set_version (doc, digest);
  trim (doc);
}

/**
 * entente_document_know_version:
 *
 * Makes sure the version @doc was read as is known: a file without
 * ancestry is known by its content, as read (from the bytes read when it
 * was edited since, which keeps that version in the store too).
 *
 * Returns: (nullable): the version, or %NULL when it cannot be known
 */
const char *
entente_document_know_version (EntenteDocument *doc)
{
  g_autofree char *digest = NULL;

  if (entente_document_get_version (doc) != NULL)
    return entente_document_get_version (doc);

  if (entente_document_get_modified (doc))
    digest = entente_document_version_as_read (doc);
  else
    {
      digest = entente_document_compute_digest (doc);
      entente_document_set_version (doc, digest);
    }

  return entente_document_get_version (doc);
}
