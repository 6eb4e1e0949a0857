/* entente-review-chart-view.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-review-chart-view.h"

/* A chart of the monthly review on screen, drawn by the renderer of the
 * PDF and the command line, in the light or dark style of the desktop;
 * height for width, so that tiles and panels wrap as the window
 * narrows. */

#define NATURAL_WIDTH 600

struct _EntenteReviewChartView
{
  GtkWidget               parent_instance;

  EntenteReviewChartKind  kind;
  EntenteReviewChart     *chart;
};

G_DEFINE_FINAL_TYPE (EntenteReviewChartView, entente_review_chart_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_KIND, N_PROPS };
static GParamSpec *properties[N_PROPS];

static GtkSizeRequestMode
entente_review_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
entente_review_chart_view_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  EntenteReviewChartView *self = ENTENTE_REVIEW_CHART_VIEW (widget);
  PangoContext *context;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = NATURAL_WIDTH;
      return;
    }
  *minimum = *natural = 0;
  if (self->chart == NULL)
    return;
  context = gtk_widget_get_pango_context (widget);
  *minimum = *natural = (int) entente_review_chart_measure (self->chart, self->kind, -1, context,
                                                            for_size > 0 ? for_size : NATURAL_WIDTH);
}

static void
entente_review_chart_view_snapshot (GtkWidget   *widget,
                                    GtkSnapshot *snapshot)
{
  EntenteReviewChartView *self = ENTENTE_REVIEW_CHART_VIEW (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  entente_review_chart_draw (self->chart, self->kind, -1, cr, gtk_widget_get_pango_context (widget), width,
                             dark ? ENTENTE_RENDER_DARK : ENTENTE_RENDER_LIGHT);
  cairo_destroy (cr);
}

static void
entente_review_chart_view_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  EntenteReviewChartView *self = ENTENTE_REVIEW_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_review_chart_view_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  EntenteReviewChartView *self = ENTENTE_REVIEW_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_review_chart_view_dispose (GObject *object)
{
  EntenteReviewChartView *self = ENTENTE_REVIEW_CHART_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->chart, entente_review_chart_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENTENTE_TYPE_REVIEW_CHART_VIEW);

  G_OBJECT_CLASS (entente_review_chart_view_parent_class)->dispose (object);
}

static void
entente_review_chart_view_class_init (EntenteReviewChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_review_chart_view_dispose;
  object_class->get_property = entente_review_chart_view_get_property;
  object_class->set_property = entente_review_chart_view_set_property;
  widget_class->get_request_mode = entente_review_chart_view_get_request_mode;
  widget_class->measure = entente_review_chart_view_measure;
  widget_class->snapshot = entente_review_chart_view_snapshot;

  /**
   * EntenteReviewChartView:kind:
   *
   * Which chart: an #EntenteReviewChartKind.
   */
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL,
                                            ENTENTE_REVIEW_CHART_TILES, ENTENTE_REVIEW_CHART_OWNERS,
                                            ENTENTE_REVIEW_CHART_TILES,
                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-review-chart-view.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
entente_review_chart_view_init (EntenteReviewChartView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (gtk_widget_queue_draw), self);
}

/**
 * entente_review_chart_view_set_chart:
 * @chart: (nullable): the review's charts, or %NULL for none
 */
void
entente_review_chart_view_set_chart (EntenteReviewChartView *self,
                                     EntenteReviewChart     *chart)
{
  g_return_if_fail (ENTENTE_IS_REVIEW_CHART_VIEW (self));

  g_clear_pointer (&self->chart, entente_review_chart_unref);
  if (chart != NULL)
    self->chart = entente_review_chart_ref (chart);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

EntenteReviewChart *
entente_review_chart_view_get_chart (EntenteReviewChartView *self)
{
  g_return_val_if_fail (ENTENTE_IS_REVIEW_CHART_VIEW (self), NULL);

  return self->chart;
}
