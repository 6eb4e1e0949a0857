/* entente-funnel-view.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "entente-funnel-view.h"
#include "entente-render.h"

/* The funnel of the Goals step, live: drawn by the same renderer as the
 * PDF and the command line, laid out again when the SLA or the size
 * changes, in the light or dark style of the desktop.  Hovering a band
 * tells its numbers. */

struct _EntenteFunnelView
{
  GtkWidget            parent_instance;

  EntenteDocument     *document;
  EntenteFunnelLayout *layout;
  GHashTable          *actuals;  /* stage id → count, or NULL */
};

G_DEFINE_FINAL_TYPE (EntenteFunnelView, entente_funnel_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_DOCUMENT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
invalidate (EntenteFunnelView *self)
{
  g_clear_object (&self->layout);
  /* Stages added or a plan completed change its height too. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The labels read at the size of the window's text, in pixels. */
static double
text_size (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = font != NULL ? (double) pango_font_description_get_size (font) / PANGO_SCALE : 0.0;
  double dpi = pango_cairo_context_get_resolution (context);

  if (font != NULL && !pango_font_description_get_size_is_absolute (font))
    size *= (dpi > 0.0 ? dpi : 96.0) / 72.0;

  return size > 0.0 ? size : 14.0;
}

static EntenteFunnelLayout *
ensure_layout (EntenteFunnelView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout != NULL &&
      (entente_funnel_layout_get_width (self->layout) != width ||
       entente_funnel_layout_get_height (self->layout) != height))
    g_clear_object (&self->layout);

  if (self->layout == NULL && self->document != NULL && width > 0 && height > 0)
    {
      PangoContext *context = gtk_widget_create_pango_context (GTK_WIDGET (self));

      self->layout = entente_funnel_layout_new_with_text (self->document, context, width, height,
                                                          text_size (GTK_WIDGET (self)));
      g_object_unref (context);
      if (self->actuals != NULL)
        {
          GHashTableIter iter;
          gpointer stage_id, count;

          g_hash_table_iter_init (&iter, self->actuals);
          while (g_hash_table_iter_next (&iter, &stage_id, &count))
            entente_funnel_layout_set_actual (self->layout, stage_id, GPOINTER_TO_INT (count));
        }
    }

  return self->layout;
}

static void
entente_funnel_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  EntenteFunnelView *self = ENTENTE_FUNNEL_VIEW (widget);
  EntenteFunnelLayout *layout = ensure_layout (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  if (layout == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                 gtk_widget_get_height (widget)));
  entente_funnel_render (layout, cr, dark ? ENTENTE_RENDER_DARK : ENTENTE_RENDER_LIGHT);
  cairo_destroy (cr);
}

/**
 * entente_funnel_view_describe_at:
 *
 * Returns: (transfer full) (nullable): what the band under (@x, @y)
 *   stands for, in a sentence per line, or %NULL off the bands
 */
char *
entente_funnel_view_describe_at (EntenteFunnelView *self,
                                 double             x,
                                 double             y)
{
  EntenteFunnelLayout *layout;
  guint index;

  g_return_val_if_fail (ENTENTE_IS_FUNNEL_VIEW (self), NULL);

  layout = ensure_layout (self);
  if (layout == NULL || !entente_funnel_layout_band_at (layout, x, y, &index))
    return NULL;

  return entente_funnel_layout_describe_band (layout, index);
}

/**
 * entente_funnel_view_set_actuals:
 * @actuals: (nullable) (element-type utf8 int): stage id → the count
 *   reached, as GINT_TO_POINTER; %NULL for none
 *
 * Draws the counts reached against each stage's band.
 */
void
entente_funnel_view_set_actuals (EntenteFunnelView *self,
                                 GHashTable        *actuals)
{
  g_return_if_fail (ENTENTE_IS_FUNNEL_VIEW (self));

  g_clear_pointer (&self->actuals, g_hash_table_unref);
  if (actuals != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      self->actuals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_iter_init (&iter, actuals);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (self->actuals, g_strdup (key), value);
    }
  invalidate (self);
}

/**
 * entente_funnel_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout as drawn now
 */
EntenteFunnelLayout *
entente_funnel_view_get_layout (EntenteFunnelView *self)
{
  g_return_val_if_fail (ENTENTE_IS_FUNNEL_VIEW (self), NULL);

  return ensure_layout (self);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  g_autofree char *text = entente_funnel_view_describe_at (ENTENTE_FUNNEL_VIEW (widget), x, y);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
entente_funnel_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  EntenteFunnelView *self = ENTENTE_FUNNEL_VIEW (widget);

  /* As tall as its labels need at the window's text size, no taller:
   * the funnel fills its card, with no empty band above or below. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 560;
    }
  else
    {
      /* Less when a window cannot scroll it: the labels then shrink. */
      *natural = self->document != NULL
                 ? (int) ceil (entente_funnel_layout_natural_height (self->document, gtk_widget_get_pango_context (widget), text_size (widget)))
                 : 0;
      *minimum = MIN (*natural, 240);
    }
}

static void
entente_funnel_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  ensure_layout (ENTENTE_FUNNEL_VIEW (widget));
}

static void
entente_funnel_view_dispose (GObject *object)
{
  EntenteFunnelView *self = ENTENTE_FUNNEL_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->layout);
  g_clear_object (&self->document);
  g_clear_pointer (&self->actuals, g_hash_table_unref);

  G_OBJECT_CLASS (entente_funnel_view_parent_class)->dispose (object);
}

static void
entente_funnel_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EntenteFunnelView *self = ENTENTE_FUNNEL_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_funnel_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EntenteFunnelView *self = ENTENTE_FUNNEL_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      entente_funnel_view_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_funnel_view_class_init (EntenteFunnelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_funnel_view_dispose;
  object_class->get_property = entente_funnel_view_get_property;
  object_class->set_property = entente_funnel_view_set_property;
  widget_class->snapshot = entente_funnel_view_snapshot;
  widget_class->measure = entente_funnel_view_measure;
  widget_class->size_allocate = entente_funnel_view_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-funnel-view.ui");
  gtk_widget_class_bind_template_callback (widget_class, on_query_tooltip);

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         ENTENTE_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
entente_funnel_view_init (EntenteFunnelView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (gtk_widget_queue_draw), self);
}

GtkWidget *
entente_funnel_view_new (EntenteDocument *document)
{
  return g_object_new (ENTENTE_TYPE_FUNNEL_VIEW, "document", document, NULL);
}

/**
 * entente_funnel_view_set_document:
 *
 * Draws the funnel of @document, and follows its changes.
 */
void
entente_funnel_view_set_document (EntenteFunnelView *self,
                                  EntenteDocument   *document)
{
  g_return_if_fail (ENTENTE_IS_FUNNEL_VIEW (self));
  g_return_if_fail (document == NULL || ENTENTE_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "changed", G_CALLBACK (invalidate), self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
