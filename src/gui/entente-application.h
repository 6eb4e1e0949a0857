/* entente-application.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_APPLICATION (entente_application_get_type ())

G_DECLARE_FINAL_TYPE (EntenteApplication, entente_application, ENTENTE, APPLICATION, AdwApplication)

EntenteApplication *entente_application_new            (void);
EntenteDocument    *entente_application_load_template  (const char         *id,
                                                        GError            **error);
GtkWindow          *entente_application_open_document  (EntenteApplication *self,
                                                        EntenteDocument    *document,
                                                        const char         *draft_id);
void                entente_application_open_file      (EntenteApplication *self,
                                                        GFile              *file);
void                entente_application_offer_drafts   (EntenteApplication *self);

G_END_DECLS
