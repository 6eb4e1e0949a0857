/* entente-templates.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "entente-document.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  const char *title;        /* N_() */
  const char *description;  /* N_(), one line */
} EntenteTemplate;

const EntenteTemplate *entente_templates_get       (guint           *n_templates);
char                  *entente_template_describe_setup (EntenteDocument *document);

G_END_DECLS
