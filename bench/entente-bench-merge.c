/* entente-bench-merge.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "entente-bench-process.h"
#include "entente-bench-sla.h"
#include "entente-bench-stats.h"
#include "entente-core.h"

/* entente-bench-merge [OPTION…]: what a three-way merge of three large
 * SLAs costs, next to loading them.
 *
 * BASE is entente-bench's generated document (about 10 MB with the
 * defaults).  OURS and THEIRS are BASE loaded, edited with the model API in
 * different places and saved, as two people working on their own copies
 * would: OURS rewrites the summary of every 10th persona and raises every
 * 6th target; THEIRS renames every 7th persona (so every 70th is edited on
 * both sides, in different fields), changes the points of every 10th
 * criterion of every 3rd stage and adds a persona.  No field is changed on
 * both sides, so the merge must be clean, and its result must hold every
 * edit of both.
 *
 * Timed, run after run, in this process: (a) entente_document_load () of
 * BASE, OURS and THEIRS, one after the other, from files in the page cache;
 * (b) entente_merge () of the three loaded documents; for information, the
 * save of the result and the freeing of the four documents.  Then, as a
 * whole process, `entente-cli merge BASE OURS THEIRS -o OUT`: the wall time
 * from posix_spawn () to waitpid (), which also holds exec, the save and
 * the teardown.  Its result must be the content the merge here saved.
 * And (d) `entente-cli merge OURS THEIRS -o OUT`, the two-copy form, which
 * finds BASE by itself: OURS and THEIRS were saved from it, so their
 * ancestries name it and this run's store of versions ($XDG_DATA_HOME is
 * set to the benchmark's folder) holds it.  Its result must be the same.
 *
 * The goal: merging the three documents, which starts with reading them,
 * takes at most 3 × the time to load the three: (load + merge) ÷ load ≤ 3,
 * that is, the merge itself at most twice the loads, on medians; and
 * merging two copies costs at most 1.2 × merging the three files:
 * (d) ÷ (c) ≤ 1.2.  This is a
 * report, so it exits 0 whether the goal holds or not, and non-zero only
 * when it cannot measure, or the merge is not clean or loses an edit. */

#define GOAL_RATIO 3.0
#define GOAL_COPIES_RATIO 1.2

#define WARM_UP_RUNS 1

/* MB means 10^6 bytes throughout, as in entente-bench. */
#define MB 1e6

#define ADDED_PERSONA_ID "bench-merge-added"

/* The three versions */

/* What one side changed, to look for in the result. */
typedef struct
{
  GHashTable *summaries;  /* persona id → summary (ours) */
  GHashTable *names;      /* persona id → name (theirs) */
  GHashTable *counts;     /* target stage → count (ours) */
  GHashTable *points;     /* "stage-id#index" → points (theirs) */
  gboolean    added;      /* theirs added ADDED_PERSONA_ID */
} Edits;

static void
edits_init (Edits *edits)
{
  edits->summaries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  edits->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  edits->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  edits->points = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  edits->added = FALSE;
}

static void
edits_clear (Edits *edits)
{
  g_clear_pointer (&edits->summaries, g_hash_table_unref);
  g_clear_pointer (&edits->names, g_hash_table_unref);
  g_clear_pointer (&edits->counts, g_hash_table_unref);
  g_clear_pointer (&edits->points, g_hash_table_unref);
}

/* Marketing's copy: every 10th persona's summary, every 6th target. */
static void
edit_ours (EntenteDocument *document,
           Edits           *edits)
{
  GListModel *personas = entente_document_get_personas (document);
  GListModel *targets = entente_goals_get_targets (entente_document_get_goals (document));

  for (guint i = 0; i < g_list_model_get_n_items (personas); i += 10)
    {
      g_autoptr(EntentePersona) persona = g_list_model_get_item (personas, i);
      g_autofree char *summary = g_strdup_printf ("%s Reviewed by Marketing in the merge benchmark (%u).",
                                                  entente_persona_get_summary (persona), i);

      entente_item_set_string (ENTENTE_ITEM (persona), ENTENTE_PERSONA_FIELD_SUMMARY, summary);
      g_hash_table_insert (edits->summaries, g_strdup (entente_persona_get_id (persona)), g_steal_pointer (&summary));
    }

  for (guint i = 0; i < g_list_model_get_n_items (targets); i += 6)
    {
      g_autoptr(EntenteTarget) target = g_list_model_get_item (targets, i);
      int count = entente_target_get_count (target) + 25;

      entente_item_set_int (ENTENTE_ITEM (target), ENTENTE_TARGET_FIELD_COUNT, count);
      g_hash_table_insert (edits->counts, g_strdup (entente_target_get_stage (target)), GINT_TO_POINTER (count));
    }
}

/* Sales' copy: every 7th persona's name, every 10th criterion of every
 * 3rd stage, and a new persona at the end. */
static void
edit_theirs (EntenteDocument *document,
             Edits           *edits)
{
  GListModel *personas = entente_document_get_personas (document);
  GListModel *stages = entente_document_get_stages (document);
  g_autoptr(EntentePersona) added = entente_persona_new ();

  for (guint i = 0; i < g_list_model_get_n_items (personas); i += 7)
    {
      g_autoptr(EntentePersona) persona = g_list_model_get_item (personas, i);
      g_autofree char *name = g_strdup_printf ("%s (Sales)", entente_persona_get_name (persona));

      entente_item_set_string (ENTENTE_ITEM (persona), ENTENTE_PERSONA_FIELD_NAME, name);
      g_hash_table_insert (edits->names, g_strdup (entente_persona_get_id (persona)), g_steal_pointer (&name));
    }

  for (guint s = 0; s < g_list_model_get_n_items (stages); s += 3)
    {
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, s);
      GListModel *criteria = entente_stage_get_criteria (stage);

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c += 10)
        {
          g_autoptr(EntenteCriterion) criterion = g_list_model_get_item (criteria, c);
          int points = entente_criterion_get_points (criterion);

          /* Away from zero: a negative criterion stays one. */
          points += points < 0 ? -3 : 3;
          entente_item_set_int (ENTENTE_ITEM (criterion), ENTENTE_CRITERION_FIELD_POINTS, points);
          g_hash_table_insert (edits->points, g_strdup_printf ("%s#%u", entente_stage_get_id (stage), c),
                               GINT_TO_POINTER (points));
        }
    }

  g_object_set (added,
                "id", ADDED_PERSONA_ID,
                "name", "Procurement Pich (added by Sales)",
                "summary", "Buys for a group of garment factories; added on the other side of the merge benchmark.",
                NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, ENTENTE_ITEM (added));
  edits->added = TRUE;
}

typedef void (*EditFunc) (EntenteDocument *document,
                          Edits           *edits);

/* BASE loaded, edited by @edit and saved as @path. */
static gboolean
make_side (GFile       *base,
           const char  *path,
           EditFunc     edit,
           Edits       *edits,
           GError     **error)
{
  g_autoptr(EntenteDocument) document = entente_document_load (base, NULL, error);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (document == NULL)
    return FALSE;

  edit (document, edits);
  return entente_document_save (document, file, NULL, error);
}

/* The result */

static GHashTable *
index_personas (EntenteDocument *document)
{
  GListModel *personas = entente_document_get_personas (document);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      EntentePersona *persona = g_list_model_get_item (personas, i);

      g_hash_table_insert (index, (gpointer) entente_persona_get_id (persona), persona);
    }

  return index;
}

typedef struct
{
  guint ours;    /* edits of OURS found in the result */
  guint theirs;  /* and of THEIRS */
  guint missing; /* edits of either not found */
} Found;

/* Every edit of both sides is in @merged, and it has all of BASE's
 * personas and the added one. */
static Found
check_result (EntenteDocument *merged,
              guint            base_personas,
              const Edits     *ours,
              const Edits     *theirs)
{
  g_autoptr(GHashTable) personas = index_personas (merged);
  Found found = { 0, 0, 0 };
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, ours->summaries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      EntentePersona *persona = g_hash_table_lookup (personas, key);

      if (persona != NULL && g_strcmp0 (entente_persona_get_summary (persona), value) == 0)
        found.ours++;
      else
        found.missing++;
    }

  g_hash_table_iter_init (&iter, theirs->names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      EntentePersona *persona = g_hash_table_lookup (personas, key);

      if (persona != NULL && g_strcmp0 (entente_persona_get_name (persona), value) == 0)
        found.theirs++;
      else
        found.missing++;
    }

  {
    GListModel *targets = entente_goals_get_targets (entente_document_get_goals (merged));
    guint seen = 0;

    for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
      {
        g_autoptr(EntenteTarget) target = g_list_model_get_item (targets, i);

        if (g_hash_table_lookup_extended (ours->counts, entente_target_get_stage (target), NULL, &value))
          {
            seen++;
            if (entente_target_get_count (target) == GPOINTER_TO_INT (value))
              found.ours++;
            else
              found.missing++;
          }
      }
    found.missing += g_hash_table_size (ours->counts) - seen;
  }

  g_hash_table_iter_init (&iter, theirs->points);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, "#", 2);
      EntenteStage *stage = entente_document_find_stage (merged, parts[0]);
      guint index = (guint) g_ascii_strtoull (parts[1], NULL, 10);
      GListModel *criteria = stage != NULL ? entente_stage_get_criteria (stage) : NULL;
      g_autoptr(EntenteCriterion) criterion = NULL;

      if (criteria != NULL && index < g_list_model_get_n_items (criteria))
        criterion = g_list_model_get_item (criteria, index);
      if (criterion != NULL && entente_criterion_get_points (criterion) == GPOINTER_TO_INT (value))
        found.theirs++;
      else
        found.missing++;
    }

  if (theirs->added)
    {
      if (g_hash_table_contains (personas, ADDED_PERSONA_ID))
        found.theirs++;
      else
        found.missing++;
    }

  if (g_hash_table_size (personas) != base_personas + (theirs->added ? 1 : 0))
    found.missing++;

  return found;
}

/* The measurements */

typedef struct
{
  char  *tmpdir;
  char  *base;
  char  *ours;
  char  *theirs;
  char  *merged;      /* saved here */
  char  *cli_out;     /* entente-cli's -o */
  char  *copies_out;  /* entente-cli's -o, merging two copies */
  char  *log;
  gsize  sizes[3];
  guint  base_personas;
  guint  base_criteria;
  Edits  ours_edits;
  Edits  theirs_edits;

  /* In this process */
  EntenteBenchStats load, merge, total, save, free_all;
  guint             conflicts;
  Found             found;
  char             *result;          /* the digest of the merged content */

  /* entente-cli merge */
  EntenteBenchStats cli;
  double            cli_first_ms;
  int               cli_status;
  guint             cli_conflicts;
  gboolean          cli_same;

  /* entente-cli merge OURS THEIRS */
  EntenteBenchStats copies;
  double            copies_first_ms;
  int               copies_status;
  guint             copies_conflicts;
  gboolean          copies_same;
} Bench;

static void
bench_clear (Bench *bench)
{
  g_clear_pointer (&bench->base, g_free);
  g_clear_pointer (&bench->ours, g_free);
  g_clear_pointer (&bench->theirs, g_free);
  g_clear_pointer (&bench->merged, g_free);
  g_clear_pointer (&bench->cli_out, g_free);
  g_clear_pointer (&bench->copies_out, g_free);
  g_clear_pointer (&bench->log, g_free);
  g_clear_pointer (&bench->result, g_free);
  edits_clear (&bench->ours_edits);
  edits_clear (&bench->theirs_edits);
}

static gsize
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gsize) st.st_size : 0;
}

/* BASE from the generator; OURS and THEIRS edited from it. */
static gboolean
prepare (Bench   *bench,
         guint    personas,
         GError **error)
{
  EntenteBenchSlaOptions options;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) base = NULL;
  g_autoptr(EntenteDocument) document = NULL;

  entente_bench_sla_options_init (&options);
  if (personas > 0)
    options.n_personas = personas;
  bytes = entente_bench_sla_generate (&options);

  bench->base = g_build_filename (bench->tmpdir, "base.entente", NULL);
  bench->ours = g_build_filename (bench->tmpdir, "ours.entente", NULL);
  bench->theirs = g_build_filename (bench->tmpdir, "theirs.entente", NULL);
  bench->merged = g_build_filename (bench->tmpdir, "merged.entente", NULL);
  bench->cli_out = g_build_filename (bench->tmpdir, "cli-merged.entente", NULL);
  bench->copies_out = g_build_filename (bench->tmpdir, "copies-merged.entente", NULL);
  bench->log = g_build_filename (bench->tmpdir, "stderr.log", NULL);
  edits_init (&bench->ours_edits);
  edits_init (&bench->theirs_edits);

  if (!g_file_set_contents (bench->base, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), error))
    return FALSE;

  base = g_file_new_for_path (bench->base);
  document = entente_document_load (base, NULL, error);
  if (document == NULL)
    return FALSE;
  bench->base_personas = g_list_model_get_n_items (entente_document_get_personas (document));
  bench->base_criteria = entente_bench_count_criteria (document);
  g_clear_object (&document);

  if (!make_side (base, bench->ours, edit_ours, &bench->ours_edits, error) ||
      !make_side (base, bench->theirs, edit_theirs, &bench->theirs_edits, error))
    return FALSE;

  bench->sizes[0] = file_size (bench->base);
  bench->sizes[1] = file_size (bench->ours);
  bench->sizes[2] = file_size (bench->theirs);
  return TRUE;
}

/* Run after run: load the three, merge, save the result, free all four.
 * The first run is not timed; its result is the one checked.  (The schema
 * was compiled by the loads that made OURS and THEIRS.) */
static gboolean
measure_in_process (Bench   *bench,
                    guint    runs,
                    GError **error)
{
  g_autoptr(GArray) load_times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);
  g_autoptr(GArray) merge_times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);
  g_autoptr(GArray) total_times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);
  g_autoptr(GArray) save_times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);
  g_autoptr(GArray) free_times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);
  g_autoptr(GFile) base_file = g_file_new_for_path (bench->base);
  g_autoptr(GFile) ours_file = g_file_new_for_path (bench->ours);
  g_autoptr(GFile) theirs_file = g_file_new_for_path (bench->theirs);
  g_autoptr(GFile) merged_file = g_file_new_for_path (bench->merged);

  for (guint i = 0; i < WARM_UP_RUNS + runs; i++)
    {
      EntenteDocument *base, *ours = NULL, *theirs = NULL, *merged = NULL;
      guint n_conflicts = 0;
      double load_ms, merge_ms = 0, save_ms, free_ms;
      gint64 start;
      gboolean saved;

      start = entente_bench_now_ns ();
      base = entente_document_load (base_file, NULL, error);
      if (base != NULL)
        ours = entente_document_load (ours_file, NULL, error);
      if (ours != NULL)
        theirs = entente_document_load (theirs_file, NULL, error);
      load_ms = entente_bench_ms_since_ns (start);

      if (theirs != NULL)
        {
          start = entente_bench_now_ns ();
          merged = entente_merge (base, ours, theirs, &n_conflicts, error);
          merge_ms = entente_bench_ms_since_ns (start);
        }

      if (merged == NULL)
        {
          g_clear_object (&base);
          g_clear_object (&ours);
          g_clear_object (&theirs);
          return FALSE;
        }

      start = entente_bench_now_ns ();
      saved = entente_document_save (merged, merged_file, NULL, error);
      save_ms = entente_bench_ms_since_ns (start);

      if (i == 0)
        {
          bench->conflicts = n_conflicts;
          bench->found = check_result (merged, bench->base_personas, &bench->ours_edits, &bench->theirs_edits);
          bench->result = entente_document_compute_digest (merged);
        }

      start = entente_bench_now_ns ();
      g_object_unref (merged);
      g_object_unref (theirs);
      g_object_unref (ours);
      g_object_unref (base);
      free_ms = entente_bench_ms_since_ns (start);

      if (!saved)
        return FALSE;

      if (i >= WARM_UP_RUNS)
        {
          double total_ms = load_ms + merge_ms;

          g_array_append_val (load_times, load_ms);
          g_array_append_val (merge_times, merge_ms);
          g_array_append_val (total_times, total_ms);
          g_array_append_val (save_times, save_ms);
          g_array_append_val (free_times, free_ms);
        }
    }

  bench->load = entente_bench_stats_of (load_times);
  bench->merge = entente_bench_stats_of (merge_times);
  bench->total = entente_bench_stats_of (total_times);
  bench->save = entente_bench_stats_of (save_times);
  bench->free_all = entente_bench_stats_of (free_times);
  return TRUE;
}

/* `entente-cli merge … -o OUT`, run after run; OUT is removed before
 * each, and must hold the content the merge here saved. */
static gboolean
measure_cli (Bench              *bench,
             char              **argv,
             const char         *out_path,
             guint               runs,
             EntenteBenchStats  *stats,
             double             *first_ms,
             int                *status,
             guint              *conflicts,
             gboolean           *same,
             GError            **error)
{
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);
  g_autoptr(GFile) out_file = g_file_new_for_path (out_path);
  g_autoptr(EntenteDocument) out = NULL;
  g_autofree char *digest = NULL;

  for (guint i = 0; i < WARM_UP_RUNS + runs; i++)
    {
      EntenteBenchRun run = { 0, 0, 0 };

      g_unlink (out_path);
      /* entente-cli merge exits 1 when the result holds conflicts, which
       * the caller reports; anything else is a failure. */
      if (!entente_bench_run_process (argv, bench->log, 0, 1, &run, error))
        return FALSE;
      *status = run.exit_status;
      if (!g_file_test (out_path, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s merge exited with %d but wrote no %s",
                       argv[0], *status, out_path);
          return FALSE;
        }

      if (i == 0)
        *first_ms = run.ms;
      if (i >= WARM_UP_RUNS)
        g_array_append_val (times, run.ms);
    }
  *stats = entente_bench_stats_of (times);

  /* The merged file also records when it was saved, so the content is
   * compared, not the bytes. */
  out = entente_document_load (out_file, NULL, error);
  if (out == NULL)
    return FALSE;
  digest = entente_document_compute_digest (out);
  *same = g_str_equal (digest, bench->result);
  *conflicts = entente_document_get_n_conflicts (out);

  return TRUE;
}

/* The report */

static void
print_row (const char        *what,
           EntenteBenchStats  stats,
           const char        *extra)
{
  g_print ("  %-52s %8.1f ms %8.1f ms %8.1f ms%s%s\n", what, stats.median, stats.min, stats.max,
           extra ? "   " : "", extra ? extra : "");
}

/* One line a goal or ratio, the columns aligned on characters, not bytes:
 * the labels have ≤, ÷ and ×. */
static void
print_ratio (const char *label,
             double      value,
             const char *verdict)
{
  glong pad = MAX (0, 58 - g_utf8_strlen (label, -1));

  g_print ("  %s:%*s %6.2f ×%s%s\n", label, (int) pad, "", value, verdict ? "   " : "", verdict ? verdict : "");
}

static void
print_report (const Bench *bench,
              guint        runs,
              guint        cli_runs)
{
  gsize total_size = bench->sizes[0] + bench->sizes[1] + bench->sizes[2];
  double ratio = bench->total.median / bench->load.median;
  g_autofree char *load_extra = g_strdup_printf ("%.1f MB/s of input", total_size / MB / (bench->load.median / 1000));
  g_autofree char *merge_extra = g_strdup_printf ("%u conflicts", bench->conflicts);

  g_print ("\nThree-way merge: a generated SLA and two copies edited in different places\n");
  g_print ("  BASE %.2f MB, OURS %.2f MB, THEIRS %.2f MB (%.2f MB in all; MB = 10^6 bytes);\n"
           "  BASE has %u personas and %u criteria\n",
           bench->sizes[0] / MB, bench->sizes[1] / MB, bench->sizes[2] / MB, total_size / MB,
           bench->base_personas, bench->base_criteria);
  g_print ("  OURS:   %u persona summaries rewritten, %u targets raised\n",
           g_hash_table_size (bench->ours_edits.summaries), g_hash_table_size (bench->ours_edits.counts));
  g_print ("  THEIRS: %u personas renamed, %u criteria given other points, 1 persona added\n",
           g_hash_table_size (bench->theirs_edits.names), g_hash_table_size (bench->theirs_edits.points));
  g_print ("  result: %u conflicts; %u of OURS's edits and %u of THEIRS's found, %u missing: %s\n",
           bench->conflicts, bench->found.ours, bench->found.theirs, bench->found.missing,
           bench->conflicts == 0 && bench->found.missing == 0 ? "OK" : "WRONG");
  g_print ("  entente-cli merge: exit %d, %u conflicts in its output, %s\n\n",
           bench->cli_status, bench->cli_conflicts,
           bench->cli_same ? "the same content as the merge here" : "DIFFERENT from the merge here");
  g_print ("  entente-cli merge OURS THEIRS: exit %d, %u conflicts in its output, %s\n\n",
           bench->copies_status, bench->copies_conflicts,
           bench->copies_same ? "the same content as the merge here" : "DIFFERENT from the merge here");

  g_print ("  %-52s %11s %11s %11s\n", "", "median", "min", "max");
  print_row ("(a) load BASE, OURS and THEIRS", bench->load, load_extra);
  print_row ("(b) entente_merge () of the three loaded", bench->merge, merge_extra);
  print_row ("    (a) + (b), run by run", bench->total, NULL);
  print_row ("    save the result, for information", bench->save, NULL);
  print_row ("    free the four documents, for information", bench->free_all, NULL);
  print_row ("(c) entente-cli merge BASE OURS THEIRS -o OUT (*)", bench->cli, NULL);
  print_row ("(d) entente-cli merge OURS THEIRS -o OUT (*)", bench->copies, NULL);
  g_print ("\n  (a), (b): %u runs after %u to warm up, in this process.\n", runs, WARM_UP_RUNS);
  g_print ("  (*) %u runs after %u to warm up (the first: %.1f ms), each a new process: the\n"
           "      wall time from posix_spawn () to waitpid (), with exec, loading, merging,\n"
           "      saving the result and freeing (here, (a) + (b) + save + free: %.1f ms).\n\n",
           cli_runs, WARM_UP_RUNS, bench->cli_first_ms,
           bench->total.median + bench->save.median + bench->free_all.median);

  print_ratio ("(load + merge) ÷ load, the goal's figure", ratio, NULL);
  print_ratio ("merge alone ÷ load", bench->merge.median / bench->load.median, NULL);
  print_ratio ("entente-cli merge process ÷ load, for information", bench->cli.median / bench->load.median, NULL);
  print_ratio ("two copies ÷ three files, (d) ÷ (c)", bench->copies.median / bench->cli.median, NULL);

  g_print ("\nGoal (on medians; merging includes reading the three documents):\n");
  {
    g_autofree char *label = g_strdup_printf ("merge of three ≤ %.0f × loading them: (a + b) ÷ a", GOAL_RATIO);

    print_ratio (label, ratio, entente_bench_met (ratio <= GOAL_RATIO));
  }
  {
    g_autofree char *label = g_strdup_printf ("two copies ≤ %.1f × three files: (d) ÷ (c)", GOAL_COPIES_RATIO);
    double copies_ratio = bench->copies.median / bench->cli.median;

    print_ratio (label, copies_ratio, entente_bench_met (copies_ratio <= GOAL_COPIES_RATIO));
  }
}

int
main (int    argc,
      char **argv)
{
  int runs = 5;
  int cli_runs = 5;
  int personas = 0;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Timed runs of load + merge in this process (default 5)", "N" },
    { "cli-runs", 'm', 0, G_OPTION_ARG_INT, &cli_runs, "Timed runs of entente-cli merge (default 5)", "N" },
    { "personas", 'p', 0, G_OPTION_ARG_INT, &personas, "Personas in the generated BASE (default 3900, about 10 MB)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(EntenteBenchTemporaryDir) tmpdir = NULL;
  g_autofree char *cli = NULL;
  Bench bench;

  setlocale (LC_ALL, "");
  memset (&bench, 0, sizeof bench);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Time a three-way merge of a generated SLA of about 10 MB and two copies\n"
                                "edited in different places: loading the three, entente_merge (), and\n"
                                "`entente-cli merge BASE OURS THEIRS -o OUT` as a whole process.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("entente-bench-merge: %s\n", error->message);
      return 2;
    }
  if (argc > 1 || runs < 1 || cli_runs < 1 || personas < 0)
    {
      g_printerr ("entente-bench-merge: takes no FILE; give --runs and --cli-runs of 1 or more, --personas of 0 or more.\n");
      return 2;
    }

  cli = entente_bench_find_cli (BENCH_CLI, argv[0]);
  if (cli == NULL)
    {
      g_printerr ("entente-bench-merge: no entente-cli at %s; build it first (ninja -C _build).\n", BENCH_CLI);
      return 1;
    }

  tmpdir = g_dir_make_tmp ("entente-bench-merge-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("entente-bench-merge: %s\n", error->message);
      return 1;
    }
  bench.tmpdir = tmpdir;
  /* The versions this run saves are kept here, where (d) finds BASE. */
  {
    g_autofree char *data = g_build_filename (tmpdir, "data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }

  g_print ("Generating BASE and editing OURS and THEIRS…\n");
  if (!prepare (&bench, (guint) personas, &error))
    {
      g_printerr ("entente-bench-merge: cannot make the three versions: %s\n", error->message);
      bench_clear (&bench);
      return 1;
    }

  g_print ("Timing load + merge: %u runs after %u to warm up…\n", (guint) runs, WARM_UP_RUNS);
  if (!measure_in_process (&bench, (guint) runs, &error))
    {
      g_printerr ("entente-bench-merge: %s\n", error->message);
      bench_clear (&bench);
      return 1;
    }

  g_print ("Timing entente-cli merge: %u runs after %u to warm up…\n", (guint) cli_runs, WARM_UP_RUNS);
  {
    char *three[] = { cli, (char *) "merge", bench.base, bench.ours, bench.theirs, (char *) "-o", bench.cli_out, NULL };
    char *two[] = { cli, (char *) "merge", bench.ours, bench.theirs, (char *) "-o", bench.copies_out, NULL };

    if (measure_cli (&bench, three, bench.cli_out, (guint) cli_runs, &bench.cli, &bench.cli_first_ms,
                     &bench.cli_status, &bench.cli_conflicts, &bench.cli_same, &error))
      {
        g_print ("Timing entente-cli merge OURS THEIRS: %u runs after %u to warm up…\n", (guint) cli_runs, WARM_UP_RUNS);
        measure_cli (&bench, two, bench.copies_out, (guint) cli_runs, &bench.copies, &bench.copies_first_ms,
                     &bench.copies_status, &bench.copies_conflicts, &bench.copies_same, &error);
      }
  }
  if (error != NULL)
    {
      g_printerr ("entente-bench-merge: %s\n", error->message);
      bench_clear (&bench);
      return 1;
    }

  print_report (&bench, (guint) runs, (guint) cli_runs);

  if (bench.conflicts > 0 || bench.found.missing > 0 || bench.cli_conflicts > 0 || !bench.cli_same ||
      bench.copies_conflicts > 0 || !bench.copies_same)
    {
      g_printerr ("entente-bench-merge: the merge of edits in different places is not clean, or lost some of them\n");
      bench_clear (&bench);
      return 1;
    }

  bench_clear (&bench);
  return 0;
}
