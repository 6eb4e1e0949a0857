/* test-document.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-completeness.h"
#include "entente-core.h"
#include "entente-test-util.h"


static gpointer
item_at (GListModel *list,
         guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, position);

  g_assert_nonnull (item);
  /* The list keeps its reference; tests borrow. */
  return item;
}

static void
assert_strv (const char * const *strv,
             const char         *joined)
{
  g_autofree char *s = g_strjoinv ("|", (char **) strv);

  g_assert_cmpstr (s, ==, joined);
}

static void
test_acme_meta_and_parties (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntenteMeta *meta = entente_document_get_meta (doc);
  EntenteParty *sdr;

  g_assert_cmpstr (entente_document_get_format (doc), ==, "1");
  g_assert_cmpstr (entente_meta_get_title (meta), ==, "Acme Cloud — Sales & Marketing SLA");
  g_assert_cmpstr (entente_meta_get_organization (meta), ==, "Acme Cloud Ltd.");
  g_assert_cmpint (entente_meta_get_revision (meta), ==, 3);
  g_assert_cmpint (g_date_get_year (entente_meta_get_effective (meta)), ==, 2027);
  g_assert_cmpint (g_date_get_day (entente_meta_get_review_by (meta)), ==, 30);
  g_assert_cmpstr (entente_meta_get_currency (meta), ==, "USD");
  g_assert_cmpstr (entente_meta_get_timezone (meta), ==, "America/New_York");
  g_assert_cmpuint (entente_meta_get_business_days (meta), ==,
                    ENTENTE_WEEKDAYS_MON | ENTENTE_WEEKDAYS_TUE | ENTENTE_WEEKDAYS_WED |
                    ENTENTE_WEEKDAYS_THU | ENTENTE_WEEKDAYS_FRI);
  g_assert_cmpint (entente_meta_get_business_start (meta), ==, 9 * 60);
  g_assert_cmpint (entente_meta_get_business_end (meta), ==, 17 * 60);
  g_assert_true (g_str_has_prefix (entente_meta_get_purpose (meta), "Marketing and Sales agree"));

  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_parties (doc)), ==, 3);
  sdr = entente_document_find_party (doc, "sdr");
  g_assert_nonnull (sdr);
  g_assert_cmpint (entente_party_get_kind (sdr), ==, ENTENTE_PARTY_KIND_SALES_DEVELOPMENT);
  g_assert_cmpstr (entente_party_get_team (sdr), ==, "Sales Development");
  g_assert_cmpstr (entente_party_get_leader (sdr), ==, "Luis Ortega");
  g_assert_cmpstr (entente_party_get_role (sdr), ==, "SDR Manager");
  g_assert_cmpstr (entente_party_get_email (sdr), ==, "luis.ortega@acme.example");
  g_assert_null (entente_document_find_party (doc, "finance"));
}

static void
test_acme_personas_and_stages (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntentePersona *olivia = item_at (entente_document_get_personas (doc), 0);
  EntentePersona *ian = item_at (entente_document_get_personas (doc), 1);
  EntenteStage *mql = entente_document_find_stage (doc, "mql");
  EntenteCriterion *negative;

  g_assert_cmpstr (entente_persona_get_id (olivia), ==, "ops-olivia");
  g_assert_cmpstr (entente_persona_get_name (olivia), ==, "Operations Olivia");
  assert_strv (entente_persona_get_job_titles (olivia), "Head of Operations|COO|Operations Director");
  g_assert_cmpint (entente_persona_get_seniority (olivia), ==, ENTENTE_SENIORITY_DIRECTOR);
  g_assert_cmpint (entente_persona_get_company_size_min (olivia), ==, 50);
  g_assert_cmpint (entente_persona_get_company_size_max (olivia), ==, 500);
  g_assert_cmpfloat (entente_persona_get_annual_revenue_max (olivia), ==, 100000000.0);
  assert_strv (entente_persona_get_regions (olivia), "North America|Western Europe");
  assert_strv (entente_persona_get_disqualifiers (olivia), "Fewer than 20 employees|Public-sector procurement only");
  /* Absent values read as unset. */
  g_assert_cmpfloat (entente_persona_get_annual_revenue_min (ian), ==, 0.0);
  assert_strv (entente_persona_get_objections (ian), "Data residency");

  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_stages (doc)), ==, 6);
  g_assert_nonnull (mql);
  g_assert_cmpstr (entente_stage_get_owner (mql), ==, "marketing");
  g_assert_cmpstr (entente_stage_get_name (mql), ==, "Marketing Qualified Lead");
  g_assert_cmpint (entente_stage_get_threshold (mql), ==, 60);
  g_assert_cmpuint (g_list_model_get_n_items (entente_stage_get_criteria (mql)), ==, 5);
  negative = item_at (entente_stage_get_criteria (mql), 4);
  g_assert_cmpint (entente_criterion_get_kind (negative), ==, ENTENTE_CRITERION_KIND_NEGATIVE);
  g_assert_cmpint (entente_criterion_get_points (negative), ==, -40);
  g_assert_cmpstr (entente_criterion_get_text (negative), ==, "Competitor, student or personal email domain");
  g_assert_cmpuint (g_list_model_get_n_items (entente_stage_get_criteria (entente_document_find_stage (doc, "lead"))), ==, 0);
}

static void
test_acme_goals_handoffs_protocols (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntenteGoals *goals = entente_document_get_goals (doc);
  EntenteConversion *lead_mql = item_at (entente_goals_get_conversions (goals), 0);
  EntenteTarget *sql_target = item_at (entente_goals_get_targets (goals), 1);
  EntenteHandoff *handoff = item_at (entente_document_get_handoffs (doc), 0);
  EntenteProtocol *protocol = item_at (entente_document_get_protocols (doc), 0);
  EntenteEscalationStep *step = item_at (entente_protocol_get_escalation (protocol), 1);

  g_assert_cmpint (entente_goals_get_period (goals), ==, ENTENTE_PERIOD_MONTH);
  g_assert_cmpfloat (entente_goals_get_revenue (goals), ==, 250000.0);
  g_assert_cmpfloat (entente_goals_get_average_deal (goals), ==, 12500.0);
  g_assert_cmpfloat (entente_goals_get_marketing_share (goals), ==, 0.7);
  g_assert_cmpuint (g_list_model_get_n_items (entente_goals_get_conversions (goals)), ==, 5);
  g_assert_cmpstr (entente_conversion_get_from (lead_mql), ==, "lead");
  g_assert_cmpstr (entente_conversion_get_to (lead_mql), ==, "mql");
  g_assert_cmpfloat (entente_conversion_get_rate (lead_mql), ==, 0.15);
  g_assert_cmpstr (entente_target_get_stage (sql_target), ==, "sql");
  g_assert_cmpint (entente_target_get_count (sql_target), ==, 120);
  g_assert_cmpstr (entente_target_get_party (sql_target), ==, "sdr");

  g_assert_cmpstr (entente_handoff_get_id (handoff), ==, "mql-to-sdr");
  g_assert_cmpstr (entente_handoff_get_from (handoff), ==, "mql");
  g_assert_cmpstr (entente_handoff_get_to (handoff), ==, "sdr");
  g_assert_cmpint (entente_handoff_get_routing (handoff), ==, ENTENTE_ROUTING_ROUND_ROBIN);
  g_assert_cmpint (entente_duration_to_seconds (entente_handoff_get_accept_within (handoff)), ==, 4 * 3600);
  g_assert_true (entente_handoff_get_accept_within_business_hours (handoff));
  assert_strv (entente_handoff_get_rejection_reasons (handoff), "Not in ideal customer profile|Duplicate|No valid contact data");
  g_assert_true (g_str_has_prefix (entente_handoff_get_notes (handoff), "The SDR accepts"));

  g_assert_cmpstr (entente_protocol_get_stage (protocol), ==, "mql");
  g_assert_cmpstr (entente_protocol_get_party (protocol), ==, "sdr");
  g_assert_cmpuint (entente_protocol_get_first_response (protocol)->hours, ==, 1);
  g_assert_true (entente_protocol_get_first_response_business_hours (protocol));
  g_assert_cmpint (entente_protocol_get_attempts (protocol), ==, 6);
  g_assert_cmpuint (entente_protocol_get_attempts_over (protocol)->days, ==, 14);
  assert_strv (entente_protocol_get_channels (protocol), "phone|email|linkedin");
  g_assert_cmpuint (entente_protocol_get_status_update_within (protocol)->days, ==, 2);
  g_assert_cmpuint (entente_protocol_get_recycle_after (protocol)->days, ==, 14);
  g_assert_cmpstr (entente_protocol_get_recycle_to (protocol), ==, "lead");
  g_assert_true (entente_protocol_get_recycle_reason_required (protocol));
  g_assert_cmpuint (entente_escalation_step_get_after (step)->days, ==, 3);
  g_assert_cmpstr (entente_escalation_step_get_to (step), ==, "VP Sales");
}

static void
test_acme_review (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntenteReview *review = entente_document_get_review (doc);
  EntenteAccountability *sales = item_at (entente_review_get_accountability (review), 1);

  g_assert_cmpint (entente_review_get_cadence (review), ==, ENTENTE_CADENCE_MONTHLY);
  assert_strv (entente_review_get_attendees (review), "VP Marketing|VP Sales|SDR Manager|Marketing Operations");
  g_assert_cmpuint (g_strv_length ((char **) entente_review_get_metrics (review)), ==, 3);
  g_assert_cmpstr (entente_accountability_get_party (sales), ==, "sales");
  g_assert_true (g_str_has_prefix (entente_accountability_get_text (sales), "If fewer than 90%"));
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_approvals (doc)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_comments (doc)), ==, 0);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
on_changed (EntenteItem *item,
            guint       *count)
{
  (*count)++;
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* A reference reads as the name of what it names, or as itself. */
static void
test_reference_names (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteStage) stage = NULL;

  g_assert_cmpstr (entente_document_stage_name (doc, "mql"), ==, "Marketing Qualified Lead");
  g_assert_cmpstr (entente_document_stage_name (doc, "no-such-stage"), ==, "no-such-stage");
  g_assert_null (entente_document_stage_name (doc, NULL));
  g_assert_null (entente_document_stage_name (doc, ""));
  g_assert_cmpstr (entente_document_party_team (doc, "sdr"), ==, "Sales Development");
  g_assert_cmpstr (entente_document_party_team (doc, "nobody"), ==, "nobody");
  g_assert_null (entente_document_party_team (doc, ""));

  /* A stage without a name yet reads as its id, not as nothing. */
  stage = g_object_ref (entente_document_find_stage (doc, "mql"));
  g_object_set (stage, "name", "", NULL);
  g_assert_cmpstr (entente_document_stage_name (doc, "mql"), ==, "mql");
}

static void
test_edits_notify_and_mark_modified (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntenteMeta *meta = entente_document_get_meta (doc);
  EntenteStage *mql = entente_document_find_stage (doc, "mql");
  guint notified = 0, changed = 0, doc_changed = 0;

  g_signal_connect (meta, "notify::title", G_CALLBACK (on_notify), &notified);
  g_signal_connect (meta, "changed", G_CALLBACK (on_changed), &changed);
  g_signal_connect (doc, "changed", G_CALLBACK (on_changed), &doc_changed);
  g_assert_false (entente_document_get_modified (doc));

  /* Setting the same value is no edit. */
  g_object_set (meta, "title", "Acme Cloud — Sales & Marketing SLA", NULL);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_cmpuint (doc_changed, ==, 0);
  g_assert_false (entente_document_get_modified (doc));

  g_object_set (meta, "title", "Acme 2027", NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (doc_changed, ==, 1);
  g_assert_true (entente_document_get_modified (doc));
  g_assert_cmpstr (entente_meta_get_title (meta), ==, "Acme 2027");

  /* Edits deep down reach the document too. */
  entente_document_set_modified (doc, FALSE);
  entente_item_set_int (ENTENTE_ITEM (mql), ENTENTE_STAGE_FIELD_THRESHOLD, 65);
  g_assert_cmpuint (doc_changed, ==, 2);
  g_assert_true (entente_document_get_modified (doc));
  g_assert_cmpint (entente_stage_get_threshold (mql), ==, 65);
}

static void
test_list_editing (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  GListModel *personas = entente_document_get_personas (doc);
  g_autoptr(EntentePersona) nina = entente_persona_new ();
  g_autoptr(EntentePersona) olivia = g_list_model_get_item (personas, 0);
  guint items_changed = 0, doc_changed = 0;

  g_signal_connect (personas, "items-changed", G_CALLBACK (on_items_changed), &items_changed);
  g_signal_connect (doc, "changed", G_CALLBACK (on_changed), &doc_changed);

  g_object_set (nina, "id", "nina", "name", "Nina", NULL);
  entente_item_insert (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 1, ENTENTE_ITEM (nina));
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 3);
  g_assert_true (entente_item_get_parent (ENTENTE_ITEM (nina)) == ENTENTE_ITEM (doc));
  g_assert_true (item_at (personas, 1) == nina);

  entente_item_move (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0, 2);
  g_assert_true (item_at (personas, 2) == olivia);

  entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 0);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 2);
  g_assert_cmpuint (doc_changed, ==, 3);
  g_assert_cmpuint (items_changed, >=, 3);

  /* A removed item is detached: its edits no longer touch the document. */
  entente_document_set_modified (doc, FALSE);
  entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_PERSONAS, 1);
  entente_document_set_modified (doc, FALSE);
  g_assert_null (entente_item_get_parent (ENTENTE_ITEM (olivia)));
  g_object_set (olivia, "name", "Detached", NULL);
  g_assert_false (entente_document_get_modified (doc));
}

static void
test_properties_follow_tables (void)
{
  g_autoptr(EntenteProtocol) protocol = entente_protocol_new ();
  g_autoptr(EntenteDuration) hour = entente_duration_parse ("PT1H");
  g_autoptr(EntenteDuration) read_back = NULL;
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (protocol), "first-response-business-hours");
  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
  g_assert_true (G_IS_PARAM_SPEC_BOOLEAN (pspec));
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (protocol), "escalation");
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);

  g_object_set (protocol, "first-response", hour, "attempts", 6, NULL);
  g_object_get (protocol, "first-response", &read_back, NULL);
  g_assert_true (entente_duration_equal (read_back, hour));
  g_assert_cmpint (entente_protocol_get_attempts (protocol), ==, 6);
}

static const char *
shout (const char *text,
       gpointer    data)
{
  GPtrArray *keep = data;
  char *upper = g_utf8_strup (text, -1);

  g_ptr_array_add (keep, upper);
  return upper;
}

static void
test_translate_texts (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  EntenteStage *mql = entente_document_find_stage (doc, "mql");
  EntenteProtocol *protocol = item_at (entente_document_get_protocols (doc), 0);

  entente_item_translate_texts (ENTENTE_ITEM (doc), shout, keep);

  /* Texts people read are translated... */
  g_assert_cmpstr (entente_meta_get_title (entente_document_get_meta (doc)), ==, "ACME CLOUD — SALES & MARKETING SLA");
  g_assert_cmpstr (entente_stage_get_name (mql), ==, "MARKETING QUALIFIED LEAD");
  assert_strv (entente_protocol_get_channels (protocol), "PHONE|EMAIL|LINKEDIN");
  /* ...ids, references and typed values are not. */
  g_assert_cmpstr (entente_stage_get_id (mql), ==, "mql");
  g_assert_cmpstr (entente_stage_get_owner (mql), ==, "marketing");
  g_assert_cmpstr (entente_meta_get_currency (entente_document_get_meta (doc)), ==, "USD");
  g_assert_cmpstr (entente_meta_get_timezone (entente_document_get_meta (doc)), ==, "America/New_York");
  g_assert_cmpuint (entente_protocol_get_first_response (protocol)->hours, ==, 1);
}

/* Business hours that run past midnight are complete; hours that never
 * open are not. */
static void
test_completeness_night_shift (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  EntenteItem *meta = ENTENTE_ITEM (entente_document_get_meta (document));
  guint done, total, night_done, night_total, never_done, never_total;

  entente_completeness_measure (document, ENTENTE_SECTION_OVERVIEW, &done, &total);
  g_assert_cmpuint (done, ==, total);

  entente_item_set_int (meta, ENTENTE_META_FIELD_BUSINESS_START, 22 * 60);
  entente_item_set_int (meta, ENTENTE_META_FIELD_BUSINESS_END, 6 * 60);
  entente_completeness_measure (document, ENTENTE_SECTION_OVERVIEW, &night_done, &night_total);
  g_assert_cmpuint (night_done, ==, night_total);

  entente_item_set_int (meta, ENTENTE_META_FIELD_BUSINESS_END, 22 * 60);
  entente_completeness_measure (document, ENTENTE_SECTION_OVERVIEW, &never_done, &never_total);
  g_assert_cmpuint (never_done + 1, ==, never_total);
}

/* Which texts the window edits as paragraphs is said by the model, and
 * the accessors give the same table the class holds. */
static void
test_paragraph_fields (void)
{
  static const struct {
    GType (*get_type) (void);
    guint field;
  } paragraphs[] = {
    { entente_meta_get_type, ENTENTE_META_FIELD_PURPOSE },
    { entente_persona_get_type, ENTENTE_PERSONA_FIELD_SUMMARY },
    { entente_stage_get_type, ENTENTE_STAGE_FIELD_DEFINITION },
    { entente_handoff_get_type, ENTENTE_HANDOFF_FIELD_NOTES },
    { entente_accountability_get_type, ENTENTE_ACCOUNTABILITY_FIELD_TEXT },
    { entente_reply_get_type, ENTENTE_REPLY_FIELD_TEXT },
  };
  g_autoptr(EntenteItem) criterion = g_object_new (ENTENTE_TYPE_CRITERION, NULL);
  g_autoptr(EntenteItem) meta = g_object_new (ENTENTE_TYPE_META, NULL);
  guint n_paragraphs = 0;

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    g_assert_true (entente_item_type_get_field (paragraphs[i].get_type (), paragraphs[i].field)->flags & ENTENTE_FIELD_PARAGRAPH);

  /* A criterion's text is its name, one line. */
  g_assert_false (entente_item_get_field (criterion, ENTENTE_CRITERION_FIELD_TEXT)->flags & ENTENTE_FIELD_PARAGRAPH);
  for (guint i = 0; i < entente_item_get_n_fields (meta); i++)
    n_paragraphs += (entente_item_get_field (meta, i)->flags & ENTENTE_FIELD_PARAGRAPH) != 0;
  g_assert_cmpuint (n_paragraphs, ==, 1);
  g_assert_cmpuint (entente_item_get_n_fields (meta), ==, ENTENTE_ITEM_GET_CLASS (meta)->n_fields);
  g_assert_true (entente_item_get_field (meta, 0) == &ENTENTE_ITEM_GET_CLASS (meta)->fields[0]);
  g_assert_null (entente_item_type_get_field (ENTENTE_TYPE_META, entente_item_get_n_fields (meta)));
}

/* A stage that targets, handoffs and protocols name cannot be removed,
 * and the refusal says where it is named; an unnamed one can. */
static void
test_check_removal (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  EntenteStage *mql = entente_document_find_stage (document, "mql");
  g_autoptr(EntentePersona) persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  g_autoptr(EntenteStage) lonely = g_object_new (ENTENTE_TYPE_STAGE, "id", "lonely", "name", "Lonely", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *named = NULL;
  g_autofree char *expected_start = NULL;

  g_assert_nonnull (mql);
  g_assert_false (entente_document_check_removal (document, ENTENTE_ITEM (mql), &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE);
  /* The stage by its name, then where it is used, each place with its section. */
  named = entente_item_describe (document, ENTENTE_ITEM (mql));
  expected_start = g_strdup_printf ("“%s”", named);
  g_assert_true (g_str_has_prefix (error->message, expected_start));
  g_assert_nonnull (strstr (error->message, entente_section_get_title (ENTENTE_SECTION_GOALS)));
  g_assert_cmpuint (entente_document_count_references (document, ENTENTE_ITEM (mql)), >, 3);
  g_assert_nonnull (strstr (error->message, "…"));
  g_clear_error (&error);

  g_assert_true (entente_document_check_removal (document, ENTENTE_ITEM (persona), &error));
  g_assert_no_error (error);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_STAGES, ENTENTE_ITEM (lonely));
  g_assert_true (entente_document_check_removal (document, ENTENTE_ITEM (lonely), &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/acme/meta-and-parties", test_acme_meta_and_parties);
  g_test_add_func ("/document/acme/personas-and-stages", test_acme_personas_and_stages);
  g_test_add_func ("/document/acme/goals-handoffs-protocols", test_acme_goals_handoffs_protocols);
  g_test_add_func ("/document/acme/review", test_acme_review);
  g_test_add_func ("/document/reference-names", test_reference_names);
  g_test_add_func ("/document/edits-notify-and-mark-modified", test_edits_notify_and_mark_modified);
  g_test_add_func ("/document/list-editing", test_list_editing);
  g_test_add_func ("/document/properties-follow-tables", test_properties_follow_tables);
  g_test_add_func ("/document/translate-texts", test_translate_texts);
  g_test_add_func ("/document/completeness-night-shift", test_completeness_night_shift);
  g_test_add_func ("/document/paragraph-fields", test_paragraph_fields);
  g_test_add_func ("/document/check-removal", test_check_removal);

  return g_test_run ();
}
