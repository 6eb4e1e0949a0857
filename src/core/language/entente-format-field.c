/* entente-format-field.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>

#include "entente-format.h"
#include "entente-format-field.h"
#include "entente-item-describe.h"
#include "entente-language.h"
#include "entente-meta.h"
#include "entente-value.h"

/* Any value of the agreement as a sentence shows it: references by the
 * name of what they point at, durations in words, zones by their city,
 * choices by their label, amounts in the document's currency.  The diff,
 * the problems list and the command line's sentences all say a value
 * this way; ids and ISO spellings stay in the file and in --json. */

/* A duration is counted in business time when its element says so, as
 * in <first-response business-hours="true">PT1H</first-response>. */
static gboolean
in_business_time (EntenteItem *item,
                  guint        field)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);
  const char *element = klass->fields[field].element;

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == ENTENTE_VALUE_BOOLEAN &&
        g_strcmp0 (klass->fields[i].element, element) == 0 &&
        g_strcmp0 (klass->fields[i].attribute, "business-hours") == 0)
      return entente_item_get_boolean (item, i);
  return FALSE;
}

static char *
ref_name (EntenteDocument *document,
          const char      *id)
{
  EntenteItem *target = NULL;

  if (document != NULL)
    {
      target = ENTENTE_ITEM (entente_document_find_stage (document, id));
      if (target == NULL)
        target = ENTENTE_ITEM (entente_document_find_party (document, id));
    }
  return target ? entente_item_describe (document, target) : g_strdup (id);
}

/* Where a zone's offset is read: the day the agreement takes effect, so
 * that the same file always reads the same. */
static GDateTime *
zone_moment (EntenteDocument *document)
{
  const GDate *effective = document ? entente_meta_get_effective (entente_document_get_meta (document)) : NULL;

  if (effective == NULL || !g_date_valid (effective))
    return NULL;
  return g_date_time_new_utc (g_date_get_year (effective), g_date_get_month (effective),
                              g_date_get_day (effective), 12, 0, 0);
}

/**
 * entente_format_field:
 * @locale: (nullable): the language to write in, %NULL for the one in force
 * @document: (nullable): resolves references and knows the currency
 * @item: the item that holds the value
 * @field: which of @item's fields
 * @value: (nullable): the value to show, or %NULL for @item's own
 *
 * Returns: (transfer full) (nullable): the value as people read it, or
 *   %NULL when it is not set
 */
char *
entente_format_field (EntenteLocale   *locale,
                      EntenteDocument *document,
                      EntenteItem     *item,
                      guint            field,
                      const GValue    *value)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
  const EntenteField *f;

  g_return_val_if_fail (ENTENTE_IS_ITEM (item), NULL);
  g_return_val_if_fail (field < ENTENTE_ITEM_GET_CLASS (item)->n_fields, NULL);

  f = &ENTENTE_ITEM_GET_CLASS (item)->fields[field];
  if (value == NULL)
    value = entente_item_peek_value (item, field);

  switch (f->kind)
    {
    case ENTENTE_VALUE_STRING:
    case ENTENTE_VALUE_ID:
    case ENTENTE_VALUE_CURRENCY:
      {
        const char *s = g_value_get_string (value);

        return s != NULL && s[0] != '\0' ? g_strdup (s) : NULL;
      }

    case ENTENTE_VALUE_TIMEZONE:
      {
        g_autoptr(GDateTime) at = zone_moment (document);

        return entente_format_timezone (NULL, g_value_get_string (value), at);
      }

    case ENTENTE_VALUE_REF:
      {
        const char *id = g_value_get_string (value);

        return id != NULL && id[0] != '\0' ? ref_name (document, id) : NULL;
      }

    case ENTENTE_VALUE_LANGUAGE:
      {
        const char *tag = g_value_get_string (value);

        return tag != NULL && tag[0] != '\0' ? entente_language_dup_name (tag) : NULL;
      }

    case ENTENTE_VALUE_RATE:
      return g_value_get_double (value) > 0.0 ? entente_format_rate (NULL, g_value_get_double (value)) : NULL;

    case ENTENTE_VALUE_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));

    case ENTENTE_VALUE_ENUM:
      /* The zero of an optional enum is “unset”. */
      if (entente_value_is_default (f, value) && !(f->flags & (ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_ALWAYS)))
        return NULL;
      return g_strdup (entente_format_enum (NULL, G_VALUE_TYPE (value), g_value_get_enum (value)));

    case ENTENTE_VALUE_FLAGS:
      return entente_format_weekdays (NULL, g_value_get_flags (value));

    case ENTENTE_VALUE_INT:
      return entente_format_count (NULL, g_value_get_int (value));

    case ENTENTE_VALUE_DECIMAL:
      if (f->flags & ENTENTE_FIELD_MONEY)
        return entente_format_money (NULL, g_value_get_double (value),
                                     document ? entente_meta_get_currency (entente_document_get_meta (document)) : NULL);
      return entente_format_number (NULL, g_value_get_double (value), 2);

    case ENTENTE_VALUE_DATE:
      return entente_format_date (NULL, g_value_get_boxed (value));

    case ENTENTE_VALUE_DATETIME:
      return g_value_get_boxed (value) ? entente_format_moment (NULL, g_value_get_boxed (value)) : NULL;

    case ENTENTE_VALUE_DURATION:
      return entente_format_duration (NULL, g_value_get_boxed (value), in_business_time (item, field));

    case ENTENTE_VALUE_TIME:
      return entente_format_time (NULL, g_value_get_int (value));

    case ENTENTE_VALUE_STRV:
      {
        const char * const *texts = g_value_get_boxed (value);
        g_autoptr(GPtrArray) words = g_ptr_array_new ();

        if (texts == NULL || texts[0] == NULL)
          return NULL;
        for (guint i = 0; texts[i] != NULL; i++)
          g_ptr_array_add (words, (gpointer) ((f->flags & ENTENTE_FIELD_CHANNELS)
                                              ? entente_format_channel (NULL, texts[i]) : texts[i]));
        g_ptr_array_add (words, NULL);
        /* TRANSLATORS: separates the texts of a list in a sentence */
        return g_strjoinv (C_("list", ", "), (char **) words->pdata);
      }

    case ENTENTE_VALUE_LIST:
    case ENTENTE_VALUE_OBJECT:
    default:
      return NULL;
    }
}
