/* entente-gettext.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Core and render speak in the language in force on their thread, not
 * always the process's: an export of a Khmer agreement reads in Khmer on
 * a German machine.  Their files include this instead of
 * <glib/gi18n-lib.h>; the markers stay the ones xgettext knows. */

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-locale.h"

#undef _
#define _(String) entente_locale_gettext (NULL, (String))

#undef C_
#define C_(Context, String) \
  entente_locale_pgettext (NULL, Context "\004" String, strlen (Context) + 1)

#undef ngettext
#define ngettext(Msgid, Msgid_plural, N) \
  entente_locale_ngettext (NULL, (Msgid), (Msgid_plural), (N))
