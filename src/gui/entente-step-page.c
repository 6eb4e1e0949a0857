/* entente-step-page.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-field-row.h"
#include "entente-funnel-view.h"
#include "entente-list-editor.h"
#include "entente-row-util.h"
#include "entente-sign-off-group.h"
#include "entente-step-page.h"

/* One step of the wizard: its guidance on top, then the parts of the SLA
 * it decides, grouped as people think of them. */

static GtkWidget *
why_button_new (const EntenteStepGuidance *guidance)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *label = gtk_label_new (_(guidance->why));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), label);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Why This Matters"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  return button;
}

static GtkWidget *
intro_group_new (EntenteSection step)
{
  const EntenteStepGuidance *guidance = entente_guidance_get_step (step);
  GtkWidget *group = adw_preferences_group_new ();

  entente_group_set_text (group, entente_section_get_title (step), NULL);
  entente_group_set_text (group, NULL, _(guidance->summary));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), why_button_new (guidance));

  return group;
}

/* A group of chosen fields of one item, named @title. */
static GtkWidget *
fields_group_new (EntenteDocument *document,
                  const char      *title,
                  EntenteItem     *item,
                  const guint     *fields,
                  guint            n_fields)
{
  GtkWidget *group = adw_preferences_group_new ();

  entente_group_set_text (group, title, NULL);
  for (guint i = 0; i < n_fields; i++)
    {
      GtkWidget *row = entente_field_row_new (document, item, fields[i]);

      if (row != NULL)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static GtkWidget *
funnel_group_new (EntenteDocument *document)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *view = entente_funnel_view_new (document);

  entente_group_set_text (group, _("Funnel"),
                          _("What each stage needs per period to reach the revenue goal, against what each team committed to."));
  gtk_widget_add_css_class (view, "card");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), view);

  return group;
}

static void
add (GtkWidget *page,
     GtkWidget *group)
{
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
}

GtkWidget *
entente_step_page_new (EntenteDocument *document,
                       EntenteSection      step)
{
  static const guint agreement[] = {
    ENTENTE_META_FIELD_TITLE, ENTENTE_META_FIELD_ORGANIZATION, ENTENTE_META_FIELD_REVISION,
    ENTENTE_META_FIELD_EFFECTIVE, ENTENTE_META_FIELD_REVIEW_BY, ENTENTE_META_FIELD_LANGUAGE,
    ENTENTE_META_FIELD_CURRENCY, ENTENTE_META_FIELD_PURPOSE,
  };
  static const guint hours[] = {
    ENTENTE_META_FIELD_TIMEZONE, ENTENTE_META_FIELD_BUSINESS_DAYS,
    ENTENTE_META_FIELD_BUSINESS_START, ENTENTE_META_FIELD_BUSINESS_END,
  };
  static const guint revenue[] = {
    ENTENTE_GOALS_FIELD_PERIOD, ENTENTE_GOALS_FIELD_REVENUE,
    ENTENTE_GOALS_FIELD_AVERAGE_DEAL, ENTENTE_GOALS_FIELD_MARKETING_SHARE,
  };
  static const guint meeting[] = {
    ENTENTE_REVIEW_FIELD_CADENCE, ENTENTE_REVIEW_FIELD_ATTENDEES, ENTENTE_REVIEW_FIELD_METRICS,
  };
  EntenteItem *doc = ENTENTE_ITEM (document);
  EntenteItem *meta = ENTENTE_ITEM (entente_document_get_meta (document));
  EntenteItem *goals = ENTENTE_ITEM (entente_document_get_goals (document));
  EntenteItem *review = ENTENTE_ITEM (entente_document_get_review (document));
  GtkWidget *page = adw_preferences_page_new ();

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), entente_section_get_title (step));
  add (page, intro_group_new (step));

  switch (step)
    {
    case ENTENTE_SECTION_OVERVIEW:
      add (page, fields_group_new (document, _("Agreement"), meta, agreement, G_N_ELEMENTS (agreement)));
      add (page, fields_group_new (document, _("Business Hours"), meta, hours, G_N_ELEMENTS (hours)));
      add (page, entente_list_editor_new_group (document, doc, ENTENTE_DOCUMENT_FIELD_PARTIES));
      break;

    case ENTENTE_SECTION_PERSONAS:
      add (page, entente_list_editor_new_group (document, doc, ENTENTE_DOCUMENT_FIELD_PERSONAS));
      break;

    case ENTENTE_SECTION_LEAD_DEFINITIONS:
      add (page, entente_list_editor_new_group (document, doc, ENTENTE_DOCUMENT_FIELD_STAGES));
      break;

    case ENTENTE_SECTION_GOALS:
      add (page, funnel_group_new (document));
      add (page, fields_group_new (document, _("Revenue"), goals, revenue, G_N_ELEMENTS (revenue)));
      add (page, entente_list_editor_new_group (document, goals, ENTENTE_GOALS_FIELD_CONVERSIONS));
      add (page, entente_list_editor_new_group (document, goals, ENTENTE_GOALS_FIELD_TARGETS));
      break;

    case ENTENTE_SECTION_HANDOFF:
      add (page, entente_list_editor_new_group (document, doc, ENTENTE_DOCUMENT_FIELD_HANDOFFS));
      break;

    case ENTENTE_SECTION_LEAD_MANAGEMENT:
      add (page, entente_list_editor_new_group (document, doc, ENTENTE_DOCUMENT_FIELD_PROTOCOLS));
      break;

    case ENTENTE_SECTION_REVIEW:
      add (page, fields_group_new (document, _("Review Meeting"), review, meeting, G_N_ELEMENTS (meeting)));
      add (page, entente_list_editor_new_group (document, review, ENTENTE_REVIEW_FIELD_ACCOUNTABILITY));
      add (page, entente_sign_off_group_new (document));
      break;

    case ENTENTE_N_STEPS:
    default:
      g_assert_not_reached ();
    }

  return page;
}
