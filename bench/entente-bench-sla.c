/* entente-bench-sla.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-bench-sla.h"

/* A large synthetic SLA for the benchmark: every field the format has,
 * text of realistic length with non-ASCII letters and characters that need
 * escaping, so that the parser, the value checks, the schema and the writer
 * all do the work a big real document would give them.
 *
 * The output must be the same on every machine and every run, or figures
 * from two machines could not be compared: hence a seeded generator of our
 * own rather than GRand or g_random, and no hash table iteration.  It is
 * written in the canonical layout, so a save gives back the same size. */

/* Pools */

static const char * const first_names[] = {
  "Olivia", "Ian", "Sophéap", "Chantrea", "Renée", "Jürgen", "Zoë", "Łukasz",
  "Dara", "Bopha", "Mélanie", "José", "Ngozi", "Søren", "Aiko", "Priya",
  "Malik", "Inès", "Vannak", "Thida", "François", "Ana", "Kiri", "Björn",
};

static const char * const areas[] = {
  "Operations", "IT", "Finance", "Procurement", "Revenue Operations",
  "Marketing", "People & Culture", "Security", "Data & Analytics",
  "Customer Success", "Logistics", "R&D",
};

static const char * const seniorities[] = {
  "owner", "executive", "vp", "director", "manager", "individual",
};

static const char * const job_titles[] = {
  "Head of Operations", "COO", "Operations Director", "VP Operations & Supply Chain",
  "IT Manager", "Head of IT", "CIO", "Chief Information Security Officer",
  "Directeur des opérations", "Gerente de TI", "Leiter Einkauf",
  "ប្រធានផ្នែកលក់ (Head of Sales)", "Procurement Lead", "Chief Revenue Officer",
  "Finance Manager (FP&A)", "Data Protection Officer", "Revenue Operations Manager",
  "Directrice financière", "Head of Customer Success", "Logistics Coordinator",
  "Marketing Operations Specialist", "Founder & CEO", "Plant Manager",
  "Responsable des achats", "Head of Data \"Platform\"", "Warehouse Supervisor",
};

static const char * const industries[] = {
  "Logistics", "Manufacturing", "Retail & E-commerce", "Healthcare",
  "Financial services", "Agriculture — កសិកម្ម", "Hospitality & Tourism",
  "Construction", "Education", "Energy & utilities", "Telecommunications",
  "Garments & textiles", "Microfinance", "Food & beverage", "Automotive",
  "Pharmaceuticals", "Real estate", "Non-profit <NGO>",
};

static const char * const regions[] = {
  "North America", "Western Europe", "Nordics", "DACH", "Île-de-France",
  "São Paulo metro", "Southeast Asia", "Cambodia (កម្ពុជា)", "Phnom Penh — ភ្នំពេញ",
  "Siem Reap — សៀមរាប", "ANZ", "Middle East & North Africa", "Québec",
  "Benelux", "Iberia", "Greater Tokyo", "Ho Chi Minh City", "Bangkok & central Thailand",
};

static const char * const pains[] = {
  "Spreadsheets break as order volume grows",
  "No single view of fulfilment status across warehouses",
  "Customers ask \"where is my order?\" several times a day",
  "Leads wait > 2 days before anyone calls them back",
  "Reports take a full week & still disagree with finance",
  "Response time < 1 hour is promised but rarely met",
  "Shadow IT tools without single sign-on",
  "Month-end close depends on one person's macros",
  "Partners in the provinces still send orders by SMS and phone",
  "Duplicate customer records in the CRM and the ERP",
  "Sales and marketing argue about which leads are \"real\"",
  "Onboarding a new rep takes three months",
  "Price lists in KHR, USD & THB drift out of sync",
  "Audit trail is missing for discount approvals",
  "Field teams cannot work offline outside Phnom Penh",
  "Invoices in Khmer script (វិក្កយបត្រ) print as question marks",
  "Forecasts are built from gut feeling, not pipeline data",
  "Churn is noticed only when the renewal is lost",
  "Every region keeps its own <custom> lead-scoring sheet",
  "The board wants weekly numbers the team can only produce monthly",
  "Support tickets and sales notes live in separate tools",
  "Marketing cannot tell which campaigns produce customers",
};

static const char * const goals[] = {
  "Cut order-handling time by a third",
  "Answer every inbound lead within one business hour",
  "One dashboard for pipeline, bookings & cash",
  "Fewer systems to maintain and to secure",
  "Open two new provinces without hiring more coordinators",
  "Grow net revenue retention above 110 %",
  "Close the books in five working days",
  "Give every rep a \"next best action\" each morning",
  "Pass the ISO 27001 audit on the first attempt",
  "Reduce the cost per qualified lead by 25 %",
  "Serve customers in Khmer and English from the same workspace",
  "Replace paper delivery notes with signatures on a phone",
  "Know the margin of every deal before it is signed",
  "Shorten the sales cycle from 90 to < 60 days",
  "Make marketing's contribution to revenue visible to the board",
  "Standardise discounts across the five regional offices",
  "Launch the e-commerce channel before the Khmer New Year (ចូលឆ្នាំខ្មែរ)",
  "Automate the weekly forecast call",
};

static const char * const triggers[] = {
  "New warehouse opening",
  "Failed ERP roll-out",
  "Security audit finding",
  "New CFO or COO hired",
  "Series B funding announced",
  "Merger with a regional competitor",
  "Expansion into Cambodia & Vietnam",
  "Renewal of the current vendor's contract within 6 months",
  "Regulator publishes new data-protection rules",
  "Peak season (Pchum Ben, ភ្ជុំបិណ្ឌ) is approaching",
  "Customer complaint goes viral on social media",
  "Board asks for a \"digital transformation\" plan",
  "Key account manager leaves with the customer list",
  "Price war with an online-only competitor",
  "Opening of a second production line",
  "Move from on-premises servers to the cloud",
};

static const char * const objections[] = {
  "Migration effort",
  "Data residency",
  "Price per seat is too high for field staff",
  "\"We built our own tool in 2019\"",
  "No Khmer-language support team",
  "Integration with the local banks' payment gateways",
  "Contract length > 12 months",
  "Training time for warehouse staff",
  "Fear of vendor lock-in",
  "Internet connectivity in rural sites",
  "Procurement needs three quotes & a tender",
  "Previous project with a consultant failed",
  "Security review backlog of four months",
  "Prefers to wait for the next fiscal year",
};

static const char * const disqualifiers[] = {
  "Fewer than 20 employees",
  "Public-sector procurement only",
  "Student or personal email address",
  "Competitor or competitor's partner",
  "Company under sanctions or on a restricted-party list",
  "Needs an on-premises installation without internet access",
  "Budget below 5 000 USD a year",
  "Already signed a 3-year contract with another vendor",
  "Reseller looking for a white-label deal",
  "No decision maker reachable within 30 days",
  "Requires features on the \"won't build\" list",
  "Head office outside the supported countries & currencies",
};

static const char * const summary_middles[] = {
  "Complains that \"the CRM is a graveyard\" and that reports take > 2 days to build.",
  "Wants lead response times < 1 hour, but the team averages nine.",
  "Reads vendor reviews before any call and expects a trial of at least 14 days.",
  "Prefers Telegram to email; ការលក់ (sales) conversations start in Khmer, then switch to English.",
  "Shares decisions with the CFO & the CIO; the ‘single source of truth’ matters more than price.",
  "The budget cycle closes in Q3; anything after that waits for next year's plan.",
  "Has been burnt by a failed roll-out and asks for references in the same industry.",
  "Measures everything in hours saved per week and cost per order.",
};

static const char * const summary_closers[] = {
  "Success means fewer hand-offs, fewer spreadsheets and a clear owner for every lead.",
  "Reachable through partners in Phnom Penh (ភ្នំពេញ), Ho Chi Minh City and Bangkok.",
  "Évalue en général trois à cinq fournisseurs avant de décider.",
  "Likes short demos that start from their own data, not a \"generic\" script.",
  "Renewals are decided with the owner's family, often over a weekend.",
  "Will champion the project internally once the first site is live.",
};

typedef struct
{
  const char *slug;
  const char *name;
  const char *party;
  const char *definition;
} StageBase;

static const StageBase stage_bases[] = {
  { "lead", "Lead", "marketing",
    "Any contact who gave us a business email address through a form, an event, a partner or chat." },
  { "engaged", "Engaged Lead", "mops",
    "A lead that opened or clicked at least two emails, or visited the site three times in 30 days." },
  { "mql", "Marketing Qualified Lead", "marketing",
    "A lead that matches a persona and has shown buying intent: its score reaches the threshold, or it asked for a demo or a price." },
  { "sal", "Sales Accepted Lead", "sdr",
    "An MQL that an SDR has reviewed & accepted for outreach; rejections carry a reason code." },
  { "sql", "Sales Qualified Lead", "sdr",
    "An accepted lead that an SDR has spoken to and that meets BANT: budget, authority, need and a timeline < 6 months." },
  { "discovery", "Discovery", "sales",
    "The account executive has held a discovery call and written down the \"why now\"." },
  { "demo", "Demo Scheduled", "sales",
    "A demo on the prospect's own data is in the calendar, with at least one decision maker invited." },
  { "proposal", "Proposal", "sales",
    "A written proposal with prices in the customer's currency (USD, KHR or THB) has been sent." },
  { "negotiation", "Negotiation", "sales",
    "Legal & procurement review the contract; discounts above 15 % need the VP's approval." },
  { "customer", "Customer (អតិថិជន)", "cs",
    "A closed-won deal with a signed order form and a first invoice." },
  { "onboarded", "Onboarded Customer", "cs",
    "A customer whose first site is live and whose admins completed training." },
  { "advocate", "Advocate", "cs",
    "A customer who agreed to be a reference, wrote a review or referred another company." },
};

static const char * const segments[] = {
  "SMB", "Mid-market", "Enterprise", "Public sector & NGOs", "Cambodia — កម្ពុជា", "Thailand",
  "Vietnam", "Partners", "E-commerce", "Franchise",
};

static const char * const durations[] = {
  "PT30M", "PT1H", "PT2H", "PT4H", "PT8H", "PT24H", "P1D", "P2D", "P3D", "P1W", "P1DT12H",
};

static const char * const long_durations[] = {
  "P7D", "P10D", "P14D", "P2W", "P21D", "P30D", "P1M", "P6W", "P2M",
};

static const char * const routings[] = {
  "round-robin", "territory", "account-owner", "manual",
};

static const char * const required_fields[] = {
  "Company", "Job title", "Phone or meeting link", "Discovery call notes", "BANT summary",
  "Country & province", "Preferred language (ភាសា)", "Estimated seats", "Current vendor",
  "Budget range in USD", "Decision date", "Lead source \"campaign\" code",
};

static const char * const rejection_reasons[] = {
  "Not in ideal customer profile", "Duplicate", "No valid contact data", "BANT not met",
  "Existing open deal", "Student or job seeker", "Competitor", "Timeline > 12 months",
  "Unreachable after 6 attempts", "Outside supported regions & currencies",
};

static const char * const channels[] = {
  "phone", "email", "linkedin", "WhatsApp", "Telegram", "SMS", "in-person visit", "video call",
};

static const char * const escalation_roles[] = {
  "SDR manager", "VP Sales & Marketing", "Directrice commerciale", "ប្រធានផ្នែកលក់",
  "\"On-call\" revenue lead", "Country manager — Cambodia", "CEO", "Head of Customer Success",
};

static const char * const attendees[] = {
  "VP Marketing", "VP Sales", "SDR Manager", "Marketing Operations", "Head of Customer Success",
  "CFO", "Country manager — កម្ពុជា", "Revenue Operations Analyst",
};

static const char * const metrics[] = {
  "Leads, MQLs, SQLs and customers against goal",
  "Share of MQLs contacted within the response window",
  "Rejection reasons & their trend",
  "Pipeline created per campaign, in USD",
  "Win rate by segment and by persona",
  "Average days in each stage",
  "Cost per qualified lead < target?",
  "Net revenue retention of last quarter's customers",
};

typedef struct
{
  const char *id;
  const char *kind;
  const char *team;
  const char *leader;
  const char *role;
  const char *email;
  const char *accountability;
} Party;

static const Party parties[] = {
  { "marketing", "marketing", "Marketing", "Dana Whitfield", "VP Marketing", "dana.whitfield@mekong.example",
    "If Marketing misses its MQL goal two months in a row, it presents a recovery plan with budget shifts at the next review." },
  { "sdr", "sales-development", "Sales Development", "Luis Ortega", "SDR Manager", "luis.ortega@mekong.example",
    "If fewer than 90 % of MQLs get a first response in time, the SDR manager reviews routing & capacity with Marketing within a week." },
  { "sales", "sales", "Sales", "Priya Raman", "VP Sales", "priya.raman@mekong.example",
    "If the SQL → opportunity rate falls < 50 %, Sales reviews every rejected SQL with the SDR team and reports the \"why\"." },
  { "mops", "marketing-operations", "Marketing Operations", "Chantrea Sok (ចាន់ត្រា សុខ)", "Marketing Operations Lead",
    "chantrea.sok@mekong.example",
    "Marketing Operations keeps the scoring model and the routing rules up to date, and fixes a broken sync within one business day." },
  { "cs", "customer-success", "Customer Success", "Renée Lefèvre", "Head of Customer Success", "renee.lefevre@mekong.example",
    "Customer Success hands every expansion lead back to Sales within 48 hours; an unanswered one is escalated to the VP." },
};

/* Random numbers: splitmix64, small and the same everywhere. */

typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* A number in [lo, hi]. */
static guint
rng_range (Rng   *rng,
           guint  lo,
           guint  hi)
{
  return lo + (guint) (rng_next (rng) % ((guint64) hi - lo + 1));
}

static const char *
rng_pick (Rng                *rng,
          const char * const *pool,
          guint               n)
{
  return pool[rng_range (rng, 0, n - 1)];
}

#define PICK(rng, pool) rng_pick ((rng), (pool), G_N_ELEMENTS (pool))

/* Writing, in the layout of entente-writer.c */

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"':
        if (attribute)
          g_string_append (out, "&quot;");
        else
          g_string_append_c (out, '"');
        break;
      default: g_string_append_c (out, *p); break;
      }
}

static void
open_tag (GString    *out,
          guint       depth,
          const char *name)
{
  indent (out, depth);
  g_string_append_printf (out, "<%s>\n", name);
}

static void
close_tag (GString    *out,
           guint       depth,
           const char *name)
{
  indent (out, depth);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
attribute (GString    *out,
           const char *name,
           const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

static void
text_element (GString    *out,
              guint       depth,
              const char *name,
              const char *text)
{
  indent (out, depth);
  g_string_append_printf (out, "<%s>", name);
  append_escaped (out, text, FALSE);
  g_string_append_printf (out, "</%s>\n", name);
}

/* A wrapper of between @min and @max distinct <item>s from @pool. */
static void
items_element (GString            *out,
               Rng                *rng,
               guint               depth,
               const char         *name,
               const char * const *pool,
               guint               n_pool,
               guint               min,
               guint               max)
{
  guint chosen[8];
  guint n = rng_range (rng, min, MIN (max, MIN (n_pool, G_N_ELEMENTS (chosen))));

  open_tag (out, depth, name);
  for (guint i = 0; i < n; i++)
    {
      gboolean again;

      do
        {
          chosen[i] = rng_range (rng, 0, n_pool - 1);
          again = FALSE;
          for (guint j = 0; j < i; j++)
            again |= chosen[j] == chosen[i];
        }
      while (again);
      text_element (out, depth + 1, "item", pool[chosen[i]]);
    }
  close_tag (out, depth, name);
}

#define ITEMS(out, rng, depth, name, pool, min, max) \
  items_element ((out), (rng), (depth), (name), (pool), G_N_ELEMENTS (pool), (min), (max))

/* Sections */

static void
write_meta (GString *out)
{
  open_tag (out, 1, "meta");
  text_element (out, 2, "title", "Mekong Trading Co. — Sales & Marketing SLA (ការលក់ និងទីផ្សារ)");
  text_element (out, 2, "organization", "Mekong Trading Co., Ltd. <benchmark>");
  text_element (out, 2, "revision", "42");
  text_element (out, 2, "effective", "2027-01-01");
  text_element (out, 2, "review-by", "2027-06-30");
  text_element (out, 2, "currency", "USD");
  text_element (out, 2, "timezone", "Asia/Phnom_Penh");
  indent (out, 2);
  g_string_append (out, "<business-hours days=\"mon tue wed thu fri sat\" start=\"08:00\" end=\"17:30\"/>\n");
  text_element (out, 2, "purpose",
                "Marketing, Sales Development, Sales and Customer Success agree on who we target, "
                "what counts as a qualified lead, how many leads each team delivers & works every "
                "month, and how fast every lead is followed up — so that no lead is dropped "
                "between two teams. This document is synthetic: it exists to measure how fast "
                "Entente reads and writes a very large SLA.");
  close_tag (out, 1, "meta");
}

static void
write_parties (GString *out)
{
  open_tag (out, 1, "parties");
  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      indent (out, 2);
      g_string_append (out, "<party");
      attribute (out, "id", parties[i].id);
      attribute (out, "kind", parties[i].kind);
      g_string_append (out, ">\n");
      text_element (out, 3, "team", parties[i].team);
      text_element (out, 3, "leader", parties[i].leader);
      text_element (out, 3, "role", parties[i].role);
      text_element (out, 3, "email", parties[i].email);
      close_tag (out, 2, "party");
    }
  close_tag (out, 1, "parties");
}

static void
write_persona (GString *out,
               Rng     *rng,
               guint    index)
{
  static const guint sizes[] = { 1, 10, 20, 50, 100, 200, 500, 1000, 5000 };
  const char *area = PICK (rng, areas);
  guint size_min = sizes[rng_range (rng, 0, G_N_ELEMENTS (sizes) - 1)];
  guint size_max = size_min * rng_range (rng, 2, 20);
  guint64 revenue_min = (guint64) size_min * 50000 * rng_range (rng, 1, 4);
  guint64 revenue_max = revenue_min * rng_range (rng, 3, 50);
  g_autofree char *id = g_strdup_printf ("persona-%05u", index + 1);
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;

  /* Some names carry Khmer, as a bilingual team would write them. */
  if (index % 7 == 3)
    name = g_strdup_printf ("%s %s %u (អ្នកគ្រប់គ្រង)", area, PICK (rng, first_names), index + 1);
  else
    name = g_strdup_printf ("%s %s %u", area, PICK (rng, first_names), index + 1);

  switch (rng_range (rng, 0, 3))
    {
    case 0:
      summary = g_strdup_printf ("Runs %s at a mid-sized company in %s and owns the tooling budget for a team of %u.",
                                 area, PICK (rng, industries), rng_range (rng, 3, 60));
      break;
    case 1:
      summary = g_strdup_printf ("Leads %s for a fast-growing business in %s; signs off on every purchase above %u 000 USD.",
                                 area, PICK (rng, industries), rng_range (rng, 2, 50));
      break;
    case 2:
      summary = g_strdup_printf ("Heads %s at a family-owned group in %s — decisions go through the board & the owner.",
                                 area, PICK (rng, industries));
      break;
    default:
      summary = g_strdup_printf ("Manages %s in a subsidiary of a listed group (%s); procurement runs a formal RFP with <%u> vendors.",
                                 area, PICK (rng, industries), rng_range (rng, 3, 6));
      break;
    }
  text = g_strdup_printf ("%s %s %s", summary, PICK (rng, summary_middles), PICK (rng, summary_closers));

  indent (out, 2);
  g_string_append (out, "<persona");
  attribute (out, "id", id);
  g_string_append (out, ">\n");
  text_element (out, 3, "name", name);
  text_element (out, 3, "summary", text);
  ITEMS (out, rng, 3, "job-titles", job_titles, 3, 5);
  text_element (out, 3, "seniority", PICK (rng, seniorities));
  indent (out, 3);
  g_string_append_printf (out, "<company-size min=\"%u\" max=\"%u\"/>\n", size_min, size_max);
  indent (out, 3);
  /* A fraction now and then, since amounts are decimals. */
  if (index % 5 == 0)
    g_string_append_printf (out, "<annual-revenue min=\"%" G_GUINT64_FORMAT ".5\" max=\"%" G_GUINT64_FORMAT "\"/>\n",
                            revenue_min, revenue_max);
  else
    g_string_append_printf (out, "<annual-revenue min=\"%" G_GUINT64_FORMAT "\" max=\"%" G_GUINT64_FORMAT "\"/>\n",
                            revenue_min, revenue_max);
  ITEMS (out, rng, 3, "industries", industries, 2, 4);
  ITEMS (out, rng, 3, "regions", regions, 2, 4);
  ITEMS (out, rng, 3, "pains", pains, 3, 6);
  ITEMS (out, rng, 3, "goals", goals, 3, 5);
  ITEMS (out, rng, 3, "triggers", triggers, 3, 5);
  ITEMS (out, rng, 3, "objections", objections, 2, 4);
  ITEMS (out, rng, 3, "disqualifiers", disqualifiers, 2, 4);
  close_tag (out, 2, "persona");
}

static char *
stage_id (guint index)
{
  const StageBase *base = &stage_bases[index % G_N_ELEMENTS (stage_bases)];

  return g_strdup_printf ("%s-%u", base->slug, index / (guint) G_N_ELEMENTS (stage_bases) + 1);
}

static const char *
stage_party (guint index)
{
  return stage_bases[index % G_N_ELEMENTS (stage_bases)].party;
}

static char *
criterion_text (Rng        *rng,
                const char *kind)
{
  if (g_str_equal (kind, "fit"))
    switch (rng_range (rng, 0, 4))
      {
      case 0: return g_strdup_printf ("Job title matches a persona, such as “%s”", PICK (rng, job_titles));
      case 1: return g_strdup_printf ("Company size between %u and %u employees", rng_range (rng, 10, 200), rng_range (rng, 300, 5000));
      case 2: return g_strdup_printf ("Annual revenue above %u 000 000 USD", rng_range (rng, 1, 250));
      case 3: return g_strdup_printf ("Located in %s", PICK (rng, regions));
      default: return g_strdup_printf ("Industry is %s", PICK (rng, industries));
      }
  if (g_str_equal (kind, "engagement"))
    switch (rng_range (rng, 0, 4))
      {
      case 0: return g_strdup_printf ("Attended a webinar in the last %u days", rng_range (rng, 7, 90));
      case 1: return g_strdup_printf ("Opened %u+ emails & clicked at least once", rng_range (rng, 2, 12));
      case 2: return g_strdup ("Requested a demo or pricing");
      case 3: return g_strdup_printf ("Visited the pricing page > %u times in a week", rng_range (rng, 1, 9));
      default: return g_strdup_printf ("Downloaded the \"%s\" guide", PICK (rng, goals));
      }
  switch (rng_range (rng, 0, 3))
    {
    case 0: return g_strdup ("Competitor, student or personal email domain");
    case 1: return g_strdup ("Unsubscribed from <all> marketing email");
    case 2: return g_strdup_printf ("Disqualified: %s", PICK (rng, disqualifiers));
    default: return g_strdup_printf ("No reply after %u attempts over %u days", rng_range (rng, 3, 8), rng_range (rng, 7, 30));
    }
}

static void
write_stage (GString                      *out,
             Rng                          *rng,
             const EntenteBenchSlaOptions *options,
             guint                         index)
{
  const StageBase *base = &stage_bases[index % G_N_ELEMENTS (stage_bases)];
  const char *segment = segments[(index / G_N_ELEMENTS (stage_bases)) % G_N_ELEMENTS (segments)];
  g_autofree char *id = stage_id (index);
  g_autofree char *name = g_strdup_printf ("%s — %s", base->name, segment);
  g_autofree char *definition = g_strdup_printf ("%s Segment: %s.", base->definition, segment);

  indent (out, 2);
  g_string_append (out, "<stage");
  attribute (out, "id", id);
  attribute (out, "owner", base->party);
  g_string_append (out, ">\n");
  text_element (out, 3, "name", name);
  text_element (out, 3, "definition", definition);

  indent (out, 3);
  g_string_append_printf (out, "<criteria threshold=\"%u\">\n", rng_range (rng, 3, 100));
  for (guint i = 0; i < options->n_criteria; i++)
    {
      /* Mostly fit and engagement, one in six negative. */
      guint roll = rng_range (rng, 0, 5);
      const char *kind = roll == 0 ? "negative" : roll % 2 ? "fit" : "engagement";
      int points = roll == 0 ? -(int) rng_range (rng, 5, 50) : (int) rng_range (rng, 1, 40);
      g_autofree char *text = criterion_text (rng, kind);

      indent (out, 4);
      g_string_append_printf (out, "<criterion kind=\"%s\" points=\"%d\">", kind, points);
      append_escaped (out, text, FALSE);
      g_string_append (out, "</criterion>\n");
    }
  close_tag (out, 3, "criteria");
  close_tag (out, 2, "stage");
}

static void
write_goals (GString                      *out,
             Rng                          *rng,
             const EntenteBenchSlaOptions *options)
{
  indent (out, 1);
  g_string_append (out, "<goals period=\"month\">\n");
  text_element (out, 2, "revenue", "2500000");
  text_element (out, 2, "average-deal", "12500.5");
  text_element (out, 2, "marketing-share", "0.7");

  for (guint i = 0; i + 1 < options->n_stages; i++)
    {
      g_autofree char *from = stage_id (i);
      g_autofree char *to = stage_id (i + 1);
      guint percent = rng_range (rng, 5, 95);

      indent (out, 2);
      /* The canonical spelling has no trailing zero: 0.4, not 0.40. */
      if (percent % 10 == 0)
        g_string_append_printf (out, "<conversion from=\"%s\" to=\"%s\" rate=\"0.%u\"/>\n",
                                from, to, percent / 10);
      else
        g_string_append_printf (out, "<conversion from=\"%s\" to=\"%s\" rate=\"0.%02u\"/>\n",
                                from, to, percent);
    }

  for (guint i = 0; i < options->n_stages; i++)
    {
      g_autofree char *stage = stage_id (i);

      indent (out, 2);
      g_string_append_printf (out, "<target stage=\"%s\" count=\"%u\" party=\"%s\"/>\n",
                              stage, rng_range (rng, 10, 5000), stage_party (i));
    }
  close_tag (out, 1, "goals");
}

static void
write_handoffs (GString                      *out,
                Rng                          *rng,
                const EntenteBenchSlaOptions *options)
{
  open_tag (out, 1, "handoffs");
  for (guint i = 0; i + 1 < options->n_stages; i++)
    {
      g_autofree char *id = g_strdup_printf ("handoff-%03u", i + 1);
      g_autofree char *from = stage_id (i);
      g_autofree char *notes = g_strdup_printf ("The receiving team accepts or rejects every lead from “%s” in the CRM; "
                                                "a rejection always carries a reason code & a note of < 200 characters.",
                                                from);

      indent (out, 2);
      g_string_append (out, "<handoff");
      attribute (out, "id", id);
      attribute (out, "from", from);
      attribute (out, "to", stage_party (i + 1));
      g_string_append (out, ">\n");
      text_element (out, 3, "routing", PICK (rng, routings));
      indent (out, 3);
      /* false is the default, which the canonical form leaves out. */
      if (i % 3)
        g_string_append_printf (out, "<accept-within business-hours=\"true\">%s</accept-within>\n", PICK (rng, durations));
      else
        g_string_append_printf (out, "<accept-within>%s</accept-within>\n", PICK (rng, durations));
      ITEMS (out, rng, 3, "required-fields", required_fields, 3, 5);
      ITEMS (out, rng, 3, "rejection-reasons", rejection_reasons, 3, 5);
      text_element (out, 3, "notes", notes);
      close_tag (out, 2, "handoff");
    }
  close_tag (out, 1, "handoffs");
}

static void
write_protocols (GString                      *out,
                 Rng                          *rng,
                 const EntenteBenchSlaOptions *options)
{
  open_tag (out, 1, "protocols");
  for (guint i = 0; i < options->n_stages; i++)
    {
      g_autofree char *stage = stage_id (i);
      g_autofree char *back = stage_id (i > 0 ? i - 1 : 0);
      guint n_steps = rng_range (rng, 2, 4);

      indent (out, 2);
      g_string_append (out, "<protocol");
      attribute (out, "stage", stage);
      attribute (out, "party", stage_party (i));
      g_string_append (out, ">\n");
      indent (out, 3);
      g_string_append_printf (out, "<first-response business-hours=\"true\">%s</first-response>\n",
                              PICK (rng, durations));
      indent (out, 3);
      g_string_append_printf (out, "<attempts count=\"%u\" over=\"%s\"/>\n",
                              rng_range (rng, 2, 8), PICK (rng, long_durations));
      ITEMS (out, rng, 3, "channels", channels, 2, 4);
      indent (out, 3);
      g_string_append_printf (out, "<status-update within=\"P%uD\"/>\n", rng_range (rng, 1, 5));
      indent (out, 3);
      g_string_append_printf (out, "<recycle after=\"%s\" to=\"%s\" reason-required=\"true\"/>\n",
                              PICK (rng, long_durations), back);
      open_tag (out, 3, "escalation");
      for (guint s = 0; s < n_steps; s++)
        {
          g_autofree char *after = g_strdup_printf ("P%uD", (s + 1) * rng_range (rng, 1, 3));

          indent (out, 4);
          g_string_append (out, "<step");
          attribute (out, "after", after);
          attribute (out, "to", PICK (rng, escalation_roles));
          g_string_append (out, "/>\n");
        }
      close_tag (out, 3, "escalation");
      close_tag (out, 2, "protocol");
    }
  close_tag (out, 1, "protocols");
}

static void
write_review (GString *out,
              Rng     *rng)
{
  indent (out, 1);
  g_string_append (out, "<review cadence=\"monthly\">\n");
  ITEMS (out, rng, 2, "attendees", attendees, 4, 6);
  ITEMS (out, rng, 2, "metrics", metrics, 4, 6);
  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      indent (out, 2);
      g_string_append (out, "<accountability");
      attribute (out, "party", parties[i].id);
      g_string_append (out, ">");
      append_escaped (out, parties[i].accountability, FALSE);
      g_string_append (out, "</accountability>\n");
    }
  close_tag (out, 1, "review");
}

void
entente_bench_sla_options_init (EntenteBenchSlaOptions *options)
{
  options->n_personas = ENTENTE_BENCH_DEFAULT_PERSONAS;
  options->n_stages = ENTENTE_BENCH_DEFAULT_STAGES;
  options->n_criteria = ENTENTE_BENCH_DEFAULT_CRITERIA;
  options->seed = ENTENTE_BENCH_DEFAULT_SEED;
}

/**
 * entente_bench_sla_generate:
 *
 * Returns: a valid .entente document, the same bytes for the same @options
 */
GBytes *
entente_bench_sla_generate (const EntenteBenchSlaOptions *options)
{
  GString *out;
  Rng rng;

  g_return_val_if_fail (options->n_stages >= 2, NULL);

  out = g_string_sized_new (options->n_personas * 2800 + options->n_stages * options->n_criteria * 110 + 65536);
  rng.state = options->seed;

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<!-- A synthetic Sales & Marketing SLA, made by entente-bench-generate to measure\n"
                   "     how fast Entente loads and saves a very large document. -->\n"
                   "<sla xmlns=\"urn:entente:sla:1\" format=\"1\">\n");
  /* A blank line between sections, as the writer puts it. */
  write_meta (out);
  g_string_append_c (out, '\n');
  write_parties (out);
  g_string_append_c (out, '\n');

  open_tag (out, 1, "personas");
  for (guint i = 0; i < options->n_personas; i++)
    write_persona (out, &rng, i);
  close_tag (out, 1, "personas");
  g_string_append_c (out, '\n');

  open_tag (out, 1, "stages");
  for (guint i = 0; i < options->n_stages; i++)
    write_stage (out, &rng, options, i);
  close_tag (out, 1, "stages");
  g_string_append_c (out, '\n');

  write_goals (out, &rng, options);
  g_string_append_c (out, '\n');
  write_handoffs (out, &rng, options);
  g_string_append_c (out, '\n');
  write_protocols (out, &rng, options);
  g_string_append_c (out, '\n');
  write_review (out, &rng);
  g_string_append (out, "\n  <approvals/>\n\n  <comments/>\n</sla>\n");

  return g_string_free_to_bytes (out);
}
