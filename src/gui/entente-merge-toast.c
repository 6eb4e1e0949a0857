/* entente-merge-toast.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-diff.h"
#include "entente-merge-toast.h"

/* What a merge brought into the open document, said in one toast: the
 * change itself when there is one, else how many, and how many conflicts
 * are left to resolve.  Each count has its own plural: "1 conflicts"
 * read wrong.  Every sentence is written out whole, for translators. */

static char *
count_part (EntenteMergeSource source,
            guint              n)
{
  switch (source)
    {
    case ENTENTE_MERGE_FROM_COPY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Merged %u change from the copy",
                                           "Merged %u changes from the copy", n), n);
    case ENTENTE_MERGE_FROM_DRAFT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Restored your draft with %u change saved since",
                                           "Restored your draft with %u changes saved since", n), n);
    case ENTENTE_MERGE_FROM_DISK:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Merged %u change saved elsewhere",
                                           "Merged %u changes saved elsewhere", n), n);
    }
}

static char *
one_change (EntenteMergeSource  source,
            const char         *change)
{
  switch (source)
    {
    case ENTENTE_MERGE_FROM_COPY:
      /* Translators: %s says the change, "Goals: revenue 250,000 → 300,000" */
      return g_strdup_printf (_("Merged a change from the copy: %s"), change);
    case ENTENTE_MERGE_FROM_DRAFT:
      /* Translators: %s says the change, "Goals: revenue 250,000 → 300,000" */
      return g_strdup_printf (_("Restored your draft with a change saved since: %s"), change);
    case ENTENTE_MERGE_FROM_DISK:
    default:
      return g_strdup_printf (_("Merged a change saved elsewhere: %s"), change);
    }
}

static char *
many_changes (EntenteMergeSource source,
              guint              n)
{
  switch (source)
    {
    case ENTENTE_MERGE_FROM_COPY:
      if (n == 0)
        return g_strdup (_("The copy has no changes that yours does not have."));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Merged %u change from the copy with yours.",
                                           "Merged %u changes from the copy with yours.", n), n);
    case ENTENTE_MERGE_FROM_DRAFT:
      if (n == 0)
        return g_strdup (_("Restored your draft; nobody saved the file since."));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Restored your draft with %u change saved since.",
                                           "Restored your draft with %u changes saved since.", n), n);
    case ENTENTE_MERGE_FROM_DISK:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Merged %u change saved elsewhere with yours.",
                                           "Merged %u changes saved elsewhere with yours.", n), n);
    }
}

/**
 * entente_merge_toast_text:
 * @incoming: (element-type EntenteChange): what the merge brought in
 * @n_conflicts: the conflicts it left
 *
 * Returns: (transfer full): a sentence for a toast
 */
char *
entente_merge_toast_text (EntenteMergeSource  source,
                          GPtrArray          *incoming,
                          guint               n_conflicts)
{
  g_return_val_if_fail (incoming != NULL, NULL);

  if (n_conflicts > 0)
    {
      g_autofree char *merged_part = count_part (source, incoming->len);
      g_autofree char *conflict_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                     "%u conflict to resolve",
                                                                     "%u conflicts to resolve",
                                                                     n_conflicts),
                                                        n_conflicts);

      /* Translators: what a merge brought in, then what is left to
       * resolve: "Merged 2 changes saved elsewhere; 1 conflict to
       * resolve." */
      return g_strdup_printf (_("%s; %s."), merged_part, conflict_part);
    }

  if (incoming->len == 1)
    return one_change (source, ((EntenteChange *) g_ptr_array_index (incoming, 0))->message);

  return many_changes (source, incoming->len);
}
