/* entente-funnel-layout.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <math.h>
#include <pango/pangocairo.h>

#include "entente-core.h"
#include "entente-funnel-layout-private.h"
#include "entente-render-text.h"

/* Where everything of the funnel diagram goes, computed once and drawn by
 * entente_funnel_render() into any cairo_t; the tests read the same
 * geometry the pixels come from.
 *
 * The drawing, top to bottom: one row per stage in funnel order, then a
 * legend of the parties.  Each row holds a band, centred in the funnel
 * column on the left, with the records the stage needs written inside,
 * and, in a text column on the right, the stage's name over the committed
 * target, the gap and the actual count.  Text beside the bands, rather
 * than in them, keeps long names readable when the lower bands are
 * narrow.
 *
 * Band widths are proportional to the need, so that a band twice as wide
 * needs twice the records.  Lead counts are often a hundred times the
 * customer count, and a linear scale would then draw the lower half of
 * the funnel as slivers: past a range of LINEAR_MAX_RANGE, widths follow
 * the square root of the need instead.  A note under the legend says
 * what the counts in the bands are, and which scale their widths follow.
 * A count too wide for its band is written beside it.  A plan that
 * cannot say what any stage needs draws no bands, but says what is
 * missing.
 *
 * All text is laid out by Pango, so that Khmer and other complex scripts
 * shape correctly, at one size for the whole drawing: the largest that
 * lets every row's text fit its row.  Each text keeps to a box of its
 * own, so that nothing overlaps whatever the names are; a name wraps to
 * two lines at most and is then ellipsized. */

/* Text sizes are in drawing units (pixels for an image, points for PDF). */
#define MIN_TEXT_SIZE       6.0
#define MIN_STACKED_SIZE    8.0
#define SIZE_STEP           0.93
#define LEGEND_SCALE        0.93
#define MIN_COLUMN_FRACTION 0.30
#define MAX_COLUMN_FRACTION 0.46
/* Widest need over narrowest drawn to scale: a twelfth of the widest
 * band is still a band one can point at. */
#define LINEAR_MAX_RANGE    12.0
/* The width of a band whose need is too small to show at the scale. */
#define HAIRLINE            2.0
/* A row holds a name on two lines over the figures on one. */
#define ROW_LINES           3.0

/* Under the legend: what the counts are, and the scale when it is not
 * linear. */
#define NOTE(self) ((self)->root_scale \
                    ? _("Each band holds the records its stage needs per period; its width follows their square root.") \
                    : _("Each band holds the records its stage needs per period; its width is in proportion."))

typedef struct
{
  EntenteFunnelText  pub;
  char              *text;
  PangoLayout       *layout;
  double             x;
  double             y;
} Text;

typedef struct
{
  EntenteFunnelBand  pub;
  char              *stage_id;
  char              *name;
  char              *party_id;
  char              *target_party;
  double             exact;   /* needed, exact; negative when unknown */
  double             share;   /* 0 for the narrowest band, 1 for the widest */
  cairo_rectangle_t  row;     /* what band_at() answers for */
} Band;

typedef struct
{
  EntenteFunnelLegendEntry  pub;
  char                     *party_id;
  char                     *label;
} LegendEntry;

struct _EntenteFunnelLayout
{
  GObject       parent_instance;

  PangoContext *context;
  double        width;
  double        height;

  GArray       *bands;    /* Band */
  GArray       *legend;   /* LegendEntry */
  GArray       *texts;    /* Text */
  GHashTable   *teams;    /* party id → team name */
  double        text_size; /* the body text's, or 0 to follow the drawing's size */
  gboolean      root_scale;
  gboolean      any_known;
};

G_DEFINE_FINAL_TYPE (EntenteFunnelLayout, entente_funnel_layout, G_TYPE_OBJECT)

static void
text_clear (gpointer data)
{
  Text *text = data;

  g_clear_pointer (&text->text, g_free);
  g_clear_object (&text->layout);
}

static void
band_clear (gpointer data)
{
  Band *band = data;

  g_clear_pointer (&band->stage_id, g_free);
  g_clear_pointer (&band->name, g_free);
  g_clear_pointer (&band->party_id, g_free);
  g_clear_pointer (&band->target_party, g_free);
}

static void
legend_entry_clear (gpointer data)
{
  LegendEntry *entry = data;

  g_clear_pointer (&entry->party_id, g_free);
  g_clear_pointer (&entry->label, g_free);
}

static void
entente_funnel_layout_finalize (GObject *object)
{
  EntenteFunnelLayout *self = ENTENTE_FUNNEL_LAYOUT (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->legend, g_array_unref);
  g_clear_pointer (&self->texts, g_array_unref);
  g_clear_pointer (&self->teams, g_hash_table_unref);

  G_OBJECT_CLASS (entente_funnel_layout_parent_class)->finalize (object);
}

static void
entente_funnel_layout_class_init (EntenteFunnelLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = entente_funnel_layout_finalize;
}

static void
entente_funnel_layout_init (EntenteFunnelLayout *self)
{
  self->bands = g_array_new (FALSE, TRUE, sizeof (Band));
  g_array_set_clear_func (self->bands, band_clear);
  self->legend = g_array_new (FALSE, TRUE, sizeof (LegendEntry));
  g_array_set_clear_func (self->legend, legend_entry_clear);
  self->texts = g_array_new (FALSE, TRUE, sizeof (Text));
  g_array_set_clear_func (self->texts, text_clear);
  self->teams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* A context of our own measures the same at every scale: no hinting of
 * metrics, so that the PDF, the SVG and the PNG of one layout agree to
 * the fraction of a unit. */
static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  cairo_font_options_destroy (options);
  /* The language picks fonts and line breaks: the one in force, not the
   * process's, so that an export sets alike on every machine. */
  pango_context_set_language (context, pango_language_from_string (
                                entente_locale_get_tag (entente_locale_get_default ())));

  return context;
}

/* A label shows a few lines at most, but Pango lays out all of a text to
 * ellipsize it, in a time that grows with the square of its line breaks:
 * a stage name pasted a megabyte long, with a line break every few words,
 * took minutes.  What is far past anything a label can show is left out
 * before. */
#define MAX_LABEL_CHARS 1000

static int
label_length (const char *text)
{
  const char *end = text;

  for (guint n = 0; *end != '\0' && n < MAX_LABEL_CHARS; n++)
    end = g_utf8_next_char (end);

  return (int) (end - text);
}

static PangoLayout *
text_layout_new (PangoContext *context,
                 const char   *text,
                 double        size,
                 PangoWeight   weight,
                 double        width,
                 int           max_lines)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  g_autofree char *printable = entente_render_text_for_cairo (text, label_length (text));

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, printable, -1);

  if (width > 0.0)
    {
      pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      /* A negative height is a number of lines. */
      pango_layout_set_height (layout, -MAX (max_lines, 1));
    }

  return layout;
}

static PangoLayout *
create_text_layout (EntenteFunnelLayout *self,
                    const char          *text,
                    double               size,
                    PangoWeight          weight,
                    double               width,
                    int                  max_lines)
{
  return text_layout_new (self->context, text, size, weight, width, max_lines);
}

static void
get_logical (PangoLayout       *layout,
             cairo_rectangle_t *rect)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  rect->x = (double) logical.x / PANGO_SCALE;
  rect->y = (double) logical.y / PANGO_SCALE;
  rect->width = (double) logical.width / PANGO_SCALE;
  rect->height = (double) logical.height / PANGO_SCALE;
}

/* The height of a line of @names at @size: Khmer's lines are a good deal
 * taller than Latin ones at one size. */
static double
line_height (PangoContext *context,
             GPtrArray    *names,
             double        size)
{
  g_autoptr(GString) all = g_string_new ("Ag");
  g_autoptr(PangoLayout) layout = NULL;
  cairo_rectangle_t box;

  for (guint i = 0; i < names->len && all->len < 4096; i++)
    g_string_append (all, g_ptr_array_index (names, i));
  layout = text_layout_new (context, all->str, size, PANGO_WEIGHT_BOLD, -1.0, 1);
  get_logical (layout, &box);

  return box.height;
}

static double
natural_width (EntenteFunnelLayout *self,
               const char          *text,
               double               size,
               PangoWeight          weight)
{
  g_autoptr(PangoLayout) layout = create_text_layout (self, text, size, weight, -1.0, 1);
  cairo_rectangle_t rect;

  get_logical (layout, &rect);
  return rect.width;
}

/* Takes @layout and places it so that its logical box starts at (x, y). */
static guint
add_text (EntenteFunnelLayout   *self,
          EntenteFunnelTextRole  role,
          guint                  index,
          const char            *string,
          PangoLayout           *layout,
          double                 x,
          double                 y)
{
  PangoRectangle ink, logical;
  Text text = { { 0 } };

  pango_layout_get_extents (layout, &ink, &logical);
  text.text = g_strdup (string);
  text.layout = layout;
  text.x = x - (double) logical.x / PANGO_SCALE;
  text.y = y - (double) logical.y / PANGO_SCALE;
  text.pub.role = role;
  text.pub.index = index;
  text.pub.text = text.text;
  text.pub.logical.x = x;
  text.pub.logical.y = y;
  text.pub.logical.width = (double) logical.width / PANGO_SCALE;
  text.pub.logical.height = (double) logical.height / PANGO_SCALE;
  text.pub.ink.x = text.x + (double) ink.x / PANGO_SCALE;
  text.pub.ink.y = text.y + (double) ink.y / PANGO_SCALE;
  text.pub.ink.width = (double) ink.width / PANGO_SCALE;
  text.pub.ink.height = (double) ink.height / PANGO_SCALE;
  text.pub.ellipsized = pango_layout_is_ellipsized (layout);
  g_array_append_val (self->texts, text);

  return self->texts->len - 1;
}

static const char *
team_of (EntenteFunnelLayout *self,
         const char          *party_id)
{
  const char *team = g_hash_table_lookup (self->teams, party_id);

  return team != NULL && *team != '\0' ? team : party_id;
}

/* “Target 400 (Marketing) · 88 above need · Actual 350”: what was
 * promised for the stage and how it compares with the need. */
static char *
compose_detail (EntenteFunnelLayout *self,
                const Band          *band)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (band->pub.target >= 0)
    {
      g_autofree char *target = entente_format_count (NULL, band->pub.target);

      if (band->target_party != NULL)
        {
          const char *team = team_of (self, band->target_party);

          /* Translators: a committed count, then the team that committed to it */
          g_ptr_array_add (parts, g_strdup_printf (_("Target %s (%s)"), target, team));
        }
      else
        {
          /* Translators: a committed count */
          g_ptr_array_add (parts, g_strdup_printf (_("Target %s"), target));
        }

      if (band->pub.needed >= 0)
        {
          gint64 gap = band->pub.target - band->pub.needed;
          g_autofree char *amount = entente_format_count (NULL, ABS (gap));

          if (gap > 0)
            /* Translators: the target exceeds what the stage needs by this many records */
            g_ptr_array_add (parts, g_strdup_printf (_("%s above need"), amount));
          else if (gap < 0)
            /* Translators: the target falls short of what the stage needs by this many records */
            g_ptr_array_add (parts, g_strdup_printf (_("%s short"), amount));
          else
            g_ptr_array_add (parts, g_strdup (_("meets need")));
        }
    }
  else
    {
      g_ptr_array_add (parts, g_strdup (_("No target")));
    }

  if (band->pub.actual >= 0)
    {
      g_autofree char *actual = entente_format_count (NULL, band->pub.actual);

      g_ptr_array_add (parts, g_strdup_printf (_("Actual %s"), actual));
    }

  g_ptr_array_add (parts, NULL);
  /* Translators: separates the parts of a stage's details */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static char *
compose_needed (const Band *band)
{
  return band->pub.needed >= 0 ? entente_format_count (NULL, band->pub.needed) : g_strdup ("—");
}

/* How wide each band is, from 0 (narrowest) to 1 (all the column).  An
 * unknown need cannot be drawn to scale: those bands, which are always the
 * upper ones since the plan walks up from the customers, narrow evenly;
 * the known ones below scale by the square root of their need. */
static void
compute_shares (EntenteFunnelLayout *self)
{
  guint n = self->bands->len;
  guint first_known = n;
  double top_known = 0.0;
  double least_known = G_MAXDOUBLE;
  double ceiling = 1.0;
  double previous = 1.0;

  for (guint i = 0; i < n; i++)
    {
      Band *band = &g_array_index (self->bands, Band, i);

      if (band->exact >= 0.0)
        {
          if (first_known == n)
            first_known = i;
          top_known = MAX (top_known, band->exact);
          if (band->exact > 0.0)
            least_known = MIN (least_known, band->exact);
        }
    }
  self->any_known = first_known < n;
  self->root_scale = top_known > 0.0 && least_known < G_MAXDOUBLE && top_known / least_known > LINEAR_MAX_RANGE;

  for (guint i = 0; i < n; i++)
    {
      Band *band = &g_array_index (self->bands, Band, i);
      double even = n > 1 ? 1.0 - (double) i / (n - 1) : 1.0;
      double share;

      if (i == first_known)
        ceiling = even;

      if (band->exact < 0.0 || i < first_known)
        share = even;
      else if (top_known > 0.0 && self->root_scale)
        share = ceiling * sqrt (band->exact / top_known);
      else if (top_known > 0.0)
        share = ceiling * band->exact / top_known;
      else
        share = 0.0;

      /* A funnel never widens on the way down. */
      share = MIN (share, previous);
      band->share = share;
      previous = share;
    }
}

/* One row's text at one size: the candidate layouts and their box. */
typedef struct
{
  PangoLayout *name;
  PangoLayout *detail;
  double       name_width;  /* the room the name was given */
  double       height;
  gboolean     side_by_side;
} RowText;

static void
row_text_clear (RowText *row)
{
  g_clear_object (&row->name);
  g_clear_object (&row->detail);
}

/* Lays out one row's name and detail in @width × @height: stacked, the
 * name on up to two lines above the detail, the first of the candidates
 * that fits, and when @whole only one that shows all of the text; else
 * side by side.  Returns %FALSE when nothing fits. */
static gboolean
fit_row (EntenteFunnelLayout *self,
         const Band          *band,
         const char          *detail,
         double               size,
         double               width,
         double               height,
         gboolean             stacked,
         gboolean             whole,
         RowText             *row)
{
  static const int stacked_lines[][2] = { { 2, 2 }, { 2, 1 }, { 1, 1 } };
  double spacing = size * 0.18;

  if (stacked)
    {
      for (guint i = 0; i < G_N_ELEMENTS (stacked_lines); i++)
        {
          cairo_rectangle_t name_box, detail_box;

          row_text_clear (row);
          row->name = create_text_layout (self, band->name, size, PANGO_WEIGHT_BOLD,
                                          width, stacked_lines[i][0]);
          row->detail = create_text_layout (self, detail, size, PANGO_WEIGHT_NORMAL,
                                            width, stacked_lines[i][1]);
          get_logical (row->name, &name_box);
          get_logical (row->detail, &detail_box);
          row->name_width = width;
          row->height = name_box.height + spacing + detail_box.height;
          row->side_by_side = FALSE;
          if (row->height <= height &&
              (!whole || (!pango_layout_is_ellipsized (row->name) &&
                          !pango_layout_is_ellipsized (row->detail))))
            return TRUE;
        }
      return FALSE;
    }
  else
    {
      double gap = size;
      double detail_width = MIN (natural_width (self, detail, size, PANGO_WEIGHT_NORMAL) + 1.0,
                                 width * 0.45);
      cairo_rectangle_t name_box, detail_box;

      row_text_clear (row);
      row->name_width = width - detail_width - gap;
      row->name = create_text_layout (self, band->name, size, PANGO_WEIGHT_BOLD, row->name_width, 1);
      row->detail = create_text_layout (self, detail, size, PANGO_WEIGHT_NORMAL,
                                        detail_width, 1);
      get_logical (row->name, &name_box);
      get_logical (row->detail, &detail_box);
      row->height = MAX (name_box.height, detail_box.height);
      row->side_by_side = TRUE;
      return row->height <= height;
    }
}

/* The legend: a swatch and the team name for each party that owns a band,
 * in party order, in centred rows from @top down.  Only measures unless
 * @place.  Returns its height. */
static double
layout_legend (EntenteFunnelLayout *self,
               double               left,
               double               top,
               double               width,
               double               size,
               gboolean             place)
{
  double swatch = size * 0.95;
  double swatch_gap = size * 0.45;
  double entry_gap = size * 1.6;
  double row_gap = size * 0.5;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));   /* first entry of each row */
  double row_height = swatch;
  double height, y, x_cursor = 0.0;
  guint n = self->legend->len;

  if (n == 0)
    return 0.0;

  for (guint i = 0; i < n; i++)
    {
      LegendEntry *entry = &g_array_index (self->legend, LegendEntry, i);
      PangoLayout *layout = create_text_layout (self, entry->label, size, PANGO_WEIGHT_NORMAL,
                                                width - swatch - swatch_gap, 1);
      cairo_rectangle_t box;
      double entry_width;

      get_logical (layout, &box);
      g_ptr_array_add (layouts, layout);
      row_height = MAX (row_height, box.height);
      entry_width = swatch + swatch_gap + box.width;
      g_array_append_val (widths, entry_width);

      if (i == 0 || x_cursor + entry_gap + entry_width > width)
        {
          g_array_append_val (rows, i);
          x_cursor = entry_width;
        }
      else
        {
          x_cursor += entry_gap + entry_width;
        }
    }

  height = rows->len * row_height + (rows->len - 1) * row_gap;
  if (!place)
    return height;
  y = top;

  for (guint r = 0; r < rows->len; r++)
    {
      guint first = g_array_index (rows, guint, r);
      guint end = r + 1 < rows->len ? g_array_index (rows, guint, r + 1) : n;
      double row_width = 0.0;
      double x;

      for (guint i = first; i < end; i++)
        row_width += g_array_index (widths, double, i) + (i > first ? entry_gap : 0.0);
      x = left + (width - row_width) / 2.0;

      for (guint i = first; i < end; i++)
        {
          LegendEntry *entry = &g_array_index (self->legend, LegendEntry, i);
          PangoLayout *layout = g_object_ref (g_ptr_array_index (layouts, i));
          cairo_rectangle_t box;

          get_logical (layout, &box);
          entry->pub.swatch.x = x;
          entry->pub.swatch.y = y + (row_height - swatch) / 2.0;
          entry->pub.swatch.width = swatch;
          entry->pub.swatch.height = swatch;
          entry->pub.text = add_text (self, ENTENTE_FUNNEL_TEXT_LEGEND, i, entry->label, layout,
                                      x + swatch + swatch_gap, y + (row_height - box.height) / 2.0);
          x += g_array_index (widths, double, i) + entry_gap;
        }

      y += row_height + row_gap;
    }

  return height;
}

/* The number inside a band: “Needed 312” where it fits, else “312”, at
 * most the band's height tall. */
static void
layout_needed (EntenteFunnelLayout *self,
               guint                index,
               double               size,
               double               left)
{
  Band *band = &g_array_index (self->bands, Band, index);
  double pad = MIN (size * 0.6, band->pub.rect.width * 0.08);
  double room = band->pub.rect.width - 2.0 * pad;
  double beside = band->pub.rect.x - left - size * 0.5;
  g_autofree char *count = compose_needed (band);
  PangoLayout *layout = NULL;
  cairo_rectangle_t box;
  const char *shown = NULL;
  double shown_size = size;
  gboolean outside = FALSE;

  /* A thumbnail's bands are too thin for any legible count. */
  if (band->pub.rect.height < MIN_TEXT_SIZE * 0.8)
    return;

  /* Inside the band, else beside it, on its left, where the narrower
   * bands leave room; else cut to the band. */
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      gboolean cut = attempt == 2;

      outside = attempt == 1;
      if (!outside && room <= 0.0)
        continue;
      g_clear_object (&layout);
      shown = count;
      shown_size = size;
      layout = create_text_layout (self, shown, size, PANGO_WEIGHT_BOLD, cut ? room : -1.0, 1);
      get_logical (layout, &box);

      /* Too tall for the band: shrink to fit, keeping the width test. */
      if (box.height > band->pub.rect.height && box.height > 0.0)
        {
          shown_size = size * band->pub.rect.height / box.height;
          g_clear_object (&layout);
          layout = create_text_layout (self, shown, shown_size, PANGO_WEIGHT_BOLD, cut ? room : -1.0, 1);
          get_logical (layout, &box);
        }

      if (box.width <= (outside ? beside : room))
        break;
    }

  if (layout == NULL || shown_size < MIN_TEXT_SIZE * 0.8 || (!outside && box.width > room))
    {
      g_clear_object (&layout);
      return;
    }

  if (outside)
    add_text (self, ENTENTE_FUNNEL_TEXT_NEEDED_BESIDE, index, shown, layout,
              band->pub.rect.x - size * 0.5 - box.width,
              band->pub.rect.y + (band->pub.rect.height - box.height) / 2.0);
  else
    add_text (self, ENTENTE_FUNNEL_TEXT_NEEDED, index, shown, layout,
              band->pub.rect.x + (band->pub.rect.width - box.width) / 2.0,
              band->pub.rect.y + (band->pub.rect.height - box.height) / 2.0);
}

/* Centres the funnel and its text column together, by the text's real
 * extent rather than the room it was given. */
static void
centre_rows (EntenteFunnelLayout *self,
             double               area_x,
             double               area_width)
{
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE, dx;

  for (guint i = 0; i < self->bands->len; i++)
    {
      const cairo_rectangle_t *rect = &g_array_index (self->bands, Band, i).pub.rect;

      left = MIN (left, rect->x);
      right = MAX (right, rect->x + rect->width);
    }
  for (guint i = 0; i < self->texts->len; i++)
    {
      const EntenteFunnelText *text = &g_array_index (self->texts, Text, i).pub;

      if (text->role == ENTENTE_FUNNEL_TEXT_LEGEND || text->role == ENTENTE_FUNNEL_TEXT_MESSAGE)
        continue;
      right = MAX (right, MAX (text->logical.x + text->logical.width, text->ink.x + text->ink.width));
      left = MIN (left, MIN (text->logical.x, text->ink.x));
    }

  dx = floor ((area_x + area_width - right - (left - area_x)) / 2.0);
  if (left >= right || dx <= 0.0)
    return;

  for (guint i = 0; i < self->bands->len; i++)
    {
      Band *band = &g_array_index (self->bands, Band, i);

      band->pub.rect.x += dx;
      band->row.x += dx;
    }
  for (guint i = 0; i < self->texts->len; i++)
    {
      Text *text = &g_array_index (self->texts, Text, i);

      if (text->pub.role == ENTENTE_FUNNEL_TEXT_LEGEND || text->pub.role == ENTENTE_FUNNEL_TEXT_MESSAGE)
        continue;
      text->x += dx;
      text->pub.logical.x += dx;
      text->pub.ink.x += dx;
    }
}

static void
relayout (EntenteFunnelLayout *self)
{
  double width = self->width;
  double height = self->height;
  double margin = CLAMP (MIN (width, height) * 0.035, 6.0, 36.0);
  double preferred = self->text_size > 0.0 ? self->text_size : CLAMP (MIN (width, height) / 46.0, 9.0, 22.0);
  double legend_size = MAX (8.0, preferred * LEGEND_SCALE);
  double area_x = margin, area_y = margin;
  double area_width = width - 2.0 * margin;
  double area_height, legend_height, legend_gap, pitch, gap, column_gap;
  double note_height = 0.0, note_gap = 0.0;
  double size = preferred, column_width = 0.0, funnel_width, widest = 0.0;
  PangoLayout *note = NULL;
  guint n = self->bands->len;
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree RowText *rows = g_new0 (RowText, MAX (n, 1));
  gboolean fitted = FALSE;
  gboolean with_legend = TRUE;

  g_array_set_size (self->texts, 0);
  compute_shares (self);

  legend_height = layout_legend (self, margin, 0.0, area_width, legend_size, FALSE);
  legend_gap = legend_height > 0.0 ? preferred * 1.5 : 0.0;
  if (self->any_known)
    {
      cairo_rectangle_t box;

      note = create_text_layout (self, NOTE (self), legend_size, PANGO_WEIGHT_NORMAL, area_width, 2);
      pango_layout_set_alignment (note, PANGO_ALIGN_CENTER);
      get_logical (note, &box);
      note_height = box.height;
      note_gap = legend_height > 0.0 ? preferred * 0.5 : preferred * 1.5;
    }
  area_height = height - 2.0 * margin - legend_height - legend_gap - note_height - note_gap;

  /* A legend that leaves the bands not even a point each (a thumbnail
   * with many parties, or a script whose lines are tall, as Khmer's
   * are) is left out, and the note on the scale with it: the shape of
   * the funnel comes first. */
  if ((legend_height > 0.0 || note != NULL) && area_height < n)
    {
      legend_height = 0.0;
      legend_gap = 0.0;
      note_height = 0.0;
      note_gap = 0.0;
      g_clear_object (&note);
      area_height = height - 2.0 * margin;
      with_legend = FALSE;
    }

  /* Nothing to draw to scale: what is missing, rather than bands that
   * would look like a plan. */
  if (n == 0 || !self->any_known)
    {
      const char *message = n == 0 ? _("No stages to draw")
                                   : _("Set the revenue goal, the average deal size and the conversion rates to see what each stage needs.");
      PangoLayout *layout = create_text_layout (self, message, preferred,
                                                PANGO_WEIGHT_NORMAL, area_width, 4);
      cairo_rectangle_t box;

      g_clear_object (&note);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      get_logical (layout, &box);
      area_height = height - 2.0 * margin;
      add_text (self, ENTENTE_FUNNEL_TEXT_MESSAGE, 0, message, layout,
                area_x + box.x, area_y + MAX (area_height - box.height, 0.0) / 2.0);
      return;
    }

  /* Rows no taller than a few lines of text, so that a short funnel does
   * not turn into slabs; the funnel and its legend are then centred. */
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (names, g_array_index (self->bands, Band, i).name);
    pitch = MAX (MIN (area_height / n, ROW_LINES * line_height (self->context, names, preferred) + preferred), 1.0);
  }
  area_y += (area_height - pitch * n) / 2.0;
  gap = MIN (CLAMP (pitch * 0.2, 2.0, preferred * 1.2), pitch * 0.5);
  if (with_legend)
    layout_legend (self, margin, area_y + pitch * n + legend_gap, area_width, legend_size, TRUE);
  if (note != NULL)
    {
      cairo_rectangle_t box;

      get_logical (note, &box);
      add_text (self, ENTENTE_FUNNEL_TEXT_MESSAGE, 0, NOTE (self), g_steal_pointer (&note),
                area_x + box.x, area_y + pitch * n + legend_gap + legend_height + note_gap);
    }
  column_gap = preferred * 1.2;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (details, compose_detail (self, &g_array_index (self->bands, Band, i)));

  /* The largest size at which every row's text fits its row: first with
   * the name above the detail and nothing cut, a little smaller than
   * preferred if need be; then with long names ellipsized; then, for
   * small drawings with many stages, name and detail side by side. */
  /* Text scales with its size, so the widest line is measured once; a
   * row lower than the smallest text fits no text at all, however many
   * sizes are tried (a funnel of thousands of stages). */
  for (guint i = 0; i < n && pitch >= MIN_TEXT_SIZE; i++)
    {
      Band *band = &g_array_index (self->bands, Band, i);

      widest = MAX (widest, natural_width (self, band->name, preferred, PANGO_WEIGHT_BOLD));
      widest = MAX (widest, natural_width (self, g_ptr_array_index (details, i),
                                           preferred, PANGO_WEIGHT_NORMAL));
    }

  for (guint pass = 0; pass < 3 && !fitted && pitch >= MIN_TEXT_SIZE; pass++)
    {
      gboolean stacked = pass < 2;
      gboolean whole = pass == 0;
      double floor_size = pass == 0 ? MAX (MIN_STACKED_SIZE, preferred * 0.75)
                        : pass == 1 ? MAX (MIN_STACKED_SIZE, preferred * 0.7)
                        : MIN_TEXT_SIZE;

      for (size = preferred; size >= floor_size - 0.01 && !fitted; size *= SIZE_STEP)
        {
          double natural = widest * size / preferred;

          column_width = CLAMP (ceil (natural) + 1.0,
                                area_width * MIN_COLUMN_FRACTION,
                                area_width * MAX_COLUMN_FRACTION);

          fitted = TRUE;
          for (guint i = 0; i < n && fitted; i++)
            fitted = fit_row (self, &g_array_index (self->bands, Band, i), g_ptr_array_index (details, i),
                              size, column_width, pitch, stacked, whole, &rows[i]);
        }
    }

  if (!fitted)
    {
      /* Too small for text beside the bands, a thumbnail: the bands alone,
       * over the whole width, still show the shape of the funnel. */
      size = MIN_TEXT_SIZE;
      column_width = 0.0;
      column_gap = 0.0;
    }
  else
    {
      /* The loop stepped once past the size that fitted. */
      size /= SIZE_STEP;
    }

  /* No wider than it is tall, give or take: a wide, short drawing gets a
   * funnel, not a row of planks; the rows are centred afterwards. */
  funnel_width = MAX (MIN (area_width - column_width - column_gap, pitch * n * 1.8), 1.0);

  for (guint i = 0; i < n; i++)
    {
      Band *band = &g_array_index (self->bands, Band, i);
      double slot_y = area_y + i * pitch;
      double band_width = MAX (funnel_width * band->share, MIN (HAIRLINE, funnel_width));
      double column_x = area_x + funnel_width + column_gap;

      band->pub.rect.x = area_x + (funnel_width - band_width) / 2.0;
      band->pub.rect.y = slot_y + gap / 2.0;
      band->pub.rect.width = band_width;
      band->pub.rect.height = pitch - gap;

      band->row.x = band->pub.rect.x;
      band->row.y = slot_y;
      band->row.width = column_x + column_width - band->pub.rect.x;
      band->row.height = pitch;
    }

  for (guint i = 0; i < n; i++)
    {
      Band *band = &g_array_index (self->bands, Band, i);
      RowText *row = &rows[i];
      double slot_y = area_y + i * pitch;
      double column_x = area_x + funnel_width + column_gap;
      cairo_rectangle_t name_box, detail_box;

      layout_needed (self, i, size, area_x);

      if (!fitted)
        continue;

      get_logical (row->name, &name_box);
      get_logical (row->detail, &detail_box);
      if (row->side_by_side)
        {
          add_text (self, ENTENTE_FUNNEL_TEXT_NAME, i, band->name, g_steal_pointer (&row->name),
                    column_x, slot_y + (pitch - name_box.height) / 2.0);
          add_text (self, ENTENTE_FUNNEL_TEXT_DETAIL, i, g_ptr_array_index (details, i),
                    g_steal_pointer (&row->detail),
                    column_x + row->name_width + size, slot_y + (pitch - detail_box.height) / 2.0);
        }
      else
        {
          double top = slot_y + (pitch - row->height) / 2.0;

          add_text (self, ENTENTE_FUNNEL_TEXT_NAME, i, band->name, g_steal_pointer (&row->name),
                    column_x, top);
          add_text (self, ENTENTE_FUNNEL_TEXT_DETAIL, i, g_ptr_array_index (details, i),
                    g_steal_pointer (&row->detail),
                    column_x, top + row->height - detail_box.height);
        }
      row_text_clear (row);
    }

  centre_rows (self, area_x, area_width);
}

/**
 * entente_funnel_layout_new:
 * @document: the SLA
 * @context: (nullable): the Pango context to measure text with, such as a
 *   widget's; %NULL for one that measures the same on every surface
 * @width: the width of the drawing, in the units of the target surface
 * @height: its height
 *
 * Lays out the funnel diagram of @document's plan, with text sized to the
 * drawing, as an image on its own.  The layout is a snapshot: it does not
 * follow later changes of @document.
 *
 * Returns: (transfer full): the layout
 */
EntenteFunnelLayout *
entente_funnel_layout_new (EntenteDocument *document,
                           PangoContext    *context,
                           double           width,
                           double           height)
{
  return entente_funnel_layout_new_with_text (document, context, width, height, 0.0);
}

/**
 * entente_funnel_layout_new_with_text:
 * @text_size: the size of the text around the drawing, in its units, which
 *   its labels take when the drawing leaves them room; 0 to size them to
 *   the drawing
 *
 * As entente_funnel_layout_new(), in a window or on a page, where the
 * labels read at the size of the text around them.
 *
 * Returns: (transfer full): the layout
 */
EntenteFunnelLayout *
entente_funnel_layout_new_with_text (EntenteDocument *document,
                                     PangoContext    *context,
                                     double           width,
                                     double           height,
                                     double           text_size)
{
  EntenteFunnelLayout *self;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GHashTable) colors = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *parties;
  gboolean unowned = FALSE;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (width > 0.0 && height > 0.0, NULL);

  self = g_object_new (ENTENTE_TYPE_FUNNEL_LAYOUT, NULL);
  self->context = context != NULL ? g_object_ref (context) : create_context ();
  self->width = width;
  self->height = height;
  self->text_size = MAX (text_size, 0.0);

  /* A party's colour is its place among the parties, so that it keeps
   * its colour whichever stages it owns. */
  parties = entente_document_get_parties (document);
  for (guint i = 0, n = g_list_model_get_n_items (parties); i < n; i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      const char *id = entente_party_get_id (party);

      gpointer key;

      if (id == NULL || g_hash_table_contains (self->teams, id))
        continue;
      g_hash_table_insert (self->teams, g_strdup (id), g_strdup (entente_party_get_team (party)));
      g_hash_table_lookup_extended (self->teams, id, &key, NULL);
      g_hash_table_insert (colors, key, GINT_TO_POINTER (i + 1));
    }

  plan = entente_plan_compute (document);
  for (guint i = 0; i < plan->len; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);
      const char *owner = entente_stage_get_owner (row->stage);
      int color = owner != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (colors, owner)) - 1 : -1;
      Band band = { { 0 } };

      band.stage_id = g_strdup (entente_stage_get_id (row->stage));
      band.name = g_strdup (entente_stage_get_name (row->stage) ? entente_stage_get_name (row->stage) : "");
      band.party_id = color >= 0 ? g_strdup (owner) : NULL;
      band.target_party = g_strdup (row->target_party);
      band.exact = row->needed;
      band.pub.stage_id = band.stage_id;
      band.pub.name = band.name;
      band.pub.party_id = band.party_id;
      band.pub.color_index = color;
      band.pub.needed = entente_plan_stage_get_needed (row);
      band.pub.target = row->target;
      band.pub.target_party = band.target_party;
      band.pub.actual = -1;
      g_array_append_val (self->bands, band);
      unowned |= color < 0;
    }

  /* The legend names the parties that own a band, in party order. */
  for (guint i = 0, n = g_list_model_get_n_items (parties); i < n; i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);
      const char *id = entente_party_get_id (party);
      gboolean owns = FALSE;

      for (guint j = 0; j < self->bands->len && !owns; j++)
        owns = g_strcmp0 (g_array_index (self->bands, Band, j).party_id, id) == 0 &&
               g_array_index (self->bands, Band, j).pub.color_index == (int) i;
      if (owns)
        {
          LegendEntry entry = { { 0 } };

          entry.party_id = g_strdup (id);
          entry.label = g_strdup (team_of (self, id));
          entry.pub.party_id = entry.party_id;
          entry.pub.label = entry.label;
          entry.pub.color_index = i;
          g_array_append_val (self->legend, entry);
        }
    }
  if (unowned)
    {
      LegendEntry entry = { { 0 } };

      entry.label = g_strdup (_("No owner"));
      entry.pub.label = entry.label;
      entry.pub.color_index = -1;
      g_array_append_val (self->legend, entry);
    }

  relayout (self);

  return self;
}

/**
 * entente_funnel_layout_natural_height:
 * @text_size: the size its labels are to read at
 *
 * How tall the funnel of @document is drawn for its labels to read at
 * @text_size, each stage's name on up to two lines over its figures,
 * with the legend and the note on the scale; a plan that cannot say what
 * any stage needs takes only the room of what it says instead.
 *
 * Returns: the height, in the units of @text_size
 */
double
entente_funnel_layout_natural_height (EntenteDocument *document,
                                      PangoContext    *context,
                                      double           text_size)
{
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GObject) own = context == NULL ? G_OBJECT (create_context ()) : NULL;
  gboolean any_known = FALSE;
  double line;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), 0.0);

  plan = entente_plan_compute (document);
  for (guint i = 0; i < plan->len; i++)
    {
      EntentePlanStage *row = g_ptr_array_index (plan, i);
      const char *name = entente_stage_get_name (row->stage);

      any_known |= row->needed >= 0.0;
      g_ptr_array_add (names, (gpointer) (name != NULL ? name : ""));
    }
  line = line_height (context != NULL ? context : PANGO_CONTEXT (own), names, text_size);
  if (!any_known)
    return line * 6.0;

  /* The rows, then the legend and the note on two lines under them, with
   * the gaps and margins relayout() leaves. */
  return plan->len * (ROW_LINES * line + text_size) + 3.0 * line + text_size * 4.5;
}

/**
 * entente_funnel_layout_get_root_scale:
 *
 * Returns: whether band widths follow the square root of the need rather
 *   than the need, as the note under the legend says
 */
gboolean
entente_funnel_layout_get_root_scale (EntenteFunnelLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), FALSE);

  return self->root_scale;
}

double
entente_funnel_layout_get_width (EntenteFunnelLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), 0.0);

  return self->width;
}

double
entente_funnel_layout_get_height (EntenteFunnelLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), 0.0);

  return self->height;
}

guint
entente_funnel_layout_get_n_bands (EntenteFunnelLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), 0);

  return self->bands->len;
}

/**
 * entente_funnel_layout_get_band:
 *
 * Returns: (transfer none): the @index-th band from the top, valid until
 *   the layout changes or is freed
 */
const EntenteFunnelBand *
entente_funnel_layout_get_band (EntenteFunnelLayout *self,
                                guint                index)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->bands->len, NULL);

  return &g_array_index (self->bands, Band, index).pub;
}

guint
entente_funnel_layout_get_n_texts (EntenteFunnelLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), 0);

  return self->texts->len;
}

/**
 * entente_funnel_layout_get_text:
 *
 * Returns: (transfer none): the @index-th text, valid until the layout
 *   changes or is freed
 */
const EntenteFunnelText *
entente_funnel_layout_get_text (EntenteFunnelLayout *self,
                                guint                index)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->texts->len, NULL);

  return &g_array_index (self->texts, Text, index).pub;
}

guint
entente_funnel_layout_get_n_legend_entries (EntenteFunnelLayout *self)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), 0);

  return self->legend->len;
}

/**
 * entente_funnel_layout_get_legend_entry:
 *
 * Returns: (transfer none): the @index-th legend entry, valid until the
 *   layout changes or is freed
 */
const EntenteFunnelLegendEntry *
entente_funnel_layout_get_legend_entry (EntenteFunnelLayout *self,
                                        guint                index)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->legend->len, NULL);

  return &g_array_index (self->legend, LegendEntry, index).pub;
}

/**
 * entente_funnel_layout_set_actual:
 * @stage_id: the stage
 * @count: the records the stage reached, or -1 to show none
 *
 * Shows what a stage actually reached beside what it needs, as the
 * monthly review does with the CRM's numbers.  Lays the text out again;
 * pointers from the getters are no longer valid afterwards.
 *
 * Returns: %FALSE when no band has @stage_id
 */
gboolean
entente_funnel_layout_set_actual (EntenteFunnelLayout *self,
                                  const char          *stage_id,
                                  gint64               count)
{
  gboolean found = FALSE;

  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);

  for (guint i = 0; i < self->bands->len; i++)
    {
      Band *band = &g_array_index (self->bands, Band, i);

      if (g_strcmp0 (band->stage_id, stage_id) == 0)
        {
          band->pub.actual = MAX (count, -1);
          found = TRUE;
        }
    }

  if (found)
    relayout (self);

  return found;
}

/**
 * entente_funnel_layout_band_at:
 * @x: a point of the drawing
 * @y: the point
 * @index: (out) (optional): the band's index
 *
 * Finds the stage under a point, for hovering and clicking: a band counts
 * with its row, from the band's left edge to the end of its text.
 *
 * Returns: whether a band is at (@x, @y)
 */
gboolean
entente_funnel_layout_band_at (EntenteFunnelLayout *self,
                               double               x,
                               double               y,
                               guint               *index)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), FALSE);

  for (guint i = 0; i < self->bands->len; i++)
    {
      const cairo_rectangle_t *row = &g_array_index (self->bands, Band, i).row;

      if (x >= row->x && x < row->x + row->width && y >= row->y && y < row->y + row->height)
        {
          if (index != NULL)
            *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * entente_funnel_layout_get_pango_layout:
 * @x: (out): where the layout's origin goes
 * @y: (out): where the layout's origin goes
 *
 * Returns: (transfer none): the Pango layout of the @index-th text
 */
PangoLayout *
entente_funnel_layout_get_pango_layout (EntenteFunnelLayout *self,
                                        guint                index,
                                        double              *x,
                                        double              *y)
{
  Text *text;

  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->texts->len, NULL);

  text = &g_array_index (self->texts, Text, index);
  *x = text->x;
  *y = text->y;

  return text->layout;
}

/**
 * entente_funnel_layout_describe_band:
 * @index: a band's index
 *
 * What a tooltip says of a band: its stage, what it needs per period, and
 * the details drawn beside it, whole, in the same words.
 *
 * Returns: (transfer full): the text, in lines
 */
char *
entente_funnel_layout_describe_band (EntenteFunnelLayout *self,
                                     guint                index)
{
  const Band *band;
  g_autofree char *needed = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (ENTENTE_IS_FUNNEL_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->bands->len, NULL);

  band = &g_array_index (self->bands, Band, index);
  if (band->pub.needed >= 0)
    {
      g_autofree char *count = entente_format_count (NULL, band->pub.needed);

      needed = g_strdup_printf (_("Needed per period: %s"), count);
    }
  else
    needed = g_strdup (_("Needed per period: not known yet"));
  detail = compose_detail (self, band);

  return g_strjoin ("\n", band->pub.name, needed, detail, NULL);
}
