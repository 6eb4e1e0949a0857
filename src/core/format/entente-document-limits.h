/* entente-document-limits.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "entente-item.h"

G_BEGIN_DECLS

/* How big an agreement Entente reads.  Each limit is far beyond any
 * agreement people write (the examples hold about 40 items in 9 KB; the
 * benchmark's big agreement 3,900 personas in 10 MB, 171,000 elements
 * and 29,000 attributes), and together they keep whatever the loader
 * accepts within 2 s and 400 MB to load, check, export and compare two
 * of on a 2-core laptop (bench/entente-bench-limits.c measures the
 * worst shapes).  The README (The format) gives them to users. */

/* In bytes: checked before a file is read, and on bytes from elsewhere. */
#define ENTENTE_DOCUMENT_MAX_SIZE (16 * 1000 * 1000)

/* Elements of XML: each costs libxml2 and the model some 600 bytes, so a
 * million one-letter <item>s of 15 bytes each took 2.7 s and 618 MB. */
#define ENTENTE_DOCUMENT_MAX_ELEMENTS 200000

/* Items of the model (parties, personas, stages, criteria, comments…):
 * each is an object of a kilobyte or so; a diff of two agreements of
 * 100,000 comments took 2.4 s. */
#define ENTENTE_DOCUMENT_MAX_ITEMS 50000

/* Attributes of the whole document, namespace declarations included:
 * each costs libxml2 two nodes, and one the model does not know is kept
 * for writing back, so 16 MB of them (1.6 million) took 3 s and 740 MB. */
#define ENTENTE_DOCUMENT_MAX_ALL_ATTRIBUTES 250000

/* Attributes of one element, namespace declarations included.  The
 * busiest element of format 1, <approval>, has seven; a newer 1.x may
 * add some.  libxml2 2.9 compares each attribute with every earlier one
 * of its element before any callback could stop it (100,000 took 18 s),
 * so this is checked on the bytes, before parsing. */
#define ENTENTE_DOCUMENT_MAX_ATTRIBUTES 64

/* Namespace declarations in scope at once: libxml2 looks a prefix up
 * through all of them for every element and attribute. */
#define ENTENTE_DOCUMENT_MAX_NAMESPACES 64

gboolean entente_document_check_limits (EntenteItem  *root,
                                        GBytes       *bytes,
                                        GError      **error);

G_END_DECLS
