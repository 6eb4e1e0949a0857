/* entente-bench-render.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "entente-bench-stats.h"
#include "entente-core.h"
#include "entente-render.h"

/* entente-bench-render [OPTION…]: what drawing the funnel costs, and what
 * the plan and the health checks cost on a long funnel.
 *
 * Drawing: the funnel of the bundled example, 1920 × 1080, into a cairo
 * image surface that is cleared before each frame.  Timed frame by frame,
 * after warm-up frames: (a) rendering only, one layout reused, as a redraw
 * does (a theme switch, an expose); (b) a new layout and rendering, as the
 * GUI does each time the document changes.  The layouts of (b) all measure
 * their text with one PangoContext made here, the way a widget passes its
 * own; for comparison, (b) is also run with a NULL context, where each
 * layout makes its own, as entente-cli funnel does.
 *
 * Plan and checks: a document with 200 stages (3 parties, scoring criteria,
 * a conversion rate between each pair of consecutive stages, targets,
 * handoffs, protocols, a review), built with the model API, then
 * entente_plan_compute () and entente_checks_run () together, the results
 * freed each time, as the GUI does after an edit.
 *
 * The goals: (b) takes at most 5 ms a frame, and plan + checks at most
 * 1 ms, both on medians.  This is a report, so it exits 0 whether the
 * goals hold or not, and non-zero only when it cannot measure or the
 * document's plan is not what its goals give. */

#define GOAL_FRAME_MS 5.0
#define GOAL_PLAN_CHECKS_MS 1.0

#define FRAME_WIDTH 1920
#define FRAME_HEIGHT 1080
#define WARM_UP_FRAMES 20
#define WARM_UP_ITERATIONS 100

/* The generated document's goals: 250000 × 0.7 ÷ 12500 = 14 customers. */
#define GOAL_REVENUE 250000.0
#define GOAL_AVERAGE_DEAL 12500.0
#define GOAL_MARKETING_SHARE 0.7

/* As the plan rounds up: see entente-plan.c. */
#define CEIL_SLACK 1e-9

typedef enum
{
  FRAME_RENDER_ONLY,
  FRAME_LAYOUT_AND_RENDER,
  FRAME_LAYOUT_ONLY,
} FrameKind;

typedef struct
{
  const char        *id;
  EntentePartyKind   kind;
  const char        *team;
  const char        *leader;
  const char        *role;
} PartySpec;

static const PartySpec parties[] = {
  { "marketing", ENTENTE_PARTY_KIND_MARKETING, "Marketing", "Dana Whitfield", "VP Marketing" },
  { "sdr", ENTENTE_PARTY_KIND_SALES_DEVELOPMENT, "Sales Development", "Luis Ortega", "SDR Manager" },
  { "sales", ENTENTE_PARTY_KIND_SALES, "Sales", "Priya Raman", "VP Sales" },
};

/* Drawing */

/* The settings the layout gives a context of its own (see create_context
 * () in entente-funnel-layout.c), so that (b) with this shared context and
 * with NULL measure the same text the same way. */
static PangoContext *
create_shared_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  cairo_font_options_destroy (options);

  return context;
}

static void
clear_surface (cairo_t *cr)
{
  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* One frame: for a new layout, the old one is dropped first, as a view
 * replacing its layout does. */
static double
time_frame (FrameKind             kind,
            EntenteDocument      *document,
            PangoContext         *context,
            EntenteFunnelLayout **layout,
            cairo_t              *cr)
{
  gint64 start = entente_bench_now_ns ();

  if (kind != FRAME_RENDER_ONLY || *layout == NULL)
    {
      g_clear_object (layout);
      *layout = entente_funnel_layout_new (document, context, FRAME_WIDTH, FRAME_HEIGHT);
    }

  if (kind != FRAME_LAYOUT_ONLY)
    {
      clear_surface (cr);
      entente_funnel_render (*layout, cr, ENTENTE_RENDER_LIGHT);
      cairo_surface_flush (cairo_get_target (cr));
    }

  return entente_bench_ms_since_ns (start);
}

static EntenteBenchStats
time_frames (FrameKind        kind,
             EntenteDocument *document,
             PangoContext    *context,
             cairo_t         *cr,
             guint            frames)
{
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (double), frames);
  g_autoptr(EntenteFunnelLayout) layout = NULL;

  for (guint i = 0; i < WARM_UP_FRAMES; i++)
    time_frame (kind, document, context, &layout, cr);

  for (guint i = 0; i < frames; i++)
    {
      double ms = time_frame (kind, document, context, &layout, cr);

      g_array_append_val (times, ms);
    }

  return entente_bench_stats_of (times);
}

/* How much of the frame is not the background: a blank frame would make
 * every figure meaningless. */
static double
painted_fraction (cairo_surface_t *surface)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint32 background = *(const guint32 *) data;
  guint64 painted = 0;

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (const void *) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        painted += row[x] != background;
    }

  return (double) painted / ((double) width * height);
}

static void
print_frame_row (const char        *what,
                 EntenteBenchStats  stats)
{
  g_print ("  %-58s %7.3f ms %7.3f ms %7.3f ms %7.3f ms\n",
           what, stats.median, stats.min, stats.mean, stats.max);
}

static gboolean
run_render (const char        *path,
            guint              frames,
            const char        *png,
            EntenteBenchStats *goal_stats)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(EntenteFunnelLayout) probe = NULL;
  PangoContext *context = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  EntenteBenchStats render_only, layout_render, layout_render_own, layout_only;
  double first_ms, painted;
  gint64 start;

  document = entente_document_load (file, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("entente-bench-render: %s does not load:\n%s\n", path, error->message);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, FRAME_WIDTH, FRAME_HEIGHT);
  cr = cairo_create (surface);
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("entente-bench-render: cannot draw on a %d × %d image: %s\n",
                  FRAME_WIDTH, FRAME_HEIGHT, cairo_status_to_string (cairo_status (cr)));
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return FALSE;
    }

  /* The first frame in the process also loads fontconfig's configuration
   * and the fonts. */
  context = create_shared_context ();
  start = entente_bench_now_ns ();
  probe = entente_funnel_layout_new (document, context, FRAME_WIDTH, FRAME_HEIGHT);
  clear_surface (cr);
  entente_funnel_render (probe, cr, ENTENTE_RENDER_LIGHT);
  cairo_surface_flush (surface);
  first_ms = entente_bench_ms_since_ns (start);

  render_only = time_frames (FRAME_RENDER_ONLY, document, context, cr, frames);
  layout_only = time_frames (FRAME_LAYOUT_ONLY, document, context, cr, frames);
  layout_render_own = time_frames (FRAME_LAYOUT_AND_RENDER, document, NULL, cr, frames);
  /* Last, so that the surface ends with a frame of the figure the goal is on. */
  layout_render = time_frames (FRAME_LAYOUT_AND_RENDER, document, context, cr, frames);

  painted = painted_fraction (surface);
  if (png != NULL && cairo_surface_write_to_png (surface, png) != CAIRO_STATUS_SUCCESS)
    g_printerr ("entente-bench-render: cannot write %s\n", png);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);

  g_print ("\nFunnel drawing: %s\n", path);
  g_print ("  %u bands, %u texts, %u legend entries; %d × %d ARGB32 image surface, cleared each frame;\n"
           "  %.1f %% of the last frame's pixels differ from its top-left pixel%s%s\n",
           entente_funnel_layout_get_n_bands (probe),
           entente_funnel_layout_get_n_texts (probe),
           entente_funnel_layout_get_n_legend_entries (probe),
           FRAME_WIDTH, FRAME_HEIGHT, painted * 100.0,
           png ? "; saved to " : "", png ? png : "");
  g_print ("  %u timed frames of each, after %u frames to warm up\n\n", frames, WARM_UP_FRAMES);

  g_print ("  %-58s %10s %10s %10s %10s\n", "", "median", "min", "mean", "max");
  print_frame_row ("(a) render only, one layout reused", render_only);
  print_frame_row ("(b) new layout + render, shared PangoContext (*)", layout_render);
  print_frame_row ("    new layout only, shared PangoContext", layout_only);
  print_frame_row ("    new layout + render, NULL context (**)", layout_render_own);
  g_print ("  %-58s %7.3f ms   (fontconfig, fonts, first glyphs)\n",
           "    first frame in the process, for information", first_ms);
  g_print ("\n  (*)  every layout measures with one PangoContext made once here, with the\n"
           "       settings the layout gives its own, as a widget passes its context.\n"
           "  (**) each layout makes its own context on Pango's default font map, as\n"
           "       entente-cli funnel does; the font map and its caches are shared.\n");

  *goal_stats = layout_render;
  return TRUE;
}

/* The generated document */

static void
add_party (EntenteDocument *document,
           const PartySpec *spec)
{
  g_autoptr(EntenteParty) party = entente_party_new ();

  g_object_set (party,
                "id", spec->id,
                "kind", spec->kind,
                "team", spec->team,
                "leader", spec->leader,
                "role", spec->role,
                NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PARTIES, ENTENTE_ITEM (party));
}

static void
add_persona (EntenteDocument *document)
{
  g_autoptr(EntentePersona) persona = entente_persona_new ();

  g_object_set (persona, "id", "ops-olivia", "name", "Operations Olivia", NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, ENTENTE_ITEM (persona));
}

/* 3 to 5 criteria, with a threshold 60 % of the way to the most points a
 * lead can score, so that it is reachable. */
static void
add_criteria (EntenteStage *stage,
              guint         n)
{
  static const struct {
    EntenteCriterionKind  kind;
    int                   points;
    const char           *text;
  } specs[] = {
    { ENTENTE_CRITERION_KIND_FIT, 25, "Job title matches a persona" },
    { ENTENTE_CRITERION_KIND_FIT, 15, "Company size between 50 and 1000 employees" },
    { ENTENTE_CRITERION_KIND_ENGAGEMENT, 30, "Requested a demo or pricing" },
    { ENTENTE_CRITERION_KIND_NEGATIVE, -40, "Competitor, student or personal email domain" },
    { ENTENTE_CRITERION_KIND_ENGAGEMENT, 10, "Attended a webinar in the last 30 days" },
  };
  int reachable = 0;

  for (guint i = 0; i < n && i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(EntenteCriterion) criterion = entente_criterion_new ();

      g_object_set (criterion,
                    "kind", specs[i].kind,
                    "points", specs[i].points,
                    "text", specs[i].text,
                    NULL);
      entente_item_append (ENTENTE_ITEM (stage), ENTENTE_STAGE_FIELD_CRITERIA, ENTENTE_ITEM (criterion));
      reachable += MAX (specs[i].points, 0);
    }

  g_object_set (stage, "threshold", reachable * 6 / 10, NULL);
}

static void
add_conversion (EntenteGoals *goals,
                const char   *from,
                const char   *to,
                double        rate)
{
  g_autoptr(EntenteConversion) conversion = entente_conversion_new ();

  g_object_set (conversion, "from", from, "to", to, "rate", rate, NULL);
  entente_item_append (ENTENTE_ITEM (goals), ENTENTE_GOALS_FIELD_CONVERSIONS, ENTENTE_ITEM (conversion));
}

static void
add_target (EntenteGoals *goals,
            const char   *stage,
            int           count,
            const char   *party)
{
  g_autoptr(EntenteTarget) target = entente_target_new ();

  g_object_set (target, "stage", stage, "count", count, "party", party, NULL);
  entente_item_append (ENTENTE_ITEM (goals), ENTENTE_GOALS_FIELD_TARGETS, ENTENTE_ITEM (target));
}

static void
add_handoff (EntenteDocument *document,
             const char      *from,
             const char      *to_party)
{
  static const char * const required[] = { "Company", "Job title", "Phone or meeting link", NULL };
  static const char * const reasons[] = { "Not in ideal customer profile", "Duplicate", NULL };
  g_autoptr(EntenteHandoff) handoff = entente_handoff_new ();
  g_autoptr(EntenteDuration) accept = entente_duration_parse ("PT4H");
  g_autofree char *id = g_strdup_printf ("%s-handoff", from);

  g_object_set (handoff,
                "id", id,
                "from", from,
                "to", to_party,
                "routing", ENTENTE_ROUTING_ROUND_ROBIN,
                "accept-within", accept,
                "accept-within-business-hours", TRUE,
                "required-fields", required,
                "rejection-reasons", reasons,
                "notes", "Every record is accepted or rejected with a reason.",
                NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_HANDOFFS, ENTENTE_ITEM (handoff));
}

static void
add_escalation_step (EntenteProtocol *protocol,
                     const char      *after,
                     const char      *to)
{
  g_autoptr(EntenteEscalationStep) step = entente_escalation_step_new ();
  g_autoptr(EntenteDuration) duration = entente_duration_parse (after);

  g_object_set (step, "after", duration, "to", to, NULL);
  entente_item_append (ENTENTE_ITEM (protocol), ENTENTE_PROTOCOL_FIELD_ESCALATION, ENTENTE_ITEM (step));
}

static void
add_protocol (EntenteDocument *document,
              const char      *stage,
              const char      *party,
              const char      *recycle_to)
{
  static const char * const channels[] = { "phone", "email", "linkedin", NULL };
  g_autoptr(EntenteProtocol) protocol = entente_protocol_new ();
  g_autoptr(EntenteDuration) first_response = entente_duration_parse ("PT1H");
  g_autoptr(EntenteDuration) over = entente_duration_parse ("P14D");
  g_autoptr(EntenteDuration) status = entente_duration_parse ("P2D");
  g_autoptr(EntenteDuration) recycle = entente_duration_parse ("P14D");

  g_object_set (protocol,
                "stage", stage,
                "party", party,
                "first-response", first_response,
                "first-response-business-hours", TRUE,
                "attempts", 6,
                "attempts-over", over,
                "channels", channels,
                "status-update-within", status,
                "recycle-after", recycle,
                "recycle-to", recycle_to,
                "recycle-reason-required", TRUE,
                NULL);
  add_escalation_step (protocol, "PT24H", "Team manager");
  add_escalation_step (protocol, "P3D", "VP Sales");
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PROTOCOLS, ENTENTE_ITEM (protocol));
}

static void
add_review (EntenteDocument *document)
{
  static const char * const attendees[] = { "VP Marketing", "VP Sales", "SDR Manager", "Marketing Operations", NULL };
  static const char * const metrics[] = { "Records per stage against goal", "Share contacted in time", NULL };
  EntenteReview *review = entente_document_get_review (document);

  g_object_set (review,
                "cadence", ENTENTE_CADENCE_MONTHLY,
                "attendees", attendees,
                "metrics", metrics,
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      g_autoptr(EntenteAccountability) accountability = entente_accountability_new ();

      g_object_set (accountability,
                    "party", parties[i].id,
                    "text", "Misses its target two months in a row: presents a recovery plan.",
                    NULL);
      entente_item_append (ENTENTE_ITEM (review), ENTENTE_REVIEW_FIELD_ACCOUNTABILITY, ENTENTE_ITEM (accountability));
    }
}

static char *
stage_id (guint i)
{
  return g_strdup_printf ("s%u", i);
}

static const char *
stage_owner (guint i)
{
  return parties[(i - 1) % G_N_ELEMENTS (parties)].id;
}

/* Stages s1 … sN, one conversion between each pair of consecutive stages
 * at rates near 1 (so that the top of a long funnel needs a few hundred
 * thousand records, not an overflow), criteria on every fourth stage,
 * a handoff and a protocol on every twentieth.  Every tenth stage gets a
 * target just above what the plan needs, but every fiftieth one just
 * below, so the checks should find *n_below goal-below-plan warnings
 * (N / 50, more when a need no longer fits a target's int) and nothing
 * else. */
static EntenteDocument *
build_document (guint  n_stages,
                guint *n_below)
{
  static const char * const names[] = {
    "Lead", "Marketing Qualified Lead", "Sales Accepted Lead",
    "Sales Qualified Lead", "Opportunity", "Negotiation", "Customer",
  };
  static const double rates[] = { 0.9, 0.95, 0.98, 0.92, 1.0 };
  EntenteDocument *document = entente_document_new ();
  EntenteGoals *goals = entente_document_get_goals (document);
  g_autoptr(GPtrArray) plan = NULL;

  *n_below = 0;
  g_object_set (entente_document_get_meta (document),
                "title", "Generated — a funnel of many stages",
                "organization", "Entente benchmarks",
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    add_party (document, &parties[i]);
  add_persona (document);

  for (guint i = 1; i <= n_stages; i++)
    {
      g_autoptr(EntenteStage) stage = entente_stage_new ();
      g_autofree char *id = stage_id (i);
      g_autofree char *name = g_strdup_printf ("%s %u", names[(i - 1) % G_N_ELEMENTS (names)], i);
      g_autofree char *definition = g_strdup_printf ("A record that has reached step %u of the funnel.", i);

      g_object_set (stage,
                    "id", id,
                    "name", name,
                    "definition", definition,
                    "owner", stage_owner (i),
                    NULL);
      if (i % 4 == 2)
        add_criteria (stage, 3 + i % 3);
      entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_STAGES, ENTENTE_ITEM (stage));

      if (i > 1)
        {
          g_autofree char *from = stage_id (i - 1);

          add_conversion (goals, from, id, rates[i % G_N_ELEMENTS (rates)]);
        }
    }

  g_object_set (goals,
                "period", ENTENTE_PERIOD_MONTH,
                "revenue", GOAL_REVENUE,
                "average-deal", GOAL_AVERAGE_DEAL,
                "marketing-share", GOAL_MARKETING_SHARE,
                NULL);

  /* The targets follow the plan of the document without them. */
  plan = entente_plan_compute (document);
  for (guint i = 10; i <= n_stages; i += 10)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i - 1);
      gint64 needed = entente_plan_stage_get_needed (row);
      gint64 count = CLAMP (i % 50 == 0 ? needed - 1 : needed + 5, 0, G_MAXINT);

      if (count < needed)
        (*n_below)++;
      add_target (goals, entente_stage_get_id (row->stage), (int) count, stage_owner (i));
    }

  for (guint i = 20; i < n_stages; i += 20)
    {
      g_autofree char *from = stage_id (i);
      g_autofree char *back = stage_id (i - 1);

      add_handoff (document, from, stage_owner (i + 1));
      add_protocol (document, from, stage_owner (i + 1), back);
    }

  add_review (document);

  return document;
}

/* "3 goal-below-plan, 1 no-personas", in the order first found. */
static char *
summarize_findings (GPtrArray *findings)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GString *summary = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (findings, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, finding->code));

      if (count == 0)
        g_ptr_array_add (codes, (gpointer) finding->code);
      g_hash_table_insert (counts, (gpointer) finding->code, GUINT_TO_POINTER (count + 1));
    }

  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (summary, "%s%u %s", i > 0 ? ", " : "",
                            GPOINTER_TO_UINT (g_hash_table_lookup (counts, codes->pdata[i])),
                            (const char *) codes->pdata[i]);

  return g_string_free (summary, FALSE);
}

/* The last stage needs what the goals give: revenue × share ÷ deal. */
static gboolean
check_plan (EntenteDocument *document,
            GPtrArray       *plan,
            guint            n_stages)
{
  double expected = GOAL_REVENUE * GOAL_MARKETING_SHARE / GOAL_AVERAGE_DEAL;
  gint64 expected_rounded = (gint64) ceil (expected - CEIL_SLACK);
  EntentePlanStage *first, *last;
  gboolean ok;

  if (plan->len != n_stages)
    {
      g_printerr ("entente-bench-render: the plan has %u stages, the document %u\n", plan->len, n_stages);
      return FALSE;
    }

  first = g_ptr_array_index (plan, 0);
  last = g_ptr_array_index (plan, plan->len - 1);
  ok = fabs (last->needed - expected) <= 1e-9 * expected &&
       entente_plan_stage_get_needed (last) == expected_rounded &&
       entente_plan_stage_is_known (first);

  g_print ("  plan: the last stage, %s, needs %" G_GINT64_FORMAT " (exact %.9g); "
           "%.0f × %.2f ÷ %.0f = %.9g: %s\n",
           entente_stage_get_id (last->stage), entente_plan_stage_get_needed (last), last->needed,
           GOAL_REVENUE, GOAL_MARKETING_SHARE, GOAL_AVERAGE_DEAL, expected,
           ok ? "OK" : "MISMATCH");
  g_print ("        the first, %s, needs %" G_GINT64_FORMAT "\n",
           entente_stage_get_id (first->stage), entente_plan_stage_get_needed (first));

  if (!ok)
    g_printerr ("entente-bench-render: the plan does not follow from the goals\n");

  return ok;
}

static void
print_us_row (const char        *what,
              EntenteBenchStats  stats)
{
  g_print ("  %-58s %7.1f µs %7.1f µs %7.1f µs %7.1f µs\n",
           what, stats.median * 1000, stats.min * 1000, stats.mean * 1000, stats.max * 1000);
}

static gboolean
run_plan_checks (guint              n_stages,
                 guint              iterations,
                 EntenteBenchStats *goal_stats)
{
  guint n_below = 0;
  g_autoptr(EntenteDocument) document = build_document (n_stages, &n_below);
  g_autoptr(GArray) both_times = g_array_sized_new (FALSE, FALSE, sizeof (double), iterations);
  g_autoptr(GArray) plan_times = g_array_sized_new (FALSE, FALSE, sizeof (double), iterations);
  g_autoptr(GArray) checks_times = g_array_sized_new (FALSE, FALSE, sizeof (double), iterations);
  g_autoptr(GPtrArray) plan = entente_plan_compute (document);
  g_autoptr(GPtrArray) findings = entente_checks_run (document);
  g_autofree char *summary = summarize_findings (findings);
  EntenteBenchStats both, plan_only, checks_only;

  g_print ("\nPlan and health checks: a generated document\n");
  g_print ("  contents:     %u parties, %u personas, %u stages, %u criteria, %u conversions, %u targets,\n"
           "                %u handoffs, %u protocols, a review with %u attendees\n",
           g_list_model_get_n_items (entente_document_get_parties (document)),
           g_list_model_get_n_items (entente_document_get_personas (document)),
           g_list_model_get_n_items (entente_document_get_stages (document)),
           entente_bench_count_criteria (document),
           g_list_model_get_n_items (entente_goals_get_conversions (entente_document_get_goals (document))),
           g_list_model_get_n_items (entente_goals_get_targets (entente_document_get_goals (document))),
           g_list_model_get_n_items (entente_document_get_handoffs (document)),
           g_list_model_get_n_items (entente_document_get_protocols (document)),
           g_strv_length ((char **) entente_review_get_attendees (entente_document_get_review (document))));
  g_print ("  findings:     %u (%s); expected %u goal-below-plan\n",
           findings->len, findings->len > 0 ? summary : "none", n_below);
  if (!check_plan (document, plan, n_stages))
    return FALSE;

  for (guint i = 0; i < WARM_UP_ITERATIONS + iterations; i++)
    {
      g_autoptr(GPtrArray) p = NULL;
      g_autoptr(GPtrArray) f = NULL;
      gint64 start = entente_bench_now_ns ();
      double ms;

      p = entente_plan_compute (document);
      f = entente_checks_run (document);
      g_clear_pointer (&p, g_ptr_array_unref);
      g_clear_pointer (&f, g_ptr_array_unref);
      ms = entente_bench_ms_since_ns (start);
      if (i >= WARM_UP_ITERATIONS)
        g_array_append_val (both_times, ms);
    }

  /* Each on its own, to tell where the time goes. */
  for (guint i = 0; i < iterations; i++)
    {
      gint64 start = entente_bench_now_ns ();
      double ms;

      g_ptr_array_unref (entente_plan_compute (document));
      ms = entente_bench_ms_since_ns (start);
      g_array_append_val (plan_times, ms);

      start = entente_bench_now_ns ();
      g_ptr_array_unref (entente_checks_run (document));
      ms = entente_bench_ms_since_ns (start);
      g_array_append_val (checks_times, ms);
    }

  both = entente_bench_stats_of (both_times);
  plan_only = entente_bench_stats_of (plan_times);
  checks_only = entente_bench_stats_of (checks_times);

  g_print ("  %u timed iterations of each, after %u to warm up; results freed each time\n\n",
           iterations, WARM_UP_ITERATIONS);
  g_print ("  %-58s %10s %10s %10s %10s\n", "", "median", "min", "mean", "max");
  print_us_row ("entente_plan_compute () + entente_checks_run ()", both);
  print_us_row ("    entente_plan_compute () alone", plan_only);
  print_us_row ("    entente_checks_run () alone (it computes the plan too)", checks_only);

  *goal_stats = both;
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  int frames = 200;
  int iterations = 2000;
  int stages = 200;
  g_autofree char *png = NULL;
  const GOptionEntry entries[] = {
    { "frames", 'f', 0, G_OPTION_ARG_INT, &frames, "Timed frames of each kind (default 200)", "N" },
    { "iterations", 'n', 0, G_OPTION_ARG_INT, &iterations, "Timed runs of plan + checks (default 2000)", "N" },
    { "stages", 's', 0, G_OPTION_ARG_INT, &stages, "Stages in the generated document (default 200)", "N" },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, "Save the last frame drawn to FILE", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = BENCH_EXAMPLE_FILE;
  EntenteBenchStats frame = { 0, 0, 0, 0 }, plan_checks = { 0, 0, 0, 0 };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("[FILE]");
  g_option_context_set_summary (context,
                                "Time drawing the funnel of FILE at 1920 × 1080, and the plan and health\n"
                                "checks on a generated document with many stages.  Without FILE, draws\n"
                                BENCH_EXAMPLE_FILE ".");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("entente-bench-render: %s\n", error->message);
      return 2;
    }
  if (argc > 2 || frames < 1 || iterations < 1 || stages < 2)
    {
      g_printerr ("entente-bench-render: give at most one FILE, --frames and --iterations of 1 or more, and --stages of 2 or more.\n");
      return 2;
    }
  if (argc == 2)
    path = argv[1];

  if (!run_render (path, (guint) frames, png, &frame) ||
      !run_plan_checks ((guint) stages, (guint) iterations, &plan_checks))
    return 1;

  g_print ("\nGoals (on medians):\n");
  g_print ("  (b) new layout + render, 1920 × 1080, ≤ %.0f ms a frame:     %7.3f ms   %s\n",
           GOAL_FRAME_MS, frame.median, entente_bench_met (frame.median <= GOAL_FRAME_MS));
  g_print ("  plan + checks, %u stages, ≤ %.0f ms:                       %7.3f ms   %s\n",
           (guint) stages, GOAL_PLAN_CHECKS_MS, plan_checks.median, entente_bench_met (plan_checks.median <= GOAL_PLAN_CHECKS_MS));

  return 0;
}
