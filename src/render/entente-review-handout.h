/* entente-review-handout.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-review-words.h"

G_BEGIN_DECLS

/* What the review PDF adds to make it the meeting's handout: each team's
 * month in one line, the breaches gathered by owner, and what the
 * meeting recorded.  Words, as EntenteReviewWords, in the agreement's
 * language. */

typedef struct
{
  char *team;  /* “Sales Development — Luis Ortega” */
  char *line;  /* “Sales Qualified Lead: 2 of 120 (2%) — Behind; Marketing Qualified Lead follow-up: 67% in time” */
} EntenteReviewTeamWords;

typedef struct
{
  char      *stage;  /* the stage whose protocol it breached */
  char      *record;
  char      *entered;
  char      *deadline;
  char      *first_contact;
} EntenteReviewOwnerBreach;

typedef struct
{
  char      *owner;  /* the owner, or “No owner” */
  char      *title;  /* “Bo — 2 breaches” */
  guint64    n;
  GPtrArray *rows;   /* EntenteReviewOwnerBreach, the earliest entered first */
} EntenteReviewOwnerBreaches;

typedef struct
{
  GPtrArray *teams;     /* EntenteReviewTeamWords, in the agreement's order of parties */
  GPtrArray *owners;    /* EntenteReviewOwnerBreaches, the most breaches first */
  char      *unlisted;  /* (nullable): “… and 3 more breaches, not listed.” */
  char      *recorded;  /* (nullable): “Recorded on … by ….” for a month recorded */
  char      *notes;     /* (nullable) */
  GPtrArray *decisions; /* char * */
} EntenteReviewHandoutWords;

EntenteReviewHandoutWords *entente_review_handout_words_new  (EntenteDocument            *document,
                                                              const EntenteActualsReport *report,
                                                              const EntenteReviewWords   *words);
void                       entente_review_handout_words_free (EntenteReviewHandoutWords  *self);
char                      *entente_review_meeting_recorded   (EntenteDocument            *document,
                                                              EntenteMeeting             *meeting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteReviewHandoutWords, entente_review_handout_words_free)

G_END_DECLS
