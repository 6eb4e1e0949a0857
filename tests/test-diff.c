/* test-diff.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* The diff in the words people read: one edit of acme at a time, and the
 * exact sentence it must produce, with the section, path and values that
 * the window and scripts use. */

typedef void (*Edit) (EntenteDocument *doc);

/* The pieces of the sentences, from the catalogue, so that the sentences
 * are checked in the language the diff speaks: the section and field
 * names, places joined as in “Personas, IT Ian”, quoted texts and
 * percentages. */

static char *
join (const char *first,
      ...) G_GNUC_NULL_TERMINATED;

static char *
join (const char *first,
      ...)
{
  char *out = g_strdup (first);
  va_list ap;

  va_start (ap, first);
  for (const char *next = va_arg (ap, const char *); next != NULL; next = va_arg (ap, const char *))
    {
      char *joined = g_strdup_printf (_("%s, %s"), out, next);

      g_free (out);
      out = joined;
    }
  va_end (ap);

  return out;
}

/* A field's label inside a sentence: lower case where the catalogue says
 * so, except for abbreviations. */
static char *
label (const char *translated)
{
  const char *second = g_utf8_next_char (translated);
  gunichar first = g_utf8_get_char (translated);
  char buf[8] = { 0 };

  if (!g_str_equal (C_("diff field case", "lower"), "lower") ||
      !g_unichar_isupper (first) || *second == '\0' || g_unichar_isupper (g_utf8_get_char (second)))
    return g_strdup (translated);

  g_unichar_to_utf8 (g_unichar_tolower (first), buf);
  return g_strconcat (buf, second, NULL);
}

static char *
quoted (const char *text)
{
  return g_strdup_printf (_("“%s”"), text);
}

static char *
percent (const char *number)
{
  return g_strdup_printf (_("%s%%"), number);
}

/* “Goals: Marketing Qualified Lead target 400 → 450” */
static char *
target_sentence (const char *stage,
                 const char *old_count,
                 const char *new_count)
{
  return g_strdup_printf (_("%s: %s target %s → %s"), _("Goals"), stage, old_count, new_count);
}

/* “Lead management, Marketing Qualified Lead: attempts 6 → 8” */
static char *
attempts_sentence (void)
{
  g_autofree char *where = join (_("Lead Management"), "Marketing Qualified Lead", NULL);
  g_autofree char *attempts = label (_("Attempts"));

  return g_strdup_printf (_("%s: %s %s → %s"), where, attempts, "6", "8");
}

/* “Overview: title “Acme Cloud — Sales & Marketing SLA” → “Acme Cloud — SLA 2027”” */
static char *
title_sentence (void)
{
  g_autofree char *title = label (_("Title"));
  g_autofree char *old_title = quoted ("Acme Cloud — Sales & Marketing SLA");
  g_autofree char *new_title = quoted ("Acme Cloud — SLA 2027");

  return g_strdup_printf (_("%s: %s %s → %s"), _("Overview"), title, old_title, new_title);
}

/* “Personas, IT Ian: job titles added “CTO”” */
static char *
cto_sentence (void)
{
  g_autofree char *where = join (_("Personas"), "IT Ian", NULL);
  g_autofree char *job_titles = label (_("Job titles"));
  g_autofree char *cto = quoted ("CTO");

  return g_strdup_printf (_("%s: %s added %s"), where, job_titles, cto);
}

static gpointer
nth (GListModel *list,
     guint       i)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, i);

  return item;
}

static char *
messages (GPtrArray *changes)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      EntenteChange *change = g_ptr_array_index (changes, i);

      g_string_append_printf (out, "%s\n", change->message);
    }

  return g_string_free (out, FALSE);
}

/* Diffs acme before and after @edit; @expected is every sentence, each
 * ending in a newline. */
static GPtrArray *
diff_after (Edit        edit,
            const char *expected)
{
  g_autoptr(EntenteDocument) a = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) b = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *text = NULL;

  edit (b);
  changes = entente_diff_documents (a, b);
  text = messages (changes);
  g_assert_cmpstr (text, ==, expected);
  g_assert_false (entente_diff_is_empty (a, b));

  return g_steal_pointer (&changes);
}

static void
assert_change (GPtrArray         *changes,
               guint              i,
               const char        *section,
               EntenteChangeKind  kind,
               const char        *path,
               const char        *field,
               const char        *old_text,
               const char        *new_text)
{
  EntenteChange *change;

  g_assert_cmpuint (i, <, changes->len);
  change = g_ptr_array_index (changes, i);
  g_assert_cmpstr (change->section, ==, section);
  g_assert_cmpint (change->kind, ==, kind);
  g_assert_cmpstr (change->path, ==, path);
  g_assert_cmpstr (change->field, ==, field);
  g_assert_cmpstr (change->old_text, ==, old_text);
  g_assert_cmpstr (change->new_text, ==, new_text);
}

static void
test_equal_after_save (void)
{
  g_autoptr(EntenteDocument) a = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GBytes) saved = entente_document_serialize (a);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) b = entente_document_new_from_bytes (saved, "saved.entente", &error);
  g_autoptr(GPtrArray) changes = NULL;

  g_assert_no_error (error);
  changes = entente_diff_documents (a, b);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_true (entente_diff_is_empty (a, b));
}

/* A save appends the version it writes to the file's ancestry; that is
 * no change to the agreement. */
static void
test_ancestry_is_no_change (void)
{
  g_autoptr(EntenteDocument) a = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) b = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 6, 9, 36, 12);
  g_autoptr(EntenteVersion) version = entente_version_new ("sha256:1111", "sha256:0000", NULL, now);

  g_object_set (entente_document_get_meta (b), "revision", 7, NULL);
  entente_item_append (ENTENTE_ITEM (b), ENTENTE_DOCUMENT_FIELD_ANCESTRY, ENTENTE_ITEM (version));

  changes = entente_diff_documents (a, b);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((EntenteChange *) g_ptr_array_index (changes, 0))->field, ==, "revision");
}

static void
raise_mql_target (EntenteDocument *doc)
{
  g_object_set (nth (entente_goals_get_targets (entente_document_get_goals (doc)), 0), "count", 450, NULL);
}

static void
test_target (void)
{
  g_autofree char *expected = target_sentence ("Marketing Qualified Lead", "400", "450");
  g_autofree char *line = g_strconcat (expected, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (raise_mql_target, line);

  assert_change (changes, 0, "goals", ENTENTE_CHANGE_CHANGED, "goals/targets/mql", "count", "400", "450");
}

static void
remove_ian (EntenteDocument *doc)
{
  entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 1);
}

static void
remove_olivia (EntenteDocument *doc)
{
  entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0);
}

static void
test_persona_added (void)
{
  g_autoptr(EntenteDocument) a = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) b = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *added = g_strdup_printf (_("%s: added %s"), _("Personas"), "IT Ian");
  g_autofree char *expected = g_strconcat (added, "\n", NULL);

  /* Added is removed the other way round. */
  remove_ian (a);
  changes = entente_diff_documents (a, b);
  text = messages (changes);
  g_assert_cmpstr (text, ==, expected);
  assert_change (changes, 0, "personas", ENTENTE_CHANGE_ADDED, "personas/it-ian", NULL, NULL, "IT Ian");
}

static void
test_persona_removed (void)
{
  g_autofree char *removed = g_strdup_printf (_("%s: removed %s"), _("Personas"), "Operations Olivia");
  g_autofree char *expected = g_strconcat (removed, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (remove_olivia, expected);

  assert_change (changes, 0, "personas", ENTENTE_CHANGE_REMOVED, "personas/ops-olivia", NULL, "Operations Olivia", NULL);
}

static void
more_attempts (EntenteDocument *doc)
{
  g_object_set (nth (entente_document_get_protocols (doc), 0), "attempts", 8, NULL);
}

static void
test_protocol_attempts (void)
{
  g_autofree char *sentence = attempts_sentence ();
  g_autofree char *expected = g_strconcat (sentence, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (more_attempts, expected);

  assert_change (changes, 0, "lead-management", ENTENTE_CHANGE_CHANGED, "protocols/mql", "attempts", "6", "8");
}

static void
better_lead_rate (EntenteDocument *doc)
{
  g_object_set (nth (entente_goals_get_conversions (entente_document_get_goals (doc)), 0), "rate", 0.2, NULL);
}

static void
test_conversion_rate (void)
{
  g_autofree char *conversion = g_strdup_printf (_("%s → %s"), "Lead", "Marketing Qualified Lead");
  g_autofree char *where = join (_("Goals"), conversion, NULL);
  g_autofree char *rate = label (_("Conversion rate"));
  g_autofree char *old_rate = percent ("15");
  g_autofree char *new_rate = percent ("20");
  g_autofree char *sentence = g_strdup_printf (_("%s: %s %s → %s"), where, rate, old_rate, new_rate);
  g_autofree char *expected = g_strconcat (sentence, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (better_lead_rate, expected);

  assert_change (changes, 0, "goals", ENTENTE_CHANGE_CHANGED, "goals/conversions/lead>mql", "rate", "0.15", "0.2");
}

static void
add_cto (EntenteDocument *doc)
{
  const char *titles[] = { "IT Manager", "Head of IT", "CTO", NULL };

  entente_item_set_boxed (nth (entente_document_get_personas (doc), 1), ENTENTE_PERSONA_FIELD_JOB_TITLES, titles);
}

static void
test_job_title (void)
{
  g_autofree char *sentence = cto_sentence ();
  g_autofree char *expected = g_strconcat (sentence, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (add_cto, expected);

  assert_change (changes, 0, "personas", ENTENTE_CHANGE_ADDED, "personas/it-ian", "job-titles", NULL, "CTO");
}

static void
rename_job_title (EntenteDocument *doc)
{
  const char *titles[] = { "IT Manager", "Head of IT & Security", NULL };

  entente_item_set_boxed (nth (entente_document_get_personas (doc), 1), ENTENTE_PERSONA_FIELD_JOB_TITLES, titles);
}

static void
reorder_channels (EntenteDocument *doc)
{
  const char *channels[] = { "email", "phone", "linkedin", NULL };

  entente_item_set_boxed (nth (entente_document_get_protocols (doc), 0), ENTENTE_PROTOCOL_FIELD_CHANNELS, channels);
}

static void
test_text_lists (void)
{
  g_autofree char *ian = join (_("Personas"), "IT Ian", NULL);
  g_autofree char *job_titles = label (_("Job titles"));
  g_autofree char *old_title = quoted ("Head of IT");
  g_autofree char *new_title = quoted ("Head of IT & Security");
  g_autofree char *renamed_sentence = g_strdup_printf (_("%s: %s %s → %s"), ian, job_titles, old_title, new_title);
  g_autofree char *renamed_line = g_strconcat (renamed_sentence, "\n", NULL);
  g_autofree char *mql = join (_("Lead Management"), "Marketing Qualified Lead", NULL);
  g_autofree char *channels = label (_("Channels"));
  g_autofree char *reordered_sentence = g_strdup_printf (_("%s: %s reordered"), mql, channels);
  g_autofree char *reordered_line = g_strconcat (reordered_sentence, "\n", NULL);
  g_autoptr(GPtrArray) renamed = diff_after (rename_job_title, renamed_line);
  g_autoptr(GPtrArray) reordered = diff_after (reorder_channels, reordered_line);

  assert_change (renamed, 0, "personas", ENTENTE_CHANGE_CHANGED, "personas/it-ian", "job-titles", "Head of IT", "Head of IT & Security");
  assert_change (reordered, 0, "lead-management", ENTENTE_CHANGE_MOVED, "protocols/mql", "channels", NULL, NULL);
}

static void
swap_sal_and_sql (EntenteDocument *doc)
{
  entente_item_move (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_STAGES, 2, 3);
}

static void
customer_first (EntenteDocument *doc)
{
  entente_item_move (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_STAGES, 5, 0);
}

static void
test_reorder_stages (void)
{
  g_autofree char *moved_after = g_strdup_printf (_("%s: moved %s after %s"), _("Lead Definitions"),
                                                  "Sales Accepted Lead", "Sales Qualified Lead");
  g_autofree char *moved_after_line = g_strconcat (moved_after, "\n", NULL);
  g_autofree char *moved_first = g_strdup_printf (_("%s: moved %s to the top"), _("Lead Definitions"), "Customer");
  g_autofree char *moved_first_line = g_strconcat (moved_first, "\n", NULL);
  g_autoptr(GPtrArray) swapped = diff_after (swap_sal_and_sql, moved_after_line);
  g_autoptr(GPtrArray) first = diff_after (customer_first, moved_first_line);

  assert_change (swapped, 0, "lead-definitions", ENTENTE_CHANGE_MOVED, "stages/sal", NULL, NULL, "Sales Qualified Lead");
  assert_change (first, 0, "lead-definitions", ENTENTE_CHANGE_MOVED, "stages/customer", NULL, NULL, NULL);
}

static void
route_by_territory (EntenteDocument *doc)
{
  g_object_set (nth (entente_document_get_handoffs (doc), 0), "routing", ENTENTE_ROUTING_TERRITORY, NULL);
}

static void
test_handoff_routing (void)
{
  g_autofree char *handoff = g_strdup_printf (_("%1$s → %2$s"), "Marketing Qualified Lead", "Sales Development");
  g_autofree char *where = join (_("Handoff"), handoff, NULL);
  g_autofree char *routing = label (_("Routing"));
  g_autofree char *sentence = g_strdup_printf (_("%s: %s %s → %s"), where, routing, _("Round robin"), _("By territory"));
  g_autofree char *expected = g_strconcat (sentence, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (route_by_territory, expected);

  assert_change (changes, 0, "handoff", ENTENTE_CHANGE_CHANGED, "handoffs/mql-to-sdr", "routing", "round-robin", "territory");
}

static void
retitle (EntenteDocument *doc)
{
  g_object_set (entente_document_get_meta (doc), "title", "Acme Cloud — SLA 2027", NULL);
}

static void
drop_organization (EntenteDocument *doc)
{
  g_object_set (entente_document_get_meta (doc), "organization", "", NULL);
}

static void
test_meta (void)
{
  g_autofree char *retitled = title_sentence ();
  g_autofree char *retitled_line = g_strconcat (retitled, "\n", NULL);
  g_autofree char *organization_label = label (_("Organization"));
  g_autofree char *old_organization = quoted ("Acme Cloud Ltd.");
  g_autofree char *cleared = g_strdup_printf (_("%s: %s cleared (was %s)"), _("Overview"), organization_label,
                                              old_organization);
  g_autofree char *cleared_line = g_strconcat (cleared, "\n", NULL);
  g_autoptr(GPtrArray) title = diff_after (retitle, retitled_line);
  g_autoptr(GPtrArray) organization = diff_after (drop_organization, cleared_line);

  assert_change (title, 0, "overview", ENTENTE_CHANGE_CHANGED, "meta", "title",
                 "Acme Cloud — Sales & Marketing SLA", "Acme Cloud — SLA 2027");
  assert_change (organization, 0, "overview", ENTENTE_CHANGE_CHANGED, "meta", "organization", "Acme Cloud Ltd.", NULL);
}

static void
rewrite_definition (EntenteDocument *doc)
{
  g_object_set (entente_document_find_stage (doc, "lead"), "definition",
                "Any contact who gave us a business email address, whatever the channel.", NULL);
}

static void
test_long_text (void)
{
  g_autofree char *where = join (_("Lead Definitions"), "Lead", NULL);
  g_autofree char *definition = label (_("Definition"));
  g_autofree char *beginning = quoted ("Any contact who gave us a business email address, whatever…");
  g_autofree char *sentence = g_strdup_printf (_("%s: %s changed to %s"), where, definition, beginning);
  g_autofree char *expected = g_strconcat (sentence, "\n", NULL);
  /* A long text is shown by the beginning of its new version. */
  g_autoptr(GPtrArray) changes = diff_after (rewrite_definition, expected);

  assert_change (changes, 0, "lead-definitions", ENTENTE_CHANGE_CHANGED, "stages/lead", "definition",
                 "Any contact who gave us a business email address through a form, event or chat.",
                 "Any contact who gave us a business email address, whatever the channel.");
}

static void
more_points_for_demo (EntenteDocument *doc)
{
  GListModel *criteria = entente_stage_get_criteria (entente_document_find_stage (doc, "mql"));

  g_object_set (nth (criteria, 2), "points", 40, NULL);
}

static void
webinar_first (EntenteDocument *doc)
{
  entente_item_move (ENTENTE_ITEM (entente_document_find_stage (doc, "mql")), ENTENTE_STAGE_FIELD_CRITERIA, 3, 0);
}

static void
drop_vp_escalation (EntenteDocument *doc)
{
  entente_item_remove (nth (entente_document_get_protocols (doc), 0), ENTENTE_PROTOCOL_FIELD_ESCALATION, 1);
}

static void
test_items_without_key (void)
{
  g_autofree char *demo = quoted ("Requested a demo or pricing");
  g_autofree char *demo_where = join (_("Lead Definitions"), "Marketing Qualified Lead", demo, NULL);
  g_autofree char *points_label = label (_("Points"));
  g_autofree char *points_sentence = g_strdup_printf (_("%s: %s %s → %s"), demo_where, points_label, "30", "40");
  g_autofree char *points_line = g_strconcat (points_sentence, "\n", NULL);
  g_autofree char *criteria = label (_("Scoring criteria"));
  g_autofree char *criteria_where = join (_("Lead Definitions"), "Marketing Qualified Lead", criteria, NULL);
  g_autofree char *webinar = quoted ("Attended a webinar in the last 30 days");
  g_autofree char *moved_sentence = g_strdup_printf (_("%s: moved %s to the top"), criteria_where, webinar);
  g_autofree char *moved_line = g_strconcat (moved_sentence, "\n", NULL);
  g_autofree char *escalation = label (_("Escalation"));
  g_autofree char *escalation_where = join (_("Lead Management"), "Marketing Qualified Lead", escalation, NULL);
  g_autofree char *removed_sentence = g_strdup_printf (_("%s: removed %s"), escalation_where, "VP Sales");
  g_autofree char *removed_line = g_strconcat (removed_sentence, "\n", NULL);
  g_autoptr(GPtrArray) points = diff_after (more_points_for_demo, points_line);
  g_autoptr(GPtrArray) moved = diff_after (webinar_first, moved_line);
  g_autoptr(GPtrArray) removed = diff_after (drop_vp_escalation, removed_line);

  assert_change (points, 0, "lead-definitions", ENTENTE_CHANGE_CHANGED, "stages/mql/criteria/2", "points", "30", "40");
  assert_change (moved, 0, "lead-definitions", ENTENTE_CHANGE_MOVED, "stages/mql/criteria/0", NULL, NULL, NULL);
  assert_change (removed, 0, "lead-management", ENTENTE_CHANGE_REMOVED, "protocols/mql/escalation/1", NULL, "VP Sales", NULL);
}

static void
several_edits (EntenteDocument *doc)
{
  /* Made in an order unlike the document's. */
  more_attempts (doc);
  raise_mql_target (doc);
  retitle (doc);
  add_cto (doc);
}

static void
test_document_order (void)
{
  g_autofree char *title = title_sentence ();
  g_autofree char *cto = cto_sentence ();
  g_autofree char *target = target_sentence ("Marketing Qualified Lead", "400", "450");
  g_autofree char *attempts = attempts_sentence ();
  g_autofree char *expected = g_strjoin ("\n", title, cto, target, attempts, "", NULL);
  g_autoptr(GPtrArray) changes = diff_after (several_edits, expected);

  g_assert_cmpuint (changes->len, ==, 4);
}

static void
add_comment (EntenteDocument *doc)
{
  g_autoptr(EntenteComment) comment = entente_comment_new ();
  g_autoptr(GDateTime) time = g_date_time_new_utc (2027, 1, 5, 10, 0, 0);

  g_object_set (comment,
                "id", "c1",
                "anchor", "goals",
                "author", "Priya Raman",
                "time", time,
                "text", "Can marketing commit to 450 MQLs?",
                NULL);
  entente_item_append (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_COMMENTS, ENTENTE_ITEM (comment));
}

static void
test_comments (void)
{
  g_autofree char *comment = quoted ("Can marketing commit to 450 MQLs?");
  g_autofree char *sentence = g_strdup_printf (_("%s: added %s"), _("Comments"), comment);
  g_autofree char *expected = g_strconcat (sentence, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (add_comment, expected);

  assert_change (changes, 0, "comments", ENTENTE_CHANGE_ADDED, "comments/c1", NULL, NULL, "“Can marketing commit to 450 MQLs?”");
}

/* “Approvals: added Dana Whitfield (valid)”: a sign-off's sentence ends
 * with its state, in the words of the diff. */
static char *
sign_off_sentence (const char *sentence,
                   const char *state)
{
  return g_strdup_printf (_("%s (%s)"), sentence, state);
}

static void
approve_dana (EntenteDocument *doc)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (entente_document_approve (doc, "marketing", "Dana Whitfield", "VP Marketing",
                                              entente_test_signing_key (), &error));
  g_assert_no_error (error);
}

static void
approve_dana_then_change (EntenteDocument *doc)
{
  approve_dana (doc);
  entente_test_raise_goals (doc);
}

static void
test_approval_added (void)
{
  g_autofree char *added = g_strdup_printf (_("%s: added %s"), _("Approvals"), "Dana Whitfield");
  g_autofree char *sentence = sign_off_sentence (added, C_("sign-off state", "valid"));
  g_autofree char *expected = g_strconcat (sentence, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (approve_dana, expected);

  assert_change (changes, 0, "approvals", ENTENTE_CHANGE_ADDED, "approvals/marketing", NULL, NULL, "Dana Whitfield");
}

/* Signed, then changed: the sign-off that comes in is outdated, and the
 * diff says so rather than count it as a signature. */
static void
test_approval_outdated (void)
{
  g_autoptr(EntenteDocument) a = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) b = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *added = g_strdup_printf (_("%s: added %s"), _("Approvals"), "Dana Whitfield");
  g_autofree char *expected = sign_off_sentence (added, C_("sign-off state", "outdated"));
  gboolean found = FALSE;

  approve_dana_then_change (b);
  changes = entente_diff_documents (a, b);
  for (guint i = 0; i < changes->len; i++)
    {
      EntenteChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->section, "approvals"))
        {
          g_assert_cmpstr (change->message, ==, expected);
          found = TRUE;
        }
      else
        {
          /* The content's own sentences carry no state. */
          g_assert_null (strstr (change->message, C_("sign-off state", "outdated")));
        }
    }
  g_assert_true (found);
}

/* Another name under Dana's signature: every sentence about the changed
 * sign-off says that its signature does not verify. */
static void
test_approval_forged (void)
{
  g_autoptr(EntenteDocument) a = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) b = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(EntenteApproval) approval = NULL;
  g_autofree char *label_text = label (_("Signer"));
  g_autofree char *before = quoted ("Dana Whitfield");
  g_autofree char *after = quoted ("Pat Morgan");
  g_autofree char *where = join (_("Approvals"), "Dana Whitfield", NULL);
  g_autofree char *sentence = NULL;
  g_autofree char *expected = NULL;

  approve_dana (a);
  b = entente_test_reload (a);
  approval = g_list_model_get_item (entente_document_get_approvals (b), 0);
  g_object_set (approval, "signer", "Pat Morgan", NULL);

  changes = entente_diff_documents (a, b);
  g_assert_cmpuint (changes->len, ==, 1);
  sentence = g_strdup_printf (_("%s: %s %s → %s"), where, label_text, before, after);
  expected = sign_off_sentence (sentence, C_("sign-off state", "signature does not verify"));
  g_assert_cmpstr (((EntenteChange *) g_ptr_array_index (changes, 0))->message, ==, expected);
  assert_change (changes, 0, "approvals", ENTENTE_CHANGE_CHANGED, "approvals/marketing", "signer",
                 "Dana Whitfield", "Pat Morgan");
}

static void
add_mapping (EntenteDocument *doc)
{
  g_autoptr(EntenteActualsMapping) mapping = entente_actuals_mapping_new ();

  entente_actuals_mapping_set (mapping, "first-contact", "First Contact");
  entente_actuals_mapping_store (mapping, doc);
}

static void
test_actuals_mapping (void)
{
  g_autofree char *sentence = g_strdup_printf (_("%s: added %s"), _("Monthly Review"), "first-contact");
  g_autofree char *expected = g_strconcat (sentence, "\n", NULL);
  g_autoptr(GPtrArray) changes = diff_after (add_mapping, expected);

  assert_change (changes, 0, "actuals-mapping", ENTENTE_CHANGE_ADDED, "actuals-mapping/first-contact", NULL, NULL, "first-contact");
}

static void
test_render_text (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autofree char *text = entente_diff_render_text (doc);
  g_autofree char *conversion = g_strdup_printf (_("%s → %s"), "Lead", "Marketing Qualified Lead");
  g_autofree char *rate = percent ("15");
  g_autofree char *handoff = g_strdup_printf (_("%1$s → %2$s"), "Marketing Qualified Lead", "Sales Development");
  char *lines[] = {
    g_strdup_printf ("\n%s › %s: %s\n", _("Overview"), _("Title"), "Acme Cloud — Sales & Marketing SLA"),
    g_strdup_printf ("\n%s › %s › %s: %s\n", _("Personas"), "IT Ian", _("Job titles"), "Head of IT"),
    g_strdup_printf ("\n%s › %s › %s › %s: %s\n", _("Goals"), _("Committed targets"), "Marketing Qualified Lead",
                     _("Count per period"), "400"),
    g_strdup_printf ("\n%s › %s › %s › %s: %s\n", _("Goals"), _("Conversion rates"), conversion,
                     _("Conversion rate"), rate),
    g_strdup_printf ("\n%s › %s › %s: %s\n", _("Lead Management"), "Marketing Qualified Lead", _("Attempts"), "6"),
    g_strdup_printf ("\n%s › %s › %s: %s\n", _("Handoff"), handoff, _("Counted in business hours"), _("yes")),
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      if (strstr (text, lines[i]) == NULL)
        g_error ("the text lacks “%s”", lines[i] + 1);
      g_free (lines[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  /* Each test signs with known keys of its own: test programs running
   * at once would otherwise write over each other's. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/diff/equal-after-save", test_equal_after_save);
  g_test_add_func ("/diff/ancestry-is-no-change", test_ancestry_is_no_change);
  g_test_add_func ("/diff/target", test_target);
  g_test_add_func ("/diff/persona-added", test_persona_added);
  g_test_add_func ("/diff/persona-removed", test_persona_removed);
  g_test_add_func ("/diff/protocol-attempts", test_protocol_attempts);
  g_test_add_func ("/diff/conversion-rate", test_conversion_rate);
  g_test_add_func ("/diff/job-title", test_job_title);
  g_test_add_func ("/diff/text-lists", test_text_lists);
  g_test_add_func ("/diff/reorder-stages", test_reorder_stages);
  g_test_add_func ("/diff/handoff-routing", test_handoff_routing);
  g_test_add_func ("/diff/meta", test_meta);
  g_test_add_func ("/diff/long-text", test_long_text);
  g_test_add_func ("/diff/items-without-key", test_items_without_key);
  g_test_add_func ("/diff/document-order", test_document_order);
  g_test_add_func ("/diff/comments", test_comments);
  g_test_add_func ("/diff/approval-added", test_approval_added);
  g_test_add_func ("/diff/approval-outdated", test_approval_outdated);
  g_test_add_func ("/diff/approval-forged", test_approval_forged);
  g_test_add_func ("/diff/actuals-mapping", test_actuals_mapping);
  g_test_add_func ("/diff/render-text", test_render_text);

  return g_test_run ();
}
