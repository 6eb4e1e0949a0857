/* entente-document-limits.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-gettext.h"
#include "entente-document-limits.h"
#include "entente-error.h"
#include "entente-format.h"
#include "entente-item.h"
#include "entente-markup-scan.h"

static guint
count_items (EntenteItem *item)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);
  guint n = 0;

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == ENTENTE_VALUE_LIST)
      {
        GListModel *list = entente_item_get_list (item, i);
        guint n_list = g_list_model_get_n_items (list);

        n += n_list;
        for (guint j = 0; j < n_list; j++)
          {
            g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);

            n += count_items (child);
          }
      }
    else if (klass->fields[i].kind == ENTENTE_VALUE_OBJECT)
      n += count_items (entente_item_get_child (item, i));

  return n;
}

/**
 * entente_document_check_limits:
 * @root: the document
 * @bytes: what the writer made of it
 *
 * Whether the loader will read @bytes back: a merge may add conflicts to
 * an agreement at its limits, and a file that cannot be opened again is
 * worse than a save that fails and leaves the file as it was.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
entente_document_check_limits (EntenteItem  *root,
                               GBytes       *bytes,
                               GError      **error)
{
  gsize size = g_bytes_get_size (bytes);
  guint n_elements, n_attributes;

  if (size > ENTENTE_DOCUMENT_MAX_SIZE)
    {
      g_autofree char *figure = g_format_size (size);
      g_autofree char *limit = g_format_size (ENTENTE_DOCUMENT_MAX_SIZE);

      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("The agreement would be %s, and Entente reads at most %s: it is not written, so that the file stays readable."),
                   figure, limit);
      return FALSE;
    }

  entente_markup_count (g_bytes_get_data (bytes, NULL), size, &n_elements, &n_attributes);
  if (n_elements > ENTENTE_DOCUMENT_MAX_ELEMENTS)
    {
      g_autofree char *limit = entente_format_count (NULL, ENTENTE_DOCUMENT_MAX_ELEMENTS);

      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("The agreement would have more than %s elements, and Entente reads at most %s: it is not written, so that the file stays readable."),
                   limit, limit);
      return FALSE;
    }

  if (n_attributes > ENTENTE_DOCUMENT_MAX_ALL_ATTRIBUTES)
    {
      g_autofree char *limit = entente_format_count (NULL, ENTENTE_DOCUMENT_MAX_ALL_ATTRIBUTES);

      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("The agreement would have more than %s attributes, and Entente reads at most %s: it is not written, so that the file stays readable."),
                   limit, limit);
      return FALSE;
    }

  if (count_items (root) > ENTENTE_DOCUMENT_MAX_ITEMS)
    {
      g_autofree char *limit = entente_format_count (NULL, ENTENTE_DOCUMENT_MAX_ITEMS);

      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("The agreement would hold more than %s items, and Entente reads at most %s: it is not written, so that the file stays readable."),
                   limit, limit);
      return FALSE;
    }

  return TRUE;
}
