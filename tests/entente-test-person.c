/* entente-test-person.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "entente-item-private.h"
#include "entente-value.h"

/* One person's Entente, for tests that play several: run with that
 * person's $XDG_DATA_HOME, it opens a file as the window does (keeping
 * the version in the person's store) and saves one edit to it.
 *
 *   entente-test-person set FILE meta|goals FIELD VALUE
 *   entente-test-person target FILE STAGE COUNT
 *   entente-test-person open FILE
 */

static EntenteDocument *
open_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);
  EntenteDocument *doc;

  g_assert_no_error (error);
  doc = entente_document_new_from_bytes (bytes, "person.entente", &error);
  g_assert_no_error (error);
  entente_document_set_file (doc, file, NULL);
  entente_version_store_keep_opened (doc);

  return doc;
}

static void
set_field (EntenteItem *item,
           const char  *name,
           const char  *text)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      {
        g_auto(GValue) value = G_VALUE_INIT;
        g_autofree char *problem = NULL;

        entente_value_init (&klass->fields[i], &value);
        if (!entente_value_parse (&klass->fields[i], text, &value, &problem))
          g_error ("%s: %s", name, problem);
        g_object_set_property (G_OBJECT (item), name, &value);
        return;
      }

  g_error ("no field %s", name);
}

static void
set_target (EntenteDocument *doc,
            const char      *stage,
            const char      *count)
{
  GListModel *targets = entente_item_get_list (ENTENTE_ITEM (entente_document_get_goals (doc)),
                                               ENTENTE_GOALS_FIELD_TARGETS);

  for (guint i = 0, n = g_list_model_get_n_items (targets); i < n; i++)
    {
      g_autoptr(EntenteItem) target = g_list_model_get_item (targets, i);

      if (g_strcmp0 (entente_item_get_string (target, ENTENTE_TARGET_FIELD_STAGE), stage) == 0)
        {
          set_field (target, "count", count);
          return;
        }
    }

  g_error ("no target for %s", stage);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(EntenteDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  entente_i18n_init ();
  if (argc < 3)
    g_error ("usage: entente-test-person open|set|target FILE …");

  file = g_file_new_for_commandline_arg (argv[2]);
  doc = open_file (file);

  if (g_str_equal (argv[1], "set") && argc == 6)
    set_field (g_str_equal (argv[3], "meta") ? ENTENTE_ITEM (entente_document_get_meta (doc))
                                             : ENTENTE_ITEM (entente_document_get_goals (doc)),
               argv[4], argv[5]);
  else if (g_str_equal (argv[1], "target") && argc == 5)
    set_target (doc, argv[3], argv[4]);
  else if (!g_str_equal (argv[1], "open"))
    g_error ("unknown command %s", argv[1]);

  if (entente_document_get_modified (doc) && !entente_document_save (doc, NULL, NULL, &error))
    g_error ("%s", error->message);

  return 0;
}
