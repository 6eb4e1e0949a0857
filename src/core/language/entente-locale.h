/* entente-locale.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The way one language writes: its words (a gettext catalogue), its
 * digit grouping and decimal mark, its month names.  Either the
 * interface's (the process's locale and gettext) or a document's (a
 * language tag, whatever the machine runs in). */
typedef struct _EntenteLocale EntenteLocale;

#define ENTENTE_TYPE_LOCALE (entente_locale_get_type ())

GType          entente_locale_get_type           (void) G_GNUC_CONST;
EntenteLocale *entente_locale_new                (const char    *tag);
EntenteLocale *entente_locale_get_interface      (void);
EntenteLocale *entente_locale_get_default        (void);
EntenteLocale *entente_locale_ref                (EntenteLocale *self);
void           entente_locale_unref              (EntenteLocale *self);

const char    *entente_locale_get_tag            (EntenteLocale *self);
gboolean       entente_locale_is_interface       (EntenteLocale *self);
gboolean       entente_locale_is_translated      (EntenteLocale *self);
const char    *entente_locale_get_decimal_mark   (EntenteLocale *self);
const char    *entente_locale_get_group_mark     (EntenteLocale *self);
const char    *entente_locale_get_grouping       (EntenteLocale *self);
const char    *entente_locale_get_month_name     (EntenteLocale *self,
                                                  GDateMonth     month);
const char    *entente_locale_get_month_abbreviation
                                                 (EntenteLocale *self,
                                                  GDateMonth     month);

const char    *entente_locale_gettext            (EntenteLocale *self,
                                                  const char    *msgid) G_GNUC_FORMAT (2);
const char    *entente_locale_pgettext           (EntenteLocale *self,
                                                  const char    *context_msgid,
                                                  gsize          context_length) G_GNUC_FORMAT (2);
const char    *entente_locale_ngettext           (EntenteLocale *self,
                                                  const char    *msgid,
                                                  const char    *msgid_plural,
                                                  gulong         n) G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);

void           entente_locale_push_thread_default (EntenteLocale *self);
void           entente_locale_pop_thread_default  (EntenteLocale *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteLocale, entente_locale_unref)

/* In force until the end of the scope: `g_autoptr (EntenteLocaleScope)
 * scope = entente_locale_scope_enter (locale);`.  A %NULL locale leaves
 * the one in force. */
typedef EntenteLocale EntenteLocaleScope;

EntenteLocaleScope *entente_locale_scope_enter (EntenteLocale      *locale);
void                entente_locale_scope_leave (EntenteLocaleScope *scope);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteLocaleScope, entente_locale_scope_leave)

G_END_DECLS
