/* entente-comments-panel.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "entente-comment-index.h"
#include "entente-comment-byline.h"
#include "entente-comment-card.h"
#include "entente-comments-panel.h"
#include "entente-row-util.h"

/* The comments on the step in view, beside it: those about the step as a
 * whole first, then those about each of its items, each with its
 * replies and buttons to reply, resolve and reopen; below, a box to write
 * a new one about the step or one of its items.  Everything goes through
 * the model's API, so that undo takes a comment back like any edit; the
 * author is the name in Preferences. */

struct _EntenteCommentsPanel
{
  GtkWidget            parent_instance;

  GtkWidget           *child;

  EntenteDocument     *document;
  EntenteHistory      *history;
  EntenteCommentIndex *index;
  GSettings           *settings;
  EntenteSection          step;
  char                *anchor;        /* what a new comment is about */

  GtkWidget           *subtitle;
  GtkWidget           *resolved_switch;
  GtkWidget           *scroller;
  GtkWidget           *list;
  GtkWidget           *about;
  GtkStringList       *about_names;
  GPtrArray           *about_anchors;
  gboolean             updating_about;
  GtkWidget           *name_entry;
  GtkWidget           *text_view;
  GtkWidget           *placeholder;
  GtkWidget           *add_button;
  gboolean             stale;         /* names changed while hidden */
  gboolean             open;          /* the window shows it, mapped yet or not */
  guint                clock_source;
};

G_DEFINE_FINAL_TYPE (EntenteCommentsPanel, entente_comments_panel, GTK_TYPE_WIDGET)

static void refresh (EntenteCommentsPanel *self);

static void
tell (EntenteCommentsPanel *self,
      const char           *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), entente_toast_new (message));
}

/* Who writes: the name and role from Preferences; without a name, the
 * one typed in the panel, which is kept in Preferences from then on. */
static char *
author_name (EntenteCommentsPanel *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "author-name");
  g_autofree char *typed = NULL;

  g_strstrip (name);
  if (name[0] != '\0')
    return g_steal_pointer (&name);

  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  if (typed[0] != '\0')
    {
      g_settings_set_string (self->settings, "author-name", typed);
      return g_steal_pointer (&typed);
    }

  tell (self, _("Comments are signed “Unknown” until you set your name in Preferences."));
  return g_strdup (_("Unknown"));
}

static char *
author_role (EntenteCommentsPanel *self)
{
  g_autofree char *role = g_settings_get_string (self->settings, "author-role");

  g_strstrip (role);
  return role[0] != '\0' ? g_steal_pointer (&role) : NULL;
}

/* Each action is one step to undo, apart from any typing before it. */
static void
seal (EntenteCommentsPanel *self)
{
  if (self->history != NULL)
    entente_history_seal (self->history);
}

/* Building blocks */

static GtkWidget *
body_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);

  return label;
}

/* Replies and resolving: the panel's edits, with the author's name and
 * as steps of their own to undo. */

static void
on_reply (EntenteCommentCard   *card,
          const char           *text,
          EntenteCommentsPanel *self)
{
  EntenteComment *comment = entente_comment_card_get_comment (card);
  g_autoptr(EntenteReply) reply = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *id = NULL;
  g_autofree char *author = NULL;
  g_autofree char *role = NULL;

  if (self->document == NULL)
    return;

  reply = entente_reply_new ();
  id = entente_comment_new_id ("reply");
  author = author_name (self);
  role = author_role (self);
  now = entente_comment_now ();
  entente_item_set_string (ENTENTE_ITEM (reply), ENTENTE_REPLY_FIELD_ID, id);
  entente_item_set_string (ENTENTE_ITEM (reply), ENTENTE_REPLY_FIELD_AUTHOR, author);
  entente_item_set_string (ENTENTE_ITEM (reply), ENTENTE_REPLY_FIELD_ROLE, role);
  entente_item_set_boxed (ENTENTE_ITEM (reply), ENTENTE_REPLY_FIELD_TIME, now);
  entente_item_set_string (ENTENTE_ITEM (reply), ENTENTE_REPLY_FIELD_TEXT, text);

  seal (self);
  entente_item_append (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_REPLIES, ENTENTE_ITEM (reply));
  seal (self);
}

static void
on_toggle_resolved (EntenteCommentCard   *card,
                    EntenteCommentsPanel *self)
{
  EntenteComment *comment = entente_comment_card_get_comment (card);

  seal (self);
  entente_item_set_boolean (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_RESOLVED,
                            !entente_comment_get_resolved (comment));
  seal (self);
}

static GtkWidget *
comment_new (EntenteCommentsPanel *self,
             EntenteComment       *comment)
{
  GtkWidget *card = entente_comment_card_new (comment);

  g_signal_connect (card, "reply", G_CALLBACK (on_reply), self);
  g_signal_connect (card, "toggle-resolved", G_CALLBACK (on_toggle_resolved), self);

  return card;
}

/* Groups: the step as a whole, then each item */

typedef struct
{
  EntenteItem *item;       /* NULL: the whole step, or a removed item */
  char        *dangling;   /* the anchor of a removed item */
  int          order;
  GPtrArray   *comments;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->dangling);
  g_ptr_array_unref (group->comments);
  g_free (group);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = *(const Group * const *) a;
  const Group *y = *(const Group * const *) b;

  return (x->order > y->order) - (x->order < y->order);
}

static Group *
find_group (GPtrArray   *groups,
            EntenteItem *item,
            const char  *dangling)
{
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);

      if (group->item == item && g_strcmp0 (group->dangling, dangling) == 0)
        return group;
    }

  return NULL;
}

/* A group's “Comment on” button: what a new comment is to be about. */
static void
comment_on_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  entente_comments_panel_set_anchor (ENTENTE_COMMENTS_PANEL (widget), g_variant_get_string (param, NULL));
}

static char *
group_title (EntenteCommentsPanel *self,
             Group                *group)
{
  if (group->item != NULL)
    return entente_item_describe (self->document, group->item);

  if (group->dangling != NULL)
    {
      const char *slash = strrchr (group->dangling, '/');
      g_autofree char *name = g_strdup (slash ? slash + 1 : group->dangling);

      /* “targets[mql]” names “mql” */
      if (strchr (name, '[') != NULL && g_str_has_suffix (name, "]"))
        {
          char *inner = g_strdup (strchr (name, '[') + 1);

          inner[strlen (inner) - 1] = '\0';
          g_free (name);
          name = inner;
        }
      /* Translators: the heading of comments about an item that was removed */
      return g_strdup_printf (_("%s (no longer in the SLA)"), name);
    }

  return g_strdup (_("The Whole Step"));
}

static GtkWidget *
group_new (EntenteCommentsPanel *self,
           Group                *group)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *title = group_title (self, group);
  GtkWidget *heading = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (heading), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (header), heading);

  if (group->dangling == NULL)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("chat-message-new-symbolic");
      g_autofree char *label = g_strdup_printf (_("Comment on “%s”"), title);
      g_autofree char *anchor = group->item ? entente_comment_anchor_for_item (group->item)
                                            : g_strdup (entente_section_get_id (self->step));

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, label);
      entente_row_set_accessible_label (button, label);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", anchor);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "comments.comment-on");
      gtk_box_append (GTK_BOX (header), button);
    }
  gtk_box_append (GTK_BOX (box), header);

  for (guint i = 0; i < group->comments->len; i++)
    gtk_box_append (GTK_BOX (box), comment_new (self, g_ptr_array_index (group->comments, i)));

  return box;
}

static GtkWidget *
placeholder_new (EntenteCommentsPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("entente-comment-symbolic");
  GtkWidget *title = body_new (gtk_switch_get_active (GTK_SWITCH (self->resolved_switch))
                               ? _("No comments on this step")
                               : _("No open comments on this step"));
  GtkWidget *hint = body_new (_("Write one below, or use the comment button of an item."));

  gtk_widget_set_margin_top (box, 24);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 32);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title), 0.5);
  gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (hint), 0.5);
  gtk_label_set_justify (GTK_LABEL (hint), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), hint);

  return box;
}

static void
refresh_list (EntenteCommentsPanel *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (group_free);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  gboolean show_resolved = gtk_switch_get_active (GTK_SWITCH (self->resolved_switch));
  GListModel *comments;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_box_remove (GTK_BOX (self->list), child);

  if (self->document == NULL)
    return;

  items = entente_comment_anchor_step_items (self->document, self->step);
  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (positions, g_ptr_array_index (items, i), GINT_TO_POINTER (i + 1));

  comments = entente_document_get_comments (self->document);
  for (guint i = 0, n = g_list_model_get_n_items (comments); i < n; i++)
    {
      g_autoptr(EntenteComment) comment = g_list_model_get_item (comments, i);
      const char *anchor = entente_comment_get_anchor (comment);
      gboolean dangling = FALSE;
      EntenteItem *item;
      Group *group;

      if (entente_comment_anchor_get_step (anchor) != self->step ||
          (entente_comment_get_resolved (comment) && !show_resolved))
        continue;

      item = entente_comment_anchor_resolve (self->document, anchor, &dangling);
      group = find_group (groups, item, dangling ? anchor : NULL);
      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->item = item;
          group->dangling = dangling ? g_strdup (anchor) : NULL;
          group->comments = g_ptr_array_new_with_free_func (g_object_unref);
          /* The step first, its items in their order, then the rest. */
          if (item == NULL && !dangling)
            group->order = 0;
          else if (item != NULL && g_hash_table_contains (positions, item))
            group->order = GPOINTER_TO_INT (g_hash_table_lookup (positions, item));
          else
            group->order = G_MAXINT - (int) (n - i);
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group->comments, g_object_ref (comment));
    }

  g_ptr_array_sort (groups, compare_groups);
  for (guint i = 0; i < groups->len; i++)
    gtk_box_append (GTK_BOX (self->list), group_new (self, g_ptr_array_index (groups, i)));

  if (groups->len == 0)
    gtk_box_append (GTK_BOX (self->list), placeholder_new (self));
}

/* What a new comment is about */

static void
select_anchor (EntenteCommentsPanel *self)
{
  guint selected = 0;

  for (guint i = 0; i < self->about_anchors->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->about_anchors, i), self->anchor) == 0)
      selected = i;

  self->updating_about = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->about), selected);
  self->updating_about = FALSE;

  if (selected == 0)
    {
      g_free (self->anchor);
      self->anchor = g_strdup (g_ptr_array_index (self->about_anchors, 0));
    }
}

static void
refresh_about (EntenteCommentsPanel *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) items = NULL;
  gboolean listed = FALSE;

  g_ptr_array_set_size (self->about_anchors, 0);
  g_ptr_array_add (names, g_strdup (_("The whole step")));
  g_ptr_array_add (self->about_anchors, g_strdup (entente_section_get_id (self->step)));

  if (self->document != NULL)
    {
      items = entente_comment_anchor_step_items (self->document, self->step);
      for (guint i = 0; i < items->len; i++)
        {
          EntenteItem *item = g_ptr_array_index (items, i);
          char *anchor = entente_comment_anchor_for_item (item);

          if (anchor == NULL)
            continue;
          listed = listed || g_strcmp0 (anchor, self->anchor) == 0;
          g_ptr_array_add (names, entente_item_describe (self->document, item));
          g_ptr_array_add (self->about_anchors, anchor);
        }

      /* An item that the step does not list (one inside another): named
       * as well as the anchor can. */
      if (!listed && self->anchor != NULL && entente_comment_anchor_get_step (self->anchor) == self->step &&
          g_strcmp0 (self->anchor, g_ptr_array_index (self->about_anchors, 0)) != 0)
        {
          EntenteItem *item = entente_comment_anchor_resolve (self->document, self->anchor, NULL);

          if (item != NULL)
            {
              g_ptr_array_add (names, entente_item_describe (self->document, item));
              g_ptr_array_add (self->about_anchors, g_strdup (self->anchor));
            }
        }
    }

  g_ptr_array_add (names, NULL);
  self->updating_about = TRUE;
  gtk_string_list_splice (self->about_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->about_names)),
                          (const char * const *) names->pdata);
  self->updating_about = FALSE;
  select_anchor (self);
}

static void
on_about_selected (EntenteCommentsPanel *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->about));

  if (self->updating_about || selected >= self->about_anchors->len)
    return;

  g_free (self->anchor);
  self->anchor = g_strdup (g_ptr_array_index (self->about_anchors, selected));
}

static void
refresh (EntenteCommentsPanel *self)
{
  const char *title = entente_section_get_title (self->step);

  gtk_label_set_label (GTK_LABEL (self->subtitle), title);
  refresh_list (self);
  refresh_about (self);
}

/* A hidden panel is brought up to date when it is shown, not at every
 * edit, step change or document opened: opening a window then costs
 * nothing for comments nobody is reading. */
static void
refresh_when_shown (EntenteCommentsPanel *self)
{
  if (self->open || gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
on_renamed (EntenteCommentsPanel *self)
{
  refresh_when_shown (self);
}

/* “3 minutes ago” grows older while the panel is open. */
static void
update_times (GtkWidget *widget)
{
  if (ENTENTE_IS_COMMENT_BYLINE (widget))
    {
      entente_comment_byline_update_time (ENTENTE_COMMENT_BYLINE (widget));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    update_times (child);
}

static gboolean
clock_cb (gpointer data)
{
  EntenteCommentsPanel *self = data;

  update_times (self->list);
  return G_SOURCE_CONTINUE;
}

static void
on_map (EntenteCommentsPanel *self)
{
  if (self->stale)
    {
      self->stale = FALSE;
      refresh (self);
    }
  else
    {
      update_times (self->list);
    }
  if (self->clock_source == 0)
    self->clock_source = g_timeout_add_seconds (30, clock_cb, self);
}

static void
on_unmap (EntenteCommentsPanel *self)
{
  g_clear_handle_id (&self->clock_source, g_source_remove);
}

/* Writing a comment */

static char *
composer_text (EntenteCommentsPanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
on_text_changed (EntenteCommentsPanel *self)
{
  g_autofree char *text = composer_text (self);

  gtk_widget_set_sensitive (self->add_button, text[0] != '\0' && self->document != NULL);
  gtk_widget_set_visible (self->placeholder,
                          gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view))) == 0);
}

static void
add_comment (EntenteCommentsPanel *self)
{
  g_autofree char *text = composer_text (self);
  g_autoptr(EntenteComment) comment = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *id = NULL;
  g_autofree char *author = NULL;
  g_autofree char *role = NULL;
  const char *anchor = self->anchor ? self->anchor : entente_section_get_id (self->step);

  if (text[0] == '\0' || self->document == NULL)
    return;

  comment = entente_comment_new ();
  id = entente_comment_new_id ("comment");
  author = author_name (self);
  role = author_role (self);
  now = entente_comment_now ();
  entente_item_set_string (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_ID, id);
  entente_item_set_string (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_ANCHOR, anchor);
  entente_item_set_string (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_AUTHOR, author);
  entente_item_set_string (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_ROLE, role);
  entente_item_set_boxed (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_TIME, now);
  entente_item_set_string (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_TEXT, text);

  seal (self);
  entente_item_append (ENTENTE_ITEM (self->document), ENTENTE_DOCUMENT_FIELD_COMMENTS, ENTENTE_ITEM (comment));
  seal (self);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)), "", -1);
}

static gboolean
on_ctrl_return (GtkWidget *widget,
                GVariant  *args,
                gpointer   data)
{
  add_comment (data);
  return TRUE;
}

static void
update_name_entry (EntenteCommentsPanel *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "author-name");

  g_strstrip (name);
  gtk_widget_set_visible (self->name_entry, name[0] == '\0');
}

/* API */

void
entente_comments_panel_set_document (EntenteCommentsPanel *self,
                                     EntenteDocument      *document,
                                     EntenteHistory       *history)
{
  g_return_if_fail (ENTENTE_IS_COMMENTS_PANEL (self));
  g_return_if_fail (document == NULL || ENTENTE_IS_DOCUMENT (document));

  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_set_object (&self->document, document);
  g_set_object (&self->history, history);
  self->index = document ? entente_comment_index_get (document) : NULL;
  if (self->index != NULL)
    {
      g_signal_connect_swapped (self->index, "changed", G_CALLBACK (refresh_when_shown), self);
      g_signal_connect_swapped (self->index, "renamed", G_CALLBACK (on_renamed), self);
    }

  on_text_changed (self);
  refresh_when_shown (self);
}

void
entente_comments_panel_set_step (EntenteCommentsPanel *self,
                                 EntenteSection           step)
{
  g_return_if_fail (ENTENTE_IS_COMMENTS_PANEL (self));
  g_return_if_fail (step < ENTENTE_N_STEPS);

  if (self->step == step && self->anchor != NULL)
    return;

  self->step = step;
  g_clear_pointer (&self->anchor, g_free);
  refresh_when_shown (self);
}

/**
 * entente_comments_panel_set_anchor:
 * @anchor: a step id, or an item's anchor
 *
 * Shows the step of @anchor and makes the next comment about it.
 */
void
entente_comments_panel_set_anchor (EntenteCommentsPanel *self,
                                   const char           *anchor)
{
  g_return_if_fail (ENTENTE_IS_COMMENTS_PANEL (self));
  g_return_if_fail (anchor != NULL);

  self->step = entente_comment_anchor_get_step (anchor);
  g_free (self->anchor);
  self->anchor = g_strdup (anchor);
  refresh (self);
  entente_comments_panel_focus_composer (self);
}

const char *
entente_comments_panel_get_anchor (EntenteCommentsPanel *self)
{
  g_return_val_if_fail (ENTENTE_IS_COMMENTS_PANEL (self), NULL);

  return self->anchor;
}

/**
 * entente_comments_panel_set_open:
 *
 * Tells the panel the window shows it (or not): it is then kept up to
 * date even before it is mapped, while the flap opens.
 */
void
entente_comments_panel_set_open (EntenteCommentsPanel *self,
                                 gboolean              open)
{
  g_return_if_fail (ENTENTE_IS_COMMENTS_PANEL (self));

  self->open = open;
  if (open && self->stale)
    {
      self->stale = FALSE;
      refresh (self);
    }
}

void
entente_comments_panel_focus_composer (EntenteCommentsPanel *self)
{
  g_return_if_fail (ENTENTE_IS_COMMENTS_PANEL (self));

  /* Opening the panel comes here first, before it is mapped. */
  if (self->stale)
    {
      self->stale = FALSE;
      refresh (self);
    }

  gtk_widget_grab_focus (self->text_view);
}

/* Construction */

static void
on_about_setup (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_list_item_set_child (list_item, label);
}

static void
on_about_bind (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (string));
}

/* What the template cannot say: the list of what a comment may be about,
 * and Ctrl+Enter, which adds the comment before the text view would type
 * a new line. */
static void
setup_composer (EntenteCommentsPanel *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  self->about_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->about), G_LIST_MODEL (self->about_names));
  g_signal_connect (factory, "setup", G_CALLBACK (on_about_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_about_bind), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (self->about), factory);
  g_object_unref (factory);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_callback_action_new (on_ctrl_return, self, NULL)));
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (self->text_view, shortcuts);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)), "changed",
                            G_CALLBACK (on_text_changed), self);
}

/* As wide as a sidebar, whatever the names and texts in it: they wrap
 * or give way, and the step beside keeps its room. */
#define PANEL_WIDTH 340

static void
entente_comments_panel_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  GtkWidget *child = ENTENTE_COMMENTS_PANEL (widget)->child;

  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
  /* The side pane gives it its minimum width. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = MAX (*minimum, PANEL_WIDTH);
}

static void
entente_comments_panel_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  GtkWidget *child = ENTENTE_COMMENTS_PANEL (widget)->child;

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
entente_comments_panel_dispose (GObject *object)
{
  EntenteCommentsPanel *self = ENTENTE_COMMENTS_PANEL (object);

  if (self->index != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->index, self);
      self->index = NULL;
    }
  g_clear_handle_id (&self->clock_source, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->history);
  /* The one child first, then the template's pointers into it. */
  g_clear_pointer (&self->child, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), ENTENTE_TYPE_COMMENTS_PANEL);

  G_OBJECT_CLASS (entente_comments_panel_parent_class)->dispose (object);
}

static void
entente_comments_panel_finalize (GObject *object)
{
  EntenteCommentsPanel *self = ENTENTE_COMMENTS_PANEL (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->about_names);
  g_clear_pointer (&self->about_anchors, g_ptr_array_unref);
  g_free (self->anchor);

  G_OBJECT_CLASS (entente_comments_panel_parent_class)->finalize (object);
}

static void
entente_comments_panel_class_init (EntenteCommentsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = entente_comments_panel_dispose;
  object_class->finalize = entente_comments_panel_finalize;

  widget_class->measure = entente_comments_panel_measure;
  widget_class->size_allocate = entente_comments_panel_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "entente-comments-panel");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-comments-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, child);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, subtitle);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, resolved_switch);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, list);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, about);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, name_entry);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, text_view);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, placeholder);
  gtk_widget_class_bind_template_child (widget_class, EntenteCommentsPanel, add_button);
  gtk_widget_class_bind_template_callback (widget_class, refresh_list);
  gtk_widget_class_bind_template_callback (widget_class, on_about_selected);
  gtk_widget_class_bind_template_callback (widget_class, add_comment);
  gtk_widget_class_install_action (widget_class, "comments.comment-on", "s", comment_on_action);
}

static void
entente_comments_panel_init (EntenteCommentsPanel *self)
{
  self->settings = g_settings_new ("io.github.entente_sla.Entente");
  self->about_anchors = g_ptr_array_new_with_free_func (g_free);
  self->step = ENTENTE_SECTION_OVERVIEW;

  gtk_widget_init_template (GTK_WIDGET (self));
  setup_composer (self);

  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (on_unmap), NULL);
  g_signal_connect_object (self->settings, "changed::author-name", G_CALLBACK (update_name_entry), self,
                           G_CONNECT_SWAPPED);
  update_name_entry (self);
  refresh (self);
}

GtkWidget *
entente_comments_panel_new (void)
{
  return g_object_new (ENTENTE_TYPE_COMMENTS_PANEL, NULL);
}
