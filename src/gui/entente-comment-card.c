/* entente-comment-card.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-comment-byline.h"
#include "entente-comment-card.h"
#include "entente-row-util.h"

/* A comment as the comments panel shows it.  It changes nothing itself:
 * “reply” and “toggle-resolved” ask the panel, which makes the edit with
 * the author's name and the undo history. */

struct _EntenteCommentCard
{
  GtkWidget       parent_instance;

  EntenteComment *comment;

  GtkLabel       *body;
  GtkWidget      *replies;
  GtkRevealer    *composer;
  GtkWidget      *reply_entry;
  GtkLabel       *state;
  GtkButton      *resolve_button;
};

G_DEFINE_FINAL_TYPE (EntenteCommentCard, entente_comment_card, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_COMMENT, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { REPLY, TOGGLE_RESOLVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
send_reply (EntenteCommentCard *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reply_entry))));

  if (text[0] == '\0')
    return;

  g_signal_emit (self, signals[REPLY], 0, text);
  gtk_editable_set_text (GTK_EDITABLE (self->reply_entry), "");
}

static void
toggle_composer (EntenteCommentCard *self)
{
  gboolean reveal = !gtk_revealer_get_reveal_child (self->composer);

  gtk_revealer_set_reveal_child (self->composer, reveal);
  if (reveal)
    gtk_widget_grab_focus (self->reply_entry);
}

static void
toggle_resolved (EntenteCommentCard *self)
{
  g_signal_emit (self, signals[TOGGLE_RESOLVED], 0);
}

static GtkWidget *
reply_new (EntenteReply *reply)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (entente_reply_get_text (reply));

  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 30);
  gtk_label_set_width_chars (GTK_LABEL (text), 20);
  gtk_box_append (GTK_BOX (box), entente_comment_byline_new (entente_reply_get_author (reply),
                                                             entente_reply_get_role (reply),
                                                             entente_reply_get_time (reply)));
  gtk_box_append (GTK_BOX (box), text);

  return box;
}

/* The comment is read once: the panel makes new cards when it changes. */
static void
show_comment (EntenteCommentCard *self)
{
  EntenteComment *comment = self->comment;
  GListModel *replies = entente_comment_get_replies (comment);
  gboolean resolved = entente_comment_get_resolved (comment);
  g_autofree char *label = g_strdup_printf (_("Reply to %s"), entente_comment_get_author (comment));

  gtk_widget_insert_after (entente_comment_byline_new (entente_comment_get_author (comment),
                                                       entente_comment_get_role (comment),
                                                       entente_comment_get_time (comment)),
                           GTK_WIDGET (self), NULL);
  gtk_label_set_text (self->body, entente_comment_get_text (comment));

  for (guint i = 0; replies != NULL && i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(EntenteReply) reply = g_list_model_get_item (replies, i);

      gtk_box_append (GTK_BOX (self->replies), reply_new (reply));
      gtk_widget_set_visible (self->replies, TRUE);
    }
  entente_row_set_accessible_label (self->reply_entry, label);

  if (resolved)
    gtk_widget_add_css_class (GTK_WIDGET (self), "entente-comment-resolved");
  gtk_label_set_text (self->state, resolved ? _("Resolved") : "");
  gtk_button_set_label (self->resolve_button, resolved ? _("Re_open") : _("Re_solve"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->resolve_button),
                               resolved ? _("Open this comment again") : _("Mark this comment as dealt with"));
}

static void
entente_comment_card_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  EntenteCommentCard *self = ENTENTE_COMMENT_CARD (object);

  switch (prop_id)
    {
    case PROP_COMMENT:
      g_value_set_object (value, self->comment);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_comment_card_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  EntenteCommentCard *self = ENTENTE_COMMENT_CARD (object);

  switch (prop_id)
    {
    case PROP_COMMENT:
      self->comment = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_comment_card_constructed (GObject *object)
{
  EntenteCommentCard *self = ENTENTE_COMMENT_CARD (object);

  G_OBJECT_CLASS (entente_comment_card_parent_class)->constructed (object);

  g_return_if_fail (ENTENTE_IS_COMMENT (self->comment));
  show_comment (self);
}

static void
entente_comment_card_dispose (GObject *object)
{
  EntenteCommentCard *self = ENTENTE_COMMENT_CARD (object);

  entente_widget_dispose_children (GTK_WIDGET (self), ENTENTE_TYPE_COMMENT_CARD);
  g_clear_object (&self->comment);

  G_OBJECT_CLASS (entente_comment_card_parent_class)->dispose (object);
}

static void
entente_comment_card_class_init (EntenteCommentCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = entente_comment_card_get_property;
  object_class->set_property = entente_comment_card_set_property;
  object_class->constructed = entente_comment_card_constructed;
  object_class->dispose = entente_comment_card_dispose;

  properties[PROP_COMMENT] =
    g_param_spec_object ("comment", NULL, NULL,
                         ENTENTE_TYPE_COMMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntenteCommentCard::reply:
   * @text: what was typed, trimmed, never empty
   */
  signals[REPLY] = g_signal_new ("reply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * EntenteCommentCard::toggle-resolved:
   *
   * Resolve was chosen, or Reopen.
   */
  signals[TOGGLE_RESOLVED] = g_signal_new ("toggle-resolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (ENTENTE_TYPE_COMMENT_BYLINE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-comment-card.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentCard, body);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentCard, replies);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentCard, composer);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentCard, reply_entry);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentCard, state);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentCard, resolve_button);
  gtk_widget_class_bind_template_callback (widget_class, send_reply);
  gtk_widget_class_bind_template_callback (widget_class, toggle_composer);
  gtk_widget_class_bind_template_callback (widget_class, toggle_resolved);
}

static void
entente_comment_card_init (EntenteCommentCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
entente_comment_card_new (EntenteComment *comment)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT (comment), NULL);

  return g_object_new (ENTENTE_TYPE_COMMENT_CARD, "comment", comment, NULL);
}

EntenteComment *
entente_comment_card_get_comment (EntenteCommentCard *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENT_CARD (self), NULL);

  return self->comment;
}
