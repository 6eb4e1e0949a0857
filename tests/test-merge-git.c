/* test-merge-git.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* `entente-cli merge` as git runs it: a merge driver, `entente-cli merge
 * %O %A %B`, that writes the result over %A and answers 0 when clean and
 * non-zero with conflicts.  First the verb on its own, then a real git
 * repository in a temporary directory, with the driver configured the way
 * the README tells people to. */

/* A temporary directory, removed with all it holds. */
static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("entente-merge-git-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
write_document (const char      *dir,
                const char      *name,
                EntenteDocument *document)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  entente_document_save (document, file, NULL, &error);
  g_assert_no_error (error);

  return path;
}

static EntenteItem *
target (EntenteDocument *document,
        const char      *stage)
{
  GListModel *targets = entente_goals_get_targets (entente_document_get_goals (document));

  for (guint i = 0, n = g_list_model_get_n_items (targets); i < n; i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (targets, i);

      if (g_strcmp0 (entente_item_get_string (item, ENTENTE_TARGET_FIELD_STAGE), stage) == 0)
        return item;
    }

  g_assert_not_reached ();
  return NULL;
}

static EntenteItem *
persona (EntenteDocument *document,
         const char      *id)
{
  GListModel *personas = entente_document_get_personas (document);

  for (guint i = 0, n = g_list_model_get_n_items (personas); i < n; i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (personas, i);

      if (g_strcmp0 (entente_item_get_string (item, ENTENTE_PERSONA_FIELD_ID), id) == 0)
        return item;
    }

  g_assert_not_reached ();
  return NULL;
}

static void
set_count (const char *path,
           const char *stage,
           int         value)
{
  g_autoptr(EntenteDocument) document = entente_test_load_file (path);
  g_autoptr(GError) error = NULL;

  g_object_set (target (document, stage), "count", value, NULL);
  entente_document_save (document, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* The verb */

static void
test_cli_clean (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(EntenteDocument) base = entente_test_load_example ("acme-saas.entente");
  g_autofree char *base_path = write_document (dir, "base.entente", base);
  g_autofree char *ours_path = write_document (dir, "ours.entente", base);
  g_autofree char *theirs_path = write_document (dir, "theirs.entente", base);
  g_autoptr(EntenteDocument) merged = NULL;
  g_auto(EntenteTestRun) run = { 0 };

  set_count (ours_path, "mql", 450);
  set_count (theirs_path, "sql", 130);

  entente_test_run_cli (&run, "merge", base_path, ours_path, theirs_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");

  merged = entente_test_load_file (ours_path);
  g_assert_cmpint (entente_item_get_int (target (merged, "mql"), ENTENTE_TARGET_FIELD_COUNT), ==, 450);
  g_assert_cmpint (entente_item_get_int (target (merged, "sql"), ENTENTE_TARGET_FIELD_COUNT), ==, 130);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);

  entente_test_remove_tree (dir);
}

/* What entente-cli merge says of one conflict recorded in @name, written
 * to @written. */
static char *
recorded_message (const char *name,
                  const char *written)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%1$s: %2$u conflict recorded (above); resolve it with “entente-cli resolve %3$s ID --ours|--theirs|--base”.",
                                       "%1$s: %2$u conflicts recorded (above); resolve each with “entente-cli resolve %3$s ID --ours|--theirs|--base”.",
                                       1),
                          name, 1u, written);
}

static void
test_cli_conflict (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(EntenteDocument) base = entente_test_load_example ("acme-saas.entente");
  g_autofree char *base_path = write_document (dir, "base.entente", base);
  g_autofree char *ours_path = write_document (dir, "ours.entente", base);
  g_autofree char *theirs_path = write_document (dir, "theirs.entente", base);
  g_autofree char *out_path = g_build_filename (dir, "out.entente", NULL);
  g_autofree char *ours_before = NULL;
  g_autofree char *ours_after = NULL;
  g_autoptr(EntenteDocument) merged = NULL;
  g_auto(EntenteTestRun) run = { 0 };
  g_autofree char *message = recorded_message ("*out.entente", "*out.entente");
  g_auto(EntenteTestRun) listed = { 0 };
  g_autofree char *recorded = g_strconcat ("*", message, "*", NULL);

  set_count (ours_path, "mql", 450);
  set_count (theirs_path, "mql", 500);
  g_file_get_contents (ours_path, &ours_before, NULL, NULL);

  /* -o leaves OURS alone. */
  entente_test_run_cli (&run, "merge", base_path, ours_path, theirs_path, "-o", out_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  /* The conflict as `conflicts` lists it, in people's words. */
  entente_test_run_cli (&listed, "conflicts", out_path, NULL);
  g_assert_cmpint (listed.status, ==, 1);
  g_assert_cmpstr (run.out, ==, listed.out);
  g_assert_nonnull (strstr (run.out, "450"));
  g_assert_true (g_pattern_match_simple (recorded, run.err));
  g_file_get_contents (ours_path, &ours_after, NULL, NULL);
  g_assert_cmpstr (ours_before, ==, ours_after);

  merged = entente_test_load_file (out_path);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 1);
  g_assert_cmpint (entente_item_get_int (target (merged, "mql"), ENTENTE_TARGET_FIELD_COUNT), ==, 450);

  /* As git runs it, on temporary files: --name %P says which file. */
  {
    g_auto(EntenteTestRun) named = { 0 };
    g_autofree char *named_message = recorded_message ("agreements/acme.entente", "agreements/acme.entente");

    entente_test_run_cli (&named, "merge", "--name", "agreements/acme.entente",
                          base_path, ours_path, theirs_path, "-o", out_path, NULL);
    g_assert_cmpint (named.status, ==, 1);
    g_assert_nonnull (strstr (named.err, named_message));
  }

  entente_test_remove_tree (dir);
}

/* Usage mistakes and unreadable inputs exit with 2 and write nothing. */
static void
test_cli_bad_input (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(EntenteDocument) base = entente_test_load_example ("acme-saas.entente");
  g_autofree char *base_path = write_document (dir, "base.entente", base);
  g_autofree char *ours_path = write_document (dir, "ours.entente", base);
  g_autofree char *bad_path = g_build_filename (dir, "bad.entente", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.entente", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(EntenteTestRun) bad = { 0 };
  g_auto(EntenteTestRun) missing = { 0 };
  g_auto(EntenteTestRun) usage = { 0 };

  g_file_set_contents (bad_path, "<sla xmlns=\"urn:entente:sla:1\" format=\"1\"><meta>", -1, NULL);
  set_count (ours_path, "mql", 450);
  g_file_get_contents (ours_path, &before, NULL, NULL);

  entente_test_run_cli (&bad, "merge", base_path, ours_path, bad_path, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "bad.entente:1:"));
  entente_test_run_cli (&missing, "merge", missing_path, ours_path, base_path, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  entente_test_run_cli (&usage, "merge", ours_path, NULL);
  g_assert_cmpint (usage.status, ==, 2);

  g_file_get_contents (ours_path, &after, NULL, NULL);
  g_assert_cmpstr (before, ==, after);

  entente_test_remove_tree (dir);
}

/* Real git */

typedef struct
{
  char  *dir;
  char  *git;
  GStrv  env;
  char  *said;   /* what the last git run wrote, both streams */
} Repo;

static void
repo_clear (Repo *repo)
{
  if (repo->dir != NULL)
    entente_test_remove_tree (repo->dir);
  g_clear_pointer (&repo->dir, g_free);
  g_clear_pointer (&repo->git, g_free);
  g_clear_pointer (&repo->env, g_strfreev);
  g_clear_pointer (&repo->said, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Repo, repo_clear)

/* Runs git in the repository and returns its exit status; a fresh
 * machine has no identity and no default branch, so both are given. */
G_GNUC_NULL_TERMINATED
static int
git (Repo       *repo,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;
  va_list ap;
  static const char * const options[] = {
    "-c", "user.name=Entente Test",
    "-c", "user.email=test@entente.invalid",
    "-c", "init.defaultBranch=main",
    "-c", "commit.gpgSign=false",
  };

  g_ptr_array_add (argv, repo->git);
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    g_ptr_array_add (argv, (gpointer) options[i]);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (repo->dir, (char **) argv->pdata, repo->env, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("git %s: %s%s", first, out, err);
  g_free (repo->said);
  repo->said = g_strconcat (out, err, NULL);
  g_assert_true (WIFEXITED (wait_status));

  return WEXITSTATUS (wait_status);
}

static void
repo_init (Repo *repo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *attributes = NULL;
  g_autofree char *attributes_text = NULL;
  g_autoptr(EntenteDocument) acme = entente_test_load_example ("acme-saas.entente");
  g_autofree char *sla = NULL;

  repo->dir = make_tmp_dir ();
  repo->env = g_get_environ ();
  /* Nothing of the machine's or the user's git set-up applies. */
  repo->env = g_environ_setenv (repo->env, "HOME", repo->dir, TRUE);
  repo->env = g_environ_setenv (repo->env, "XDG_CONFIG_HOME", repo->dir, TRUE);
  repo->env = g_environ_setenv (repo->env, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  repo->env = g_environ_setenv (repo->env, "GIT_AUTHOR_NAME", "Entente Test", TRUE);
  repo->env = g_environ_setenv (repo->env, "GIT_AUTHOR_EMAIL", "test@entente.invalid", TRUE);
  repo->env = g_environ_setenv (repo->env, "GIT_COMMITTER_NAME", "Entente Test", TRUE);
  repo->env = g_environ_setenv (repo->env, "GIT_COMMITTER_EMAIL", "test@entente.invalid", TRUE);
  repo->env = g_environ_unsetenv (repo->env, "GIT_DIR");
  repo->env = g_environ_unsetenv (repo->env, "GIT_WORK_TREE");
  repo->env = g_environ_unsetenv (repo->env, "GIT_INDEX_FILE");

  g_assert_cmpint (git (repo, "init", "-q", NULL), ==, 0);

  /* As a person sets a clone up: entente-cli git-setup, twice to show
   * that the second time changes nothing. */
  for (guint i = 0; i < 2; i++)
    {
      g_auto(EntenteTestRun) setup = { 0 };

      entente_test_run_cli (&setup, "git-setup", repo->dir, NULL);
      g_assert_cmpint (setup.status, ==, 0);
      g_assert_cmpstr (setup.err, ==, "");
    }
  attributes = g_build_filename (repo->dir, ".gitattributes", NULL);
  g_file_get_contents (attributes, &attributes_text, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (attributes_text, ==, "*.entente merge=entente diff=entente\n");

  sla = write_document (repo->dir, "sla.entente", acme);
  g_assert_cmpint (git (repo, "add", ".gitattributes", "sla.entente", NULL), ==, 0);
  g_assert_cmpint (git (repo, "commit", "-q", "-m", "Acme SLA", NULL), ==, 0);
}

static char *
repo_sla (Repo *repo)
{
  return g_build_filename (repo->dir, "sla.entente", NULL);
}

/* Edits sla.entente on a new branch from main and commits it. */
static void
repo_branch (Repo        *repo,
             const char  *branch,
             void       (*edit) (EntenteDocument *document))
{
  g_autofree char *path = repo_sla (repo);
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (git (repo, "checkout", "-q", "-b", branch, "main", NULL), ==, 0);
  document = entente_test_load_file (path);
  edit (document);
  entente_document_save (document, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (git (repo, "commit", "-q", "-a", "-m", branch, NULL), ==, 0);
}

static void
edit_personas (EntenteDocument *document)
{
  g_object_set (persona (document, "it-ian"), "name", "IT Ivan", NULL);
}

static void
edit_persona_summary (EntenteDocument *document)
{
  /* The line right below the name: git's own merge would stop here. */
  g_object_set (persona (document, "it-ian"), "summary", "Signs off on security.", NULL);
}

static void
edit_goals (EntenteDocument *document)
{
  g_object_set (entente_document_get_goals (document), "revenue", 300000.0, NULL);
}

static void
edit_mql_450 (EntenteDocument *document)
{
  g_object_set (target (document, "mql"), "count", 450, NULL);
}

static void
edit_mql_500 (EntenteDocument *document)
{
  g_object_set (target (document, "mql"), "count", 500, NULL);
}

static gboolean
have_git (Repo *repo)
{
  repo->git = g_strdup (entente_test_find_tool ("git"));

  return repo->git != NULL;
}

static void
test_git_clean (void)
{
  g_auto(Repo) repo = { 0 };
  g_autoptr(EntenteDocument) merged = NULL;
  g_autofree char *path = NULL;

  if (!have_git (&repo))
    return;
  repo_init (&repo);
  path = repo_sla (&repo);

  repo_branch (&repo, "personas", edit_personas);
  repo_branch (&repo, "goals", edit_goals);
  repo_branch (&repo, "summary", edit_persona_summary);

  g_assert_cmpint (git (&repo, "checkout", "-q", "personas", NULL), ==, 0);
  g_assert_cmpint (git (&repo, "merge", "--no-edit", "goals", NULL), ==, 0);
  g_assert_cmpint (git (&repo, "merge", "--no-edit", "summary", NULL), ==, 0);

  merged = entente_test_load_file (path);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 0);
  g_assert_cmpstr (entente_item_get_string (persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_NAME), ==, "IT Ivan");
  g_assert_cmpstr (entente_item_get_string (persona (merged, "it-ian"), ENTENTE_PERSONA_FIELD_SUMMARY),
                   ==, "Signs off on security.");
  g_assert_cmpfloat (entente_goals_get_revenue (entente_document_get_goals (merged)), ==, 300000.0);
}

static void
test_git_conflict (void)
{
  g_auto(Repo) repo = { 0 };
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteConflict) conflict = NULL;
  g_autofree char *path = NULL;

  if (!have_git (&repo))
    return;
  repo_init (&repo);
  path = repo_sla (&repo);

  repo_branch (&repo, "mql-450", edit_mql_450);
  repo_branch (&repo, "mql-500", edit_mql_500);

  g_assert_cmpint (git (&repo, "checkout", "-q", "mql-450", NULL), ==, 0);
  g_assert_cmpint (git (&repo, "merge", "--no-edit", "mql-500", NULL), !=, 0);

  /* What the driver says names the file, not git's temporary copy. */
  {
    g_autofree char *message = recorded_message ("sla.entente", "sla.entente");

    g_assert_nonnull (strstr (repo.said, message));
    g_assert_null (strstr (repo.said, ".merge_file"));
  }

  /* No conflict markers: the working file is an SLA that says what is
   * in conflict. */
  merged = entente_test_load_file (path);
  g_assert_cmpuint (entente_document_get_n_conflicts (merged), ==, 1);
  conflict = g_list_model_get_item (entente_document_get_conflicts (merged), 0);
  g_assert_cmpstr (entente_conflict_get_path (conflict), ==, "goals/targets[mql]/count");
  g_assert_cmpint (entente_item_get_int (target (merged, "mql"), ENTENTE_TARGET_FIELD_COUNT), ==, 450);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge-cli/clean", test_cli_clean);
  g_test_add_func ("/merge-cli/conflict", test_cli_conflict);
  g_test_add_func ("/merge-cli/bad-input", test_cli_bad_input);
  g_test_add_func ("/merge-git/clean", test_git_clean);
  g_test_add_func ("/merge-git/conflict", test_git_conflict);

  return g_test_run ();
}
