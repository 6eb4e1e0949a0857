/* test-review-chart.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "entente-core.h"
#include "entente-render.h"
#include "entente-test-util.h"

/* The review's charts, through the render API and `entente-cli report
 * --png/--svg`, on tests/data/actuals/three-months.csv: January to April
 * 2027, the MQL protocol measured for Ann and Bo. */

static EntenteActualsReport *
review (EntenteDocument *document,
        int              month)
{
  g_autofree char *path = entente_test_data_path ("actuals/three-months.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(GError) error = NULL;
  EntenteActualsReport *report;

  report = entente_actuals_compute (document, G_INPUT_STREAM (stream), "three-months.csv", NULL,
                                    month > 0 ? 2027 : 0, month, NULL, &error);
  g_assert_no_error (error);
  return report;
}

/* Green at the goal, amber from 80 % of it, red below; nothing to judge
 * without a goal or a measure. */
static void
test_status_rule (void)
{
  g_assert_cmpint (entente_review_status (400, 400), ==, ENTENTE_RENDER_STATUS_GOOD);
  g_assert_cmpint (entente_review_status (401, 400), ==, ENTENTE_RENDER_STATUS_GOOD);
  g_assert_cmpint (entente_review_status (320, 400), ==, ENTENTE_RENDER_STATUS_CLOSE);
  g_assert_cmpint (entente_review_status (319, 400), ==, ENTENTE_RENDER_STATUS_BEHIND);
  g_assert_cmpint (entente_review_status (0, 400), ==, ENTENTE_RENDER_STATUS_BEHIND);
  g_assert_cmpint (entente_review_status (-1, 400), ==, ENTENTE_RENDER_STATUS_NONE);
  g_assert_cmpint (entente_review_status (7, 0), ==, ENTENTE_RENDER_STATUS_NONE);
  g_assert_cmpint (entente_review_status (0.5, 1), ==, ENTENTE_RENDER_STATUS_BEHIND);
  g_assert_cmpint (entente_review_status (1, 1), ==, ENTENTE_RENDER_STATUS_GOOD);
}

/* What each chart has to show, and heights that follow the width: a
 * narrower chart wraps its tiles and panels onto more rows. */
static void
test_charts (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteActualsReport) latest = review (document, 0);
  g_autoptr(EntenteActualsReport) first = review (document, 1);
  g_autoptr(EntenteReviewChart) chart = entente_review_chart_new (document, latest, ENTENTE_REVIEW_CHART_MONTHS);
  g_autoptr(EntenteReviewChart) alone = entente_review_chart_new (document, first, ENTENTE_REVIEW_CHART_MONTHS);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  g_assert_cmpint (latest->month, ==, 4);
  g_assert_true (entente_review_chart_has (chart, ENTENTE_REVIEW_CHART_TILES));
  g_assert_true (entente_review_chart_has (chart, ENTENTE_REVIEW_CHART_TRENDS));
  g_assert_true (entente_review_chart_has (chart, ENTENTE_REVIEW_CHART_OWNERS));
  g_assert_true (entente_review_chart_has_owners (chart, 0));
  g_assert_false (entente_review_chart_has_owners (chart, 1));
  /* January is the export's first month: no trend to draw yet. */
  g_assert_false (entente_review_chart_has (alone, ENTENTE_REVIEW_CHART_TRENDS));

  for (int kind = 0; kind < ENTENTE_REVIEW_CHART_N_KINDS; kind++)
    {
      double wide = entente_review_chart_measure (chart, kind, -1, context, 900);
      double narrow = entente_review_chart_measure (chart, kind, -1, context, 300);

      g_assert_cmpfloat (wide, >, 20);
      g_assert_cmpfloat (narrow, >=, wide);
    }
  g_assert_cmpfloat (entente_review_chart_measure (chart, ENTENTE_REVIEW_CHART_TILES, -1, context, 300), >,
                     entente_review_chart_measure (chart, ENTENTE_REVIEW_CHART_TILES, -1, context, 900));
  /* One protocol's owners alone: Ann and Bo, without its title. */
  g_assert_cmpfloat (entente_review_chart_measure (chart, ENTENTE_REVIEW_CHART_OWNERS, 0, context, 500), <,
                     entente_review_chart_measure (chart, ENTENTE_REVIEW_CHART_OWNERS, -1, context, 500));
  g_object_unref (context);
}

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  GInputStream *stream = closure;

  return g_input_stream_read_all (stream, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}

/* The picture: a PNG of the width asked for, every chart under its
 * heading, with the tile of April's MQL stage (1 of a 400 target: red)
 * and Ann's green bar among its colours. */
static void
test_export (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteActualsReport) report = review (document, 0);
  g_autoptr(EntenteReviewChart) chart = entente_review_chart_new (document, report, 6);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = entente_review_chart_export (chart, ENTENTE_FUNNEL_FORMAT_PNG, ENTENTE_RENDER_LIGHT, 800, &error);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GInputStream) stream = NULL;
  EntenteRenderColor red, green;
  cairo_surface_t *surface;
  gboolean has_red = FALSE, has_green = FALSE;
  unsigned char *data;
  int stride;

  g_assert_no_error (error);
  stream = g_memory_input_stream_new_from_bytes (png);
  surface = cairo_image_surface_create_from_png_stream (read_bytes, stream);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (surface), >, 300);

  entente_render_palette_get_status (ENTENTE_RENDER_LIGHT, ENTENTE_RENDER_STATUS_BEHIND, &red);
  entente_render_palette_get_status (ENTENTE_RENDER_LIGHT, ENTENTE_RENDER_STATUS_GOOD, &green);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < 800; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);
        int r = pixel >> 16 & 0xff, g = pixel >> 8 & 0xff, b = pixel & 0xff;

        has_red |= r == (int) (red.red * 255 + 0.5) && g == (int) (red.green * 255 + 0.5) && b == (int) (red.blue * 255 + 0.5);
        has_green |= r == (int) (green.red * 255 + 0.5) && g == (int) (green.green * 255 + 0.5) && b == (int) (green.blue * 255 + 0.5);
      }
  g_assert_true (has_red);
  g_assert_true (has_green);
  cairo_surface_destroy (surface);

  svg = entente_review_chart_export (chart, ENTENTE_FUNNEL_FORMAT_SVG, ENTENTE_RENDER_PRINT, 800, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), (gssize) g_bytes_get_size (svg), "<svg"));
}

/* `entente-cli report --png/--svg` writes the pictures beside the table. */
static void
test_cli (void)
{
  g_autofree char *acme = entente_test_example_path ("acme-saas.entente");
  g_autofree char *csv = entente_test_data_path ("actuals/three-months.csv");
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "review-chart.png", NULL);
  g_autofree char *svg = g_test_build_filename (G_TEST_BUILT, "review-chart.svg", NULL);
  g_autofree char *bad = g_build_filename (g_get_tmp_dir (), "no-such-folder-entente", "chart.png", NULL);
  g_auto(EntenteTestRun) run = { 0 };
  g_auto(EntenteTestRun) failed = { 0 };
  g_autofree char *png_data = NULL;
  gsize length = 0;

  g_unlink (png);
  entente_test_run_cli (&run, "report", acme, "--actuals", csv, "--png", png, "--svg", svg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (png, &png_data, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (png_data, "\x89PNG", 4), ==, 0);
  g_assert_true (g_file_test (svg, G_FILE_TEST_EXISTS));

  entente_test_run_cli (&failed, "report", acme, "--actuals", csv, "--png", bad, NULL);
  g_assert_cmpint (failed.status, ==, 1);
  g_assert_nonnull (strstr (failed.err, "chart.png"));
  g_unlink (png);
  g_unlink (svg);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-chart/status-rule", test_status_rule);
  g_test_add_func ("/review-chart/charts", test_charts);
  g_test_add_func ("/review-chart/export", test_export);
  g_test_add_func ("/review-chart/cli", test_cli);

  return g_test_run ();
}
