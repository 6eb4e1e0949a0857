/* entente-review.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-review.h"
#include "entente-accountability.h"
#include "entente-enum-types.h"

/* The review section: how often the parties meet, who attends, what they look at and what each party owes when it misses. */

struct _EntenteReview
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteReview, entente_review, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_REVIEW_FIELD_CADENCE] = { "cadence", ENTENTE_VALUE_ENUM, NULL, "cadence", entente_cadence_get_type, NULL, ENTENTE_FIELD_ALWAYS, N_("Cadence") },
  [ENTENTE_REVIEW_FIELD_ATTENDEES] = { "attendees", ENTENTE_VALUE_STRV, "attendees", NULL, NULL, "item", 0, N_("Attendees") },
  [ENTENTE_REVIEW_FIELD_METRICS] = { "metrics", ENTENTE_VALUE_STRV, "metrics", NULL, NULL, "item", 0, N_("Metrics reviewed") },
  [ENTENTE_REVIEW_FIELD_ACCOUNTABILITY] = { "accountability", ENTENTE_VALUE_LIST, NULL, NULL, entente_accountability_get_type, "accountability", 0, N_("Accountability") },
};

static void
entente_review_class_init (EntenteReviewClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "review",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_review_init (EntenteReview *self)
{
}

EntenteReview *
entente_review_new (void)
{
  return g_object_new (ENTENTE_TYPE_REVIEW, NULL);
}

EntenteCadence
entente_review_get_cadence (EntenteReview *self)
{
  g_return_val_if_fail (ENTENTE_IS_REVIEW (self), 0);

  return (EntenteCadence) entente_item_get_enum (ENTENTE_ITEM (self), ENTENTE_REVIEW_FIELD_CADENCE);
}

const char * const *
entente_review_get_attendees (EntenteReview *self)
{
  g_return_val_if_fail (ENTENTE_IS_REVIEW (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_REVIEW_FIELD_ATTENDEES);
}

const char * const *
entente_review_get_metrics (EntenteReview *self)
{
  g_return_val_if_fail (ENTENTE_IS_REVIEW (self), NULL);

  return entente_item_get_strv (ENTENTE_ITEM (self), ENTENTE_REVIEW_FIELD_METRICS);
}

GListModel *
entente_review_get_accountability (EntenteReview *self)
{
  g_return_val_if_fail (ENTENTE_IS_REVIEW (self), NULL);

  return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_REVIEW_FIELD_ACCOUNTABILITY);
}
