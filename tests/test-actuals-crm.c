/* test-actuals-crm.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Each CRM's export, with the header names it really writes, read
 * against acme-saas.entente with no column mapped by hand: January 2027,
 * New York, business hours Monday to Friday 09:00–17:00, MQL followed up
 * within one business hour.  Every figure is counted by hand. */

static EntenteActualsReport *
review (const char *text)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(GError) error = NULL;
  EntenteActualsReport *report;

  report = entente_actuals_compute (document, stream, "export.csv", NULL, 2027, 1, NULL, &error);
  g_assert_no_error (error);
  return report;
}

static gint64
actual (EntenteActualsReport *report,
        const char           *stage)
{
  return entente_test_report_stage (report, stage)->actual;
}

static const char *
mapped (EntenteActualsReport *report,
        const char           *key)
{
  return entente_actuals_mapping_get (report->mapping, key);
}

/* A sentence kept until the test ends. */
static const char *said (const char *format,
                         ...) G_GNUC_PRINTF (1, 2);

static const char *
said (const char *format,
      ...)
{
  static GPtrArray *kept;
  va_list args;
  char *text;

  if (kept == NULL)
    kept = g_ptr_array_new_with_free_func (g_free);
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (kept, text);
  return text;
}

/* Whether one of the mapping's notes says @words. */
static gboolean
noted (EntenteActualsReport *report,
       const char           *words)
{
  g_autoptr(GPtrArray) notes = entente_actuals_mapping_get_notes (report->mapping);

  for (guint i = 0; i < notes->len; i++)
    if (strstr (g_ptr_array_index (notes, i), words) != NULL)
      return TRUE;
  return FALSE;
}

/* A current HubSpot contacts export.  "Last Contacted" would put 201 late
 * and 202 in time; "Date of first engagement" says the opposite, and is
 * the first contact.
 *
 *   201  MQL Tue 5 Jan 10:00, engaged 10:30           in time
 *   202  MQL Tue 5 Jan 10:00, engaged Wed 6 Jan 15:00 late
 *   203  MQL Wed 6 Jan 08:55 (deadline 10:00), 09:30   in time;
 *        SQL 12 Jan, engaged before it                 invalid
 *   204  a lead only, 7 Jan
 *   205  opportunity 15 Jan, customer 28 Jan
 * Owner assigned (SAL) in January: 201, 202, 203, 205. */
static void
test_hubspot_contacts (void)
{
  g_autoptr(EntenteActualsReport) report = review (
    "Record ID,First Name,Last Name,Email,Contact owner,Owner Assigned Date,Create Date,"
    "Became a Lead Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,"
    "Became an Opportunity Date,Became a Customer Date,Lifecycle Stage,Lead Status,Last Contacted,"
    "Date of first engagement,Number of times contacted\n"
    "201,Ayu,Lestari,ayu@example.com,Sam Seller,2027-01-05 10:05,2027-01-04 09:00,2027-01-04 09:00,"
    "2027-01-05 10:00,,,,marketingqualifiedlead,Open,2027-01-20 11:00,2027-01-05 10:30,6\n"
    "202,Budi,Santoso,budi@example.com,Pat Pursuer,2027-01-05 10:20,2027-01-05 09:30,2027-01-05 09:30,"
    "2027-01-05 10:00,,,,marketingqualifiedlead,Attempting,2027-01-05 10:40,2027-01-06 15:00,3\n"
    "203,Citra,Dewi,citra@example.com,Sam Seller,2027-01-06 09:00,2026-12-20 09:00,2026-12-20 09:00,"
    "2027-01-06 08:55,2027-01-12 09:00,,,salesqualifiedlead,Connected,2027-01-12 10:00,2027-01-06 09:30,4\n"
    "204,Dian,Putri,dian@example.com,Pat Pursuer,,2027-01-07 11:00,2027-01-07 11:00,,,,,lead,New,,,0\n"
    "205,Eka,Pratama,eka@example.com,Sam Seller,2027-01-08 09:00,2026-11-02 09:00,2026-11-02 09:00,"
    "2026-11-03 09:00,2026-11-20 09:00,2027-01-15 14:00,2027-01-28 16:00,customer,,2027-01-28 16:00,"
    "2026-11-03 09:10,12\n");
  EntenteActualsProtocol *mql = entente_test_report_protocol (report, "mql");
  EntenteActualsProtocol *sql = entente_test_report_protocol (report, "sql");

  g_assert_cmpint (entente_actuals_mapping_get_source (report->mapping), ==, ENTENTE_ACTUALS_SOURCE_HUBSPOT);
  g_assert_cmpstr (mapped (report, "record"), ==, "Record ID");
  g_assert_cmpstr (mapped (report, "owner"), ==, "Contact owner");
  g_assert_cmpstr (mapped (report, "first-contact"), ==, "Date of first engagement");
  g_assert_cmpstr (mapped (report, "attempts"), ==, "Number of times contacted");
  g_assert_cmpstr (mapped (report, "lead"), ==, "Became a Lead Date");
  g_assert_cmpstr (mapped (report, "sal"), ==, "Owner Assigned Date");
  g_assert_false (noted (report, _("“Last Contacted” is the latest contact, not the first, so it is not read as the first contact.")));

  g_assert_cmpuint (report->skipped, ==, 0);
  g_assert_cmpint (actual (report, "lead"), ==, 3);
  g_assert_cmpint (actual (report, "mql"), ==, 3);
  g_assert_cmpint (actual (report, "sal"), ==, 4);
  g_assert_cmpint (actual (report, "sql"), ==, 1);
  g_assert_cmpint (actual (report, "opportunity"), ==, 1);
  g_assert_cmpint (actual (report, "customer"), ==, 1);

  g_assert_cmpuint (mql->entered, ==, 3);
  g_assert_cmpuint (mql->in_time, ==, 2);
  g_assert_cmpuint (mql->late, ==, 1);
  g_assert_cmpuint (mql->never, ==, 0);
  g_assert_cmpstr (((EntenteActualsBreach *) g_ptr_array_index (mql->breaches, 0))->record, ==, "202");
  g_assert_cmpuint (sql->entered, ==, 1);
  g_assert_cmpuint (sql->invalid, ==, 1);
}

/* An older HubSpot export: "Contact ID", and only "Last Contacted",
 * which is not the first contact; compliance is not measured, and the
 * review says why. */
static void
test_hubspot_contacts_older (void)
{
  g_autoptr(EntenteActualsReport) report = review (
    "Contact ID,Contact owner,Create Date,Became a Marketing Qualified Lead Date,Last Contacted\n"
    "7,Sam Seller,2027-01-04 09:00,2027-01-05 10:00,2027-01-05 10:30\n");
  EntenteActualsProtocol *mql = entente_test_report_protocol (report, "mql");

  g_assert_cmpint (entente_actuals_mapping_get_source (report->mapping), ==, ENTENTE_ACTUALS_SOURCE_HUBSPOT);
  g_assert_cmpstr (mapped (report, "record"), ==, "Contact ID");
  g_assert_null (mapped (report, "first-contact"));
  /* No "Became a Lead Date": the lead stage falls back on "Create Date". */
  g_assert_cmpstr (mapped (report, "lead"), ==, "Create Date");
  g_assert_true (noted (report, _("“Last Contacted” is the latest contact, not the first, so it is not read as the first contact.")));
  g_assert_cmpuint (mql->entered, ==, 1);
  g_assert_cmpint (mql->compliance_gap, ==, ENTENTE_ACTUALS_CONTACT_NOT_MAPPED);
  g_assert_cmpfloat (entente_actuals_protocol_get_compliance (mql), <, 0);
}

#define HUBSPOT_DEALS_HEADER \
  "Record ID,Deal Name,Deal Stage,Pipeline,Deal owner,Amount,Create Date,Close Date,Last Activity Date"

/* A HubSpot deals export: deals created are opportunities; "Close Date"
 * counts a customer only where "Is Closed Won" is true (9002 was lost,
 * 9003 is open with an expected close in January).
 *
 *   9001  created December, won 14 January        customer
 *   9002  created 4 January, lost 20 January      opportunity
 *   9003  created 11 January, open                opportunity
 *   9004  created 12 January, won 26 January      opportunity, customer
 *   9005  created 18 January, no close date       opportunity
 *   9006  "maybe": neither true nor false         skipped */
static void
test_hubspot_deals (void)
{
  g_autoptr(EntenteActualsReport) report = review (
    HUBSPOT_DEALS_HEADER ",Is Closed Won\n"
    "9001,Acme renewal,closedwon,default,Sam Seller,12000,2026-12-10 10:00,2027-01-14 12:00,2027-01-14 12:00,true\n"
    "9002,Beta pilot,closedlost,default,Sam Seller,5000,2027-01-04 10:00,2027-01-20 12:00,2027-01-20 12:00,false\n"
    "9003,Gamma,appointmentscheduled,default,Pat Pursuer,8000,2027-01-11 10:00,2027-01-29 12:00,,false\n"
    "9004,Delta,closedwon,default,Pat Pursuer,3000,2027-01-12 10:00,2027-01-26 16:00,,TRUE\n"
    "9005,Epsilon,contractsent,default,Pat Pursuer,3000,2027-01-18 10:00,,,\n"
    "9006,Zeta,closedwon,default,Pat Pursuer,3000,2027-01-19 10:00,2027-01-30 10:00,,maybe\n");
  g_autofree char *condition = entente_actuals_condition_key ("customer");

  g_assert_cmpint (entente_actuals_mapping_get_source (report->mapping), ==, ENTENTE_ACTUALS_SOURCE_HUBSPOT_DEALS);
  g_assert_cmpstr (mapped (report, "record"), ==, "Record ID");
  g_assert_cmpstr (mapped (report, "owner"), ==, "Deal owner");
  g_assert_cmpstr (mapped (report, "opportunity"), ==, "Create Date");
  g_assert_cmpstr (mapped (report, "customer"), ==, "Close Date");
  g_assert_cmpstr (mapped (report, condition), ==, "Is Closed Won");
  g_assert_null (mapped (report, "lead"));

  g_assert_cmpint (actual (report, "opportunity"), ==, 4);
  g_assert_cmpint (actual (report, "customer"), ==, 2);
  g_assert_cmpint (actual (report, "lead"), ==, -1);
  g_assert_cmpuint (report->skipped, ==, 1);
  g_assert_cmpuint (g_array_index (report->skipped_lines, guint64, 0), ==, 7);
  g_assert_nonnull (strstr (g_ptr_array_index (report->skipped_messages, 0), "“maybe”"));
}

/* Newer portals write one column per pipeline stage, which says when a
 * deal was won without any condition; with two pipelines, which one
 * the agreement is about is not guessed, and without "Is Closed Won"
 * "Close Date" is not read either. */
static void
test_hubspot_deal_pipelines (void)
{
  g_autoptr(EntenteActualsReport) one = review (
    HUBSPOT_DEALS_HEADER ",\"Date entered \"\"Closed Won (Sales Pipeline)\"\"\"\n"
    "9001,Acme,closedwon,default,Sam Seller,1,2026-12-10 10:00,2027-02-14 12:00,,2027-01-14 12:00\n"
    "9002,Beta,closedlost,default,Sam Seller,1,2027-01-04 10:00,2027-01-20 12:00,,\n");
  g_autoptr(EntenteActualsReport) two = review (
    HUBSPOT_DEALS_HEADER ",\"Date entered \"\"Closed Won (Sales Pipeline)\"\"\",\"Date entered \"\"Closed Won (Renewals)\"\"\"\n"
    "9001,Acme,closedwon,default,Sam Seller,1,2026-12-10 10:00,2027-01-14 12:00,,2027-01-14 12:00,\n");
  g_autofree char *condition = entente_actuals_condition_key ("customer");

  g_assert_cmpstr (mapped (one, "customer"), ==, "Date entered \"Closed Won (Sales Pipeline)\"");
  g_assert_null (mapped (one, condition));
  g_assert_cmpint (actual (one, "customer"), ==, 1);

  g_assert_null (mapped (two, "customer"));
  g_assert_cmpint (actual (two, "customer"), ==, -1);
  g_assert_true (noted (two, said (g_dngettext (GETTEXT_PACKAGE,
                                                "“%s” has a column in %u pipeline; none is read until one is chosen.",
                                                "“%s” has a column in each of %u pipelines; none is read until one is chosen.", 2),
                                   "Customer", 2)));
  g_assert_true (noted (two, said (_("“%s” is not read as %s: it also holds dates of records that never got there, and the export has no “%s” column to tell them apart."),
                                   "Close Date", "Customer", "Is Closed Won")));
}

/* Salesforce Data Loader: API names, ISO times in UTC, upper-cased by
 * some setups.  1 February 03:00 UTC is still 31 January in New York;
 * "ConvertedDate" is a date alone. */
static void
test_salesforce_api (void)
{
  g_autoptr(EntenteActualsReport) report = review (
    "Id,FirstName,LastName,Company,Status,OwnerId,LeadSource,IsConverted,ConvertedDate,CreatedDate,LastActivityDate\n"
    "00Q5g00000AbCdE1,Ana,Ruiz,Acme,Working,0055g000001XyZa,Web,false,,2027-01-05T15:00:00.000Z,2027-01-06\n"
    "00Q5g00000AbCdE2,Ben,Ode,Beta,Converted,0055g000001XyZa,Web,true,2027-01-20,2026-12-28T15:00:00.000+0000,2027-01-20\n"
    "00Q5g00000AbCdE3,Cai,Li,Gamma,Open,0055g000001XyZb,Event,false,,2027-02-01T03:00:00.000Z,\n");
  g_autoptr(EntenteActualsReport) upper = review (
    "ID,OWNERID,CREATEDDATE,CONVERTEDDATE\n"
    "00Q1,005a,2027-01-05T15:00:00.000Z,\n");

  g_assert_cmpint (entente_actuals_mapping_get_source (report->mapping), ==, ENTENTE_ACTUALS_SOURCE_SALESFORCE_API);
  g_assert_cmpstr (mapped (report, "record"), ==, "Id");
  g_assert_cmpstr (mapped (report, "owner"), ==, "OwnerId");
  g_assert_cmpstr (mapped (report, "lead"), ==, "CreatedDate");
  g_assert_cmpstr (mapped (report, "opportunity"), ==, "ConvertedDate");
  g_assert_cmpint (actual (report, "lead"), ==, 2);
  g_assert_cmpint (actual (report, "opportunity"), ==, 1);

  g_assert_cmpint (entente_actuals_mapping_get_source (upper->mapping), ==, ENTENTE_ACTUALS_SOURCE_SALESFORCE_API);
  g_assert_cmpstr (mapped (upper, "lead"), ==, "CREATEDDATE");
  g_assert_cmpint (actual (upper, "lead"), ==, 1);
}

/* A Salesforce lead report: labels instead of field names. */
static void
test_salesforce_report (void)
{
  g_autoptr(EntenteActualsReport) report = review (
    "Lead ID,Lead Owner,Create Date,Lead Status,Converted Date\n"
    "00Q1,Sam Seller,1/5/2027 10:00 AM,Working,\n"
    "00Q2,Sam Seller,12/28/2026 10:00 AM,Converted,1/20/2027\n");

  g_assert_cmpint (entente_actuals_mapping_get_source (report->mapping), ==, ENTENTE_ACTUALS_SOURCE_SALESFORCE);
  g_assert_cmpstr (mapped (report, "owner"), ==, "Lead Owner");
  g_assert_cmpint (actual (report, "lead"), ==, 1);
  g_assert_cmpint (actual (report, "opportunity"), ==, 1);
}

/* Pipedrive: "Entity - Field" headers; deals created are opportunities,
 * deals won customers. */
static void
test_pipedrive (void)
{
  g_autoptr(EntenteActualsReport) report = review (
    "Deal - ID,Deal - Title,Deal - Owner,Deal - Stage,Deal - Status,Deal - Deal created,Deal - Won time,"
    "Deal - Lost time,Person - Email - Work\n"
    "41,Acme deal,Sam Seller,Negotiations Started,won,2026-12-15 09:00:00,2027-01-15 09:00:00,,ann@acme.example\n"
    "42,Beta deal,Sam Seller,Qualified,lost,2027-01-03 09:00:00,,2027-01-20 09:00:00,bo@beta.example\n"
    "43,Gamma deal,Pat Pursuer,Qualified,open,2027-01-22 09:00:00,,,cy@gamma.example\n");
  g_autoptr(EntenteActualsReport) leads = review (
    "Lead - ID,Lead - Title,Lead - Labels,Lead - Owner,Lead - Source channel\n"
    "0b7f6d3e-5c4a-4d2b-9e1f-2a3b4c5d6e7f,Acme lead,Hot,Sam Seller,Web forms\n");

  g_assert_cmpint (entente_actuals_mapping_get_source (report->mapping), ==, ENTENTE_ACTUALS_SOURCE_PIPEDRIVE);
  g_assert_cmpstr (mapped (report, "record"), ==, "Deal - ID");
  g_assert_cmpstr (mapped (report, "owner"), ==, "Deal - Owner");
  g_assert_cmpstr (mapped (report, "opportunity"), ==, "Deal - Deal created");
  g_assert_cmpstr (mapped (report, "customer"), ==, "Deal - Won time");
  g_assert_cmpint (actual (report, "opportunity"), ==, 2);
  g_assert_cmpint (actual (report, "customer"), ==, 1);

  g_assert_cmpint (entente_actuals_mapping_get_source (leads->mapping), ==, ENTENTE_ACTUALS_SOURCE_PIPEDRIVE);
  g_assert_cmpstr (mapped (leads, "record"), ==, "Lead - ID");
  g_assert_cmpstr (mapped (leads, "owner"), ==, "Lead - Owner");
}

/* Zoho CRM leads: "Created Time" is the lead; "Is Converted" says
 * whether, never when, so opportunities are not counted, and the review
 * says so. */
static void
test_zoho (void)
{
  g_autoptr(EntenteActualsReport) report = review (
    "Record Id,Lead Owner,Lead Source,Lead Status,Is Converted,Created Time,Modified Time\n"
    "4876876000000417001,Sam Seller,Web Download,Contacted,false,2027-01-05 09:00:00,2027-01-06 10:00:00\n"
    "4876876000000417002,Pat Pursuer,Trade Show,Qualified,true,2027-01-12 14:00:00,2027-01-25 10:00:00\n"
    "4876876000000417003,Pat Pursuer,Chat,Not Contacted,false,2026-12-30 14:00:00,2027-01-02 10:00:00\n");

  g_assert_cmpint (entente_actuals_mapping_get_source (report->mapping), ==, ENTENTE_ACTUALS_SOURCE_ZOHO);
  g_assert_cmpstr (mapped (report, "record"), ==, "Record Id");
  g_assert_cmpstr (mapped (report, "owner"), ==, "Lead Owner");
  g_assert_cmpstr (mapped (report, "lead"), ==, "Created Time");
  g_assert_cmpint (actual (report, "lead"), ==, 2);
  g_assert_cmpint (actual (report, "opportunity"), ==, -1);
  g_assert_true (noted (report, said (_("“Is Converted” says whether a lead was converted but not when, so %s is not counted by month."),
                                      "Opportunity")));
}

/* A column chosen by hand for a key the export left unmapped silences
 * the note that said why it was. */
static void
test_note_follows_mapping (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  static const char *names[] = { "Contact ID", "Create Date", "Last Contacted", "First Touch" };
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  g_autoptr(EntenteActualsMapping) mapping = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (header, (gpointer) names[i]);
  mapping = entente_actuals_mapping_detect (header, document);
  before = entente_actuals_mapping_get_notes (mapping);
  g_assert_cmpuint (before->len, ==, 1);
  entente_actuals_mapping_set (mapping, "first-contact", "First Touch");
  after = entente_actuals_mapping_get_notes (mapping);
  g_assert_cmpuint (after->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/actuals-crm/hubspot-contacts", test_hubspot_contacts);
  g_test_add_func ("/actuals-crm/hubspot-contacts-older", test_hubspot_contacts_older);
  g_test_add_func ("/actuals-crm/hubspot-deals", test_hubspot_deals);
  g_test_add_func ("/actuals-crm/hubspot-deal-pipelines", test_hubspot_deal_pipelines);
  g_test_add_func ("/actuals-crm/salesforce-api", test_salesforce_api);
  g_test_add_func ("/actuals-crm/salesforce-report", test_salesforce_report);
  g_test_add_func ("/actuals-crm/pipedrive", test_pipedrive);
  g_test_add_func ("/actuals-crm/zoho", test_zoho);
  g_test_add_func ("/actuals-crm/note-follows-mapping", test_note_follows_mapping);

  return g_test_run ();
}
