/* entente-field.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a value is, which decides its GParamSpec, its spelling in the file
 * and how it is compared.  Each kind's rules live in entente-value.c. */
typedef enum
{
  ENTENTE_VALUE_STRING,      /* free text */
  ENTENTE_VALUE_ID,          /* a stable identifier: letters, digits, - _ . */
  ENTENTE_VALUE_REF,         /* the id of a party or stage, see the REF flags */
  ENTENTE_VALUE_INT,
  ENTENTE_VALUE_DECIMAL,     /* money and other amounts, no exponent */
  ENTENTE_VALUE_RATE,        /* a fraction in (0, 1] */
  ENTENTE_VALUE_BOOLEAN,
  ENTENTE_VALUE_ENUM,
  ENTENTE_VALUE_FLAGS,       /* space-separated nicks */
  ENTENTE_VALUE_DATE,        /* YYYY-MM-DD, a GDate */
  ENTENTE_VALUE_DATETIME,    /* ISO 8601 with offset, a GDateTime */
  ENTENTE_VALUE_DURATION,    /* ISO 8601, an EntenteDuration */
  ENTENTE_VALUE_TIME,        /* HH:MM, minutes since midnight */
  ENTENTE_VALUE_CURRENCY,    /* ISO 4217 code */
  ENTENTE_VALUE_TIMEZONE,    /* IANA zone name */
  ENTENTE_VALUE_LANGUAGE,    /* BCP 47 language tag, see entente-language.c */
  ENTENTE_VALUE_STRV,        /* a list of <item> strings */
  ENTENTE_VALUE_LIST,        /* a GListModel of EntenteItems */
  ENTENTE_VALUE_OBJECT,      /* one child EntenteItem */
} EntenteValueKind;

typedef enum
{
  ENTENTE_FIELD_REQUIRED     = 1 << 0, /* must be present in the file */
  ENTENTE_FIELD_ALWAYS       = 1 << 1, /* written even when it has its default */
  ENTENTE_FIELD_KEY          = 1 << 2, /* unique among the items of its list */
  ENTENTE_FIELD_REF_PARTY    = 1 << 3,
  ENTENTE_FIELD_REF_STAGE    = 1 << 4,
  ENTENTE_FIELD_NON_NEGATIVE = 1 << 5,
  ENTENTE_FIELD_TITLE        = 1 << 6, /* names the item in lists and messages */
  ENTENTE_FIELD_NOT_CONTENT  = 1 << 7, /* kept in the file, not part of what is signed */
  ENTENTE_FIELD_MONEY        = 1 << 8, /* an amount in the document's currency */
  ENTENTE_FIELD_CHANNELS     = 1 << 9, /* ways to reach someone: "phone", "email" read as words */
  ENTENTE_FIELD_UNION        = 1 << 10, /* a merge keeps every item of either side, never a conflict */
  ENTENTE_FIELD_PUBLIC_KEY   = 1 << 11, /* base64 of an Ed25519 public key, a point of the curve */
  ENTENTE_FIELD_SIGNATURE    = 1 << 12, /* base64 of an Ed25519 signature */
  ENTENTE_FIELD_DAY_END      = 1 << 13, /* a closing time, which may be 24:00 */
  ENTENTE_FIELD_PARAGRAPH    = 1 << 14, /* text people write as paragraphs rather than as a name */
  ENTENTE_FIELD_MAY_BE_UNKNOWN = 1 << 15, /* a count the file may leave out: -1 then, and 0 is written */
  ENTENTE_FIELD_MONTH        = 1 << 16, /* a month, YYYY-MM */
} EntenteFieldFlags;

/* One value of an item and where it lives in the XML: an attribute or the
 * text of the item's own element (element == NULL), or an attribute or the
 * text of a child element.  Consecutive fields that name the same child
 * element share it, as in <company-size min="50" max="500"/>. */
typedef struct
{
  const char        *name;          /* GObject property name */
  EntenteValueKind   kind;
  const char        *element;       /* child element, or NULL */
  const char        *attribute;     /* attribute, or NULL for text content */
  GType            (*get_type) (void); /* enum, flags or item type */
  const char        *item_element;  /* element of each LIST/STRV entry */
  EntenteFieldFlags  flags;
  const char        *label;         /* N_(), what people call it */
} EntenteField;

G_END_DECLS
