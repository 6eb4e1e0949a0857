/* entente-welcome-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-row-util.h"

#include <glib/gi18n.h>

#include "entente-application.h"
#include "entente-guidance.h"
#include "entente-templates.h"
#include "entente-welcome-window.h"

/* What Entente shows when no agreement is open: the agreements opened
 * lately and the templates a new one starts from.  Choosing either opens
 * it in a window of its own and closes this one. */

/* As many as fit above the templates at 800×600. */
#define MAX_RECENT 5

struct _EntenteWelcomeWindow
{
  AdwApplicationWindow  parent_instance;

  AdwStatusPage        *status;
  GtkWidget            *recent_group;
  GtkListBox           *recent_list;
  GtkFlowBox           *templates;
  guint                 n_recent;
};

G_DEFINE_FINAL_TYPE (EntenteWelcomeWindow, entente_welcome_window, ADW_TYPE_APPLICATION_WINDOW)

/* Recent agreements */

static int
by_time_used (gconstpointer a,
              gconstpointer b)
{
  GDateTime *used_a = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *used_b = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (used_b, used_a);
}

/* "~/Documents" rather than "/home/dana/Documents". */
static char *
folder_for_people (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_strdup ("/");
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_build_filename ("~", relative, NULL);

  return g_file_get_parse_name (parent);
}

static void
fill_recent (EntenteWelcomeWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) agreements = g_ptr_array_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l; l = l->next)
    if (g_str_has_suffix (gtk_recent_info_get_uri (l->data), ".entente") && gtk_recent_info_exists (l->data))
      g_ptr_array_add (agreements, l->data);
  g_ptr_array_sort (agreements, by_time_used);

  self->n_recent = MIN (agreements->len, MAX_RECENT);
  for (guint i = 0; i < self->n_recent; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (agreements, i);
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *folder = folder_for_people (file);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", "go-next-symbolic",
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "entente-uri", g_strdup (gtk_recent_info_get_uri (info)), g_free);
      gtk_list_box_append (self->recent_list, row);
    }
  gtk_widget_set_visible (self->recent_group, self->n_recent > 0);

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
on_recent_activated (EntenteWelcomeWindow *self,
                     GtkListBoxRow        *row)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_object_get_data (G_OBJECT (row), "entente-uri"));
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  entente_application_open_file (ENTENTE_APPLICATION (app), file);
}

/* Templates */

static GtkWidget *
label_new (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, style);

  return label;
}

static GtkWidget *
template_card_new (const EntenteTemplateInfo *template)
{
  g_autoptr(EntenteDocument) document = entente_application_load_template (template->id, NULL);
  g_autofree char *setup = document != NULL ? entente_template_describe_setup (document) : NULL;
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), label_new (_(template->title), "heading"));
  gtk_box_append (GTK_BOX (box), label_new (_(template->description), "body"));
  if (setup != NULL)
    {
      GtkWidget *facts = label_new (setup, "caption");

      gtk_widget_add_css_class (facts, "dim-label");
      gtk_widget_set_vexpand (facts, TRUE);
      gtk_widget_set_valign (facts, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (box), facts);
    }

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  gtk_widget_add_css_class (child, "card");
  gtk_widget_add_css_class (child, "activatable");
  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(template->title),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(template->description),
                                  -1);
  g_object_set_data (G_OBJECT (child), "entente-template", (gpointer) template->id);

  return child;
}

static void
on_template_activated (EntenteWelcomeWindow *self,
                       GtkFlowBoxChild      *child)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *id = g_object_get_data (G_OBJECT (child), "entente-template");

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-template", g_variant_new_string (id));
}

/* GObject */

static void
entente_welcome_window_dispose (GObject *object)
{
  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), object);
  gtk_widget_dispose_template (GTK_WIDGET (object), ENTENTE_TYPE_WELCOME_WINDOW);

  G_OBJECT_CLASS (entente_welcome_window_parent_class)->dispose (object);
}

static void
entente_welcome_window_class_init (EntenteWelcomeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_welcome_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-welcome-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteWelcomeWindow, status);
  gtk_widget_class_bind_template_child (widget_class, EntenteWelcomeWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, EntenteWelcomeWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, EntenteWelcomeWindow, templates);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_template_activated);
}

static void
entente_welcome_window_init (EntenteWelcomeWindow *self)
{
  const EntenteTemplateInfo *templates;
  guint n_templates;

  gtk_widget_init_template (GTK_WIDGET (self));
  entente_accessible_tidy (GTK_WIDGET (self));
  adw_status_page_set_icon_name (self->status, APPLICATION_ID);

  templates = entente_guidance_get_templates (&n_templates);
  for (guint i = 0; i < n_templates; i++)
    gtk_flow_box_append (self->templates, template_card_new (&templates[i]));

  fill_recent (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (fill_recent), self, G_CONNECT_SWAPPED);
}

/**
 * entente_welcome_window_new:
 *
 * Returns: (transfer none): a new welcome window
 */
GtkWindow *
entente_welcome_window_new (GtkApplication *application)
{
  return g_object_new (ENTENTE_TYPE_WELCOME_WINDOW, "application", application, NULL);
}

guint
entente_welcome_window_get_n_recent (EntenteWelcomeWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_WELCOME_WINDOW (self), 0);

  return self->n_recent;
}
