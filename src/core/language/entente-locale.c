/* entente-locale.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>
#include <string.h>

#include "entente-catalog.h"
#include "entente-i18n.h"
#include "entente-locale.h"

/* Where a language's conventions come from.
 *
 * The window writes the way the user's locale does, and speaks through
 * gettext.  An export writes the way its document's language does,
 * whatever the machine: the conventions come from glibc's locale
 * database (newlocale() and nl_langinfo_l(), nothing process-wide is
 * touched) when the matching locale is installed, and from the built-in
 * table below for English and Khmer when it is not; the words come from
 * that language's catalogue, read by entente-catalog.c.
 *
 * Code that formats for people does not choose: it asks for the locale
 * in force on its thread (entente_locale_get_default()), which an export
 * sets for as long as it runs, and which is the interface's otherwise. */

struct _EntenteLocale
{
  gatomicrefcount  ref_count;
  char            *tag;
  char            *interface_names[3]; /* the locales it was made for */
  gboolean         interface;   /* words through gettext */
  EntenteCatalog  *catalog;     /* a document's words, or NULL for English */
  char            *decimal_mark;
  char            *group_mark;
  char            *grouping;    /* as in struct lconv: sizes of the groups */
  char            *months[12];
  char            *month_abbreviations[12];
};

G_DEFINE_BOXED_TYPE (EntenteLocale, entente_locale, entente_locale_ref, entente_locale_unref)

static const char * const english_months[12] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

static const char * const english_abbreviations[12] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* As CLDR and glibc's km_KH write them.  glibc abbreviates Khmer months
 * to their numbers (១ … ១២), which reads as a number beside the day's;
 * the names are short, so the short form is the name. */
static const char * const khmer_months[12] = {
  "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា",
  "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ",
};

/* The locale that writes a language when the tag names no region. */
static const struct {
  const char *language;
  const char *locale;
} default_regions[] = {
  { "en", "en_US" }, { "km", "km_KH" }, { "de", "de_DE" }, { "fr", "fr_FR" },
  { "es", "es_ES" }, { "pt", "pt_PT" }, { "it", "it_IT" }, { "nl", "nl_NL" },
  { "ja", "ja_JP" }, { "zh", "zh_CN" }, { "ko", "ko_KR" }, { "th", "th_TH" },
  { "vi", "vi_VN" }, { "ru", "ru_RU" }, { "pl", "pl_PL" }, { "sv", "sv_SE" },
};

static char *
primary_language (const char *tag)
{
  gsize length = strcspn (tag, "-_.@");

  return g_ascii_strdown (tag, length);
}

static char *
region_of (const char *tag)
{
  /* The first subtag of two letters after the language: "de-CH", "zh-Hant-TW". */
  g_auto(GStrv) subtags = g_strsplit_set (tag, "-_", -1);

  for (guint i = 1; subtags[i] != NULL; i++)
    if (strlen (subtags[i]) == 2 && g_ascii_isalpha (subtags[i][0]) && g_ascii_isalpha (subtags[i][1]))
      return g_ascii_strup (subtags[i], -1);
  return NULL;
}

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX") ||
         g_str_has_prefix (name, "C.");
}

static void
set_english (EntenteLocale *self)
{
  self->decimal_mark = g_strdup (".");
  self->group_mark = g_strdup (",");
  self->grouping = g_strdup ("\3");
  for (guint i = 0; i < 12; i++)
    {
      self->months[i] = g_strdup (english_months[i]);
      self->month_abbreviations[i] = g_strdup (english_abbreviations[i]);
    }
}

static void
set_numbers_from (EntenteLocale *self,
                  const char    *decimal_mark,
                  const char    *group_mark,
                  const char    *grouping)
{
  g_free (self->decimal_mark);
  g_free (self->group_mark);
  g_free (self->grouping);
  self->decimal_mark = g_strdup (decimal_mark && *decimal_mark ? decimal_mark : ".");
  self->group_mark = g_strdup (group_mark ? group_mark : "");
  /* glibc says "no grouping" as an empty string or CHAR_MAX (-1). */
  self->grouping = g_strdup (grouping && *grouping > 0 && *grouping != (char) -1 ? grouping : "");
}

static void
set_months_from (EntenteLocale *self,
                 locale_t       locale)
{
  for (guint i = 0; i < 12; i++)
    {
      g_free (self->months[i]);
      g_free (self->month_abbreviations[i]);
      self->months[i] = g_strdup (nl_langinfo_l (MON_1 + i, locale));
      self->month_abbreviations[i] = g_strdup (nl_langinfo_l (ABMON_1 + i, locale));
    }
}

static gboolean
is_khmer (const char *tag)
{
  g_autofree char *language = primary_language (tag);

  return g_str_equal (language, "km");
}

static void
set_khmer_months (EntenteLocale *self)
{
  for (guint i = 0; i < 12; i++)
    {
      g_free (self->months[i]);
      g_free (self->month_abbreviations[i]);
      self->months[i] = g_strdup (khmer_months[i]);
      self->month_abbreviations[i] = g_strdup (khmer_months[i]);
    }
}

/* glibc's locale for @tag, trying the tag's own region first, then the
 * language's usual one; (locale_t) 0 when none is installed. */
static locale_t
open_glibc_locale (const char *tag)
{
  g_autofree char *language = primary_language (tag);
  g_autofree char *region = region_of (tag);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (region != NULL)
    g_ptr_array_add (names, g_strdup_printf ("%s_%s.UTF-8", language, region));
  for (guint i = 0; i < G_N_ELEMENTS (default_regions); i++)
    if (g_str_equal (default_regions[i].language, language))
      g_ptr_array_add (names, g_strdup_printf ("%s.UTF-8", default_regions[i].locale));
  g_ptr_array_add (names, g_strdup_printf ("%s_%c%c.UTF-8", language,
                                           g_ascii_toupper (language[0]),
                                           language[0] ? g_ascii_toupper (language[1]) : '\0'));

  for (guint i = 0; i < names->len; i++)
    {
      locale_t locale = newlocale (LC_NUMERIC_MASK | LC_TIME_MASK, g_ptr_array_index (names, i), (locale_t) 0);

      if (locale != (locale_t) 0)
        return locale;
    }
  return (locale_t) 0;
}

/* The catalogue that holds @tag's words, or NULL for English or a
 * language Entente is not translated into. */
static char *
find_catalogue (const char *tag)
{
  g_autofree char *language = primary_language (tag);
  g_autofree char *region = region_of (tag);
  const char *localedir = entente_i18n_get_localedir ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  /* English is what the sources are written in. */
  if (g_str_equal (language, "en"))
    return NULL;

  if (region != NULL)
    g_ptr_array_add (names, g_strdup_printf ("%s_%s", language, region));
  g_ptr_array_add (names, g_strdup (language));

  for (guint i = 0; i < names->len; i++)
    {
      char *path = g_build_filename (localedir, g_ptr_array_index (names, i),
                                     "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return path;
      g_free (path);
    }
  return NULL;
}

static EntenteCatalog *
open_catalog (const char *tag)
{
  g_autofree char *path = find_catalogue (tag);

  return path != NULL ? entente_catalog_new_from_file (path, NULL) : NULL;
}

/* Month names are words: they come from the locale only when the
 * sentences around them are in its language, so that an English
 * sentence never says "1 Januar 2027". */
static gboolean
speaks (const char *words_tag,
        const char *locale_name)
{
  g_autofree char *words = primary_language (words_tag);
  g_autofree char *locale = primary_language (locale_name);

  return g_str_equal (words, locale);
}

/**
 * entente_locale_new:
 * @tag: a BCP 47 language tag: "en", "km", "de-CH"
 *
 * Returns: (transfer full): how @tag's language writes, independent of
 *   the process's locale
 */
EntenteLocale *
entente_locale_new (const char *tag)
{
  EntenteLocale *self;
  locale_t locale;

  g_return_val_if_fail (tag != NULL, NULL);

  self = g_new0 (EntenteLocale, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->tag = g_strdup (*tag != '\0' ? tag : "en");
  self->catalog = open_catalog (self->tag);

  set_english (self);
  locale = open_glibc_locale (self->tag);
  if (locale != (locale_t) 0)
    {
      set_numbers_from (self, nl_langinfo_l (RADIXCHAR, locale), nl_langinfo_l (THOUSEP, locale),
                        nl_langinfo_l (GROUPING, locale));
      if (self->catalog != NULL)
        set_months_from (self, locale);
      freelocale (locale);
    }
  if (is_khmer (self->tag) && self->catalog != NULL)
    set_khmer_months (self);

  return self;
}

/* The interface: the process's locale as it is now.  Tests and tools
 * switch it with setlocale(), so the one made last is kept until the
 * locale's name changes, and earlier ones live on for whoever holds
 * them. */

static GMutex interface_lock;
static GPtrArray *interface_locales;

static char *
tag_from_locale_name (const char *name)
{
  g_autofree char *tag = NULL;

  if (is_c_locale (name))
    return g_strdup ("en");
  tag = g_strndup (name, strcspn (name, ".@"));
  g_strdelimit (tag, "_", '-');
  return g_steal_pointer (&tag);
}

/* The language gettext answers the window in: the first of LANGUAGE's
 * that Entente is translated into (gettext ignores LANGUAGE under C),
 * else the messages' locale's, else English. */
static char *
interface_words (const char *messages_name)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *catalogue = NULL;

  if (is_c_locale (messages_name))
    return g_strdup ("en");

  if (language != NULL && *language != '\0')
    {
      g_auto(GStrv) languages = g_strsplit (language, ":", -1);

      for (guint i = 0; languages[i] != NULL; i++)
        {
          g_autofree char *tag = tag_from_locale_name (languages[i]);
          g_autofree char *primary = primary_language (tag);
          g_autofree char *found = NULL;

          if (*tag == '\0')
            continue;
          if (g_str_equal (primary, "en") || (found = find_catalogue (tag)) != NULL)
            return g_steal_pointer (&tag);
        }
    }

  catalogue = find_catalogue (messages_name);
  return catalogue != NULL ? tag_from_locale_name (messages_name) : g_strdup ("en");
}

static EntenteLocale *
interface_new (const char *numeric_name,
               const char *time_name)
{
  EntenteLocale *self = g_new0 (EntenteLocale, 1);
  const struct lconv *conventions = localeconv ();

  g_atomic_ref_count_init (&self->ref_count);
  self->tag = interface_words (setlocale (LC_MESSAGES, NULL));
  self->interface = TRUE;

  /* C has no grouping; a person reading English numbers expects one. */
  set_english (self);
  if (!is_c_locale (numeric_name))
    set_numbers_from (self, conventions->decimal_point, conventions->thousands_sep,
                      conventions->grouping);
  if (!is_c_locale (time_name) && speaks (self->tag, time_name))
    {
      locale_t locale = newlocale (LC_TIME_MASK, time_name, (locale_t) 0);

      if (locale != (locale_t) 0)
        {
          set_months_from (self, locale);
          freelocale (locale);
        }
      if (is_khmer (time_name))
        set_khmer_months (self);
    }
  return self;
}

/**
 * entente_locale_get_interface:
 *
 * Returns: (transfer none): how the window writes: the process's locale
 *   and gettext
 */
EntenteLocale *
entente_locale_get_interface (void)
{
  const char *numeric_name = setlocale (LC_NUMERIC, NULL);
  const char *time_name = setlocale (LC_TIME, NULL);
  const char *messages_name = setlocale (LC_MESSAGES, NULL);
  EntenteLocale *last = NULL;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&interface_lock);

  if (interface_locales == NULL)
    interface_locales = g_ptr_array_new ();
  if (interface_locales->len > 0)
    last = g_ptr_array_index (interface_locales, interface_locales->len - 1);

  /* Asked for every figure shown: compared in place, not joined. */
  if (last == NULL ||
      g_strcmp0 (last->interface_names[0], numeric_name) != 0 ||
      g_strcmp0 (last->interface_names[1], time_name) != 0 ||
      g_strcmp0 (last->interface_names[2], messages_name) != 0)
    {
      last = interface_new (numeric_name, time_name);
      last->interface_names[0] = g_strdup (numeric_name);
      last->interface_names[1] = g_strdup (time_name);
      last->interface_names[2] = g_strdup (messages_name);
      g_ptr_array_add (interface_locales, last);
    }
  return last;
}

/**
 * entente_locale_ref:
 *
 * Returns: (transfer full): @self
 */
EntenteLocale *
entente_locale_ref (EntenteLocale *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
entente_locale_unref (EntenteLocale *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->tag);
  for (guint i = 0; i < G_N_ELEMENTS (self->interface_names); i++)
    g_free (self->interface_names[i]);
  g_clear_pointer (&self->catalog, entente_catalog_free);
  g_free (self->decimal_mark);
  g_free (self->group_mark);
  g_free (self->grouping);
  for (guint i = 0; i < 12; i++)
    {
      g_free (self->months[i]);
      g_free (self->month_abbreviations[i]);
    }
  g_free (self);
}

/**
 * entente_locale_get_tag:
 *
 * Returns: the language tag: the document's, or for the interface the
 *   one of its messages' locale ("en" for C)
 */
const char *
entente_locale_get_tag (EntenteLocale *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->tag;
}

/**
 * entente_locale_is_translated:
 *
 * Returns: whether @self's words are its language's: English, the
 *   interface's, or a language Entente has a catalogue for
 */
gboolean
entente_locale_is_translated (EntenteLocale *self)
{
  g_autofree char *language = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  language = primary_language (self->tag);
  return self->interface || self->catalog != NULL || g_str_equal (language, "en");
}

gboolean
entente_locale_is_interface (EntenteLocale *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->interface;
}

const char *
entente_locale_get_decimal_mark (EntenteLocale *self)
{
  g_return_val_if_fail (self != NULL, ".");

  return self->decimal_mark;
}

const char *
entente_locale_get_group_mark (EntenteLocale *self)
{
  g_return_val_if_fail (self != NULL, "");

  return self->group_mark;
}

/**
 * entente_locale_get_grouping:
 *
 * Returns: the sizes of the digit groups from the right, as in struct
 *   lconv ("\3" for thousands); empty for no grouping
 */
const char *
entente_locale_get_grouping (EntenteLocale *self)
{
  g_return_val_if_fail (self != NULL, "");

  return self->grouping;
}

const char *
entente_locale_get_month_name (EntenteLocale *self,
                               GDateMonth     month)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return self->months[month - 1];
}

const char *
entente_locale_get_month_abbreviation (EntenteLocale *self,
                                       GDateMonth     month)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return self->month_abbreviations[month - 1];
}

/* The locale in force on a thread */

static void
free_stack (gpointer data)
{
  g_slist_free_full (data, (GDestroyNotify) entente_locale_unref);
}

static GPrivate thread_stack = G_PRIVATE_INIT (free_stack);

/* The locale pushed last on this thread, or NULL for the interface. */
static EntenteLocale *
thread_default (void)
{
  GSList *stack = g_private_get (&thread_stack);

  return stack != NULL ? stack->data : NULL;
}

/* Words */

/**
 * entente_locale_gettext:
 * @self: (nullable): a locale, or %NULL for the one in force
 *
 * Returns: @msgid in @self's language
 */
const char *
entente_locale_gettext (EntenteLocale *self,
                        const char    *msgid)
{
  const char *text;

  if (self == NULL)
    self = thread_default ();
  if (self == NULL || self->interface)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  if (self->catalog == NULL || (text = entente_catalog_lookup (self->catalog, msgid)) == NULL)
    return msgid;
  return text;
}

/**
 * entente_locale_pgettext:
 * @self: (nullable): a locale, or %NULL for the one in force
 * @context_msgid: "context\004text"
 * @context_length: the length of the context and its \004
 *
 * Returns: the text in @self's language
 */
const char *
entente_locale_pgettext (EntenteLocale *self,
                         const char    *context_msgid,
                         gsize          context_length)
{
  const char *text;

  if (self == NULL)
    self = thread_default ();
  if (self == NULL || self->interface)
    return g_dpgettext (GETTEXT_PACKAGE, context_msgid, context_length);
  if (self->catalog == NULL || (text = entente_catalog_lookup (self->catalog, context_msgid)) == NULL)
    return context_msgid + context_length;
  return text;
}

/**
 * entente_locale_ngettext:
 * @self: (nullable): a locale, or %NULL for the one in force
 *
 * Returns: the form of @msgid for @n in @self's language
 */
const char *
entente_locale_ngettext (EntenteLocale *self,
                         const char    *msgid,
                         const char    *msgid_plural,
                         gulong         n)
{
  if (self == NULL)
    self = thread_default ();
  if (self == NULL || self->interface)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  if (self->catalog == NULL)
    return n == 1 ? msgid : msgid_plural;
  return entente_catalog_lookup_plural (self->catalog, msgid, msgid_plural, n);
}

/**
 * entente_locale_get_default:
 *
 * Returns: (transfer none): the locale in force on this thread: the one
 *   last pushed, or the interface's
 */
EntenteLocale *
entente_locale_get_default (void)
{
  EntenteLocale *locale = thread_default ();

  return locale != NULL ? locale : entente_locale_get_interface ();
}

void
entente_locale_push_thread_default (EntenteLocale *self)
{
  g_return_if_fail (self != NULL);

  g_private_set (&thread_stack, g_slist_prepend (g_private_get (&thread_stack),
                                                 entente_locale_ref (self)));
}

void
entente_locale_pop_thread_default (EntenteLocale *self)
{
  GSList *stack = g_private_get (&thread_stack);

  g_return_if_fail (stack != NULL && stack->data == self);

  stack = g_slist_delete_link (stack, stack);
  g_private_set (&thread_stack, stack);
  entente_locale_unref (self);
}

/**
 * entente_locale_scope_enter:
 * @locale: (nullable): the locale to put in force
 *
 * Returns: (transfer full) (nullable): the scope, to leave with
 *   entente_locale_scope_leave(), or %NULL when @locale is %NULL
 */
EntenteLocaleScope *
entente_locale_scope_enter (EntenteLocale *locale)
{
  if (locale == NULL)
    return NULL;
  entente_locale_push_thread_default (locale);
  return locale;
}

void
entente_locale_scope_leave (EntenteLocaleScope *scope)
{
  if (scope != NULL)
    entente_locale_pop_thread_default (scope);
}
