/* entente-loader.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include "entente-file-read.h"
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "entente-core-resources.h"
#include "entente-digest.h"
#include "entente-error.h"
#include "entente-format.h"
#include "entente-item-private.h"
#include "entente-loader-private.h"
#include "entente-markup-scan.h"
#include "entente-source-location.h"
#include "entente-value.h"

/* Reading a .entente file, safely and with messages a person can act on.
 *
 * Safety: no network, no DTD (a document that declares one is refused
 * before any entity is defined, which also stops billion-laughs and
 * external-entity attacks), no entity substitution, and libxml2's default
 * limits on depth and text size (never XML_PARSE_HUGE).
 *
 * Checks, each problem located as NAME:LINE:COLUMN: well-formedness; the
 * root and namespace; the format version; every value against its field
 * (entente-value.c); required fields; unknown elements and attributes
 * (refused in format 1.0, kept for writing back in a newer 1.x); duplicate
 * ids and dangling references; and finally data/entente.rng, so the loader
 * never accepts what `xmllint --relaxng` refuses. */

/* libxml2 2.12 made the error of structured handlers const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *EntenteXmlError;
#else
typedef xmlError *EntenteXmlError;
#endif

#define MAX_PROBLEMS 20
/* Names and values a message quotes are cut to this many characters: a
 * name may be 50,000 long (libxml2's limit) and a value a megabyte. */
#define MAX_QUOTED 40
#define MAX_QUOTED_MESSAGE 200
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
                       XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_BIG_LINES)

typedef struct
{
  const char       *name;
  const char       *data;
  gsize             length;
  gsize             read;      /* how much of data libxml2 has taken */
  xmlNode          *text;      /* the text node being read, and its length */
  gsize             text_length;
  xmlNode          *long_text; /* the element whose text is too long, and its length */
  gsize             long_length;
  xmlDoc           *doc;
  gboolean          keep_unknown;
  GPtrArray        *problems;
  EntenteCoreError  code;
  GHashTable       *nodes;     /* EntenteItem → xmlNode, for later messages */
  GString          *generic;   /* what libxml2 said outside its structured errors */
  guint             n_elements;
  guint             n_attributes;
  guint             n_items;
  GArray           *namespaces; /* declarations per open element, and their sum */
  guint             n_namespaces;
} Loader;

static void
add_problem_at (Loader           *self,
                EntenteCoreError  code,
                guint             line,
                guint             column,
                const char       *message)
{
  if (self->problems->len == 0)
    self->code = code;
  if (self->problems->len < MAX_PROBLEMS)
    g_ptr_array_add (self->problems,
                     g_strdup_printf ("%s:%u:%u: %s", self->name, line, column, message));
}

G_GNUC_PRINTF (5, 6)
static void
add_problem (Loader           *self,
             EntenteCoreError  code,
             xmlNode          *node,
             const char       *attribute,
             const char       *format,
             ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  if (self->problems->len >= MAX_PROBLEMS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  entente_source_locate_node (self->data, self->length, node, attribute, &line, &column);
  add_problem_at (self, code, line, column, message);
}

/* libxml2's own words, for a message of ours.  It quotes the input in
 * some of them ("Comment not terminated" and the start of the comment),
 * cut after a number of bytes that may fall inside a character; the
 * window shows only valid UTF-8, so such a cut is mended.  Some go on to
 * a second line ("Input is not proper UTF-8" and then the bytes), which
 * would read as a problem of its own, and some quote a value of the file
 * whole, up to a kilobyte: each becomes one line of a sentence's length. */
static char *
libxml_message (EntenteXmlError error)
{
  g_autofree char *message = g_strstrip (g_utf8_make_valid (error->message ? error->message : "", -1));

  g_strdelimit (message, "\r\n", ' ');

  return entente_value_excerpt (message, MAX_QUOTED_MESSAGE);
}

/* Parsing */

static void
on_parse_error (void        *user_data,
                EntenteXmlError  error)
{
  xmlParserCtxt *ctxt = user_data;
  Loader *self = ctxt->_private;
  g_autofree char *message = libxml_message (error);

  if (error->level < XML_ERR_ERROR || self->problems->len > 0)
    return;

  add_problem_at (self, ENTENTE_CORE_ERROR_NOT_XML, (guint) MAX (error->line, 1), (guint) MAX (error->int2, 1),
                  message);
  /* The user sees libxml2's own words after a sentence of ours. */
  g_free (self->problems->pdata[0]);
  self->problems->pdata[0] = g_strdup_printf (_("%s:%d:%d: This is not a readable XML file: %s"),
                                              self->name, MAX (error->line, 1), MAX (error->int2, 1), message);
}

static void
refuse_doctype (void          *user_data,
                const xmlChar *name,
                const xmlChar *external_id,
                const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  Loader *self = ctxt->_private;
  const char *doctype = g_strstr_len (self->data, (gssize) self->length, "<!DOCTYPE");
  guint line = 1, column = 1;

  if (doctype != NULL)
    entente_source_locate_offset (self->data, self->length, (gsize) (doctype - self->data), &line, &column);
  else
    line = (guint) MAX (xmlSAX2GetLineNumber (ctxt), 1);

  add_problem_at (self, ENTENTE_CORE_ERROR_UNSAFE, line, column,
                  _("The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused."));
  xmlStopParser (ctxt);
}

/* Where the start tag libxml2 has just read begins: the last "<" before
 * what it consumed. */
static void
locate_start_tag (Loader        *self,
                  xmlParserCtxt *ctxt,
                  guint         *line,
                  guint         *column)
{
  long consumed = xmlByteConsumed (ctxt);
  gsize offset = consumed > 0 ? MIN ((gsize) consumed, self->length) : 0;

  while (offset > 0 && self->data[offset - 1] != '<')
    offset--;
  entente_source_locate_offset (self->data, self->length, offset > 0 ? offset - 1 : 0, line, column);
}

/* Counted as the tree is built, so that a file of a million tiny
 * elements, or of attributes, is stopped before it takes a gigabyte. */
static void
on_start_element (void           *user_data,
                  const xmlChar  *name,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = user_data;
  Loader *self = ctxt->_private;
  guint declared = (guint) MAX (n_namespaces, 0);
  guint line, column;

  if (++self->n_elements > ENTENTE_DOCUMENT_MAX_ELEMENTS)
    {
      g_autofree char *limit = entente_format_count (NULL, ENTENTE_DOCUMENT_MAX_ELEMENTS);
      g_autofree char *message = g_strdup_printf (_("The file has more than %s elements; an agreement may have at most %s."),
                                                  limit, limit);

      locate_start_tag (self, ctxt, &line, &column);
      add_problem_at (self, ENTENTE_CORE_ERROR_INVALID, line, column, message);
      xmlStopParser (ctxt);
      return;
    }

  self->n_attributes += declared + (guint) MAX (n_attributes, 0);
  if (self->n_attributes > ENTENTE_DOCUMENT_MAX_ALL_ATTRIBUTES)
    {
      g_autofree char *limit = entente_format_count (NULL, ENTENTE_DOCUMENT_MAX_ALL_ATTRIBUTES);
      g_autofree char *message = g_strdup_printf (_("The file has more than %s attributes; an agreement may have at most %s."),
                                                  limit, limit);

      locate_start_tag (self, ctxt, &line, &column);
      add_problem_at (self, ENTENTE_CORE_ERROR_INVALID, line, column, message);
      xmlStopParser (ctxt);
      return;
    }

  if (self->n_namespaces + declared > ENTENTE_DOCUMENT_MAX_NAMESPACES)
    {
      g_autofree char *quoted = entente_value_excerpt ((const char *) name, MAX_QUOTED);
      g_autofree char *message = g_strdup_printf (_("<%s> declares namespaces beyond the %u an agreement may have in effect at once."),
                                                  quoted, ENTENTE_DOCUMENT_MAX_NAMESPACES);

      locate_start_tag (self, ctxt, &line, &column);
      add_problem_at (self, ENTENTE_CORE_ERROR_INVALID, line, column, message);
      xmlStopParser (ctxt);
      return;
    }

  g_array_append_val (self->namespaces, declared);
  self->n_namespaces += declared;
  xmlSAX2StartElementNs (ctxt, name, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);
}

static void
leave_namespaces (Loader *self)
{
  if (self->namespaces->len == 0)
    return;
  self->n_namespaces -= g_array_index (self->namespaces, guint, self->namespaces->len - 1);
  g_array_set_size (self->namespaces, self->namespaces->len - 1);
}

/* libxml2 hands over the text of an element in pieces, and stops at one
 * longer than its limit with words of its own (2.9 lets a text that came
 * in one piece through).  The loader keeps text to that limit itself, and
 * measures the rest without keeping it, to say which value is how long. */
static void
on_characters (void          *user_data,
               const xmlChar *text,
               int            length)
{
  xmlParserCtxt *ctxt = user_data;
  Loader *self = ctxt->_private;
  xmlNode *parent = ctxt->node;
  gsize total = (gsize) length;

  if (parent != NULL && parent == self->long_text)
    {
      self->long_length += (gsize) length;
      return;
    }

  if (parent != NULL && self->text != NULL && parent->last == self->text)
    total += self->text_length;
  if (parent != NULL && total > XML_MAX_TEXT_LENGTH)
    {
      self->long_text = parent;
      self->long_length = total;
      return;
    }

  xmlSAX2Characters (ctxt, text, length);
  self->text = parent != NULL ? parent->last : NULL;
  self->text_length = total;
}

static void
on_end_element (void          *user_data,
                const xmlChar *name,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxt *ctxt = user_data;
  Loader *self = ctxt->_private;

  leave_namespaces (self);
  if (ctxt->node != NULL && ctxt->node == self->long_text)
    {
      add_problem (self, ENTENTE_CORE_ERROR_INVALID, ctxt->node, NULL,
                   _("The text of <%s> is %zu bytes long; one value may hold at most %d bytes."),
                   (const char *) ctxt->node->name, self->long_length, XML_MAX_TEXT_LENGTH);
      xmlStopParser (ctxt);
      return;
    }

  xmlSAX2EndElementNs (ctxt, name, prefix, uri);
}

/* libxml2 2.9 reads no UTF-32 and calls such a file "empty": its
 * byte-order marks, or "<" as four bytes, either way round. */
static gboolean
is_utf32 (const char *data,
          gsize       length)
{
  return length >= 4 &&
         (memcmp (data, "\xff\xfe\0\0", 4) == 0 || memcmp (data, "\0\0\xfe\xff", 4) == 0 ||
          memcmp (data, "<\0\0\0", 4) == 0 || memcmp (data, "\0\0\0<", 4) == 0);
}

/* Without a byte-order mark, XML is UTF-8 unless its declaration says
 * otherwise, and libxml2 reads a declaration in UTF-16 too ("<?" in
 * two-byte characters).  A file in UTF-16 with neither reads as UTF-8
 * with a NUL after every letter, which libxml2 words as "Char 0x0 out of
 * allowed range" at the second byte, and leaves the user guessing. */
static gboolean
is_undeclared_utf16 (const char *data,
                     gsize       length)
{
  if (length < 4)
    return FALSE;

  /* Two ASCII characters, little- or big-endian, but not "<?". */
  if (data[0] != '\0' && data[1] == '\0' && data[2] != '\0' && data[3] == '\0')
    return !(data[0] == '<' && data[2] == '?');
  if (data[0] == '\0' && data[1] != '\0' && data[2] == '\0' && data[3] != '\0')
    return !(data[1] == '<' && data[3] == '?');

  return FALSE;
}

/* libxml2 reads the data in pieces, as from a file, and lets go of each
 * once parsed; given the data in memory, libxml2 2.9 first copies all of
 * it, which makes a file of 100 MB take 230 MB more to load. */
static int
read_data (void *user_data,
           char *buffer,
           int   length)
{
  Loader *self = user_data;
  gsize n = MIN ((gsize) MAX (length, 0), self->length - self->read);

  memcpy (buffer, self->data + self->read, n);
  self->read += n;

  return (int) n;
}

/* libxml2 reports encoding errors ("input conversion failed due to input
 * error, bytes 0xFF 0xFF") through its generic handler, which prints them
 * on stderr before Entente's sentence: they are kept, to say in it. */
static void on_generic_error (void       *data,
                              const char *format,
                              ...) G_GNUC_PRINTF (2, 3);

static void
on_generic_error (void       *data,
                  const char *format,
                  ...)
{
  Loader *self = data;
  va_list args;

  if (self->generic->len > 200)
    return;
  va_start (args, format);
  g_string_append_vprintf (self->generic, format, args);
  va_end (args);
}

static gboolean
refuse_crowded_tag (Loader *self)
{
  gsize offset, name_length = 0;
  guint n_attributes, line, column;
  g_autofree char *name = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *message = NULL;

  if (!entente_markup_find_crowded_tag (self->data, self->length, ENTENTE_DOCUMENT_MAX_ATTRIBUTES,
                                        &offset, &n_attributes))
    return FALSE;

  while (offset + 1 + name_length < self->length && name_length < MAX_QUOTED &&
         strchr (" \t\r\n/>=\"'", self->data[offset + 1 + name_length]) == NULL)
    name_length++;
  /* Bytes not yet read as XML: whatever they are, the message is UTF-8. */
  name = g_utf8_make_valid (self->data + offset + 1, (gssize) name_length);
  quoted = entente_value_excerpt (name, MAX_QUOTED);
  entente_source_locate_offset (self->data, self->length, offset, &line, &column);
  /* The count is far beyond the limit, so no plural form depends on it. */
  message = g_strdup_printf (_("<%s> has too many attributes (%u); an element of an agreement has at most %u."),
                             quoted, n_attributes, ENTENTE_DOCUMENT_MAX_ATTRIBUTES);
  add_problem_at (self, ENTENTE_CORE_ERROR_INVALID, line, column, message);
  return TRUE;
}

static xmlDoc *
parse (Loader *self)
{
  xmlParserCtxt *ctxt;
  xmlDoc *doc;

  /* The cap of every file read (entente-file-read.c), for bytes that
   * came another way: a git driver's, a merge's, a test's. */
  if (self->length > ENTENTE_DOCUMENT_MAX_SIZE)
    {
      g_autofree char *actual = g_format_size (self->length);
      g_autofree char *limit = g_format_size (ENTENTE_DOCUMENT_MAX_SIZE);
      g_autofree char *message = g_strdup_printf (_("The file is %s; an agreement may be at most %s."), actual, limit);

      add_problem_at (self, ENTENTE_CORE_ERROR_NOT_XML, 1, 1, message);
      return NULL;
    }

  if (refuse_crowded_tag (self))
    return NULL;

  self->read = 0;
  ctxt = xmlCreateIOParserCtxt (NULL, NULL, read_data, NULL, self, XML_CHAR_ENCODING_NONE);
  if (ctxt == NULL)
    {
      add_problem_at (self, ENTENTE_CORE_ERROR_NOT_XML, 1, 1, _("There is not enough memory to read the file."));
      return NULL;
    }

  ctxt->_private = self;
  ctxt->sax->internalSubset = refuse_doctype;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->initialized = XML_SAX2_MAGIC;
  xmlCtxtUseOptions (ctxt, PARSE_OPTIONS);
  /* Both, so that libxml2 does not start telling blanks from text. */
  ctxt->sax->characters = on_characters;
  ctxt->sax->ignorableWhitespace = on_characters;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->endElementNs = on_end_element;
  ctxt->vctxt.error = NULL;
  ctxt->vctxt.warning = NULL;

  /* The handler is libxml2's per thread: set for this parse only. */
  self->generic = g_string_new (NULL);
  self->namespaces = g_array_new (FALSE, FALSE, sizeof (guint));
  xmlSetGenericErrorFunc (self, on_generic_error);
  xmlParseDocument (ctxt);
  xmlSetGenericErrorFunc (NULL, NULL);

  doc = ctxt->myDoc;
  ctxt->myDoc = NULL;
  if (!ctxt->wellFormed || self->problems->len > 0)
    {
      if (self->problems->len == 0)
        add_problem_at (self, ENTENTE_CORE_ERROR_NOT_XML, 1, 1, _("This is not a readable XML file."));
      /* Bytes the declared encoding has no character for: said plainly,
       * with the encodings that are sure to be read. */
      if (strstr (self->generic->str, "conversion failed") != NULL)
        {
          g_autofree char *declared = g_strdup (ctxt->encoding != NULL ? (const char *) ctxt->encoding
                                                : ctxt->input != NULL && ctxt->input->encoding != NULL
                                                ? (const char *) ctxt->input->encoding : "?");
          g_autofree char *quoted = entente_value_excerpt (declared, MAX_QUOTED);
          g_autofree char *message = g_strdup_printf (_("The file says it is in the encoding “%s”, but some of its bytes are not; save it in UTF-8 (or UTF-16 with a byte-order mark), which Entente always reads."),
                                                      quoted);

          add_problem_at (self, ENTENTE_CORE_ERROR_NOT_XML, 1, 1, message);
        }
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  xmlFreeParserCtxt (ctxt);
  g_string_free (g_steal_pointer (&self->generic), TRUE);
  g_clear_pointer (&self->namespaces, g_array_unref);

  return doc;
}

/* Walking the tree into the model */

static gboolean
in_our_namespace (xmlNode *node)
{
  return node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, ENTENTE_NAMESPACE) == 0;
}

static const char *
name_of (xmlNode *node)
{
  return (const char *) node->name;
}

/* The text of an element that should hold only text; NULL after adding a
 * problem when it holds elements. */
static char *
text_of (Loader   *self,
         xmlNode  *node)
{
  if (node->children == NULL)
    return g_strdup ("");
  if (node->children->next == NULL && node->children->type == XML_TEXT_NODE)
    {
      gsize length = strlen ((const char *) node->children->content);

      /* libxml2 2.9 lets one text node grow past its own 10 MB limit;
       * no value of an SLA comes near it. */
      if (length > XML_MAX_TEXT_LENGTH)
        {
          add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, NULL,
                       _("The text of <%s> is %zu bytes long; one value may hold at most %d bytes."),
                       name_of (node), length, XML_MAX_TEXT_LENGTH);
          return NULL;
        }
      return g_strdup ((const char *) node->children->content);
    }

  for (xmlNode *child = node->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        g_autofree char *quoted = entente_value_excerpt (name_of (child), MAX_QUOTED);

        add_problem (self, ENTENTE_CORE_ERROR_INVALID, child, NULL,
                     _("<%s> holds only text, but it contains the element <%s>."),
                     name_of (node), quoted);
        return NULL;
      }

  return (char *) xmlNodeGetContent (node);
}

static void
unknown_attribute (Loader      *self,
                   EntenteItem *item,
                   const char  *element,
                   xmlAttr     *attr)
{
  if (self->keep_unknown)
    entente_item_add_extra_attribute (item, element, attr);
  else
    {
      g_autofree char *qname = attr->ns && attr->ns->prefix
        ? g_strdup_printf ("%s:%s", attr->ns->prefix, attr->name)
        : g_strdup ((const char *) attr->name);
      g_autofree char *quoted = entente_value_excerpt (qname, MAX_QUOTED);

      add_problem (self, ENTENTE_CORE_ERROR_INVALID, attr->parent, qname,
                   _("<%s> has an attribute “%s” that this format does not know."),
                   name_of (attr->parent), quoted);
    }
}

static void
unknown_element (Loader      *self,
                 EntenteItem *item,
                 const char  *element,
                 xmlNode     *node)
{
  g_autofree char *quoted = NULL;

  if (self->keep_unknown)
    {
      entente_item_add_extra_element (item, element, node);
      return;
    }

  quoted = entente_value_excerpt (name_of (node), MAX_QUOTED);
  add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, NULL,
               _("<%s> is not allowed in <%s>."),
               quoted, name_of (node->parent));
}

static void
stray_text (Loader  *self,
            xmlNode *node)
{
  const char *text = g_strstrip ((char *) node->content);
  const char *end = text;
  g_autofree char *start = NULL;

  /* The message quotes at most 40 bytes of the text ("%.40s", as the
   * translations have it); cut before that at the end of a character, or
   * the message could end inside one and not be UTF-8. */
  while (*end != '\0' && g_utf8_next_char (end) - text <= 40)
    end = g_utf8_next_char (end);
  start = g_strndup (text, (gsize) (end - text));

  add_problem (self, ENTENTE_CORE_ERROR_INVALID, node->parent, NULL,
               _("<%s> holds elements, so it cannot also hold the text “%.40s”."),
               name_of (node->parent), start);
}

static void
read_value (Loader             *self,
            EntenteItem        *item,
            guint               index,
            const char         *text,
            xmlNode            *node,
            const char         *attribute)
{
  const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (item)->fields[index];
  g_autofree char *problem = NULL;
  GValue *slot = entente_item_get_value_slot (item, index);

  if (field->kind == ENTENTE_VALUE_STRING && text[0] == '\0')
    return;

  if (entente_value_parse (field, text, slot, &problem))
    return;

  if (attribute != NULL)
    add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, attribute,
                 _("The “%s” attribute of <%s> is not valid: %s."),
                 attribute, name_of (node), problem);
  else
    add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, NULL,
                 _("The value of <%s> is not valid: %s."),
                 name_of (node), problem);
}

static void read_item (Loader *self, EntenteItem *item, xmlNode *node);

static void
read_list_item (Loader      *self,
                EntenteItem *owner,
                guint        index,
                xmlNode     *node)
{
  const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (owner)->fields[index];
  g_autoptr(EntenteItem) child = NULL;

  if (self->n_items++ == ENTENTE_DOCUMENT_MAX_ITEMS)
    {
      g_autofree char *limit = entente_format_count (NULL, ENTENTE_DOCUMENT_MAX_ITEMS);

      add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, NULL,
                   _("<%s> is one item too many: an agreement may hold at most %s items (parties, personas, stages, criteria, comments and the like)."),
                   name_of (node), limit);
    }
  if (self->n_items > ENTENTE_DOCUMENT_MAX_ITEMS)
    return;

  child = g_object_new (field->get_type (), NULL);
  read_item (self, child, node);
  entente_item_append_quietly (owner, index, child);
}

static void
read_strv_items (Loader      *self,
                 EntenteItem *item,
                 guint        index,
                 xmlNode     *node)
{
  const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (item)->fields[index];
  GPtrArray *items = g_ptr_array_new ();

  for (xmlNode *child = node->children; child; child = child->next)
    {
      char *text;

      if (child->type == XML_TEXT_NODE && !xmlIsBlankNode (child))
        stray_text (self, child);
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!in_our_namespace (child) || g_strcmp0 (name_of (child), field->item_element) != 0)
        {
          unknown_element (self, item, field->element, child);
          continue;
        }
      text = text_of (self, child);
      if (text != NULL)
        g_ptr_array_add (items, text);
    }

  g_ptr_array_add (items, NULL);
  g_value_take_boxed (entente_item_get_value_slot (item, index), g_ptr_array_free (items, FALSE));
}

static void
missing_required (Loader      *self,
                  EntenteItem *item,
                  xmlNode     *node,
                  guint        first,
                  guint        last,
                  gboolean    *present)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = first; i < last; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (!(field->flags & ENTENTE_FIELD_REQUIRED) || present[i])
        continue;
      if (field->attribute != NULL)
        add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, NULL,
                     _("<%s> needs the attribute “%s”."), name_of (node), field->attribute);
      else if (field->element != NULL)
        add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, NULL,
                     _("<%s> needs a <%s> element."), name_of (node), field->element);
    }
}

/* Reads the child element @node that fields [first, last) of @item share. */
static void
read_group (Loader      *self,
            EntenteItem *item,
            guint        first,
            guint        last,
            xmlNode     *node,
            gboolean    *present)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);
  const char *element = klass->fields[first].element;
  int list_field = -1;
  int strv_field = -1;

  for (guint i = first; i < last; i++)
    present[i] = TRUE;

  if (klass->fields[first].kind == ENTENTE_VALUE_OBJECT)
    {
      read_item (self, entente_item_get_child (item, first), node);
      return;
    }

  for (xmlAttr *attr = node->properties; attr; attr = attr->next)
    {
      gboolean known = FALSE;

      for (guint i = first; i < last && attr->ns == NULL; i++)
        if (g_strcmp0 (klass->fields[i].attribute, (const char *) attr->name) == 0)
          {
            g_autofree char *text = (char *) xmlNodeListGetString (node->doc, attr->children, 1);

            read_value (self, item, i, text ? text : "", node, (const char *) attr->name);
            known = TRUE;
            break;
          }
      if (!known)
        unknown_attribute (self, item, element, attr);
    }

  for (guint i = first; i < last; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (field->kind == ENTENTE_VALUE_LIST)
        list_field = (int) i;
      else if (field->kind == ENTENTE_VALUE_STRV)
        strv_field = (int) i;
      else if (field->attribute == NULL)
        {
          g_autofree char *text = text_of (self, node);

          if (text != NULL)
            read_value (self, item, i, text, node, NULL);
          return;
        }
      else
        present[i] = xmlHasProp (node, (const xmlChar *) field->attribute) != NULL;
    }

  if (strv_field >= 0)
    {
      read_strv_items (self, item, (guint) strv_field, node);
      return;
    }

  for (xmlNode *child = node->children; child; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && !xmlIsBlankNode (child))
        stray_text (self, child);
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (list_field >= 0 && in_our_namespace (child) &&
          g_strcmp0 (name_of (child), klass->fields[list_field].item_element) == 0)
        read_list_item (self, item, (guint) list_field, child);
      else
        unknown_element (self, item, element, child);
    }

  missing_required (self, item, node, first, last, present);
}

static void
read_item (Loader      *self,
           EntenteItem *item,
           xmlNode     *node)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);
  g_autofree gboolean *present = g_new0 (gboolean, klass->n_fields);
  int text_field = -1;

  g_hash_table_insert (self->nodes, item, node);

  for (xmlAttr *attr = node->properties; attr; attr = attr->next)
    {
      int index = -1;

      for (guint i = 0; i < klass->n_fields && attr->ns == NULL; i++)
        if (klass->fields[i].element == NULL &&
            g_strcmp0 (klass->fields[i].attribute, (const char *) attr->name) == 0)
          {
            index = (int) i;
            break;
          }

      if (index < 0)
        unknown_attribute (self, item, NULL, attr);
      else
        {
          g_autofree char *text = (char *) xmlNodeListGetString (node->doc, attr->children, 1);

          present[index] = TRUE;
          read_value (self, item, (guint) index, text ? text : "", node, (const char *) attr->name);
        }
    }

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].element == NULL && klass->fields[i].attribute == NULL &&
        klass->fields[i].kind != ENTENTE_VALUE_LIST)
      text_field = (int) i;

  if (text_field >= 0)
    {
      g_autofree char *text = text_of (self, node);

      if (text != NULL)
        read_value (self, item, (guint) text_field, text, node, NULL);
      missing_required (self, item, node, 0, klass->n_fields, present);
      return;
    }

  for (xmlNode *child = node->children; child; child = child->next)
    {
      gboolean known = FALSE;

      if (child->type == XML_TEXT_NODE && !xmlIsBlankNode (child))
        stray_text (self, child);
      if (child->type != XML_ELEMENT_NODE)
        continue;

      for (guint i = 0; i < klass->n_fields && in_our_namespace (child); i++)
        {
          const EntenteField *field = &klass->fields[i];
          guint last = i + 1;

          if (field->element == NULL)
            {
              if (field->kind == ENTENTE_VALUE_LIST && g_str_equal (field->item_element, name_of (child)))
                {
                  read_list_item (self, item, i, child);
                  known = TRUE;
                  break;
                }
              continue;
            }
          if (!g_str_equal (field->element, name_of (child)))
            continue;

          while (last < klass->n_fields && g_strcmp0 (klass->fields[last].element, field->element) == 0)
            last++;
          if (present[i])
            add_problem (self, ENTENTE_CORE_ERROR_INVALID, child, NULL,
                         _("<%s> appears twice in <%s>; keep only one."),
                         name_of (child), name_of (node));
          else
            read_group (self, item, i, last, child, present);
          known = TRUE;
          break;
        }

      if (!known)
        unknown_element (self, item, NULL, child);
    }

  missing_required (self, item, node, 0, klass->n_fields, present);
}

/* References and ids */

static xmlNode *
node_of_field (Loader             *self,
               EntenteItem        *item,
               const EntenteField *field)
{
  xmlNode *node = g_hash_table_lookup (self->nodes, item);

  if (node != NULL && field->element != NULL)
    for (xmlNode *child = node->children; child; child = child->next)
      if (child->type == XML_ELEMENT_NODE && g_str_equal (name_of (child), field->element))
        return child;

  return node;
}

static void
check_business_hours (Loader          *self,
                      EntenteDocument *doc)
{
  EntenteMeta *meta = entente_document_get_meta (doc);
  const EntenteField *field = &ENTENTE_ITEM_GET_CLASS (meta)->fields[ENTENTE_META_FIELD_BUSINESS_END];

  if (!entente_meta_business_hours_never_open (meta))
    return;
  add_problem (self, ENTENTE_CORE_ERROR_INVALID, node_of_field (self, ENTENTE_ITEM (meta), field), "end",
               _("The business hours open and close at the same time, so they are never open; give a closing time after the opening (or before it, for hours that run past midnight)."));
}

static char *
list_ids (GListModel *list,
          guint       id_field)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n && i < 12; i++)
    {
      g_autoptr(EntenteItem) item = g_list_model_get_item (list, i);

      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, entente_item_get_string (item, id_field));
    }

  return g_string_free (s, FALSE);
}

static void
check_reference (Loader             *self,
                 EntenteDocument    *doc,
                 EntenteItem        *item,
                 const EntenteField *field,
                 const char         *id)
{
  gboolean party = (field->flags & ENTENTE_FIELD_REF_PARTY) != 0;
  GListModel *targets = party ? entente_document_get_parties (doc) : entente_document_get_stages (doc);
  g_autofree char *known = NULL;
  xmlNode *node;

  if (party ? entente_document_find_party (doc, id) != NULL : entente_document_find_stage (doc, id) != NULL)
    return;

  known = list_ids (targets, party ? ENTENTE_PARTY_FIELD_ID : ENTENTE_STAGE_FIELD_ID);
  node = node_of_field (self, item, field);
  if (party)
    add_problem (self, ENTENTE_CORE_ERROR_REFERENCE, node, field->attribute,
                 _("<%s> refers to the party “%s”, which does not exist; the parties are: %s."),
                 name_of (node), id, known);
  else
    add_problem (self, ENTENTE_CORE_ERROR_REFERENCE, node, field->attribute,
                 _("<%s> refers to the stage “%s”, which does not exist; the stages are: %s."),
                 name_of (node), id, known);
}

static void
check_references (Loader          *self,
                  EntenteDocument *doc,
                  EntenteItem     *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (field->kind == ENTENTE_VALUE_REF && (field->flags & (ENTENTE_FIELD_REF_PARTY | ENTENTE_FIELD_REF_STAGE)))
        {
          const char *id = entente_item_get_string (item, i);

          if (id != NULL)
            check_reference (self, doc, item, field, id);
        }
      else if (field->kind == ENTENTE_VALUE_OBJECT)
        check_references (self, doc, entente_item_get_child (item, i));
      else if (field->kind == ENTENTE_VALUE_LIST)
        {
          GListModel *list = entente_item_get_list (item, i);
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
            {
              g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);
              EntenteItemClass *child_class = ENTENTE_ITEM_GET_CLASS (child);

              for (guint k = 0; k < child_class->n_fields; k++)
                {
                  const EntenteField *key = &child_class->fields[k];
                  const char *value;

                  if (!(key->flags & ENTENTE_FIELD_KEY) || (value = entente_item_get_string (child, k)) == NULL)
                    continue;
                  if (!g_hash_table_add (seen, (gpointer) value))
                    add_problem (self, ENTENTE_CORE_ERROR_REFERENCE,
                                 g_hash_table_lookup (self->nodes, child), key->attribute,
                                 _("Another <%s> already has the %s “%s”; each needs its own."),
                                 child_class->element, key->attribute, value);
                }

              check_references (self, doc, child);
            }
        }
    }
}

/* The schema */

/* libxml2 2.9 compiles a pattern facet anew for every value it checks
 * (xmlRelaxNGSchemaFacetCheck), which made the schema most of the time
 * of a load: 0.72 s of 20,000 handoffs went to compiling the duration
 * pattern 40,000 times.  The loader checks the values of these datatypes
 * itself, as strictly (entente_value_parse; test-bad-input's
 * /schema/loader-as-strict and the load fuzzer hold it to that), so the
 * schema it validates against leaves their patterns out.  The published
 * data/entente.rng keeps them, for other programs. */
static const char * const checked_by_the_loader[] = { "id", "duration", "datetime", NULL };

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static void
drop_patterns (xmlNode *node)
{
  for (xmlNode *child = node->children, *next; child != NULL; child = next)
    {
      next = child->next;
      if (is_element (child, "param"))
        {
          g_autofree char *name = (char *) xmlGetProp (child, (const xmlChar *) "name");

          if (g_strcmp0 (name, "pattern") == 0)
            {
              xmlUnlinkNode (child);
              xmlFreeNode (child);
              continue;
            }
        }
      drop_patterns (child);
    }
}

static xmlRelaxNG *
parse_schema (GBytes *bytes)
{
  xmlDoc *doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes),
                               "entente.rng", NULL, XML_PARSE_NONET);
  xmlRelaxNGParserCtxt *ctxt;
  xmlRelaxNG *parsed;

  g_assert (doc != NULL);
  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    {
      g_autofree char *name = NULL;

      if (!is_element (node, "define"))
        continue;
      name = (char *) xmlGetProp (node, (const xmlChar *) "name");
      if (name != NULL && g_strv_contains (checked_by_the_loader, name))
        drop_patterns (node);
    }

  ctxt = xmlRelaxNGNewDocParserCtxt (doc);
  parsed = xmlRelaxNGParse (ctxt);
  xmlRelaxNGFreeParserCtxt (ctxt);
  xmlFreeDoc (doc);
  g_assert (parsed != NULL);

  return parsed;
}

static xmlRelaxNG *
get_schema (void)
{
  static gsize schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (entente_core_get_resource (),
                                                        "/io/github/entente_sla/Entente/entente.rng",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

      g_assert (bytes != NULL);
      g_once_init_leave (&schema, (gsize) parse_schema (bytes));
    }

  return (xmlRelaxNG *) schema;
}

static void
on_schema_error (void        *user_data,
                 EntenteXmlError  error)
{
  Loader *self = user_data;
  g_autofree char *message = libxml_message (error);

  /* The first complaint is the precise one; libxml2 follows it with
   * "failed to validate" for every ancestor. */
  if (self->problems->len > 0)
    return;

  if (error->node != NULL && ((xmlNode *) error->node)->type == XML_ELEMENT_NODE)
    {
      xmlNode *node = error->node;

      /* The reader has already checked values and names; what is left for
       * the schema is mostly order, which libxml2 words tersely. */
      if (g_str_has_prefix (message, "Did not expect element ") && node->parent != NULL)
        add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, NULL,
                     _("<%s> is out of place in <%s>: the format keeps the elements of <%s> in a fixed order (see data/entente.rng)."),
                     name_of (node), name_of (node->parent), name_of (node->parent));
      else
        add_problem (self, ENTENTE_CORE_ERROR_INVALID, node, NULL,
                     _("The file does not follow the Entente format here: %s."), message);
    }
  else
    add_problem_at (self, ENTENTE_CORE_ERROR_INVALID, (guint) MAX (error->line, 1), 1, message);
}

static void
validate_schema (Loader *self)
{
  xmlRelaxNGValidCtxt *ctxt = xmlRelaxNGNewValidCtxt (get_schema ());

  xmlRelaxNGSetValidStructuredErrors (ctxt, on_schema_error, self);
  if (xmlRelaxNGValidateDoc (ctxt, self->doc) != 0 && self->problems->len == 0)
    add_problem_at (self, ENTENTE_CORE_ERROR_INVALID, 1, 1,
                    _("The file does not follow the Entente format."));
  xmlRelaxNGFreeValidCtxt (ctxt);
}

/* The root and its version */

static gboolean
check_root (Loader  *self,
            xmlNode *root)
{
  g_autofree char *format = NULL;
  guint64 major = 0, minor = 0;
  char *end = NULL;

  if (root == NULL)
    {
      add_problem_at (self, ENTENTE_CORE_ERROR_NOT_XML, 1, 1, _("The file holds no XML element."));
      return FALSE;
    }

  if (!g_str_equal (name_of (root), "sla"))
    {
      g_autofree char *quoted = entente_value_excerpt (name_of (root), MAX_QUOTED);

      add_problem (self, ENTENTE_CORE_ERROR_NOT_SLA, root, NULL,
                   _("This is not an Entente SLA: it starts with <%s> where an SLA starts with <sla>."),
                   quoted);
      return FALSE;
    }

  if (!in_our_namespace (root))
    {
      g_autofree char *quoted = entente_value_excerpt (root->ns ? (const char *) root->ns->href : "", MAX_QUOTED);

      add_problem (self, ENTENTE_CORE_ERROR_NOT_SLA, root, NULL,
                   _("This is not an Entente SLA: <sla> must be in the namespace “%s”, not “%s”."),
                   ENTENTE_NAMESPACE, quoted);
      return FALSE;
    }

  format = (char *) xmlGetNoNsProp (root, (const xmlChar *) "format");
  if (format == NULL)
    {
      add_problem (self, ENTENTE_CORE_ERROR_INVALID, root, NULL,
                   _("<sla> needs the attribute “format”, the version of the format it is written in, such as format=\"1\"."));
      return FALSE;
    }

  if (g_ascii_isdigit (format[0]))
    {
      major = g_ascii_strtoull (format, &end, 10);
      if (*end == '.' && g_ascii_isdigit (end[1]))
        minor = g_ascii_strtoull (end + 1, &end, 10);
    }
  if (end == NULL || *end != '\0' || major == 0)
    {
      g_autofree char *quoted = entente_value_excerpt (format, MAX_QUOTED);

      add_problem (self, ENTENTE_CORE_ERROR_INVALID, root, "format",
                   _("“%s” is not a format version; it is a number such as 1 or 1.2."), quoted);
      return FALSE;
    }

  if (major > ENTENTE_FORMAT_MAJOR)
    {
      g_autofree char *quoted = entente_value_excerpt (format, MAX_QUOTED);

      add_problem (self, ENTENTE_CORE_ERROR_NEWER_FORMAT, root, "format",
                   _("This SLA is written in format %s, which needs a newer version of Entente; this version reads format %d."),
                   quoted, ENTENTE_FORMAT_MAJOR);
      return FALSE;
    }

  self->keep_unknown = minor > ENTENTE_FORMAT_MINOR;
  return TRUE;
}

/* Comments before <sla>, like the note at the top of the examples, are
 * the authors' words about the file and are written back. */
static void
read_preamble (Loader          *self,
               EntenteDocument *doc)
{
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *node = self->doc->children; node && node->type != XML_ELEMENT_NODE; node = node->next)
    if (node->type == XML_COMMENT_NODE)
      g_ptr_array_add (comments, g_strdup ((const char *) node->content));

  g_ptr_array_add (comments, NULL);
  entente_document_set_preamble (doc, (const char * const *) comments->pdata);
}

static void
loader_clear (Loader *self)
{
  g_clear_pointer (&self->doc, xmlFreeDoc);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->nodes, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

EntenteDocument *
entente_loader_load (GBytes      *bytes,
                     const char  *name,
                     GError     **error)
{
  g_auto(Loader) self = { 0 };
  g_autoptr(EntenteDocument) doc = NULL;
  g_autoptr(GBytes) normalized = NULL;
  xmlNode *root;

  self.name = name;
  self.data = g_bytes_get_data (bytes, &self.length);
  /* libxml2 counts lines by line feeds only: a file whose lines end in a
   * carriage return alone (old Macs) would be one line of thousands of
   * columns in its messages.  XML reads such a return as a line feed
   * anyway, so it is parsed as one, byte for byte in the same place. */
  if (self.length > 0 && memchr (self.data, '\r', self.length) != NULL)
    {
      char *copy = g_memdup2 (self.data, self.length);

      for (gsize i = 0; i < self.length; i++)
        if (copy[i] == '\r' && (i + 1 == self.length || copy[i + 1] != '\n'))
          copy[i] = '\n';
      normalized = g_bytes_new_take (copy, self.length);
      self.data = g_bytes_get_data (normalized, NULL);
    }
  self.problems = g_ptr_array_new_with_free_func (g_free);
  self.nodes = g_hash_table_new (NULL, NULL);

  if (self.length == 0)
    {
      add_problem_at (&self, ENTENTE_CORE_ERROR_NOT_XML, 1, 1, _("The file is empty."));
      goto failed;
    }

  if (is_utf32 (self.data, self.length))
    {
      add_problem_at (&self, ENTENTE_CORE_ERROR_NOT_XML, 1, 1,
                      _("The file is in UTF-32, which Entente does not read; save it in UTF-8, or in UTF-16 with a byte-order mark."));
      goto failed;
    }

  if (is_undeclared_utf16 (self.data, self.length))
    {
      add_problem_at (&self, ENTENTE_CORE_ERROR_NOT_XML, 1, 1,
                      _("The file is in UTF-16 without a byte-order mark or an XML declaration that says so; save it in UTF-8, or in UTF-16 with a byte-order mark."));
      goto failed;
    }

  self.doc = parse (&self);
  if (self.doc == NULL)
    goto failed;

  root = xmlDocGetRootElement (self.doc);
  if (!check_root (&self, root))
    goto failed;

  doc = entente_document_new ();
  read_item (&self, ENTENTE_ITEM (doc), root);
  read_preamble (&self, doc);

  if (self.problems->len == 0)
    check_references (&self, doc, ENTENTE_ITEM (doc));
  if (self.problems->len == 0)
    check_business_hours (&self, doc);

  if (self.problems->len == 0 && !self.keep_unknown)
    validate_schema (&self);

  if (self.problems->len > 0)
    goto failed;

  entente_document_remember_signed_text (doc);
  entente_document_set_modified (doc, FALSE);
  return g_steal_pointer (&doc);

failed:
  g_ptr_array_add (self.problems, NULL);
  {
    g_autofree char *message = g_strjoinv ("\n", (char **) self.problems->pdata);

    g_set_error_literal (error, ENTENTE_CORE_ERROR, self.code, message);
  }
  return NULL;
}

/**
 * entente_loader_load_items:
 * @type: the type of each item, a subclass of #EntenteItem
 * @text: items as the writer spells them inside <sla>, one after the
 *   other and without the namespace declaration, as a merge conflict
 *   records them
 * @name: what to call @text in messages, in place of a file name
 * @keep_unknown: whether elements and attributes this format does not
 *   know are kept, as in a file of a newer 1.x format, or refused
 * @error: where to say why @text holds no such items
 *
 * Reads items out of a fragment of a file, with the checks of a whole
 * file on each value, but without those that need the whole document
 * (references, unique ids) or the schema: the caller checks what matters
 * where the items go.
 *
 * Returns: (transfer full) (element-type EntenteItem) (nullable): the
 *   items in the order of @text, or %NULL with @error set
 */
GPtrArray *
entente_loader_load_items (GType        type,
                           const char  *text,
                           const char  *name,
                           gboolean     keep_unknown,
                           GError     **error)
{
  g_auto(Loader) self = { 0 };
  g_autofree char *wrapped = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTypeClass) klass = NULL;
  const char *element;
  xmlNode *root;

  g_return_val_if_fail (g_type_is_a (type, ENTENTE_TYPE_ITEM), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  klass = g_type_class_ref (type);
  element = ENTENTE_ITEM_CLASS (klass)->element;

  /* The wrapper starts on the first line, so lines count as in @text. */
  wrapped = g_strconcat ("<fragment xmlns=\"" ENTENTE_NAMESPACE "\">", text, "</fragment>", NULL);
  self.name = name;
  self.data = wrapped;
  self.length = strlen (wrapped);
  self.keep_unknown = keep_unknown;
  self.problems = g_ptr_array_new_with_free_func (g_free);
  self.nodes = g_hash_table_new (NULL, NULL);

  self.doc = parse (&self);
  if (self.doc == NULL)
    goto failed;

  root = xmlDocGetRootElement (self.doc);
  for (xmlNode *child = root->children; child; child = child->next)
    {
      EntenteItem *item;

      if (child->type == XML_TEXT_NODE && !xmlIsBlankNode (child))
        stray_text (&self, child);
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!in_our_namespace (child) || !g_str_equal (name_of (child), element))
        {
          g_autofree char *quoted = entente_value_excerpt (name_of (child), MAX_QUOTED);

          add_problem (&self, ENTENTE_CORE_ERROR_INVALID, child, NULL,
                       _("<%s> is out of place here, where only <%s> elements can be."),
                       quoted, element);
          continue;
        }

      item = g_object_new (type, NULL);
      g_ptr_array_add (items, item);
      read_item (&self, item, child);
    }

  if (self.problems->len > 0)
    goto failed;

  return g_steal_pointer (&items);

failed:
  g_ptr_array_add (self.problems, NULL);
  {
    g_autofree char *message = g_strjoinv ("\n", (char **) self.problems->pdata);

    g_set_error_literal (error, ENTENTE_CORE_ERROR, self.code, message);
  }
  return NULL;
}
