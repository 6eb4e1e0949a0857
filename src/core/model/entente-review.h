/* entente-review.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_REVIEW (entente_review_get_type ())

G_DECLARE_FINAL_TYPE (EntenteReview, entente_review, ENTENTE, REVIEW, EntenteItem)

typedef enum
{
  ENTENTE_REVIEW_FIELD_CADENCE,
  ENTENTE_REVIEW_FIELD_ATTENDEES,
  ENTENTE_REVIEW_FIELD_METRICS,
  ENTENTE_REVIEW_FIELD_ACCOUNTABILITY,
} EntenteReviewField;

EntenteReview      *entente_review_new                (void);
EntenteCadence      entente_review_get_cadence        (EntenteReview *self);
const char * const *entente_review_get_attendees      (EntenteReview *self);
const char * const *entente_review_get_metrics        (EntenteReview *self);
GListModel         *entente_review_get_accountability (EntenteReview *self);

G_END_DECLS
