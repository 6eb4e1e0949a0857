/* entente-csv-reader.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include "entente-gettext.h"

#include "entente-csv-reader.h"
#include "entente-error.h"

/* CRM exports run to millions of rows and gigabytes, so the reader never
 * holds more than one fixed read buffer and the current record.  The
 * fields of a record are copied, unquoted, into one arena that is reused
 * from record to record: reading a row allocates nothing once the arena
 * has grown to the longest row.
 *
 * The scanner is a small state machine that survives buffer refills, so
 * a quoted field, a doubled quote or a CRLF may straddle two reads.  Runs
 * of ordinary bytes are skipped with a table lookup per byte and copied
 * with one memcpy, which keeps the hot path free of function calls.
 *
 * What RFC 4180 leaves open is decided the way spreadsheets do: a quote
 * inside an unquoted field, or text after a closing quote, is kept as
 * text; a lone CR ends a record like CRLF; empty lines are skipped, since
 * an export never means them as a record with one empty field.  Columns in
 * messages count bytes from 1 (of the text in UTF-8 when the file is
 * UTF-16).
 *
 * Exports reach the meeting through spreadsheets, which change how the
 * text is stored: a byte-order mark tells UTF-8 and UTF-16 (Excel's
 * "Unicode text"), which is read through GLib's charset converter; a file
 * without one is UTF-8 unless a record is not, while everything before it
 * was ASCII, which both encodings store alike: then it is Windows-1252
 * from there on, as older Windows setups save it.  A file that was UTF-8
 * before is not UTF-8 where it stops being so, and is refused there. */

#define READ_SIZE (64 * 1024)

/* Byte classes for the scanning loops. */
enum
{
  CLASS_PLAIN = 0,
  CLASS_SPECIAL = 1,
};

typedef enum
{
  STATE_FIELD_START,
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_IN_QUOTED,  /* a quote inside a quoted field: doubled, or the end */
} State;

typedef struct
{
  gsize   offset;  /* in the arena */
  guint64 line;    /* where the field starts, for messages */
  guint64 column;
} Field;

struct _EntenteCsvReader
{
  GInputStream *stream;       /* what is read: raw, or raw through a converter */
  GInputStream *raw;          /* the stream as given */
  gint64        raw_start;    /* where raw was at first, or -1 when it cannot tell */
  char         *name;
  EntenteCsvEncoding encoding;
  gboolean      utf8_seen;    /* a record held UTF-8 beyond ASCII: the file is UTF-8 */
  GIConv        cp1252;       /* to UTF-8, opened when first needed */
  char         *converted;    /* the record's fields in UTF-8, read as Windows-1252 */
  gsize         converted_size;

  guchar       *buf;
  gsize         pos;
  gsize         len;
  guint64       buf_offset;   /* of buf[0] in the stream */
  gboolean      eof;
  gboolean      started;      /* the byte-order mark and the delimiter have been looked for */
  guchar        delimiter;    /* ',', or ';' or a tab as the header shows */
  guchar        unquoted_class[256]; /* the bytes that end a run in an unquoted field */
  gboolean      skip_lf;      /* the last record ended with CR: a LF after it belongs to it */

  char         *arena;
  gsize         arena_len;
  gsize         arena_size;
  Field        *field_info;   /* an array kept by hand: appended to per field */
  guint         n_fields;
  guint         fields_size;
  GPtrArray    *fields;

  guint64       line;         /* of the next byte to read */
  guint64       line_start;   /* stream offset of the first byte of that line */
  guint64       record_line;
  guint         overflow;     /* why the record is being stepped over, or 0 */
};

enum
{
  OVERFLOW_NONE,
  OVERFLOW_FIELDS,
  OVERFLOW_BYTES,
};

/* Bytes that end a run in a quoted field; in an unquoted one, these and
 * the reader's delimiter (set_delimiter()). */
static guchar quoted_class[256];

static void
init_classes (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      quoted_class['"'] = CLASS_SPECIAL;
      quoted_class['\n'] = CLASS_SPECIAL;
      quoted_class['\0'] = CLASS_SPECIAL;
      g_once_init_leave (&done, 1);
    }
}

static void
set_delimiter (EntenteCsvReader *self,
               guchar            delimiter)
{
  memset (self->unquoted_class, CLASS_PLAIN, sizeof self->unquoted_class);
  self->unquoted_class['"'] = CLASS_SPECIAL;
  self->unquoted_class['\n'] = CLASS_SPECIAL;
  self->unquoted_class['\r'] = CLASS_SPECIAL;
  self->unquoted_class['\0'] = CLASS_SPECIAL;
  self->unquoted_class[delimiter] = CLASS_SPECIAL;
  self->delimiter = delimiter;
}

/* The delimiter of the first record in [p, end): the one of comma,
 * semicolon (Excel where the decimal mark is a comma) and tab that comes
 * most often outside quotes; a comma when none does.  @whole is set when
 * the record ends before @end. */
static guchar
sniff_delimiter (const guchar *p,
                 const guchar *end,
                 gboolean     *whole)
{
  static const guchar candidates[] = { ',', ';', '\t' };
  guint64 counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        {
          *whole = TRUE;
          break;
        }
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  return candidates[best];
}

/* The bytes of @word that are zero, as their high bits; a byte above a
 * zero byte may be flagged too, but never one below it, so the lowest
 * flag is always exact. */
static inline guint64
zero_bytes (guint64 word)
{
  return (word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word & G_GUINT64_CONSTANT (0x8080808080808080);
}

static inline guint64
bytes_equal (guint64 word,
             guchar  c)
{
  return zero_bytes (word ^ (G_GUINT64_CONSTANT (0x0101010101010101) * c));
}

/* The first byte from @p that ends a run of plain text in a field: most
 * of an export is plain text, so it is searched eight bytes at a time,
 * which more than halves the time of a million-row export. */
static inline const guchar *
find_special (EntenteCsvReader *self,
              const guchar     *p,
              const guchar     *end,
              gboolean          quoted)
{
  const guchar *class = quoted ? quoted_class : self->unquoted_class;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined (__GNUC__)
  while (end - p >= 8)
    {
      guint64 word;
      guint64 hits;

      memcpy (&word, p, sizeof word);
      hits = zero_bytes (word) | bytes_equal (word, '"') | bytes_equal (word, '\n');
      if (!quoted)
        hits |= bytes_equal (word, self->delimiter) | bytes_equal (word, '\r');
      if (hits != 0)
        return p + (__builtin_ctzll (hits) >> 3);
      p += 8;
    }
#endif

  while (p < end && class[*p] == CLASS_PLAIN)
    p++;

  return p;
}

/**
 * entente_csv_reader_new:
 * @stream: where the CSV comes from
 * @name: what to call the file in messages, such as its display name
 *
 * Returns: (transfer full): a reader of @stream, which it keeps a
 *   reference to and reads from the current position
 */
EntenteCsvReader *
entente_csv_reader_new (GInputStream *stream,
                        const char   *name)
{
  EntenteCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  init_classes ();

  self = g_new0 (EntenteCsvReader, 1);
  self->stream = g_object_ref (stream);
  self->raw = g_object_ref (stream);
  self->raw_start = G_IS_SEEKABLE (stream) ? g_seekable_tell (G_SEEKABLE (stream)) : -1;
  self->cp1252 = (GIConv) -1;
  self->name = g_strdup (name != NULL ? name : "-");
  self->buf = g_malloc (READ_SIZE);
  self->arena_size = 4096;
  self->arena = g_malloc (self->arena_size);
  self->fields_size = 32;
  self->field_info = g_new (Field, self->fields_size);
  self->fields = g_ptr_array_sized_new (32);
  self->line = 1;
  self->record_line = 1;
  set_delimiter (self, ',');
  return self;
}

void
entente_csv_reader_free (EntenteCsvReader *self)
{
  if (self == NULL)
    return;

  g_object_unref (self->stream);
  g_object_unref (self->raw);
  if (self->cp1252 != (GIConv) -1)
    g_iconv_close (self->cp1252);
  g_free (self->converted);
  g_free (self->name);
  g_free (self->buf);
  g_free (self->arena);
  g_free (self->field_info);
  g_ptr_array_unref (self->fields);
  g_free (self);
}

/**
 * entente_csv_reader_get_line:
 *
 * Returns: the line, from 1, where the last record read started; a
 *   record with quoted newlines spans more lines than this one
 */
guint64
entente_csv_reader_get_line (EntenteCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

/**
 * entente_csv_reader_get_bytes_read:
 *
 * Returns: how many bytes of the stream have been read so far, for
 *   showing progress against the size of the file
 */
guint64
entente_csv_reader_get_bytes_read (EntenteCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  /* What went through a converter is counted as it was in the file. */
  if (self->stream != self->raw && self->raw_start >= 0)
    return (guint64) (g_seekable_tell (G_SEEKABLE (self->raw)) - self->raw_start);
  return self->buf_offset + self->len;
}

/**
 * entente_csv_reader_get_delimiter:
 *
 * Returns: the delimiter found in the header: a comma, a semicolon or a
 *   tab; a comma before the first record is read
 */
char
entente_csv_reader_get_delimiter (EntenteCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return (char) self->delimiter;
}

/**
 * entente_csv_reader_get_encoding:
 *
 * Returns: how the file's text is stored, as far as it has been read:
 *   Windows-1252 shows only from the first record that is not UTF-8
 */
EntenteCsvEncoding
entente_csv_reader_get_encoding (EntenteCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ENTENTE_CSV_UTF8);

  return self->encoding;
}

static void
set_invalid (EntenteCsvReader *self,
             GError          **error,
             guint64           line,
             guint64           column,
             const char       *sentence)
{
  /* The place is formatted apart so that translators never see the
   * 64-bit format macros. */
  g_autofree char *place = g_strdup_printf ("%s:%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                                            self->name, line, column);

  g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
               /* Translators: the first %s is FILE:LINE:COLUMN, the second a sentence */
               _("%s: %s"), place, sentence);
}

static inline guint64
column_at (EntenteCsvReader *self,
           const guchar     *p)
{
  return self->buf_offset + (guint64) (p - self->buf) - self->line_start + 1;
}

/* A read that failed: UTF-16 that the converter could not read is the
 * file's fault, and said so at the place it stopped. */
static void
read_failed (EntenteCsvReader  *self,
             GError            *local_error,
             GError           **error)
{
  if (self->stream != self->raw &&
      (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA) ||
       g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT)))
    {
      set_invalid (self, error, self->line, column_at (self, self->buf + self->len),
                   _("This text is not UTF-16, although the file starts as UTF-16 does."));
      g_error_free (local_error);
      return;
    }
  g_propagate_error (error, local_error);
}

/* Appends what one read of at most @max bytes gives to the buffer, which
 * does not move; FALSE on an error. */
static gboolean
read_more (EntenteCsvReader  *self,
           gsize              max,
           GError           **error)
{
  GError *local_error = NULL;
  gssize n = g_input_stream_read (self->stream, self->buf + self->len,
                                  MIN (max, READ_SIZE - self->len), NULL, &local_error);

  if (n < 0)
    {
      read_failed (self, local_error, error);
      return FALSE;
    }
  if (n == 0)
    self->eof = TRUE;
  self->len += (gsize) n;
  return TRUE;
}

/* Reads the next chunk.  Returns FALSE at the end of the stream or on an
 * error, which only the latter sets. */
static gboolean
fill (EntenteCsvReader  *self,
      GError           **error)
{
  if (self->eof)
    return FALSE;

  self->buf_offset += self->len;
  self->pos = 0;
  self->len = 0;
  return read_more (self, READ_SIZE, error) && !self->eof;
}

static gboolean
arena_append_slow (EntenteCsvReader  *self,
                   const guchar      *data,
                   gsize              n,
                   GError           **error)
{
  const Field *field;

  if (self->overflow != OVERFLOW_NONE)
    return TRUE;

  field = &self->field_info[self->n_fields - 1];
  if (self->arena_len - field->offset + n > ENTENTE_CSV_MAX_FIELD)
    {
      set_invalid (self, error, field->line, field->column,
                   _("This field is longer than 16 MiB, which no export writes; the file is probably not CSV."));
      return FALSE;
    }

  if (self->arena_len + n + 1 > ENTENTE_CSV_MAX_RECORD)
    {
      self->overflow = OVERFLOW_BYTES;
      return TRUE;
    }

  /* Room for the terminating NUL of the field too. */
  if (self->arena_len + n + 1 > self->arena_size)
    {
      while (self->arena_len + n + 1 > self->arena_size)
        self->arena_size *= 2;
      self->arena = g_realloc (self->arena, self->arena_size);
    }
  memcpy (self->arena + self->arena_len, data, n);
  self->arena_len += n;
  return TRUE;
}

/* The common case inline: the arena has room and the field is short,
 * which a check against the field limit minus the arena's size proves. */
static inline gboolean
arena_append (EntenteCsvReader  *self,
              const guchar      *data,
              gsize              n,
              GError           **error)
{
  if (G_LIKELY (self->arena_len + n + 1 <= self->arena_size &&
                self->arena_size <= ENTENTE_CSV_MAX_FIELD &&
                self->overflow == OVERFLOW_NONE))
    {
      memcpy (self->arena + self->arena_len, data, n);
      self->arena_len += n;
      return TRUE;
    }
  return arena_append_slow (self, data, n, error);
}

static inline void
begin_field (EntenteCsvReader *self,
             const guchar     *p)
{
  Field *field;

  if (G_UNLIKELY (self->overflow != OVERFLOW_NONE))
    return;
  if (G_UNLIKELY (self->n_fields == ENTENTE_CSV_MAX_FIELDS))
    {
      self->overflow = OVERFLOW_FIELDS;
      return;
    }
  if (G_UNLIKELY (self->n_fields == self->fields_size))
    {
      self->fields_size *= 2;
      self->field_info = g_renew (Field, self->field_info, self->fields_size);
    }
  field = &self->field_info[self->n_fields++];
  field->offset = self->arena_len;
  field->line = self->line;
  field->column = column_at (self, p);
}

static inline void
end_field (EntenteCsvReader *self)
{
  if (G_UNLIKELY (self->overflow != OVERFLOW_NONE))
    return;
  /* arena_append() always leaves room for this byte. */
  if (self->arena_len + 1 > self->arena_size)
    {
      self->arena_size *= 2;
      self->arena = g_realloc (self->arena, self->arena_size);
    }
  self->arena[self->arena_len++] = '\0';
}

static gboolean
is_ascii (const char *s,
          gsize       n)
{
  guint64 acc = 0;
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 word;

      memcpy (&word, s + i, 8);
      acc |= word;
    }
  for (; i < n; i++)
    acc |= (guchar) s[i];
  return (acc & G_GUINT64_CONSTANT (0x8080808080808080)) == 0;
}

/* Where in the file @bad, a byte of @field's text, is. */
static void
place_in_field (const Field *field,
                const char  *text,
                const char  *bad,
                guint64     *line,
                guint64     *column)
{
  const char *nl = text;

  /* Find the line of the byte within a multi-line field; the column is
   * exact unless doubled quotes precede it. */
  *line = field->line;
  for (const char *q = text; q < bad; q++)
    if (*q == '\n')
      {
        (*line)++;
        nl = q + 1;
      }
  *column = nl == text ? field->column + (guint64) (bad - text) : (guint64) (bad - nl) + 1;
}

/* Reads the fields of the record, in the arena, as Windows-1252 into
 * converted, and points the fields there. */
static gboolean
convert_record (EntenteCsvReader  *self,
                GError           **error)
{
  guint n = self->n_fields;
  gsize used = 0;

  if (self->cp1252 == (GIConv) -1)
    {
      self->cp1252 = g_iconv_open ("UTF-8", "WINDOWS-1252");
      /* glibc and GNU libiconv, which GLib needs, both have it. */
      g_assert (self->cp1252 != (GIConv) -1);
    }

  for (guint i = 0; i < n; i++)
    {
      char *in = self->arena + self->field_info[i].offset;
      gsize in_left = strlen (in);
      char *out;
      gsize out_left;

      /* An offset until the buffer has stopped moving. */
      g_ptr_array_index (self->fields, i) = GSIZE_TO_POINTER (used);
      /* Three bytes of UTF-8 at most per byte, and the NUL. */
      if (self->converted_size < used + 3 * in_left + 1)
        {
          self->converted_size = MAX (2 * self->converted_size, used + 3 * in_left + 1);
          self->converted = g_realloc (self->converted, self->converted_size);
        }
      out = self->converted + used;
      out_left = self->converted_size - used;
      if (g_iconv (self->cp1252, &in, &in_left, &out, &out_left) == (gsize) -1)
        {
          guint64 line, column;

          g_iconv (self->cp1252, NULL, NULL, NULL, NULL);
          place_in_field (&self->field_info[i], self->arena + self->field_info[i].offset, in, &line, &column);
          set_invalid (self, error, line, column,
                       _("This text is neither UTF-8 nor Windows-1252; export the file as UTF-8 CSV."));
          return FALSE;
        }
      used = (gsize) (out - self->converted);
      self->converted[used++] = '\0';
    }
  for (guint i = 0; i < n; i++)
    self->fields->pdata[i] = self->converted + GPOINTER_TO_SIZE (self->fields->pdata[i]);
  return TRUE;
}

/* Makes the fields of the finished record point into the arena, once the
 * arena can no longer move, and checks that the record is UTF-8. */
static gboolean
finish_record (EntenteCsvReader  *self,
               GError           **error)
{
  guint n = self->n_fields;

  if (self->overflow != OVERFLOW_NONE)
    {
      g_autofree char *place = g_strdup_printf ("%s:%" G_GUINT64_FORMAT ":1", self->name, self->record_line);

      if (self->overflow == OVERFLOW_FIELDS)
        g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_RECORD_TOO_LARGE,
                     /* Translators: the first %s is FILE:LINE:COLUMN */
                     _("%s: this record has more than %d fields, which no export writes"),
                     place, ENTENTE_CSV_MAX_FIELDS);
      else
        g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_RECORD_TOO_LARGE,
                     /* Translators: the first %s is FILE:LINE:COLUMN */
                     _("%s: this record is longer than %d MiB, which no export writes"),
                     place, ENTENTE_CSV_MAX_RECORD / (1024 * 1024));
      self->overflow = OVERFLOW_NONE;
      return FALSE;
    }

  g_ptr_array_set_size (self->fields, n);
  if (!is_ascii (self->arena, self->arena_len))
    {
      if (self->encoding == ENTENTE_CSV_WINDOWS_1252)
        return convert_record (self, error);

      for (guint i = 0; i < n; i++)
        {
          const Field *field = &self->field_info[i];
          const char *text = self->arena + field->offset;
          const char *bad;

          if (!g_utf8_validate (text, -1, &bad))
            {
              guint64 line, column;

              if (!self->utf8_seen)
                {
                  self->encoding = ENTENTE_CSV_WINDOWS_1252;
                  return convert_record (self, error);
                }
              place_in_field (field, text, bad, &line, &column);
              set_invalid (self, error, line, column,
                           _("This text is not UTF-8; export the file as UTF-8 CSV."));
              return FALSE;
            }
        }
      self->utf8_seen = TRUE;
    }

  for (guint i = 0; i < n; i++)
    self->fields->pdata[i] = self->arena + self->field_info[i].offset;
  return TRUE;
}

static gboolean
error_nul (EntenteCsvReader  *self,
           const guchar      *p,
           GError           **error)
{
  set_invalid (self, error, self->line, column_at (self, p),
               _("The file contains a NUL byte, so it is not a CSV text file."));
  return FALSE;
}

/* The byte-order mark, then the header's delimiter, from its whole first
 * line when the buffer holds it. */
static gboolean
start (EntenteCsvReader  *self,
       GError           **error)
{
  const guchar *p;

  /* Two bytes first, and no more, so that UTF-16 after its mark goes
   * through the converter whole; a stream may hand out fewer bytes than
   * asked for in any read. */
  while (self->len < 2 && !self->eof)
    if (!read_more (self, 2 - self->len, error))
      return FALSE;
  if (self->len == 2 && ((self->buf[0] == 0xFF && self->buf[1] == 0xFE) ||
                         (self->buf[0] == 0xFE && self->buf[1] == 0xFF)))
    {
      gboolean little = self->buf[0] == 0xFF;
      g_autoptr(GCharsetConverter) converter = g_charset_converter_new ("UTF-8", little ? "UTF-16LE" : "UTF-16BE", NULL);

      /* Every system GLib runs on converts UTF-16. */
      g_assert (converter != NULL);
      self->encoding = little ? ENTENTE_CSV_UTF16LE : ENTENTE_CSV_UTF16BE;
      self->utf8_seen = TRUE;
      g_object_unref (self->stream);
      self->stream = g_converter_input_stream_new (self->raw, G_CONVERTER (converter));
      /* The stream is the caller's, who may read it again. */
      g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (self->stream), FALSE);
      self->len = 0;
    }

  while (self->len < 3 && !self->eof)
    if (!read_more (self, READ_SIZE, error))
      return FALSE;
  if (self->len >= 3 && self->buf[0] == 0xEF && self->buf[1] == 0xBB && self->buf[2] == 0xBF)
    {
      self->encoding = ENTENTE_CSV_UTF8_BOM;
      self->utf8_seen = TRUE;
      self->pos = 3;
      self->line_start = 3;
    }

  /* The whole header, also when a quoted name spans lines: the delimiter
   * must not depend on how the stream hands out its bytes. */
  p = self->buf + self->pos;
  for (;;)
    {
      gboolean whole = FALSE;
      guchar delimiter = sniff_delimiter (p, self->buf + self->len, &whole);

      if (whole || self->len == READ_SIZE || self->eof)
        {
          set_delimiter (self, delimiter);
          break;
        }
      if (!read_more (self, READ_SIZE, error))
        return FALSE;
    }
  self->started = TRUE;
  return TRUE;
}

/**
 * entente_csv_reader_next:
 * @self: a reader
 * @fields: (out) (transfer none): the fields of the record, as UTF-8
 *   strings valid until the next call
 * @error: return location for an error
 *
 * Reads the next record.
 *
 * Returns: TRUE with @fields set, or FALSE at the end of the file (with
 *   @error unset) or on an error
 */
gboolean
entente_csv_reader_next (EntenteCsvReader  *self,
                         GPtrArray        **fields,
                         GError           **error)
{
  State state = STATE_FIELD_START;
  gboolean content = FALSE;  /* anything but a line end since the record began */
  guint64 quote_line = 0;
  guint64 quote_column = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->arena_len = 0;
  self->n_fields = 0;
  self->record_line = self->line;
  self->overflow = OVERFLOW_NONE;

  if (!self->started && !start (self, error))
    return FALSE;

  for (;;)
    {
      const guchar *p;
      const guchar *end;

      if (self->pos == self->len)
        {
          GError *local_error = NULL;

          if (!fill (self, &local_error))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, local_error);
                  return FALSE;
                }
              if (state == STATE_QUOTED)
                {
                  set_invalid (self, error, quote_line, quote_column,
                               _("The quoted field that starts here is never closed."));
                  return FALSE;
                }
              if (!content)
                return FALSE;
              /* A record that ends with a comma ends with an empty field. */
              if (state == STATE_FIELD_START)
                begin_field (self, self->buf + self->pos);
              end_field (self);
              if (!finish_record (self, error))
                return FALSE;
              *fields = self->fields;
              return TRUE;
            }
        }

      p = self->buf + self->pos;
      end = self->buf + self->len;

      if (self->skip_lf)
        {
          self->skip_lf = FALSE;
          if (*p == '\n')
            {
              p++;
              self->line_start++;
            }
        }

      while (p < end)
        {
          switch (state)
            {
            case STATE_FIELD_START:
              begin_field (self, p);
              if (*p == '"')
                {
                  /* The text of the field, which messages point into,
                   * starts after the quote. */
                  self->field_info[self->n_fields - 1].column++;
                  quote_line = self->line;
                  quote_column = column_at (self, p);
                  content = TRUE;
                  state = STATE_QUOTED;
                  p++;
                }
              else
                state = STATE_UNQUOTED;
              break;

            case STATE_UNQUOTED:
              {
                const guchar *q = find_special (self, p, end, FALSE);
                if (q > p)
                  {
                    content = TRUE;
                    if (!arena_append (self, p, (gsize) (q - p), error))
                      return FALSE;
                  }
                p = q;
                if (p == end)
                  break;

                if (*p == self->delimiter)
                  {
                    content = TRUE;
                    end_field (self);
                    state = STATE_FIELD_START;
                    p++;
                    break;
                  }
                switch (*p)
                  {
                  case '"':
                    content = TRUE;
                    if (!arena_append (self, p, 1, error))
                      return FALSE;
                    p++;
                    break;

                  case '\0':
                    return error_nul (self, p, error);

                  default:  /* '\n' or '\r': the end of the record */
                    if (*p == '\r')
                      {
                        if (p + 1 < end)
                          {
                            if (p[1] == '\n')
                              p++;
                          }
                        else
                          self->skip_lf = TRUE;
                      }
                    p++;
                    self->line++;
                    self->line_start = self->buf_offset + (guint64) (p - self->buf);
                    self->pos = (gsize) (p - self->buf);

                    if (!content)
                      {
                        /* An empty line: not a record. */
                        self->arena_len = 0;
                        self->n_fields = 0;
                        self->record_line = self->line;
                        state = STATE_FIELD_START;
                        break;
                      }
                    end_field (self);
                    if (!finish_record (self, error))
                      return FALSE;
                    *fields = self->fields;
                    return TRUE;
                  }
              }
              break;

            case STATE_QUOTED:
              {
                const guchar *q = find_special (self, p, end, TRUE);
                if (q > p && !arena_append (self, p, (gsize) (q - p), error))
                  return FALSE;
                p = q;
                if (p == end)
                  break;

                switch (*p)
                  {
                  case '"':
                    state = STATE_QUOTE_IN_QUOTED;
                    p++;
                    break;

                  case '\n':
                    if (!arena_append (self, p, 1, error))
                      return FALSE;
                    p++;
                    self->line++;
                    self->line_start = self->buf_offset + (guint64) (p - self->buf);
                    break;

                  default:
                    return error_nul (self, p, error);
                  }
              }
              break;

            case STATE_QUOTE_IN_QUOTED:
              if (*p == '"')
                {
                  if (!arena_append (self, p, 1, error))
                    return FALSE;
                  state = STATE_QUOTED;
                  p++;
                }
              else
                state = STATE_UNQUOTED;
              break;

            default:
              g_assert_not_reached ();
            }
        }

      self->pos = self->len;
    }
}
