/* entente-test-json.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "entente-test-json.h"

/* What `--json` prints is compared as JSON, not as text: its spacing is
 * json-glib's, and ratios are compared to four decimals, as people give
 * them ("0.5714" for 4/7). */

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("not JSON (%s): %s", error->message, text);

  return json_node_copy (json_parser_get_root (parser));
}

/* Whether @actual holds @expected: equal values, and for an object at
 * least the members of @expected (all of them when @whole). */
static gboolean
matches (JsonNode *actual,
         JsonNode *expected,
         gboolean  whole)
{
  if (JSON_NODE_TYPE (actual) != JSON_NODE_TYPE (expected))
    return FALSE;

  switch (JSON_NODE_TYPE (expected))
    {
    case JSON_NODE_NULL:
      return TRUE;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (expected) == G_TYPE_STRING)
        return json_node_get_value_type (actual) == G_TYPE_STRING &&
               g_strcmp0 (json_node_get_string (actual), json_node_get_string (expected)) == 0;
      if (json_node_get_value_type (expected) == G_TYPE_BOOLEAN)
        return json_node_get_value_type (actual) == G_TYPE_BOOLEAN &&
               json_node_get_boolean (actual) == json_node_get_boolean (expected);
      if (json_node_get_value_type (actual) == G_TYPE_STRING || json_node_get_value_type (actual) == G_TYPE_BOOLEAN)
        return FALSE;
      return fabs (json_node_get_double (actual) - json_node_get_double (expected)) < 0.5e-4;

    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (actual);
        JsonArray *e = json_node_get_array (expected);

        if (json_array_get_length (a) != json_array_get_length (e))
          return FALSE;
        for (guint i = 0; i < json_array_get_length (e); i++)
          if (!matches (json_array_get_element (a, i), json_array_get_element (e, i), whole))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_OBJECT:
      {
        JsonObject *a = json_node_get_object (actual);
        JsonObject *e = json_node_get_object (expected);
        g_autoptr(GList) members = json_object_get_members (e);

        if (whole && json_object_get_size (a) != json_object_get_size (e))
          return FALSE;
        for (GList *l = members; l != NULL; l = l->next)
          if (!json_object_has_member (a, l->data) ||
              !matches (json_object_get_member (a, l->data), json_object_get_member (e, l->data), whole))
            return FALSE;
        return TRUE;
      }
    }

  return FALSE;
}

static gboolean
contains (JsonNode *actual,
          JsonNode *expected)
{
  if (matches (actual, expected, FALSE))
    return TRUE;

  if (JSON_NODE_HOLDS_ARRAY (actual))
    {
      JsonArray *array = json_node_get_array (actual);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (contains (json_array_get_element (array, i), expected))
          return TRUE;
    }
  else if (JSON_NODE_HOLDS_OBJECT (actual))
    {
      JsonObject *object = json_node_get_object (actual);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        if (contains (json_object_get_member (object, l->data), expected))
          return TRUE;
    }

  return FALSE;
}

/* @actual is the JSON @expected spells, member for member. */
void
entente_test_assert_json_equal (const char *actual,
                                const char *expected)
{
  g_autoptr(JsonNode) a = parse (actual);
  g_autoptr(JsonNode) e = parse (expected);

  if (!matches (a, e, TRUE))
    g_error ("JSON differs:\n%s\nexpected:\n%s", actual, expected);
}

/* Somewhere in @actual is a value with what @expected holds (an object
 * with at least its members). */
void
entente_test_assert_json_contains (const char *actual,
                                   const char *expected)
{
  g_autoptr(JsonNode) a = parse (actual);
  g_autoptr(JsonNode) e = parse (expected);

  if (!contains (a, e))
    g_error ("JSON does not hold %s:\n%s", expected, actual);
}
