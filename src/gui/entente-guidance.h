/* entente-guidance.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-section.h"

G_BEGIN_DECLS

/* The texts below are marked with N_() but not translated: pass every one
 * of them through _() before showing it.  They may contain a literal “%”,
 * so never use one as a format string. */

/* What the wizard says of each step; its id and title are the
 * section's (entente-section.h). */
typedef struct {
  const char *icon_name;   /* a symbolic icon of the Adwaita theme */
  const char *summary;     /* N_(): one short sentence shown under the page title: what this step decides */
  const char *why;         /* N_(): 2–4 short sentences for a "Why this matters" popover, then "Source: …" lines */
} EntenteStepGuidance;

typedef struct {
  const char *icon_name;
  const char *title;        /* N_(), e.g. "Who are you trying to attract?" */
  const char *description;  /* N_(), what to add and why, one or two sentences */
} EntenteEmptyState;

typedef struct {
  const char *id;           /* "blank", "b2b-saas-inbound", "outbound-sdr-led" */
  const char *title;        /* N_() */
  const char *description;  /* N_() one sentence */
} EntenteTemplateInfo;

const EntenteStepGuidance *entente_guidance_get_step        (EntenteSection step);
const EntenteEmptyState   *entente_guidance_get_empty_state (const char *list);  /* NULL if unknown */
const EntenteTemplateInfo *entente_guidance_get_templates   (guint *n_templates);
const char                *entente_guidance_get_list_heading (const char *list);

G_END_DECLS
