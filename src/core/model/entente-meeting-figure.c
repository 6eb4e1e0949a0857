/* entente-meeting-figure.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-item-private.h"
#include "entente-meeting-figure.h"

/* One stage's figures as a review meeting saw them: the records that
 * entered it in the month, how many of those had reached the next stage
 * when the meeting was recorded, and the target and need of the plan then.
 * The stage is an id, not a reference: a stage the agreement drops later
 * stays in the meetings that reviewed it.  Each count the meeting could
 * not measure is left out, and reads -1. */

struct _EntenteMeetingFigure
{
  EntenteItem parent_instance;
};

G_DEFINE_FINAL_TYPE (EntenteMeetingFigure, entente_meeting_figure, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_MEETING_FIGURE_FIELD_STAGE] = { "stage", ENTENTE_VALUE_ID, NULL, "stage", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_KEY | ENTENTE_FIELD_TITLE, N_("Stage") },
  [ENTENTE_MEETING_FIGURE_FIELD_ACTUAL] = { "actual", ENTENTE_VALUE_INT, NULL, "actual", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("Actual") },
  [ENTENTE_MEETING_FIGURE_FIELD_REACHED_NEXT] = { "reached-next", ENTENTE_VALUE_INT, NULL, "reached-next", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("Reached the next stage") },
  [ENTENTE_MEETING_FIGURE_FIELD_TARGET] = { "target", ENTENTE_VALUE_INT, NULL, "target", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("Target") },
  [ENTENTE_MEETING_FIGURE_FIELD_NEEDED] = { "needed", ENTENTE_VALUE_INT, NULL, "needed", NULL, NULL, ENTENTE_FIELD_NON_NEGATIVE | ENTENTE_FIELD_MAY_BE_UNKNOWN, N_("Needed") },
};

static void
entente_meeting_figure_class_init (EntenteMeetingFigureClass *klass)
{
  entente_item_class_install_fields (ENTENTE_ITEM_CLASS (klass), "figure",
                                     fields, G_N_ELEMENTS (fields));
}

static void
entente_meeting_figure_init (EntenteMeetingFigure *self)
{
}

EntenteMeetingFigure *
entente_meeting_figure_new (void)
{
  return g_object_new (ENTENTE_TYPE_MEETING_FIGURE, NULL);
}

const char *
entente_meeting_figure_get_stage (EntenteMeetingFigure *self)
{
  g_return_val_if_fail (ENTENTE_IS_MEETING_FIGURE (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_MEETING_FIGURE_FIELD_STAGE);
}

#define COUNT_GETTER(name, NAME)                                                          \
  int                                                                                     \
  entente_meeting_figure_get_##name (EntenteMeetingFigure *self)                          \
  {                                                                                       \
    g_return_val_if_fail (ENTENTE_IS_MEETING_FIGURE (self), -1);                          \
    return entente_item_get_int (ENTENTE_ITEM (self), ENTENTE_MEETING_FIGURE_FIELD_##NAME); \
  }

COUNT_GETTER (actual, ACTUAL)
COUNT_GETTER (reached_next, REACHED_NEXT)
COUNT_GETTER (target, TARGET)
COUNT_GETTER (needed, NEEDED)

/* Whether the counts can be: no more records reached the next stage than
 * entered this one.  A count left out is no contradiction. */
gboolean
entente_meeting_figure_is_possible (EntenteMeetingFigure *self)
{
  int actual, reached;

  g_return_val_if_fail (ENTENTE_IS_MEETING_FIGURE (self), FALSE);

  actual = entente_meeting_figure_get_actual (self);
  reached = entente_meeting_figure_get_reached_next (self);
  return actual < 0 || reached < 0 || reached <= actual;
}
