/* entente-comment-byline.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-comment-byline.h"
#include "entente-core.h"
#include "entente-row-util.h"

/* Who wrote a comment or a reply, and when: “3 minutes ago”, which grows
 * older while it is shown (entente_comment_byline_update_time()), and the
 * exact moment in its tooltip. */

struct _EntenteCommentByline
{
  GtkWidget  parent_instance;

  GDateTime *time;

  GtkLabel  *who;
  GtkLabel  *when;
};

G_DEFINE_FINAL_TYPE (EntenteCommentByline, entente_comment_byline, GTK_TYPE_WIDGET)

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) local = NULL;
  GTimeSpan span;

  if (time == NULL)
    return g_strdup ("");

  span = g_date_time_difference (now, time);
  if (span >= 0 && span < G_TIME_SPAN_MINUTE)
    return g_strdup (_("Just now"));
  if (span >= 0 && span < G_TIME_SPAN_HOUR)
    {
      guint minutes = (guint) (span / G_TIME_SPAN_MINUTE);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute ago", "%u minutes ago", minutes), minutes);
    }
  if (span >= 0 && span < G_TIME_SPAN_DAY)
    {
      guint hours = (guint) (span / G_TIME_SPAN_HOUR);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour ago", "%u hours ago", hours), hours);
    }

  local = g_date_time_to_local (time);
  return entente_format_moment (NULL, local);
}

static char *
format_full_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return NULL;

  local = g_date_time_to_local (time);
  /* Translators: the exact time of a comment, for its tooltip; a format
   * of g_date_time_format()
   * xgettext:no-c-format */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M:%S"));
}

static void
entente_comment_byline_dispose (GObject *object)
{
  EntenteCommentByline *self = ENTENTE_COMMENT_BYLINE (object);

  g_clear_pointer (&self->time, g_date_time_unref);
  entente_widget_dispose_children (GTK_WIDGET (self), ENTENTE_TYPE_COMMENT_BYLINE);

  G_OBJECT_CLASS (entente_comment_byline_parent_class)->dispose (object);
}

static void
entente_comment_byline_class_init (EntenteCommentBylineClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = entente_comment_byline_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-comment-byline.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentByline, who);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentByline, when);
}

static void
entente_comment_byline_init (EntenteCommentByline *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * entente_comment_byline_new:
 * @author: (nullable): who wrote
 * @role: (nullable): their role
 * @time: (nullable): when
 */
GtkWidget *
entente_comment_byline_new (const char *author,
                            const char *role,
                            GDateTime  *time)
{
  EntenteCommentByline *self = g_object_new (ENTENTE_TYPE_COMMENT_BYLINE, NULL);
  const char *name = author != NULL && author[0] != '\0' ? author : _("Unknown");
  g_autofree char *escaped_author = g_markup_escape_text (name, -1);
  g_autofree char *escaped_role = role != NULL && role[0] != '\0' ? g_markup_escape_text (role, -1) : NULL;
  g_autofree char *markup = escaped_role
                            ? g_strdup_printf ("<b>%s</b>  <span alpha=\"55%%\">%s</span>", escaped_author, escaped_role)
                            : g_strdup_printf ("<b>%s</b>", escaped_author);
  g_autofree char *plain = escaped_role ? g_strdup_printf ("%s, %s", name, role) : g_strdup (name);
  g_autofree char *exact = format_full_time (time);

  gtk_label_set_markup (self->who, markup);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->who), plain);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->when), exact);
  self->time = time != NULL ? g_date_time_ref (time) : NULL;
  entente_comment_byline_update_time (self);

  return GTK_WIDGET (self);
}

/**
 * entente_comment_byline_update_time:
 *
 * Says again how long ago it was: “3 minutes ago” grows older.
 */
void
entente_comment_byline_update_time (EntenteCommentByline *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (ENTENTE_IS_COMMENT_BYLINE (self));

  text = format_time (self->time);
  if (g_strcmp0 (gtk_label_get_label (self->when), text) != 0)
    gtk_label_set_label (self->when, text);
}
