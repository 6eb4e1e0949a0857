/* entente-atspi-names.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <atspi/atspi.h>
#include <stdio.h>
#include <stdlib.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)

/* What a screen reader hears: the controls of the application with
 * process id PID, as the accessibility bus gives them to Orca, one per
 * line, "ROLE<TAB>NAME<TAB>WHERE", where WHERE names the window and the
 * nearest named ancestors.  Only what is on screen: a node GTK does not
 * call visible is left out with everything under it.
 *
 * A program of its own: a process cannot read its own tree over the bus
 * while it waits for the answer. */

static const char * const control_roles[] = {
  "push button", "toggle button", "check box", "radio button", "text",
  "password text", "spin button", "combo box", "slider", "link", "switch",
  "menu item", "page tab", "entry", "list item",
};

static gboolean
is_control (const char *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (control_roles); i++)
    if (g_strcmp0 (role, control_roles[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Tabs and line breaks would split a line of the output. */
static char *
one_line (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  g_strdelimit (copy, "\t\n\r", ' ');
  return copy;
}

static char *
label_text (AtspiAccessible *node)
{
  int n = atspi_accessible_get_child_count (node, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);
      g_autofree char *role = child != NULL ? atspi_accessible_get_role_name (child, NULL) : NULL;
      g_autofree char *text = NULL;

      if (child == NULL)
        continue;
      text = g_strcmp0 (role, "label") == 0 ? atspi_accessible_get_name (child, NULL) : label_text (child);
      if (text != NULL && text[0] != '\0')
        return g_steal_pointer (&text);
    }

  return g_strdup ("");
}

static void
walk (AtspiAccessible *node,
      const char      *where,
      guint            depth)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *here = NULL;
  int n;

  if (depth > 0 && !atspi_state_set_contains (states, ATSPI_STATE_VISIBLE))
    return;

  name = atspi_accessible_get_name (node, &error);
  role = atspi_accessible_get_role_name (node, NULL);
  if (name == NULL)
    name = g_strdup ("");

  /* Orca reads a list item without a name by the labels in it. */
  if (name[0] == '\0' && g_strcmp0 (role, "list item") == 0)
    {
      g_free (name);
      name = label_text (node);
    }

  if (is_control (role))
    {
      g_autofree char *shown = one_line (name);

      /* As UTF-8, whatever the locale: g_print() would turn Khmer
       * into question marks in C.UTF-8's absence. */
      printf ("%s\t%s\t%s\n", role, shown, where);
    }

  here = name[0] != '\0' && !is_control (role) && depth < 64
         ? g_strdup_printf ("%s › %s", where, name) : g_strdup (where);
  n = atspi_accessible_get_child_count (node, NULL);
  for (int i = 0; i < n && depth < 200; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        walk (child, here, depth + 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AtspiAccessible) desktop = NULL;
  int pid;
  gboolean found = FALSE;

  if (argc != 2)
    {
      g_printerr ("usage: entente-atspi-names PID\n");
      return 2;
    }
  pid = atoi (argv[1]);

  if (atspi_init () < 0)
    {
      g_printerr ("entente-atspi-names: the accessibility bus is not there\n");
      return 2;
    }

  desktop = atspi_get_desktop (0);
  for (int i = 0, n = atspi_accessible_get_child_count (desktop, NULL); i < n; i++)
    {
      g_autoptr(AtspiAccessible) app = atspi_accessible_get_child_at_index (desktop, i, NULL);

      if (app != NULL && (int) atspi_accessible_get_process_id (app, NULL) == pid)
        {
          found = TRUE;
          for (int j = 0, m = atspi_accessible_get_child_count (app, NULL); j < m; j++)
            {
              g_autoptr(AtspiAccessible) window = atspi_accessible_get_child_at_index (app, j, NULL);
              g_autofree char *title = window != NULL ? atspi_accessible_get_name (window, NULL) : NULL;

              if (window != NULL)
                walk (window, title != NULL ? title : "", 0);
            }
        }
    }

  if (!found)
    {
      g_printerr ("entente-atspi-names: no application with process id %d on the accessibility bus\n", pid);
      return 1;
    }

  return 0;
}
