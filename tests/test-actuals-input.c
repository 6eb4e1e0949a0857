/* test-actuals-input.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* The input side of the monthly review: the CSV reader, the dates of CRM
 * exports and deadlines in business hours. */

/* A stream that hands out its data a few bytes at a time, as a pipe or a
 * slow disk may, so that every state of the reader meets a buffer end. */
#define TEST_TYPE_TRICKLE_STREAM (test_trickle_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestTrickleStream, test_trickle_stream, TEST, TRICKLE_STREAM, GInputStream)

struct _TestTrickleStream
{
  GInputStream parent_instance;
  GBytes      *bytes;
  gsize        pos;
  guint        reads;
  gsize        fail_at;  /* fail a read from here on; 0 never */
};

G_DEFINE_FINAL_TYPE (TestTrickleStream, test_trickle_stream, G_TYPE_INPUT_STREAM)

static gssize
test_trickle_stream_read (GInputStream  *stream,
                          void          *buffer,
                          gsize          count,
                          GCancellable  *cancellable,
                          GError       **error)
{
  TestTrickleStream *self = TEST_TRICKLE_STREAM (stream);
  gsize size;
  const guchar *data = g_bytes_get_data (self->bytes, &size);
  gsize n = MIN (count, (gsize) (self->reads++ % 7) + 1);

  if (self->fail_at != 0 && self->pos >= self->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The disk went away.");
      return -1;
    }
  n = MIN (n, size - self->pos);
  if (n == 0)
    return 0;
  memcpy (buffer, data + self->pos, n);
  self->pos += n;
  return (gssize) n;
}

static void
test_trickle_stream_finalize (GObject *object)
{
  g_bytes_unref (TEST_TRICKLE_STREAM (object)->bytes);
  G_OBJECT_CLASS (test_trickle_stream_parent_class)->finalize (object);
}

static void
test_trickle_stream_class_init (TestTrickleStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_trickle_stream_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = test_trickle_stream_read;
}

static void
test_trickle_stream_init (TestTrickleStream *self)
{
}

static GInputStream *
trickle_stream_new (const char *data,
                    gsize       len)
{
  TestTrickleStream *self = g_object_new (TEST_TYPE_TRICKLE_STREAM, NULL);

  self->bytes = g_bytes_new (data, len);
  return G_INPUT_STREAM (self);
}

/* All records as "[field][field]@LINE" lines, or the error message. */
static char *
read_all (GInputStream *stream)
{
  g_autoptr(EntenteCsvReader) reader = entente_csv_reader_new (stream, "t.csv");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;

  while (entente_csv_reader_next (reader, &fields, &error))
    {
      for (guint i = 0; i < fields->len; i++)
        g_string_append_printf (out, "[%s]", (const char *) fields->pdata[i]);
      g_string_append_printf (out, "@%" G_GUINT64_FORMAT "\n", entente_csv_reader_get_line (reader));
    }
  if (error != NULL)
    {
      g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
      return g_strdup_printf ("ERROR %s", error->message);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reads @data whole and in dribs, which must agree. */
static char *
read_both (const char *data,
           gsize       len)
{
  g_autoptr(GInputStream) whole = g_memory_input_stream_new_from_data (data, (gssize) len, NULL);
  g_autoptr(GInputStream) trickle = trickle_stream_new (data, len);
  char *a = read_all (whole);
  g_autofree char *b = read_all (trickle);

  g_assert_cmpstr (a, ==, b);
  return a;
}

#define CHECK_CSV(data, expected) \
  G_STMT_START { \
    g_autofree char *got_ = read_both (data, sizeof (data) - 1); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

/* What read_both() gives for a CSV refused at @place with @sentence,
 * in the catalogue's words. */
static char *
csv_error (const char *place,
           const char *sentence)
{
  g_autofree char *message = g_strdup_printf (_("%s: %s"), place, sentence);

  return g_strdup_printf ("ERROR %s", message);
}

#define CHECK_CSV_ERROR(data, place, sentence) \
  G_STMT_START { \
    g_autofree char *expected_ = csv_error (place, sentence); \
    CHECK_CSV (data, expected_); \
  } G_STMT_END

static void
test_csv_quoting (void)
{
  CHECK_CSV ("a,b,c\n1,2,3\n", "[a][b][c]@1\n[1][2][3]@2\n");
  /* No newline at the end. */
  CHECK_CSV ("a,b\n1,2", "[a][b]@1\n[1][2]@2\n");
  /* Commas, doubled quotes and newlines inside quotes. */
  CHECK_CSV ("id,note\n1,\"Smith, Jane\"\n2,\"said \"\"hi\"\"\"\n3,\"two\nlines\"\n4,x\n",
             "[id][note]@1\n[1][Smith, Jane]@2\n[2][said \"hi\"]@3\n[3][two\nlines]@4\n[4][x]@6\n");
  /* Empty fields, quoted and not, and a trailing comma. */
  CHECK_CSV (",,\n\"\",x,\n", "[][][]@1\n[][x][]@2\n");
  /* CRLF, also inside quotes, where it is kept. */
  CHECK_CSV ("a,b\r\n\"1\r\n2\",3\r\n", "[a][b]@1\n[1\r\n2][3]@2\n");
  /* A byte-order mark, and a quote at the very start after it. */
  CHECK_CSV ("\xEF\xBB\xBF\"Record ID\",Owner\n7,\xC3\xA9mile\n",
             "[Record ID][Owner]@1\n[7][\xC3\xA9mile]@2\n");
  /* Empty lines are not records, but they count as lines. */
  CHECK_CSV ("a\n\n\nb\n\n", "[a]@1\n[b]@4\n");
  CHECK_CSV ("", "");
  CHECK_CSV ("\n", "");
  /* What RFC 4180 leaves open, kept as text as spreadsheets do. */
  CHECK_CSV ("a\"b,\"c\"d\n", "[a\"b][cd]@1\n");
}

/* The delimiter is the header's: semicolons from Excel where the decimal
 * mark is a comma, tabs from "Text (tab delimited)"; a comma unless
 * another comes more often outside quotes.  Semicolon exports read as one
 * column, every stage null. */
static void
test_csv_delimiters (void)
{
  CHECK_CSV ("Id;Owner;Amount\n1;\"Smith; Jane\";1,5\n2;Bo;\"3,25\"\n",
             "[Id][Owner][Amount]@1\n[1][Smith; Jane][1,5]@2\n[2][Bo][3,25]@3\n");
  CHECK_CSV ("\xEF\xBB\xBFRecord ID;Create Date\r\n7;31/01/2027 10:00\r\n",
             "[Record ID][Create Date]@1\n[7][31/01/2027 10:00]@2\n");
  CHECK_CSV ("Id\tOwner\tNote\n1\tA, B\ta;b\n", "[Id][Owner][Note]@1\n[1][A, B][a;b]@2\n");
  /* Delimiters inside quoted header names do not count. */
  CHECK_CSV ("\"a;b;c\",d\n1,2\n", "[a;b;c][d]@1\n[1][2]@2\n");
  /* Nor inside a quoted name that spans lines: the header is looked at
   * whole, however the stream hands it out (the fuzzer found a slow
   * stream reading the first line only, and another delimiter). */
  CHECK_CSV ("\"Lead\nID,x,y\";Owner;Date\n1;2;3\n", "[Lead\nID,x,y][Owner][Date]@1\n[1][2][3]@3\n");
  /* One column, or a tie: a comma. */
  CHECK_CSV ("Id\n1;2\n", "[Id]@1\n[1;2]@2\n");
  CHECK_CSV ("a,b;c\n1,2;3\n", "[a][b;c]@1\n[1][2;3]@2\n");
  /* A long header, longer than the first reads of a slow stream. */
  {
    g_autoptr(GString) data = g_string_new (NULL);
    g_autoptr(GString) expected = g_string_new (NULL);
    g_autofree char *got = NULL;

    for (guint i = 0; i < 300; i++)
      {
        g_string_append_printf (data, "%sColumn %u", i > 0 ? ";" : "", i);
        g_string_append_printf (expected, "[Column %u]", i);
      }
    g_string_append (data, "\n");
    g_string_append (expected, "@1\n");
    got = read_both (data->str, data->len);
    g_assert_cmpstr (got, ==, expected->str);
  }
}

/* How a reader of @data, read to the end, says the file is stored. */
static EntenteCsvEncoding
encoding_of (const char *data,
             gsize       len,
             char       *delimiter)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize) len, NULL);
  g_autoptr(EntenteCsvReader) reader = entente_csv_reader_new (stream, "t.csv");
  GPtrArray *fields;

  while (entente_csv_reader_next (reader, &fields, NULL))
    ;
  *delimiter = entente_csv_reader_get_delimiter (reader);
  return entente_csv_reader_get_encoding (reader);
}

/* @utf8 as UTF-16 with its byte-order mark, as Excel's "Unicode text". */
static GBytes *
utf16 (const char *utf8,
       gboolean    little)
{
  gsize len = 0;
  g_autofree char *text = g_convert (utf8, -1, little ? "UTF-16LE" : "UTF-16BE", "UTF-8", NULL, &len, NULL);
  GByteArray *out = g_byte_array_new ();

  g_assert_nonnull (text);
  g_byte_array_append (out, (const guint8 *) (little ? "\xFF\xFE" : "\xFE\xFF"), 2);
  g_byte_array_append (out, (const guint8 *) text, (guint) len);
  return g_byte_array_free_to_bytes (out);
}

/* The encodings spreadsheets save exports in, told apart without asking:
 * a byte-order mark for UTF-8 and UTF-16, Windows-1252 when a record is
 * not UTF-8 and nothing before it was beyond ASCII. */
static void
test_csv_encodings (void)
{
  const char *excel = "Record ID\tContact owner\tCreate Date\r\n7\tL\xC3\xA9" "a M\xC3\xBCller\t31/01/2027 10:00\r\n8\t\xE1\x9E\x9F\xE1\x9E\xB6\t01/02/2027\r\n";
  const char *expected = "[Record ID][Contact owner][Create Date]@1\n[7][L\xC3\xA9" "a M\xC3\xBCller][31/01/2027 10:00]@2\n[8][\xE1\x9E\x9F\xE1\x9E\xB6][01/02/2027]@3\n";
  char delimiter;

  for (guint little = 0; little < 2; little++)
    {
      g_autoptr(GBytes) bytes = utf16 (excel, little);
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      g_autofree char *got = read_both (data, len);

      g_assert_cmpstr (got, ==, expected);
      g_assert_cmpint (encoding_of (data, len, &delimiter), ==, little ? ENTENTE_CSV_UTF16LE : ENTENTE_CSV_UTF16BE);
      g_assert_cmpint (delimiter, ==, '\t');
    }
  g_assert_cmpint (encoding_of ("\xEF\xBB\xBF" "a;b\n", 6, &delimiter), ==, ENTENTE_CSV_UTF8_BOM);
  g_assert_cmpint (delimiter, ==, ';');
  g_assert_cmpint (encoding_of ("a,b\n\xC3\xA9,x\n", 8, &delimiter), ==, ENTENTE_CSV_UTF8);

  /* Windows-1252, from the first record that is not UTF-8: the euro sign,
   * umlauts, curly quotes; ASCII before it reads the same either way. */
  CHECK_CSV ("Owner;City\nBo;Oslo\nM\xFCller;K\xF6ln\n\x93Ren\xE9\x94;\x80 5\n",
             "[Owner][City]@1\n[Bo][Oslo]@2\n[M\xC3\xBCller][K\xC3\xB6ln]@3\n[\xE2\x80\x9CRen\xC3\xA9\xE2\x80\x9D][\xE2\x82\xAC 5]@4\n");
  g_assert_cmpint (encoding_of ("Soci\xE9t\xE9,x\n", 11, &delimiter), ==, ENTENTE_CSV_WINDOWS_1252);
}

/* @pattern with "{}" replaced by @text. */
static char *
fill (const char *pattern,
      const char *text)
{
  GString *out = g_string_new (pattern);

  g_string_replace (out, "{}", text, 0);
  return g_string_free (out, FALSE);
}

/* The reader looks for the byte that ends a run of text eight bytes at a
 * time: each such byte must be found at every place in a word, at the
 * end of the buffer and after it, quoted and not. */
static void
test_csv_every_offset (void)
{
  for (gsize length = 0; length <= 19; length++)
    {
      g_autofree char *text = g_strnfill (length, 'x');
      const struct { const char *data; const char *expected; } cases[] = {
        { "{},y\n", "[{}][y]@1\n" },
        { "{}\ny\n", "[{}]@1\n[y]@2\n" },
        { "{}\r\ny\n", "[{}]@1\n[y]@2\n" },
        { "{}", "[{}]@1\n" },
        { "\"{}\"\"q\",y\n", "[{}\"q][y]@1\n" },
        { "\"{}\ny\",z\n", "[{}\ny][z]@1\n" },
        { "\"{},\r\",z\n", "[{},\r][z]@1\n" },
        { "{}\"q,y\n", "[{}\"q][y]@1\n" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *data = fill (cases[i].data, text);
          g_autofree char *expected = fill (cases[i].expected, text);
          g_autofree char *got = NULL;

          /* An empty line, or file, is no record; a quote first opens a
           * quoted field. */
          if (length == 0 && i != 0 && i != 4 && i != 5 && i != 6)
            continue;
          got = read_both (data, strlen (data));
          g_assert_cmpstr (got, ==, expected);
        }

      /* A NUL byte is found wherever it falls. */
      {
        g_autofree char *data = fill ("{}?y\n", text);
        g_autofree char *got = NULL;
        g_autofree char *place = g_strdup_printf ("t.csv:1:%" G_GSIZE_FORMAT, length + 1);
        g_autofree char *expected = csv_error (place, _("The file contains a NUL byte, so it is not a CSV text file."));

        data[length] = '\0';
        got = read_both (data, length + 3);
        g_assert_cmpstr (got, ==, expected);
      }
    }
}

static void
test_csv_errors (void)
{
  const char *never_closed = _("The quoted field that starts here is never closed.");
  const char *nul = _("The file contains a NUL byte, so it is not a CSV text file.");
  const char *not_utf8 = _("This text is not UTF-8; export the file as UTF-8 CSV.");
  const char *not_1252 = _("This text is neither UTF-8 nor Windows-1252; export the file as UTF-8 CSV.");
  const char *not_utf16 = _("This text is not UTF-16, although the file starts as UTF-16 does.");

  CHECK_CSV_ERROR ("a,b\n1,\"open\n2,3\n", "t.csv:2:3", never_closed);
  CHECK_CSV_ERROR ("a,b\n1,x\0y\n", "t.csv:2:4", nul);
  CHECK_CSV_ERROR ("a,\"b\0\"\n", "t.csv:1:5", nul);
  /* Once a record was UTF-8 beyond ASCII, or a byte-order mark said so,
   * the file is UTF-8, and a record that is not is refused. */
  CHECK_CSV_ERROR ("\xC3\xA9,b\n1,ab\xFF\n", "t.csv:2:5", not_utf8);
  CHECK_CSV_ERROR ("\xEF\xBB\xBF" "a,\"b\xC3\"\n", "t.csv:1:5", not_utf8);
  CHECK_CSV_ERROR ("\xEF\xBB\xBF" "a,\"x\ny\xC3\"\n", "t.csv:2:2", not_utf8);
  /* Five bytes mean nothing in Windows-1252 either. */
  CHECK_CSV_ERROR ("a,b\n1,ab\x81\n", "t.csv:2:5", not_1252);
  /* UTF-16 cut in the middle of a character. */
  CHECK_CSV_ERROR ("\xFF\xFE" "a\0,\0b\0\n\0" "1\0,\0" "2", "t.csv:2:3", not_utf16);
}

static void
test_csv_long_field (void)
{
  gsize n = 1024 * 1024;
  g_autoptr(GString) data = g_string_new ("id,blob\n1,\"");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(EntenteCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;

  for (gsize i = 0; i < n; i++)
    g_string_append_c (data, i % 1000 == 999 ? '\n' : 'x');
  g_string_append (data, "\",end\n2,short\n");

  stream = g_memory_input_stream_new_from_data (data->str, (gssize) data->len, NULL);
  reader = entente_csv_reader_new (stream, "long.csv");
  g_assert_true (entente_csv_reader_next (reader, &fields, &error));
  g_assert_true (entente_csv_reader_next (reader, &fields, &error));
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_cmpuint (strlen (fields->pdata[1]), ==, n);
  g_assert_cmpstr (fields->pdata[2], ==, "end");
  g_assert_cmpuint (entente_csv_reader_get_line (reader), ==, 2);
  g_assert_true (entente_csv_reader_next (reader, &fields, &error));
  g_assert_cmpstr (fields->pdata[1], ==, "short");
  g_assert_cmpuint (entente_csv_reader_get_line (reader), ==, 2 + n / 1000 + 1);
  g_assert_false (entente_csv_reader_next (reader, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (entente_csv_reader_get_bytes_read (reader), ==, data->len);
}

static void
test_csv_field_too_long (void)
{
  gsize n = ENTENTE_CSV_MAX_FIELD + 10;
  char *data = g_malloc (n + 4);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(EntenteCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;

  memcpy (data, "a,", 2);
  memset (data + 2, 'x', n);
  memcpy (data + 2 + n, "\n", 2);
  stream = g_memory_input_stream_new_from_data (data, (gssize) (n + 3), g_free);
  reader = entente_csv_reader_new (stream, "big.csv");
  g_assert_false (entente_csv_reader_next (reader, &fields, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "big.csv:1:3: "));
}

/* A record beyond the reader's limits is stepped over, not kept, and
 * reading goes on after it, with the lines still right. */
static void
test_csv_record_too_large (void)
{
  g_autoptr(GString) text = g_string_new ("a,b\n");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(EntenteCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *quoted = g_strnfill (12 * 1024 * 1024, 'x');
  GPtrArray *fields;

  /* As many fields as may be, then one more. */
  for (guint i = 1; i < ENTENTE_CSV_MAX_FIELDS; i++)
    g_string_append_c (text, ',');
  g_string_append_c (text, '\n');
  for (guint i = 0; i < ENTENTE_CSV_MAX_FIELDS; i++)
    g_string_append_c (text, ',');
  g_string_append (text, "\r\n");
  /* Three fields of 12 MiB, one spanning two lines. */
  g_string_append_printf (text, "\"%s\n\",%s,%s\n", quoted, quoted, quoted);
  g_string_append (text, "c,d\n");

  stream = trickle_stream_new (text->str, text->len);
  reader = entente_csv_reader_new (stream, "t.csv");

  g_assert_true (entente_csv_reader_next (reader, &fields, &error));
  g_assert_cmpuint (fields->len, ==, 2);
  g_assert_true (entente_csv_reader_next (reader, &fields, &error));
  g_assert_cmpuint (fields->len, ==, ENTENTE_CSV_MAX_FIELDS);

  g_assert_false (entente_csv_reader_next (reader, &fields, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_RECORD_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "t.csv:3:1: "));
  g_clear_error (&error);

  g_assert_false (entente_csv_reader_next (reader, &fields, &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_RECORD_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "t.csv:4:1: "));
  g_clear_error (&error);

  g_assert_true (entente_csv_reader_next (reader, &fields, &error));
  g_assert_cmpuint (entente_csv_reader_get_line (reader), ==, 6);
  g_assert_cmpuint (fields->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fields, 1), ==, "d");
  g_assert_false (entente_csv_reader_next (reader, &fields, &error));
  g_assert_no_error (error);
}

static void
test_csv_io_error (void)
{
  static const char data[] = "a,b\n1,\"long\nfield\"\n2,x\n";
  g_autoptr(GInputStream) stream = trickle_stream_new (data, sizeof data - 1);
  g_autoptr(EntenteCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;

  /* Read errors reach the caller as they are, in the middle of a record. */
  TEST_TRICKLE_STREAM (stream)->fail_at = 10;
  reader = entente_csv_reader_new (stream, "t.csv");
  g_assert_true (entente_csv_reader_next (reader, &fields, &error));
  g_assert_false (entente_csv_reader_next (reader, &fields, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
}

static gint64
utc (int y, int mo, int d, int h, int mi, int s)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (y, mo, d, h, mi, s);

  return g_date_time_to_unix (dt);
}

static void
test_time_formats (void)
{
  g_autoptr(GTimeZone) utc_zone = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) plus7 = g_time_zone_new_identifier ("Asia/Phnom_Penh");
  const struct { const char *text; gint64 expected; } utc_cases[] = {
    { "2027-01-05", 1799107200 },
    { "2027-01-05T14:03:00Z", 1799157780 },
    { "2027-01-05T14:03:00+07:00", 1799132580 },
    { "2027-01-05T14:03:00-0500", 1799157780 + 5 * 3600 },
    { "2027-01-05T14:03:00.250Z", 1799157780 },
    { "2027-01-05T14:03", 1799157780 },
    { "2027-01-05 14:03", 1799157780 },
    { "2027-01-05 14:03:00", 1799157780 },
    { "2027-01-05 14:03:00 +07:00", 1799132580 },
    { "01/05/2027 02:03 PM", 1799157780 },
    { "1/5/2027 2:03 pm", 1799157780 },
    { "01/05/2027 12:15 AM", 1799107200 + 15 * 60 },
    { "01/05/2027 12:15 PM", 1799107200 + 12 * 3600 + 15 * 60 },
    { "01/05/2027 14:03", 1799157780 },
    { "01/05/2027", 1799107200 },
    { " 2027-01-05 ", 1799107200 },
    { "2024-02-29", 1709164800 },
    { "1969-12-31T23:59:59Z", -1 },
  };
  const char *bad[] = {
    "", " ", "hello", "2027-13-01", "2027-02-29", "2027-01-32", "2027-01-05T25:00",
    "2027-01-05T14:60", "2027-01-05T14", "2027-01-05T14:03:00+25:00", "2027-01-05T14:03:00Y",
    "13/05/2027", "01/05/27", "01/05-2027", "2027-01/05", "0", "46392.", "46392.5x", "01/05/2027 13:00 PM", "01/05/2027 00:10 AM",
    "01/05/2027 2:03 XM", "2027-01-05x", "2027-01-05 14:03 extra", "1799107200",
  };
  gint64 t;

  for (guint i = 0; i < G_N_ELEMENTS (utc_cases); i++)
    {
      if (!entente_actuals_parse_date (utc_cases[i].text, utc_zone, ENTENTE_DATE_ORDER_MDY, &t, NULL))
        g_error ("“%s” should be a time", utc_cases[i].text);
      g_assert_cmpint (t, ==, utc_cases[i].expected);
    }
  g_assert_cmpint (utc (2027, 1, 5, 14, 3, 0), ==, 1799157780);

  /* A NULL zone is UTC. */
  g_assert_true (entente_actuals_parse_date ("2027-01-05", NULL, ENTENTE_DATE_ORDER_MDY, &t, NULL));
  g_assert_cmpint (t, ==, 1799107200);

  /* Without an offset, the document's zone; with one, the zone is moot. */
  g_assert_nonnull (plus7);
  g_assert_true (entente_actuals_parse_date ("2027-01-05 14:03", plus7, ENTENTE_DATE_ORDER_MDY, &t, NULL));
  g_assert_cmpint (t, ==, 1799157780 - 7 * 3600);
  g_assert_true (entente_actuals_parse_date ("2027-01-05T14:03:00Z", plus7, ENTENTE_DATE_ORDER_MDY, &t, NULL));
  g_assert_cmpint (t, ==, 1799157780);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (entente_actuals_parse_date (bad[i], utc_zone, ENTENTE_DATE_ORDER_MDY, &t, NULL))
      g_error ("“%s” should not be a time", bad[i]);
  g_assert_false (entente_actuals_parse_date (NULL, utc_zone, ENTENTE_DATE_ORDER_MDY, &t, NULL));
}

/* Dates as spreadsheets and European exports write them: the year first
 * with any separator, the year last in the column's order, serial
 * numbers; and what each says about its column's order. */
static void
test_time_orders (void)
{
  g_autoptr(GTimeZone) utc_zone = g_time_zone_new_utc ();
  const struct {
    const char *text;
    EntenteDateOrder order;
    gboolean read;
    gint64 expected;
    EntenteDateShape shape;
  } cases[] = {
    { "2027-1-5", ENTENTE_DATE_ORDER_DMY, TRUE, 1799107200, ENTENTE_DATE_SHAPE_FIXED },
    { "2027/01/05 14:03", ENTENTE_DATE_ORDER_YMD, TRUE, 1799157780, ENTENTE_DATE_SHAPE_FIXED },
    { "2027.01.05", ENTENTE_DATE_ORDER_MDY, TRUE, 1799107200, ENTENTE_DATE_SHAPE_FIXED },
    { "05/01/2027", ENTENTE_DATE_ORDER_DMY, TRUE, 1799107200, ENTENTE_DATE_SHAPE_AMBIGUOUS },
    { "05/01/2027", ENTENTE_DATE_ORDER_MDY, TRUE, 1809129600, ENTENTE_DATE_SHAPE_AMBIGUOUS },
    { "05/01/2027", ENTENTE_DATE_ORDER_YMD, FALSE, 0, ENTENTE_DATE_SHAPE_AMBIGUOUS },
    { "5.1.2027 14:03", ENTENTE_DATE_ORDER_DMY, TRUE, 1799157780, ENTENTE_DATE_SHAPE_AMBIGUOUS },
    { "05-01-2027 2:03 PM", ENTENTE_DATE_ORDER_DMY, TRUE, 1799157780, ENTENTE_DATE_SHAPE_AMBIGUOUS },
    { "13/01/2027", ENTENTE_DATE_ORDER_DMY, TRUE, 1799107200 + 8 * 86400, ENTENTE_DATE_SHAPE_DAY_FIRST },
    { "13/01/2027", ENTENTE_DATE_ORDER_MDY, FALSE, 0, ENTENTE_DATE_SHAPE_DAY_FIRST },
    { "01/13/2027", ENTENTE_DATE_ORDER_MDY, TRUE, 1799107200 + 8 * 86400, ENTENTE_DATE_SHAPE_MONTH_FIRST },
    { "01/13/2027", ENTENTE_DATE_ORDER_DMY, FALSE, 0, ENTENTE_DATE_SHAPE_MONTH_FIRST },
    { "07/07/2027", ENTENTE_DATE_ORDER_DMY, TRUE, 1814918400, ENTENTE_DATE_SHAPE_FIXED },
    /* 29 February only where the year has it, in either order. */
    { "29/02/2027", ENTENTE_DATE_ORDER_DMY, FALSE, 0, ENTENTE_DATE_SHAPE_NONE },
    { "31/31/2027", ENTENTE_DATE_ORDER_DMY, FALSE, 0, ENTENTE_DATE_SHAPE_NONE },
    /* Days since 1899-12-30: 46392 is 2027-01-05; half a day is noon. */
    { "46392", ENTENTE_DATE_ORDER_DMY, TRUE, 1799107200, ENTENTE_DATE_SHAPE_SERIAL },
    { "46392.5", ENTENTE_DATE_ORDER_MDY, TRUE, 1799107200 + 12 * 3600, ENTENTE_DATE_SHAPE_SERIAL },
    { "46392,25", ENTENTE_DATE_ORDER_DMY, TRUE, 1799107200 + 6 * 3600, ENTENTE_DATE_SHAPE_SERIAL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 t = 0;
      EntenteDateShape shape;
      gboolean read = entente_actuals_parse_date (cases[i].text, utc_zone, cases[i].order, &t, &shape);

      if (read != cases[i].read)
        g_error ("“%s” in order %d: read %d", cases[i].text, cases[i].order, read);
      if (read)
        g_assert_cmpint (t, ==, cases[i].expected);
      g_assert_cmpint (shape, ==, cases[i].shape);
    }
}

static void
test_time_dst (void)
{
  g_autoptr(GTimeZone) ny = g_time_zone_new_identifier ("America/New_York");
  gint64 t;

  g_assert_nonnull (ny);
  /* Clocks go from 02:00 EST to 03:00 EDT on 2027-03-14. */
  g_assert_true (entente_actuals_parse_date ("2027-03-14T01:30", ny, ENTENTE_DATE_ORDER_MDY, &t, NULL));
  g_assert_cmpint (t, ==, utc (2027, 3, 14, 6, 30, 0));
  g_assert_true (entente_actuals_parse_date ("03/14/2027 03:30 AM", ny, ENTENTE_DATE_ORDER_MDY, &t, NULL));
  g_assert_cmpint (t, ==, utc (2027, 3, 14, 7, 30, 0));
  g_assert_true (entente_actuals_parse_date ("2027-03-14 12:00", ny, ENTENTE_DATE_ORDER_MDY, &t, NULL));
  g_assert_cmpint (t, ==, utc (2027, 3, 14, 16, 0, 0));
  g_assert_true (entente_actuals_parse_date ("2027-03-13 12:00", ny, ENTENTE_DATE_ORDER_MDY, &t, NULL));
  g_assert_cmpint (t, ==, utc (2027, 3, 13, 17, 0, 0));
  /* 02:30 does not exist that day: moved forward like the clocks. */
  g_assert_true (entente_actuals_parse_date ("2027-03-14 02:30", ny, ENTENTE_DATE_ORDER_MDY, &t, NULL));
  g_assert_cmpint (t, ==, utc (2027, 3, 14, 7, 30, 0));
}

static EntenteDuration *
duration (const char *text)
{
  EntenteDuration *d = entente_duration_parse (text);

  g_assert_nonnull (d);
  return d;
}

static gint64
deadline (EntenteBusinessHours *hours,
          gint64                start,
          const char           *window,
          gboolean              business)
{
  g_autoptr(EntenteDuration) d = duration (window);

  return entente_business_hours_deadline (hours, start, d, business);
}

static void
test_business_hours_default (void)
{
  /* No meta: Monday to Friday, 09:00 to 17:00, UTC.  2027-01-08 is a
   * Friday. */
  g_autoptr(EntenteBusinessHours) hours = entente_business_hours_new (NULL);

  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 16, 30, 0), "PT1H", TRUE), ==, utc (2027, 1, 11, 9, 30, 0));
  /* Before opening the clock starts at the opening. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 7, 0, 0), "PT1H", TRUE), ==, utc (2027, 1, 5, 10, 0, 0));
  /* Exactly at closing is after hours; a deadline may fall on closing. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 17, 0, 0), "PT1H", TRUE), ==, utc (2027, 1, 11, 10, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 16, 0, 0), "PT1H", TRUE), ==, utc (2027, 1, 8, 17, 0, 0));
  /* Exactly at opening. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 9, 0, 0), "PT8H", TRUE), ==, utc (2027, 1, 5, 17, 0, 0));
  /* Over a night. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 16, 0, 0), "PT4H", TRUE), ==, utc (2027, 1, 6, 12, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 22, 0, 0), "PT30M", TRUE), ==, utc (2027, 1, 6, 9, 30, 0));
  /* From a weekend. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 9, 12, 0, 0), "PT30M", TRUE), ==, utc (2027, 1, 11, 9, 30, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 10, 23, 59, 0), "PT1H", TRUE), ==, utc (2027, 1, 11, 10, 0, 0));
  /* A business day is the open hours; PT24H is three of them. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 10, 0, 0), "P1D", TRUE), ==, utc (2027, 1, 6, 10, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 10, 0, 0), "PT24H", TRUE), ==, utc (2027, 1, 8, 10, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 7, 10, 0, 0), "PT24H", TRUE), ==, utc (2027, 1, 12, 10, 0, 0));
  /* Weeks of business days, skipped whole. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 4, 9, 0, 0), "P1W", TRUE), ==, utc (2027, 1, 8, 17, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 10, 0, 0), "P2W", TRUE), ==, utc (2027, 1, 19, 10, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 10, 0, 0), "P10D", TRUE), ==, utc (2027, 1, 19, 10, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 5, 10, 0, 0), "PT0S", TRUE), ==, utc (2027, 1, 5, 10, 0, 0));

  /* Plain time ignores the hours. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 16, 30, 0), "PT1H", FALSE), ==, utc (2027, 1, 8, 17, 30, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 16, 30, 0), "PT24H", FALSE), ==, utc (2027, 1, 9, 16, 30, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 16, 30, 0), "P1DT2H", FALSE), ==, utc (2027, 1, 9, 18, 30, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 31, 12, 0, 0), "P1M", FALSE), ==, utc (2027, 2, 28, 12, 0, 0));
}

static void
test_business_hours_saturday (void)
{
  /* Angkor: Monday to Saturday, 08:00 to 17:00, Asia/Phnom_Penh (UTC+7). */
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("angkor-retail-km.entente");
  g_autoptr(EntenteBusinessHours) hours = entente_business_hours_new (entente_document_get_meta (doc));

  /* Friday 16:30 local is 09:30 UTC; one hour later is Saturday 08:30. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 9, 30, 0), "PT1H", TRUE), ==, utc (2027, 1, 9, 1, 30, 0));
  /* Saturday 16:30: Sunday is closed, so Monday 08:30. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 9, 9, 30, 0), "PT1H", TRUE), ==, utc (2027, 1, 11, 1, 30, 0));
  /* A business day there is nine hours. */
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 1, 0, 0), "P1D", TRUE), ==, utc (2027, 1, 8, 10, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 3, 0, 0), "P1D", TRUE), ==, utc (2027, 1, 9, 3, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 1, 8, 1, 0, 0), "PT8H", TRUE), ==, utc (2027, 1, 8, 9, 0, 0));
}

static void
test_business_hours_dst (void)
{
  /* Acme: Monday to Friday, 09:00 to 17:00, America/New_York. */
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteBusinessHours) hours = entente_business_hours_new (entente_document_get_meta (doc));

  /* Friday 2027-03-12 16:30 EST; the clocks change on Sunday; Monday
   * opens at 09:00 EDT, 13:00 UTC. */
  g_assert_cmpint (deadline (hours, utc (2027, 3, 12, 21, 30, 0), "PT1H", TRUE), ==, utc (2027, 3, 15, 13, 30, 0));
  /* Back to standard time on 2027-11-07. */
  g_assert_cmpint (deadline (hours, utc (2027, 11, 5, 20, 30, 0), "PT1H", TRUE), ==, utc (2027, 11, 8, 14, 30, 0));
  /* Two weeks across the change keep the local opening. */
  g_assert_cmpint (deadline (hours, utc (2027, 3, 9, 15, 0, 0), "P2W", TRUE), ==, utc (2027, 3, 23, 14, 0, 0));
  /* In plain time a day keeps the time of day and lasts 23 hours here. */
  g_assert_cmpint (deadline (hours, utc (2027, 3, 13, 17, 0, 0), "P1D", FALSE), ==, utc (2027, 3, 14, 16, 0, 0));
  g_assert_cmpint (deadline (hours, utc (2027, 3, 13, 17, 0, 0), "PT24H", FALSE), ==, utc (2027, 3, 14, 17, 0, 0));
}

static EntenteBusinessHours *
hours_of (int start,
          int end)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntenteMeta *meta = entente_document_get_meta (doc);

  entente_item_set_string (ENTENTE_ITEM (meta), ENTENTE_META_FIELD_TIMEZONE, "UTC");
  g_object_set (meta, "business-start", start, "business-end", end, NULL);
  return entente_business_hours_new (meta);
}

/* A night shift, 22:00 to 06:00, Monday to Friday, UTC (2027-01-04 is a
 * Monday): each business day's hours run into the next morning; figures
 * worked out by hand. */
static void
test_business_hours_night (void)
{
  g_autoptr(EntenteBusinessHours) night = hours_of (22 * 60, 6 * 60);
  g_autoptr(EntenteBusinessHours) whole_day = hours_of (0, 24 * 60);
  g_autoptr(EntenteBusinessHours) two_minutes = hours_of (23 * 60 + 59, 1);
  g_autoptr(EntenteBusinessHours) never = hours_of (9 * 60, 9 * 60);

  /* Inside Monday's shift, past midnight. */
  g_assert_cmpint (deadline (night, utc (2027, 1, 4, 23, 0, 0), "PT1H", TRUE), ==, utc (2027, 1, 5, 0, 0, 0));
  /* Monday 05:00 belongs to Sunday's shift, and Sunday is closed. */
  g_assert_cmpint (deadline (night, utc (2027, 1, 4, 5, 0, 0), "PT1H", TRUE), ==, utc (2027, 1, 4, 23, 0, 0));
  /* Tuesday 05:30: half an hour of Monday's shift, half of Tuesday's. */
  g_assert_cmpint (deadline (night, utc (2027, 1, 5, 5, 30, 0), "PT1H", TRUE), ==, utc (2027, 1, 5, 22, 30, 0));
  /* Friday's shift runs into Saturday morning; then Monday night. */
  g_assert_cmpint (deadline (night, utc (2027, 1, 9, 3, 0, 0), "PT1H", TRUE), ==, utc (2027, 1, 9, 4, 0, 0));
  g_assert_cmpint (deadline (night, utc (2027, 1, 9, 5, 30, 0), "PT1H", TRUE), ==, utc (2027, 1, 11, 22, 30, 0));
  /* A business day is one shift, eight hours. */
  g_assert_cmpint (deadline (night, utc (2027, 1, 4, 22, 0, 0), "P1D", TRUE), ==, utc (2027, 1, 5, 6, 0, 0));
  /* A week is five shifts. */
  g_assert_cmpint (deadline (night, utc (2027, 1, 4, 22, 0, 0), "P1W", TRUE), ==, utc (2027, 1, 9, 6, 0, 0));

  /* 00:00 to 24:00: whole business days. */
  g_assert_cmpint (deadline (whole_day, utc (2027, 1, 8, 23, 30, 0), "PT1H", TRUE), ==, utc (2027, 1, 11, 0, 30, 0));
  g_assert_cmpint (deadline (whole_day, utc (2027, 1, 4, 12, 0, 0), "P1D", TRUE), ==, utc (2027, 1, 5, 12, 0, 0));

  /* 23:59 to 00:01: two minutes a night. */
  g_assert_cmpint (deadline (two_minutes, utc (2027, 1, 4, 23, 59, 0), "PT3M", TRUE), ==, utc (2027, 1, 6, 0, 0, 0));

  /* Opening and closing at once: never open, never reached (the loader
   * and the checks refuse such hours; they are not replaced here). */
  g_assert_cmpint (deadline (never, utc (2027, 1, 4, 8, 0, 0), "PT1H", TRUE), ==, G_MAXINT64);
  g_assert_cmpint (deadline (never, utc (2027, 1, 4, 8, 0, 0), "PT1H", FALSE), ==, utc (2027, 1, 4, 9, 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/quoting", test_csv_quoting);
  g_test_add_func ("/csv/delimiters", test_csv_delimiters);
  g_test_add_func ("/csv/encodings", test_csv_encodings);
  g_test_add_func ("/csv/errors", test_csv_errors);
  g_test_add_func ("/csv/every-offset", test_csv_every_offset);
  g_test_add_func ("/csv/long-field", test_csv_long_field);
  g_test_add_func ("/csv/field-too-long", test_csv_field_too_long);
  g_test_add_func ("/csv/io-error", test_csv_io_error);
  g_test_add_func ("/csv/record-too-large", test_csv_record_too_large);
  g_test_add_func ("/business-hours/night", test_business_hours_night);
  g_test_add_func ("/time/formats", test_time_formats);
  g_test_add_func ("/time/orders", test_time_orders);
  g_test_add_func ("/time/dst", test_time_dst);
  g_test_add_func ("/business-hours/default", test_business_hours_default);
  g_test_add_func ("/business-hours/saturday", test_business_hours_saturday);
  g_test_add_func ("/business-hours/dst", test_business_hours_dst);

  return g_test_run ();
}
