/* entente-writer.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-document.h"
#include "entente-item-private.h"
#include "entente-value.h"
#include "entente-writer-private.h"

/* The canonical form of a document: the order of each item's field table,
 * two spaces of indent, one value per line, attributes in table order,
 * UTF-8 with a final newline.  Two revisions of an SLA then differ, under
 * git diff, only in the lines whose values changed.
 *
 * The same rules, leaving out what is not part of the agreed text (fields
 * flagged %ENTENTE_FIELD_NOT_CONTENT and the XML comments before <sla>),
 * give the bytes that sign-offs digest: one writer, so that the digest can
 * never drift from the file format. */

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

/* Escapes @text for XML.  Characters XML 1.0 cannot hold at all (most C0
 * controls, U+FFFE, U+FFFF) become U+FFFD, so that the output is always
 * well-formed whatever the model holds. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  const guchar *p = (const guchar *) text;
  const guchar *run = p;

  if (text == NULL)
    return;

  for (; *p; p++)
    {
      const char *rep = NULL;
      guint skip = 0;

      if (*p >= 0x20 && *p != '&' && *p != '<' && *p != '>' && *p != '"' && *p != 0xEF)
        continue;

      switch (*p)
        {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attribute ? "&quot;" : NULL; break;
        case '\n': rep = attribute ? "&#10;" : NULL; break;
        case '\t': rep = attribute ? "&#9;" : NULL; break;
        case '\r': rep = "&#13;"; break;
        case 0xEF:
          if (p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            {
              rep = "\xEF\xBF\xBD";
              skip = 2;
            }
          break;
        default:
          rep = "\xEF\xBF\xBD";
          break;
        }

      if (rep == NULL)
        continue;

      g_string_append_len (out, (const char *) run, (gssize) (p - run));
      g_string_append (out, rep);
      p += skip;
      run = p + 1;
    }

  g_string_append_len (out, (const char *) run, (gssize) (p - run));
}

static void
append_attribute (GString    *out,
                  const char *prefix,
                  const char *name,
                  const char *value)
{
  g_string_append_c (out, ' ');
  if (prefix != NULL)
    {
      g_string_append (out, prefix);
      g_string_append_c (out, ':');
    }
  g_string_append (out, name);
  g_string_append (out, "=\"");
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

static gboolean
has_only_blank_text (xmlNode *node)
{
  for (xmlNode *child = node->children; child; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
        !xmlIsBlankNode (child))
      return FALSE;

  return TRUE;
}

/* A kept element from a newer format, written back in the same style. */
static void
append_node (GString    *out,
             xmlNode    *node,
             guint       depth,
             const char *parent_ns,
             gboolean    pretty)
{
  const char *ns = node->ns ? (const char *) node->ns->href : NULL;
  const char *prefix = node->ns ? (const char *) node->ns->prefix : NULL;
  gboolean children_pretty;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (!pretty)
        append_escaped (out, (const char *) node->content, FALSE);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return;

  if (pretty)
    indent (out, depth);
  g_string_append_c (out, '<');
  if (prefix != NULL)
    g_string_append_printf (out, "%s:", prefix);
  g_string_append (out, (const char *) node->name);

  if (g_strcmp0 (ns, parent_ns) != 0 && ns != NULL)
    append_attribute (out, prefix ? "xmlns" : NULL, prefix ? prefix : "xmlns", ns);

  for (xmlAttr *attr = node->properties; attr; attr = attr->next)
    {
      xmlChar *value = xmlNodeListGetString (node->doc, attr->children, 1);
      const char *aprefix = attr->ns ? (const char *) attr->ns->prefix : NULL;

      if (aprefix != NULL && g_strcmp0 (aprefix, prefix) != 0)
        append_attribute (out, "xmlns", aprefix, (const char *) attr->ns->href);
      append_attribute (out, aprefix, (const char *) attr->name, (const char *) value);
      xmlFree (value);
    }

  if (node->children == NULL)
    {
      g_string_append (out, pretty ? "/>\n" : "/>");
      return;
    }

  children_pretty = pretty && has_only_blank_text (node);
  g_string_append (out, children_pretty ? ">\n" : ">");
  for (xmlNode *child = node->children; child; child = child->next)
    append_node (out, child, depth + 1, ns, children_pretty);
  if (children_pretty)
    indent (out, depth);
  g_string_append (out, "</");
  if (prefix != NULL)
    g_string_append_printf (out, "%s:", prefix);
  g_string_append (out, (const char *) node->name);
  g_string_append (out, pretty ? ">\n" : ">");
}

static void
append_extra_attributes (GString     *out,
                         EntenteItem *item,
                         const char  *element)
{
  GPtrArray *extras = entente_item_get_extra_attributes (item);

  for (guint i = 0; extras && i < extras->len; i++)
    {
      EntenteExtraAttribute *extra = g_ptr_array_index (extras, i);

      if (g_strcmp0 (extra->element, element) != 0)
        continue;
      if (extra->prefix != NULL)
        append_attribute (out, "xmlns", extra->prefix, extra->ns_href);
      append_attribute (out, extra->prefix, extra->name, extra->value);
    }
}

static gboolean
has_extra_elements (EntenteItem *item,
                    const char  *element)
{
  GPtrArray *extras = entente_item_get_extra_elements (item);

  for (guint i = 0; extras && i < extras->len; i++)
    if (g_strcmp0 (((EntenteExtraElement *) g_ptr_array_index (extras, i))->element, element) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
has_extra_attributes (EntenteItem *item,
                      const char  *element)
{
  GPtrArray *extras = entente_item_get_extra_attributes (item);

  for (guint i = 0; extras && i < extras->len; i++)
    if (g_strcmp0 (((EntenteExtraAttribute *) g_ptr_array_index (extras, i))->element, element) == 0)
      return TRUE;

  return FALSE;
}

static void
append_extra_elements (GString     *out,
                       EntenteItem *item,
                       const char  *element,
                       guint        depth)
{
  GPtrArray *extras = entente_item_get_extra_elements (item);

  for (guint i = 0; extras && i < extras->len; i++)
    {
      EntenteExtraElement *extra = g_ptr_array_index (extras, i);

      if (g_strcmp0 (extra->element, element) == 0)
        append_node (out, extra->node, depth, ENTENTE_NAMESPACE, TRUE);
    }
}

static int
compare_extra_attributes (gconstpointer a,
                          gconstpointer b)
{
  return g_strcmp0 ((*(EntenteExtraAttribute * const *) a)->element,
                    (*(EntenteExtraAttribute * const *) b)->element);
}

static int
compare_extra_elements (gconstpointer a,
                        gconstpointer b)
{
  return g_strcmp0 ((*(EntenteExtraElement * const *) a)->element,
                    (*(EntenteExtraElement * const *) b)->element);
}

/* The extensions of @item as one text, for comparing them.  They are
 * grouped by the element that holds them, keeping their order within
 * it, because that is all a file keeps: the writer puts each group in
 * its own element, so the order in which the groups were read is lost
 * (an unknown element read in <protocol> before one in its <escalation>
 * reads back after it).  g_ptr_array_sort() is stable. */
void
entente_writer_append_extras (GString     *out,
                              EntenteItem *item)
{
  GPtrArray *item_attrs = entente_item_get_extra_attributes (item);
  GPtrArray *item_elements = entente_item_get_extra_elements (item);
  g_autoptr(GPtrArray) attrs = NULL;
  g_autoptr(GPtrArray) elements = NULL;

  if (item_attrs == NULL && item_elements == NULL)
    return;

  attrs = g_ptr_array_new ();
  elements = g_ptr_array_new ();
  for (guint i = 0; item_attrs && i < item_attrs->len; i++)
    g_ptr_array_add (attrs, g_ptr_array_index (item_attrs, i));
  for (guint i = 0; item_elements && i < item_elements->len; i++)
    g_ptr_array_add (elements, g_ptr_array_index (item_elements, i));
  g_ptr_array_sort (attrs, compare_extra_attributes);
  g_ptr_array_sort (elements, compare_extra_elements);

  for (guint i = 0; i < attrs->len; i++)
    {
      EntenteExtraAttribute *extra = g_ptr_array_index (attrs, i);

      g_string_append_printf (out, "%s@", extra->element ? extra->element : "");
      append_attribute (out, extra->prefix, extra->name, extra->value);
    }
  for (guint i = 0; i < elements->len; i++)
    {
      EntenteExtraElement *extra = g_ptr_array_index (elements, i);

      g_string_append_printf (out, "%s/", extra->element ? extra->element : "");
      append_node (out, extra->node, 0, ENTENTE_NAMESPACE, TRUE);
    }
}

static gboolean
should_write (const EntenteField *field,
              const GValue       *value)
{
  return (field->flags & (ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_ALWAYS)) != 0 ||
         !entente_value_is_default (field, value);
}

static void append_item (GString *out, EntenteItem *item, guint depth, gboolean content_only);

static void
append_list (GString    *out,
             GListModel *list,
             guint       depth,
             gboolean    content_only)
{
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(EntenteItem) child = g_list_model_get_item (list, i);

      append_item (out, child, depth, content_only);
    }
}

static void
append_strv (GString            *out,
             const EntenteField *field,
             const char * const *strv,
             guint               depth)
{
  for (guint i = 0; strv[i] != NULL; i++)
    {
      indent (out, depth);
      g_string_append_printf (out, "<%s>", field->item_element);
      append_escaped (out, strv[i], FALSE);
      g_string_append_printf (out, "</%s>\n", field->item_element);
    }
}

/* Writes the child element that fields [first, last) share. */
static void
append_group (GString     *out,
              EntenteItem *item,
              guint        first,
              guint        last,
              guint        depth,
              gboolean     content_only)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);
  const char *element = klass->fields[first].element;
  const EntenteField *text_field = NULL;
  gboolean has_children = has_extra_elements (item, element);
  gboolean wanted = has_children || has_extra_attributes (item, element);

  if (klass->fields[first].kind == ENTENTE_VALUE_OBJECT)
    {
      append_item (out, entente_item_get_child (item, first), depth, content_only);
      return;
    }

  for (guint i = first; i < last; i++)
    {
      const EntenteField *field = &klass->fields[i];
      const GValue *value = entente_item_peek_value (item, i);

      if (should_write (field, value))
        {
          wanted = TRUE;
          if (field->kind == ENTENTE_VALUE_LIST || field->kind == ENTENTE_VALUE_STRV)
            has_children = has_children || !entente_value_is_default (field, value);
        }
      if (field->attribute == NULL && field->kind != ENTENTE_VALUE_LIST && field->kind != ENTENTE_VALUE_STRV)
        text_field = field;
    }

  if (!wanted)
    return;

  indent (out, depth);
  g_string_append_printf (out, "<%s", element);
  for (guint i = first; i < last; i++)
    {
      const EntenteField *field = &klass->fields[i];
      const GValue *value = entente_item_peek_value (item, i);

      if (field->attribute != NULL && should_write (field, value))
        {
          g_autofree char *text = entente_value_to_string (field, value);

          append_attribute (out, NULL, field->attribute, text);
        }
    }
  append_extra_attributes (out, item, element);

  if (text_field != NULL)
    {
      g_autofree char *text = entente_value_to_string (text_field, entente_item_peek_value (item, (guint) (text_field - klass->fields)));

      g_string_append_c (out, '>');
      append_escaped (out, text, FALSE);
      g_string_append_printf (out, "</%s>\n", element);
      return;
    }

  if (!has_children)
    {
      g_string_append (out, "/>\n");
      return;
    }

  g_string_append (out, ">\n");
  for (guint i = first; i < last; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (field->kind == ENTENTE_VALUE_LIST)
        append_list (out, entente_item_get_list (item, i), depth + 1, content_only);
      else if (field->kind == ENTENTE_VALUE_STRV)
        append_strv (out, field, entente_item_get_strv (item, i), depth + 1);
    }
  append_extra_elements (out, item, element, depth + 1);
  indent (out, depth);
  g_string_append_printf (out, "</%s>\n", element);
}

/* Whether @field is left out: only fields that are not part of the
 * agreed text, and only when writing for a digest. */
static gboolean
should_skip (const EntenteField *field,
             gboolean            content_only)
{
  return content_only && (field->flags & ENTENTE_FIELD_NOT_CONTENT) != 0;
}

static void
append_item (GString     *out,
             EntenteItem *item,
             guint        depth,
             gboolean     content_only)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);
  const EntenteField *text_field = NULL;
  gsize open_end;
  gsize body_start;

  indent (out, depth);
  g_string_append_printf (out, "<%s", klass->element);
  if (depth == 0)
    append_attribute (out, NULL, "xmlns", ENTENTE_NAMESPACE);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];
      const GValue *value = entente_item_peek_value (item, i);

      if (field->element != NULL || should_skip (field, content_only))
        continue;
      if (field->attribute != NULL && should_write (field, value))
        {
          g_autofree char *text = entente_value_to_string (field, value);

          append_attribute (out, NULL, field->attribute, text);
        }
      else if (field->attribute == NULL && field->kind != ENTENTE_VALUE_LIST)
        text_field = field;
    }
  append_extra_attributes (out, item, NULL);

  if (text_field != NULL)
    {
      g_autofree char *text = entente_value_to_string (text_field, entente_item_peek_value (item, (guint) (text_field - klass->fields)));

      g_string_append_c (out, '>');
      append_escaped (out, text, FALSE);
      append_extra_elements (out, item, NULL, 0);
      g_string_append_printf (out, "</%s>\n", klass->element);
      return;
    }

  g_string_append (out, ">\n");
  open_end = out->len;

  for (guint i = 0; i < klass->n_fields;)
    {
      const EntenteField *field = &klass->fields[i];
      guint last = i + 1;

      if (field->element == NULL)
        {
          if (field->kind == ENTENTE_VALUE_LIST && !should_skip (field, content_only))
            append_list (out, entente_item_get_list (item, i), depth + 1, content_only);
          i++;
          continue;
        }

      while (last < klass->n_fields && g_strcmp0 (klass->fields[last].element, field->element) == 0)
        last++;

      /* A child element goes with its first field: a flagged list or
       * object has its element to itself. */
      if (should_skip (field, content_only))
        {
          i = last;
          continue;
        }

      /* Top-level sections are set apart by a blank line, as people
       * write them. */
      body_start = out->len;
      if (depth == 0 && out->len > open_end)
        g_string_append_c (out, '\n');
      append_group (out, item, i, last, depth + 1, content_only);
      if (depth == 0 && out->len == body_start + 1)
        g_string_truncate (out, body_start);
      i = last;
    }

  append_extra_elements (out, item, NULL, depth + 1);

  if (out->len == open_end)
    {
      /* Nothing inside: close the start tag instead. */
      g_string_truncate (out, open_end - 2);
      g_string_append (out, "/>\n");
      return;
    }

  indent (out, depth);
  g_string_append_printf (out, "</%s>\n", klass->element);
}

static void
append_preamble (GString            *out,
                 const char * const *comments)
{
  for (guint i = 0; comments[i] != NULL; i++)
    {
      /* "--" cannot appear inside an XML comment. */
      g_autoptr(GString) text = g_string_new (comments[i]);

      while (g_string_replace (text, "--", "- -", 0) > 0)
        ;
      if (text->len > 0 && text->str[text->len - 1] == '-')
        g_string_append_c (text, ' ');
      g_string_append_printf (out, "<!--%s-->\n", text->str);
    }
}

static GBytes *
write_root (EntenteItem *root,
            gboolean     content_only)
{
  GString *out = g_string_sized_new (64 * 1024);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  if (ENTENTE_IS_DOCUMENT (root) && !content_only)
    append_preamble (out, entente_document_get_preamble (ENTENTE_DOCUMENT (root)));
  append_item (out, root, 0, content_only);

  return g_string_free_to_bytes (out);
}

/**
 * entente_writer_write:
 * @root: the document
 *
 * Returns: (transfer full): the canonical XML of @root
 */
GBytes *
entente_writer_write (EntenteItem *root)
{
  return write_root (root, FALSE);
}

/**
 * entente_writer_write_content:
 * @root: the document
 *
 * The canonical XML of @root without what is not part of the agreed text:
 * the fields flagged %ENTENTE_FIELD_NOT_CONTENT (approvals, comments) and
 * the XML comments before the root element.  Not a file to save; the
 * bytes that a sign-off digests.
 *
 * Returns: (transfer full): the canonical XML of the content of @root
 */
GBytes *
entente_writer_write_content (EntenteItem *root)
{
  return write_root (root, TRUE);
}
