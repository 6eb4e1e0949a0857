/* entente-guidance.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The wizard's steps, in the order the sidebar shows them. */
typedef enum {
  ENTENTE_STEP_OVERVIEW,
  ENTENTE_STEP_PERSONAS,
  ENTENTE_STEP_LEAD_DEFINITIONS,
  ENTENTE_STEP_GOALS,
  ENTENTE_STEP_HANDOFF,
  ENTENTE_STEP_LEAD_MANAGEMENT,
  ENTENTE_STEP_REVIEW,
  ENTENTE_N_STEPS
} EntenteStep;

/* The texts below are marked with N_() but not translated: pass every one
 * of them through _() before showing it.  They may contain a literal “%”,
 * so never use one as a format string. */

typedef struct {
  const char *id;          /* "overview", "personas", "lead-definitions", "goals", "handoff", "lead-management", "review" */
  const char *title;       /* N_("Overview") ... "Review & Sign-off" */
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

const EntenteStepGuidance *entente_guidance_get_step        (EntenteStep step);
const EntenteEmptyState   *entente_guidance_get_empty_state (const char *list);  /* NULL if unknown */
const EntenteTemplateInfo *entente_guidance_get_templates   (guint *n_templates);

G_END_DECLS
