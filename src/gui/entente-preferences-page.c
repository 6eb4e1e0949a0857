/* entente-preferences-page.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-preferences-page.h"
#include "entente-signing-key-group.h"

/* The rows are the template's; what each one changes is a GSettings
 * key, bound here. */

struct _EntentePreferencesPage
{
  AdwPreferencesPage  parent_instance;

  GSettings          *settings;

  AdwEntryRow        *name_row;
  AdwEntryRow        *role_row;
  AdwComboRow        *paper_row;
  GtkSwitch          *autosave_switch;
};

G_DEFINE_FINAL_TYPE (EntentePreferencesPage, entente_preferences_page, ADW_TYPE_PREFERENCES_PAGE)

/* The paper row lists A4, then US Letter. */
static gboolean
paper_to_selected (GValue   *value,
                   GVariant *variant,
                   gpointer  data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "letter") ? 1 : 0);
  return TRUE;
}

static GVariant *
selected_to_paper (const GValue       *value,
                   const GVariantType *type,
                   gpointer            data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "letter" : "a4");
}

static void
entente_preferences_page_dispose (GObject *object)
{
  EntentePreferencesPage *self = ENTENTE_PREFERENCES_PAGE (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (entente_preferences_page_parent_class)->dispose (object);
}

static void
entente_preferences_page_class_init (EntentePreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_preferences_page_dispose;

  g_type_ensure (ENTENTE_TYPE_SIGNING_KEY_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-preferences-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EntentePreferencesPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, EntentePreferencesPage, role_row);
  gtk_widget_class_bind_template_child (widget_class, EntentePreferencesPage, paper_row);
  gtk_widget_class_bind_template_child (widget_class, EntentePreferencesPage, autosave_switch);
}

static void
entente_preferences_page_init (EntentePreferencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("io.github.entente_sla.Entente");
  g_settings_bind (self->settings, "author-name", self->name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "author-role", self->role_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "paper-size", self->paper_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                paper_to_selected, selected_to_paper, NULL, NULL);
  g_settings_bind (self->settings, "autosave", self->autosave_switch, "active", G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
entente_preferences_page_new (void)
{
  return g_object_new (ENTENTE_TYPE_PREFERENCES_PAGE, NULL);
}
