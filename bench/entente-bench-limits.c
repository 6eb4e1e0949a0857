/* entente-bench-limits.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "entente-bench-process.h"
#include "entente-bench-stats.h"
#include "entente-core.h"
#include "entente-markup-scan.h"

/* entente-bench-limits: the largest agreements the loader accepts
 * (src/core/format/entente-document-limits.h), each as `entente-cli` meets it
 * from the command line, next to xmllint validating the same file.  The
 * goal: any of them loads, checks, exports (HTML and Markdown) and
 * diffs in at most 2 s and 400 MB, and 20,000 items load in at most
 * 1 s.  The PDF's figures are given too; it sets every item on paper,
 * thousands of pages of them, and has no goal here. */

#define GOAL_MS 2000.0
#define GOAL_MB 400.0
#define GOAL_ITEMS_LOAD_MS 1000.0
#define TIMEOUT_S 300

typedef struct
{
  const char *name;
  const char *what;
  char *(*make) (const char *example);
} Shape;

/* The example's elements and attributes, counted as the loader does. */
static guint
count_elements (const char *text)
{
  guint elements, attributes;

  entente_markup_count (text, strlen (text), &elements, &attributes);
  return elements;
}

static guint
count_attributes (const char *text)
{
  guint elements, attributes;

  entente_markup_count (text, strlen (text), &elements, &attributes);
  return attributes;
}

static char *
insert_after (const char *example,
              const char *at,
              const char *inserted)
{
  g_autoptr(GString) text = g_string_new (example);
  g_autofree char *replacement = g_strconcat (at, inserted, NULL);

  g_assert (g_string_replace (text, at, replacement, 1) == 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Items and elements at their limits: 99,900 criteria of one stage and
 * job titles for the rest of the elements. */
static char *
make_items (const char *example)
{
  guint criteria = ENTENTE_DOCUMENT_MAX_ITEMS - 100;
  guint titles = ENTENTE_DOCUMENT_MAX_ELEMENTS - count_elements (example) - criteria;
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GString) more = g_string_new (NULL);
  g_autofree char *with_criteria = NULL;

  for (guint i = 0; i < criteria; i++)
    g_string_append_printf (many, "<criterion kind=\"fit\" points=\"1\">Criterion %u</criterion>", i);
  for (guint i = 0; i < titles; i++)
    g_string_append_printf (more, "<item>Title %u</item>", i);
  with_criteria = insert_after (example, "<criteria threshold=\"3\">", many->str);
  return insert_after (with_criteria, "<job-titles>", more->str);
}

/* Attributes at their limit, as a newer 1.x may write them: criteria of
 * sixty attributes each, fifty-eight of them unknown to format 1, which
 * the model keeps to write back. */
static char *
make_attributes (const char *example)
{
  guint criteria = (ENTENTE_DOCUMENT_MAX_ALL_ATTRIBUTES - count_attributes (example)) / 60;
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GString) text = NULL;
  g_autofree char *with_criteria = NULL;

  for (guint i = 0; i < criteria; i++)
    {
      g_string_append (many, "<criterion kind=\"fit\" points=\"1\"");
      for (guint j = 0; j < 58; j++)
        g_string_append_printf (many, " a%u=\"%u\"", j, i);
      g_string_append_printf (many, ">Criterion %u</criterion>", i);
    }
  with_criteria = insert_after (example, "<criteria threshold=\"3\">", many->str);
  text = g_string_new (with_criteria);
  g_assert (g_string_replace (text, "format=\"1\"", "format=\"1.1\"", 1) == 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Text up to the size limit: 3,900 comments of 4 KB each. */
static char *
make_texts (const char *example)
{
  g_autoptr(GString) many = g_string_new ("<comments>");
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (example);

  while (body->len < 3900)
    g_string_append (body, "Every lead scored above sixty goes to sales within four business hours. ");
  for (guint i = 0; i < 3900; i++)
    g_string_append_printf (many, "<comment id=\"c%u\" anchor=\"goals\" author=\"Dana Whitfield\" "
                            "time=\"2027-01-31T14:05:00Z\"><text>%s%u</text></comment>", i, body->str, i);
  g_string_append (many, "</comments>");
  g_assert (g_string_replace (text, "<comments/>", many->str, 1) == 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* One value as long as libxml2 reads (10 MB): the purpose, in words. */
static char *
make_long_value (const char *example)
{
  g_autoptr(GString) words = g_string_new ("<purpose>");
  const char *start = strstr (example, "<purpose>");
  const char *end = strstr (example, "</purpose>");
  g_autoptr(GString) text = g_string_new_len (example, start - example);

  for (guint i = 0; words->len < 9900000; i++)
    g_string_append_printf (words, "word%u ", i % 997);
  g_string_append (text, words->str);
  g_string_append (text, end);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A discussion at the item limit: 99,900 comments. */
static char *
make_comments (const char *example)
{
  g_autoptr(GString) many = g_string_new ("<comments>");
  g_autoptr(GString) text = g_string_new (example);

  for (guint i = 0; i < ENTENTE_DOCUMENT_MAX_ITEMS - 100; i++)
    g_string_append_printf (many, "<comment id=\"c%u\" anchor=\"goals\" author=\"Dana Whitfield\" "
                            "time=\"2027-01-31T14:05:00Z\"><text>Is %u right?</text></comment>", i, i);
  g_string_append (many, "</comments>");
  g_assert (g_string_replace (text, "<comments/>", many->str, 1) == 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* 20,000 items: 4,000 stages, each with a conversion, a target, a
 * handoff and a protocol that name it. */
static char *
make_twenty_thousand (const char *example)
{
  g_autoptr(GString) stages = g_string_new (NULL);
  g_autoptr(GString) goals = g_string_new (NULL);
  g_autoptr(GString) handoffs = g_string_new (NULL);
  g_autoptr(GString) protocols = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (example);

  /* After the customer, each stage converting into the next. */
  for (guint i = 0; i < 4000; i++)
    {
      g_string_append_printf (stages, "<stage id=\"s%u\" owner=\"sales\"><name>Step %u</name></stage>\n", i, i);
      if (i == 0)
        g_string_append (goals, "<conversion from=\"customer\" to=\"s0\" rate=\"0.999\"/>\n");
      else
        g_string_append_printf (goals, "<conversion from=\"s%u\" to=\"s%u\" rate=\"0.999\"/>\n", i - 1, i);
      g_string_append_printf (handoffs, "<handoff id=\"h%u\" from=\"s%u\" to=\"sales\"><routing>territory</routing></handoff>\n", i, i);
      g_string_append_printf (protocols, "<protocol stage=\"s%u\" party=\"sales\"><first-response>PT4H</first-response></protocol>\n", i);
    }
  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (goals, "<target stage=\"s%u\" count=\"%u\" party=\"sales\"/>\n", i, i + 1);

  g_string_append (stages, "  </stages>");
  g_string_append (goals, "<target stage=\"mql\"");
  g_string_append (handoffs, "</handoffs>");
  g_string_append (protocols, "</protocols>");
  g_assert (g_string_replace (text, "  </stages>", stages->str, 1) == 1);
  g_assert (g_string_replace (text, "<target stage=\"mql\"", goals->str, 1) == 1);
  g_assert (g_string_replace (text, "</handoffs>", handoffs->str, 1) == 1);
  g_assert (g_string_replace (text, "</protocols>", protocols->str, 1) == 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const Shape shapes[] = {
  { "items", "49,900 criteria and job titles up to 200,000 elements", make_items },
  { "comments", "49,900 comments", make_comments },
  { "attributes", "250,000 attributes, most of them unknown to format 1", make_attributes },
  { "texts", "3,900 comments of 4 KB each", make_texts },
  { "long-value", "a purpose of 9.9 MB", make_long_value },
  { "twenty-thousand", "20,000 items: 4,000 stages with their conversions, targets, handoffs, protocols", make_twenty_thousand },
};

static gboolean
run (char            **argv,
     const char       *log,
     EntenteBenchRun  *out)
{
  g_autoptr(GError) error = NULL;

  if (!entente_bench_run_process (argv, log, TIMEOUT_S, 1, out, &error))
    {
      g_printerr ("entente-bench-limits: %s: %s\n", argv[1], error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
report (const char            *what,
        const EntenteBenchRun *r,
        double                 goal_ms,
        gboolean               has_goal)
{
  gboolean ok = r->ms <= goal_ms && r->peak_mb <= GOAL_MB;

  g_print ("  %-40s %9.0f ms %7.0f MB   %s\n", what, r->ms, r->peak_mb,
           has_goal ? entente_bench_met (ok) : "(no goal)");
  return !has_goal || ok;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cli = NULL;
  g_autofree char *example = NULL;
  g_auto(EntenteBenchTemporaryDir) dir = NULL;
  g_autofree char *log = NULL;
  gboolean all_ok = TRUE;

  setlocale (LC_ALL, "");
  entente_bench_install_alarm_handler ();
  cli = entente_bench_find_cli (BENCH_CLI, argv[0]);
  if (cli == NULL || !g_file_get_contents (BENCH_EXAMPLE, &example, NULL, NULL))
    {
      g_printerr ("entente-bench-limits: build entente-cli first (ninja -C _build).\n");
      return 1;
    }
  dir = g_dir_make_tmp ("entente-bench-limits-XXXXXX", NULL);
  log = g_build_filename (dir, "stderr.log", NULL);

  g_print ("\nThe largest agreements Entente accepts, from the command line (MB = 10^6 bytes)\n");
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autofree char *text = shapes[i].make (example);
      g_autofree char *path = g_build_filename (dir, "a.entente", NULL);
      g_autofree char *other = g_build_filename (dir, "b.entente", NULL);
      g_autofree char *out = g_build_filename (dir, "out", NULL);
      g_autoptr(GString) changed = g_string_new (text);
      gboolean twenty = g_str_equal (shapes[i].name, "twenty-thousand");
      EntenteBenchRun r;

      g_string_replace (changed, "Acme Cloud Ltd.", "Acme Cloud Inc.", 1);
      g_file_set_contents (path, text, -1, NULL);
      g_file_set_contents (other, changed->str, -1, NULL);
      g_print ("\n%s (%.1f MB): %s\n", shapes[i].name, strlen (text) / 1e6, shapes[i].what);

      {
        char *args[] = { (char *) "/usr/bin/xmllint", (char *) "--noout", (char *) "--relaxng", (char *) BENCH_SCHEMA, path, NULL };

        /* The schema is format 1's: it refuses what a newer 1.x adds. */
        if (shapes[i].make != make_attributes &&
            g_file_test (args[0], G_FILE_TEST_IS_EXECUTABLE) && run (args, log, &r))
          report ("xmllint --noout --relaxng (peer)", &r, 0, FALSE);
      }
      {
        char *args[] = { cli, (char *) "validate", path, NULL };

        if (!run (args, log, &r) || r.exit_status != 0)
          {
            g_printerr ("entente-bench-limits: %s is refused; see %s\n", shapes[i].name, log);
            return 1;
          }
        all_ok &= report ("validate (load)", &r, twenty ? GOAL_ITEMS_LOAD_MS : GOAL_MS, TRUE);
      }
      {
        char *args[] = { cli, (char *) "check", path, NULL };

        all_ok &= run (args, log, &r) && report ("check", &r, GOAL_MS, TRUE);
      }
      {
        char *args[] = { cli, (char *) "diff", path, other, NULL };

        all_ok &= run (args, log, &r) && report ("diff", &r, GOAL_MS, TRUE);
      }
      {
        g_autofree char *html = g_strconcat (out, ".html", NULL);
        char *args[] = { cli, (char *) "export", path, (char *) "-o", html, NULL };

        all_ok &= run (args, log, &r) && report ("export HTML", &r, GOAL_MS, TRUE);
      }
      {
        g_autofree char *md = g_strconcat (out, ".md", NULL);
        char *args[] = { cli, (char *) "export", path, (char *) "-o", md, NULL };

        all_ok &= run (args, log, &r) && report ("export Markdown", &r, GOAL_MS, TRUE);
      }
      if (twenty)
        {
          g_autofree char *pdf = g_strconcat (out, ".pdf", NULL);
          char *args[] = { cli, (char *) "export", path, (char *) "-o", pdf, NULL };

          if (run (args, log, &r))
            report ("export PDF", &r, GOAL_MS, FALSE);
        }
    }

  g_print ("\nGoal: each at most %.0f ms and %.0f MB, 20,000 items loaded in %.0f ms: %s\n",
           GOAL_MS, GOAL_MB, GOAL_ITEMS_LOAD_MS, entente_bench_met (all_ok));
  return 0;
}
