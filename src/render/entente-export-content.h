/* entente-export-content.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* The agreement as a flat list of blocks, in reading order, with every
 * value already in words: what the HTML and the Markdown export both
 * write, each in its own markup, so that they say the same thing.
 *
 * All text is plain, unescaped UTF-8 as people typed it; escaping is the
 * writer's job. */

typedef enum
{
  ENTENTE_EXPORT_BLOCK_TITLE,      /* text: the agreement's title (h1) */
  ENTENTE_EXPORT_BLOCK_SUBTITLE,   /* text: the organization */
  ENTENTE_EXPORT_BLOCK_CONTENTS,   /* text: its heading; lists every SECTION */
  ENTENTE_EXPORT_BLOCK_SECTION,    /* text: heading (h2), anchor: a stable id */
  ENTENTE_EXPORT_BLOCK_HEADING,    /* text: heading (h3) */
  ENTENTE_EXPORT_BLOCK_PARAGRAPH,  /* text, with an optional lead-in label */
  ENTENTE_EXPORT_BLOCK_NOTE,       /* text: a remark about the content */
  ENTENTE_EXPORT_BLOCK_FIELDS,     /* rows of (label, values): one item's fields */
  ENTENTE_EXPORT_BLOCK_TABLE,      /* columns with titles, rows of cells */
  ENTENTE_EXPORT_BLOCK_FUNNEL,     /* text: heading (h3), label: a description of the diagram */
  ENTENTE_EXPORT_BLOCK_SIGNATURE,  /* text: the team; rows: its fields */
  ENTENTE_EXPORT_N_BLOCK_KINDS
} EntenteExportBlockKind;

/* A row is a GPtrArray of cells; a cell is a NULL-terminated array of
 * lines (one value, or the items of a list; empty for an empty cell).
 *
 * FIELDS rows have two cells, the label and the values.  Their optional
 * column titles repeat the item's own title ("Name", "Operations Olivia"),
 * for Markdown, whose tables need a header row; HTML, where the heading
 * above already says it, leaves them out. */
typedef struct
{
  EntenteExportBlockKind   kind;
  char                    *text;
  char                    *label;     /* PARAGRAPH: lead-in; SECTION: anchor */
  guint                    n_columns;
  char                   **columns;   /* TABLE: titles; FIELDS: optional titles */
  guint                    numeric;   /* TABLE: bit n set when column n holds numbers */
  gboolean                 lines;     /* SIGNATURE: lines to sign on, when printed */
  GPtrArray               *rows;
} EntenteExportBlock;

GPtrArray *entente_export_content_build     (EntenteDocument *document);

/* A writer of one markup, as it goes through the blocks: where it
 * writes, its own state, and the error that stops it, if any. */
typedef struct
{
  EntenteDocument *document;
  GPtrArray       *blocks;
  GString         *out;
  gpointer         data;
  GError          *error;
} EntenteExportWriter;

/* Writes one block; setting the writer's error stops the export. */
typedef void (*EntenteExportBlockFunc) (EntenteExportWriter *writer,
                                        EntenteExportBlock  *block);

/* What a markup writes before the blocks, for each kind of block (NULL:
 * nothing), and after them. */
typedef struct
{
  void                   (*begin) (EntenteExportWriter *writer);
  EntenteExportBlockFunc   blocks[ENTENTE_EXPORT_N_BLOCK_KINDS];
  void                   (*end)   (EntenteExportWriter *writer);
} EntenteExportMarkup;

GBytes    *entente_export_content_write     (EntenteDocument           *document,
                                             const EntenteExportMarkup *markup,
                                             gpointer                   data,
                                             GError                   **error);

/* Writes the character @c at @p, inside @text, in the writer's markup and
 * returns TRUE; or returns FALSE to leave it to
 * entente_export_content_append_escaped(). */
typedef gboolean (*EntenteExportEscapeFunc) (GString    *out,
                                             const char *text,
                                             const char *p,
                                             gunichar    c);

void       entente_export_content_append_escaped (GString                 *out,
                                                  const char              *text,
                                                  const char              *from,
                                                  const char              *line_break,
                                                  EntenteExportEscapeFunc  escape);

G_END_DECLS
