/* fuzz-actuals.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-fuzz.h"

/* The monthly review's import: the bytes are a CRM export, read against
 * data/examples/acme-saas.entente (loaded once) the three ways a person
 * can map its columns: as the header says (HubSpot, Salesforce), with a
 * first-contact column added, and entirely by hand as `--map` does.
 *
 * Each import runs twice: from a stream that hands out the whole input,
 * and from one that hands it out a few bytes at a time, as a pipe may.
 * The reader keeps its state across reads, so the two reports, or the
 * two errors, must be the same; a quoted field, a CRLF or a byte-order
 * mark cut by a read is where such a state machine goes wrong. */

#ifndef ENTENTE_FUZZ_SLA
#error "ENTENTE_FUZZ_SLA must name data/examples/acme-saas.entente"
#endif

/* A stream that returns 1, 2, … 13 bytes per read, over and over, so
 * that every byte of a short input is a read boundary at some step; it
 * seeks, as a file does, for a review's second reading. */
#define ENTENTE_TYPE_FUZZ_TRICKLE (entente_fuzz_trickle_get_type ())
G_DECLARE_FINAL_TYPE (EntenteFuzzTrickle, entente_fuzz_trickle, ENTENTE, FUZZ_TRICKLE, GInputStream)

struct _EntenteFuzzTrickle
{
  GInputStream  parent_instance;
  GBytes       *bytes;
  gsize         pos;
  gsize         step;
};

static void entente_fuzz_trickle_seekable_init (GSeekableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EntenteFuzzTrickle, entente_fuzz_trickle, G_TYPE_INPUT_STREAM,
                               G_IMPLEMENT_INTERFACE (G_TYPE_SEEKABLE, entente_fuzz_trickle_seekable_init))

static goffset
entente_fuzz_trickle_tell (GSeekable *seekable)
{
  return (goffset) ENTENTE_FUZZ_TRICKLE (seekable)->pos;
}

static gboolean
entente_fuzz_trickle_can_seek (GSeekable *seekable)
{
  return TRUE;
}

static gboolean
entente_fuzz_trickle_seek (GSeekable     *seekable,
                           goffset        offset,
                           GSeekType      type,
                           GCancellable  *cancellable,
                           GError       **error)
{
  EntenteFuzzTrickle *self = ENTENTE_FUZZ_TRICKLE (seekable);

  /* Only back to the start is ever asked for. */
  g_assert (type == G_SEEK_SET && offset >= 0 && (gsize) offset <= g_bytes_get_size (self->bytes));
  self->pos = (gsize) offset;
  return TRUE;
}

static gboolean
entente_fuzz_trickle_can_truncate (GSeekable *seekable)
{
  return FALSE;
}

static void
entente_fuzz_trickle_seekable_init (GSeekableIface *iface)
{
  iface->tell = entente_fuzz_trickle_tell;
  iface->can_seek = entente_fuzz_trickle_can_seek;
  iface->seek = entente_fuzz_trickle_seek;
  iface->can_truncate = entente_fuzz_trickle_can_truncate;
}

static gssize
entente_fuzz_trickle_read (GInputStream  *stream,
                           void          *buffer,
                           gsize          count,
                           GCancellable  *cancellable,
                           GError       **error)
{
  EntenteFuzzTrickle *self = ENTENTE_FUZZ_TRICKLE (stream);
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (self->bytes, &size);
  gsize n;

  self->step = self->step % 13 + 1;
  n = MIN (MIN (count, self->step), size - self->pos);
  if (n > 0)
    memcpy (buffer, data + self->pos, n);
  self->pos += n;
  return (gssize) n;
}

static void
entente_fuzz_trickle_finalize (GObject *object)
{
  EntenteFuzzTrickle *self = ENTENTE_FUZZ_TRICKLE (object);

  g_bytes_unref (self->bytes);

  G_OBJECT_CLASS (entente_fuzz_trickle_parent_class)->finalize (object);
}

static void
entente_fuzz_trickle_class_init (EntenteFuzzTrickleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = entente_fuzz_trickle_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = entente_fuzz_trickle_read;
}

static void
entente_fuzz_trickle_init (EntenteFuzzTrickle *self)
{
}

static GInputStream *
entente_fuzz_trickle_new (GBytes *bytes)
{
  EntenteFuzzTrickle *self = g_object_new (ENTENTE_TYPE_FUZZ_TRICKLE, NULL);

  self->bytes = g_bytes_ref (bytes);
  return G_INPUT_STREAM (self);
}

typedef struct
{
  int         year;
  int         month;
  const char *map[6];  /* KEY=COLUMN, as `entente-cli report --map` takes them */
} Import;

static const Import imports[] = {
  /* What the header says: tests/data/actuals/hubspot-acme.csv without
   * its first contacts, or a Salesforce lead report. */
  { 2027, 1, { NULL } },
  /* HubSpot with the first contact, as test-actuals reads it. */
  { 2027, 1, { "first-contact=First Contact", NULL } },
  /* Every column by hand, over the change to daylight saving time, as
   * tests/data/actuals/custom-dst.csv. */
  { 2027, 3, { "record=id", "owner=owner", "mql=mql_at", "first-contact=first_touch",
               "attempts=tries", NULL } },
};

/* The agreement the exports are read against, loaded on first use and
 * kept for the life of the process: loading it per input would spend
 * most of the time in the schema. */
static EntenteDocument *
sla (void)
{
  static EntenteDocument *document = NULL;

  if (document == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (ENTENTE_FUZZ_SLA);
      g_autoptr(GError) error = NULL;

      document = entente_document_load (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (document);
    }

  return document;
}

/* The counts of a report must add up, whatever the rows said. */
static void
check_report (EntenteActualsReport *report)
{
  g_assert_cmpuint (report->skipped, <=, report->rows);
  g_assert_cmpuint (report->skipped + report->duplicates, <=, report->rows);
  g_assert_cmpuint (report->duplicate_records->len, <=, MIN (report->duplicates, ENTENTE_ACTUALS_MAX_DUPLICATES));
  for (guint i = 0; i < report->duplicate_records->len; i++)
    {
      EntenteActualsDuplicate *duplicate = g_ptr_array_index (report->duplicate_records, i);

      g_assert_cmpuint (duplicate->rows, >=, 2);
      g_assert_cmpuint (duplicate->first_line, <, duplicate->kept_line);
    }
  g_assert_cmpuint (report->skipped_messages->len, ==, MIN (report->skipped, ENTENTE_ACTUALS_MAX_SKIPPED));
  g_assert_cmpuint (report->skipped_lines->len, ==, report->skipped_messages->len);
  for (guint i = 0; i < report->skipped_messages->len; i++)
    g_assert_true (g_utf8_validate (g_ptr_array_index (report->skipped_messages, i), -1, NULL));

  g_assert_cmpuint (report->stages->len, ==, g_list_model_get_n_items (entente_document_get_stages (sla ())));
  for (guint i = 0; i < report->stages->len; i++)
    {
      EntenteActualsStage *stage = g_ptr_array_index (report->stages, i);

      g_assert_cmpint (stage->actual, >=, -1);
      g_assert_cmpint (stage->actual, <=, (gint64) report->rows);
    }

  for (guint i = 0; i < report->protocols->len; i++)
    {
      EntenteActualsProtocol *protocol = g_ptr_array_index (report->protocols, i);
      guint64 entered = 0;
      guint64 in_time = 0;
      double compliance = entente_actuals_protocol_get_compliance (protocol);

      if (protocol->compliance_gap != ENTENTE_ACTUALS_MEASURED)
        {
          /* What cannot be measured is not counted as anything. */
          g_assert_cmpuint (protocol->in_time + protocol->late + protocol->never + protocol->invalid, ==, 0);
          g_assert_cmpuint (protocol->n_breaches, ==, 0);
          g_assert_cmpuint (protocol->owners->len, ==, 0);
          g_assert_null (protocol->others);
          g_assert_true (compliance < 0);
          g_assert_cmpuint (protocol->attempts_ok, <=, protocol->entered);
          continue;
        }
      g_assert_cmpuint (protocol->entered, ==, protocol->in_time + protocol->late + protocol->never + protocol->invalid);
      g_assert_cmpuint (protocol->n_breaches, ==, protocol->late + protocol->never);
      g_assert_cmpuint (protocol->breaches->len, ==, MIN (protocol->n_breaches, ENTENTE_ACTUALS_MAX_BREACHES));
      g_assert_cmpuint (protocol->attempts_ok, <=, protocol->entered);
      g_assert_true (compliance < 0 || (compliance >= 0 && compliance <= 1));
      for (guint j = 0; j < protocol->owners->len; j++)
        {
          EntenteActualsOwner *owner = g_ptr_array_index (protocol->owners, j);

          entered += owner->entered;
          in_time += owner->in_time;
        }
      /* Owners are measured: the records contacted before they entered
       * the stage are not theirs to answer for. */
      g_assert_cmpuint (entered, ==, protocol->entered - protocol->invalid);
      g_assert_cmpuint (in_time, ==, protocol->in_time);
      for (guint j = 0; j < protocol->breaches->len; j++)
        {
          EntenteActualsBreach *breach = g_ptr_array_index (protocol->breaches, j);

          g_assert_true (g_utf8_validate (breach->record, -1, NULL));
          g_assert_cmpint (breach->deadline, >=, breach->entered);
        }
    }
}

/* One import: every count of the report, with the skipped rows'
 * messages; or the error's message. */
static char *
import (GInputStream *stream,
        const Import *how)
{
  g_autoptr(EntenteActualsMapping) overrides = entente_actuals_mapping_new ();
  g_autoptr(EntenteActualsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GString *result;

  for (guint i = 0; how->map[i] != NULL; i++)
    {
      entente_actuals_mapping_parse_option (overrides, how->map[i], &error);
      g_assert_no_error (error);
    }

  report = entente_actuals_compute (sla (), stream, "fuzz.csv", overrides, how->year, how->month, NULL, &error);
  if (report == NULL)
    {
      entente_fuzz_assert_error (error);
      return g_strconcat ("error: ", error->message, NULL);
    }
  g_assert_no_error (error);

  check_report (report);
  result = g_string_new (NULL);
  g_string_append_printf (result, "%04d-%02d %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT "\n",
                          report->year, report->month, report->rows, report->skipped);
  for (guint i = 0; i < report->stages->len; i++)
    {
      EntenteActualsStage *row = g_ptr_array_index (report->stages, i);

      g_string_append_printf (result, "%s %" G_GINT64_FORMAT " %d\n", row->stage_id, row->actual, row->target);
    }
  for (guint i = 0; i < report->protocols->len; i++)
    {
      EntenteActualsProtocol *row = g_ptr_array_index (report->protocols, i);

      g_assert_true (row->party == NULL || g_utf8_validate (row->party, -1, NULL));
      g_string_append_printf (result, "%s %s %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT
                              " %" G_GUINT64_FORMAT " %u\n", row->stage_id, row->party ? row->party : "-", row->entered,
                              row->in_time, row->late, row->never, row->breaches->len);
    }
  for (guint i = 0; i < report->skipped_messages->len; i++)
    g_string_append_printf (result, "%s\n", (const char *) g_ptr_array_index (report->skipped_messages, i));
  return g_string_free (result, FALSE);
}

void
entente_fuzz_actuals (const guint8 *data,
                      gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  for (gsize i = 0; i < G_N_ELEMENTS (imports); i++)
    {
      g_autoptr(GInputStream) whole = g_memory_input_stream_new_from_bytes (bytes);
      g_autoptr(GInputStream) trickle = entente_fuzz_trickle_new (bytes);
      g_autofree char *at_once = import (whole, &imports[i]);
      g_autofree char *in_pieces = import (trickle, &imports[i]);

      g_assert_cmpstr (at_once, ==, in_pieces);
    }

  /* Reading an export never changes the agreement. */
  g_assert_false (entente_document_get_modified (sla ()));
}
