/* entente-document-locale.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-document-locale.h"

/* The document, not the machine, decides how it reads: an export writes
 * in the document's language, unless whoever asked for the export chose
 * another (`entente-cli export --language`) by putting that language in
 * force first. */

static GMutex locales_lock;
static GHashTable *locales; /* tag → EntenteLocale, for the program's life */

/**
 * entente_document_get_locale:
 *
 * Returns: (transfer none): how @document's language writes; one per
 *   language for the program's life, so catalogues are read once
 */
EntenteLocale *
entente_document_get_locale (EntenteDocument *document)
{
  g_autofree char *tag = NULL;
  EntenteLocale *locale;
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  /* Tags are told apart without regard to case: "KM" is "km". */
  tag = g_ascii_strdown (entente_document_get_language (document), -1);
  locker = g_mutex_locker_new (&locales_lock);
  if (locales == NULL)
    locales = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) entente_locale_unref);
  locale = g_hash_table_lookup (locales, tag);
  if (locale == NULL)
    {
      locale = entente_locale_new (tag);
      g_hash_table_insert (locales, g_strdup (tag), locale);
    }
  return locale;
}

/**
 * entente_document_locale_scope_enter:
 *
 * Puts @document's language in force on this thread, unless a
 * document's language is in force already: the caller's choice wins.
 *
 * Returns: (transfer full) (nullable): the scope to leave, or %NULL
 */
EntenteLocaleScope *
entente_document_locale_scope_enter (EntenteDocument *document)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);

  if (!entente_locale_is_interface (entente_locale_get_default ()))
    return NULL;
  return entente_locale_scope_enter (entente_document_get_locale (document));
}
