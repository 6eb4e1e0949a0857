/* test-fuzz-regressions.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-fuzz.h"
#include "entente-test-util.h"

/* Every input with which a fuzzer once found a bug, kept in
 * tests/data/fuzz-regressions/TARGET/, run through the same body as the
 * fuzzer (fuzz/fuzz-TARGET.c), so that the bug stays fixed in the
 * ordinary build, with gcc and without libFuzzer.  The bodies abort on a
 * failure, as a test's assertion does.  The seeds every fuzzer starts
 * from are checked too: a harness that rejected a valid document would
 * find nothing. */

typedef void (*FuzzBody) (const guint8 *data,
                          gsize         size);

static const struct
{
  const char *name;
  FuzzBody    body;
} targets[] = {
  { "load", entente_fuzz_load },
  { "actuals", entente_fuzz_actuals },
  { "merge", entente_fuzz_merge },
  { "diff", entente_fuzz_diff },
};

static const struct
{
  const char *target;
  const char *name;  /* an example, else a file under tests/data */
} seeds[] = {
  { "load", "acme-saas.entente" },
  { "load", "angkor-retail-km.entente" },
  { "load", "signed-three-leaders.entente" },
  { "actuals", "actuals/hubspot-acme.csv" },
  { "actuals", "actuals/custom-dst.csv" },
  { "merge", "acme-saas.entente" },
  { "merge", "angkor-retail-km.entente" },
  { "diff", "acme-saas.entente" },
  { "diff", "angkor-retail-km.entente" },
};

typedef struct
{
  FuzzBody  body;
  char     *path;
  gboolean  must_load;  /* a seed of the load target: the body returns
                         * quietly on what does not load, so it is asked
                         * here that the seed does */
} Replay;

static void
replay_free (gpointer data)
{
  Replay *replay = data;

  g_free (replay->path);
  g_free (replay);
}

static void
test_replay (gconstpointer data)
{
  const Replay *replay = data;
  g_autoptr(GBytes) bytes = entente_test_read_bytes (replay->path);

  if (replay->must_load)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntenteDocument) document = entente_document_new_from_bytes (bytes, replay->path, &error);

      g_assert_no_error (error);
      g_assert_nonnull (document);
    }

  replay->body (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
add_replay (const char *test_path,
            FuzzBody    body,
            const char *path,
            gboolean    must_load)
{
  Replay *replay = g_new0 (Replay, 1);

  replay->body = body;
  replay->path = g_strdup (path);
  replay->must_load = must_load;
  g_test_add_data_func_full (test_path, replay, test_replay, replay_free);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* One test per file of @dir, in name order; none when @dir is missing. */
static void
add_folder (const char *target,
            FuzzBody    body,
            const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (folder == NULL)
    return;
  while ((name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *test_path = g_strdup_printf ("/fuzz-regressions/%s/%s", target,
                                                    (const char *) g_ptr_array_index (names, i));

      add_replay (test_path, body, path, FALSE);
    }
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *dir = entente_test_data_path ("fuzz-regressions");
      g_autofree char *target_dir = g_build_filename (dir, targets[i].name, NULL);

      add_folder (targets[i].name, targets[i].body, target_dir);
    }

  /* Seeds: the examples for the document targets, merged with and
   * compared to themselves, and the test exports for the import. */
  for (gsize i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      FuzzBody body = NULL;
      g_autofree char *path = NULL;
      g_autofree char *base = g_path_get_basename (seeds[i].name);
      g_autofree char *test_path = g_strdup_printf ("/fuzz-regressions/seeds/%s/%s", seeds[i].target, base);

      for (gsize j = 0; j < G_N_ELEMENTS (targets); j++)
        if (g_str_equal (targets[j].name, seeds[i].target))
          body = targets[j].body;
      g_assert_nonnull (body);

      if (g_str_has_suffix (seeds[i].name, ".entente"))
        path = entente_test_example_path (seeds[i].name);
      if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_free (path);
          path = entente_test_data_path (seeds[i].name);
        }
      add_replay (test_path, body, path, g_str_equal (seeds[i].target, "load"));
    }

  return g_test_run ();
}
