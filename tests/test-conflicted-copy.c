/* test-conflicted-copy.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"

/* The names sync tools give to the version of a file they could not put
 * in its place, and names that only look like them. */

typedef struct
{
  const char *original;
  const char *candidate;
  const char *who;  /* NULL: the name says no one */
} Match;

static void
test_matches (void)
{
  static const Match matches[] = {
    /* Nextcloud */
    { "acme.entente", "acme (conflicted copy 2026-12-06 093612).entente", NULL },
    { "Sales SLA.entente", "Sales SLA (conflicted copy 2024-02-29 235960).entente", NULL },
    /* Syncthing */
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEFG.entente", NULL },
    { "acme.v2.entente", "acme.v2.sync-conflict-20261206-093612-Z2345A7.entente", NULL },
    /* Dropbox */
    { "acme.entente", "acme (Priya's conflicted copy 2026-12-06).entente", "Priya" },
    { "acme.entente", "acme (Priya’s conflicted copy 2026-12-06).entente", "Priya" },
    { "acme.entente", "acme (Priya's MacBook's conflicted copy 2026-12-06).entente", "Priya's MacBook" },
    { "acme.entente", "acme (Dana Kim's conflicted copy 2026-12-06) (2).entente", "Dana Kim" },
    { "acme.entente", "acme (ប្រិយា's conflicted copy 2026-12-06).entente", "ប្រិយា" },
    /* Without an extension */
    { "acme", "acme (conflicted copy 2026-12-06 093612)", NULL },
    { "acme", "acme.sync-conflict-20261206-093612-ABCDEFG", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (matches); i++)
    {
      g_autofree char *who = g_strdup ("unset");

      g_test_message ("%s", matches[i].candidate);
      g_assert_true (entente_conflicted_copy_match (matches[i].original, matches[i].candidate, &who));
      g_assert_cmpstr (who, ==, matches[i].who);
      g_assert_true (entente_conflicted_copy_match (matches[i].original, matches[i].candidate, NULL));
    }
}

static void
test_near_misses (void)
{
  static const Match misses[] = {
    /* The file itself, and copies named by hand */
    { "acme.entente", "acme.entente", NULL },
    { "acme.entente", "acme (copy).entente", NULL },
    { "acme.entente", "acme (2).entente", NULL },
    { "acme.entente", "Copy of acme.entente", NULL },
    /* Another file's copy */
    { "acme.entente", "acme2 (conflicted copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", "acm (conflicted copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", "xacme.sync-conflict-20261206-093612-ABCDEFG.entente", NULL },
    { "acme (2).entente", "acme (conflicted copy 2026-12-06 093612).entente", NULL },
    /* Another extension */
    { "acme.entente", "acme (conflicted copy 2026-12-06 093612).entente.part", NULL },
    { "acme.entente", "acme (conflicted copy 2026-12-06 093612).xml", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEFG.entente~", NULL },
    /* Nextcloud, not quite */
    { "acme.entente", "acme (conflicted copy 2026-12-06).entente", NULL },
    { "acme.entente", "acme (conflicted copy 2026-13-06 093612).entente", NULL },
    { "acme.entente", "acme (conflicted copy 2026-02-30 093612).entente", NULL },
    { "acme.entente", "acme (conflicted copy 2026-12-06 253612).entente", NULL },
    { "acme.entente", "acme (Conflicted Copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", "acme (conflicted copy 2026-12-06 093612) (1).entente", NULL },
    { "acme.entente", "acme(conflicted copy 2026-12-06 093612).entente", NULL },
    /* Syncthing, not quite */
    { "acme.entente", "acme.sync-conflict-20261206-093612.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEF.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEFGH.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-abcdefg.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261206-093612-ABCDEF1.entente", NULL },
    { "acme.entente", "acme.sync-conflict-2026-12-06-093612-ABCDEFG.entente", NULL },
    { "acme.entente", "acme.sync-conflict-20261232-093612-ABCDEFG.entente", NULL },
    /* Dropbox, not quite */
    { "acme.entente", "acme ('s conflicted copy 2026-12-06).entente", NULL },
    { "acme.entente", "acme (Priya's copy 2026-12-06).entente", NULL },
    { "acme.entente", "acme (Priya's conflicted copy).entente", NULL },
    { "acme.entente", "acme (Priya's conflicted copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", "acme (Priya's conflicted copy 2026-12-06) (x).entente", NULL },
    { "acme.entente", "acme (Priya's conflicted copy 2026-12-06)(1).entente", NULL },
    { "acme.entente", "acme (a) (Priya's conflicted copy 2026-12-06).entente", NULL },
    /* Hidden files and temporary files of a save */
    { "acme.entente", ".acme (conflicted copy 2026-12-06 093612).entente", NULL },
    { "acme.entente", ".acme.entente.XYZ123", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (misses); i++)
    {
      g_autofree char *who = g_strdup ("unset");

      g_test_message ("%s", misses[i].candidate);
      g_assert_false (entente_conflicted_copy_match (misses[i].original, misses[i].candidate, &who));
      g_assert_null (who);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/conflicted-copy/matches", test_matches);
  g_test_add_func ("/conflicted-copy/near-misses", test_near_misses);

  return g_test_run ();
}
