/* entente-csv-reader.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A streaming reader of RFC 4180 CSV: one record at a time, in memory
 * bounded by the longest record whatever the size of the file. */
typedef struct _EntenteCsvReader EntenteCsvReader;

/* How the bytes of the file are text: told by a byte-order mark (as
 * Excel writes "Unicode text"), or Windows-1252 when a record is not
 * UTF-8 and nothing before it was anything but ASCII. */
typedef enum
{
  ENTENTE_CSV_UTF8,
  ENTENTE_CSV_UTF8_BOM,
  ENTENTE_CSV_UTF16LE,
  ENTENTE_CSV_UTF16BE,
  ENTENTE_CSV_WINDOWS_1252,
} EntenteCsvEncoding;

/* The longest single field accepted, in bytes. */
#define ENTENTE_CSV_MAX_FIELD (16 * 1024 * 1024)

/* The most fields of one record, and its longest, in bytes: far beyond
 * any CRM export (Salesforce and HubSpot export some hundreds of
 * columns), and what keeps one record from taking gigabytes (a line of
 * 100 million commas took 3.3 GB).  A record beyond either is stepped
 * over without being kept, with ENTENTE_CORE_ERROR_RECORD_TOO_LARGE. */
#define ENTENTE_CSV_MAX_FIELDS 10000
#define ENTENTE_CSV_MAX_RECORD (32 * 1024 * 1024)

EntenteCsvReader *entente_csv_reader_new            (GInputStream      *stream,
                                                     const char        *name);
void              entente_csv_reader_free           (EntenteCsvReader  *self);
gboolean          entente_csv_reader_next           (EntenteCsvReader  *self,
                                                     GPtrArray        **fields,
                                                     GError           **error);
guint64           entente_csv_reader_get_line       (EntenteCsvReader  *self);
guint64           entente_csv_reader_get_bytes_read (EntenteCsvReader  *self);
char              entente_csv_reader_get_delimiter  (EntenteCsvReader  *self);
EntenteCsvEncoding entente_csv_reader_get_encoding  (EntenteCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteCsvReader, entente_csv_reader_free)

G_END_DECLS
