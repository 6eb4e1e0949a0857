/* entente-language.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-item.h"

G_BEGIN_DECLS

/* The language of a document that neither says nor shows another. */
#define ENTENTE_LANGUAGE_DEFAULT "en"

/* The longest tag a file may hold. */
#define ENTENTE_LANGUAGE_TAG_MAX_LENGTH 64

/**
 * EntenteLanguage:
 * @tag: its BCP 47 tag, such as "km"
 * @name: its name in its own language, such as "ខ្មែរ", the same in every
 *   interface language so that a reader finds their own
 *
 * A language people are offered for a document.
 */
typedef struct
{
  const char *tag;
  const char *name;
} EntenteLanguage;

gboolean               entente_language_tag_is_valid   (const char  *tag);
gboolean               entente_language_tag_equal      (const char  *a,
                                                        const char  *b);
const EntenteLanguage *entente_language_get_offered    (guint       *n_languages);
const EntenteLanguage *entente_language_find_offered   (const char  *tag);
char                  *entente_language_dup_name       (const char  *tag);
const char            *entente_language_detect_text    (const char  *text);
const char            *entente_language_detect_item    (EntenteItem *item);
char                  *entente_language_from_catalogue (const char  *domain);

G_END_DECLS
