/* entente-guidance.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "entente-guidance.h"

/* The help texts of the wizard: what each step decides, why it matters (with
 * the figures and sources of the domain guidance), what an empty list asks
 * for, and the templates a new agreement can start from.  Plain data, no
 * GTK, so that tests can reach it without a display. */

static const EntenteStepGuidance steps[] = {
  [ENTENTE_SECTION_OVERVIEW] = {
    "document-properties-symbolic",
    N_("Name the agreement, the teams that sign it, and the business hours its deadlines count in."),
    /* xgettext:no-c-format */
    N_("Marketing commits to how many leads it delivers and of what quality; sales commits to how quickly and how often it works them. "
       "In one survey, 58% of respondents rated their sales and marketing alignment poor, and only 11% had an SLA that both sides managed. "
       "An SLA holds only if it is defined, measured, alerted on and enforced, and it states business hours and a time zone.\n"
       "\n"
       "Source: HubSpot, M. Roberge\n"
       "Source: johnnygrow.com survey\n"
       "Source: flowrouter.io"),
  },
  [ENTENTE_SECTION_PERSONAS] = {
    "avatar-default-symbolic",
    N_("Describe who buys, at which companies, why they buy, and who is never a fit."),
    N_("The more specific the profile, the less room each team has to read it its own way; without a written one, targeting drifts. "
       "Name job titles, seniority, company size, industries and regions, then the pains, goals and triggers that make people buy and the objections that hold them back. "
       "List disqualifiers, so that nobody spends time on leads that can never close."),
  },
  [ENTENTE_SECTION_LEAD_DEFINITIONS] = {
    "view-list-bullet-symbolic",
    N_("Agree on what makes a lead, an MQL, an SQL and a customer, and how leads are scored."),
    N_("An MQL fits a persona and shows enough engagement, or takes a high-intent step such as asking for a demo or pricing. "
       "Keep fit and engagement as separate criteria, and let negative criteria take points away for competitors, students and personal email addresses. "
       "An SQL is an accepted lead that meets BANT: budget, authority, need and timeline. "
       "Let engagement points expire; Marketo counts them over a rolling 30 days.\n"
       "\n"
       "Source: HubSpot lifecycle stages\n"
       "Source: Marketo lead scoring"),
  },
  [ENTENTE_SECTION_GOALS] = {
    "find-location-symbolic",
    N_("Turn the revenue goal into how many leads, MQLs and SQLs each team delivers per period."),
    /* xgettext:no-c-format */
    N_("Work backward: revenue times marketing’s share, divided by the average deal, gives the customers you need; divide by each conversion rate to walk up the funnel. "
       "Common starting rates are 10–25% from inquiry to MQL, 40–60% from MQL to SAL, 50–70% from SAL to SQL and 20–30% from SQL to close, but your own history is better. "
       "Base goals on real capacity: one rep working 100 MQLs a month might reach 50, hold 30 discovery calls and 15 demos, and close 5 deals.\n"
       "\n"
       "Source: SiriusDecisions waterfall, via mv3marketing.com\n"
       "Source: HubSpot, M. Roberge"),
  },
  [ENTENTE_SECTION_HANDOFF] = {
    "send-to-symbolic",
    N_("Decide who accepts each lead, how it is routed, how fast it is accepted or rejected, and what it must carry."),
    /* xgettext:no-c-format */
    N_("Sales reps reject 20–40% of the MQLs they receive, yet fewer than half of teams record why. "
       "Make a rejection reason mandatory, so that marketing learns from every lead sent back. "
       "Set an acceptance window and the fields that must be filled in before a lead changes hands.\n"
       "\n"
       "Source: Rework"),
  },
  [ENTENTE_SECTION_LEAD_MANAGEMENT] = {
    "alarm-symbolic",
    N_("Set how fast and how often each stage is worked, and what happens when a lead goes quiet."),
    /* xgettext:no-c-format */
    N_("Calling a lead within 5 minutes instead of 30 raises the odds of reaching it 100 times and of qualifying it 21 times. "
       "Firms that answered within an hour were 7 times more likely to qualify the lead than those that answered an hour later, yet the average reply took 42 hours. "
       "93% of converted leads were reached by the sixth call, while reps average 1.6 attempts: plan about 6 attempts over 14 days, then recycle the lead with a reason.\n"
       "\n"
       "Source: MIT and InsideSales lead response study, Oldroyd 2007\n"
       "Source: Harvard Business Review, 2011\n"
       "Source: Velocify"),
  },
  [ENTENTE_SECTION_REVIEW] = {
    "emblem-default-symbolic",
    N_("Agree on when you meet to check the numbers and what each team answers for, then sign."),
    N_("What is measured and reviewed gets done. "
       "Meet every month to compare results with goals, report attainment as a percentage, and recalibrate goals each quarter. "
       "Agree on clear consequences: HubSpot flags a rep when a lead goes 24 hours without a call or gets fewer than 5 calls in 2 weeks.\n"
       "\n"
       "Source: HubSpot, M. Roberge"),
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (steps) == ENTENTE_N_STEPS);

/* A list's title over its group, a heading: the field's own label
 * ("Buyer personas") reads as a label elsewhere. */
static const struct {
  const char *list;
  const char *heading;
} list_headings[] = {
  { "parties", N_("Parties") },
  { "personas", N_("Buyer Personas") },
  { "stages", N_("Funnel Stages") },
  { "conversions", N_("Conversion Rates") },
  { "targets", N_("Committed Targets") },
  { "handoffs", N_("Handoff Rules") },
  { "protocols", N_("Protocols per Stage") },
  { "accountability", N_("Accountability") },
};

typedef struct {
  const char        *list;
  EntenteEmptyState  state;
} EmptyStateEntry;

static const EmptyStateEntry empty_states[] = {
  /* Lists of items */
  { "parties", {
    "system-users-symbolic",
    N_("Who signs this agreement?"),
    N_("Add each team that takes part, usually marketing, sales development and sales, and name its leader."),
  } },
  { "personas", {
    "avatar-default-symbolic",
    N_("Who are you trying to attract?"),
    N_("Add a persona for each kind of buyer, so that both teams target the same people."),
  } },
  { "stages", {
    "view-list-bullet-symbolic",
    N_("What stages does a lead go through?"),
    N_("Add the stages from first contact to customer, each with an owner and a definition both teams accept."),
  } },
  { "criteria", {
    "view-list-ordered-symbolic",
    N_("How do you score a lead?"),
    N_("Add fit and engagement criteria that give points, and negative criteria that take points away. A lead qualifies when its score reaches the threshold."),
  } },
  { "conversions", {
    "view-sort-descending-symbolic",
    N_("How many leads move on?"),
    N_("Add the conversion rate between stages to work out how many leads each team must deliver."),
  } },
  { "targets", {
    "find-location-symbolic",
    N_("What does each team deliver?"),
    N_("Add the number of leads each team commits to for a stage in each period."),
  } },
  { "handoffs", {
    "send-to-symbolic",
    N_("How do leads change hands?"),
    N_("Add a handoff for each stage that passes to another team, with routing, an acceptance window and rejection reasons."),
  } },
  { "protocols", {
    "alarm-symbolic",
    N_("How is each lead worked?"),
    N_("Add a protocol for each stage: how fast the first response comes, how many attempts follow, and when a lead is recycled."),
  } },
  { "escalation", {
    "go-up-symbolic",
    N_("Who steps in when a lead waits?"),
    N_("Add steps that alert a manager, then a senior leader, when a lead is not worked in time."),
  } },
  { "accountability", {
    "emblem-ok-symbolic",
    N_("What happens when a goal is missed?"),
    N_("Write down what each team commits to do when it misses its part of the agreement."),
  } },

  /* Lists of strings */
  { "job-titles", {
    "avatar-default-symbolic",
    N_("No job titles yet"),
    N_("Add the job titles people in this persona hold, such as “Head of Operations”."),
  } },
  { "industries", {
    "view-grid-symbolic",
    N_("No industries yet"),
    N_("Add the industries this persona works in."),
  } },
  { "regions", {
    "mark-location-symbolic",
    N_("No regions yet"),
    N_("Add the countries or regions where you sell to this persona."),
  } },
  { "pains", {
    "dialog-warning-symbolic",
    N_("No pains yet"),
    N_("Add the problems that make this persona look for a solution."),
  } },
  { "goals", {
    "starred-symbolic",
    N_("No goals yet"),
    N_("Add what this persona wants to achieve."),
  } },
  { "triggers", {
    "appointment-soon-symbolic",
    N_("No triggers yet"),
    N_("Add the events that start a purchase, such as a new leader or a funding round."),
  } },
  { "objections", {
    "dialog-question-symbolic",
    N_("No objections yet"),
    N_("Add the reasons this persona gives for not buying, so that sales can prepare answers."),
  } },
  { "disqualifiers", {
    "action-unavailable-symbolic",
    N_("No disqualifiers yet"),
    N_("Add what rules a lead out for good, such as a company that is too small or a student email address."),
  } },
  { "required-fields", {
    "document-edit-symbolic",
    N_("No required fields yet"),
    N_("Add the fields that must be filled in before a lead is handed off."),
  } },
  { "rejection-reasons", {
    "edit-undo-symbolic",
    N_("No rejection reasons yet"),
    N_("Add the reasons a team can give when it rejects a lead. A reason for every rejection shows what to fix."),
  } },
  { "channels", {
    "call-start-symbolic",
    N_("No channels yet"),
    N_("Add the channels used to reach a lead, such as phone, email or LinkedIn."),
  } },
  { "attendees", {
    "system-users-symbolic",
    N_("No attendees yet"),
    N_("Add the people or roles who attend the review meeting."),
  } },
  { "metrics", {
    "x-office-spreadsheet-symbolic",
    N_("No metrics yet"),
    N_("Add the numbers the review checks, such as MQLs against goal or the share of leads contacted in time."),
  } },
};

static const EntenteTemplateInfo templates[] = {
  {
    "blank",
    N_("Blank"),
    N_("The usual funnel stages from lead to customer, with everything else left for you to fill in."),
  },
  {
    "b2b-saas-inbound",
    N_("B2B SaaS, Inbound"),
    N_("Marketing generates leads, SDRs follow up within one business hour, and account executives accept qualified leads within one business day."),
  },
  {
    "outbound-sdr-led",
    N_("Outbound, SDR-Led"),
    N_("SDRs work target accounts with 10 touches over three weeks and hand booked meetings to sales."),
  },
};

/**
 * entente_guidance_get_step:
 * @step: a step of the wizard
 *
 * Returns: (transfer none): the help texts of @step, untranslated
 */
const EntenteStepGuidance *
entente_guidance_get_step (EntenteSection step)
{
  g_return_val_if_fail ((guint) step < ENTENTE_N_STEPS, NULL);

  return &steps[step];
}

/**
 * entente_guidance_get_empty_state:
 * @list: the key of a list, such as "personas" or "job-titles"
 *
 * Returns: (transfer none) (nullable): what to show while @list is empty,
 *   untranslated, or %NULL if @list is not known
 */
const EntenteEmptyState *
entente_guidance_get_empty_state (const char *list)
{
  g_return_val_if_fail (list != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (empty_states); i++)
    {
      if (g_str_equal (empty_states[i].list, list))
        return &empty_states[i].state;
    }

  return NULL;
}

/**
 * entente_guidance_get_list_heading:
 * @list: a list field's name, as "personas"
 *
 * Returns: (nullable): the list's heading, untranslated
 */
const char *
entente_guidance_get_list_heading (const char *list)
{
  for (guint i = 0; i < G_N_ELEMENTS (list_headings); i++)
    if (g_strcmp0 (list_headings[i].list, list) == 0)
      return list_headings[i].heading;

  return NULL;
}

/**
 * entente_guidance_get_templates:
 * @n_templates: (out) (optional): the number of templates
 *
 * The templates, in the order to offer them.  A template's file is
 * `data/templates/ID.entente`.
 *
 * Returns: (transfer none) (array length=n_templates): the templates,
 *   untranslated
 */
const EntenteTemplateInfo *
entente_guidance_get_templates (guint *n_templates)
{
  if (n_templates != NULL)
    *n_templates = G_N_ELEMENTS (templates);

  return templates;
}
