/* entente-agreement-content.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/**
 * EntenteAgreementFlags:
 * @ENTENTE_AGREEMENT_DEFAULT: the agreement alone
 * @ENTENTE_AGREEMENT_OPEN_COMMENTS: with an appendix of the comments
 *   still open, after the signatures
 *
 * What goes into the agreement besides the agreement itself.
 */
typedef enum
{
  ENTENTE_AGREEMENT_DEFAULT       = 0,
  ENTENTE_AGREEMENT_OPEN_COMMENTS = 1 << 0,
} EntenteAgreementFlags;

/* The agreement as one list of blocks, in reading order, with every value
 * already in words, in the document's language: what the PDF, the HTML
 * and the Markdown export all write, each in its own way, so that they
 * say the same thing.
 *
 * All text is plain, unescaped UTF-8 as people typed it; escaping and
 * typesetting are the writer's job. */

typedef enum
{
  ENTENTE_CONTENT_TITLE,       /* text: the title; label: what kind of document it is */
  ENTENTE_CONTENT_SUBTITLE,    /* text: the organization */
  ENTENTE_CONTENT_CONTENTS,    /* text: its heading; lists every SECTION after it */
  ENTENTE_CONTENT_SECTION,     /* text: a chapter's heading; label: its stable anchor */
  ENTENTE_CONTENT_HEADING,     /* text: a heading within a chapter */
  ENTENTE_CONTENT_PARAGRAPH,   /* text: running text; a line break starts a paragraph */
  ENTENTE_CONTENT_NOTE,        /* text: a remark about the content, such as “nothing yet” */
  ENTENTE_CONTENT_SMALL_PRINT, /* text: what explains the block before it */
  ENTENTE_CONTENT_FIELDS,      /* rows of (name, value): one thing's facts */
  ENTENTE_CONTENT_TABLE,       /* columns with titles, rows of cells */
  ENTENTE_CONTENT_FUNNEL,      /* text: its heading; label: the diagram in words */
  ENTENTE_CONTENT_SIGNATURE,   /* text: the team; label: its signatory; rows: its sign-off */
  ENTENTE_CONTENT_COMMENT,     /* text: what it says; label: where (none for a reply); detail: who, when */
  ENTENTE_CONTENT_N_KINDS
} EntenteContentKind;

typedef enum
{
  ENTENTE_CONTENT_NONE        = 0,
  ENTENTE_CONTENT_NEW_PAGE    = 1 << 0, /* SECTION: on paper, starts a page */
  ENTENTE_CONTENT_ROW_HEADERS = 1 << 1, /* TABLE: the first cell of a row names it */
  ENTENTE_CONTENT_SIGN_LINES  = 1 << 2, /* SIGNATURE: lines to sign on, when printed */
  ENTENTE_CONTENT_REPLY       = 1 << 3, /* COMMENT: a reply to the comment before it */
} EntenteContentFlags;

/* How the values of a row read: as the rest, set back, standing out (a
 * sign-off that does not hold), or as a code to compare character by
 * character (a digest). */
typedef enum
{
  ENTENTE_CONTENT_PLAIN,
  ENTENTE_CONTENT_MUTED,
  ENTENTE_CONTENT_EMPHASIS,
  ENTENTE_CONTENT_CODE,
} EntenteContentStyle;

/* A cell is a NULL-terminated array of lines: one value, or the items of
 * a list, each a bullet (empty for an empty cell).  FIELDS rows have two
 * cells, the name and the value; SIGNATURE rows one. */
typedef struct
{
  GPtrArray           *cells;
  EntenteContentStyle  style;
} EntenteContentRow;

typedef struct
{
  EntenteContentKind   kind;
  EntenteContentFlags  flags;
  char                *text;
  char                *label;
  char                *detail;
  guint                n_columns;
  char               **columns;   /* TABLE: titles */
  guint                numeric;   /* TABLE: bit n set when column n holds numbers */
  const double        *widths;    /* TABLE, FIELDS: the share of the width of each column, or NULL */
  GPtrArray           *rows;      /* EntenteContentRow */
} EntenteContentBlock;

GPtrArray  *entente_agreement_content_build (EntenteDocument       *document,
                                             EntenteAgreementFlags  flags);

/* The chapters after the contents, in their order. */
typedef struct
{
  const char            *id;        /* its anchor */
  const char            *title;     /* N_() */
  gboolean               new_page;
  EntenteAgreementFlags  only_with; /* an appendix only when the flags ask for it */
  gboolean             (*only_if) (EntenteDocument *document);
  int                    field;     /* the part of the document it shows, or -1 */
  void                 (*build) (GPtrArray       *blocks,
                                 EntenteDocument *document);
} EntenteAgreementChapter;

const EntenteAgreementChapter *entente_agreement_get_chapters     (guint                *n_chapters);
const EntenteAgreementChapter *entente_agreement_chapter_of_field (EntenteDocumentField  field);

char       *entente_agreement_short_digest  (EntenteDocument       *document);

/* A writer of one markup, as it goes through the blocks: where it
 * writes, its own state, and the error that stops it, if any. */
typedef struct
{
  EntenteDocument *document;
  GPtrArray       *blocks;
  GString         *out;
  gpointer         data;
  GError          *error;
} EntenteContentWriter;

/* Writes one block; setting the writer's error stops the export. */
typedef void (*EntenteContentBlockFunc) (EntenteContentWriter *writer,
                                         EntenteContentBlock  *block);

/* What a markup writes before the blocks, for each kind of block, and
 * after them.  Every kind has its function: nothing is left out. */
typedef struct
{
  void                   (*begin) (EntenteContentWriter *writer);
  EntenteContentBlockFunc   blocks[ENTENTE_CONTENT_N_KINDS];
  void                   (*end)   (EntenteContentWriter *writer);
} EntenteContentMarkup;

GBytes     *entente_agreement_content_write (EntenteDocument            *document,
                                             const EntenteContentMarkup *markup,
                                             gpointer                    data,
                                             GError                    **error);

/* Writes the character @c at @p, inside @text, in the writer's markup and
 * returns TRUE; or returns FALSE to leave it to
 * entente_content_append_escaped(). */
typedef gboolean (*EntenteContentEscapeFunc) (GString    *out,
                                              const char *text,
                                              const char *p,
                                              gunichar    c);

void        entente_content_append_escaped  (GString                  *out,
                                             const char               *text,
                                             const char               *from,
                                             const char               *line_break,
                                             EntenteContentEscapeFunc  escape);

G_END_DECLS
