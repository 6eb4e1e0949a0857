/* fuzz-diff.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-fuzz.h"

/* The diff behind Compare with…, the sign-off's "what changed since" and
 * `entente-cli diff`.  The input is two documents, A and B, cut at a NUL
 * byte (entente_fuzz_split()); a lone document is compared to itself.
 *
 * A document differs from itself in nothing; the list of changes is
 * empty exactly when entente_diff_is_empty() says so; every change says
 * where it is and has a sentence in valid UTF-8 for people; and the
 * text form that `git diff` reads through a textconv is valid UTF-8. */

static void
check_changes (GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    {
      EntenteChange *change = g_ptr_array_index (changes, i);
      EntenteSection section;

      /* Every change belongs to a section the window can show. */
      g_assert_true (entente_section_from_id (change->section, &section));
      g_assert_nonnull (change->path);
      g_assert_nonnull (change->message);
      g_assert_true (g_utf8_validate (change->message, -1, NULL));
      g_assert_true (change->old_text == NULL || g_utf8_validate (change->old_text, -1, NULL));
      g_assert_true (change->new_text == NULL || g_utf8_validate (change->new_text, -1, NULL));
    }
}

void
entente_fuzz_diff (const guint8 *data,
                   gsize         size)
{
  GBytes *parts[2] = { NULL, };
  g_autoptr(EntenteDocument) a = NULL;
  g_autoptr(EntenteDocument) b = NULL;
  g_autoptr(GPtrArray) same = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  entente_fuzz_split (data, size, 2, parts);
  a = entente_fuzz_try_load (parts[0], "a.entente");
  if (a != NULL)
    b = entente_fuzz_try_load (parts[1], "b.entente");
  g_bytes_unref (parts[0]);
  g_bytes_unref (parts[1]);
  if (a == NULL || b == NULL)
    return;

  same = entente_diff_documents (a, a);
  g_assert_cmpuint (same->len, ==, 0);
  g_assert_true (entente_diff_is_empty (a, a));

  changes = entente_diff_documents (a, b);
  check_changes (changes);
  g_assert_cmpint (changes->len == 0, ==, entente_diff_is_empty (a, b));

  text_a = entente_diff_render_text (a);
  text_b = entente_diff_render_text (b);
  g_assert_true (g_utf8_validate (text_a, -1, NULL));
  g_assert_true (g_utf8_validate (text_b, -1, NULL));
  if (changes->len == 0)
    g_assert_cmpstr (text_a, ==, text_b);
}
