/* entente-review-chart.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "entente-gettext.h"

#include "entente-meetings.h"
#include "entente-render-text.h"
#include "entente-review-chart.h"
#include "entente-review-words.h"

/* The monthly review as pictures, drawn once for the window, the PDF and
 * `entente-cli report --png/--svg`: tiles of the month's attainment, the
 * months side by side, and compliance by owner.
 *
 * Every figure is in the words of the review (entente-review-words.c),
 * formatted when the chart is made, in the locale in force then.  Every
 * colour also has its word ("On track", "Behind"): red and green are not
 * the only signs.  Geometry depends on the width and the text only, so a
 * chart is measured and drawn by the same code, and a theme switch only
 * redraws.
 *
 * The rule, said in the legend: the goal is the committed target, or
 * without one what the plan needs; green at or above it, amber from 80 %
 * of it, red below.  A protocol's goal is every record in time. */

#define CLOSE_SHARE 0.8

#define SIZE_SMALL  10.0
#define SIZE_BODY   11.0
#define SIZE_BIG    24.0

#define GAP         12.0
#define PADDING     10.0
#define STRIPE      4.0
#define BAR         8.0
#define TILE_MIN    140.0
#define PANEL_MIN   140.0
#define PLOT        84.0
#define FAMILIES    "Cantarell, Noto Sans, DejaVu Sans, Noto Sans Khmer, Khmer OS System, sans-serif"

typedef struct
{
  char                *name;
  char                *actual;   /* the count, or “not mapped” */
  char                *goal;     /* “Target 400 · needed 312” */
  char                *status;   /* “On track · 104 %” */
  double               ratio;    /* actual ÷ goal, negative without one */
  EntenteRenderStatus  rag;
} Tile;

typedef struct
{
  char     *name;
  char     *summary;  /* the last month's value, and the goal */
  GArray   *values;   /* double per month: a count or a share; negative where not measured */
  double    goal;     /* negative without one */
  gboolean  share;    /* values run from 0 to 1 */
} Series;

typedef struct
{
  char                *name;
  char                *figures; /* “75 % · 3 of 4” */
  double               ratio;
  EntenteRenderStatus  rag;
} Bar;

typedef struct
{
  guint      protocol; /* in the report */
  char      *title;
  GPtrArray *bars;     /* Bar */
} Group;

struct _EntenteReviewChart
{
  double     text_scale;
  GPtrArray *tiles;   /* Tile */
  char      *legend;
  GPtrArray *months;  /* char *: “Jan 2027” */
  GPtrArray *series;  /* Series: the stages, then the protocols */
  GPtrArray *groups;  /* Group */
};

/* What a drawing pass has at hand; without a cairo_t it only measures. */
typedef struct
{
  cairo_t            *cr;
  PangoContext       *context;
  EntenteRenderStyle  style;
  double              scale;   /* of the text */
} Pen;

static void
tile_free (Tile *tile)
{
  g_free (tile->name);
  g_free (tile->actual);
  g_free (tile->goal);
  g_free (tile->status);
  g_free (tile);
}

static void
series_free (Series *series)
{
  g_free (series->name);
  g_free (series->summary);
  g_array_unref (series->values);
  g_free (series);
}

static void
bar_free (Bar *bar)
{
  g_free (bar->name);
  g_free (bar->figures);
  g_free (bar);
}

static void
group_free (Group *group)
{
  g_free (group->title);
  g_ptr_array_unref (group->bars);
  g_free (group);
}

static void
chart_clear (gpointer data)
{
  EntenteReviewChart *self = data;

  g_ptr_array_unref (self->tiles);
  g_free (self->legend);
  g_ptr_array_unref (self->months);
  g_ptr_array_unref (self->series);
  g_ptr_array_unref (self->groups);
}

/* Shared by the views of the window that show it. */
EntenteReviewChart *
entente_review_chart_ref (EntenteReviewChart *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
entente_review_chart_unref (EntenteReviewChart *self)
{
  if (self != NULL)
    g_atomic_rc_box_release_full (self, chart_clear);
}

/**
 * entente_review_status:
 * @actual: what was measured, negative when nothing was
 * @goal: what it is held against, 0 or negative without a goal
 *
 * Returns: the colour of @actual against @goal, by the one rule of the
 *   review
 */
EntenteRenderStatus
entente_review_status (double actual,
                       double goal)
{
  if (actual < 0 || goal <= 0)
    return ENTENTE_RENDER_STATUS_NONE;
  if (actual >= goal)
    return ENTENTE_RENDER_STATUS_GOOD;
  if (actual >= CLOSE_SHARE * goal)
    return ENTENTE_RENDER_STATUS_CLOSE;
  return ENTENTE_RENDER_STATUS_BEHIND;
}

/* A status in words, as the tiles and the handout say it. */
const char *
entente_review_status_words (EntenteRenderStatus status)
{
  switch (status)
    {
    case ENTENTE_RENDER_STATUS_GOOD:
      return C_("attainment", "On track");
    case ENTENTE_RENDER_STATUS_CLOSE:
      return C_("attainment", "Close");
    case ENTENTE_RENDER_STATUS_BEHIND:
      return C_("attainment", "Behind");
    case ENTENTE_RENDER_STATUS_NONE:
    default:
      return C_("attainment", "No goal");
    }
}

/* What a stage's actual is held against: the committed target, or
 * without one what the plan needs; negative without either. */
static double
stage_goal (const EntenteActualsStage *stage)
{
  return stage->target > 0 ? stage->target : stage->needed > 0 ? ceil (stage->needed) : -1;
}

static void
add_tiles (EntenteReviewChart         *self,
           EntenteReviewWords         *words,
           const EntenteActualsReport *report)
{
  for (guint i = 0; i < report->stages->len; i++)
    {
      const EntenteActualsStage *stage = g_ptr_array_index (report->stages, i);
      const EntenteReviewStageWords *said = g_ptr_array_index (words->stages, i);
      double goal = stage_goal (stage);
      Tile *tile = g_new0 (Tile, 1);
      g_autofree char *share = NULL;

      tile->name = g_strdup (said->name);
      /* “not mapped” is said under the number, where it fits. */
      tile->actual = g_strdup (stage->actual >= 0 ? said->actual : "—");
      tile->ratio = stage->actual >= 0 && goal > 0 ? (double) stage->actual / goal : -1;
      tile->rag = entente_review_status ((double) stage->actual, goal);
      if (stage->target >= 0)
        /* Translators: a stage's goal: the committed target, then what the plan needs */
        tile->goal = g_strdup_printf (_("Target %s · needed %s"), said->target, said->needed);
      else
        /* Translators: a stage's goal when nobody committed to one: what the plan needs */
        tile->goal = g_strdup_printf (_("No target · needed %s"), said->needed);
      if (stage->actual < 0)
        tile->status = g_strdup (C_("attainment", "Not mapped"));
      else if (tile->ratio < 0)
        tile->status = g_strdup (entente_review_status_words (tile->rag));
      else
        {
          share = entente_format_rate (NULL, tile->ratio);
          /* Translators: a stage's status, then its actual as a share of its goal */
          tile->status = g_strdup_printf (_("%s · %s"), entente_review_status_words (tile->rag), share);
        }
      g_ptr_array_add (self->tiles, tile);
    }
  /* xgettext:no-c-format */
  self->legend = g_strdup (_("Green: at or above the goal, the committed target or without one what the plan needs; "
                             "amber: 80 % of it or more; red: below 80 %. A protocol's goal is every record in time."));
}

/* The months with records among the last @n_months, and each mapped
 * stage's and measured protocol's values in them. */
static void
add_series (EntenteReviewChart         *self,
            EntenteDocument            *document,
            const EntenteActualsReport *report,
            guint                       n_months)
{
  g_autoptr(GPtrArray) window = entente_actuals_report_get_window (report, n_months);
  g_autoptr(EntenteReviewTrendWords) trend = NULL;
  guint first = 0;

  entente_meetings_fill_window (document, window);
  /* Not the months before the export began, unless a meeting recorded
   * them: nothing was measured then. */
  while (first + 1 < window->len && !entente_actuals_month_is_known (g_ptr_array_index (window, first)))
    first++;
  g_ptr_array_remove_range (window, 0, first);
  trend = entente_review_trend_words_new (document, window);
  for (guint i = 0; i < trend->months->len; i++)
    g_ptr_array_add (self->months, g_strdup (g_ptr_array_index (trend->months, i)));

  for (guint j = 0; j < report->stages->len; j++)
    {
      const EntenteActualsStage *stage = g_ptr_array_index (report->stages, j);
      EntenteReviewSeriesWords *said = g_ptr_array_index (trend->stages, j);
      Series *series;
      g_autofree char *goal = NULL;

      if (stage->actual < 0)
        continue;
      series = g_new0 (Series, 1);
      series->name = g_strdup (said->name);
      series->values = g_array_new (FALSE, FALSE, sizeof (double));
      series->goal = stage_goal (stage);
      for (guint m = 0; m < window->len; m++)
        {
          const EntenteActualsMonth *month = g_ptr_array_index (window, m);
          const EntenteActualsStage *counted = g_ptr_array_index (month->stages, j);
          double value = entente_actuals_month_is_known (month) && counted->actual >= 0 ? (double) counted->actual : -1;

          g_array_append_val (series->values, value);
        }
      if (series->goal > 0)
        {
          goal = entente_format_count (NULL, (gint64) series->goal);
          /* Translators: the reviewed month's count, then the goal it is held against */
          series->summary = g_strdup_printf (_("%s this month · goal %s"),
                                             (char *) g_ptr_array_index (said->values, said->values->len - 1), goal);
        }
      else
        /* Translators: the reviewed month's count */
        series->summary = g_strdup_printf (_("%s this month"), (char *) g_ptr_array_index (said->values, said->values->len - 1));
      g_ptr_array_add (self->series, series);
    }

  for (guint p = 0; p < report->protocols->len; p++)
    {
      const EntenteActualsProtocol *protocol = g_ptr_array_index (report->protocols, p);
      EntenteReviewSeriesWords *said = g_ptr_array_index (trend->protocols, p);
      Series *series;

      if (protocol->compliance_gap != ENTENTE_ACTUALS_MEASURED)
        continue;
      series = g_new0 (Series, 1);
      series->name = g_strdup (said->name);
      series->values = g_array_new (FALSE, FALSE, sizeof (double));
      series->goal = 1;
      series->share = TRUE;
      for (guint m = 0; m < window->len; m++)
        {
          const EntenteActualsMonth *month = g_ptr_array_index (window, m);
          double value = entente_actuals_month_is_known (month) ? entente_actuals_protocol_get_compliance (g_ptr_array_index (month->protocols, p)) : -1;

          g_array_append_val (series->values, value);
        }
      /* Translators: a protocol's compliance in the reviewed month */
      series->summary = g_strdup_printf (_("Compliance %s this month"),
                                         (char *) g_ptr_array_index (said->values, said->values->len - 1));
      g_ptr_array_add (self->series, series);
    }
}

static Bar *
bar_new (const EntenteReviewOwnerWords *said,
         guint64                        entered,
         guint64                        in_time)
{
  Bar *bar = g_new0 (Bar, 1);
  g_autofree char *in_time_text = entente_format_count (NULL, (gint64) MIN (in_time, G_MAXINT64));
  g_autofree char *entered_text = entente_format_count (NULL, (gint64) MIN (entered, G_MAXINT64));

  bar->name = g_strdup (said->name);
  bar->ratio = entered > 0 ? (double) in_time / (double) entered : -1;
  bar->rag = entente_review_status (bar->ratio, 1);
  /* Translators: an owner's compliance, then how many of their records were followed up in time */
  bar->figures = g_strdup_printf (_("%s · %s of %s"), said->compliance, in_time_text, entered_text);
  return bar;
}

static void
add_groups (EntenteReviewChart         *self,
            EntenteReviewWords         *words,
            const EntenteActualsReport *report)
{
  for (guint p = 0; p < report->protocols->len; p++)
    {
      const EntenteActualsProtocol *protocol = g_ptr_array_index (report->protocols, p);
      const EntenteReviewProtocolWords *said = g_ptr_array_index (words->protocols, p);
      Group *group;

      if (protocol->compliance_gap != ENTENTE_ACTUALS_MEASURED || said->owners->len == 0)
        continue;
      group = g_new0 (Group, 1);
      group->protocol = p;
      group->title = g_strdup (said->title);
      group->bars = g_ptr_array_new_with_free_func ((GDestroyNotify) bar_free);
      /* The words list the owners in the report's order, the others last. */
      for (guint i = 0; i < protocol->owners->len; i++)
        {
          const EntenteActualsOwner *owner = g_ptr_array_index (protocol->owners, i);

          g_ptr_array_add (group->bars, bar_new (g_ptr_array_index (said->owners, i), owner->entered, owner->in_time));
        }
      if (protocol->others != NULL && said->owners->len > protocol->owners->len)
        g_ptr_array_add (group->bars, bar_new (g_ptr_array_index (said->owners, said->owners->len - 1),
                                               protocol->others->entered, protocol->others->in_time));
      g_ptr_array_add (self->groups, group);
    }
}

/**
 * entente_review_chart_new:
 * @report: a month's review of an export
 * @n_months: how many months the trends show, the reviewed one last
 *
 * Returns: (transfer full): the charts of @report, their words in the
 *   locale in force
 */
EntenteReviewChart *
entente_review_chart_new (EntenteDocument            *document,
                          const EntenteActualsReport *report,
                          guint                       n_months)
{
  EntenteReviewChart *self;
  g_autoptr(EntenteReviewWords) words = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (n_months >= 1, NULL);

  self = g_atomic_rc_box_new0 (EntenteReviewChart);
  self->text_scale = 1;
  self->tiles = g_ptr_array_new_with_free_func ((GDestroyNotify) tile_free);
  self->months = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);

  words = entente_review_words_new (document, report);
  add_tiles (self, words, report);
  add_series (self, document, report, n_months);
  add_groups (self, words, report);
  return self;
}

/**
 * entente_review_chart_has:
 *
 * Returns: whether @kind has anything to show: trends need two months,
 *   owners a protocol measured by owner
 */
gboolean
entente_review_chart_has (EntenteReviewChart     *self,
                          EntenteReviewChartKind  kind)
{
  g_return_val_if_fail (self != NULL, FALSE);

  switch (kind)
    {
    case ENTENTE_REVIEW_CHART_TILES:
      return self->tiles->len > 0;
    case ENTENTE_REVIEW_CHART_TRENDS:
      return self->months->len > 1 && self->series->len > 0;
    case ENTENTE_REVIEW_CHART_OWNERS:
      return self->groups->len > 0;
    default:
      return FALSE;
    }
}

/* Drawing */

static void
set_ink (Pen              *pen,
         EntenteRenderInk  ink)
{
  EntenteRenderColor color;

  entente_render_palette_get_ink (pen->style, ink, &color);
  cairo_set_source_rgb (pen->cr, color.red, color.green, color.blue);
}

static void
set_status (Pen                 *pen,
            EntenteRenderStatus  status)
{
  EntenteRenderColor color;

  entente_render_palette_get_status (pen->style, status, &color);
  cairo_set_source_rgb (pen->cr, color.red, color.green, color.blue);
}

/* Sets @text in @width at (@x, @y), in at most @lines lines (ellipsized
 * past them); its height, whether drawn or only measured. */
static double
text (Pen              *pen,
      const char       *words,
      double            x,
      double            y,
      double            width,
      double            size,
      PangoWeight       weight,
      EntenteRenderInk  ink,
      PangoAlignment    alignment,
      int               lines)
{
  /* Drawn on a context of @cr's own, with the measuring one's options:
   * updating a shared context to @cr would change it for others. */
  g_autoptr(PangoLayout) layout = pen->cr != NULL ? pango_cairo_create_layout (pen->cr) : pango_layout_new (pen->context);
  PangoFontDescription *font = pango_font_description_from_string (FAMILIES);
  g_autofree char *isolated = entente_render_text_isolate (words);
  int height;

  if (pen->cr != NULL)
    {
      const cairo_font_options_t *options = pango_cairo_context_get_font_options (pen->context);

      if (options != NULL)
        pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
      pango_layout_context_changed (layout);
    }
  pango_font_description_set_absolute_size (font, size * pen->scale * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -lines);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, isolated, -1);
  pango_layout_get_pixel_size (layout, NULL, &height);

  if (pen->cr != NULL)
    {
      cairo_save (pen->cr);
      set_ink (pen, ink);
      cairo_move_to (pen->cr, x, y);
      pango_cairo_show_layout (pen->cr, layout);
      cairo_restore (pen->cr);
    }
  return height;
}

/* A bar of @ratio of @width (a mark where 1 is when the bar can go past
 * it); the rest of the track faint. */
static void
progress (Pen                 *pen,
          double               x,
          double               y,
          double               width,
          double               ratio,
          EntenteRenderStatus  status)
{
  double full = ratio > 1 ? width / ratio : width;

  if (pen->cr == NULL)
    return;
  set_ink (pen, ENTENTE_RENDER_INK_RULE);
  cairo_rectangle (pen->cr, x, y, width, BAR);
  cairo_fill (pen->cr);
  if (ratio > 0)
    {
      set_status (pen, status);
      cairo_rectangle (pen->cr, x, y, width * MIN (ratio, 1), BAR);
      cairo_fill (pen->cr);
    }
  if (ratio > 1)
    {
      set_ink (pen, ENTENTE_RENDER_INK_TEXT);
      cairo_rectangle (pen->cr, x + full - 1, y - 3, 2, BAR + 6);
      cairo_fill (pen->cr);
    }
}

static double
tile_height (Pen        *pen,
             const Tile *tile,
             double      x,
             double      y,
             double      width)
{
  double inner = width - 2 * PADDING - STRIPE;
  double left = x + STRIPE + PADDING;
  double top = y + PADDING;

  top += text (pen, tile->name, left, top, inner, SIZE_BODY, PANGO_WEIGHT_BOLD, ENTENTE_RENDER_INK_TEXT, PANGO_ALIGN_LEFT, 2);
  top += text (pen, tile->actual, left, top, inner, SIZE_BIG, PANGO_WEIGHT_BOLD, ENTENTE_RENDER_INK_TEXT, PANGO_ALIGN_LEFT, 1);
  top += text (pen, tile->goal, left, top, inner, SIZE_SMALL, PANGO_WEIGHT_NORMAL, ENTENTE_RENDER_INK_DIM_TEXT, PANGO_ALIGN_LEFT, 2);
  top += 4;
  progress (pen, left, top, inner, tile->ratio, tile->rag);
  top += BAR + 4;
  top += text (pen, tile->status, left, top, inner, SIZE_SMALL, PANGO_WEIGHT_BOLD, ENTENTE_RENDER_INK_TEXT, PANGO_ALIGN_LEFT, 2);
  return top + PADDING - y;
}

static double
draw_tiles (EntenteReviewChart *self,
            Pen                *pen,
            double              width)
{
  guint fit = MAX (1, (guint) ((width + GAP) / (TILE_MIN * pen->scale + GAP)));
  guint columns = MIN (fit, MAX (self->tiles->len, 1));
  double tile_width = (width - GAP * (columns - 1)) / columns;
  double height = 0, y = 0;
  Pen measure = { NULL, pen->context, pen->style, pen->scale };

  /* Every tile as tall as the tallest, so that the rows line up. */
  for (guint i = 0; i < self->tiles->len; i++)
    height = MAX (height, tile_height (&measure, g_ptr_array_index (self->tiles, i), 0, 0, tile_width));

  for (guint i = 0; i < self->tiles->len; i++)
    {
      const Tile *tile = g_ptr_array_index (self->tiles, i);
      double x = (i % columns) * (tile_width + GAP);

      y = (i / columns) * (height + GAP);
      if (pen->cr == NULL)
        continue;
      set_ink (pen, ENTENTE_RENDER_INK_RULE);
      cairo_set_line_width (pen->cr, 1);
      cairo_rectangle (pen->cr, x + 0.5, y + 0.5, tile_width - 1, height - 1);
      cairo_stroke (pen->cr);
      set_status (pen, tile->rag);
      cairo_rectangle (pen->cr, x, y, STRIPE, height);
      cairo_fill (pen->cr);
      tile_height (pen, tile, x, y, tile_width);
    }
  y = ((self->tiles->len + columns - 1) / columns) * (height + GAP);
  y += text (pen, self->legend, 0, y, width, SIZE_SMALL, PANGO_WEIGHT_NORMAL, ENTENTE_RENDER_INK_DIM_TEXT, PANGO_ALIGN_LEFT, 4);
  return y;
}

/* One series' plot: bars for counts, a line for shares, the goal dashed;
 * nothing where a month was not measured. */
static void
plot (EntenteReviewChart *self,
      Pen                *pen,
      const Series       *series,
      double              x,
      double              y,
      double              width)
{
  guint n = series->values->len;
  double slot = width / n;
  double top = series->share ? 1 : MAX (series->goal, 1);
  gboolean drawn = FALSE;

  for (guint m = 0; m < n; m++)
    top = MAX (top, g_array_index (series->values, double, m));
  top *= 1.1;

  set_ink (pen, ENTENTE_RENDER_INK_RULE);
  cairo_set_line_width (pen->cr, 1);
  cairo_move_to (pen->cr, x, y + PLOT + 0.5);
  cairo_line_to (pen->cr, x + width, y + PLOT + 0.5);
  cairo_stroke (pen->cr);

  for (guint m = 0; m < n; m++)
    {
      double value = g_array_index (series->values, double, m);
      double cx = x + slot * (m + 0.5);
      double cy = y + PLOT - PLOT * value / top;

      if (value < 0)
        {
          drawn = FALSE;
          continue;
        }
      set_status (pen, entente_review_status (value, series->goal));
      if (!series->share)
        {
          cairo_rectangle (pen->cr, cx - slot * 0.3, cy, slot * 0.6, y + PLOT - cy);
          cairo_fill (pen->cr);
          continue;
        }
      cairo_arc (pen->cr, cx, cy, 3, 0, 2 * G_PI);
      cairo_fill (pen->cr);
      set_ink (pen, ENTENTE_RENDER_INK_DIM_TEXT);
      if (drawn)
        {
          double previous = g_array_index (series->values, double, m - 1);

          cairo_move_to (pen->cr, cx - slot, y + PLOT - PLOT * previous / top);
          cairo_line_to (pen->cr, cx, cy);
          cairo_stroke (pen->cr);
        }
      drawn = TRUE;
    }

  if (series->goal > 0)
    {
      double gy = y + PLOT - PLOT * series->goal / top;
      static const double dash[] = { 4, 3 };

      set_ink (pen, ENTENTE_RENDER_INK_TEXT);
      cairo_set_dash (pen->cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (pen->cr, x, gy);
      cairo_line_to (pen->cr, x + width, gy);
      cairo_stroke (pen->cr);
      cairo_set_dash (pen->cr, NULL, 0, 0);
    }
}

/* A panel's name and summary; their height. */
static double
panel_head (Pen          *pen,
            const Series *series,
            double        x,
            double        y,
            double        width)
{
  double height = text (pen, series->name, x, y, width, SIZE_BODY, PANGO_WEIGHT_BOLD, ENTENTE_RENDER_INK_TEXT, PANGO_ALIGN_LEFT, 2);

  height += text (pen, series->summary, x, y + height, width, SIZE_SMALL, PANGO_WEIGHT_NORMAL, ENTENTE_RENDER_INK_DIM_TEXT, PANGO_ALIGN_LEFT, 2);
  return height;
}

/* A panel whose plot starts at @head under its top, as its neighbours'
 * do; its height. */
static double
panel (EntenteReviewChart *self,
       Pen                *pen,
       const Series       *series,
       double              x,
       double              y,
       double              width,
       double              head)
{
  double top = y;
  double label_height = 0;
  const char *first = g_ptr_array_index (self->months, 0);
  const char *last = g_ptr_array_index (self->months, self->months->len - 1);

  panel_head (pen, series, x, top, width);
  top += head + 6;
  if (pen->cr != NULL)
    plot (self, pen, series, x, top, width);
  top += PLOT + 4;
  /* The first and the last month: every month's name would not fit. */
  label_height = text (pen, first, x, top, width / 2, SIZE_SMALL, PANGO_WEIGHT_NORMAL, ENTENTE_RENDER_INK_DIM_TEXT, PANGO_ALIGN_LEFT, 1);
  label_height = MAX (label_height,
                      text (pen, last, x + width / 2, top, width / 2, SIZE_SMALL, PANGO_WEIGHT_NORMAL, ENTENTE_RENDER_INK_DIM_TEXT, PANGO_ALIGN_RIGHT, 1));
  return top + label_height - y;
}

static double
draw_trends (EntenteReviewChart *self,
             Pen                *pen,
             double              width)
{
  guint columns = MAX (1, (guint) ((width + GAP) / (PANEL_MIN * pen->scale + GAP)));
  double panel_width, height = 0, row_top = 0;
  Pen measure = { NULL, pen->context, pen->style, pen->scale };

  double head = 0;

  columns = MIN (columns, MAX (self->series->len, 1));
  panel_width = (width - 2 * GAP * (columns - 1)) / columns;
  /* Every plot at the same height, whatever its name's lines. */
  for (guint i = 0; i < self->series->len; i++)
    head = MAX (head, panel_head (&measure, g_ptr_array_index (self->series, i), 0, 0, panel_width));
  for (guint i = 0; i < self->series->len; i++)
    height = MAX (height, panel (self, &measure, g_ptr_array_index (self->series, i), 0, 0, panel_width, head));

  for (guint i = 0; i < self->series->len; i++)
    {
      row_top = (i / columns) * (height + 2 * GAP);
      if (pen->cr != NULL)
        panel (self, pen, g_ptr_array_index (self->series, i), (i % columns) * (panel_width + 2 * GAP), row_top,
               panel_width, head);
    }
  return ((self->series->len + columns - 1) / columns) * (height + 2 * GAP) - 2 * GAP;
}

static double
draw_owners (EntenteReviewChart *self,
             Pen                *pen,
             double              width,
             int                 part)
{
  double y = 0;
  double name_width = width * 0.32, figures_width = width * 0.26;
  double bar_x = name_width + GAP, bar_width = width - name_width - figures_width - 2 * GAP;

  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = g_ptr_array_index (self->groups, g);

      if (part >= 0 && group->protocol != (guint) part)
        continue;
      if (y > 0)
        y += 2 * GAP;
      /* Alone, a group goes under its protocol's own heading. */
      if (part < 0)
        y += text (pen, group->title, 0, y, width, SIZE_BODY, PANGO_WEIGHT_BOLD, ENTENTE_RENDER_INK_TEXT, PANGO_ALIGN_LEFT, 2) + 4;
      for (guint i = 0; i < group->bars->len; i++)
        {
          const Bar *bar = g_ptr_array_index (group->bars, i);
          double line = text (pen, bar->name, 0, y, name_width, SIZE_BODY, PANGO_WEIGHT_NORMAL, ENTENTE_RENDER_INK_TEXT, PANGO_ALIGN_LEFT, 1);

          line = MAX (line, text (pen, bar->figures, width - figures_width, y, figures_width, SIZE_BODY,
                                  PANGO_WEIGHT_NORMAL, ENTENTE_RENDER_INK_TEXT, PANGO_ALIGN_RIGHT, 1));
          progress (pen, bar_x, y + (line - BAR) / 2, bar_width, bar->ratio, bar->rag);
          y += line + 6;
        }
    }
  return y;
}

static double
draw_kind (EntenteReviewChart     *self,
           EntenteReviewChartKind  kind,
           Pen                    *pen,
           double                  width,
           int                     part)
{
  switch (kind)
    {
    case ENTENTE_REVIEW_CHART_TILES:
      return draw_tiles (self, pen, width);
    case ENTENTE_REVIEW_CHART_TRENDS:
      return entente_review_chart_has (self, kind) ? draw_trends (self, pen, width) : 0;
    case ENTENTE_REVIEW_CHART_OWNERS:
      return draw_owners (self, pen, width, part);
    default:
      g_return_val_if_reached (0);
    }
}

/**
 * entente_review_chart_measure:
 * @context: the context its text is set in
 * @part: with %ENTENTE_REVIEW_CHART_OWNERS, the index of the protocol
 *   whose owners alone are wanted, without its title; -1 for all
 *
 * Returns: the height @kind takes at @width
 */
double
entente_review_chart_measure (EntenteReviewChart     *self,
                              EntenteReviewChartKind  kind,
                              int                     part,
                              PangoContext           *context,
                              double                  width)
{
  Pen pen = { NULL, context, ENTENTE_RENDER_LIGHT, self->text_scale };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  return ceil (draw_kind (self, kind, &pen, width, part));
}

/**
 * entente_review_chart_draw:
 * @cr: where to draw, from (0, 0), as tall as measured
 * @context: the context its text is set in, as measured
 */
void
entente_review_chart_draw (EntenteReviewChart     *self,
                           EntenteReviewChartKind  kind,
                           int                     part,
                           cairo_t                *cr,
                           PangoContext           *context,
                           double                  width,
                           EntenteRenderStyle      style)
{
  Pen pen = { cr, context, style, self->text_scale };

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  cairo_save (cr);
  draw_kind (self, kind, &pen, width, part);
  cairo_restore (cr);
}

/* The charts as one picture */

typedef struct
{
  EntenteReviewChart *chart;
  PangoContext       *context;
  EntenteRenderStyle  style;
  double              width;
} Picture;

static const char *
heading (EntenteReviewChartKind kind)
{
  switch (kind)
    {
    case ENTENTE_REVIEW_CHART_TILES:
      return _("Stages");
    case ENTENTE_REVIEW_CHART_TRENDS:
      return _("Month by month");
    case ENTENTE_REVIEW_CHART_OWNERS:
    default:
      return _("Compliance by owner");
    }
}

/* Every chart with something to show, under its heading; its height. */
static double
draw_picture (Picture *picture,
              cairo_t *cr)
{
  Pen pen = { cr, picture->context, picture->style, picture->chart->text_scale };
  double y = GAP * 2;
  double inner = picture->width - 4 * GAP;

  for (int kind = 0; kind < ENTENTE_REVIEW_CHART_N_KINDS; kind++)
    {
      if (!entente_review_chart_has (picture->chart, kind))
        continue;
      y += text (&pen, heading (kind), 2 * GAP, y, inner, SIZE_BODY + 3, PANGO_WEIGHT_BOLD,
                 ENTENTE_RENDER_INK_TEXT, PANGO_ALIGN_LEFT, 2) + GAP;
      if (cr != NULL)
        {
          cairo_save (cr);
          cairo_translate (cr, 2 * GAP, y);
          draw_kind (picture->chart, kind, &pen, inner, -1);
          cairo_restore (cr);
        }
      y += ceil (draw_kind (picture->chart, kind, &(Pen) { NULL, picture->context, picture->style, picture->chart->text_scale }, inner, -1)) + 2 * GAP;
    }
  return y;
}

static void
paint_picture (cairo_t  *cr,
               gpointer  data)
{
  Picture *picture = data;
  EntenteRenderColor background;

  entente_render_palette_get_ink (picture->style, ENTENTE_RENDER_INK_BACKGROUND, &background);
  cairo_set_source_rgb (cr, background.red, background.green, background.blue);
  cairo_paint (cr);
  draw_picture (picture, cr);
}

/**
 * entente_review_chart_export:
 * @width: the picture's width, in CSS pixels
 *
 * Every chart with something to show, one under the other, as a picture
 * of its own.
 *
 * Returns: (transfer full): the picture's bytes, or %NULL with @error set
 */
GBytes *
entente_review_chart_export (EntenteReviewChart   *self,
                             EntenteFunnelFormat   format,
                             EntenteRenderStyle    style,
                             double                width,
                             GError              **error)
{
  PangoFontMap *fonts = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (fonts);
  Picture picture = { self, context, style, width };
  GBytes *bytes;
  double height;

  g_return_val_if_fail (self != NULL, NULL);

  /* The same text at any size of the picture, whatever the screen says. */
  pango_cairo_context_set_resolution (context, 72.0);
  height = ceil (draw_picture (&picture, NULL));
  bytes = entente_render_encode (format, width, height, NULL, ENTENTE_RENDER_WORK_REVIEW, paint_picture, &picture, error);
  g_object_unref (context);
  return bytes;
}

/**
 * entente_review_chart_has_owners:
 * @protocol: a protocol's index in the report
 *
 * Returns: whether @protocol has owners to show
 */
gboolean
entente_review_chart_has_owners (EntenteReviewChart *self,
                                 guint               protocol)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint g = 0; g < self->groups->len; g++)
    if (((Group *) g_ptr_array_index (self->groups, g))->protocol == protocol)
      return TRUE;
  return FALSE;
}

/**
 * entente_review_chart_set_text_scale:
 * @scale: how much larger than on paper its text is set: on screen, 96
 *   pixels to 72 points
 */
void
entente_review_chart_set_text_scale (EntenteReviewChart *self,
                                     double              scale)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (scale > 0);

  self->text_scale = scale;
}
