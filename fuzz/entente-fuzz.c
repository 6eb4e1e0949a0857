/* entente-fuzz.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "entente-core-resources.h"
#include "entente-fuzz.h"

/* A warning or a critical from our code or GLib on a fuzzed input is a
 * bug like a crash: g_return_if_fail() only warns and carries on, so
 * without this the fuzzer would never notice.  Abort, so that libFuzzer
 * keeps the input.  Quieter messages are dropped: at thousands of inputs
 * a second they would only bury the fuzzer's own lines. */
static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

/* libxml2 also prints a few problems of the input, such as bytes its
 * encoding converter rejects, on stderr, besides reporting them to the
 * loader; only the loader's message counts. */
static void
drop_libxml_message (void       *context,
                     const char *format,
                     ...)
{
}

void
entente_fuzz_set_up (void)
{
  /* Messages and number formats as in the tests, whatever the shell's
   * locale, so that an input replays the same way in `make check`. */
  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (fatal_writer, NULL, NULL);
  xmlSetGenericErrorFunc (NULL, drop_libxml_message);
}

/**
 * entente_fuzz_split:
 * @parts: (out caller-allocates) (array length=n_parts): the parts
 *
 * Cuts @data at its first @n_parts - 1 NUL bytes.  XML never holds a
 * NUL, so the separator never hides inside a document, and one mutation
 * is enough to cut a document in two or join two.  When there
 * are fewer separators, the missing parts repeat the last one found: a
 * lone document is merged with, or compared to, itself.  Each part is a
 * copy of exactly its bytes, so that AddressSanitizer catches a reader
 * that runs past the end.
 *
 * Returns: how many parts @data held, 1 to @n_parts
 */
guint
entente_fuzz_split (const guint8  *data,
                    gsize          size,
                    guint          n_parts,
                    GBytes       **parts)
{
  gsize start = 0;
  guint found = 0;

  g_assert (n_parts >= 1 && n_parts <= ENTENTE_FUZZ_MAX_PARTS);

  while (found < n_parts - 1)
    {
      const guint8 *nul = size > start ? memchr (data + start, '\0', size - start) : NULL;

      if (nul == NULL)
        break;
      parts[found++] = g_bytes_new (data + start, (gsize) (nul - data) - start);
      start = (gsize) (nul - data) + 1;
    }
  parts[found++] = g_bytes_new (data + start, size - start);

  for (guint i = found; i < n_parts; i++)
    parts[i] = g_bytes_ref (parts[found - 1]);

  return found;
}

/* Every error the core reports is shown to a person as it is: it must
 * say something, in valid UTF-8 (GTK refuses anything else). */
void
entente_fuzz_assert_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 0);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

/* The document @bytes hold, or %NULL when the loader refuses them, which
 * it must do with one of its own errors. */
EntenteDocument *
entente_fuzz_try_load (GBytes     *bytes,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  EntenteDocument *document = entente_document_new_from_bytes (bytes, name, &error);

  if (document == NULL)
    {
      entente_fuzz_assert_error (error);
      g_assert_true (error->domain == ENTENTE_CORE_ERROR);
      g_assert_true (g_str_has_prefix (error->message, name));
      return NULL;
    }

  g_assert_no_error (error);
  return document;
}

/* What the loader accepts, or the merge makes, the writer must write so
 * that it reads back as the same document (DESIGN.md: "Both must load
 * unchanged, and round-trip"), and the canonical form must be a fixed
 * point: writing it again gives the same bytes. */
void
entente_fuzz_assert_round_trip (EntenteDocument *document)
{
  g_autoptr(GBytes) first = entente_document_serialize (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) again = entente_document_new_from_bytes (first, "written.entente", &error);
  g_autoptr(GBytes) second = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *digest_again = NULL;

  g_assert_true (g_utf8_validate (g_bytes_get_data (first, NULL), (gssize) g_bytes_get_size (first), NULL));
  if (again == NULL)
    g_error ("The canonical form does not read back: %s\n%.*s", error->message,
             (int) g_bytes_get_size (first), (const char *) g_bytes_get_data (first, NULL));
  g_assert_no_error (error);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (document), ENTENTE_ITEM (again)));
  g_assert_false (entente_document_get_modified (again));

  second = entente_document_serialize (again);
  g_assert_true (g_bytes_equal (first, second));

  /* A sign-off names the digest: reading and writing must not change it. */
  digest = entente_document_compute_digest (document);
  digest_again = entente_document_compute_digest (again);
  g_assert_cmpstr (digest, ==, digest_again);
}

static xmlRelaxNG *
get_published_schema (void)
{
  static gsize schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (entente_core_get_resource (),
                                                        "/io/github/entente_sla/Entente/entente.rng",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      xmlRelaxNGParserCtxt *ctxt = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL),
                                                                (int) g_bytes_get_size (bytes));
      xmlRelaxNG *parsed = xmlRelaxNGParse (ctxt);

      xmlRelaxNGFreeParserCtxt (ctxt);
      g_assert_nonnull (parsed);
      g_once_init_leave (&schema, (gsize) parsed);
    }

  return (xmlRelaxNG *) schema;
}

/* The loader validates against the schema without the patterns it checks
 * itself (entente-loader.c): what it accepts in this format's own
 * version, the published schema, patterns and all, must accept too. */
void
entente_fuzz_assert_schema_valid (EntenteDocument *document,
                                  GBytes          *bytes)
{
  xmlRelaxNGValidCtxt *validator;
  xmlDoc *doc;
  int status;

  if (g_strcmp0 (entente_document_get_format (document), "1") != 0 &&
      g_strcmp0 (entente_document_get_format (document), "1.0") != 0)
    return;

  doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes), "fuzz.entente", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  validator = xmlRelaxNGNewValidCtxt (get_published_schema ());
  xmlRelaxNGSetValidStructuredErrors (validator, NULL, NULL);
  status = xmlRelaxNGValidateDoc (validator, doc);
  xmlRelaxNGFreeValidCtxt (validator);
  xmlFreeDoc (doc);

  g_assert_cmpint (status, ==, 0);
}
