/* entente-render-error.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-render-error.h"

G_DEFINE_QUARK (entente-render-error-quark, entente_render_error)

/**
 * entente_render_check_status:
 * @status: what cairo said
 * @work: what was being drawn
 *
 * Turns a cairo failure into a sentence for the person who asked, in the
 * interface's language: an export runs in its document's, but the
 * person reads its errors in theirs.
 *
 * Returns: %TRUE when @status is a success
 */
gboolean
entente_render_check_status (cairo_status_t      status,
                             EntenteRenderWork   work,
                             GError            **error)
{
  g_autoptr(EntenteLocaleScope) scope = NULL;
  const char *reason = cairo_status_to_string (status);
  g_autofree char *message = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  scope = entente_locale_scope_enter (entente_locale_get_interface ());
  switch (work)
    {
    case ENTENTE_RENDER_WORK_REVIEW:
      /* Translators: %s is cairo's reason, in English */
      message = g_strdup_printf (_("The monthly review could not be written as PDF: %s."), reason);
      break;
    case ENTENTE_RENDER_WORK_FUNNEL:
      /* Translators: %s is cairo's reason, in English */
      message = g_strdup_printf (_("The funnel diagram could not be drawn: %s."), reason);
      break;
    case ENTENTE_RENDER_WORK_AGREEMENT:
    default:
      /* Translators: %s is cairo's reason, in English */
      message = g_strdup_printf (_("The agreement could not be written as PDF: %s."), reason);
      break;
    }
  g_set_error_literal (error, ENTENTE_RENDER_ERROR, ENTENTE_RENDER_ERROR_FAILED, message);
  return FALSE;
}
