/* entente-ancestry.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"

G_BEGIN_DECLS

/* A file remembers at most this many versions, the oldest forgotten first. */
#define ENTENTE_ANCESTRY_MAX_VERSIONS 64

const char *entente_document_get_version    (EntenteDocument *doc);
void        entente_document_set_version    (EntenteDocument *doc,
                                             const char      *digest);
void        entente_document_keep_read_bytes (EntenteDocument *doc,
                                              GBytes          *bytes);
GBytes     *entente_document_take_read_bytes (EntenteDocument *doc);
void        entente_document_forget_version (EntenteDocument *doc);
char       *entente_document_version_as_read (EntenteDocument *doc);
const char *entente_document_know_version   (EntenteDocument *doc);
char       *entente_document_record_version (EntenteDocument *doc);
void        entente_ancestry_note_merge     (EntenteDocument *result,
                                             EntenteDocument *ours,
                                             EntenteDocument *theirs);
gboolean    entente_ancestry_lists          (EntenteDocument *doc,
                                             const char      *digest);
void        entente_ancestry_note_signed    (EntenteDocument *doc,
                                             const char      *digest);
GPtrArray  *entente_ancestry_common         (EntenteDocument *ours,
                                             EntenteDocument *theirs);

G_END_DECLS
