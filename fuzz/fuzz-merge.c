/* fuzz-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-fuzz.h"

/* The three-way merge that runs when a colleague's save lands on edits of
 * our own, and as git's merge driver.  The input is BASE, OURS and THEIRS
 * cut at NUL bytes (entente_fuzz_split()); inputs the loader refuses stop
 * there, since the merge only ever sees loaded documents.
 *
 * The merge must leave its inputs as they were, and whatever it returns
 * must be a valid document: saved, it reads back as itself
 * (entente_fuzz_assert_round_trip()).  When it cannot make one it must
 * say why.  The same holds of the two-way merge of OURS and THEIRS. */
void
entente_fuzz_merge (const guint8 *data,
                    gsize         size)
{
  static const char * const names[] = { "base.entente", "ours.entente", "theirs.entente" };
  GBytes *parts[3] = { NULL, };
  EntenteDocument *sides[3] = { NULL, };
  GBytes *before[3] = { NULL, };
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(GError) error = NULL;
  guint n_conflicts = G_MAXUINT;
  gboolean loaded = TRUE;

  entente_fuzz_split (data, size, 3, parts);
  for (guint i = 0; i < 3 && loaded; i++)
    {
      sides[i] = entente_fuzz_try_load (parts[i], names[i]);
      loaded = sides[i] != NULL;
    }
  if (!loaded)
    goto out;

  for (guint i = 0; i < 3; i++)
    before[i] = entente_document_serialize (sides[i]);

  merged = entente_merge (sides[0], sides[1], sides[2], &n_conflicts, &error);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GBytes) after = entente_document_serialize (sides[i]);

      g_assert_true (g_bytes_equal (before[i], after));
    }

  if (merged == NULL)
    {
      entente_fuzz_assert_error (error);
      goto out;
    }
  g_assert_no_error (error);

  /* The new conflicts are recorded in the result, after the sides' own. */
  g_assert_cmpuint (n_conflicts, <=, entente_document_get_n_conflicts (merged));
  g_assert_false (entente_document_get_modified (merged));
  entente_fuzz_assert_round_trip (merged);

  /* Copies with no version in common merge two-way under the same rules;
   * and whatever their ancestries say, the versions found in common are
   * in both. */
  {
    g_autoptr(EntenteDocument) two_way = NULL;
    g_autoptr(GError) two_way_error = NULL;
    g_autoptr(GPtrArray) common = entente_ancestry_common (sides[1], sides[2]);

    two_way = entente_merge_two_way (sides[1], sides[2], NULL, &two_way_error);
    if (two_way == NULL)
      entente_fuzz_assert_error (two_way_error);
    else
      entente_fuzz_assert_round_trip (two_way);
    for (guint i = 0; i < common->len; i++)
      g_assert_nonnull (entente_version_get_digest (common->pdata[i]));
  }

out:
  for (guint i = 0; i < 3; i++)
    {
      g_clear_pointer (&parts[i], g_bytes_unref);
      g_clear_object (&sides[i]);
      g_clear_pointer (&before[i], g_bytes_unref);
    }
}
