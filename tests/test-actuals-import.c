/* test-actuals-import.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Exports as they reach the meeting after a spreadsheet round trip, read
 * against acme-saas.entente (America/New_York, business hours Monday to
 * Friday 09:00–17:00, the MQL protocol: first response within one
 * business hour).  Every figure is counted by hand.
 *
 * The European export below, day first, is the one every test varies:
 *
 *   line  Id  MQL (day first)   Contact            January
 *      2  1   01/02 10:00       01/02 10:30        — (1 February; read month first it was 2 January)
 *      3  2   05/01 10:00       05/01 10:20        in time
 *      4  3   13/01 10:00       —                  never   (settles the column: day first)
 *      5  4   20/01 16:30       21/01 09:40        late    (deadline 21/01 09:30)
 */
#define EUROPEAN_ROWS \
  "1;01/02/2027 10:00;01/02/2027 10:30;M\xC3\xBCller\r\n" \
  "2;05/01/2027 10:00;05/01/2027 10:20;M\xC3\xBCller\r\n" \
  "3;13/01/2027 10:00;;Dupont\r\n" \
  "4;20/01/2027 16:30;21/01/2027 09:40;Dupont\r\n"

static EntenteDocument *
document_in (const char *language)
{
  g_autofree char *path = entente_test_example_path ("acme-saas.entente");
  g_autofree char *text = NULL;
  g_autofree char *tag = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  EntenteDocument *document;

  if (language == NULL)
    return entente_test_load_example ("acme-saas.entente");

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  changed = g_string_new (text);
  tag = g_strdup_printf ("<language>%s</language>\n    <currency>", language);
  g_assert_cmpuint (g_string_replace (changed, "<currency>", tag, 1), ==, 1);
  file = g_file_new_for_path (g_test_get_filename (G_TEST_BUILT, "import-language.entente", NULL));
  g_assert_true (g_file_replace_contents (file, changed->str, changed->len, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  document = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_document_get_language (document), ==, language);
  return document;
}

/* The review of @stream for @month of 2027, the columns mapped by hand;
 * @date_order is -1 to infer it. */
static EntenteActualsReport *
review_stream (EntenteDocument  *document,
               GInputStream     *stream,
               int               month,
               int               date_order,
               GError          **error)
{
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();

  entente_actuals_mapping_set (overrides, "record", "Id");
  entente_actuals_mapping_set (overrides, "mql", "MQL");
  entente_actuals_mapping_set (overrides, "first-contact", "Contact");
  entente_actuals_mapping_set (overrides, "owner", "Owner");
  entente_actuals_mapping_set_date_order (overrides, date_order);
  return entente_actuals_compute (document, stream, "export.csv", overrides, 2027, month, NULL, error);
}

static EntenteActualsReport *
review_bytes (EntenteDocument *document,
              const char      *data,
              gsize            len,
              int              month,
              int              date_order)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (g_memdup2 (data, len), (gssize) len, g_free);
  g_autoptr(GError) error = NULL;
  EntenteActualsReport *report = review_stream (document, stream, month, date_order, &error);

  g_assert_no_error (error);
  return report;
}

static EntenteActualsReport *
review_text (EntenteDocument *document,
             const char      *text,
             int              month,
             int              date_order)
{
  return review_bytes (document, text, strlen (text), month, date_order);
}

static EntenteActualsReport *
review_text_latest (EntenteDocument *document,
                    const char      *text)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(GError) error = NULL;
  EntenteActualsReport *report;

  entente_actuals_mapping_set (overrides, "mql", "MQL");
  entente_actuals_mapping_set (overrides, "first-contact", "Contact");
  report = entente_actuals_compute (document, stream, "export.csv", overrides, 0, 0, NULL, &error);
  g_assert_no_error (error);
  return report;
}

static EntenteActualsProtocol *
mql_protocol (EntenteActualsReport *report)
{
  for (guint i = 0; i < report->protocols->len; i++)
    {
      EntenteActualsProtocol *protocol = g_ptr_array_index (report->protocols, i);

      if (g_str_equal (protocol->stage_id, "mql"))
        return protocol;
    }
  g_assert_not_reached ();
}

static gint64
mql_actual (EntenteActualsReport *report)
{
  for (guint i = 0; i < report->stages->len; i++)
    {
      EntenteActualsStage *stage = g_ptr_array_index (report->stages, i);

      if (g_str_equal (stage->stage_id, "mql"))
        return stage->actual;
    }
  g_assert_not_reached ();
}

static EntenteActualsDateColumn *
date_column (EntenteActualsReport *report,
             const char           *name)
{
  for (guint i = 0; i < report->date_columns->len; i++)
    {
      EntenteActualsDateColumn *column = g_ptr_array_index (report->date_columns, i);

      if (g_str_equal (column->column, name))
        return column;
    }
  g_assert_not_reached ();
}

/* January of the European export, whatever it was saved as. */
static void
assert_european_january (EntenteActualsReport *report)
{
  EntenteActualsProtocol *mql = mql_protocol (report);
  EntenteActualsDateColumn *column = date_column (report, "MQL");

  g_assert_cmpuint (report->rows, ==, 4);
  g_assert_cmpuint (report->skipped, ==, 0);
  g_assert_cmpint (mql_actual (report), ==, 3);
  g_assert_cmpuint (mql->entered, ==, 3);
  g_assert_cmpuint (mql->in_time, ==, 1);
  g_assert_cmpuint (mql->late, ==, 1);
  g_assert_cmpuint (mql->never, ==, 1);
  g_assert_cmpuint (mql->invalid, ==, 0);
  g_assert_cmpuint (mql->owners->len, ==, 2);
  g_assert_cmpstr (((EntenteActualsOwner *) g_ptr_array_index (mql->owners, 0))->owner, ==, "Dupont");
  g_assert_cmpstr (((EntenteActualsOwner *) g_ptr_array_index (mql->owners, 1))->owner, ==, "M\xC3\xBCller");

  /* Said in the report: the value that settled each column, and where. */
  g_assert_cmpint (column->order, ==, ENTENTE_DATE_ORDER_DMY);
  g_assert_cmpint (column->source, ==, ENTENTE_ACTUALS_ORDER_FOUND);
  g_assert_cmpuint (column->line, ==, 4);
  g_assert_cmpstr (column->value, ==, "13/01/2027 10:00");
  column = date_column (report, "Contact");
  g_assert_cmpint (column->order, ==, ENTENTE_DATE_ORDER_DMY);
  g_assert_cmpuint (column->line, ==, 5);
}

/* Excel where the decimal mark is a comma: a byte-order mark, semicolons,
 * the day first.  01/02 comes before the day over 12 that settles it, so
 * the export is read a second time; it counted in January before. */
static void
test_european (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  g_autoptr(EntenteActualsReport) january =
    review_text (document, "\xEF\xBB\xBFId;MQL;Contact;Owner\r\n" EUROPEAN_ROWS, 1, -1);
  g_autoptr(EntenteActualsReport) february =
    review_text (document, "\xEF\xBB\xBFId;MQL;Contact;Owner\r\n" EUROPEAN_ROWS, 2, -1);
  /* Without a month: the latest one with records, February. */
  g_autoptr(EntenteActualsReport) latest = review_text_latest (document, "\xEF\xBB\xBFId;MQL;Contact;Owner\r\n" EUROPEAN_ROWS);

  assert_european_january (january);
  g_assert_cmpint (january->encoding, ==, ENTENTE_CSV_UTF8_BOM);
  g_assert_cmpint (latest->year, ==, 2027);
  g_assert_cmpint (latest->month, ==, 2);
  g_assert_cmpint (mql_actual (latest), ==, 1);
  g_assert_cmpint (january->delimiter, ==, ';');
  g_assert_cmpint (mql_actual (february), ==, 1);
}

/* A stream that cannot seek cannot be read twice: said, not guessed. */
static void
test_european_unseekable (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  const char *text = "Id;MQL;Contact;Owner\r\n" EUROPEAN_ROWS;
  g_autoptr(GInputStream) memory = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(GCharsetConverter) same = g_charset_converter_new ("UTF-8", "UTF-8", NULL);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (memory, G_CONVERTER (same));
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteActualsReport) report = review_stream (document, stream, 1, -1, &error);
  g_autofree char *expected =
    g_strdup_printf (_("%s: this export has to be read twice, for its repeated records or the order of its dates, "
                       "and it comes from where it cannot be read again; save it as a file and review that"),
                     "export.csv");

  g_assert_null (report);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Excel's "Unicode text": UTF-16 with a byte-order mark, tabs.  It was
 * refused as containing a NUL byte. */
static void
test_utf16 (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  g_autoptr(GString) text = g_string_new ("Id;MQL;Contact;Owner\r\n" EUROPEAN_ROWS);
  g_autofree char *utf16 = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(EntenteActualsReport) report = NULL;
  gsize len = 0;

  g_string_replace (text, ";", "\t", 0);
  utf16 = g_convert (text->str, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
  g_byte_array_append (data, (const guint8 *) "\xFF\xFE", 2);
  g_byte_array_append (data, (const guint8 *) utf16, (guint) len);
  report = review_bytes (document, (const char *) data->data, data->len, 1, -1);

  assert_european_january (report);
  g_assert_cmpint (report->encoding, ==, ENTENTE_CSV_UTF16LE);
  g_assert_cmpint (report->delimiter, ==, '\t');
}

/* Older Windows setups: Windows-1252, the owner's ü a single byte. */
static void
test_windows_1252 (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  g_autoptr(GString) text = g_string_new ("Id;MQL;Contact;Owner\r\n" EUROPEAN_ROWS);
  g_autoptr(EntenteActualsReport) report = NULL;

  g_string_replace (text, "M\xC3\xBCller", "M\xFCller", 0);
  report = review_text (document, text->str, 1, -1);

  assert_european_january (report);
  g_assert_cmpint (report->encoding, ==, ENTENTE_CSV_WINDOWS_1252);
}

/* A column whose every date reads both ways follows the agreement's
 * language, and the report says it assumed so; --date-order decides. */
static void
test_ambiguous (void)
{
  const char *text = "Id,MQL,Contact,Owner\n"
                     "1,05/01/2027 10:00,05/01/2027 10:20,Ann\n"
                     "2,06/01/2027 10:00,,Ann\n";
  g_autoptr(EntenteDocument) english = document_in (NULL);
  g_autoptr(EntenteDocument) german = document_in ("de");
  g_autoptr(EntenteActualsReport) may = review_text (english, text, 5, -1);
  g_autoptr(EntenteActualsReport) january = review_text (german, text, 1, -1);
  g_autoptr(EntenteActualsReport) given = review_text (english, text, 1, ENTENTE_DATE_ORDER_DMY);
  g_autoptr(EntenteActualsReport) year_first = review_text (english, text, 1, ENTENTE_DATE_ORDER_YMD);

  g_assert_cmpint (mql_actual (may), ==, 1);
  g_assert_cmpint (date_column (may, "MQL")->order, ==, ENTENTE_DATE_ORDER_MDY);
  g_assert_cmpint (date_column (may, "MQL")->source, ==, ENTENTE_ACTUALS_ORDER_LANGUAGE);

  g_assert_cmpint (mql_actual (january), ==, 2);
  g_assert_cmpuint (mql_protocol (january)->in_time, ==, 1);
  g_assert_cmpint (date_column (january, "MQL")->order, ==, ENTENTE_DATE_ORDER_DMY);
  g_assert_cmpint (date_column (january, "MQL")->source, ==, ENTENTE_ACTUALS_ORDER_LANGUAGE);

  g_assert_cmpint (mql_actual (given), ==, 2);
  g_assert_cmpint (date_column (given, "MQL")->source, ==, ENTENTE_ACTUALS_ORDER_GIVEN);

  /* Asked for the year first, these are not dates: skipped, said why. */
  g_assert_cmpuint (year_first->skipped, ==, 2);
  g_assert_cmpint (mql_actual (year_first), ==, 0);
}

/* A column whose every date reads both ways was written by the same
 * spreadsheet as the others: it follows the columns that settled, not
 * the language (the contact was read as 1 May, four months late). */
static void
test_ambiguous_follows_columns (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  g_autoptr(EntenteActualsReport) report =
    review_text (document,
                 "Id;MQL;Contact;Owner\n"
                 "1;05/01/2027 10:00;05/01/2027 10:20;Ann\n"
                 "2;13/01/2027 10:00;;Bo\n",
                 1, -1);
  EntenteActualsProtocol *mql = mql_protocol (report);

  g_assert_cmpint (date_column (report, "Contact")->order, ==, ENTENTE_DATE_ORDER_DMY);
  g_assert_cmpint (date_column (report, "Contact")->source, ==, ENTENTE_ACTUALS_ORDER_COLUMNS);
  g_assert_cmpuint (mql->in_time, ==, 1);
  g_assert_cmpuint (mql->never, ==, 1);
  g_assert_cmpuint (mql->late, ==, 0);
}

/* A column mostly month first with one date typed the other way: the
 * majority decides, even when the odd one comes first, and its row is
 * skipped with a sentence that says why. */
static void
test_mixed_orders (void)
{
  g_autoptr(EntenteDocument) document = document_in ("de");
  g_autoptr(EntenteActualsReport) report =
    review_text (document,
                 "Id,MQL,Contact,Owner\n"
                 "1,13/01/2027 10:00,,Ann\n"
                 "2,01/02/2027 10:00,,Ann\n"
                 "3,01/14/2027 10:00,,Ann\n"
                 "4,01/15/2027 10:00,,Ann\n",
                 1, -1);
  EntenteActualsDateColumn *column = date_column (report, "MQL");
  g_autofree char *skipped =
    g_strdup_printf (_("%s:%s: column “%s”: “%s” reads only with the day first, and the column's dates are read with the month first"),
                     "export.csv", "2", "MQL", "13/01/2027 10:00");

  g_assert_cmpint (column->order, ==, ENTENTE_DATE_ORDER_MDY);
  g_assert_cmpint (column->source, ==, ENTENTE_ACTUALS_ORDER_FOUND);
  g_assert_cmpuint (column->line, ==, 4);
  g_assert_cmpuint (column->other_order, ==, 1);
  g_assert_cmpuint (report->skipped, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->skipped_messages, 0), ==, skipped);
  /* 2 January (not 1 February), 14 and 15 January. */
  g_assert_cmpint (mql_actual (report), ==, 3);
}

/* The same record exported twice counts once, from its last row; the
 * report counts and lists the repeats. */
static void
test_duplicates (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  const char *text = "Id,MQL,Contact,Owner\n"
                     "1,2027-01-05 10:00,2027-01-05 10:10,Ann\n"   /* in time, then moved to February */
                     "2,2027-01-05 10:00,2027-01-05 10:10,Bo\n"    /* in time, then contacted late */
                     "1,2027-01-05 10:00,2027-01-05 10:10,Ann\n"
                     "3,2027-01-06 10:00,,Cy\n"
                     "2,2027-01-05 10:00,2027-01-05 12:00,Bo\n"
                     "1,2027-02-01 10:00,2027-02-01 10:10,Ann\n";
  g_autoptr(EntenteActualsReport) report = review_text (document, text, 1, -1);
  EntenteActualsProtocol *mql = mql_protocol (report);
  EntenteActualsDuplicate *duplicate;

  g_assert_cmpuint (report->rows, ==, 6);
  g_assert_cmpuint (report->duplicates, ==, 3);
  g_assert_cmpint (mql_actual (report), ==, 2);
  g_assert_cmpuint (mql->entered, ==, 2);
  g_assert_cmpuint (mql->in_time, ==, 0);
  g_assert_cmpuint (mql->late, ==, 1);
  g_assert_cmpuint (mql->never, ==, 1);

  g_assert_cmpuint (report->duplicate_records->len, ==, 2);
  duplicate = g_ptr_array_index (report->duplicate_records, 0);
  g_assert_cmpstr (duplicate->record, ==, "2");
  g_assert_cmpuint (duplicate->rows, ==, 2);
  g_assert_cmpuint (duplicate->first_line, ==, 3);
  g_assert_cmpuint (duplicate->kept_line, ==, 6);
  duplicate = g_ptr_array_index (report->duplicate_records, 1);
  g_assert_cmpstr (duplicate->record, ==, "1");
  g_assert_cmpuint (duplicate->rows, ==, 3);
  g_assert_cmpuint (duplicate->first_line, ==, 2);
  g_assert_cmpuint (duplicate->kept_line, ==, 7);
}

/* A first contact before the record entered the stage is not "in time":
 * it is counted as entered, said invalid, and left out of compliance. */
static void
test_contact_before_entry (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  g_autoptr(EntenteActualsReport) report =
    review_text (document,
                 "Id,MQL,Contact,Owner\n"
                 "1,2027-01-05 10:00,2027-01-04 15:00,Ann\n"
                 "2,2027-01-05 10:00,2027-01-05 10:30,Ann\n"
                 "3,2027-01-05 10:00,2027-01-05 13:00,Ann\n",
                 1, -1);
  EntenteActualsProtocol *mql = mql_protocol (report);

  g_assert_cmpuint (mql->entered, ==, 3);
  g_assert_cmpuint (mql->invalid, ==, 1);
  g_assert_cmpuint (mql->in_time, ==, 1);
  g_assert_cmpuint (mql->late, ==, 1);
  g_assert_cmpfloat_with_epsilon (entente_actuals_protocol_get_compliance (mql), 0.5, 1e-9);
  g_assert_cmpuint (mql->n_breaches, ==, 1);
  g_assert_cmpuint (((EntenteActualsOwner *) g_ptr_array_index (mql->owners, 0))->entered, ==, 2);
}

/* Dates that came back from a spreadsheet as serial numbers of days. */
static void
test_serial_dates (void)
{
  g_autoptr(EntenteDocument) document = document_in ("de");
  /* 46392 is 5 January 2027; .4375 is 10:30, ,4236 about 10:10. */
  g_autoptr(EntenteActualsReport) report =
    review_text (document,
                 "Id;MQL;Contact;Owner\n"
                 "1;46392,4166666667;46392,4236111111;Ann\n"
                 "2;46392.4375;;Ann\n",
                 1, -1);
  EntenteActualsProtocol *mql = mql_protocol (report);

  g_assert_cmpint (mql_actual (report), ==, 2);
  g_assert_cmpuint (mql->in_time, ==, 1);
  g_assert_cmpuint (mql->never, ==, 1);
  g_assert_cmpuint (date_column (report, "MQL")->serials, ==, 2);
  g_assert_cmpint (date_column (report, "MQL")->source, ==, ENTENTE_ACTUALS_ORDER_UNNEEDED);
}

/* One reading gives every month the export covers, each date in the
 * agreement's month (New York): 04:30 UTC on 1 February is still 31
 * January there, 23:30 on 31 March is March and 00:30 on 1 April is April.
 *
 *   month     MQL  in time  late  never  invalid
 *   January     3        2     0      1        0
 *   February    2        1     1      0        0   (the reviewed month)
 *   March       2        1     0      0        1
 *   April       1        1     0      0        0 */
#define THREE_MONTHS \
  "Id,MQL,Contact,Owner\n" \
  "1,2027-01-05 10:00,2027-01-05 10:30,Ann\n" \
  "2,2027-01-06 10:00,,Bo\n" \
  "3,2027-02-01T04:30:00Z,2027-02-01 09:30,Ann\n" \
  "4,2027-02-02 10:00,2027-02-02 12:00,Bo\n" \
  "5,2027-02-03 10:00,2027-02-03 10:15,Ann\n" \
  "6,2027-03-31 23:30,2027-04-01 09:10,Bo\n" \
  "7,2027-04-01 00:30,2027-04-01 09:20,Ann\n" \
  "8,2027-03-15 10:00,2027-03-15 09:00,Ann\n"

static void
assert_month (EntenteActualsMonth *month,
              int                  number,
              gint64               actual,
              guint64              in_time,
              guint64              late,
              guint64              never,
              guint64              invalid)
{
  EntenteActualsProtocol *mql = NULL;

  g_assert_cmpint (month->month, ==, number);
  for (guint i = 0; i < month->protocols->len; i++)
    if (g_str_equal (((EntenteActualsProtocol *) g_ptr_array_index (month->protocols, i))->stage_id, "mql"))
      mql = g_ptr_array_index (month->protocols, i);
  g_assert_nonnull (mql);
  for (guint i = 0; i < month->stages->len; i++)
    {
      EntenteActualsStage *stage = g_ptr_array_index (month->stages, i);

      if (g_str_equal (stage->stage_id, "mql"))
        g_assert_cmpint (stage->actual, ==, actual);
      else
        g_assert_cmpint (stage->actual, ==, -1);
    }
  g_assert_cmpuint (mql->entered, ==, actual);
  g_assert_cmpuint (mql->in_time, ==, in_time);
  g_assert_cmpuint (mql->late, ==, late);
  g_assert_cmpuint (mql->never, ==, never);
  g_assert_cmpuint (mql->invalid, ==, invalid);
  g_assert_cmpuint (mql->owners->len, ==, 0);
  g_assert_cmpuint (mql->breaches->len, ==, 0);
}

static void
test_months (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  g_autoptr(EntenteActualsReport) report = review_text (document, THREE_MONTHS, 2, -1);
  g_autoptr(EntenteActualsReport) latest = review_text_latest (document, THREE_MONTHS);
  EntenteActualsProtocol *mql = mql_protocol (report);

  g_assert_cmpuint (report->months->len, ==, 4);
  assert_month (g_ptr_array_index (report->months, 0), 1, 3, 2, 0, 1, 0);
  assert_month (g_ptr_array_index (report->months, 1), 2, 2, 1, 1, 0, 0);
  assert_month (g_ptr_array_index (report->months, 2), 3, 2, 1, 0, 0, 1);
  assert_month (g_ptr_array_index (report->months, 3), 4, 1, 1, 0, 0, 0);

  /* The reviewed month, in full: by owner, with its breaches. */
  g_assert_cmpint (mql_actual (report), ==, 2);
  g_assert_cmpuint (mql->in_time, ==, 1);
  g_assert_cmpuint (mql->late, ==, 1);
  g_assert_cmpuint (mql->owners->len, ==, 2);
  g_assert_cmpuint (mql->breaches->len, ==, 1);
  g_assert_cmpstr (((EntenteActualsBreach *) g_ptr_array_index (mql->breaches, 0))->record, ==, "4");

  /* Without a month, the latest; the same months either way. */
  g_assert_cmpint (latest->year, ==, 2027);
  g_assert_cmpint (latest->month, ==, 4);
  g_assert_cmpuint (latest->months->len, ==, 4);
  assert_month (g_ptr_array_index (latest->months, 2), 3, 2, 1, 0, 0, 1);
}

/* The N months ending at the reviewed one: the export's, zeros for a
 * month between two with records, and nothing measured before the
 * export begins. */
static void
test_months_window (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  g_autoptr(EntenteActualsReport) report =
    review_text_latest (document,
                        "Id,MQL,Contact\n"
                        "1,2026-12-05 10:00,2026-12-05 10:30\n"
                        "2,2027-02-03 10:00,2027-02-03 10:15\n"
                        "3,2027-02-04 10:00,\n");
  g_autoptr(GPtrArray) window = entente_actuals_report_get_window (report, 5);
  EntenteActualsMonth *month;

  g_assert_cmpint (report->month, ==, 2);
  g_assert_cmpuint (window->len, ==, 5);
  month = g_ptr_array_index (window, 0);
  g_assert_cmpint (month->year, ==, 2026);
  g_assert_cmpint (month->month, ==, 10);
  g_assert_false (month->in_export);
  g_assert_false (((EntenteActualsMonth *) g_ptr_array_index (window, 1))->in_export);
  month = g_ptr_array_index (window, 2);
  g_assert_true (month->in_export);
  assert_month (month, 12, 1, 1, 0, 0, 0);
  g_assert_cmpint (month->year, ==, 2026);
  month = g_ptr_array_index (window, 3);
  g_assert_true (month->in_export);
  g_assert_cmpint (month->month, ==, 1);
  g_assert_cmpuint (((EntenteActualsProtocol *) g_ptr_array_index (month->protocols, 0))->entered, ==, 0);
  assert_month (g_ptr_array_index (window, 4), 2, 2, 1, 0, 1, 0);
}

/* Cohorts: of the records that entered the MQL stage in a month, the
 * share with an SAL date, whenever, over the 3 and 6 months ending at
 * March 2027:
 *
 *   December  1 MQL, 1 reached SAL
 *   January   3 MQLs, 2 reached (one in March)
 *   February  2 MQLs, 1 reached
 *   March     3 MQLs, none yet
 *
 * 3 months: 3 of 8; 6 months: 4 of 9.  The SAL stage's next (SQL) has
 * no column: its rate is not known. */
static void
test_cohort_rates (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  const char *text = "Id,MQL,SAL\n"
                     "1,2027-01-05 10:00,2027-01-20 10:00\n"
                     "2,2027-01-06 10:00,2027-03-02 10:00\n"
                     "3,2027-01-07 10:00,\n"
                     "4,2027-02-03 10:00,\n"
                     "5,2027-02-04 10:00,2027-02-10 10:00\n"
                     "6,2027-03-01 10:00,\n"
                     "7,2027-03-02 10:00,\n"
                     "8,2027-03-03 10:00,\n"
                     "9,2026-12-10 10:00,2026-12-11 10:00\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint lead = 0, mql = 1, sal = 2;

  entente_actuals_mapping_set (overrides, "record", "Id");
  entente_actuals_mapping_set (overrides, "mql", "MQL");
  entente_actuals_mapping_set (overrides, "sal", "SAL");
  report = entente_actuals_compute (document, stream, "export.csv", overrides, 2027, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((EntenteActualsStage *) g_ptr_array_index (report->stages, mql))->stage_id, ==, "mql");

  g_assert_cmpint (((EntenteActualsStage *) g_ptr_array_index (report->stages, mql))->reached_next, ==, 0);
  g_assert_cmpfloat_with_epsilon (entente_actuals_report_get_cohort_rate (report, mql, 3), 3.0 / 8.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (entente_actuals_report_get_cohort_rate (report, mql, 6), 4.0 / 9.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (entente_actuals_report_get_cohort_rate (report, mql, 1), 0.0, 1e-9);
  g_assert_cmpfloat (entente_actuals_report_get_cohort_rate (report, sal, 3), <, 0);
  g_assert_cmpfloat (entente_actuals_report_get_cohort_rate (report, lead, 3), <, 0);

  /* acme plans MQL → SAL at 60 %, above 1.5 × 37.5 % = 56.25 %: said,
   * with both numbers; the other conversions are not measured. */
  {
    g_autoptr(GPtrArray) findings = entente_history_check_run (document, report);
    g_autofree char *planned = entente_format_rate (NULL, 0.6);
    g_autofree char *measured = entente_format_rate (NULL, 0.375);
    g_autofree char *message = g_strdup_printf (_("The plan converts %s to %s at %s, more than 1.5 times the %s measured over the last 3 months (%s of %s records)."),
                                                "Marketing Qualified Lead", "Sales Accepted Lead", planned, measured, "3", "8");
    EntenteFinding *finding;
    g_autoptr(GPtrArray) after = NULL;

    g_assert_cmpuint (findings->len, ==, 1);
    finding = g_ptr_array_index (findings, 0);
    g_assert_cmpstr (finding->code, ==, "conversion-above-history");
    g_assert_cmpint (finding->severity, ==, ENTENTE_SEVERITY_WARNING);
    g_assert_cmpstr (finding->section, ==, "goals");
    g_assert_cmpstr (finding->message, ==, message);

    /* Using the measured rates sets it, and the plan agrees with history. */
    g_assert_cmpuint (entente_history_use_measured_rates (document, report), ==, 1);
    {
      g_autoptr(EntenteConversion) mql_to_sal = g_list_model_get_item (entente_goals_get_conversions (entente_document_get_goals (document)), 1);

      g_assert_cmpfloat_with_epsilon (entente_conversion_get_rate (mql_to_sal), 0.375, 1e-9);
    }
    after = entente_history_check_run (document, report);
    g_assert_cmpuint (after->len, ==, 0);
    g_assert_cmpuint (entente_history_use_measured_rates (document, report), ==, 0);
  }
}

/* A row skipped for another column's date is no record: its MQL date
 * in March does not make March the latest month (it did). */
static void
test_latest_month_skipped_row (void)
{
  g_autoptr(EntenteDocument) document = document_in (NULL);
  g_autoptr(EntenteActualsReport) report =
    review_text_latest (document,
                        "Id,MQL,Contact\n"
                        "1,2027-02-05 10:00,2027-02-05 10:30\n"
                        "2,2027-03-05 10:00,next week\n");

  g_assert_cmpuint (report->skipped, ==, 1);
  g_assert_cmpint (report->year, ==, 2027);
  g_assert_cmpint (report->month, ==, 2);
  g_assert_cmpuint (report->months->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/actuals-import/european", test_european);
  g_test_add_func ("/actuals-import/european-unseekable", test_european_unseekable);
  g_test_add_func ("/actuals-import/utf16", test_utf16);
  g_test_add_func ("/actuals-import/windows-1252", test_windows_1252);
  g_test_add_func ("/actuals-import/ambiguous", test_ambiguous);
  g_test_add_func ("/actuals-import/ambiguous-follows-columns", test_ambiguous_follows_columns);
  g_test_add_func ("/actuals-import/mixed-orders", test_mixed_orders);
  g_test_add_func ("/actuals-import/duplicates", test_duplicates);
  g_test_add_func ("/actuals-import/contact-before-entry", test_contact_before_entry);
  g_test_add_func ("/actuals-import/serial-dates", test_serial_dates);
  g_test_add_func ("/actuals-import/months", test_months);
  g_test_add_func ("/actuals-import/months-window", test_months_window);
  g_test_add_func ("/actuals-import/cohort-rates", test_cohort_rates);
  g_test_add_func ("/actuals-import/latest-month-skipped-row", test_latest_month_skipped_row);

  return g_test_run ();
}
