/* entente-funnel-block.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-funnel-block.h"
#include "entente-funnel-layout.h"
#include "entente-funnel-renderer.h"

/* The diagram as vector graphics, drawn by the funnel renderer the
 * window uses, in the colours meant for paper; on the page where it is
 * when it fits there at a size that keeps its text legible.
 *
 * It is laid out at the size the page leaves it, which is known only
 * once the pages are: at the first drawing, and again if that changes. */

typedef struct
{
  EntenteDocument     *document;
  PangoContext        *context;
  EntenteFunnelLayout *layout;
  EntenteLocale       *locale;    /* the export's, in force when it is drawn */
  double               text_size; /* the body text's, which its labels take */
  GPtrArray           *stage_ids; /* (nullable): stages with an actual count */
  GArray              *actuals;   /* gint64, theirs */
} Funnel;

static void
funnel_free (gpointer data)
{
  Funnel *funnel = data;

  g_clear_object (&funnel->document);
  g_clear_object (&funnel->context);
  g_clear_object (&funnel->layout);
  g_clear_pointer (&funnel->locale, entente_locale_unref);
  g_clear_pointer (&funnel->stage_ids, g_ptr_array_unref);
  g_clear_pointer (&funnel->actuals, g_array_unref);
  g_free (funnel);
}

static void
draw_funnel (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  data)
{
  Funnel *funnel = data;
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (funnel->locale);

  if (funnel->layout == NULL ||
      entente_funnel_layout_get_width (funnel->layout) != width ||
      entente_funnel_layout_get_height (funnel->layout) != height)
    {
      g_clear_object (&funnel->layout);
      funnel->layout = entente_funnel_layout_new_with_text (funnel->document, funnel->context, width, height,
                                                            funnel->text_size);
      for (guint i = 0; funnel->stage_ids != NULL && i < funnel->stage_ids->len; i++)
        entente_funnel_layout_set_actual (funnel->layout, g_ptr_array_index (funnel->stage_ids, i),
                                          g_array_index (funnel->actuals, gint64, i));
    }

  entente_funnel_render (funnel->layout, cr, ENTENTE_RENDER_PRINT);
}

/**
 * entente_funnel_block_add:
 * @report: (nullable): a month's actuals to draw beside the plan
 *
 * Adds the funnel of @document, as the plan has it, to the flow.
 */
void
entente_funnel_block_add (EntenteFlowWriter          *writer,
                          EntenteDocument            *document,
                          const EntenteActualsReport *report)
{
  EntentePageFlow *flow = entente_flow_writer_get_flow (writer);
  double text_size = entente_flow_writer_get_text_size (writer, ENTENTE_TEXT_BODY);
  double natural = entente_funnel_layout_natural_height (document, entente_flow_writer_get_context (writer), text_size);
  /* A funnel of more stages than a page holds at that size takes a page
   * under its heading, and its labels get smaller. */
  double page = entente_page_flow_get_body (flow)->height - 6.0 * text_size;
  cairo_rectangle_t rect = { 0.0, 0.0, entente_flow_writer_get_width (writer), MIN (natural, page) };
  Funnel *funnel = g_new0 (Funnel, 1);
  guint index;

  funnel->text_size = text_size;
  funnel->document = g_object_ref (document);
  funnel->locale = entente_locale_ref (entente_locale_get_default ());
  funnel->context = g_object_ref (entente_flow_writer_get_context (writer));
  if (report != NULL)
    {
      funnel->stage_ids = g_ptr_array_new_with_free_func (g_free);
      funnel->actuals = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint i = 0; i < report->stages->len; i++)
        {
          const EntenteActualsStage *stage = g_ptr_array_index (report->stages, i);

          if (stage->actual < 0)
            continue;
          g_ptr_array_add (funnel->stage_ids, g_strdup (stage->stage_id));
          g_array_append_val (funnel->actuals, stage->actual);
        }
    }

  index = entente_page_flow_add_block (flow, rect.height, ENTENTE_FLOW_KEEP_TOGETHER);
  entente_page_flow_add_drawing (flow, index, &rect, draw_funnel, funnel, funnel_free);
  entente_flow_writer_space (writer, ENTENTE_FLOW_GAP_TABLE);
}
