/* test-funnel.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "entente-core.h"
#include "entente-funnel-layout-private.h"
#include "entente-render.h"
#include "entente-test-util.h"

/* The funnel diagram: its geometry, its pixels, its text in every export,
 * through the API and through `entente-cli funnel`. */

static const char * const acme_stages[] = {
  "lead", "mql", "sal", "sql", "opportunity", "customer",
};
static const char * const acme_names[] = {
  "Lead", "Marketing Qualified Lead", "Sales Accepted Lead",
  "Sales Qualified Lead", "Opportunity", "Customer",
};
static const gint64 acme_needed[] = { 2075, 312, 187, 94, 56, 14 };

/* Drawing sizes from the smallest supported to full HD. */
static const double sizes[][2] = {
  { 400, 300 }, { 640, 480 }, { 1200, 800 }, { 1920, 1080 }, { 800, 1000 },
};

/* ---- Geometry helpers ---- */

static gboolean
rect_contains_point (const cairo_rectangle_t *rect,
                     double                   x,
                     double                   y)
{
  return x >= rect->x && x <= rect->x + rect->width && y >= rect->y && y <= rect->y + rect->height;
}

static gboolean
rects_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  /* Boxes that only touch do not overlap; a hundredth of a unit absorbs
   * the rounding of Pango units. */
  const double slack = 0.01;

  return a->x + slack < b->x + b->width && b->x + slack < a->x + a->width &&
         a->y + slack < b->y + b->height && b->y + slack < a->y + a->height;
}

static void
assert_inside (const cairo_rectangle_t *rect,
               double                   width,
               double                   height,
               const char              *what)
{
  if (rect->x < -0.01 || rect->y < -0.01 ||
      rect->x + rect->width > width + 0.01 || rect->y + rect->height > height + 0.01)
    g_error ("%s (%.1f, %.1f, %.1f × %.1f) is outside the %.0f × %.0f drawing",
             what, rect->x, rect->y, rect->width, rect->height, width, height);
}

static void
assert_rect_within (const cairo_rectangle_t *inner,
                    const cairo_rectangle_t *outer,
                    const char              *what)
{
  g_assert_cmpfloat (inner->x, >=, outer->x - 0.01);
  g_assert_cmpfloat (inner->y, >=, outer->y - 0.01);
  if (inner->x + inner->width > outer->x + outer->width + 0.01 ||
      inner->y + inner->height > outer->y + outer->height + 0.01)
    g_error ("%s does not fit where it belongs", what);
}

/* Everything every layout must hold, whatever the document: one band per
 * stage, top to bottom, centred, never widening; every text inside the
 * drawing, not empty, and clear of every other text; the needed count
 * inside its band; and, unless the drawing is a thumbnail too small for
 * text, every text there. */
static void
assert_layout_sound_full (EntenteFunnelLayout *layout,
                          EntenteDocument     *document,
                          gboolean             thumbnail)
{
  double width = entente_funnel_layout_get_width (layout);
  double height = entente_funnel_layout_get_height (layout);
  GListModel *stages = entente_document_get_stages (document);
  guint n_bands = entente_funnel_layout_get_n_bands (layout);
  guint n_texts = entente_funnel_layout_get_n_texts (layout);
  g_autofree guint *needed_seen = g_new0 (guint, MAX (n_bands, 1));

  g_assert_cmpuint (n_bands, ==, g_list_model_get_n_items (stages));

  for (guint i = 0; i < n_bands; i++)
    {
      const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, i);
      g_autoptr(EntenteStage) stage = g_list_model_get_item (stages, i);

      g_assert_cmpstr (band->stage_id, ==, entente_stage_get_id (stage));
      g_assert_cmpstr (band->name, ==, entente_stage_get_name (stage));
      assert_inside (&band->rect, width, height, band->stage_id);
      g_assert_cmpfloat (band->rect.width, >, 0.0);
      g_assert_cmpfloat (band->rect.height, >, 0.0);

      if (i > 0)
        {
          const EntenteFunnelBand *above = entente_funnel_layout_get_band (layout, i - 1);

          g_assert_cmpfloat (band->rect.y, >=, above->rect.y + above->rect.height);
          g_assert_cmpfloat (band->rect.width, <=, above->rect.width + 1e-9);
          g_assert_cmpfloat (fabs ((band->rect.x + band->rect.width / 2.0) -
                                   (above->rect.x + above->rect.width / 2.0)), <, 1e-6);
        }
    }

  for (guint i = 0; i < n_texts; i++)
    {
      const EntenteFunnelText *text = entente_funnel_layout_get_text (layout, i);
      g_autofree char *what = g_strdup_printf ("text %u “%s”", i, text->text);

      g_assert_nonnull (text->text);
      g_assert_cmpstr (text->text, !=, "");
      g_assert_cmpfloat (text->logical.width, >, 0.0);
      g_assert_cmpfloat (text->logical.height, >, 0.0);
      g_assert_cmpfloat (text->ink.width, >, 0.0);
      assert_inside (&text->logical, width, height, what);
      assert_inside (&text->ink, width, height, what);

      for (guint j = 0; j < i; j++)
        {
          const EntenteFunnelText *other = entente_funnel_layout_get_text (layout, j);

          if (rects_overlap (&text->logical, &other->logical))
            g_error ("“%s” (%.1f, %.1f, %.1f × %.1f) overlaps “%s” (%.1f, %.1f, %.1f × %.1f) at %.0f × %.0f",
                     text->text, text->logical.x, text->logical.y, text->logical.width, text->logical.height,
                     other->text, other->logical.x, other->logical.y, other->logical.width, other->logical.height,
                     width, height);
        }

      if (text->role == ENTENTE_FUNNEL_TEXT_NEEDED)
        {
          const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, text->index);

          assert_rect_within (&text->logical, &band->rect, what);
          needed_seen[text->index]++;
        }
      else if (text->role == ENTENTE_FUNNEL_TEXT_NEEDED_BESIDE)
        {
          const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, text->index);

          /* On the band's left, level with it, over no band. */
          g_assert_cmpfloat (text->logical.x + text->logical.width, <=, band->rect.x);
          g_assert_cmpfloat (fabs ((text->logical.y + text->logical.height / 2.0) -
                                   (band->rect.y + band->rect.height / 2.0)), <, 1e-6);
          for (guint b = 0; b < n_bands; b++)
            g_assert_false (rects_overlap (&text->logical, &entente_funnel_layout_get_band (layout, b)->rect));
          needed_seen[text->index]++;
        }
      else if (text->role == ENTENTE_FUNNEL_TEXT_NAME || text->role == ENTENTE_FUNNEL_TEXT_DETAIL)
        {
          /* Text beside the bands never covers one. */
          for (guint b = 0; b < n_bands; b++)
            g_assert_false (rects_overlap (&text->logical, &entente_funnel_layout_get_band (layout, b)->rect));
        }
    }

  /* One figure a band; a thumbnail may leave it out, never repeat it. */
  for (guint i = 0; i < n_bands; i++)
    g_assert_cmpuint (needed_seen[i], <=, 1);
  if (!thumbnail)
    for (guint i = 0; i < n_bands; i++)
      g_assert_cmpuint (needed_seen[i], ==, 1);
  if (!thumbnail)
    g_assert_cmpuint (n_texts, ==, 3 * n_bands + entente_funnel_layout_get_n_legend_entries (layout) + 1);
}

static void
assert_layout_sound (EntenteFunnelLayout *layout,
                     EntenteDocument     *document)
{
  assert_layout_sound_full (layout, document, FALSE);
}

static const EntenteFunnelText *
find_message (EntenteFunnelLayout *layout,
              const char          *message)
{
  for (guint i = 0, n = entente_funnel_layout_get_n_texts (layout); i < n; i++)
    {
      const EntenteFunnelText *text = entente_funnel_layout_get_text (layout, i);

      if (text->role == ENTENTE_FUNNEL_TEXT_MESSAGE && g_strcmp0 (text->text, message) == 0)
        return text;
    }

  return NULL;
}

static const EntenteFunnelText *
find_text (EntenteFunnelLayout   *layout,
           EntenteFunnelTextRole  role,
           guint                  index)
{
  for (guint i = 0, n = entente_funnel_layout_get_n_texts (layout); i < n; i++)
    {
      const EntenteFunnelText *text = entente_funnel_layout_get_text (layout, i);

      /* A count is a count, in its band or beside it. */
      if ((text->role == role ||
           (role == ENTENTE_FUNNEL_TEXT_NEEDED && text->role == ENTENTE_FUNNEL_TEXT_NEEDED_BESIDE)) &&
          text->index == index)
        return text;
    }

  g_assert_not_reached ();
}

/* ---- Documents ---- */

static void
add_party (EntenteDocument  *document,
           const char       *id,
           EntentePartyKind  kind,
           const char       *team)
{
  g_autoptr(EntenteParty) party = entente_party_new ();

  g_object_set (party, "id", id, "kind", kind, "team", team, NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PARTIES, ENTENTE_ITEM (party));
}

/* A funnel built with the model API: @n stages named @names, owned in
 * turn by @owners (NULL for none), each converting at @rate into the next. */
static EntenteDocument *
build_document (guint               n,
                const char * const *names,
                const char * const *owners,
                double              rate)
{
  EntenteDocument *document = entente_document_new ();
  EntenteGoals *goals = entente_document_get_goals (document);

  add_party (document, "marketing", ENTENTE_PARTY_KIND_MARKETING, "Marketing");
  add_party (document, "sdr", ENTENTE_PARTY_KIND_SALES_DEVELOPMENT, "Sales Development Representatives");
  add_party (document, "sales", ENTENTE_PARTY_KIND_SALES, "Sales");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntenteStage) stage = entente_stage_new ();
      g_autofree char *id = g_strdup_printf ("stage-%u", i);

      g_object_set (stage, "id", id, "name", names[i], "owner", owners[i], NULL);
      entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_STAGES, ENTENTE_ITEM (stage));

      if (i > 0)
        {
          g_autoptr(EntenteConversion) conversion = entente_conversion_new ();
          g_autofree char *from = g_strdup_printf ("stage-%u", i - 1);

          g_object_set (conversion, "from", from, "to", id, "rate", rate, NULL);
          entente_item_append (ENTENTE_ITEM (goals), ENTENTE_GOALS_FIELD_CONVERSIONS, ENTENTE_ITEM (conversion));
        }
    }

  g_object_set (goals,
                "revenue", 2500000.0,
                "average-deal", 12500.0,
                "marketing-share", 0.7,
                NULL);

  return document;
}

static const char * const long_names[] = {
  "Anonymous website visitor who downloaded the pricing whitepaper twice",
  "Known contact with a verified business email address and phone number",
  "Marketing qualified lead after the scoring threshold was reached",
  "Sales accepted lead, reviewed and accepted by the development team",
  "Discovery call booked with a decision maker present on the call",
  "Sales qualified lead meeting every budget, authority, need and timeline criterion",
  "Technical evaluation with a proof of concept running in the customer's environment",
  "Commercial proposal sent and acknowledged by procurement and finance",
  "Negotiation of terms, pricing, security questionnaires and legal redlines",
  "Verbal commitment from the economic buyer and the champion",
  "Contract signed and countersigned by both parties' authorised signatories",
  "Customer live in production, onboarded, invoiced and paying",
};
static const char * const long_owners[] = {
  "marketing", "marketing", "marketing", "sdr", "sdr", "sdr",
  "sales", "sales", "sales", "sales", NULL, "sales",
};

/* ---- Pixels ---- */

static void
get_pixel (cairo_surface_t    *surface,
           double              x,
           double              y,
           EntenteRenderColor *color)
{
  int px = (int) floor (x), py = (int) floor (y);
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));

  memcpy (&pixel, data + py * stride + px * 4, sizeof pixel);
  color->red = ((pixel >> 16) & 0xff) / 255.0;
  color->green = ((pixel >> 8) & 0xff) / 255.0;
  color->blue = (pixel & 0xff) / 255.0;
}

static void
assert_color_near (const EntenteRenderColor *seen,
                   const EntenteRenderColor *expected,
                   const char               *what)
{
  const double tolerance = 2.5 / 255.0;

  if (fabs (seen->red - expected->red) > tolerance ||
      fabs (seen->green - expected->green) > tolerance ||
      fabs (seen->blue - expected->blue) > tolerance)
    g_error ("%s is #%02x%02x%02x, expected #%02x%02x%02x", what,
             (int) round (seen->red * 255), (int) round (seen->green * 255), (int) round (seen->blue * 255),
             (int) round (expected->red * 255), (int) round (expected->green * 255), (int) round (expected->blue * 255));
}

static gboolean
on_text (EntenteFunnelLayout *layout,
         double               x,
         double               y)
{
  for (guint i = 0, n = entente_funnel_layout_get_n_texts (layout); i < n; i++)
    {
      const EntenteFunnelText *text = entente_funnel_layout_get_text (layout, i);

      if (rect_contains_point (&text->logical, x, y) || rect_contains_point (&text->ink, x, y))
        return TRUE;
    }
  return FALSE;
}

/* The band's centre, or, where its count is written, the middle of the
 * bare fill beside or above the count. */
static void
band_sample_point (EntenteFunnelLayout *layout,
                   guint                index,
                   double              *x,
                   double              *y)
{
  const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, index);
  const EntenteFunnelText *count = find_text (layout, ENTENTE_FUNNEL_TEXT_NEEDED, index);
  double cx = band->rect.x + band->rect.width / 2.0;
  double cy = band->rect.y + band->rect.height / 2.0;
  const double candidates[][2] = {
    { cx, cy },
    { (band->rect.x + MIN (count->logical.x, count->ink.x)) / 2.0, cy },
    { cx, (band->rect.y + MIN (count->logical.y, count->ink.y)) / 2.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (!on_text (layout, candidates[i][0], candidates[i][1]) &&
        candidates[i][0] - band->rect.x >= 3.0 && candidates[i][1] - band->rect.y >= 3.0)
      {
        *x = candidates[i][0];
        *y = candidates[i][1];
        return;
      }

  g_error ("band %u has no bare fill to sample", index);
}

static void
assert_png_colors (const char          *path,
                   EntenteFunnelLayout *layout,
                   EntenteRenderStyle   style)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  EntenteRenderColor background, seen;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) entente_funnel_layout_get_width (layout));
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) entente_funnel_layout_get_height (layout));

  entente_render_palette_get_ink (style, ENTENTE_RENDER_INK_BACKGROUND, &background);
  get_pixel (surface, 1, 1, &seen);
  assert_color_near (&seen, &background, "the corner");

  for (guint i = 0, n = entente_funnel_layout_get_n_bands (layout); i < n; i++)
    {
      const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, i);
      g_autofree char *what = g_strdup_printf ("band “%s”", band->stage_id);
      EntenteRenderColor expected;
      double x, y;

      band_sample_point (layout, i, &x, &y);
      entente_funnel_band_get_color (band, style, &expected);
      get_pixel (surface, x, y, &seen);
      assert_color_near (&seen, &expected, what);
    }

  for (guint i = 0, n = entente_funnel_layout_get_n_legend_entries (layout); i < n; i++)
    {
      const EntenteFunnelLegendEntry *entry = entente_funnel_layout_get_legend_entry (layout, i);
      g_autofree char *what = g_strdup_printf ("the legend swatch of “%s”", entry->label);
      EntenteRenderColor expected;

      entente_render_palette_get_party (style, entry->color_index, &expected);
      get_pixel (surface, entry->swatch.x + entry->swatch.width / 2.0,
                 entry->swatch.y + entry->swatch.height / 2.0, &seen);
      assert_color_near (&seen, &expected, what);
    }

  cairo_surface_destroy (surface);
}

static void
assert_svg_size (const char *path,
                 double      width,
                 double      height)
{
  xmlDocPtr xml = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
  xmlNodePtr root;
  xmlChar *w, *h;

  g_assert_nonnull (xml);
  root = xmlDocGetRootElement (xml);
  g_assert_nonnull (root);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");

  w = xmlGetProp (root, (const xmlChar *) "width");
  h = xmlGetProp (root, (const xmlChar *) "height");
  g_assert_nonnull (w);
  g_assert_nonnull (h);
  /* g_ascii_strtod stops at the unit, “px”. */
  g_assert_cmpfloat (g_ascii_strtod ((const char *) w, NULL), ==, width);
  g_assert_cmpfloat (g_ascii_strtod ((const char *) h, NULL), ==, height);
  g_assert_true (g_str_has_suffix ((const char *) w, "px") || g_ascii_isdigit (w[xmlStrlen (w) - 1]));

  xmlFree (w);
  xmlFree (h);
  xmlFreeDoc (xml);
}

/* pdftotext's words, one space between each, so that a name wrapped over
 * two lines still reads as one. */
static char *
pdf_text (const char *path)
{
  const char *pdftotext = g_getenv ("PDFTOTEXT");
  const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  entente_test_run_program (&run, argv);
  g_assert_cmpint (run.status, ==, 0);

  words = g_strsplit_set (run.out, " \t\n\f\r", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, words[i]);
  g_ptr_array_add (kept, NULL);

  return g_strjoinv (" ", (char **) kept->pdata);
}

static gboolean
have_pdftotext (void)
{
  return entente_test_find_tool ("pdftotext") != NULL;
}

/* ---- Tests ---- */

static void
test_acme_layout (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  static const int colors[] = { 0, 0, 1, 2, 2, 2 };
  static const char * const legend[] = { "Marketing", "Sales Development", "Sales" };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(EntenteFunnelLayout) layout =
        entente_funnel_layout_new (document, NULL, sizes[s][0], sizes[s][1]);
      const EntenteFunnelBand *top, *bottom;

      assert_layout_sound (layout, document);
      g_assert_cmpuint (entente_funnel_layout_get_n_bands (layout), ==, G_N_ELEMENTS (acme_stages));

      for (guint i = 0; i < G_N_ELEMENTS (acme_stages); i++)
        {
          const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, i);
          g_autofree char *needed = entente_format_count (NULL, acme_needed[i]);

          g_assert_cmpstr (band->stage_id, ==, acme_stages[i]);
          g_assert_cmpstr (band->name, ==, acme_names[i]);
          g_assert_cmpint (band->needed, ==, acme_needed[i]);
          g_assert_cmpint (band->color_index, ==, colors[i]);
          g_assert_cmpint (band->actual, ==, -1);
          g_assert_nonnull (strstr (find_text (layout, ENTENTE_FUNNEL_TEXT_NEEDED, i)->text, needed));
          g_assert_cmpstr (find_text (layout, ENTENTE_FUNNEL_TEXT_NAME, i)->text, ==, acme_names[i]);
        }

      /* 2,075 leads for 14 customers is past what a linear scale draws:
       * the widths follow the square roots of the needs, exactly, and a
       * note under the legend says so. */
      top = entente_funnel_layout_get_band (layout, 0);
      bottom = entente_funnel_layout_get_band (layout, G_N_ELEMENTS (acme_stages) - 1);
      g_assert_true (entente_funnel_layout_get_root_scale (layout));
      for (guint i = 1; i < G_N_ELEMENTS (acme_stages); i++)
        g_assert_cmpfloat (fabs (entente_funnel_layout_get_band (layout, i)->rect.width / top->rect.width -
                                 sqrt ((double) acme_needed[i] / acme_needed[0])), <, 0.005);
      g_assert_cmpfloat (bottom->rect.width, <, top->rect.width * 0.1);
      g_assert_nonnull (find_message (layout, "Each band holds the records its stage needs per period; its width follows their square root."));

      g_assert_cmpstr (find_text (layout, ENTENTE_FUNNEL_TEXT_DETAIL, 1)->text, ==,
                       "Target 400 (Marketing) · 88 above need");
      g_assert_cmpstr (find_text (layout, ENTENTE_FUNNEL_TEXT_DETAIL, 0)->text, ==, "No target");
      g_assert_cmpstr (find_text (layout, ENTENTE_FUNNEL_TEXT_DETAIL, 5)->text, ==,
                       "Target 14 (Sales) · meets need");

      g_assert_cmpuint (entente_funnel_layout_get_n_legend_entries (layout), ==, G_N_ELEMENTS (legend));
      for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
        {
          const EntenteFunnelLegendEntry *entry = entente_funnel_layout_get_legend_entry (layout, i);
          const EntenteFunnelText *label = entente_funnel_layout_get_text (layout, entry->text);

          g_assert_cmpstr (entry->label, ==, legend[i]);
          g_assert_cmpstr (label->text, ==, legend[i]);
          g_assert_cmpint (label->role, ==, ENTENTE_FUNNEL_TEXT_LEGEND);
          g_assert_cmpint (entry->color_index, ==, (int) i);
          assert_inside (&entry->swatch, sizes[s][0], sizes[s][1], legend[i]);
          for (guint b = 0; b < G_N_ELEMENTS (acme_stages); b++)
            g_assert_false (rects_overlap (&entry->swatch, &entente_funnel_layout_get_band (layout, b)->rect));
        }
    }
}

static void
test_acme_cli (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 1200, 800);
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *png = NULL, *svg = NULL, *pdf = NULL;

  entente_test_scratch_init (&scratch);
  png = entente_test_scratch_file (&scratch, "acme.png");
  svg = entente_test_scratch_file (&scratch, "acme.svg");
  pdf = entente_test_scratch_file (&scratch, "acme.PDF");

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", acme, "-o", png, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    /* The default size, 1200 × 800, is the layout's. */
    assert_png_colors (png, layout, ENTENTE_RENDER_LIGHT);
  }

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", acme, "-o", svg, "--width", "640", "--height", "480", NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    assert_svg_size (svg, 640, 480);
  }

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", acme, "-o", pdf, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

    if (have_pdftotext ())
      {
        g_autofree char *text = pdf_text (pdf);

        for (guint i = 0; i < G_N_ELEMENTS (acme_names); i++)
          if (strstr (text, acme_names[i]) == NULL)
            g_error ("the PDF does not say “%s”: %s", acme_names[i], text);
        g_assert_nonnull (strstr (text, "2,075"));
        g_assert_nonnull (strstr (text, "Each band holds the records its stage needs per period"));
        g_assert_nonnull (strstr (text, "Sales Development"));
      }
  }
}

static void
test_acme_dark_png (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 400, 300);
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_auto(EntenteTestRun) run = { 0 };
  g_autofree char *png = NULL;

  entente_test_scratch_init (&scratch);
  png = entente_test_scratch_file (&scratch, "dark.png");

  entente_test_run_cli (&run, "funnel", acme, "-o", png, "--dark", "--width", "400", "--height", "300", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  assert_png_colors (png, layout, ENTENTE_RENDER_DARK);
}

/* The API gives what the CLI writes, byte for byte: the CLI only picks
 * the format and writes the file. */
static void
test_acme_api_export (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 1200, 800);
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_auto(EntenteTestScratch) scratch = { 0 };
  static const struct {
    const char          *name;
    EntenteFunnelFormat  format;
    const char          *magic;
  } exports[] = {
    { "api.png", ENTENTE_FUNNEL_FORMAT_PNG, "\x89PNG" },
    { "api.svg", ENTENTE_FUNNEL_FORMAT_SVG, "<?xml" },
    { "api.pdf", ENTENTE_FUNNEL_FORMAT_PDF, "%PDF" },
  };

  entente_test_scratch_init (&scratch);

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *path = entente_test_scratch_file (&scratch, exports[i].name);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      EntenteFunnelFormat format;
      gsize length;
      const char *data;

      g_assert_true (entente_funnel_format_from_filename (path, &format));
      g_assert_cmpint (format, ==, exports[i].format);

      bytes = entente_funnel_export (layout, format, ENTENTE_RENDER_LIGHT, "Acme funnel", &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &length);
      g_assert_cmpuint (length, >, strlen (exports[i].magic));
      g_assert_true (memcmp (data, exports[i].magic, strlen (exports[i].magic)) == 0);
      g_file_set_contents (path, data, length, &error);
      g_assert_no_error (error);
    }

  {
    g_autofree char *api_png = entente_test_scratch_file (&scratch, "api.png");
    g_autofree char *api_svg = entente_test_scratch_file (&scratch, "api.svg");
    g_autofree char *api_pdf = entente_test_scratch_file (&scratch, "api.pdf");
    g_autofree char *cli_png = entente_test_scratch_file (&scratch, "cli.png");
    g_autofree char *api_bytes = NULL, *cli_bytes = NULL;
    gsize api_length, cli_length;
    g_auto(EntenteTestRun) run = { 0 };

    assert_png_colors (api_png, layout, ENTENTE_RENDER_LIGHT);
    assert_svg_size (api_svg, 1200, 800);

    entente_test_run_cli (&run, "funnel", acme, "-o", cli_png, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (api_png, &api_bytes, &api_length, NULL));
    g_assert_true (g_file_get_contents (cli_png, &cli_bytes, &cli_length, NULL));
    g_assert_cmpmem (api_bytes, api_length, cli_bytes, cli_length);

    if (have_pdftotext ())
      {
        g_autofree char *text = pdf_text (api_pdf);

        for (guint i = 0; i < G_N_ELEMENTS (acme_names); i++)
          g_assert_nonnull (strstr (text, acme_names[i]));
      }
  }

  g_assert_false (entente_funnel_format_from_filename ("funnel.jpeg", NULL));
  g_assert_false (entente_funnel_format_from_filename ("funnel", NULL));
  g_assert_false (entente_funnel_format_from_filename ("dir.png/funnel", NULL));
}

/* Drawing straight into a cairo_t, as a widget or a printout does. */
static void
test_render_to_context (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 640, 480);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 480);
  cairo_t *cr = cairo_create (surface);
  EntenteRenderColor seen, expected;
  double x, y;

  for (EntenteRenderStyle style = ENTENTE_RENDER_LIGHT; style <= ENTENTE_RENDER_PRINT; style++)
    {
      entente_funnel_render (layout, cr, style);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_flush (surface);

      band_sample_point (layout, 2, &x, &y);
      get_pixel (surface, x, y, &seen);
      entente_funnel_band_get_color (entente_funnel_layout_get_band (layout, 2), style, &expected);
      assert_color_near (&seen, &expected, "the SAL band");
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_cli_errors (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *bad = entente_test_data_path ("bad/bad-rate.entente");
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *png = NULL, *missing_dir = NULL, *jpeg = NULL;

  entente_test_scratch_init (&scratch);
  png = entente_test_scratch_file (&scratch, "out.png");
  jpeg = entente_test_scratch_file (&scratch, "out.jpeg");
  missing_dir = g_build_filename (scratch.path, "no-such-folder", "out.png", NULL);

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", acme, "-o", jpeg, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "out.jpeg"));
    g_assert_false (g_file_test (jpeg, G_FILE_TEST_EXISTS));
  }

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", acme, "-o", png, "--width", "20", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.err, !=, "");
  }

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", acme, "-o", png, "--height", "tall", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", acme, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", bad, "-o", png, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "bad-rate.entente"));
    g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  }

  {
    g_autofree char *nowhere = g_build_filename (scratch.path, "missing.entente", NULL);
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", nowhere, "-o", png, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "missing.entente"));
  }

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "funnel", acme, "-o", missing_dir, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "out.png"));
  }

  {
    g_auto(EntenteTestRun) run = { 0 };

    entente_test_run_cli (&run, "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "funnel"));
  }
}

/* Twelve stages with names too long for any row: wrapped, ellipsized,
 * never on top of each other, never off the page. */
static void
test_long_names (void)
{
  g_autoptr(EntenteDocument) document = build_document (G_N_ELEMENTS (long_names), long_names, long_owners, 0.55);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(EntenteFunnelLayout) layout =
        entente_funnel_layout_new (document, NULL, sizes[s][0], sizes[s][1]);
      const EntenteFunnelBand *stray;
      const EntenteFunnelLegendEntry *last;
      guint n_legend;

      assert_layout_sound (layout, document);
      g_assert_cmpuint (entente_funnel_layout_get_n_bands (layout), ==, 12);

      /* The stage without owner is grey, and the legend says so last. */
      stray = entente_funnel_layout_get_band (layout, 10);
      g_assert_cmpint (stray->color_index, ==, -1);
      g_assert_null (stray->party_id);
      n_legend = entente_funnel_layout_get_n_legend_entries (layout);
      g_assert_cmpuint (n_legend, ==, 4);
      last = entente_funnel_layout_get_legend_entry (layout, n_legend - 1);
      g_assert_null (last->party_id);
      g_assert_cmpint (last->color_index, ==, -1);
    }

  /* Set actual counts: the details grow, and still nothing overlaps. */
  {
    g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 640, 480);

    for (guint i = 0; i < 12; i++)
      {
        g_autofree char *id = g_strdup_printf ("stage-%u", i);

        g_assert_true (entente_funnel_layout_set_actual (layout, id, 123456 + i));
      }
    assert_layout_sound (layout, document);
  }
}

static void
test_khmer (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("angkor-retail-km.entente");
  g_autofree char *angkor = entente_test_example_path ("angkor-retail-km.entente");
  g_auto(EntenteTestScratch) scratch = { 0 };

  entente_test_scratch_init (&scratch);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(EntenteFunnelLayout) layout =
        entente_funnel_layout_new (document, NULL, sizes[s][0], sizes[s][1]);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) sizes[s][0], (int) sizes[s][1]);
      cairo_t *cr = cairo_create (surface);

      assert_layout_sound (layout, document);
      g_assert_cmpuint (entente_funnel_layout_get_n_bands (layout), ==, 4);
      g_assert_cmpstr (entente_funnel_layout_get_band (layout, 0)->name, ==, "ការនាំមុខ");
      g_assert_cmpstr (entente_funnel_layout_get_legend_entry (layout, 0)->label, ==, "ក្រុមទីផ្សារ");

      /* Every glyph comes from a font that has it: no boxes with hex codes. */
      for (guint i = 0, n = entente_funnel_layout_get_n_texts (layout); i < n; i++)
        {
          double x, y;
          PangoLayout *text = entente_funnel_layout_get_pango_layout (layout, i, &x, &y);

          if (pango_layout_get_unknown_glyphs_count (text) > 0)
            g_error ("no font has the glyphs of “%s”; install a Khmer font (fonts-khmeros, see build-aux/install-deps)",
                     entente_funnel_layout_get_text (layout, i)->text);
        }

      entente_funnel_render (layout, cr, ENTENTE_RENDER_LIGHT);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  {
    g_autofree char *png = entente_test_scratch_file (&scratch, "angkor.png");
    g_autofree char *pdf = entente_test_scratch_file (&scratch, "angkor.pdf");
    g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 1200, 800);
    g_auto(EntenteTestRun) run = { 0 };
    g_auto(EntenteTestRun) run_pdf = { 0 };

    entente_test_run_cli (&run, "funnel", angkor, "-o", png, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    assert_png_colors (png, layout, ENTENTE_RENDER_LIGHT);

    entente_test_run_cli (&run_pdf, "funnel", angkor, "-o", pdf, NULL);
    g_assert_cmpint (run_pdf.status, ==, 0);
    if (have_pdftotext ())
      {
        g_autofree char *text = pdf_text (pdf);

        g_assert_nonnull (strstr (text, "អតិថិជន"));
      }
  }
}

static void
test_two_stages (void)
{
  static const char * const names[] = { "Lead", "Customer" };
  static const char * const owners[] = { "marketing", "sales" };
  g_autoptr(EntenteDocument) document = build_document (2, names, owners, 0.1);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(EntenteFunnelLayout) layout =
        entente_funnel_layout_new (document, NULL, sizes[s][0], sizes[s][1]);
      const EntenteFunnelBand *lead, *customer;

      assert_layout_sound (layout, document);
      lead = entente_funnel_layout_get_band (layout, 0);
      customer = entente_funnel_layout_get_band (layout, 1);
      g_assert_cmpint (customer->needed, ==, 140);
      g_assert_cmpint (lead->needed, ==, 1400);
      g_assert_cmpint (lead->color_index, ==, 0);
      g_assert_cmpint (customer->color_index, ==, 2);
      /* A range of ten is drawn to scale: a tenth of the width. */
      g_assert_false (entente_funnel_layout_get_root_scale (layout));
      g_assert_cmpfloat (fabs (customer->rect.width / lead->rect.width - 0.1), <, 0.005);
      /* Two rows do not turn into two slabs. */
      g_assert_cmpfloat (lead->rect.height, <, sizes[s][1] / 3.0);
      g_assert_cmpuint (entente_funnel_layout_get_n_legend_entries (layout), ==, 2);
    }
}

/* Without revenue inputs the plan cannot say what any stage needs: no
 * bands that would look like a plan, but what is missing. */
static void
test_unknown_need (void)
{
  static const char * const names[] = { "Lead", "MQL", "SQL", "Customer" };
  static const char * const owners[] = { "marketing", "marketing", "sdr", "sales" };
  g_autoptr(EntenteDocument) document = build_document (4, names, owners, 0.5);
  g_autoptr(EntenteDocument) acme = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteFunnelLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 600);
  cairo_t *cr = cairo_create (surface);

  g_object_set (entente_document_get_goals (document), "revenue", 0.0, NULL);
  layout = entente_funnel_layout_new (document, NULL, 800, 600);

  g_assert_cmpuint (entente_funnel_layout_get_n_bands (layout), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, i);

      g_assert_cmpint (band->needed, ==, -1);
      g_assert_cmpfloat (band->rect.width, ==, 0.0);
      g_assert_false (entente_funnel_layout_band_at (layout, 400, 100 + i * 100, NULL));
    }
  g_assert_cmpuint (entente_funnel_layout_get_n_texts (layout), ==, 1);
  g_assert_nonnull (find_message (layout, "Set the revenue goal, the average deal size and the conversion rates to see what each stage needs."));
  /* and no taller than what it says, in a window */
  g_assert_cmpfloat (entente_funnel_layout_natural_height (document, NULL, 14.0), <,
                     entente_funnel_layout_natural_height (acme, NULL, 14.0));

  entente_funnel_render (layout, cr, ENTENTE_RENDER_LIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_actual_and_hover (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 1200, 800);
  guint index = G_MAXUINT;

  g_assert_true (entente_funnel_layout_set_actual (layout, "mql", 350));
  g_assert_false (entente_funnel_layout_set_actual (layout, "no-such-stage", 1));
  g_assert_cmpint (entente_funnel_layout_get_band (layout, 1)->actual, ==, 350);
  g_assert_nonnull (strstr (find_text (layout, ENTENTE_FUNNEL_TEXT_DETAIL, 1)->text, "Actual 350"));
  assert_layout_sound (layout, document);
  {
    /* Hovering says what is drawn, in the same words, whole. */
    g_autofree char *described = entente_funnel_layout_describe_band (layout, 1);

    g_assert_cmpstr (described, ==, "Marketing Qualified Lead\n"
                                    "Needed per period: 312\n"
                                    "Target 400 (Marketing) · 88 above need · Actual 350");
  }

  g_assert_true (entente_funnel_layout_set_actual (layout, "mql", -1));
  g_assert_null (strstr (find_text (layout, ENTENTE_FUNNEL_TEXT_DETAIL, 1)->text, "Actual"));

  for (guint i = 0; i < G_N_ELEMENTS (acme_stages); i++)
    {
      const EntenteFunnelBand *band = entente_funnel_layout_get_band (layout, i);
      const EntenteFunnelText *name = find_text (layout, ENTENTE_FUNNEL_TEXT_NAME, i);

      g_assert_true (entente_funnel_layout_band_at (layout, band->rect.x + band->rect.width / 2.0,
                                                    band->rect.y + band->rect.height / 2.0, &index));
      g_assert_cmpuint (index, ==, i);
      /* The stage's text counts as the stage too. */
      g_assert_true (entente_funnel_layout_band_at (layout, name->logical.x + 1.0, name->logical.y + 1.0, &index));
      g_assert_cmpuint (index, ==, i);
    }

  g_assert_false (entente_funnel_layout_band_at (layout, 0.5, 0.5, NULL));
  g_assert_false (entente_funnel_layout_band_at (layout, 1199.0, 799.0, NULL));
}

/* The smallest drawing the CLI accepts still holds together; smaller
 * ones, which only the API can ask for, do not crash. */
static void
test_tiny (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) twelve = build_document (G_N_ELEMENTS (long_names), long_names, long_owners, 0.55);
  static const double tiny[][2] = { { 100, 100 }, { 30, 20 }, { 1, 1 }, { 4000, 60 }, { 60, 4000 } };

  {
    g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 100, 100);
    g_autoptr(EntenteFunnelLayout) small = entente_funnel_layout_new (twelve, NULL, 100, 100);
    /* Its legend is taller than the drawing: the bands stay inside. */
    g_autoptr(EntenteFunnelLayout) flat = entente_funnel_layout_new (twelve, NULL, 100, 70);

    assert_layout_sound_full (layout, document, TRUE);
    assert_layout_sound_full (small, twelve, TRUE);
    assert_layout_sound_full (flat, twelve, TRUE);
  }

  for (guint i = 0; i < G_N_ELEMENTS (tiny); i++)
    {
      g_autoptr(EntenteFunnelLayout) a = entente_funnel_layout_new (document, NULL, tiny[i][0], tiny[i][1]);
      g_autoptr(EntenteFunnelLayout) b = entente_funnel_layout_new (twelve, NULL, tiny[i][0], tiny[i][1]);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
      cairo_t *cr = cairo_create (surface);

      g_assert_cmpuint (entente_funnel_layout_get_n_bands (a), ==, 6);
      g_assert_cmpuint (entente_funnel_layout_get_n_bands (b), ==, 12);
      entente_funnel_render (a, cr, ENTENTE_RENDER_LIGHT);
      entente_funnel_render (b, cr, ENTENTE_RENDER_PRINT);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_no_stages (void)
{
  g_autoptr(EntenteDocument) document = entente_document_new ();
  g_autoptr(EntenteFunnelLayout) layout = entente_funnel_layout_new (document, NULL, 640, 480);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 480);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpuint (entente_funnel_layout_get_n_bands (layout), ==, 0);
  g_assert_cmpuint (entente_funnel_layout_get_n_legend_entries (layout), ==, 0);
  g_assert_cmpuint (entente_funnel_layout_get_n_texts (layout), ==, 1);
  g_assert_cmpint (entente_funnel_layout_get_text (layout, 0)->role, ==, ENTENTE_FUNNEL_TEXT_MESSAGE);
  g_assert_false (entente_funnel_layout_band_at (layout, 320, 240, NULL));

  entente_funnel_render (layout, cr, ENTENTE_RENDER_DARK);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Party colours differ in lightness, so that a grey printout still tells
 * the parties apart. */
static void
test_palette_prints_in_grey (void)
{
  for (int i = 0; i < ENTENTE_RENDER_N_PARTY_COLORS; i++)
    for (int j = 0; j < i; j++)
      {
        EntenteRenderColor a, b;
        double la, lb;

        entente_render_palette_get_party (ENTENTE_RENDER_PRINT, i, &a);
        entente_render_palette_get_party (ENTENTE_RENDER_PRINT, j, &b);
        la = entente_render_color_luminance (&a);
        lb = entente_render_color_luminance (&b);
        /* At least 1.1 : 1 in contrast between any two. */
        g_assert_cmpfloat (MAX (la, lb) + 0.05, >=, 1.1 * (MIN (la, lb) + 0.05));
      }
}

int
main (int    argc,
      char **argv)
{
  entente_i18n_init ();
  /* The funnel speaks the language in force: its words are checked in
   * English, the document's language of acme, whatever the suite's
   * locale (export-languages checks the other languages). */
  entente_locale_push_thread_default (entente_locale_new ("en"));
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/funnel/acme/layout", test_acme_layout);
  g_test_add_func ("/funnel/acme/cli", test_acme_cli);
  g_test_add_func ("/funnel/acme/dark", test_acme_dark_png);
  g_test_add_func ("/funnel/acme/api-export", test_acme_api_export);
  g_test_add_func ("/funnel/render-to-context", test_render_to_context);
  g_test_add_func ("/funnel/cli-errors", test_cli_errors);
  g_test_add_func ("/funnel/long-names", test_long_names);
  g_test_add_func ("/funnel/khmer", test_khmer);
  g_test_add_func ("/funnel/two-stages", test_two_stages);
  g_test_add_func ("/funnel/unknown-need", test_unknown_need);
  g_test_add_func ("/funnel/actual-and-hover", test_actual_and_hover);
  g_test_add_func ("/funnel/tiny", test_tiny);
  g_test_add_func ("/funnel/no-stages", test_no_stages);
  g_test_add_func ("/funnel/palette", test_palette_prints_in_grey);

  return g_test_run ();
}
