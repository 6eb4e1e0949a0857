/* entente-document-locale.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-document.h"
#include "entente-locale.h"

G_BEGIN_DECLS

EntenteLocale      *entente_document_get_locale         (EntenteDocument *document);
EntenteLocaleScope *entente_document_locale_scope_enter (EntenteDocument *document);

G_END_DECLS
