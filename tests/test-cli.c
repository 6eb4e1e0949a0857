/* test-cli.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entente-core.h"
#include "entente-test-json.h"
#include "entente-test-util.h"

/* entente-cli as scripts and git hooks see it: exit statuses, and where
 * each message goes. */

static void
test_validate_examples (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *angkor = entente_test_example_path ("angkor-retail-km.entente");
  g_autofree char *valid = g_strdup_printf (_("%s: valid"), acme);
  g_auto(EntenteTestRun) run = { 0 };

  entente_test_run_cli (&run, "validate", acme, angkor, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, valid));
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
  g_autofree char *unreadable = g_strdup_printf (_("%s: cannot be read: %s"), "/nonexistent/x.entente", "*");

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
  g_assert_true (g_pattern_match_simple (unreadable, missing.err));
}

/* Under `ulimit -v`, exporting works in far less than it reserved before
 * (Pango's thread failed to start under 200 MB and aborted), and below
 * what setting text needs, the CLI says so instead of aborting. */
static void
run_limited (guint64      kilobytes,
             const char  *out,
             int         *status,
             char       **err)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autofree char *script = g_strdup_printf ("ulimit -v %" G_GUINT64_FORMAT " && exec \"$0\" \"$@\"", kilobytes);
  const char *argv[] = { "/bin/sh", "-c", script, g_getenv ("ENTENTE_CLI"), "export", example, "-o", out, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err, &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
}

static void
test_address_space_limit (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *out = NULL;
  g_autofree char *too_little = NULL;
  g_autofree char *enough = NULL;
  g_autofree char *sentence = entente_test_pattern (_("The address space is limited to %s (ulimit -v); setting text needs at least %s."));
  g_autofree char *pattern = g_strconcat ("*", sentence, "*", NULL);
  /* Under 80 MB the locale's archive cannot be mapped, so the sentence
   * may come in English whatever the locale.  (Under 70 MB the program
   * does not start at all: libical, for the review's calendar, brings
   * ICU's 31 MB of data with it.) */
  g_autofree char *english = entente_test_pattern ("The address space is limited to %s (ulimit -v); setting text needs at least %s.");
  g_autofree char *english_pattern = g_strconcat ("*", english, "*", NULL);
  int status;

#ifdef ENTENTE_TEST_UNDER_ASAN
  g_test_skip ("AddressSanitizer reserves terabytes of address space");
  return;
#endif
  if (g_strrstr (g_getenv ("LD_PRELOAD") ? g_getenv ("LD_PRELOAD") : "", "vgpreload") != NULL)
    {
      g_test_skip ("valgrind needs more address space than the limits tried");
      return;
    }

  entente_test_scratch_init (&scratch);
  out = entente_test_scratch_file (&scratch, "out.pdf");

  run_limited (80 * 1000, out, &status, &too_little);
  g_assert_cmpint (status, ==, 1);
  if (!g_pattern_match_simple (pattern, too_little) && !g_pattern_match_simple (english_pattern, too_little))
    g_error ("said “%s”", too_little);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  for (guint i = 0; i < 3; i++)
    {
      g_clear_pointer (&enough, g_free);
      run_limited (120 * 1000, out, &status, &enough);
      if (status != 0)
        g_error ("under 120 MB: status %d, “%s”", status, enough);
      g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
    }
}

/* A folder, a FIFO and a 5 GB file named as an agreement: each is said to
 * be what it is, at once, and every verb that reads one says so. */
static void
test_unreadable_kinds (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *fifo = NULL;
  g_autofree char *big = NULL;
  g_autofree char *out = NULL;
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  const char *verbs[] = { "validate", "check", "approve", "export", "diff" };
  int fd;

  entente_test_scratch_init (&scratch);
  fifo = entente_test_scratch_file (&scratch, "pipe.entente");
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  big = entente_test_scratch_file (&scratch, "big.entente");
  fd = g_open (big, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 5 * 1000 * 1000 * 1000), ==, 0);
  close (fd);
  out = entente_test_scratch_file (&scratch, "out.pdf");

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      const char *paths[] = { scratch.path, fifo, big };

      for (guint j = 0; j < G_N_ELEMENTS (paths); j++)
        {
          g_auto(EntenteTestRun) run = { 0 };
          g_autofree char *said = g_strdup_printf (_("%s: cannot be read: %s"), paths[j], "*");

          if (g_str_equal (verbs[i], "approve"))
            entente_test_run_cli (&run, verbs[i], paths[j], "--party", "sales", "--signer", "Priya Raman", NULL);
          else if (g_str_equal (verbs[i], "export"))
            entente_test_run_cli (&run, verbs[i], paths[j], "-o", out, NULL);
          else if (g_str_equal (verbs[i], "diff"))
            entente_test_run_cli (&run, verbs[i], example, paths[j], NULL);
          else
            entente_test_run_cli (&run, verbs[i], paths[j], NULL);
          g_assert_cmpint (run.status, >=, 1);
          if (!g_pattern_match_simple (said, g_strstrip (run.err)))
            g_error ("%s %s: said “%s”", verbs[i], paths[j], run.err);
        }
    }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* A sign-off refused anyway (no such file, no such party) makes no key:
 * a person's key is made when they first sign, not when they mistype. */
static void
test_refused_sign_off_makes_no_key (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *home = NULL;
  g_autofree char *environment = NULL;
  g_autofree char *path = NULL;
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) pristine = entente_test_read_bytes (example);
  g_autofree char *keys = NULL;

  entente_test_scratch_init (&scratch);
  home = entente_test_scratch_file (&scratch, "home");
  environment = g_strconcat ("XDG_DATA_HOME=", home, NULL);
  path = entente_test_scratch_file (&scratch, "acme.entente");
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pristine, NULL), (gssize) g_bytes_get_size (pristine), NULL));
  keys = g_build_filename (home, "entente", "keys", NULL);

  {
    const char * const no_file[] = { "/usr/bin/env", environment, g_getenv ("ENTENTE_CLI"), "approve", "/nonexistent/x.entente",
                                     "--party", "sales", "--signer", "Priya Raman", NULL };
    const char * const no_party[] = { "/usr/bin/env", environment, g_getenv ("ENTENTE_CLI"), "approve", path,
                                      "--party", "nosuch", "--signer", "Priya Raman", NULL };
    const char * const signs[] = { "/usr/bin/env", environment, g_getenv ("ENTENTE_CLI"), "approve", path,
                                   "--party", "sales", "--signer", "Priya Raman", NULL };
    g_auto(EntenteTestRun) first = { 0 };
    g_auto(EntenteTestRun) second = { 0 };
    g_auto(EntenteTestRun) third = { 0 };

    entente_test_run_program (&first, no_file);
    g_assert_cmpint (first.status, ==, 1);
    entente_test_run_program (&second, no_party);
    g_assert_cmpint (second.status, ==, 1);
    g_assert_false (g_file_test (keys, G_FILE_TEST_EXISTS));

    entente_test_run_program (&third, signs);
    g_assert_cmpint (third.status, ==, 0);
    g_assert_true (g_file_test (keys, G_FILE_TEST_IS_DIR));
  }
}

/* Whether @text, which a verb wrote, holds nothing that moves a
 * terminal's cursor or reorders a line: no C0 control but the line feed,
 * no C1 control (U+0080–U+009F, as CSI U+009B), no bidi control. */
static void
assert_terminal_safe (const char *what,
                      const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
          c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
          (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
        g_error ("%s wrote U+%04X: “%s”", what, c, text);
    }
}

/* Names and values that try to take over the terminal: an escape
 * sequence that clears the screen and sets the title, C1's CSI, a
 * right-to-left override, and a line feed that would forge a line of
 * its own ("…: valid", a breach).  Every verb shows them escaped, each
 * message on its one line. */
static void
test_no_terminal_injection (void)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autofree char *text = NULL;
  g_autoptr(GString) hostile = NULL;
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *csv = NULL;
  g_auto(EntenteTestRun) validate = { 0 };
  g_auto(EntenteTestRun) invalid = { 0 };
  g_auto(EntenteTestRun) check = { 0 };
  g_auto(EntenteTestRun) diff = { 0 };
  g_auto(EntenteTestRun) report = { 0 };
  const char *forged = "acme.entente: valid";

  entente_test_scratch_init (&scratch);
  g_assert_true (g_file_get_contents (example, &text, NULL, NULL));
  hostile = g_string_new (text);
  /* A stage's name, which check and diff quote: XML has no ESC, but C1's
   * CSI (U+009B), an override and a line feed it has. */
  g_assert_cmpuint (g_string_replace (hostile, "<name>Marketing Qualified Lead</name>",
                                      "<name>MQL\xc2\x9b" "2J\xc2\x9b" "31m\xe2\x80\xae" "3.0 EUR&#10;" "acme.entente: valid</name>", 1), ==, 1);
  path = entente_test_scratch_file (&scratch, "acme.entente");
  g_assert_true (g_file_set_contents (path, hostile->str, (gssize) hostile->len, NULL));

  /* An enum value with a line feed: the loader's message quotes it. */
  g_assert_cmpuint (g_string_replace (hostile, "<seniority>director</seniority>",
                                      "<seniority>nobody&#10;acme.entente: valid</seniority>", 1), ==, 1);
  bad = entente_test_scratch_file (&scratch, "bad.entente");
  g_assert_true (g_file_set_contents (bad, hostile->str, (gssize) hostile->len, NULL));

  csv = entente_test_scratch_file (&scratch, "export.csv");
  g_assert_true (g_file_set_contents (csv,
    "Record ID,Contact owner,Became a Marketing Qualified Lead Date,First Contact\n"
    "\"1\x1b[2J\",\"Eve\x1b]0;owned\x07\",01/04/2027 10:00 AM,01/20/2027 10:00 AM\n"
    "\"2\n103  Pat  forged breach\",Eve,\"not a date\x1b[31m\xe2\x80\xae\n" "all rows valid\",\n", -1, NULL));

  entente_test_run_cli (&validate, "validate", path, NULL);
  entente_test_run_cli (&invalid, "validate", bad, NULL);
  entente_test_run_cli (&check, "check", path, NULL);
  entente_test_run_cli (&diff, "diff", example, path, NULL);
  entente_test_run_cli (&report, "report", path, "--actuals", csv, "--period", "2027-01",
                        "--map", "first-contact=First Contact", NULL);

  assert_terminal_safe ("validate", validate.out);
  assert_terminal_safe ("validate", validate.err);
  assert_terminal_safe ("validate (invalid)", invalid.err);
  g_assert_cmpint (invalid.status, ==, 1);
  assert_terminal_safe ("check", check.out);
  assert_terminal_safe ("diff", diff.out);
  g_assert_cmpint (diff.status, ==, 1);
  assert_terminal_safe ("report", report.out);
  assert_terminal_safe ("report", report.err);

  /* No line of any of them is the forged one. */
  {
    const char *outputs[] = { validate.err, invalid.out, invalid.err, check.out, diff.out, report.out, report.err };

    for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
      {
        g_auto(GStrv) lines = g_strsplit (outputs[i], "\n", -1);

        for (guint j = 0; lines[j] != NULL; j++)
          if (g_str_equal (lines[j], forged) || g_str_has_prefix (lines[j], "103  Pat") ||
              g_str_equal (lines[j], "all rows valid\",") || g_str_has_prefix (lines[j], "all rows valid"))
            g_error ("a line was forged: “%s”", lines[j]);
      }
  }
  /* The diff shows the name, escaped. */
  g_assert_nonnull (strstr (diff.out, "MQL\\u{009b}2J\\u{009b}31m\\u{202e}3.0 EUR"));
}

/* A declared encoding the bytes do not follow: one sentence of Entente's
 * that says so, and nothing of libxml2's on stderr before it. */
static void
test_wrong_encoding (void)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_auto(EntenteTestRun) run = { 0 };
  const char * const args[] = { "Shift_JIS" };
  g_autofree char *said = entente_test_fill (_("The file says it is in the encoding “%s”, but some of its bytes are not; save it in UTF-8 (or UTF-16 with a byte-order mark), which Entente always reads."),
                                             args, G_N_ELEMENTS (args));
  g_auto(GStrv) lines = NULL;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "sjis.entente");
  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n"
                                      "<sla xmlns=\"urn:entente:sla:1\" format=\"1\"><meta><title>\x82\xa0\xff\xff</title></meta></sla>\n",
                                      -1, NULL));
  entente_test_run_cli (&run, "validate", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, said));
  lines = g_strsplit (g_strstrip (run.err), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (lines[i], path));
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
  /* For people: names, and numbers the locale's way ("2,075", "2.075"). */
  g_autofree char *needed = entente_format_count (entente_locale_get_interface (), 2075);
  g_autofree char *pattern = g_strdup_printf ("*\nLead *%s\n*", needed);

  entente_test_run_cli (&table, "plan", acme, NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_true (g_pattern_match_simple (pattern, table.out));
  g_assert_null (strstr (table.out, "mql"));

  entente_test_run_cli (&json, "plan", "--json", acme, NULL);
  g_assert_cmpint (json.status, ==, 0);
  entente_test_assert_json_contains (json.out, "{\"id\": \"mql\", \"needed\": 312, \"target\": 400, \"party\": \"marketing\", \"gap\": 88}");
  entente_test_assert_json_contains (json.out, "{\"id\": \"sal\", \"needed\": 187, \"target\": null, \"party\": null, \"gap\": null}");
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
  /* The severity in the reader's words, as compilers write it. */
  g_autofree char *warning = g_strdup_printf (": %s: ", g_dpgettext2 (GETTEXT_PACKAGE, "severity", "warning"));
  g_autofree char *error = g_strdup_printf (": %s: ", g_dpgettext2 (GETTEXT_PACKAGE, "severity", "error"));

  entente_test_run_cli (&clean, "check", acme, NULL);
  g_assert_cmpint (clean.status, ==, 0);
  g_assert_cmpstr (clean.out, ==, "");

  /* Warnings alone pass. */
  entente_test_run_cli (&warnings, "check", angkor, NULL);
  g_assert_cmpint (warnings.status, ==, 0);
  g_assert_nonnull (strstr (warnings.out, warning));
  g_assert_nonnull (strstr (warnings.out, " [goal-below-plan]\n"));
  g_assert_null (strstr (warnings.out, "goals/mql"));

  entente_test_run_cli (&errors, "check", forward, NULL);
  g_assert_cmpint (errors.status, ==, 1);
  g_assert_nonnull (strstr (errors.out, error));

  entente_test_run_cli (&json, "check", "--json", forward, NULL);
  g_assert_cmpint (json.status, ==, 1);
  entente_test_assert_json_contains (json.out, "{\"code\": \"recycle-forward\", \"severity\": \"error\", \"section\": \"lead-management\", \"item\": \"mql\"}");
}

/* A document started from a template with its example persona
 * untouched: check reports it, Export and Approve say so on stderr and
 * go on, and the schema accepts the mark. */
static void
test_example_content (void)
{
  g_autofree char *template = g_test_build_filename (G_TEST_DIST, "..", "data", "templates", "b2b-saas-inbound.entente", NULL);
  g_autoptr(EntenteDocument) document = entente_test_load_file (template);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-example-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.entente", NULL);
  g_autofree char *out = g_build_filename (dir, "new.md", NULL);
  g_auto(EntenteTestRun) check = { 0 };
  g_auto(EntenteTestRun) export = { 0 };
  g_autoptr(EntentePersona) persona = NULL;

  entente_example_mark_template (document);
  bytes = entente_document_serialize (document);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
  entente_test_assert_schema_accepts (path);

  entente_test_run_cli (&check, "check", path, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, " [example-content]\n"));

  persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  entente_test_run_cli (&export, "export", path, "-o", out, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.err, "new.entente: "));
  g_assert_nonnull (strstr (export.err, entente_persona_get_name (persona)));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  entente_test_remove_tree (dir);
}

static void
test_digest (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *bad = entente_test_data_path ("bad/bad-date.entente");
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autofree char *api = entente_document_compute_digest (doc);
  g_autofree char *expected = g_strconcat (api, "\n", NULL);
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) invalid = { 0 };
  g_auto(EntenteTestRun) usage = { 0 };

  entente_test_run_cli (&run, "digest", acme, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  entente_test_run_cli (&invalid, "digest", bad, NULL);
  g_assert_cmpint (invalid.status, ==, 1);
  g_assert_cmpstr (invalid.out, ==, "");
  entente_test_run_cli (&usage, "digest", NULL);
  g_assert_cmpint (usage.status, ==, 2);
}

static void
test_approve (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-cli-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "signed.entente", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) original = entente_test_read_bytes (acme);
  g_autoptr(EntenteDocument) signed_doc = NULL;
  g_autofree char *unknown_before = NULL;
  g_autofree char *unknown_after = NULL;
  EntenteApproval *approval = NULL;
  g_auto(EntenteTestRun) approve = { 0 };
  g_auto(EntenteTestRun) digest = { 0 };
  g_auto(EntenteTestRun) digest_signed = { 0 };
  g_auto(EntenteTestRun) validate = { 0 };
  g_auto(EntenteTestRun) unknown = { 0 };
  g_auto(EntenteTestRun) no_signer = { 0 };

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (original, NULL), g_bytes_get_size (original), &error));
  g_assert_no_error (error);

  entente_test_run_cli (&digest, "digest", path, NULL);
  g_assert_cmpint (digest.status, ==, 0);
  entente_test_run_cli (&approve, "approve", path, "--party", "sdr", "--signer", "Sid SDR", "--role", "SDR Manager", NULL);
  g_assert_cmpint (approve.status, ==, 0);
  /* Sid is not the team's leader: allowed, and said. */
  {
    g_autofree char *warning = g_strdup_printf (_("You are signing for %s, whose leader is %s."),
                                                "Sales Development", "Luis Ortega");

    g_assert_nonnull (strstr (approve.err, warning));
  }

  /* The signed file is valid, carries the approval, and the signature
   * did not change what it signs. */
  entente_test_run_cli (&validate, "validate", path, NULL);
  g_assert_cmpint (validate.status, ==, 0);
  entente_test_run_cli (&digest_signed, "digest", path, NULL);
  g_assert_cmpint (digest_signed.status, ==, 0);
  g_assert_cmpstr (digest.out, ==, digest_signed.out);

  signed_doc = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (entente_document_get_sign_off_state (signed_doc, "sdr", &approval), ==, ENTENTE_SIGN_OFF_SIGNED);
  g_assert_cmpstr (entente_approval_get_signer (approval), ==, "Sid SDR");
  g_assert_cmpstr (entente_approval_get_role (approval), ==, "SDR Manager");
  g_assert_cmpint (entente_document_get_sign_off_state (signed_doc, "sales", NULL), ==, ENTENTE_SIGN_OFF_NOT_SIGNED);

  /* An unknown party is named, with the parties there are, and the
   * file is left as it is. */
  g_assert_true (g_file_get_contents (path, &unknown_before, NULL, NULL));
  entente_test_run_cli (&unknown, "approve", path, "--party", "legal", "--signer", "Lee Legal", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "legal"));
  g_assert_nonnull (strstr (unknown.err, "marketing, sdr, sales"));
  g_assert_true (g_file_get_contents (path, &unknown_after, NULL, NULL));
  g_assert_cmpstr (unknown_before, ==, unknown_after);

  /* Without --signer, one signs as oneself: the name set in Preferences
   * or the system's; with neither known, the command line is wrong. */
  {
    g_autofree char *own = entente_key_store_get_own_name ();

    entente_test_run_cli (&no_signer, "approve", path, "--party", "sales", NULL);
    if (own == NULL)
      g_assert_cmpint (no_signer.status, ==, 2);
    else
      {
        g_assert_cmpint (no_signer.status, ==, 0);
        g_assert_nonnull (strstr (no_signer.out, own));
      }
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* verify and check, on a sign-off as made and as forged in the file. */
/* As on another person's machine: the keys this one signed with are no
 * longer known as its own. */
static void
forget_own_keys (void)
{
  g_autofree char *own = g_build_filename (g_get_user_data_dir (), "entente", "own-keys", NULL);
  g_autofree char *known = g_build_filename (g_get_user_data_dir (), "entente", "known-keys", NULL);

  g_remove (own);
  g_remove (known);
}

static void
test_verify (void)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) pristine = entente_test_read_bytes (example);
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_auto(EntenteTestRun) sign = { 0 };
  g_auto(EntenteTestRun) valid = { 0 };
  g_auto(EntenteTestRun) forged = { 0 };
  g_auto(EntenteTestRun) checked = { 0 };
  g_auto(EntenteTestRun) none = { 0 };
  g_auto(EntenteTestRun) validated = { 0 };
  g_auto(EntenteTestRun) other = { 0 };
  g_auto(EntenteTestRun) unconfirmed = { 0 };
  g_auto(EntenteTestRun) unconfirmed_again = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "acme.entente");
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pristine, NULL), (gssize) g_bytes_get_size (pristine), NULL));

  entente_test_run_cli (&none, "verify", path, NULL);
  g_assert_cmpint (none.status, ==, 0);

  entente_test_run_cli (&sign, "approve", path, "--party", "marketing", "--signer", "Dana Whitfield", NULL);
  g_assert_cmpint (sign.status, ==, 0);
  entente_test_run_cli (&valid, "verify", path, NULL);
  g_assert_cmpint (valid.status, ==, 0);
  g_assert_true (g_str_has_prefix (valid.out, C_("sign-off state", "valid")));
  g_assert_nonnull (strstr (valid.out, "Dana Whitfield"));

  /* "Priya Raman" typed over Dana's name. */
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  edited = g_string_new (text);
  g_string_replace (edited, "signer=\"Dana Whitfield\"", "signer=\"Priya Raman\"", 1);
  g_assert_true (g_file_set_contents (path, edited->str, (gssize) edited->len, NULL));
  entente_test_run_cli (&forged, "verify", path, NULL);
  g_assert_cmpint (forged.status, ==, 1);
  g_assert_true (g_str_has_prefix (forged.out, C_("sign-off state", "invalid")));
  entente_test_run_cli (&checked, "check", path, NULL);
  g_assert_nonnull (strstr (checked.out, "[sign-off-invalid]"));
  /* The format is followed, but the forgery is said, by validate too. */
  entente_test_run_cli (&validated, "validate", path, NULL);
  g_assert_cmpint (validated.status, ==, 0);
  {
    const char * const args[] = { path, "Marketing" };
    g_autofree char *note = entente_test_fill (_("%s: note: the sign-off for %s does not verify; entente-cli verify says more"),
                                               args, G_N_ELEMENTS (args));

    g_assert_true (g_pattern_match_simple (note, g_strstrip (validated.err)));
  }

  /* A key new to this person: verify says how to confirm it. */
  entente_test_run_cli (&other, "approve", path, "--party", "sales", "--signer", "Priya Raman", NULL);
  g_assert_cmpint (other.status, ==, 0);
  entente_test_run_cli (&unconfirmed, "verify", path, NULL);
  g_assert_null (strstr (unconfirmed.err, "--confirm"));
  forget_own_keys ();
  entente_test_run_cli (&unconfirmed_again, "verify", path, NULL);
  g_assert_nonnull (strstr (unconfirmed_again.err, "--confirm sales"));
}

static void
test_diff (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *bad = entente_test_data_path ("bad/bad-date.entente");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-cli-XXXXXX", &error);
  g_autofree char *edited = g_build_filename (dir, "edited.entente", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(EntenteTestRun) same = { 0 };
  g_auto(EntenteTestRun) different = { 0 };
  g_auto(EntenteTestRun) invalid = { 0 };
  g_auto(EntenteTestRun) usage = { 0 };
  g_auto(EntenteTestRun) textconv = { 0 };
  g_auto(EntenteTestRun) textconv_bad = { 0 };
  g_autofree char *raised = NULL;
  g_autofree char *target_line = NULL;
  g_autofree char *name_line = NULL;
  g_autofree char *attempts_line = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (acme, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<target stage=\"mql\" count=\"400\""));
  parts = g_strsplit (contents, "<target stage=\"mql\" count=\"400\"", 2);
  changed = g_strjoinv ("<target stage=\"mql\" count=\"450\"", parts);
  g_assert_true (g_file_set_contents (edited, changed, -1, &error));
  g_assert_no_error (error);

  /* Like diff(1): 0 when equal, 1 when different, 2 on trouble. */
  entente_test_run_cli (&same, "diff", acme, acme, NULL);
  g_assert_cmpint (same.status, ==, 0);
  g_assert_cmpstr (same.out, ==, "");
  g_assert_cmpstr (same.err, ==, "");

  entente_test_run_cli (&different, "diff", acme, edited, NULL);
  g_assert_cmpint (different.status, ==, 1);
  raised = g_strdup_printf (_("%s: %s target %s → %s"), _("Goals"), "Marketing Qualified Lead", "400", "450");
  g_assert_true (g_str_has_prefix (different.out, raised));
  g_assert_cmpstr (different.out + strlen (raised), ==, "\n");
  g_assert_cmpstr (different.err, ==, "");

  entente_test_run_cli (&invalid, "diff", acme, bad, NULL);
  g_assert_cmpint (invalid.status, ==, 2);
  g_assert_cmpstr (invalid.out, ==, "");
  g_assert_nonnull (strstr (invalid.err, ":11:5: "));
  entente_test_run_cli (&usage, "diff", acme, NULL);
  g_assert_cmpint (usage.status, ==, 2);

  /* As a git textconv: one line per value, each with its place. */
  entente_test_run_cli (&textconv, "diff", "--textconv", acme, NULL);
  g_assert_cmpint (textconv.status, ==, 0);
  target_line = g_strdup_printf ("%s › %s › %s › %s: %s\n", _("Goals"), _("Committed targets"),
                                 "Marketing Qualified Lead", _("Count per period"), "400");
  name_line = g_strdup_printf ("%s › %s › %s: %s\n", _("Personas"), "IT Ian", _("Name"), "IT Ian");
  attempts_line = g_strdup_printf ("%s › %s › %s: %s\n", _("Lead Management"), "Marketing Qualified Lead",
                                   _("Attempts"), "6");
  g_assert_nonnull (strstr (textconv.out, target_line));
  g_assert_nonnull (strstr (textconv.out, name_line));
  g_assert_nonnull (strstr (textconv.out, attempts_line));

  /* git gives up on a diff whose textconv fails: a file that does not
   * load is shown as it is. */
  entente_test_run_cli (&textconv_bad, "diff", "--textconv", bad, NULL);
  g_assert_cmpint (textconv_bad.status, ==, 0);
  g_assert_true (g_str_has_prefix (textconv_bad.out, "<?xml"));
  g_assert_nonnull (strstr (textconv_bad.err, ":11:5: "));

  g_unlink (edited);
  g_rmdir (dir);
}

static void
test_report (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *csv = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autofree char *empty = entente_test_data_path ("actuals/empty.csv");
  g_auto(EntenteTestRun) json = { 0 };
  g_auto(EntenteTestRun) table = { 0 };
  g_auto(EntenteTestRun) missing = { 0 };
  g_auto(EntenteTestRun) empty_run = { 0 };
  g_auto(EntenteTestRun) no_actuals = { 0 };
  g_auto(EntenteTestRun) bad_period = { 0 };
  g_auto(EntenteTestRun) bad_map = { 0 };
  g_autofree char *short_row = g_strdup_printf (_("%s:%s: the row has %u fields, the header %u"),
                                                "hubspot-acme.csv", "9", 4, 13);
  g_autofree char *not_a_date = g_strdup_printf (_("%s:%s: column “%s”: “%s” reads only with the day first, and the column's dates are read with the month first"),
                                                 "hubspot-acme.csv", "13", "Became a Marketing Qualified Lead Date", "31/01/2027 10:00 AM");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) entered = g_date_time_new (new_york, 2027, 1, 15, 16, 30, 0);
  g_autoptr(GDateTime) deadline = g_date_time_new (new_york, 2027, 1, 18, 9, 30, 0);
  g_autoptr(GDateTime) contacted = g_date_time_new (new_york, 2027, 1, 18, 9, 40, 0);
  g_autofree char *entered_text = entente_format_moment (NULL, entered);
  g_autofree char *deadline_text = entente_format_moment (NULL, deadline);
  g_autofree char *contacted_text = entente_format_moment (NULL, contacted);
  g_autofree char *breach = NULL;
  g_autofree char *no_column = g_strdup_printf (_("%s: there is no column “%s” (mapped to %s)"),
                                                "hubspot-acme.csv", "First Touch", "first-contact");
  g_autofree char *empty_file = g_strdup_printf (_("%s: the file is empty"), "empty.csv");
  g_autofree char *planned = entente_format_rate (NULL, 0.6);
  g_autofree char *measured = entente_format_rate (NULL, 1.0 / 3.0);
  g_autofree char *history_message = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s measured over the last 3 months (%s of %s records)."),
                                                      "Sales Qualified Lead", "Opportunity", planned, measured, "1", "3");
  g_autofree char *expected = NULL;

  entente_test_run_cli (&json, "report", acme, "--actuals", csv, "--period", "2027-01",
                        "--map", "first-contact=First Contact", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  expected = g_strdup_printf (
    "{\"period\": \"2027-01\", \"rows\": 13, \"skipped\": 2,\n"
    " \"stages\": [\n"
    "  {\"id\": \"lead\", \"actual\": 8, \"target\": null, \"needed\": 2075},\n"
    "  {\"id\": \"mql\", \"actual\": 7, \"target\": 400, \"needed\": 312},\n"
    "  {\"id\": \"sal\", \"actual\": null, \"target\": null, \"needed\": 187},\n"
    "  {\"id\": \"sql\", \"actual\": 3, \"target\": 120, \"needed\": 94},\n"
    "  {\"id\": \"opportunity\", \"actual\": 1, \"target\": null, \"needed\": 56},\n"
    "  {\"id\": \"customer\", \"actual\": 1, \"target\": 14, \"needed\": 14}\n"
    " ],\n"
    " \"protocols\": [\n"
    "  {\"stage\": \"mql\", \"party\": \"sdr\", \"entered\": 7, \"in_time\": 4, \"late\": 2, \"never\": 1, \"invalid\": 0, "
    "\"compliance\": 0.5714, \"attempts_ok\": 0.5714, \"breaches\": [\"103\", \"104\", \"109\"]},\n"
    /* 101 was first contacted before it became an SQL: not in time, not measured. */
    "  {\"stage\": \"sql\", \"party\": \"sales\", \"entered\": 3, \"in_time\": 1, \"late\": 0, \"never\": 1, \"invalid\": 1, "
    "\"compliance\": 0.5, \"attempts_ok\": 1, \"breaches\": [\"106\"]}\n"
    " ],\n"
    /* Cohorts: of the leads of November to January, 9 of 10 became MQLs. */
    " \"history\": {\"stages\": [\n"
    "  {\"id\": \"lead\", \"conversion_3\": 0.9, \"conversion_6\": 0.9},\n"
    "  {\"id\": \"mql\", \"conversion_3\": null, \"conversion_6\": null},\n"
    "  {\"id\": \"sal\", \"conversion_3\": null, \"conversion_6\": null},\n"
    "  {\"id\": \"sql\", \"conversion_3\": 0.3333, \"conversion_6\": 0.3333},\n"
    "  {\"id\": \"opportunity\", \"conversion_3\": 1, \"conversion_6\": 1},\n"
    "  {\"id\": \"customer\", \"conversion_3\": null, \"conversion_6\": null}],\n"
    /* The plan's SQL → opportunity, 60 per cent, against 1 of 3 measured. */
    "  \"findings\": [{\"code\": \"conversion-above-history\", \"item\": \"sql>opportunity\", \"message\": \"%s\"}]},\n"
    " \"import\": {\"crm\": \"hubspot-contacts\",\n"
    "  \"columns\": {\"record\": \"Record ID\", \"owner\": \"Contact owner\", \"attempts\": \"Number of times contacted\",\n"
    "   \"lead\": \"Became a Lead Date\", \"mql\": \"Became a Marketing Qualified Lead Date\",\n"
    "   \"sql\": \"Became a Sales Qualified Lead Date\", \"opportunity\": \"Became an Opportunity Date\",\n"
    "   \"customer\": \"Became a Customer Date\", \"first-contact\": \"First Contact\"},\n"
    "  \"encoding\": \"UTF-8\", \"delimiter\": \",\", \"duplicates\": 0, \"dates\": [\n"
    "  {\"column\": \"Became a Lead Date\", \"order\": \"mdy\", \"source\": \"found\", \"line\": 3},\n"
    "  {\"column\": \"Became a Marketing Qualified Lead Date\", \"order\": \"mdy\", \"source\": \"found\", \"line\": 3},\n"
    "  {\"column\": \"Became a Sales Qualified Lead Date\", \"order\": \"mdy\", \"source\": \"found\", \"line\": 2},\n"
    "  {\"column\": \"Became an Opportunity Date\", \"order\": \"mdy\", \"source\": \"columns\"},\n"
    "  {\"column\": \"Became a Customer Date\", \"order\": \"mdy\", \"source\": \"found\", \"line\": 12},\n"
    "  {\"column\": \"First Contact\", \"order\": \"mdy\", \"source\": \"found\", \"line\": 3}]}}\n",
    history_message);
  entente_test_assert_json_equal (json.out, expected);

  /* Skipped rows are listed on stderr with their line. */
  g_assert_nonnull (strstr (json.err, short_row));
  g_assert_nonnull (strstr (json.err, not_a_date));

  entente_test_run_cli (&table, "report", acme, "--actuals", csv, "--period", "2027-01",
                        "--map", "first-contact=First Contact", NULL);
  g_assert_cmpint (table.status, ==, 0);
  /* In the words of the window and the PDF, in the terminal's language,
   * the times in the agreement's zone. */
  g_assert_true (g_regex_match_simple ("\\nMarketing Qualified Lead +7 +400 +312 +2\\s?%", table.out, 0, 0));
  breach = g_strdup_printf ("103     Pat Pursuer  %s", entered_text);
  g_assert_nonnull (strstr (table.out, breach));
  g_assert_nonnull (strstr (table.out, deadline_text));
  g_assert_nonnull (strstr (table.out, contacted_text));
  g_assert_nonnull (strstr (table.out, "New York"));
  /* How the export was read, every guess said: here, the order of the
   * MQL column's dates and the value that settled it. */
  {
    g_autofree char *order = g_strdup_printf (_("“%s”: dates read with the month first, as “%s” on line %s shows."),
                                              "Became a Marketing Qualified Lead Date", "01/15/2027 04:30 PM", "3");

    g_assert_nonnull (strstr (table.out, _("How the export was read")));
    g_assert_nonnull (strstr (table.out, order));
  }

  entente_test_run_cli (&missing, "report", acme, "--actuals", csv, "--period", "2027-01",
                        "--map", "first-contact=First Touch", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, no_column));

  entente_test_run_cli (&empty_run, "report", acme, "--actuals", empty, "--period", "2027-01", NULL);
  g_assert_cmpint (empty_run.status, ==, 1);
  g_assert_nonnull (strstr (empty_run.err, empty_file));

  entente_test_run_cli (&no_actuals, "report", acme, NULL);
  g_assert_cmpint (no_actuals.status, ==, 2);
  entente_test_run_cli (&bad_period, "report", acme, "--actuals", csv, "--period", "2027-13", NULL);
  g_assert_cmpint (bad_period.status, ==, 2);
  entente_test_run_cli (&bad_map, "report", acme, "--actuals", csv, "--map", "first-contact", NULL);
  g_assert_cmpint (bad_map.status, ==, 2);
}

/* --date-order decides every column; an order it does not know is a
 * usage error; without --period, the latest month with records. */
static void
test_report_date_order (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *csv = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_auto(EntenteTestRun) day_first = { 0 };
  g_auto(EntenteTestRun) latest = { 0 };
  g_auto(EntenteTestRun) bad = { 0 };
  g_autofree char *bad_message = g_strdup_printf (_("entente-cli report: “%s” is not a date order; use dmy, mdy or ymd."), "dym");

  entente_test_run_cli (&day_first, "report", acme, "--actuals", csv, "--period", "2027-01",
                        "--date-order", "dmy", "--json", NULL);
  g_assert_cmpint (day_first.status, ==, 0);
  entente_test_assert_json_contains (day_first.out,
    "{\"column\": \"Became a Marketing Qualified Lead Date\", \"order\": \"dmy\", \"source\": \"given\"}");
  /* Read day first, 01/15/2027 is no date: its rows are skipped, said. */
  g_assert_nonnull (strstr (day_first.err, "01/15/2027"));

  entente_test_run_cli (&latest, "report", acme, "--actuals", csv, "--json", NULL);
  g_assert_cmpint (latest.status, ==, 0);
  /* 112 became an MQL on 2 February 2027, the latest entry. */
  entente_test_assert_json_contains (latest.out, "{\"period\": \"2027-02\"}");

  entente_test_run_cli (&bad, "report", acme, "--actuals", csv, "--date-order", "dym", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, bad_message));
}

/* --months N: the N months ending at the period, from one reading, each
 * as the one-month object without breaches (tests/data/actuals/
 * three-months.csv: the figures of test-actuals-import's /months), and
 * "outside-export" for a month before the export's first. */
static void
test_report_months (void)
{
  static const struct {
    const char *period;
    gint64      actual, in_time, late, never, invalid;
  } expected[] = {
    { "2026-12", -1, -1, -1, -1, -1 },
    { "2027-01", 3, 2, 0, 1, 0 },
    { "2027-02", 2, 1, 1, 0, 0 },
    { "2027-03", 2, 1, 0, 0, 1 },
    { "2027-04", 1, 1, 0, 0, 0 },
  };
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *csv = entente_test_data_path ("actuals/three-months.csv");
  g_auto(EntenteTestRun) json = { 0 };
  g_auto(EntenteTestRun) table = { 0 };
  g_auto(EntenteTestRun) bad = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *bad_message = g_strdup_printf (_("entente-cli report: --months takes 1 to %d."), 120);
  JsonArray *months;

  /* No --period: the latest month with records, April. */
  entente_test_run_cli (&json, "report", acme, "--actuals", csv, "--months", "5", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  months = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "months");
  g_assert_cmpuint (json_array_get_length (months), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *month = json_array_get_object_element (months, i);
      JsonObject *mql_stage = json_array_get_object_element (json_object_get_array_member (month, "stages"), 1);
      JsonObject *mql = json_array_get_object_element (json_object_get_array_member (month, "protocols"), 0);
      static const char * const counts[] = { "in_time", "late", "never", "invalid" };
      gint64 figures[4] = { expected[i].in_time, expected[i].late, expected[i].never, expected[i].invalid };

      g_assert_cmpstr (json_object_get_string_member (month, "period"), ==, expected[i].period);
      g_assert_cmpstr (json_object_get_string_member (mql_stage, "id"), ==, "mql");
      g_assert_cmpstr (json_object_get_string_member (mql, "stage"), ==, "mql");
      g_assert_false (json_object_has_member (mql, "breaches"));
      if (expected[i].actual < 0)
        {
          g_assert_cmpstr (json_object_get_string_member (month, "reason"), ==, "outside-export");
          g_assert_true (json_object_get_null_member (mql_stage, "actual"));
          g_assert_true (json_object_get_null_member (mql, "entered"));
          g_assert_true (json_object_get_null_member (mql, "compliance"));
          continue;
        }
      g_assert_false (json_object_has_member (month, "reason"));
      g_assert_cmpint (json_object_get_int_member (mql_stage, "actual"), ==, expected[i].actual);
      g_assert_cmpint (json_object_get_int_member (mql, "entered"), ==, expected[i].actual);
      for (guint j = 0; j < G_N_ELEMENTS (counts); j++)
        g_assert_cmpint (json_object_get_int_member (mql, counts[j]), ==, figures[j]);
    }

  entente_test_run_cli (&table, "report", acme, "--actuals", csv, "--period", "2027-03", "--months", "3", NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, _("Month by month")));
  g_assert_true (g_regex_match_simple ("\\nMarketing Qualified Lead +3 +2 +2\\n", table.out, 0, 0));

  entente_test_run_cli (&bad, "report", acme, "--actuals", csv, "--months", "0", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, bad_message));
}

/* Without a first-contact column, compliance is not measured, and says
 * why: it read a bold 0 %, every record "never" contacted and breaching. */
static void
test_report_not_measured (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *csv = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_auto(EntenteTestRun) json = { 0 };
  g_auto(EntenteTestRun) table = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *protocols;

  entente_test_run_cli (&json, "report", acme, "--actuals", csv, "--period", "2027-01", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  protocols = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "protocols");
  g_assert_cmpuint (json_array_get_length (protocols), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *protocol = json_array_get_object_element (protocols, i);

      g_assert_cmpint (json_object_get_int_member (protocol, "entered"), >, 0);
      g_assert_true (json_object_get_null_member (protocol, "compliance"));
      g_assert_cmpstr (json_object_get_string_member (protocol, "reason"), ==, "first-contact-not-mapped");
      g_assert_cmpint (json_object_get_int_member (protocol, "never"), ==, 0);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (protocol, "breaches")), ==, 0);
    }

  entente_test_run_cli (&table, "report", acme, "--actuals", csv, "--period", "2027-01", NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, _("Not measured — map the first-contact column to know who was followed up in time.")));
  g_assert_nonnull (strstr (table.out, C_("compliance", "not measured")));
  g_assert_null (strstr (table.out, _("Breaches (%s)")));
}

static void
test_report_save_mapping (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *csv = entente_test_data_path ("actuals/hubspot-acme.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-cli-XXXXXX", &error);
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *saved = NULL;
  g_auto(EntenteTestRun) mapped = { 0 };
  g_auto(EntenteTestRun) save = { 0 };
  g_auto(EntenteTestRun) stored = { 0 };
  g_auto(EntenteTestRun) no_map = { 0 };

  g_assert_no_error (error);
  copy = g_build_filename (dir, "acme.entente", NULL);
  g_file_get_contents (acme, &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, -1, &error);
  g_assert_no_error (error);

  entente_test_run_cli (&mapped, "report", copy, "--actuals", csv, "--period", "2027-01",
                        "--map", "first-contact=First Contact", "--json", NULL);
  g_assert_cmpint (mapped.status, ==, 0);

  entente_test_run_cli (&save, "report", copy, "--actuals", csv, "--period", "2027-01",
                        "--map", "first-contact=First Contact", "--save-mapping", "--json", NULL);
  g_assert_cmpint (save.status, ==, 0);
  g_assert_cmpstr (save.out, ==, mapped.out);
  g_file_get_contents (copy, &saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (saved, "  <actuals-mapping>\n    <column key=\"first-contact\">First Contact</column>\n  </actuals-mapping>\n</sla>\n"));
  entente_test_assert_schema_accepts (copy);

  /* The next review needs no --map. */
  entente_test_run_cli (&stored, "report", copy, "--actuals", csv, "--period", "2027-01", "--json", NULL);
  g_assert_cmpint (stored.status, ==, 0);
  g_assert_cmpstr (stored.out, ==, mapped.out);

  entente_test_run_cli (&no_map, "report", copy, "--actuals", csv, "--save-mapping", NULL);
  g_assert_cmpint (no_map.status, ==, 2);

  g_unlink (copy);
  g_rmdir (dir);
}

/* --record keeps the reviewed month in FILE (notes, decisions, who), says
 * so on stderr, changes nothing that is signed, and the next review reads
 * it for a month its export does not cover.  Two people recording two
 * months at the same moment keep both; the meetings alone make `check`
 * hold the plan against history (tests/data/actuals/lead-history.csv:
 * 3 of 60 leads became MQLs against a plan of 15 %). */
static void
test_report_record (void)
{
  g_autofree char *csv = entente_test_data_path ("actuals/three-months.csv");
  g_autofree char *leads = entente_test_data_path ("actuals/lead-history.csv");
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) pristine = entente_test_read_bytes (example);
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *late = NULL;
  g_autofree char *month_name = NULL;
  g_autofree char *recorded = NULL;
  g_auto(EntenteTestRun) digest_before = { 0 };
  g_auto(EntenteTestRun) digest_after = { 0 };
  g_auto(EntenteTestRun) record = { 0 };
  g_auto(EntenteTestRun) months = { 0 };
  g_auto(EntenteTestRun) misuse = { 0 };
  g_auto(EntenteTestRun) check = { 0 };
  g_autoptr(EntenteDocument) read = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  EntenteMeeting *meeting;
  JsonObject *january;
  const char *cli = g_getenv ("ENTENTE_CLI");

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "acme.entente");
  late = entente_test_scratch_file (&scratch, "late.csv");
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pristine, NULL), (gssize) g_bytes_get_size (pristine), NULL));
  g_assert_true (g_file_set_contents (late,
                                      "Record ID,Contact owner,Became a Marketing Qualified Lead Date,Date of first engagement\n"
                                      "6,Bo,2027-03-31 23:30,2027-04-01 09:10\n"
                                      "7,Ann,2027-04-01 00:30,2027-04-01 09:20\n", -1, NULL));

  entente_test_run_cli (&digest_before, "digest", path, NULL);
  entente_test_run_cli (&record, "report", path, "--actuals", csv, "--period", "2027-01", "--record",
                        "--notes", "Holiday week.", "--decision", "Hire an SDR", "--decision", "Move Bo to inbound",
                        "--by", "Dana Whitfield", NULL);
  g_assert_cmpint (record.status, ==, 0);
  month_name = entente_format_month (NULL, 2027, 1);
  recorded = g_strdup_printf (_("Recorded the review of %s in %s."), month_name, path);
  g_assert_nonnull (strstr (record.err, recorded));
  entente_test_run_cli (&digest_after, "digest", path, NULL);
  g_assert_cmpstr (digest_after.out, ==, digest_before.out);
  entente_test_assert_schema_accepts (path);

  file = g_file_new_for_path (path);
  read = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  meeting = entente_meetings_find (read, 2027, 1);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (entente_meeting_get_by (meeting), ==, "Dana Whitfield");
  g_assert_cmpstr (entente_meeting_get_export (meeting), ==, "three-months.csv");
  g_assert_cmpstr (entente_meeting_get_notes (meeting), ==, "Holiday week.");
  g_assert_cmpuint (g_strv_length ((char **) entente_meeting_get_decisions (meeting)), ==, 2);
  g_assert_cmpint (entente_meeting_figure_get_actual (entente_meeting_find_figure (meeting, "mql")), ==, 3);

  /* An export of March and April alone: January as recorded. */
  entente_test_run_cli (&months, "report", path, "--actuals", late, "--months", "4", "--json", NULL);
  g_assert_cmpint (months.status, ==, 0);
  json_parser_load_from_data (parser, months.out, -1, &error);
  g_assert_no_error (error);
  january = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "months"), 0);
  g_assert_cmpstr (json_object_get_string_member (january, "period"), ==, "2027-01");
  g_assert_cmpstr (json_object_get_string_member (january, "source"), ==, "recorded");
  g_assert_false (json_object_has_member (january, "reason"));
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (january, "stages"), 1), "actual"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (january, "protocols"), 0), "in_time"), ==, 2);

  entente_test_run_cli (&misuse, "report", path, "--actuals", csv, "--notes", "Forgot --record", NULL);
  g_assert_cmpint (misuse.status, ==, 2);

  /* Two months recorded at once, from two processes: both kept. */
  {
    const char * const first_argv[] = { cli, "report", path, "--actuals", leads, "--period", "2027-02", "--record", NULL };
    const char * const second_argv[] = { cli, "report", path, "--actuals", leads, "--period", "2027-03", "--record", NULL };
    g_autoptr(GSubprocess) first = g_subprocess_newv (first_argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
    g_autoptr(GSubprocess) second = NULL;
    g_autoptr(EntenteDocument) both = NULL;

    g_assert_no_error (error);
    second = g_subprocess_newv (second_argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_wait_check (first, NULL, &error));
    g_assert_true (g_subprocess_wait_check (second, NULL, &error));
    both = entente_document_load (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (entente_meetings_find (both, 2027, 1));
    g_assert_nonnull (entente_meetings_find (both, 2027, 2));
    g_assert_nonnull (entente_meetings_find (both, 2027, 3));
  }

  /* January recorded from three-months.csv has no Lead column: February
   * and March, 2 of 40, hold the plan's 15 % against 5 %. */
  entente_test_run_cli (&check, "check", path, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "[conversion-above-history]"));
  {
    g_autoptr(EntenteDocument) with_meetings = entente_document_load (file, NULL, &error);
    g_autofree char *planned = entente_format_rate (NULL, 0.15);
    g_autofree char *measured = entente_format_rate (NULL, 0.05);
    g_autofree char *since = entente_format_month (NULL, 2027, 2);
    g_autofree char *until = entente_format_month (NULL, 2027, 3);
    g_autofree char *reached = entente_format_count (NULL, 2);
    g_autofree char *entered = entente_format_count (NULL, 40);
    g_autofree char *expected = NULL;

    g_assert_no_error (error);
    /* And the review of an export without a Lead column says the same
     * as `check`, from the same meetings. */
    {
      g_auto(EntenteTestRun) review = { 0 };

      entente_test_run_cli (&review, "report", path, "--actuals", late, "--json", NULL);
      g_assert_cmpint (review.status, ==, 0);
      g_assert_nonnull (strstr (review.out, "\"conversion-above-history\""));
    }
    expected = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s the review meetings recorded from %s to %s (%s of %s records)."),
                                entente_document_stage_name (with_meetings, "lead"), entente_document_stage_name (with_meetings, "mql"),
                                planned, measured, since, until, reached, entered);
    g_assert_nonnull (strstr (check.out, expected));
  }
}

/* export -o OUT.ics: the review meetings as a calendar (what it holds is
 * test-review-calendar's); a wrong extension names the four. */
static void
test_export_calendar (void)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *wrong = NULL;
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) bad = { 0 };

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "review.ics");
  entente_test_run_cli (&run, "export", example, "-o", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1\r\n"));

  entente_test_run_cli (&bad, "export", example, "-o", "review.ical", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  wrong = g_strdup_printf (_("entente-cli export: %s: the output must end in .pdf, .html, .md or .ics."), "review.ical");
  g_assert_nonnull (strstr (bad.err, wrong));
}

/* Two people sign the same file at the same moment: both sign-offs are
 * kept, every time.  Under AddressSanitizer, with leak detection's slow
 * unwinding, each run is several times slower and the rounds change
 * nothing the sanitizer looks at: a few show that the locking code is
 * clean, the fifty of the plain suite (in four locales) that no race
 * loses a sign-off. */
#ifdef ENTENTE_TEST_UNDER_ASAN
#define CONCURRENT_ROUNDS 3
#else
#define CONCURRENT_ROUNDS 50
#endif

static void
approve_concurrently (GBytes *pristine,
                      guint   rounds)
{
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *path = NULL;
  const char *cli = g_getenv ("ENTENTE_CLI");

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "acme.entente");

  for (guint round = 0; round < rounds; round++)
    {
      const char * const marketing[] = { cli, "approve", path, "--party", "marketing", "--signer", "Dana Whitfield", NULL };
      const char * const sales[] = { cli, "approve", path, "--party", "sales", "--signer", "Priya Raman", NULL };
      g_autoptr(GSubprocess) first = NULL;
      g_autoptr(GSubprocess) second = NULL;
      g_autoptr(EntenteDocument) signed_twice = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (pristine, NULL),
                                          (gssize) g_bytes_get_size (pristine), NULL));
      first = g_subprocess_newv (marketing, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
      g_assert_no_error (error);
      second = g_subprocess_newv (sales, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_wait_check (first, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_subprocess_wait_check (second, NULL, &error));
      g_assert_no_error (error);

      {
        g_autoptr(GFile) file = g_file_new_for_path (path);

        signed_twice = entente_document_load (file, NULL, &error);
        g_assert_no_error (error);
      }
      if (entente_document_find_approval (signed_twice, "marketing") == NULL ||
          entente_document_find_approval (signed_twice, "sales") == NULL)
        g_error ("round %u: a sign-off was lost", round);
    }
}

static void
test_approve_concurrently (void)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) pristine = entente_test_read_bytes (example);

  approve_concurrently (pristine, CONCURRENT_ROUNDS);
}

/* The larger the file, the longer each run reads and writes, and the
 * likelier the two runs overlap: 3 MB, as a long-lived agreement with
 * its comments can reach. */
static void
test_approve_concurrently_large (void)
{
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(GBytes) pristine = NULL;

  /* Nothing here depends on the locale: once is enough. */
  if (!entente_test_locale_is_c ())
    {
      g_test_skip ("runs in the C locale only");
      return;
    }
#ifdef ENTENTE_TEST_UNDER_ASAN
  /* What the sanitizer checks, the small file's rounds already run. */
  g_test_skip ("a race test: the plain suite runs it");
  return;
#endif

  document = entente_test_load_example ("acme-saas.entente");
  for (guint i = 0; pristine == NULL || g_bytes_get_size (pristine) < 3 * 1024 * 1024; i++)
    {
      for (guint j = 0; j < 500; j++, i++)
        {
          g_autoptr(EntenteItem) persona = ENTENTE_ITEM (entente_persona_new ());
          g_autofree char *id = g_strdup_printf ("persona-%05u", i);
          g_autofree char *name = g_strdup_printf ("Persona %u", i);
          g_autofree char *summary = g_strdup_printf ("Persona %u: a buyer who reads every line of an agreement "
                                                      "before signing it, asks for the lead definitions in "
                                                      "writing, and expects the first response within the "
                                                      "hour it was promised in.", i);

          g_object_set (persona, "id", id, "name", name, "summary", summary, NULL);
          entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, persona);
        }
      g_clear_pointer (&pristine, g_bytes_unref);
      pristine = entente_document_serialize (document);
    }

  /* Before the lock, every round of these lost a sign-off. */
  approve_concurrently (pristine, 20);
}

/* A file that cannot be written is said to be so, not to be unreadable,
 * and is left as it was. */
static void
test_approve_read_only (void)
{
  g_autofree char *example = entente_test_example_path ("acme-saas.entente");
  g_autoptr(GBytes) pristine = entente_test_read_bytes (example);
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_auto(EntenteTestRun) run = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;
  g_autofree char *unreadable = NULL;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "acme.entente");
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pristine, NULL),
                                      (gssize) g_bytes_get_size (pristine), NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  entente_test_run_cli (&run, "approve", path, "--party", "sales", "--signer", "Priya Raman", NULL);
  g_assert_cmpint (run.status, ==, 1);
  unreadable = g_strdup_printf (_("%s: cannot be read: "), "");
  g_assert_null (strstr (run.err, g_strstrip (unreadable)));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, g_bytes_get_data (pristine, NULL));
  g_chmod (path, 0644);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/validate-examples", test_validate_examples);
  g_test_add_func ("/cli/verify", test_verify);
  g_test_add_func ("/cli/approve-concurrently", test_approve_concurrently);
  g_test_add_func ("/cli/approve-concurrently-large", test_approve_concurrently_large);
  g_test_add_func ("/cli/approve-read-only", test_approve_read_only);
  g_test_add_func ("/cli/validate-reports-each-invalid-file", test_validate_reports_each_invalid_file);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/unreadable-kinds", test_unreadable_kinds);
  g_test_add_func ("/cli/address-space-limit", test_address_space_limit);
  g_test_add_func ("/cli/no-terminal-injection", test_no_terminal_injection);
  g_test_add_func ("/cli/wrong-encoding", test_wrong_encoding);
  g_test_add_func ("/cli/refused-sign-off-makes-no-key", test_refused_sign_off_makes_no_key);
  g_test_add_func ("/cli/help-and-version", test_help_and_version);
  g_test_add_func ("/cli/normalize", test_normalize);
  g_test_add_func ("/cli/plan", test_plan);
  g_test_add_func ("/cli/report", test_report);
  g_test_add_func ("/cli/report-date-order", test_report_date_order);
  g_test_add_func ("/cli/report-months", test_report_months);
  g_test_add_func ("/cli/report-not-measured", test_report_not_measured);
  g_test_add_func ("/cli/report-save-mapping", test_report_save_mapping);
  g_test_add_func ("/cli/report-record", test_report_record);
  g_test_add_func ("/cli/export-calendar", test_export_calendar);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/example-content", test_example_content);
  g_test_add_func ("/cli/digest", test_digest);
  g_test_add_func ("/cli/approve", test_approve);
  g_test_add_func ("/cli/diff", test_diff);

  return g_test_run ();
}
