/* entente-banner.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-row-util.h"

#include "entente-banner.h"

/* What the window has to say that does not go away by itself, as a
 * toast would, and must not be cut short, as a toast's one line is:
 * merge conflicts left to resolve, a sync tool's conflicted copy beside
 * the file, drafts that cannot be written.  Each button runs an action of
 * the window, so that a test or a shortcut does the same. */

struct _EntenteBanner
{
  AdwBin       parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *title_label;
  GtkButton   *button;
  GtkButton   *secondary_button;
};

G_DEFINE_FINAL_TYPE (EntenteBanner, entente_banner, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entente_banner_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EntenteBanner *self = ENTENTE_BANNER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, entente_banner_get_title (self));
      break;

    case PROP_REVEALED:
      g_value_set_boolean (value, entente_banner_get_revealed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_banner_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EntenteBanner *self = ENTENTE_BANNER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      entente_banner_set_title (self, g_value_get_string (value));
      break;

    case PROP_REVEALED:
      entente_banner_set_revealed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_banner_class_init (EntenteBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = entente_banner_get_property;
  object_class->set_property = entente_banner_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, EntenteBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, EntenteBanner, button);
  gtk_widget_class_bind_template_child (widget_class, EntenteBanner, secondary_button);
}

static void
entente_banner_init (EntenteBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
entente_banner_new (void)
{
  return g_object_new (ENTENTE_TYPE_BANNER, NULL);
}

const char *
entente_banner_get_title (EntenteBanner *self)
{
  g_return_val_if_fail (ENTENTE_IS_BANNER (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
entente_banner_set_title (EntenteBanner *self,
                          const char    *title)
{
  g_return_if_fail (ENTENTE_IS_BANNER (self));

  if (g_strcmp0 (gtk_label_get_label (self->title_label), title) == 0)
    return;

  gtk_label_set_label (self->title_label, title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * entente_banner_set_title_tooltip:
 * @tooltip: (nullable): more about the title, such as a file's long name
 */
void
entente_banner_set_title_tooltip (EntenteBanner *self,
                                  const char    *tooltip)
{
  g_return_if_fail (ENTENTE_IS_BANNER (self));

  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->title_label)), tooltip) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), tooltip);
}

gboolean
entente_banner_get_revealed (EntenteBanner *self)
{
  g_return_val_if_fail (ENTENTE_IS_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

void
entente_banner_set_revealed (EntenteBanner *self,
                             gboolean       revealed)
{
  g_return_if_fail (ENTENTE_IS_BANNER (self));

  revealed = !!revealed;
  if (gtk_revealer_get_reveal_child (self->revealer) == revealed)
    return;

  gtk_revealer_set_reveal_child (self->revealer, revealed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

static void
set_button (GtkButton  *button,
            const char *label,
            const char *action_name)
{
  gtk_widget_set_visible (GTK_WIDGET (button), label != NULL);
  gtk_button_set_label (button, label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  entente_accessible_tidy (GTK_WIDGET (button));
}

/**
 * entente_banner_set_button:
 * @label: (nullable): the button's label, with a mnemonic, or %NULL for
 *   no button
 * @action_name: (nullable): the action it runs, "win.resolve-conflicts"
 *
 * Sets the button that answers the banner, last in reading order.
 */
void
entente_banner_set_button (EntenteBanner *self,
                           const char    *label,
                           const char    *action_name)
{
  g_return_if_fail (ENTENTE_IS_BANNER (self));

  set_button (self->button, label, action_name);
}

/**
 * entente_banner_set_secondary_button:
 * @label: (nullable): the label, with a mnemonic, or %NULL for none
 * @action_name: (nullable): the action it runs
 *
 * Sets the other answer, "Dismiss" say, before the button.
 */
void
entente_banner_set_secondary_button (EntenteBanner *self,
                                     const char    *label,
                                     const char    *action_name)
{
  g_return_if_fail (ENTENTE_IS_BANNER (self));

  set_button (self->secondary_button, label, action_name);
}
