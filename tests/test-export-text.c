/* test-export-text.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>

#include "entente-core.h"
#include "entente-export-html.h"
#include "entente-export-markdown.h"
#include "entente-test-util.h"

/* The agreement as HTML and Markdown: valid markup, every string of the
 * document in it, and nothing a user typed turned into markup. */

static const char * const acme_strings[] = {
  /* party leaders and roles */
  "Dana Whitfield", "Luis Ortega", "Priya Raman", "VP Marketing", "SDR Manager", "VP Sales",
  /* personas, with fields from top to bottom */
  "Operations Olivia", "IT Ian", "Head of Operations", "New warehouse opening",
  "Public-sector procurement only", "Student or personal email address",
  /* stages */
  "Marketing Qualified Lead", "Sales Accepted Lead", "Sales Qualified Lead", "Opportunity", "Customer",
  "Requested a demo or pricing",
  /* planned need and committed targets */
  "2,075", "312", "187", "400", "120",
  /* handoffs and protocols, durations in words */
  "4 business hours", "1 business hour", "24 business hours", "6 attempts over 14 days",
  "SDR manager", "Sales manager", "After 14 days",
  /* review */
  "Share of MQLs contacted within the response window",
  "presents a recovery plan",
};

static const char * const khmer_strings[] = {
  "កិច្ចព្រមព្រៀងកម្រិតសេវាកម្ម ការលក់ និងទីផ្សារ",
  "សុខ ចាន់ធា",
  "ហេង វិបុល",
  "ម្ចាស់ហាងលក់រាយ",
  "ការនាំមុខដែលមានលក្ខណៈសម្បត្តិគ្រប់គ្រាន់ផ្នែកលក់",
};

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  char *text = g_strndup (data, size);

  g_assert_cmpuint (strlen (text), ==, size);
  g_assert_true (g_utf8_validate (text, -1, NULL));

  return text;
}

static char *
export_html (EntenteDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = entente_export_html (document, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes_to_string (bytes);
}

static char *
export_markdown (EntenteDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = entente_export_markdown (document, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes_to_string (bytes);
}

/* `xmllint --html --noout` says nothing about @html, and an XML parser
 * reads it too: every element is closed. */
static void
assert_valid_html (const char *html)
{
  g_auto(EntenteTestRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  xmlDocPtr xml;
  int fd;

  fd = g_file_open_tmp ("entente-export-XXXXXX.html", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, html, -1, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { g_getenv ("XMLLINT"), "--html", "--noout", path, NULL };

    g_assert_nonnull (argv[0]);
    entente_test_run_program (&run, argv);
  }
  g_unlink (path);

  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  xml = xmlReadMemory (html, strlen (html), "export.html", "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  g_assert_nonnull (xml);
  xmlFreeDoc (xml);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("the export lacks “%s”", needle);
}

/* The funnel diagram: an SVG inside the page. */
static void
assert_inline_svg (const char *html)
{
  const char *marker = "src=\"data:image/svg+xml;base64,";
  const char *start = strstr (html, marker);
  const char *end;
  g_autofree char *base64 = NULL;
  g_autofree guchar *svg = NULL;
  g_autofree char *text = NULL;
  gsize size;

  g_assert_nonnull (start);
  start += strlen (marker);
  end = strchr (start, '"');
  g_assert_nonnull (end);

  base64 = g_strndup (start, end - start);
  svg = g_base64_decode (base64, &size);
  text = g_strndup ((const char *) svg, size);
  assert_contains (text, "<svg");
  assert_contains (text, "</svg>");
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
test_html_acme (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *html = export_html (document);
  const char *sections[] = { "parties", "personas", "lead-definitions", "goals",
                             "handoffs", "protocols", "review", "approvals" };
  const char *order[] = { "<h1>", "id=\"contents\"", "id=\"parties\"", "id=\"personas\"",
                          "id=\"lead-definitions\"", "id=\"goals\"", "id=\"handoffs\"",
                          "id=\"protocols\"", "id=\"review\"", "id=\"approvals\"" };
  const char *last = html;

  assert_valid_html (html);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  assert_contains (html, "<meta charset=\"utf-8\" />");
  assert_contains (html, "<title>Acme Cloud — Sales &amp; Marketing SLA</title>");
  assert_contains (html, "<h1>Acme Cloud — Sales &amp; Marketing SLA</h1>");
  assert_contains (html, "@media print");
  assert_contains (html, "<th scope=\"col\">");
  assert_contains (html, "<thead>");
  g_assert_cmpuint (count_occurrences (html, "<h1>"), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (acme_strings); i++)
    assert_contains (html, acme_strings[i]);

  /* The sections in the order of the printed agreement, each linked from
   * the contents. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *at = strstr (last, order[i]);

      if (at == NULL)
        g_error ("“%s” is missing or out of order", order[i]);
      last = at;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *href = g_strdup_printf ("<a href=\"#%s\">", sections[i]);

      assert_contains (html, href);
    }

  /* A signature block per party. */
  g_assert_cmpuint (count_occurrences (html, "<div class=\"signature\">"), ==, 3);

  assert_inline_svg (html);
}

static void
test_html_khmer (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("angkor-retail-km.entente");
  g_autofree char *html = export_html (document);

  assert_valid_html (html);
  assert_contains (html, "<html lang=\"km\">");
  for (guint i = 0; i < G_N_ELEMENTS (khmer_strings); i++)
    assert_contains (html, khmer_strings[i]);
}

static void
test_markdown_khmer (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("angkor-retail-km.entente");
  g_autofree char *markdown = export_markdown (document);

  for (guint i = 0; i < G_N_ELEMENTS (khmer_strings); i++)
    assert_contains (markdown, khmer_strings[i]);
}

/* The cells of a Markdown table row: its pipes that no backslash escapes,
 * less one. */
static guint
count_cells (const char *line)
{
  guint pipes = 0;

  for (const char *p = line; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (*p == '|')
        pipes++;
    }

  return pipes - 1;
}

static gboolean
is_separator_row (const char *line)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\|( :?-{3,}:? \\|)+$", 0, 0, NULL);

  return g_regex_match (regex, line, 0, NULL);
}

/* Every table has a header, a separator and rows of the header's width. */
static guint
assert_tables_well_formed (const char *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  guint tables = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint width;

      if (lines[i][0] != '|')
        continue;

      tables++;
      width = count_cells (lines[i]);
      g_assert_cmpuint (width, >, 0);
      g_assert_nonnull (lines[i + 1]);
      g_assert_true (is_separator_row (lines[i + 1]));
      g_assert_cmpuint (count_cells (lines[i + 1]), ==, width);
      for (i += 2; lines[i] != NULL && lines[i][0] == '|'; i++)
        if (count_cells (lines[i]) != width)
          g_error ("a row of %u cells in a table of %u: %s", count_cells (lines[i]), width, lines[i]);
      if (lines[i] == NULL)
        break;
      g_assert_cmpstr (lines[i], ==, "");
    }

  return tables;
}

static void
test_markdown_acme (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *markdown = export_markdown (document);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  const char *stages[] = { "Lead", "Marketing Qualified Lead", "Sales Accepted Lead",
                           "Sales Qualified Lead", "Opportunity", "Customer" };
  guint header = 0;

  g_assert_true (g_str_has_prefix (markdown, "# Acme Cloud — Sales & Marketing SLA\n"));
  for (guint i = 0; i < G_N_ELEMENTS (acme_strings); i++)
    assert_contains (markdown, acme_strings[i]);

  assert_contains (markdown, "\n## Contents\n");
  assert_contains (markdown, "1. [Parties and roles](#parties-and-roles)\n");
  assert_contains (markdown, "[Lead-management protocols](#lead-management-protocols)\n");
  assert_contains (markdown, "8. [Approvals](#approvals)\n");
  assert_contains (markdown, "\n## Goals\n");
  assert_contains (markdown, "\n## Lead-management protocols\n");
  g_assert_null (strstr (markdown, "<img"));
  g_assert_null (strstr (markdown, "<svg"));

  g_assert_cmpuint (assert_tables_well_formed (markdown), >, 5);

  /* The stage table: a header, its separator, a row per stage. */
  for (guint i = 0; lines[i] != NULL && header == 0; i++)
    if (g_str_equal (lines[i], "| Stage | Owner | Definition |"))
      header = i;
  g_assert_cmpuint (header, >, 0);
  g_assert_cmpstr (lines[header + 1], ==, "| --- | --- | --- |");
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autofree char *start = g_strdup_printf ("| %s | ", stages[i]);

      g_assert_true (g_str_has_prefix (lines[header + 2 + i], start));
    }
  g_assert_cmpstr (lines[header + 2 + G_N_ELEMENTS (stages)], ==, "");

  /* The plan, numbers right-aligned. */
  assert_contains (markdown, "| Stage | Needed | Target | Committed by | Gap |\n"
                             "| --- | ---: | ---: | --- | ---: |\n"
                             "| Lead | 2,075 | — | — | — |\n");
  assert_contains (markdown, "| Marketing Qualified Lead | 312 | 400 | Marketing | +88 |\n");
}

static const char hostile_name[] = "<script>alert(1)</script> & \"Quoted\" 'single' | pipe\n# not a heading";
static const char hostile_summary[] =
  "<script>document.write('x')</script>\n| a | b |\n* not a list\n1. not a list\n"
  "_under_ `code` [link](http://example.com) &amp; \\ ~str\x01ike~";

static EntenteDocument *
hostile_document (void)
{
  EntenteDocument *document = entente_document_new ();
  g_autoptr(EntentePersona) persona = entente_persona_new ();
  g_autoptr(EntenteParty) party = entente_party_new ();
  const char *pains[] = { "</td></tr></table><script>x()</script>", "a|b|c", NULL };

  g_object_set (persona, "id", "x", "name", hostile_name, "summary", hostile_summary,
                "pains", pains, NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, ENTENTE_ITEM (persona));

  g_object_set (party, "id", "p", "team", "Team | <b>bold</b>", "leader", "-- \"Leader\" --",
                "role", "Role\nwith a line break", NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PARTIES, ENTENTE_ITEM (party));

  return document;
}

static void
test_hostile_html (void)
{
  g_autoptr(EntenteDocument) document = hostile_document ();
  g_autofree char *html = export_html (document);
  g_autofree char *lower = g_ascii_strdown (html, -1);

  assert_valid_html (html);
  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_null (strstr (html, "\x01"));
  assert_contains (html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot; &#39;single&#39; | pipe<br />");
  assert_contains (html, "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;x()&lt;/script&gt;");
  assert_contains (html, "&amp;amp;");
}

static void
test_hostile_markdown (void)
{
  g_autoptr(EntenteDocument) document = hostile_document ();
  g_autofree char *markdown = export_markdown (document);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);

  assert_tables_well_formed (markdown);
  g_assert_null (strstr (markdown, "<script"));
  g_assert_null (strstr (markdown, "<b>"));
  g_assert_null (strstr (markdown, "\x01"));

  /* Nothing typed starts a heading or a list of its own. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_false (g_str_has_prefix (lines[i], "# not"));
      g_assert_false (g_str_has_prefix (lines[i], "* not"));
      g_assert_false (g_str_has_prefix (lines[i], "1. not"));
    }

  assert_contains (markdown, "### &lt;script&gt;alert(1)&lt;/script&gt; & \"Quoted\" 'single' \\| pipe \\# not a heading\n");
  assert_contains (markdown, "\n&lt;script&gt;document.write('x')&lt;/script&gt;<br>\\| a \\| b \\|<br>"
                             "\\* not a list<br>1. not a list<br>\\_under\\_ \\`code\\` \\[link\\](http://example.com) "
                             "&amp;amp; \\\\ \\~strike\\~\n\n");
  assert_contains (markdown, "\n- **Pains:**\n  - &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;x()&lt;/script&gt;\n"
                             "  - a\\|b\\|c\n");
  assert_contains (markdown, "| Team \\| &lt;b&gt;bold&lt;/b&gt; | ");
}

/* The part of @text from @from up to @to (or its end). */
static char *
between (const char *text,
         const char *from,
         const char *to)
{
  const char *start = strstr (text, from);
  const char *end;

  g_assert_nonnull (start);
  end = to != NULL ? strstr (start + strlen (from), to) : NULL;

  return end != NULL ? g_strndup (start, (gsize) (end - start)) : g_strdup (start);
}

/* Three sign-offs in three states: Dana's outdated by a later change,
 * Priya's tampered with (another name under her signature), Luis' valid.
 * Each export gives every sign-off its state and its key's fingerprint,
 * in its signature block and in the audit. */
static void
test_sign_off_states (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autofree char *fingerprint = entente_public_key_fingerprint (entente_signing_key_get_public (entente_test_signing_key ()));
  g_autofree char *html = NULL;
  g_autofree char *markdown = NULL;
  const char *outdated, *invalid, *valid;

  entente_test_sign_three_ways (document);

  html = export_html (document);
  markdown = export_markdown (document);
  assert_valid_html (html);
  assert_tables_well_formed (markdown);

  /* In the agreement's words, English. */
  {
    g_autoptr(EntenteLocaleScope) scope = entente_document_locale_scope_enter (document);

    outdated = entente_sign_off_state_explanation (ENTENTE_SIGN_OFF_OUTDATED);
    invalid = entente_sign_off_state_explanation (ENTENTE_SIGN_OFF_INVALID);
    valid = entente_sign_off_state_explanation (ENTENTE_SIGN_OFF_SIGNED);
  }
  g_assert_true (g_str_has_prefix (outdated, "Outdated:"));

  /* The signature blocks: only Luis' reads “Signed by”; the others
   * name who they claim to be from and what is wrong. */
  {
    g_autofree char *approvals = between (html, "id=\"approvals\"", "id=\"audit\"");
    g_autofree char *marketing = between (approvals, "<h3>Marketing</h3>", "<div class=\"signature\">");
    g_autofree char *sdr = between (approvals, "<h3>Sales Development</h3>", "<div class=\"signature\">");
    g_autofree char *sales = between (approvals, "<h3>Sales</h3>", NULL);
    g_autofree char *key = g_strdup_printf ("<p class=\"small\"><code>Key fingerprint: %s</code></p>", fingerprint);

    assert_contains (marketing, "<p class=\"signatory\">Dana Whitfield, VP Marketing</p>");
    assert_contains (marketing, "<strong>Sign-off in the name of Dana Whitfield, dated ");
    assert_contains (marketing, outdated);
    assert_contains (marketing, "(UTC−05:00)");
    assert_contains (marketing, key);
    g_assert_null (strstr (marketing, "Signed by"));
    assert_contains (sales, "<strong>Sign-off in the name of Pat Morgan, dated ");
    assert_contains (sales, invalid);
    assert_contains (sales, key);
    g_assert_null (strstr (sales, "Signed by"));
    assert_contains (sdr, "<p>Signed by Luis Ortega (SDR Manager) on ");
    assert_contains (sdr, key);
    /* Lines to sign on, on paper, where no valid sign-off stands. */
    assert_contains (marketing, "class=\"sign-line\"");
    assert_contains (sales, "class=\"sign-line\"");
    g_assert_null (strstr (sdr, "sign-line"));
  }
  /* The audit: every fact of every sign-off, its state last. */
  {
    g_autofree char *audit = between (html, "id=\"audit\"", NULL);
    g_autofree char *marketing = between (audit, "<h3>Marketing</h3>", "<h3>");
    g_autofree char *key = g_strdup_printf ("<tr><th scope=\"row\">Key fingerprint</th><td>%s</td></tr>", fingerprint);
    g_autofree char *state = g_strdup_printf ("<tr><th scope=\"row\">State</th><td><strong>%s</strong></td></tr>", outdated);

    assert_contains (marketing, "<tr><th scope=\"row\">Signer</th><td>Dana Whitfield (VP Marketing)</td></tr>");
    assert_contains (marketing, state);
    assert_contains (marketing, key);
    assert_contains (audit, "<tr><th scope=\"row\">Signer</th><td>Pat Morgan (VP Sales)</td></tr>");
    g_clear_pointer (&state, g_free);
    state = g_strdup_printf ("<tr><th scope=\"row\">State</th><td>%s</td></tr>", valid);
    assert_contains (audit, state);
  }
  {
    g_autofree char *approvals = between (markdown, "## Approvals\n", "## Audit of sign-offs\n");
    g_autofree char *marketing = between (approvals, "### Marketing\n", "### ");
    g_autofree char *sdr = between (approvals, "### Sales Development\n", "### ");
    g_autofree char *sales = between (approvals, "### Sales\n", NULL);
    g_autofree char *audit = between (markdown, "## Audit of sign-offs\n", NULL);
    g_autofree char *key = g_strdup_printf ("Key fingerprint: %s\n", fingerprint);
    g_autofree char *state = NULL;

    assert_contains (marketing, "Dana Whitfield, VP Marketing\n");
    assert_contains (marketing, "**Sign-off in the name of Dana Whitfield, dated ");
    assert_contains (marketing, outdated);
    assert_contains (marketing, key);
    g_assert_null (strstr (marketing, "Signed by"));
    assert_contains (sales, invalid);
    assert_contains (sales, key);
    g_assert_null (strstr (sales, "Signed by"));
    assert_contains (sdr, "Signed by Luis Ortega (SDR Manager) on ");
    assert_contains (sdr, key);
    assert_contains (marketing, "______");
    assert_contains (sales, "______");
    g_assert_null (strstr (sdr, "______"));

    state = g_strdup_printf ("- **State:** **%s**\n", outdated);
    assert_contains (audit, state);
    assert_contains (audit, "- **Signer:** Dana Whitfield (VP Marketing)\n");
    g_clear_pointer (&state, g_free);
    state = g_strdup_printf ("- **State:** %s\n", valid);
    assert_contains (audit, state);
  }
}

/* A document with nothing in it still exports, and says so. */
static void
test_empty (void)
{
  g_autoptr(EntenteDocument) document = entente_document_new ();
  g_autofree char *html = export_html (document);
  g_autofree char *markdown = export_markdown (document);

  assert_valid_html (html);
  assert_contains (html, "No buyer personas have been described yet.");
  assert_contains (markdown, "_No buyer personas have been described yet._");
  assert_tables_well_formed (markdown);
}

static void
assert_duration_words (const char *iso,
                       gboolean    business_hours,
                       const char *expected)
{
  g_autoptr(EntenteLocale) english = entente_locale_new ("en");
  g_autoptr(EntenteDuration) duration = entente_duration_parse (iso);
  g_autofree char *words = NULL;

  g_assert_nonnull (duration);
  words = entente_format_duration (english, duration, business_hours);
  g_assert_cmpstr (words, ==, expected);
}

static void
test_words (void)
{
  /* In English whatever the machine's locale. */
  g_autoptr(EntenteLocale) english = entente_locale_new ("en");
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (english);
  g_autofree char *money = entente_format_money (NULL, 250000, "USD");
  g_autofree char *cents = entente_format_money (NULL, 12.5, "EUR");
  g_autofree char *rate = entente_format_rate (NULL, 0.15);
  g_autofree char *half = entente_format_rate (NULL, 0.125);
  g_autofree char *plus = entente_format_signed_count (NULL, 88);
  g_autofree char *minus = entente_format_signed_count (NULL, -12);
  g_autofree char *weekdays = entente_format_weekdays (NULL, ENTENTE_WEEKDAYS_MON | ENTENTE_WEEKDAYS_TUE | ENTENTE_WEEKDAYS_WED
                                                             | ENTENTE_WEEKDAYS_THU | ENTENTE_WEEKDAYS_FRI);
  g_autofree char *some_days = entente_format_weekdays (NULL, ENTENTE_WEEKDAYS_MON | ENTENTE_WEEKDAYS_WED);
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  g_autofree char *date_words = entente_format_date (NULL, date);

  assert_duration_words ("PT1H", TRUE, "1 business hour");
  assert_duration_words ("PT24H", TRUE, "24 business hours");
  assert_duration_words ("PT4H", FALSE, "4 hours");
  assert_duration_words ("P14D", FALSE, "14 days");
  assert_duration_words ("P1D", FALSE, "1 day");
  assert_duration_words ("P2D", TRUE, "2 business days");
  assert_duration_words ("P1DT4H30M", FALSE, "1 day, 4 hours, 30 minutes");
  assert_duration_words ("P1W", FALSE, "1 week");
  g_assert_null (entente_format_duration (NULL, NULL, FALSE));

  g_assert_cmpstr (money, ==, "USD 250,000");
  g_assert_cmpstr (cents, ==, "EUR 12.50");
  g_assert_cmpstr (rate, ==, "15%");
  g_assert_cmpstr (half, ==, "12.5%");
  g_assert_cmpstr (plus, ==, "+88");
  g_assert_cmpstr (minus, ==, "−12");
  g_assert_cmpstr (weekdays, ==, "Monday to Friday");
  g_assert_cmpstr (some_days, ==, "Monday, Wednesday");
  g_assert_cmpstr (date_words, ==, "1 January 2027");
}

int
main (int    argc,
      char **argv)
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export-text/words", test_words);
  g_test_add_func ("/export-text/html/acme", test_html_acme);
  g_test_add_func ("/export-text/html/khmer", test_html_khmer);
  g_test_add_func ("/export-text/html/hostile", test_hostile_html);
  g_test_add_func ("/export-text/markdown/acme", test_markdown_acme);
  g_test_add_func ("/export-text/markdown/khmer", test_markdown_khmer);
  g_test_add_func ("/export-text/markdown/hostile", test_hostile_markdown);
  g_test_add_func ("/export-text/empty", test_empty);
  g_test_add_func ("/export-text/sign-off-states", test_sign_off_states);

  return g_test_run ();
}
