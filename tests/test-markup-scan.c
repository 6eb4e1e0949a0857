/* test-markup-scan.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "entente-markup-scan.h"

#include <libxml/parser.h>

/* The look at the bytes before parsing counts an element's attributes
 * where they are, and nothing that only looks like one: never refusing
 * a document that has no crowded element is what matters most. */

typedef struct
{
  const char *text;
  gboolean    crowded;
  gsize       offset;
  guint       count;
} ScanCase;

static const ScanCase scan_cases[] = {
  { "<a x=\"1\" y='2' z = \"3\" w=\"\"/>", TRUE, 0, 4 },
  { "<r><a/><b p=\"1\" q=\"2\" r=\"3\" s=\"4\"></b></r>", TRUE, 7, 4 },
  /* "=", quotes and ">" in values, comments, CDATA, declarations and
   * end tags count for nothing. */
  { "<a x=\"=\'=>\" y='=\"='/>", FALSE, 0, 0 },
  { "<r><!-- <a b=1 c=2 d=3 e=4> --><![CDATA[<a b=1 c=2 d=3 e=4>]]><?pi a=1 b=2 c=3 d=4?></r>", FALSE, 0, 0 },
  { "<!DOCTYPE r [<!ATTLIST a b CDATA \"=\" c CDATA \"=\" d CDATA \"=\" e CDATA \"=\">]><r/>", FALSE, 0, 0 },
  { "<r>a = b = c = d = e</r >", FALSE, 0, 0 },
  { "<r x=\"1\" y=\"2\" z=\"3\"></r x=1 y=2 z=3 w=4>", FALSE, 0, 0 },
  /* Broken markup is left to libxml2, which says where. */
  { "<a x=\"1 y=2 z=3 w=4 v=5", FALSE, 0, 0 },
  { "<a x=1 y=2 z=3 w=4 v=5", TRUE, 0, 5 },
  { "<!-- never closed <a b=1 c=2 d=3 e=4>", FALSE, 0, 0 },
};

static void
test_scan (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (scan_cases); i++)
    {
      const ScanCase *c = &scan_cases[i];
      gsize offset = G_MAXSIZE;
      guint count = 0;
      gboolean crowded = entente_markup_find_crowded_tag (c->text, strlen (c->text), 3, &offset, &count);

      if (crowded != c->crowded)
        g_error ("“%s”: %s", c->text, crowded ? "crowded" : "not crowded");
      if (crowded)
        {
          g_assert_cmpuint (offset, ==, c->offset);
          g_assert_cmpuint (count, ==, c->count);
        }
    }
}

/* The examples are nowhere near the limit. */
static void
test_examples_pass (void)
{
  const char * const examples[] = { "acme-saas.entente", "angkor-retail-km.entente" };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", examples[i], NULL);
      g_autofree char *text = NULL;
      gsize length, offset;
      guint count;

      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      g_assert_false (entente_markup_find_crowded_tag (text, length, 7, &offset, &count));
      g_assert_true (entente_markup_find_crowded_tag (text, length, 1, &offset, &count));
    }
}

static void
count_nodes (xmlNode *node,
             guint   *n_elements,
             guint   *n_attributes)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      (*n_elements)++;
      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        (*n_attributes)++;
      for (xmlNs *ns = node->nsDef; ns != NULL; ns = ns->next)
        (*n_attributes)++;
      count_nodes (node->children, n_elements, n_attributes);
    }
}

/* What the save counts is what the loader will: libxml2's elements and
 * attributes, namespace declarations included, in the examples and in
 * the writer's own output of them. */
static void
test_count_as_libxml2 (void)
{
  const char * const examples[] = { "acme-saas.entente", "angkor-retail-km.entente" };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", examples[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(EntenteDocument) document = entente_document_load (file, NULL, &error);
      g_autoptr(GBytes) written = NULL;
      g_autofree char *text = NULL;
      gsize length;

      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      written = entente_document_serialize (document);

      for (guint pass = 0; pass < 2; pass++)
        {
          const char *data = pass == 0 ? text : g_bytes_get_data (written, NULL);
          gsize size = pass == 0 ? length : g_bytes_get_size (written);
          xmlDoc *doc = xmlReadMemory (data, (int) size, examples[i], NULL, XML_PARSE_NONET);
          guint elements = 0, attributes = 0, scanned_elements, scanned_attributes;

          g_assert_nonnull (doc);
          count_nodes (xmlDocGetRootElement (doc), &elements, &attributes);
          xmlFreeDoc (doc);
          entente_markup_count (data, size, &scanned_elements, &scanned_attributes);
          g_assert_cmpuint (scanned_elements, ==, elements);
          g_assert_cmpuint (scanned_attributes, ==, attributes);
          g_assert_cmpuint (elements, >, 50);
          g_assert_cmpuint (attributes, >, 40);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markup-scan/cases", test_scan);
  g_test_add_func ("/markup-scan/examples", test_examples_pass);
  g_test_add_func ("/markup-scan/count-as-libxml2", test_count_as_libxml2);

  return g_test_run ();
}
