/* entente-enum-labels.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-enum-labels.h"
#include "entente-enums.h"

/* What people read for each value of the format's enumerations, in the
 * window and in every export; the file keeps the nick. */

/* A label that reads differently in another place of the interface has a
 * context, so that translators can tell them apart. */
static const struct {
  const char *type;
  const char *nick;
  const char *label;
  const char *context;
} labels[] = {
  { "EntentePartyKind", "marketing", N_("Marketing") },
  { "EntentePartyKind", "sales-development", N_("Sales development") },
  { "EntentePartyKind", "sales", N_("Sales") },
  { "EntentePartyKind", "marketing-operations", N_("Marketing operations") },
  { "EntentePartyKind", "customer-success", N_("Customer success") },
  { "EntentePartyKind", "other", N_("Other") },
  { "EntenteSeniority", "unset", N_("Not set") },
  /* Translators: the seniority of a business owner, not of a record's owner */
  { "EntenteSeniority", "owner", NC_("seniority", "Owner"), "seniority" },
  { "EntenteSeniority", "executive", N_("Executive") },
  { "EntenteSeniority", "vp", N_("Vice president") },
  { "EntenteSeniority", "director", N_("Director") },
  { "EntenteSeniority", "manager", N_("Manager") },
  { "EntenteSeniority", "individual", N_("Individual contributor") },
  { "EntenteCriterionKind", "fit", N_("Fit") },
  { "EntenteCriterionKind", "engagement", N_("Engagement") },
  { "EntenteCriterionKind", "negative", N_("Negative") },
  { "EntenteRouting", "unset", N_("Not set") },
  { "EntenteRouting", "round-robin", N_("Round robin") },
  { "EntenteRouting", "territory", N_("By territory") },
  { "EntenteRouting", "account-owner", N_("To the account owner") },
  { "EntenteRouting", "manual", N_("Manual") },
  { "EntentePeriod", "month", N_("Month") },
  { "EntentePeriod", "week", N_("Week") },
  { "EntentePeriod", "quarter", N_("Quarter") },
  { "EntentePeriod", "year", N_("Year") },
  /* Translators: how bad a problem is, before its sentence, as compilers
   * write “file: warning: …” */
  { "EntenteSeverity", "error", NC_("severity", "error"), "severity" },
  { "EntenteSeverity", "warning", NC_("severity", "warning"), "severity" },
  { "EntenteSeverity", "suggestion", NC_("severity", "suggestion"), "severity" },
  { "EntenteCadence", "monthly", N_("Monthly") },
  { "EntenteCadence", "weekly", N_("Weekly") },
  { "EntenteCadence", "biweekly", N_("Every two weeks") },
  { "EntenteCadence", "quarterly", N_("Quarterly") },
};

/**
 * entente_enum_label:
 *
 * Returns: the translated label of @value of the enumeration @type
 */
const char *
entente_enum_label (GType type,
                    int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* A value no table knows (from a newer format) reads as nothing. */
  if (v == NULL)
    return "";

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].type, g_type_name (type)) && g_str_equal (labels[i].nick, v->value_nick))
      {
        g_autofree char *key = NULL;

        if (labels[i].context == NULL)
          return _(labels[i].label);
        /* Interned: a label lives as long as the program. */
        key = g_strconcat (labels[i].context, "\004", labels[i].label, NULL);
        return entente_locale_pgettext (NULL, g_intern_string (key), strlen (labels[i].context) + 1);
      }

  return v->value_nick;
}
