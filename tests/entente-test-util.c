/* entente-test-util.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

#include "entente-test-util.h"

gboolean
entente_test_under_valgrind (void)
{
  return g_strcmp0 (g_getenv ("ENTENTE_TEST_UNDER_VALGRIND"), "1") == 0;
}

guint
entente_test_slowdown (void)
{
#ifdef ENTENTE_TEST_UNDER_ASAN
  return 10;
#else
  /* Memcheck runs the loader some thirty to fifty times slower. */
  return entente_test_under_valgrind () ? 50 : 1;
#endif
}

gboolean
entente_test_locale_is_c (void)
{
  /* What the test setups set; the tests do not all call setlocale(). */
  const char *locale = g_getenv ("LC_ALL");

  return locale == NULL || locale[0] == '\0' || g_str_has_prefix (locale, "C.") || g_str_equal (locale, "C");
}

gint64
entente_test_cpu_time_usec (void)
{
  struct timespec now;

  g_assert_cmpint (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now), ==, 0);

  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

char *
entente_test_example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
}

char *
entente_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

GBytes *
entente_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/* The SLA at @path, which must load. */
EntenteDocument *
entente_test_load_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EntenteDocument *document;

  document = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

EntenteDocument *
entente_test_load_example (const char *name)
{
  g_autofree char *path = entente_test_example_path (name);

  return entente_test_load_file (path);
}

void
entente_test_run_clear (EntenteTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Fails the test unless @argv could be run and exited by itself: a crash
 * is never an exit status a test expects. */
void
entente_test_run_program (EntenteTestRun     *run,
                          const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static void
run_cli_va (EntenteTestRun *run,
            const char     *locale,
            const char     *first,
            va_list         ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(GStrv) envp = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (args, (gpointer) g_getenv ("ENTENTE_CLI"));
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  g_ptr_array_add (args, NULL);

  if (locale == NULL)
    {
      entente_test_run_program (run, (const char * const *) args->pdata);
      return;
    }

  envp = g_get_environ ();
  envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "", TRUE);
  g_spawn_sync (NULL, (char **) args->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* $ENTENTE_CLI, which meson sets to the entente-cli just built, with the
 * arguments given, up to a NULL. */
void
entente_test_run_cli (EntenteTestRun *run,
                      const char     *first,
                      ...)
{
  va_list ap;

  va_start (ap, first);
  run_cli_va (run, NULL, first, ap);
  va_end (ap);
}

/* The same in @locale ("de_DE.UTF-8"), whatever the test's own. */
void
entente_test_run_cli_in_locale (EntenteTestRun *run,
                                const char     *locale,
                                const char     *first,
                                ...)
{
  va_list ap;

  va_start (ap, first);
  run_cli_va (run, locale, first, ap);
  va_end (ap);
}

/* Whether @locale is installed (build-aux/install-deps generates the
 * ones the tests use). */
gboolean
entente_test_has_locale (const char *locale)
{
  locale_t loc = newlocale (LC_ALL_MASK, locale, (locale_t) 0);

  if (loc == (locale_t) 0)
    return FALSE;
  freelocale (loc);
  return TRUE;
}

/* A skipped test still reads "OK" in meson's summary: where a machine is
 * set up to run everything (CI=true), what is missing is a fault of the
 * machine and must show as one. */
void
entente_test_skip_missing (const char *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list ap;

  va_start (ap, format);
  message = g_strdup_vprintf (format, ap);
  va_end (ap);

  if (g_strcmp0 (g_getenv ("CI"), "true") != 0)
    g_test_skip (message);
  else if (*g_test_get_path () != '\0')
    g_test_fail_printf ("%s, which CI=true requires", message);
  else
    /* Outside any test case, as before g_test_run(), a failure would go
     * unreported. */
    g_error ("%s, which CI=true requires", message);
}

/* Looked up when the test runs, not when meson configured the build:
 * a build folder set up before build-aux/install-deps installed a tool
 * would otherwise skip its tests for good.  Kept in the environment, so
 * that helpers reading $VARIABLE find it too. */
const char *
entente_test_find_tool (const char *program)
{
  g_autofree char *variable = g_ascii_strup (program, -1);
  const char *path = g_getenv (variable);
  g_autofree char *found = NULL;

  if (path != NULL && *path != '\0')
    return path;

  found = g_find_program_in_path (program);
  if (found == NULL)
    {
      entente_test_skip_missing ("%s is not installed", program);
      return NULL;
    }
  g_setenv (variable, found, TRUE);

  return g_getenv (variable);
}

EntenteItem *
entente_test_nth (EntenteItem *parent,
                  guint        list_field,
                  guint        position)
{
  g_autoptr(EntenteItem) item = g_list_model_get_item (entente_item_get_list (parent, list_field), position);

  g_assert_nonnull (item);
  return item; /* the list keeps it */
}

guint
entente_test_count (EntenteItem *parent,
                    guint        list_field)
{
  return g_list_model_get_n_items (entente_item_get_list (parent, list_field));
}

/* The position in a keyed list of the item whose key (its first field) is
 * @key, or -1. */
int
entente_test_position (EntenteItem *parent,
                       guint        list_field,
                       const char  *key)
{
  for (guint i = 0; i < entente_test_count (parent, list_field); i++)
    if (g_strcmp0 (entente_item_get_string (entente_test_nth (parent, list_field, i), 0), key) == 0)
      return (int) i;

  return -1;
}

/* The item of a keyed list whose key (its first field) is @key. */
EntenteItem *
entente_test_find (EntenteItem *parent,
                   guint        list_field,
                   const char  *key)
{
  int i = entente_test_position (parent, list_field, key);

  return i >= 0 ? entente_test_nth (parent, list_field, (guint) i) : NULL;
}

EntenteItem *
entente_test_goals (EntenteDocument *document)
{
  return ENTENTE_ITEM (entente_document_get_goals (document));
}

EntenteItem *
entente_test_target (EntenteDocument *document,
                     const char      *stage)
{
  return entente_test_find (entente_test_goals (document), ENTENTE_GOALS_FIELD_TARGETS, stage);
}

EntenteItem *
entente_test_persona (EntenteDocument *document,
                      const char      *id)
{
  return entente_test_find (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, id);
}

EntenteConflict *
entente_test_conflict (EntenteDocument *document,
                       guint            i)
{
  return ENTENTE_CONFLICT (entente_test_nth (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_CONFLICTS, i));
}

void
entente_test_add_persona (EntenteDocument *document,
                          const char      *id,
                          const char      *name)
{
  g_autoptr(EntenteItem) item = ENTENTE_ITEM (entente_persona_new ());

  g_object_set (item, "id", id, "name", name, NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, item);
}

/* What a colleague changes in the scenarios of merges: the revenue goal
 * raised to 300000, 20 customers a month. */
void
entente_test_raise_goals (EntenteDocument *document)
{
  entente_item_set_double (entente_test_goals (document), ENTENTE_GOALS_FIELD_REVENUE, 300000);
  g_object_set (entente_test_target (document, "customer"), "count", 20, NULL);
}

void
entente_test_remove_persona (EntenteDocument *document,
                             const char      *id)
{
  int i = entente_test_position (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, id);

  g_assert_cmpint (i, >=, 0);
  entente_item_remove (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, (guint) i);
}

/* Sets the list of strings @property of @item to the arguments, up to a
 * NULL. */
void
entente_test_set_strv (EntenteItem *item,
                       const char  *property,
                       const char  *first,
                       ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  va_list ap;

  va_start (ap, first);
  for (const char *s = first; s != NULL; s = va_arg (ap, const char *))
    g_strv_builder_add (builder, s);
  va_end (ap);

  strv = g_strv_builder_end (builder);
  g_object_set (item, property, strv, NULL);
}

/* @expected: the list's strings joined by "|" */
void
entente_test_assert_strv (EntenteItem *item,
                          guint        field,
                          const char  *expected)
{
  g_autofree char *joined = g_strjoinv ("|", (char **) entente_item_get_strv (item, field));

  g_assert_cmpstr (joined, ==, expected);
}

EntenteDocument *
entente_test_reload (EntenteDocument *document)
{
  g_autoptr(GBytes) bytes = entente_document_serialize (document);
  g_autoptr(GError) error = NULL;
  EntenteDocument *again = entente_document_new_from_bytes (bytes, "merged.entente", &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);

  return again;
}

void
entente_test_assert_schema_accepts (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "entente.rng", NULL);
  const char *argv[] = { g_getenv ("XMLLINT"), "--noout", "--relaxng", schema, path, NULL };
  int wait_status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
}

EntenteDocument *
entente_test_save_and_load (EntenteDocument  *document,
                            const char       *name,
                            char            **contents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  EntenteDocument *loaded;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  file = g_file_new_for_path (path);

  entente_document_save (document, file, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, contents, NULL, &error);
  g_assert_no_error (error);
  entente_test_assert_schema_accepts (path);

  loaded = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  g_unlink (path);
  g_rmdir (dir);

  return loaded;
}

void
entente_test_merge_fixture_set_up (EntenteTestMergeFixture *f,
                                   gconstpointer            data)
{
  f->base = entente_test_load_example ("acme-saas.entente");
  f->ours = entente_test_load_example ("acme-saas.entente");
  f->theirs = entente_test_load_example ("acme-saas.entente");
}

void
entente_test_merge_fixture_tear_down (EntenteTestMergeFixture *f,
                                      gconstpointer            data)
{
  g_clear_object (&f->base);
  g_clear_object (&f->ours);
  g_clear_object (&f->theirs);
}

/* Merges the three sides, which must succeed with @expected conflicts. */
EntenteDocument *
entente_test_merge_fixture_merge (EntenteTestMergeFixture *f,
                                  guint                    expected)
{
  g_autoptr(GError) error = NULL;
  EntenteDocument *merged;
  guint n_conflicts = G_MAXUINT;

  merged = entente_merge (f->base, f->ours, f->theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merged);
  g_assert_cmpuint (n_conflicts, ==, expected);

  return merged;
}

/* A stage "demo" on all three sides, deleted by ours, and a target for it
 * newly added by theirs. */
void
entente_test_merge_fixture_reference_deleted_stage (EntenteTestMergeFixture *f)
{
  EntenteDocument *sides[] = { f->base, f->ours, f->theirs };
  g_autoptr(EntenteItem) demo_target = ENTENTE_ITEM (entente_target_new ());

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      g_autoptr(EntenteItem) demo = ENTENTE_ITEM (entente_stage_new ());

      g_object_set (demo, "id", "demo", "name", "Demo booked", NULL);
      entente_item_insert (ENTENTE_ITEM (sides[i]), ENTENTE_DOCUMENT_FIELD_STAGES, 4, demo);
    }
  entente_item_remove (ENTENTE_ITEM (f->ours), ENTENTE_DOCUMENT_FIELD_STAGES, 4);
  g_object_set (demo_target, "stage", "demo", "count", 60, "party", "sdr", NULL);
  entente_item_append (entente_test_goals (f->theirs), ENTENTE_GOALS_FIELD_TARGETS, demo_target);
}

static const EntenteTestConflictCase conflict_cases[] = {
  [ENTENTE_TEST_CONFLICT_SCALAR] = { "scalar", "goals/targets[mql]/count", TRUE, ENTENTE_GOALS_FIELD_TARGETS, "mql" },
  [ENTENTE_TEST_CONFLICT_STRING_LIST] = { "string-list", "personas[it-ian]/job-titles", FALSE, ENTENTE_DOCUMENT_FIELD_PERSONAS, "it-ian" },
  [ENTENTE_TEST_CONFLICT_KEYLESS] = { "keyless", "protocols[mql]/escalation", FALSE, ENTENTE_DOCUMENT_FIELD_PROTOCOLS, "mql" },
  [ENTENTE_TEST_CONFLICT_KEYLESS_OURS_EMPTY] = { "keyless-ours-empty", "protocols[mql]/escalation", FALSE, ENTENTE_DOCUMENT_FIELD_PROTOCOLS, "mql" },
  [ENTENTE_TEST_CONFLICT_ADD_ADD] = { "add-add", "personas[finance-fiona]", FALSE, ENTENTE_DOCUMENT_FIELD_PERSONAS, "finance-fiona" },
  [ENTENTE_TEST_CONFLICT_DELETE_EDIT] = { "delete-edit", "personas[it-ian]", FALSE, ENTENTE_DOCUMENT_FIELD_PERSONAS, "it-ian" },
  [ENTENTE_TEST_CONFLICT_EDIT_DELETE] = { "edit-delete", "personas[it-ian]", FALSE, ENTENTE_DOCUMENT_FIELD_PERSONAS, "it-ian" },
  [ENTENTE_TEST_CONFLICT_RESTORED] = { "restored", "stages[demo]", FALSE, ENTENTE_DOCUMENT_FIELD_STAGES, "demo" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (conflict_cases) == ENTENTE_TEST_N_CONFLICT_KINDS);

const EntenteTestConflictCase *
entente_test_conflict_case (EntenteTestConflictKind kind)
{
  g_assert_cmpuint (kind, <, ENTENTE_TEST_N_CONFLICT_KINDS);

  return &conflict_cases[kind];
}

/* The item a conflict of @kind is about in @document, or NULL. */
EntenteItem *
entente_test_conflict_subject (EntenteTestConflictKind  kind,
                               EntenteDocument         *document)
{
  const EntenteTestConflictCase *c = entente_test_conflict_case (kind);

  return entente_test_find (c->in_goals ? entente_test_goals (document) : ENTENTE_ITEM (document),
                            c->list_field, c->key);
}

static EntenteItem *
mql_step (EntenteDocument *document,
          guint            position)
{
  return entente_test_nth (entente_test_conflict_subject (ENTENTE_TEST_CONFLICT_KEYLESS, document),
                           ENTENTE_PROTOCOL_FIELD_ESCALATION, position);
}

void
entente_test_merge_fixture_make_conflict (EntenteTestMergeFixture *f,
                                          EntenteTestConflictKind  kind)
{
  g_autoptr(EntenteItem) step = NULL;
  g_autoptr(EntenteDuration) week = NULL;

  switch (kind)
    {
    case ENTENTE_TEST_CONFLICT_SCALAR:
      g_object_set (entente_test_target (f->ours, "mql"), "count", 500, NULL);
      g_object_set (entente_test_target (f->theirs, "mql"), "count", 450, NULL);
      break;

    case ENTENTE_TEST_CONFLICT_STRING_LIST:
      entente_test_set_strv (entente_test_persona (f->ours, "it-ian"), "job-titles", "IT Manager", "Head of IT Operations", NULL);
      entente_test_set_strv (entente_test_persona (f->theirs, "it-ian"), "job-titles", "IT Manager", "Director of IT", "CIO", NULL);
      break;

    case ENTENTE_TEST_CONFLICT_KEYLESS:
      g_object_set (mql_step (f->ours, 0), "to", "CRO", NULL);
      g_object_set (mql_step (f->theirs, 0), "to", "CEO", NULL);
      step = ENTENTE_ITEM (entente_escalation_step_new ());
      week = entente_duration_parse ("P7D");
      g_object_set (step, "after", week, "to", "Board", NULL);
      entente_item_insert (entente_test_conflict_subject (ENTENTE_TEST_CONFLICT_KEYLESS, f->theirs), ENTENTE_PROTOCOL_FIELD_ESCALATION, 1, step);
      break;

    case ENTENTE_TEST_CONFLICT_KEYLESS_OURS_EMPTY:
      entente_item_remove (entente_test_conflict_subject (ENTENTE_TEST_CONFLICT_KEYLESS, f->ours), ENTENTE_PROTOCOL_FIELD_ESCALATION, 0);
      g_object_set (mql_step (f->theirs, 0), "to", "CEO", NULL);
      break;

    case ENTENTE_TEST_CONFLICT_ADD_ADD:
      entente_test_add_persona (f->ours, "finance-fiona", "Finance Fiona");
      entente_test_add_persona (f->theirs, "finance-fiona", "Fiona from Finance");
      entente_test_set_strv (entente_test_persona (f->theirs, "finance-fiona"), "job-titles", "CFO", "Finance Director", NULL);
      break;

    case ENTENTE_TEST_CONFLICT_DELETE_EDIT:
      entente_test_remove_persona (f->ours, "it-ian");
      g_object_set (entente_test_persona (f->theirs, "it-ian"), "summary", "Signs off on security.", NULL);
      break;

    case ENTENTE_TEST_CONFLICT_EDIT_DELETE:
      g_object_set (entente_test_persona (f->ours, "it-ian"), "summary", "Signs off on security.", NULL);
      entente_test_remove_persona (f->theirs, "it-ian");
      break;

    case ENTENTE_TEST_CONFLICT_RESTORED:
      entente_test_merge_fixture_reference_deleted_stage (f);
      break;

    case ENTENTE_TEST_N_CONFLICT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

void
entente_test_scratch_init (EntenteTestScratch *scratch)
{
  g_autoptr(GError) error = NULL;

  scratch->path = g_dir_make_tmp ("entente-test-XXXXXX", &error);
  g_assert_no_error (error);
}

char *
entente_test_scratch_file (EntenteTestScratch *scratch,
                           const char         *name)
{
  return g_build_filename (scratch->path, name, NULL);
}

void
entente_test_scratch_clear (EntenteTestScratch *scratch)
{
  if (scratch->path == NULL)
    return;

  entente_test_remove_tree (scratch->path);
  g_clear_pointer (&scratch->path, g_free);
}

/**
 * entente_test_remove_tree:
 *
 * Removes @path and, if it is a folder, what it holds, even where a test
 * made it read-only; links are removed, never followed.
 */
void
entente_test_remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          entente_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * entente_test_list_folder:
 *
 * Returns: the names in the folder @path, hidden ones too, sorted and
 *   joined by "|": a failed save must leave it as it was, without a
 *   temporary file
 */
char *
entente_test_list_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("|", (char **) names->pdata);
}

/* Whether @text holds Khmer letters: what a Khmer translation puts
 * where the English was. */
gboolean
entente_test_is_khmer (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x1780 && c <= 0x17FF)
        return TRUE;
    }

  return FALSE;
}

/* @format, a message of the catalogue as the code passes it to printf,
 * with each conversion replaced by the text in @args at its place (the
 * next one, or the one that "%2$s" names), or by "*" where @args has
 * NULL or no more: a GPattern for the message.  Give it the translation
 * (_("…")), so that a test of a message holds in every language:
 * "Could not save “%s”: %s" with { "*.pdf" } becomes
 * "Could not save “*.pdf”: *". */
char *
entente_test_fill (const char         *format,
                   const char * const *args,
                   guint               n_args)
{
  GString *out = g_string_new (NULL);
  guint next = 0;

  for (const char *p = format; *p != '\0'; p++)
    {
      const char *start;
      guint index;

      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      if (p[1] == '%')
        {
          g_string_append_c (out, '%');
          p++;
          continue;
        }

      /* "%2$s" takes the second; otherwise the next in turn. */
      p++;
      start = p;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == '$' && p > start)
        {
          index = (guint) g_ascii_strtoull (start, NULL, 10) - 1;
          p++;
        }
      else
        {
          p = start;
          index = next++;
        }
      /* Flags, width, precision and length, up to the letter. */
      while (*p != '\0' && strchr ("0123456789#-+ '.*hlLqjzt", *p) != NULL)
        p++;
      if (*p == '\0')
        break;
      g_string_append (out, index < n_args && args[index] != NULL ? args[index] : "*");
    }

  return g_string_free (out, FALSE);
}

/* @format with "*" for every value. */
char *
entente_test_pattern (const char *format)
{
  return entente_test_fill (format, NULL, 0);
}

/**
 * entente_test_signing_key:
 *
 * The same key in every run, as a person's own is from one day to the
 * next: the known keys a run leaves in the test's data folder then still
 * hold for the next run.  A test key, worthless anywhere else.
 *
 * Returns: (transfer none): the test person's key
 */
EntenteSigningKey *
entente_test_signing_key (void)
{
  static EntenteSigningKey *key;

  if (key == NULL)
    {
      g_autoptr(GError) error = NULL;

      key = entente_signing_key_new_from_text ("ed25519:aosFtblAJqwi0XmMUIP82kgv1cT1qU6hirygxSaXs4w=:"
                                               "OB1/KS15SJbgaQb2WnFdRgN+W3VpiH2AwNTC5QSW1OE=", &error);
      g_assert_no_error (error);
    }

  return key;
}

/**
 * entente_test_sign_three_ways:
 * @document: acme-saas, as loaded
 *
 * Three sign-offs, each in its own state: Dana's for Marketing,
 * outdated by a later change to a target; Priya's for Sales, tampered
 * with (“Pat Morgan” under her signature), invalid; Luis' for Sales
 * Development, valid.
 */
void
entente_test_sign_three_ways (EntenteDocument *document)
{
  g_autoptr(EntenteTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  EntenteApproval *approval;

  g_assert_nonnull (entente_document_approve (document, "marketing", "Dana Whitfield", "VP Marketing",
                                              entente_test_signing_key (), &error));
  g_assert_no_error (error);
  target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (document)), 0);
  g_object_set (target, "count", entente_target_get_count (target) + 50, NULL);
  approval = entente_document_approve (document, "sales", "Priya Raman", "VP Sales", entente_test_signing_key (), &error);
  g_assert_no_error (error);
  g_object_set (approval, "signer", "Pat Morgan", NULL);
  g_assert_nonnull (entente_document_approve (document, "sdr", "Luis Ortega", "SDR Manager",
                                              entente_test_signing_key (), &error));
  g_assert_no_error (error);

  g_assert_cmpint (entente_document_get_sign_off_state (document, "marketing", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);
  g_assert_cmpint (entente_document_get_sign_off_state (document, "sales", NULL), ==, ENTENTE_SIGN_OFF_INVALID);
  g_assert_cmpint (entente_document_get_sign_off_state (document, "sdr", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
}

EntenteActualsStage *
entente_test_report_stage (EntenteActualsReport *report,
                           const char           *stage_id)
{
  return entente_test_report_stage_in (report->stages, stage_id);
}

/* The stage of @stage_id among @stages, a report's or one month's. */
EntenteActualsStage *
entente_test_report_stage_in (GPtrArray  *stages,
                              const char *stage_id)
{
  for (guint i = 0; i < stages->len; i++)
    {
      EntenteActualsStage *row = g_ptr_array_index (stages, i);

      if (g_str_equal (row->stage_id, stage_id))
        return row;
    }
  g_assert_not_reached ();
}

EntenteActualsProtocol *
entente_test_report_protocol (EntenteActualsReport *report,
                              const char           *stage_id)
{
  for (guint i = 0; i < report->protocols->len; i++)
    {
      EntenteActualsProtocol *row = g_ptr_array_index (report->protocols, i);

      if (g_str_equal (row->stage_id, stage_id))
        return row;
    }
  g_assert_not_reached ();
}
