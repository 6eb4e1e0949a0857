/* entente-meeting-compliance.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-enum-types.h"
#include "entente-item-private.h"
#include "entente-meeting-compliance.h"

/* How one protocol was kept in the month a review meeting recorded: of
 * the records that entered its stage, those first contacted in time,
 * late, never, and those whose first contact came before they entered
 * (left out of the share).  When the export could not tell,
 * not-measured says why (stage-not-mapped, first-contact-not-mapped) and the
 * counts are left out. */

struct _EntenteMeetingCompliance
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteMeetingCompliance, entente_meeting_compliance, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_MEETING_COMPLIANCE_FIELD_STAGE] = { "stage", ENTENTE_VALUE_ID, NULL, "stage", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_TITLE, N_("Stage") },
  [ENTENTE_MEETING_COMPLIANCE_FIELD_PARTY] = { "party", ENTENTE_VALUE_ID, NULL, "party", NULL, NULL, 0, N_("Worked by") },
  [ENTENTE_MEETING_COMPLIANCE_FIELD_ENTERED] = { "entered", ENTENTE_VALUE_INT, NULL, "entered", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("Entered") },
  [ENTENTE_MEETING_COMPLIANCE_FIELD_IN_TIME] = { "in-time", ENTENTE_VALUE_INT, NULL, "in-time", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("In time") },
  [ENTENTE_MEETING_COMPLIANCE_FIELD_LATE] = { "late", ENTENTE_VALUE_INT, NULL, "late", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("Late") },
  [ENTENTE_MEETING_COMPLIANCE_FIELD_NEVER] = { "never", ENTENTE_VALUE_INT, NULL, "never", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("Never") },
  [ENTENTE_MEETING_COMPLIANCE_FIELD_INVALID] = { "invalid", ENTENTE_VALUE_INT, NULL, "invalid", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("Contact before entry") },
  [ENTENTE_MEETING_COMPLIANCE_FIELD_NOT_MEASURED] = { "not-measured", ENTENTE_VALUE_ENUM, NULL, "not-measured", entente_not_measured_get_type, NULL, 0, N_("Not measured") },
};

static void
entente_meeting_compliance_class_init (EntenteMeetingComplianceClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "compliance",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_meeting_compliance_init (EntenteMeetingCompliance *self)
{
}

EntenteMeetingCompliance *
entente_meeting_compliance_new (void)
{
  return g_object_new (ENTENTE_TYPE_MEETING_COMPLIANCE, NULL);
}

#define STRING_GETTER(name, NAME)                                                              \
  const char *                                                                                 \
  entente_meeting_compliance_get_##name (EntenteMeetingCompliance *self)                       \
  {                                                                                            \
    g_return_val_if_fail (ENTENTE_IS_MEETING_COMPLIANCE (self), NULL);                         \
    return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_MEETING_COMPLIANCE_FIELD_##NAME); \
  }

#define COUNT_GETTER(name, NAME)                                                              \
  int                                                                                         \
  entente_meeting_compliance_get_##name (EntenteMeetingCompliance *self)                      \
  {                                                                                           \
    g_return_val_if_fail (ENTENTE_IS_MEETING_COMPLIANCE (self), -1);                          \
    return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_MEETING_COMPLIANCE_FIELD_##NAME); \
  }

STRING_GETTER (stage, STAGE)
STRING_GETTER (party, PARTY)
COUNT_GETTER (entered, ENTERED)
COUNT_GETTER (in_time, IN_TIME)
COUNT_GETTER (late, LATE)
COUNT_GETTER (never, NEVER)
COUNT_GETTER (invalid, INVALID)

EntenteNotMeasured
entente_meeting_compliance_get_not_measured (EntenteMeetingCompliance *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING_COMPLIANCE (self), ENTENTE_NOT_MEASURED_NONE);

  return (EntenteNotMeasured) entente_item_get_enum (ENTENTE_ITEM (self), ENTENTE_MEETING_COMPLIANCE_FIELD_NOT_MEASURED);
}

/* Whether the counts can be: the records in time, late, never and
 * contacted before entry are at most those that entered. */
gboolean
entente_meeting_compliance_is_possible (EntenteMeetingCompliance *self)
{
  gint64 entered, sum = 0;
  const int parts[] = {
    entente_meeting_compliance_get_in_time (self), entente_meeting_compliance_get_late (self),
    entente_meeting_compliance_get_never (self), entente_meeting_compliance_get_invalid (self),
  };

  g_return_val_if_fail (ENTENTE_IS_MEETING_COMPLIANCE (self), FALSE);

  entered = entente_meeting_compliance_get_entered (self);
  if (entered < 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    sum += MAX (parts[i], 0);
  return sum <= entered;
}
