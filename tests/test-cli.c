/* test-cli.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "entente-test-util.h"

/* entente-cli as scripts and git hooks see it: exit statuses, and where
 * each message goes. */

static void
test_validate_examples (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *angkor = entente_test_example_path ("angkor-retail-km.entente");
  g_auto(EntenteTestRun) run = { 0 };

  entente_test_run_cli (&run, "validate", acme, angkor, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "acme-saas.entente: valid"));
}

static void
test_validate_reports_each_invalid_file (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *rate = entente_test_data_path ("bad/bad-rate.entente");
  g_autofree char *dtd = entente_test_data_path ("bad/external-entity.entente");
  g_autofree char *expected_rate = g_strdup_printf ("%s:116:37: ", rate);
  g_autofree char *expected_dtd = g_strdup_printf ("%s:2:1: ", dtd);
  g_auto(EntenteTestRun) run = { 0 };

  entente_test_run_cli (&run, "validate", "--quiet", rate, acme, dtd, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, expected_rate));
  g_assert_nonnull (strstr (run.err, expected_dtd));
}

static void
test_usage_errors (void)
{
  g_auto(EntenteTestRun) none = { 0 };
  g_auto(EntenteTestRun) no_file = { 0 };
  g_auto(EntenteTestRun) bad_option = { 0 };
  g_auto(EntenteTestRun) bad_verb = { 0 };
  g_auto(EntenteTestRun) missing = { 0 };

  entente_test_run_cli (&none, NULL, NULL);
  g_assert_cmpint (none.status, ==, 2);
  entente_test_run_cli (&no_file, "validate", NULL);
  g_assert_cmpint (no_file.status, ==, 2);
  entente_test_run_cli (&bad_option, "validate", "--frobnicate", "x.entente", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
  entente_test_run_cli (&bad_verb, "frobnicate", NULL);
  g_assert_cmpint (bad_verb.status, ==, 2);

  /* A file that is not there is invalid input, not a usage error. */
  entente_test_run_cli (&missing, "validate", "/nonexistent/x.entente", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_true (g_str_has_prefix (missing.err, "/nonexistent/x.entente: cannot be read: "));
}

static void
test_help_and_version (void)
{
  const char *verbs[] = { "validate", "normalize", "plan", "check", "funnel" };
  g_auto(EntenteTestRun) help = { 0 };
  g_auto(EntenteTestRun) version = { 0 };

  entente_test_run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "validate"));
  entente_test_run_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "entente-cli " PACKAGE_VERSION "\n");

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      g_auto(EntenteTestRun) verb_help = { 0 };
      g_auto(EntenteTestRun) verb_version = { 0 };

      entente_test_run_cli (&verb_help, verbs[i], "--help", NULL);
      g_assert_cmpint (verb_help.status, ==, 0);
      g_assert_nonnull (strstr (verb_help.out, verbs[i]));
      entente_test_run_cli (&verb_version, verbs[i], "--version", NULL);
      g_assert_cmpint (verb_version.status, ==, 0);
      g_assert_cmpstr (verb_version.out, ==, "entente-cli " PACKAGE_VERSION "\n");
    }
}

static void
test_normalize (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *bad = entente_test_data_path ("bad/bad-date.entente");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-cli-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "out.entente", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *bad_before = NULL;
  g_autofree char *bad_after = NULL;
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) again = { 0 };
  g_auto(EntenteTestRun) invalid = { 0 };

  g_assert_no_error (error);
  entente_test_run_cli (&run, "normalize", acme, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &first, NULL, NULL));
  g_assert_true (g_str_has_prefix (first, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));

  /* Normalizing the canonical file in place changes nothing. */
  entente_test_run_cli (&again, "normalize", out, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);

  /* An invalid file is reported and left alone. */
  g_assert_true (g_file_get_contents (bad, &bad_before, NULL, NULL));
  entente_test_run_cli (&invalid, "normalize", bad, NULL);
  g_assert_cmpint (invalid.status, ==, 1);
  g_assert_nonnull (strstr (invalid.err, ":11:5: "));
  g_assert_true (g_file_get_contents (bad, &bad_after, NULL, NULL));
  g_assert_cmpstr (bad_before, ==, bad_after);

  g_unlink (out);
  g_rmdir (dir);
}

static void
test_plan (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_auto(EntenteTestRun) table = { 0 };
  g_auto(EntenteTestRun) json = { 0 };

  entente_test_run_cli (&table, "plan", acme, NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, "lead                 2075"));

  entente_test_run_cli (&json, "plan", "--json", acme, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "{\"id\": \"mql\", \"needed\": 312, \"target\": 400, \"party\": \"marketing\", \"gap\": 88}"));
  g_assert_nonnull (strstr (json.out, "{\"id\": \"sal\", \"needed\": 187, \"target\": null, \"party\": null, \"gap\": null}"));
}

static void
test_check (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *angkor = entente_test_example_path ("angkor-retail-km.entente");
  g_autofree char *forward = entente_test_data_path ("recycle-forward.entente");
  g_auto(EntenteTestRun) clean = { 0 };
  g_auto(EntenteTestRun) warnings = { 0 };
  g_auto(EntenteTestRun) errors = { 0 };
  g_auto(EntenteTestRun) json = { 0 };

  entente_test_run_cli (&clean, "check", acme, NULL);
  g_assert_cmpint (clean.status, ==, 0);
  g_assert_cmpstr (clean.out, ==, "");

  /* Warnings alone pass. */
  entente_test_run_cli (&warnings, "check", angkor, NULL);
  g_assert_cmpint (warnings.status, ==, 0);
  g_assert_nonnull (strstr (warnings.out, ": warning: "));
  g_assert_nonnull (strstr (warnings.out, "[goal-below-plan, goals/mql]"));

  entente_test_run_cli (&errors, "check", forward, NULL);
  g_assert_cmpint (errors.status, ==, 1);
  g_assert_nonnull (strstr (errors.out, ": error: "));

  entente_test_run_cli (&json, "check", "--json", forward, NULL);
  g_assert_cmpint (json.status, ==, 1);
  g_assert_nonnull (strstr (json.out, "{\"code\": \"recycle-forward\", \"severity\": \"error\", \"section\": \"lead-management\", \"item\": \"mql\", \"message\": \""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/validate-examples", test_validate_examples);
  g_test_add_func ("/cli/validate-reports-each-invalid-file", test_validate_reports_each_invalid_file);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/help-and-version", test_help_and_version);
  g_test_add_func ("/cli/normalize", test_normalize);
  g_test_add_func ("/cli/plan", test_plan);
  g_test_add_func ("/cli/check", test_check);

  return g_test_run ();
}
