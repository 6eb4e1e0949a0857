/* entente-window.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-typing-pause.h"
#include "entente-pages-dialog.h"
#include "entente-alert.h"
#include "entente-checks.h"
#include "entente-disk-merge.h"
#include "entente-comment-index.h"
#include "entente-comments-panel.h"
#include "entente-compare-window.h"
#include "entente-review-window.h"
#include "entente-completeness.h"
#include "entente-conflicts-dialog.h"
#include "entente-banner.h"
#include "entente-copy-merge.h"
#include "entente-drafts.h"
#include "entente-file-dialog.h"
#include "entente-item-row.h"
#include "entente-gui-compat.h"
#include "entente-merge-toast.h"
#include "entente-number-row.h"
#include "entente-row-util.h"
#include "entente-split.h"
#include "entente-step-page.h"
#include "entente-window-export.h"
#include "entente-window.h"

/* One document in one window: the steps of the wizard, saving, undo,
 * autosaved drafts, and a watch on the file for changes made elsewhere.
 * Every rule about the SLA itself lives in src/core. */

#define AUTOSAVE_DELAY_MS 2000

struct _EntenteWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkWidget            *split;          /* the steps beside the step (entente-split.h) */
  GtkBox               *split_box;
  GtkWidget            *sidebar;
  AdwHeaderBar         *sidebar_header;
  GtkBox               *content;
  AdwHeaderBar         *content_header;
  GtkListBox           *steps;
  GtkListBox           *problems;
  GtkWidget            *problems_heading;
  GtkStack             *pages;
  AdwWindowTitle       *window_title;
  GtkButton            *show_steps_button;

  EntenteDocument      *document;
  EntenteHistory       *history;
  GSettings            *settings;
  EntenteDiskWatch     *disk;          /* the file, and the version the edits started from */
  char                 *draft_id;
  guint                 autosave_source;
  GtkLabel             *progress[ENTENTE_N_STEPS];
  GtkLabel             *problem_count[ENTENTE_N_STEPS];
  GPtrArray            *findings;
  guint                 refresh_source;
  gboolean              draft_has_base; /* the draft records the disk watch's base */
  EntenteBanner        *conflicts_banner;
  EntenteBanner        *copy_banner;
  EntenteBanner        *drafts_banner;
  gboolean              drafts_failing; /* the last draft could not be written */
  EntenteCopyWatch     *copy_watch;
  GFile                *merged_copy;   /* a conflicted copy merged, offered to the trash */
  gboolean              closing;

  GtkWidget            *comments_pane;  /* the comments beside the step (entente-split.h) */
  EntenteCommentsPanel *comments_panel;
  GtkWidget            *comments_button;
  GtkLabel             *comments_button_count;
  EntenteCommentIndex  *comment_index;   /* the document's; held, since the document may go first */
  GtkWidget            *comment_count[ENTENTE_N_STEPS];
};

G_DEFINE_FINAL_TYPE (EntenteWindow, entente_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void save_to (EntenteWindow *self, GFile *file, gboolean then_close);

static gboolean
destroy_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The window closes on a dialog's answer, from inside the dialog's
 * response.  The dialog lets go of its parent only when that emission
 * ends, and GTK 4.8 keeps no reference on a transient parent: destroyed
 * there, the window would be finalized first, and the dialog would then
 * disconnect from a freed object (GLib's "invalid (NULL) class pointer"
 * criticals).  So it is destroyed once the main loop is back. */
static void
destroy_after_dialog (EntenteWindow *self)
{
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, destroy_cb, g_object_ref (self), g_object_unref);
}

void
entente_window_toast (EntenteWindow *self,
                      const char    *message)
{
  g_return_if_fail (ENTENTE_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, entente_toast_new (message));
}

/**
 * entente_window_add_toast:
 * @toast: (transfer full): a toast, with a button perhaps
 */
void
entente_window_add_toast (EntenteWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (ENTENTE_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (EntenteWindow *self,
            const char    *heading,
            const char    *message)
{
  g_autoptr(EntenteAlert) alert = entente_alert_new (heading, message);

  entente_alert_add_response (alert, "close", _("_Close"), ENTENTE_ALERT_DEFAULT);
  entente_alert_present (alert, GTK_WIDGET (self));
}

/* Tooltips go to the display server; set them only when they change. */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  const char *current = gtk_widget_get_tooltip_text (widget);

  if (g_strcmp0 (current, text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

/* Title and progress */

/* The window title's parts, from the template's bindings. */
static char *
shown_title (gpointer    this,
             const char *title,
             gboolean    modified)
{
  if (title == NULL || title[0] == '\0')
    title = _("Untitled SLA");

  /* GNOME marks unsaved documents with a bullet before the title. */
  return modified ? g_strdup_printf ("• %s", title) : g_strdup (title);
}

static char *
shown_file (gpointer  this,
            GFile    *file)
{
  return file != NULL ? g_file_get_basename (file) : g_strdup (_("Not saved"));
}

static void
update_progress (EntenteWindow *self)
{
  for (guint step = 0; step < ENTENTE_N_STEPS; step++)
    {
      g_autofree char *text = NULL;
      g_autofree char *description = NULL;
      guint done = 0, total = 0;

      entente_completeness_measure (self->document, step, &done, &total);
      if (total > 0 && done == total)
        text = g_strdup ("✓");
      else
        /* Translators: how many checks of a step are met, e.g. 3/8 */
        text = g_strdup_printf (_("%u/%u"), done, total);
      description = g_strdup_printf (_("%s: %u of %u done"), entente_section_get_title (step), done, total);

      set_label (self->progress[step], text);
      set_tooltip (GTK_WIDGET (self->progress[step]), description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self->progress[step]))),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
    }
}

/* Autosave */

static void
forget_draft (EntenteWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->draft_id != NULL)
    {
      entente_drafts_remove (self->draft_id);
      g_clear_pointer (&self->draft_id, g_free);
    }
}

/* Unsaved work that no draft keeps is lost in a crash: the user is told
 * once, in the window, and told again only if drafts could be written in
 * between.  Autosaves come at every pause in typing; a problem said at
 * each would be noise. */
static void
drafts_failed (EntenteWindow *self,
               const GError  *error)
{
  g_autofree char *title = NULL;

  g_debug ("Could not write a draft: %s", error->message);
  if (self->drafts_failing)
    return;
  self->drafts_failing = TRUE;

  /* Translators: %s says which folder or file could not be written, and
   * why, e.g. Could not create the folder for drafts “…”: Not a directory */
  title = g_strdup_printf (_("Unsaved changes cannot be kept as a draft, so a crash would lose them. %s."),
                           error->message);
  entente_banner_set_title (self->drafts_banner, title);
  entente_banner_set_revealed (self->drafts_banner, TRUE);
}

static void
drafts_written (EntenteWindow *self)
{
  self->drafts_failing = FALSE;
  entente_banner_set_revealed (self->drafts_banner, FALSE);
}

/* The draft, then the version of the file its edits are made on: in
 * that order, so that a crash between the two leaves a base older than
 * the draft, which restores the same, never a newer one. */
static void
write_draft (EntenteWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (!entente_document_get_modified (self->document) ||
      !g_settings_get_boolean (self->settings, "autosave"))
    return;

  if (self->draft_id == NULL)
    self->draft_id = entente_drafts_new_id ();
  if (!entente_drafts_write (self->draft_id, self->document, &error))
    {
      drafts_failed (self, error);
      return;
    }

  /* Without its base, a draft restores without merging: not kept either. */
  if (entente_disk_watch_get_base (self->disk) != NULL && !self->draft_has_base)
    {
      if (!entente_drafts_write_base (self->draft_id, entente_disk_watch_get_base (self->disk), &error))
        {
          drafts_failed (self, error);
          return;
        }
      self->draft_has_base = TRUE;
    }

  drafts_written (self);
}

static gboolean
autosave_cb (gpointer data)
{
  EntenteWindow *self = data;

  self->autosave_source = 0;
  write_draft (self);

  return G_SOURCE_REMOVE;
}

/* @base: (transfer full) */
static void
set_base (EntenteWindow *self,
          GBytes        *base)
{
  entente_disk_watch_set_base (self->disk, base);
  g_bytes_unref (base);
  self->draft_has_base = FALSE;
}

static void
schedule_autosave (EntenteWindow *self)
{
  if (!g_settings_get_boolean (self->settings, "autosave"))
    return;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
}

/* Findings */

/* The step a finding takes people to. */
static EntenteSection
step_of_section (const char *id)
{
  EntenteSection section;

  if (!entente_section_from_id (id, &section))
    return ENTENTE_SECTION_OVERVIEW;

  return entente_section_get_info (section)->step;
}

static const char *
severity_icon (EntenteSeverity severity)
{
  switch (severity)
    {
    case ENTENTE_SEVERITY_ERROR: return "dialog-error-symbolic";
    case ENTENTE_SEVERITY_WARNING: return "dialog-warning-symbolic";
    case ENTENTE_SEVERITY_SUGGESTION:
    default: return "dialog-information-symbolic";
    }
}

static GtkWidget *
problem_row_new (EntenteFinding *finding)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (finding->severity));
  GtkWidget *label = gtk_label_new (finding->message);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, finding->severity == ENTENTE_SEVERITY_ERROR ? "error" :
                                  finding->severity == ENTENTE_SEVERITY_WARNING ? "warning" : "accent");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  /* Whole sentences: a cut one can say the opposite of what it means. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, finding->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, finding->message, -1);

  return row;
}

static gboolean
same_findings (GPtrArray *a,
               GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      EntenteFinding *x = g_ptr_array_index (a, i);
      EntenteFinding *y = g_ptr_array_index (b, i);

      if (x->item != y->item || g_strcmp0 (x->message, y->message) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
update_findings (EntenteWindow *self)
{
  g_autoptr(GPtrArray) findings = entente_checks_run (self->document);
  GtkWidget *child;

  /* Most edits change no finding; then the list stays as it is. */
  if (same_findings (findings, self->findings))
    return;

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = g_steal_pointer (&findings);

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      const char *section = entente_section_get_id (step);
      guint errors = entente_checks_count (self->findings, section, ENTENTE_SEVERITY_ERROR);
      guint warnings = entente_checks_count (self->findings, section, ENTENTE_SEVERITY_WARNING);
      GtkWidget *count = GTK_WIDGET (self->problem_count[step]);
      g_autofree char *text = NULL;
      g_autofree char *tooltip = NULL;

      gtk_widget_set_visible (count, errors + warnings > 0);
      if (errors + warnings == 0)
        continue;
      gtk_widget_remove_css_class (count, errors > 0 ? "warning" : "error");

      text = entente_format_count (entente_locale_get_interface (), errors + warnings);
      /* Translators: shown on a step of the wizard */
      tooltip = g_strdup_printf (_("%u errors, %u warnings"), errors, warnings);
      set_label (GTK_LABEL (count), text);
      set_tooltip (count, tooltip);
      gtk_widget_add_css_class (count, errors > 0 ? "error" : "warning");
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems))) != NULL)
    gtk_list_box_remove (self->problems, child);
  for (guint i = 0; i < self->findings->len; i++)
    gtk_list_box_append (self->problems, problem_row_new (g_ptr_array_index (self->findings, i)));
  gtk_widget_set_visible (self->problems_heading, self->findings->len > 0);
}

static gboolean
widget_edits (GtkWidget   *widget,
              EntenteItem *item,
              const char  *field)
{
  return entente_row_get_item (widget) == item &&
         g_str_equal (entente_item_get_field (item, entente_row_get_field (widget))->name, field);
}

static GtkWidget *
find_editor (GtkWidget   *root,
             EntenteItem *item,
             const char  *field)
{
  if (widget_edits (root, item, field))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_editor (child, item, field);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_expander (GtkWidget   *root,
               EntenteItem *item)
{
  if (ENTENTE_IS_ITEM_ROW (root) && entente_item_row_get_item (ENTENTE_ITEM_ROW (root)) == item)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_expander (child, item);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * entente_window_reveal:
 *
 * Shows the step of @finding, opens the items on the way to its field and
 * puts the focus there, ready to fix.
 */
void
entente_window_reveal (EntenteWindow  *self,
                       EntenteFinding *finding)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkWidget *page;
  GtkWidget *target = NULL;

  g_return_if_fail (ENTENTE_IS_WINDOW (self));

  entente_window_show_step (self, step_of_section (finding->section));
  entente_split_show_content (self->split);
  page = gtk_stack_get_visible_child (self->pages);

  /* Open each item from the outermost down; their rows are built then. */
  for (EntenteItem *item = finding->item; item != NULL; item = entente_item_get_parent (item))
    g_ptr_array_insert (chain, 0, item);
  for (guint i = 0; i < chain->len; i++)
    {
      GtkWidget *expander = find_expander (page, g_ptr_array_index (chain, i));

      if (expander != NULL)
        {
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
          target = expander;
        }
    }

  if (finding->item != NULL && finding->field != NULL)
    {
      GtkWidget *editor = find_editor (page, finding->item, finding->field);

      if (editor != NULL)
        target = editor;
    }

  if (target != NULL)
    gtk_widget_grab_focus (target);
}

static void
on_problem_activated (EntenteWindow *self,
                      GtkListBoxRow *row)
{
  guint index = (guint) gtk_list_box_row_get_index (row);

  if (self->findings != NULL && index < self->findings->len)
    entente_window_reveal (self, g_ptr_array_index (self->findings, index));
}

static void
update_conflicts (EntenteWindow *self)
{
  guint n = entente_document_get_n_conflicts (self->document);
  g_autofree char *text = NULL;

  entente_banner_set_revealed (self->conflicts_banner, n > 0);
  if (n == 0)
    return;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "A merge left %u conflict to resolve: the copies differ there.",
                                       "A merge left %u conflicts to resolve: the copies differ there.",
                                       n),
                          n);
  entente_banner_set_title (self->conflicts_banner, text);
}

static void
refresh_now (EntenteWindow *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  update_progress (self);
  update_findings (self);
  update_conflicts (self);
}

static gboolean
refresh_cb (gpointer data)
{
  EntenteWindow *self = data;

  self->refresh_source = 0;
  refresh_now (self);
  return G_SOURCE_REMOVE;
}

/* Back to what the file holds, by undo or by saving: a draft of the
 * undone edits would bring them back after a crash. */
static void
on_modified_changed (EntenteWindow *self)
{
  if (!entente_document_get_modified (self->document))
    forget_draft (self);
}

static void
on_document_changed (EntenteWindow *self)
{
  if (self->refresh_source == 0)
    /* Progress and findings follow edits once typing pauses: a keystroke
     * then costs the edit itself, not a pass over the whole SLA. */
    self->refresh_source = entente_after_typing_pause ("[entente] progress and findings", refresh_cb, self);
  schedule_autosave (self);
}

static void
update_actions (EntenteWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", entente_history_get_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", entente_history_get_can_redo (self->history));
}

/* Comments */

static void
update_comment_counts (EntenteWindow *self)
{
  guint total = entente_comment_index_count_all (self->comment_index);
  g_autofree char *total_text = entente_format_count (entente_locale_get_interface (), total);
  g_autofree char *button_label = NULL;

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      guint n = entente_comment_index_count_step (self->comment_index, step);
      GtkWidget *count = self->comment_count[step];
      /* The bubble, then the number. */
      GtkLabel *label = GTK_LABEL (gtk_widget_get_last_child (count));
      g_autofree char *text = entente_format_count (entente_locale_get_interface (), n);
      g_autofree char *tooltip = NULL;

      gtk_widget_set_visible (count, n > 0);
      if (n == 0)
        {
          gtk_accessible_reset_property (GTK_ACCESSIBLE (gtk_widget_get_parent (count)), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
          continue;
        }

      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open comment", "%u open comments", n), n);
      set_label (label, text);
      set_tooltip (count, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (count)),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
    }

  set_label (self->comments_button_count, total_text);
  gtk_widget_set_visible (GTK_WIDGET (self->comments_button_count), total > 0);
  button_label = total > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comments, %u open", "Comments, %u open", total), total)
                           : g_strdup (_("Comments"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->comments_button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_label, -1);
}

/* The comments panel is made when first opened: a window nobody comments
 * in opens without it. */
static EntenteCommentsPanel *
ensure_comments_panel (EntenteWindow *self)
{
  if (self->comments_panel == NULL)
    {
      self->comments_panel = ENTENTE_COMMENTS_PANEL (g_object_new (ENTENTE_TYPE_COMMENTS_PANEL, NULL));
      entente_side_pane_set_pane (self->comments_pane, GTK_WIDGET (self->comments_panel));
      if (self->document != NULL)
        entente_comments_panel_set_document (self->comments_panel, self->document, self->history);
      entente_comments_panel_set_step (self->comments_panel, entente_window_get_step (self));
    }

  return self->comments_panel;
}

/* The toggle and the pane follow each other; the panel exists before the
 * pane opens, since a pane must not gain its child while opening. */
static void
on_pane_revealed (EntenteWindow *self)
{
  gboolean revealed = entente_side_pane_get_revealed (self->comments_pane);

  if (self->comments_panel != NULL)
    entente_comments_panel_set_open (self->comments_panel, revealed);

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->comments_button)) != revealed)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->comments_button), revealed);
}

static void
on_comments_toggled (EntenteWindow *self)
{
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->comments_button));

  if (active)
    ensure_comments_panel (self);
  if (entente_side_pane_get_revealed (self->comments_pane) != active)
    entente_side_pane_set_revealed (self->comments_pane, active);
}

static void
watch_comments (EntenteWindow *self)
{
  if (self->comment_index != NULL)
    g_signal_handlers_disconnect_by_data (self->comment_index, self);
  g_clear_object (&self->comment_index);

  self->comment_index = g_object_ref (entente_comment_index_get (self->document));
  g_signal_connect_swapped (self->comment_index, "changed", G_CALLBACK (update_comment_counts), self);
  if (self->comments_panel != NULL)
    entente_comments_panel_set_document (self->comments_panel, self->document, self->history);
  update_comment_counts (self);
}

/**
 * entente_window_get_comments_shown:
 *
 * Returns: whether the comments are open beside the step
 */
gboolean
entente_window_get_comments_shown (EntenteWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_WINDOW (self), FALSE);

  return entente_side_pane_get_revealed (self->comments_pane);
}

/**
 * entente_window_comment_on:
 * @anchor: a step id ("personas"), or an item's anchor ("personas/it-ian")
 *
 * Opens the comments beside the step of @anchor, ready to write one
 * about it.
 */
void
entente_window_comment_on (EntenteWindow *self,
                           const char    *anchor)
{
  g_return_if_fail (ENTENTE_IS_WINDOW (self));
  g_return_if_fail (anchor != NULL);

  entente_window_show_step (self, entente_comment_anchor_get_step (anchor));
  ensure_comments_panel (self);
  entente_side_pane_set_revealed (self->comments_pane, TRUE);
  entente_comments_panel_set_anchor (self->comments_panel, anchor);
}

/* Steps */

EntenteSection
entente_window_get_step (EntenteWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->steps);

  return row ? (EntenteSection) gtk_list_box_row_get_index (row) : ENTENTE_SECTION_OVERVIEW;
}

void
entente_window_show_step (EntenteWindow *self,
                          EntenteSection    step)
{
  g_return_if_fail (ENTENTE_IS_WINDOW (self));
  g_return_if_fail (step < ENTENTE_N_STEPS);

  gtk_list_box_select_row (self->steps, gtk_list_box_get_row_at_index (self->steps, (int) step));
}

/* Pages are built when first shown: opening a document then costs one
 * page, not seven. */
static void
ensure_page (EntenteWindow *self,
             EntenteSection    step)
{
  GtkWidget *holder = gtk_stack_get_child_by_name (self->pages, entente_section_get_id (step));

  if (holder != NULL && adw_bin_get_child (ADW_BIN (holder)) == NULL && self->document != NULL)
    {
      adw_bin_set_child (ADW_BIN (holder), entente_step_page_new (self->document, step));
      entente_accessible_tidy (holder);
    }
}

static void
on_step_selected (EntenteWindow *self,
                  GtkListBoxRow *row)
{
  EntenteSection step;

  if (row == NULL)
    return;

  step = (EntenteSection) gtk_list_box_row_get_index (row);
  ensure_page (self, step);
  if (self->comments_panel != NULL)
    entente_comments_panel_set_step (self->comments_panel, step);
  gtk_stack_set_visible_child_name (self->pages, entente_section_get_id (step));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", step > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next", step + 1 < ENTENTE_N_STEPS);
}

static void
on_step_activated (EntenteWindow *self)
{
  entente_split_show_content (self->split);
}

static void
on_show_steps (EntenteWindow *self)
{
  entente_split_show_sidebar (self->split);
}

static GtkWidget *
step_row_new (EntenteWindow *self,
              EntenteSection    step)
{
  const EntenteStepGuidance *guidance = entente_guidance_get_step (step);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (entente_section_get_title (step));
  GtkWidget *progress = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *comments = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  GtkWidget *comments_label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  /* Step names are longer in some languages than the sidebar is wide;
   * they wrap rather than lose their end. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (progress, "dim-label");
  gtk_widget_add_css_class (progress, "caption");
  gtk_widget_add_css_class (progress, "entente-step-progress");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (guidance->icon_name));
  gtk_widget_add_css_class (count, "caption-heading");
  gtk_widget_add_css_class (count, "entente-problem-count");
  gtk_widget_set_visible (count, FALSE);
  /* Open comments, as a speech bubble with a number: not a problem. */
  gtk_box_append (GTK_BOX (comments), gtk_image_new_from_icon_name ("entente-comment-symbolic"));
  gtk_box_append (GTK_BOX (comments), comments_label);
  gtk_widget_add_css_class (comments, "caption");
  gtk_widget_add_css_class (comments, "dim-label");
  gtk_widget_add_css_class (comments, "entente-comment-count");
  gtk_widget_set_visible (comments, FALSE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), comments);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), progress);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  self->progress[step] = GTK_LABEL (progress);
  self->problem_count[step] = GTK_LABEL (count);
  self->comment_count[step] = comments;

  return row;
}

static void
build_pages (EntenteWindow *self)
{
  EntenteSection current = entente_window_get_step (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages))) != NULL)
    gtk_stack_remove (self->pages, child);

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    gtk_stack_add_named (self->pages, adw_bin_new (), entente_section_get_id (step));

  entente_window_show_step (self, current);
  on_step_selected (self, gtk_list_box_get_selected_row (self->steps));
}

/* Watching the file */

static void reload_from_disk (EntenteWindow *self);
static void watch_copies (EntenteWindow *self);

static void
on_changed_on_disk_response (EntenteAlert  *alert,
                             const char    *response,
                             EntenteWindow *self)
{
  if (g_str_equal (response, "reload"))
    reload_from_disk (self);
  else
    {
      /* "Keep Mine" is the word to save over theirs later: take the
       * version on disk as the one read. */
      g_autoptr(EntenteDocument) theirs = entente_document_load (entente_document_get_file (self->document),
                                                                 NULL, NULL);

      if (theirs != NULL)
        entente_document_set_file_as_read (self->document, theirs);
      else
        {
          /* Not an SLA now: its entity tag is all there is to go by. */
          GFile *file = entente_document_get_file (self->document);
          g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                         G_FILE_QUERY_INFO_NONE, NULL, NULL);

          if (info != NULL)
            entente_document_set_file (self->document, file, g_file_info_get_etag (info));
        }
    }
}

/* A merge into the open document is one step that undo takes back, after
 * the steps before it.  Kept extensions of a newer format that differ are
 * the one thing no edit changes: then the merged document takes the
 * open one's place, and undo starts again from it. */
static void
take_merge (EntenteWindow   *self,
            EntenteDocument *merged,
            EntenteDocument *theirs)
{
  entente_history_seal (self->history);
  if (entente_history_apply (self->history, merged))
    {
      /* Its next save names both versions as its parents, as the merged
       * document would have. */
      entente_ancestry_note_merge (self->document, self->document, theirs);
      return;
    }

  entente_document_set_file_as_read (merged, self->document);
  entente_document_set_modified (merged, TRUE);
  entente_window_set_document (self, merged);
}

/* Takes their version, merged into ours over the version both started
 * from; the disk watch made the merge and moved its base to theirs. */
static void
take_disk_merge (EntenteWindow    *self,
                 EntenteDiskMerge *merge)
{
  g_autofree char *message = NULL;

  take_merge (self, merge->merged, merge->theirs);
  /* The document now stands on their version; none of the history's
   * states is what the file holds. */
  entente_document_set_file_as_read (self->document, merge->theirs);
  entente_document_set_modified (self->document, TRUE);
  entente_history_forget_clean (self->history);
  self->draft_has_base = FALSE;
  write_draft (self);

  message = entente_merge_toast_text (ENTENTE_MERGE_FROM_DISK, merge->incoming, merge->n_conflicts);
  entente_window_toast (self, message);
}

static gboolean
merge_from_disk (EntenteWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDiskMerge) merge = entente_disk_watch_merge (self->disk, &error);

  if (merge == NULL)
    {
      g_warning ("Could not merge the file changed on disk: %s", error->message);
      return FALSE;
    }

  take_disk_merge (self, merge);

  return TRUE;
}

static void
on_disk_changed (EntenteDiskWatch  *disk,
                 EntenteDiskChange  change,
                 EntenteDiskMerge  *merge,
                 EntenteWindow     *self)
{
  g_autoptr(EntenteAlert) alert = NULL;

  switch (change)
    {
    case ENTENTE_DISK_CHANGE_RELOAD:
      reload_from_disk (self);
      return;
    case ENTENTE_DISK_CHANGE_MERGED:
      take_disk_merge (self, merge);
      return;
    case ENTENTE_DISK_CHANGE_ASK:
    default:
      break;
    }

  alert = entente_alert_new (_("File Changed on Disk"),
                             _("Someone else saved this SLA while you were editing it. Reload their version and lose your changes, or keep yours and save over theirs later?"));
  entente_alert_add_response (alert, "keep", _("_Keep Mine"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "reload", _("_Reload"), ENTENTE_ALERT_DESTRUCTIVE);
  entente_alert_set_default_response (alert, "keep");
  entente_alert_set_close_response (alert, "keep");
  g_signal_connect_object (alert, "response", G_CALLBACK (on_changed_on_disk_response), self, 0);
  entente_alert_present (alert, GTK_WIDGET (self));
}

static void
reload_from_disk (EntenteWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  GFile *file = entente_document_get_file (self->document);

  document = entente_document_load (file, NULL, &error);
  if (document == NULL)
    {
      show_error (self, _("Could Not Reload"), error->message);
      return;
    }

  forget_draft (self);
  entente_window_set_document (self, document);
  name = g_file_get_basename (file);
  message = g_strdup_printf (_("Reloaded “%s”: it was changed on disk."), name);
  entente_window_toast (self, message);
}

/* Other copies: chosen with Merge a Copy, or left beside the file by a
 * sync tool */

/* A name with an underscore would read as a mnemonic in a button. */
static char *
escape_underscores (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

/* The sync tool names the person or computer the copy is from, maybe. */
static char *
copy_owner (EntenteWindow *self,
            GFile         *copy)
{
  g_autofree char *original = g_file_get_basename (entente_document_get_file (self->document));
  g_autofree char *name = g_file_get_basename (copy);
  char *who = NULL;

  entente_conflicted_copy_match (original, name, &who);
  return who;
}

/* The sentences stay short, as a banner's should; the copy's name, which
 * a sync tool makes long, is in the tooltip. */
static void
update_copy_banner (EntenteWindow *self)
{
  g_autofree char *who = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  GFile *copy = self->merged_copy;

  if (copy == NULL && self->copy_watch != NULL)
    copy = entente_copy_watch_peek (self->copy_watch, NULL);
  entente_banner_set_revealed (self->copy_banner, copy != NULL);
  if (copy == NULL)
    return;

  who = copy_owner (self, copy);
  name = g_file_get_basename (copy);
  if (self->merged_copy != NULL)
    {
      if (who != NULL)
        /* Translators: %s is a person, or their computer */
        title = g_strdup_printf (_("%s’s copy is merged. Move it to the trash?"), who);
      else
        title = g_strdup (_("The conflicted copy is merged. Move it to the trash?"));
      entente_banner_set_secondary_button (self->copy_banner, _("_Keep"), "win.keep-conflicted-copy");
      entente_banner_set_button (self->copy_banner, _("Move to _Trash"), "win.trash-conflicted-copy");
    }
  else
    {
      if (who != NULL)
        {
          g_autofree char *escaped = escape_underscores (who);

          /* Translators: %s is a person, or their computer; a sync tool
           * could not put their version in place of this file's */
          title = g_strdup_printf (_("%s’s conflicting changes are in a separate copy."), who);
          /* Translators: %s is a person, or their computer */
          label = g_strdup_printf (_("_Merge %s’s Copy"), escaped);
        }
      else
        {
          title = g_strdup (_("Conflicting changes from another computer are in a separate copy."));
          label = g_strdup (_("_Merge the Conflicted Copy"));
        }
      entente_banner_set_secondary_button (self->copy_banner, _("_Dismiss"), "win.dismiss-conflicted-copy");
      entente_banner_set_button (self->copy_banner, label, "win.merge-conflicted-copy");
    }

  entente_banner_set_title (self->copy_banner, title);
  entente_banner_set_title_tooltip (self->copy_banner, name);
}

static void
stop_watching_copies (EntenteWindow *self)
{
  if (self->copy_watch != NULL)
    g_signal_handlers_disconnect_by_data (self->copy_watch, self);
  g_clear_object (&self->copy_watch);
  g_clear_object (&self->merged_copy);
}

/* Copies already there are offered as soon as the file is open. */
static void
watch_copies (EntenteWindow *self)
{
  GFile *file = entente_document_get_file (self->document);

  if (self->copy_watch != NULL && file != NULL &&
      g_file_equal (entente_copy_watch_get_file (self->copy_watch), file))
    return;

  stop_watching_copies (self);
  if (file != NULL)
    {
      self->copy_watch = entente_copy_watch_new (file);
      g_signal_connect_swapped (self->copy_watch, "changed", G_CALLBACK (update_copy_banner), self);
    }
  update_copy_banner (self);
}

static void
present_conflicts (EntenteWindow *self)
{
  entente_pages_dialog_present (entente_conflicts_dialog_new (self->document), GTK_WINDOW (self));
}

/* What came into the open document: the conflicts the merge recorded are
 * counted apart. */
static GPtrArray *
incoming_changes (EntenteDocument *ours,
                  EntenteDocument *merged)
{
  GPtrArray *changes = entente_diff_documents (ours, merged);

  for (guint i = changes->len; i > 0; i--)
    if (g_str_equal (((EntenteChange *) g_ptr_array_index (changes, i - 1))->section,
                     entente_section_get_id (ENTENTE_SECTION_CONFLICTS)))
      g_ptr_array_remove_index (changes, i - 1);

  return changes;
}

static char *
copy_merge_text (const EntenteCopyMergeInfo *info,
                 GPtrArray                  *incoming)
{
  g_autofree char *two_way = NULL;

  if (!info->two_way)
    return entente_merge_toast_text (ENTENTE_MERGE_FROM_COPY, incoming, info->n_conflicts);

  two_way = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "No common version found: the %u difference is a conflict to resolve.",
                                          "No common version found: each of the %u differences is a conflict to resolve.",
                                          info->n_conflicts),
                             info->n_conflicts);
  if (info->missing == NULL)
    return g_steal_pointer (&two_way);

  /* Translators: why the copies' common version could not be used, then
   * what the merge did instead */
  return g_strdup_printf (_("%s %s"), info->missing, two_way);
}

static void merge_copy (EntenteWindow *self,
                        GFile         *file,
                        gboolean       confirmed);

typedef struct {
  GWeakRef  window;
  GFile    *file;
} Unrelated;

static void
unrelated_free (gpointer  data,
                GClosure *closure)
{
  Unrelated *unrelated = data;

  g_weak_ref_clear (&unrelated->window);
  g_object_unref (unrelated->file);
  g_free (unrelated);
}

static void
on_unrelated_response (EntenteAlert *alert,
                       const char   *response,
                       Unrelated    *unrelated)
{
  g_autoptr(EntenteWindow) self = g_weak_ref_get (&unrelated->window);

  /* Merged again: the document may have changed since the question. */
  if (g_str_equal (response, "merge") && self != NULL && self->document != NULL)
    merge_copy (self, unrelated->file, TRUE);
}

static void
ask_to_merge_unrelated (EntenteWindow *self,
                        GFile         *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = NULL;
  g_autoptr(EntenteAlert) alert = NULL;
  Unrelated *unrelated;

  body = g_strdup_printf (_("“%s” has neither the title nor the organization of this SLA, and no version in common with it: it is probably another agreement. Merged, every difference becomes a conflict to resolve."),
                          name);
  alert = entente_alert_new (_("Merge Another Agreement?"), body);
  entente_alert_add_response (alert, "cancel", _("_Cancel"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "merge", _("_Merge Anyway"), ENTENTE_ALERT_DESTRUCTIVE);
  entente_alert_set_default_response (alert, "cancel");
  entente_alert_set_close_response (alert, "cancel");
  unrelated = g_new0 (Unrelated, 1);
  g_weak_ref_init (&unrelated->window, self);
  unrelated->file = g_object_ref (file);
  g_signal_connect_data (alert, "response", G_CALLBACK (on_unrelated_response), unrelated, unrelated_free, 0);
  entente_alert_present (alert, GTK_WIDGET (self));
}

/* A sync tool's copy of the open file, in its folder. */
static gboolean
is_conflicted_copy (EntenteWindow *self,
                    GFile         *file)
{
  GFile *original = entente_document_get_file (self->document);
  g_autoptr(GFile) folder = original ? g_file_get_parent (original) : NULL;
  g_autoptr(GFile) copy_folder = g_file_get_parent (file);
  g_autofree char *original_name = original ? g_file_get_basename (original) : NULL;
  g_autofree char *copy_name = g_file_get_basename (file);

  return folder != NULL && copy_folder != NULL && g_file_equal (folder, copy_folder) &&
         entente_conflicted_copy_match (original_name, copy_name, NULL);
}

static void
merge_copy (EntenteWindow *self,
            GFile         *file,
            gboolean       confirmed)
{
  g_auto(EntenteCopyMergeInfo) info = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) theirs = NULL;
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(GPtrArray) incoming = NULL;
  g_autofree char *message = NULL;

  theirs = entente_document_load (file, NULL, &error);
  if (theirs != NULL)
    merged = entente_merge_copy (self->document, theirs, &info, &error);
  if (merged == NULL)
    {
      entente_window_toast (self, error->message);
      return;
    }

  if (info.unrelated && !confirmed)
    {
      ask_to_merge_unrelated (self, file);
      return;
    }

  incoming = incoming_changes (self->document, merged);
  take_merge (self, merged, theirs);
  message = copy_merge_text (&info, incoming);
  entente_window_toast (self, message);
  if (info.n_conflicts > 0)
    present_conflicts (self);

  if (self->copy_watch != NULL && is_conflicted_copy (self, file))
    {
      g_set_object (&self->merged_copy, file);
      entente_copy_watch_set_aside (self->copy_watch, file);
      update_copy_banner (self);
    }
}

/**
 * entente_window_merge_copy:
 * @file: another copy of the SLA: emailed back, or a sync tool's
 *
 * Merges @file into the document, as one step that undo takes back, and
 * says in a toast what came in; the conflicts it leaves are shown.  A
 * copy that seems to be of another agreement is merged only once the
 * user says so.
 */
void
entente_window_merge_copy (EntenteWindow *self,
                           GFile         *file)
{
  g_return_if_fail (ENTENTE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  merge_copy (self, file, FALSE);
}

static void
merge_conflicted_copy_action (GtkWidget  *widget,
                              const char *name,
                              GVariant   *param)
{
  EntenteWindow *self = ENTENTE_WINDOW (widget);
  GFile *peeked = self->copy_watch ? entente_copy_watch_peek (self->copy_watch, NULL) : NULL;
  /* Merging sets the copy aside, which drops the watch's reference. */
  g_autoptr(GFile) copy = peeked ? g_object_ref (peeked) : NULL;

  if (copy != NULL)
    entente_window_merge_copy (self, copy);
}

static void
dismiss_conflicted_copy_action (GtkWidget  *widget,
                                const char *name,
                                GVariant   *param)
{
  EntenteWindow *self = ENTENTE_WINDOW (widget);
  GFile *copy = self->copy_watch ? entente_copy_watch_peek (self->copy_watch, NULL) : NULL;

  if (copy != NULL)
    entente_copy_watch_set_aside (self->copy_watch, copy);
}

static void
trash_conflicted_copy_action (GtkWidget  *widget,
                              const char *name,
                              GVariant   *param)
{
  EntenteWindow *self = ENTENTE_WINDOW (widget);
  g_autoptr(GFile) copy = g_steal_pointer (&self->merged_copy);
  g_autoptr(GError) error = NULL;

  if (copy == NULL)
    return;

  if (!g_file_trash (copy, NULL, &error))
    {
      g_autofree char *display = g_file_get_basename (copy);
      g_autofree char *message = g_strdup_printf (_("“%s” could not be moved to the trash: %s"),
                                                  display, error->message);

      entente_window_toast (self, message);
    }
  else
    {
      g_autofree char *display = g_file_get_basename (copy);
      /* Translators: %s is the file; Files' Trash can bring it back */
      g_autofree char *message = g_strdup_printf (_("“%s” was moved to the trash."), display);

      entente_window_toast (self, message);
    }
  update_copy_banner (self);
}

static void
dismiss_drafts_problem_action (GtkWidget  *widget,
                               const char *name,
                               GVariant   *param)
{
  /* Hidden, not forgotten: it comes back only after a draft is written. */
  entente_banner_set_revealed (ENTENTE_WINDOW (widget)->drafts_banner, FALSE);
}

static void
keep_conflicted_copy_action (GtkWidget  *widget,
                             const char *name,
                             GVariant   *param)
{
  EntenteWindow *self = ENTENTE_WINDOW (widget);

  g_clear_object (&self->merged_copy);
  update_copy_banner (self);
}

static void
on_merge_copy_chosen (GFile    *file,
                      gpointer  data)
{
  g_autoptr(EntenteWindow) self = data;

  /* The window may have closed while the file was being chosen. */
  if (file != NULL && self->document != NULL && self->toast_overlay != NULL)
    entente_window_merge_copy (self, file);
}

static void
merge_copy_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  entente_file_dialog_choose (GTK_WINDOW (widget), _("Merge a Copy"), _("_Merge"), ENTENTE_FILE_SLA,
                              on_merge_copy_chosen, g_object_ref (widget));
}

/* Document */

static void
on_file_notify (EntenteWindow *self)
{
  GFile *file = entente_document_get_file (self->document);

  watch_copies (self);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }
}

/* Keeping the version opened writes a file and may hash the agreement:
 * after the first frame, not before it. */
static gboolean
keep_opened_cb (gpointer data)
{
  entente_version_store_keep_opened (ENTENTE_DOCUMENT (data));

  return G_SOURCE_REMOVE;
}

void
entente_window_set_document (EntenteWindow   *self,
                             EntenteDocument *document)
{
  g_return_if_fail (ENTENTE_IS_WINDOW (self));
  g_return_if_fail (ENTENTE_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);

  g_set_object (&self->document, document);
  entente_disk_watch_set_document (self->disk, document);
  if (!entente_document_get_modified (document))
    {
      set_base (self, entente_document_serialize (document));
      /* A colleague's copy may come back from this version: kept, so that
       * merging it finds their common version.  Every way a file comes
       * into the window (opened, reloaded) passes here. */
      if (entente_document_get_file (document) != NULL)
        g_idle_add_full (G_PRIORITY_LOW, keep_opened_cb, g_object_ref (document), g_object_unref);
    }
  g_clear_object (&self->history);
  self->history = entente_history_new (document);
  if (!entente_document_get_modified (document))
    entente_history_mark_clean (self->history);

  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (on_modified_changed), self);
  g_signal_connect_swapped (document, "notify::file", G_CALLBACK (on_file_notify), self);
  g_signal_connect_swapped (self->history, "notify::can-undo", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (self->history, "notify::can-redo", G_CALLBACK (update_actions), self);

  build_pages (self);
  watch_comments (self);
  refresh_now (self);
  update_actions (self);
  on_file_notify (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

EntenteDocument *
entente_window_get_document (EntenteWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_WINDOW (self), NULL);

  return self->document;
}

EntenteHistory *
entente_window_get_history (EntenteWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_WINDOW (self), NULL);

  return self->history;
}

/**
 * entente_window_get_findings:
 *
 * Returns: (transfer none) (element-type EntenteFinding): the health
 *   checks' findings on the document as it is now
 */
GPtrArray *
entente_window_get_findings (EntenteWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_WINDOW (self), NULL);

  if (self->refresh_source != 0)
    refresh_now (self);
  return self->findings;
}

const char *
entente_window_get_draft_id (EntenteWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_WINDOW (self), NULL);

  return self->draft_id;
}

/**
 * entente_window_is_pristine:
 *
 * Whether the window holds an unsaved, unedited document that opening a
 * file may replace instead of opening a second window.
 */
gboolean
entente_window_is_pristine (EntenteWindow *self)
{
  g_return_val_if_fail (ENTENTE_IS_WINDOW (self), FALSE);

  return entente_document_get_file (self->document) == NULL &&
         !entente_document_get_modified (self->document) &&
         !entente_history_get_can_undo (self->history);
}

/**
 * entente_window_restored:
 * @restore: what entente_drafts_restore() did to the window's document
 *
 * Goes on from a restored draft: later changes of the file merge from the
 * version the draft was merged with, the draft is rewritten on it, and the
 * user hears what came in and sees the conflicts, or learns why the draft
 * could not be merged.
 */
void
entente_window_restored (EntenteWindow             *self,
                         const EntenteDraftRestore *restore)
{
  g_return_if_fail (ENTENTE_IS_WINDOW (self));
  g_return_if_fail (restore != NULL);

  if (restore->merged)
    {
      g_autofree char *message = entente_merge_toast_text (ENTENTE_MERGE_FROM_DRAFT, restore->incoming,
                                                           restore->n_conflicts);

      set_base (self, g_bytes_ref (restore->base));
      write_draft (self);
      entente_window_toast (self, message);
      if (restore->n_conflicts > 0)
        present_conflicts (self);
    }
  else if (restore->note != NULL)
    show_error (self, _("Restored Without Merging"), restore->note);
}

/* Saving */

static char *
suggested_name (EntenteWindow *self)
{
  const char *title = entente_meta_get_title (entente_document_get_meta (self->document));
  g_autofree char *base = g_strdup (title && title[0] ? title : _("Untitled SLA"));

  g_strdelimit (base, "/\\:*?\"<>|", '-');
  return g_strdup_printf ("%s.entente", base);
}

typedef struct
{
  EntenteWindow *self;
  gboolean       then_close;
} SaveAs;

static void
on_save_as_chosen (GFile    *file,
                   gpointer  data)
{
  SaveAs *save_as = data;

  if (file != NULL)
    save_to (save_as->self, file, save_as->then_close);
  else
    save_as->self->closing = FALSE;
  g_object_unref (save_as->self);
  g_free (save_as);
}

static void
ask_where_to_save (EntenteWindow *self,
                   gboolean       then_close)
{
  SaveAs *save_as = g_new0 (SaveAs, 1);
  g_autofree char *name = suggested_name (self);

  save_as->self = g_object_ref (self);
  save_as->then_close = then_close;
  entente_file_dialog_save (GTK_WINDOW (self), name, on_save_as_chosen, save_as);
}

typedef struct {
  EntenteWindow *self;
  GFile         *file;
  gboolean       then_close;
} Overwrite;

static void
on_overwrite_response (EntenteAlert *alert,
                       const char   *response,
                       Overwrite    *overwrite)
{
  EntenteWindow *self = overwrite->self;

  if (g_str_equal (response, "replace"))
    {
      /* The user's word: forget which version was read, and save. */
      entente_document_set_file (self->document, overwrite->file, NULL);
      save_to (self, overwrite->file, overwrite->then_close);
    }
  else if (g_str_equal (response, "merge") && !merge_from_disk (self))
    show_error (self, _("Could Not Merge"),
                _("The version on disk could not be merged with yours. Save a copy with Save As, then compare the two."));

  g_object_unref (overwrite->self);
  g_object_unref (overwrite->file);
  g_free (overwrite);
}

/* Someone saved the file since it was read: never write over their
 * version without asking. */
static void
ask_to_overwrite (EntenteWindow *self,
                  GFile         *file,
                  gboolean       then_close)
{
  Overwrite *overwrite = g_new0 (Overwrite, 1);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = g_strdup_printf (_("“%s” was saved by someone else after you opened it. Merge their changes into yours, or replace their version with yours?"),
                                           name);
  g_autoptr(EntenteAlert) alert = entente_alert_new (_("Replace the Version on Disk?"), body);

  overwrite->self = g_object_ref (self);
  overwrite->file = g_object_ref (file);
  overwrite->then_close = then_close;
  entente_alert_add_response (alert, "cancel", _("_Cancel"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "merge", _("_Merge"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "replace", _("_Replace"), ENTENTE_ALERT_DESTRUCTIVE);
  entente_alert_set_default_response (alert, "merge");
  entente_alert_set_close_response (alert, "cancel");
  g_signal_connect (alert, "response", G_CALLBACK (on_overwrite_response), overwrite);
  entente_alert_present (alert, GTK_WIDGET (self));
}

static void
save_to (EntenteWindow *self,
         GFile         *file,
         gboolean       then_close)
{
  g_autoptr(GError) error = NULL;

  entente_history_seal (self->history);
  if (!entente_document_save (self->document, file, NULL, &error))
    {
      self->closing = FALSE;
      if (g_error_matches (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_CHANGED_ON_DISK))
        ask_to_overwrite (self, file, then_close);
      else
        show_error (self, _("Could Not Save"), error->message);
      return;
    }

  entente_history_mark_clean (self->history);
  forget_draft (self);
  set_base (self, entente_document_serialize (self->document));

  if (then_close)
    destroy_after_dialog (self);
}

/**
 * entente_window_save_as:
 * @file: where to save
 *
 * Saves the document to @file and keeps it there, as Save As does once
 * the user chose a file.
 */
void
entente_window_save_as (EntenteWindow *self,
                        GFile         *file)
{
  g_return_if_fail (ENTENTE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  save_to (self, file, FALSE);
}

/* A number being typed is written when the focus leaves it or Enter is
 * pressed; saving with the focus still in it (Ctrl+S) writes it first. */
static void
commit_focused_number (EntenteWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ENTENTE_TYPE_NUMBER_ROW) : NULL;

  if (row != NULL)
    entente_number_row_commit (ENTENTE_NUMBER_ROW (row));
}

static void
save (EntenteWindow *self,
      gboolean       then_close)
{
  GFile *file;

  commit_focused_number (self);
  file = entente_document_get_file (self->document);

  if (file == NULL)
    ask_where_to_save (self, then_close);
  else
    save_to (self, file, then_close);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  save (ENTENTE_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  ask_where_to_save (ENTENTE_WINDOW (widget), FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  entente_history_undo (ENTENTE_WINDOW (widget)->history);
}

static void
redo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  entente_history_redo (ENTENTE_WINDOW (widget)->history);
}

static void
resolve_conflicts_action (GtkWidget  *widget,
                          const char *name,
                          GVariant   *param)
{
  present_conflicts (ENTENTE_WINDOW (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  entente_window_print (ENTENTE_WINDOW (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  entente_window_export (ENTENTE_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
comments_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  EntenteWindow *self = ENTENTE_WINDOW (widget);
  gboolean reveal = !entente_side_pane_get_revealed (self->comments_pane);

  if (reveal)
    ensure_comments_panel (self);
  entente_side_pane_set_revealed (self->comments_pane, reveal);
  if (reveal)
    entente_comments_panel_focus_composer (self->comments_panel);
}

static void
comment_on_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  entente_window_comment_on (ENTENTE_WINDOW (widget), g_variant_get_string (param, NULL));
}

/**
 * entente_window_compare_with:
 * @file: another copy of the SLA
 *
 * Shows what changed between @file and the document in the window, or
 * says in a toast why @file could not be read.
 */
void
entente_window_compare_with (EntenteWindow *self,
                             GFile         *file)
{
  g_autoptr(EntenteDocument) other = NULL;
  g_autoptr(EntenteDocument) base = NULL;
  g_auto(EntenteCopyMergeInfo) info = { NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (ENTENTE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  other = entente_document_load (file, NULL, &error);
  if (other == NULL)
    {
      entente_window_toast (self, error->message);
      return;
    }

  /* A colleague's copy is compared from where the two went apart, or it
   * reads as undoing every edit made here since. */
  base = entente_copy_find_base (self->document, other, &info);
  name = g_file_get_basename (file);
  entente_pages_dialog_present (entente_compare_window_new (base, info.base_time, other, self->document, name),
                                GTK_WINDOW (self));
}

static void
on_compare_chosen (GFile    *file,
                   gpointer  data)
{
  g_autoptr(EntenteWindow) self = data;

  /* The window may have closed while the file was being chosen. */
  if (file != NULL && self->document != NULL && self->toast_overlay != NULL)
    entente_window_compare_with (self, file);
}

static void
compare_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  entente_file_dialog_open (GTK_WINDOW (widget), on_compare_chosen, g_object_ref (widget));
}

static void
monthly_review_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  EntenteWindow *self = ENTENTE_WINDOW (widget);

  entente_pages_dialog_present (entente_review_window_new (self->document), GTK_WINDOW (self));
}

static void
move_step (EntenteWindow *self,
           int            delta)
{
  int step = (int) entente_window_get_step (self) + delta;

  if (step >= 0 && step < ENTENTE_N_STEPS)
    entente_window_show_step (self, (EntenteSection) step);
}

static void
back_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  move_step (ENTENTE_WINDOW (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  move_step (ENTENTE_WINDOW (widget), +1);
}

/* Closing */

static void
on_close_response (EntenteAlert  *alert,
                   const char    *response,
                   EntenteWindow *self)
{
  if (g_str_equal (response, "save"))
    {
      self->closing = TRUE;
      save (self, TRUE);
    }
  else if (g_str_equal (response, "discard"))
    {
      forget_draft (self);
      self->closing = TRUE;
      destroy_after_dialog (self);
    }
}

static gboolean
entente_window_close_request (GtkWindow *window)
{
  EntenteWindow *self = ENTENTE_WINDOW (window);
  g_autofree char *body = NULL;
  const char *title;
  g_autoptr(EntenteAlert) alert = NULL;
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (self->closing || self->document == NULL || !entente_document_get_modified (self->document))
    {
      forget_draft (self);
      return GDK_EVENT_PROPAGATE;
    }

  title = entente_meta_get_title (entente_document_get_meta (self->document));
  body = g_strdup_printf (_("“%s” has changes that are not saved. Save them before closing?"),
                          title && title[0] ? title : _("Untitled SLA"));
  alert = entente_alert_new (_("Save Changes?"), body);
  entente_alert_add_response (alert, "cancel", _("_Cancel"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "discard", _("_Discard"), ENTENTE_ALERT_DESTRUCTIVE);
  entente_alert_add_response (alert, "save", _("_Save"), ENTENTE_ALERT_SUGGESTED);
  entente_alert_set_default_response (alert, "save");
  entente_alert_set_close_response (alert, "cancel");
  g_signal_connect (alert, "response", G_CALLBACK (on_close_response), self);
  entente_alert_present (alert, GTK_WIDGET (window));

  return GDK_EVENT_STOP;
}

/* Typing in one field is one undo step; moving to another field ends it. */
static void
on_focus_changed (EntenteWindow *self)
{
  if (self->history != NULL)
    entente_history_seal (self->history);
}

static void
entente_window_dispose (GObject *object)
{
  EntenteWindow *self = ENTENTE_WINDOW (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->disk != NULL)
    g_signal_handlers_disconnect_by_data (self->disk, self);
  g_clear_object (&self->disk);
  stop_watching_copies (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  if (self->comment_index != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->comment_index, self);
      g_clear_object (&self->comment_index);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), ENTENTE_TYPE_WINDOW);

  G_OBJECT_CLASS (entente_window_parent_class)->dispose (object);
}

static void
entente_window_finalize (GObject *object)
{
  EntenteWindow *self = ENTENTE_WINDOW (object);

  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (entente_window_parent_class)->finalize (object);
}

static void
entente_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EntenteWindow *self = ENTENTE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The list of shortcuts, in the dialog of the libadwaita at hand. */
static void
shortcuts_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  gtk_widget_activate_action (widget, ENTENTE_SHORTCUTS_ACTION, NULL);
}

static void
entente_window_class_init (EntenteWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = entente_window_dispose;
  object_class->finalize = entente_window_finalize;
  object_class->get_property = entente_window_get_property;
  window_class->close_request = entente_window_close_request;

  g_type_ensure (ENTENTE_TYPE_BANNER);
  g_type_ensure (ENTENTE_TYPE_COMMENTS_PANEL);

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         ENTENTE_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, split_box);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, content);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, steps);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, problems);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, conflicts_banner);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, copy_banner);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, drafts_banner);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, shown_title);
  gtk_widget_class_bind_template_callback (widget_class, shown_file);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, show_steps_button);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, comments_button);
  gtk_widget_class_bind_template_child (widget_class, EntenteWindow, comments_button_count);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.resolve-conflicts", NULL, resolve_conflicts_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.comments", NULL, comments_action);
  gtk_widget_class_install_action (widget_class, "win.comment-on", "s", comment_on_action);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "win.merge-copy", NULL, merge_copy_action);
  gtk_widget_class_install_action (widget_class, "win.merge-conflicted-copy", NULL, merge_conflicted_copy_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-conflicted-copy", NULL, dismiss_conflicted_copy_action);
  gtk_widget_class_install_action (widget_class, "win.trash-conflicted-copy", NULL, trash_conflicted_copy_action);
  gtk_widget_class_install_action (widget_class, "win.keep-conflicted-copy", NULL, keep_conflicted_copy_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-drafts-problem", NULL, dismiss_drafts_problem_action);
  gtk_widget_class_install_action (widget_class, "win.monthly-review", NULL, monthly_review_action);
  gtk_widget_class_install_action (widget_class, "win.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "win.shortcuts", NULL, shortcuts_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_ALT_MASK, "win.comments", NULL);
}

/* The template holds the columns in plain boxes; the split views of the
 * libadwaita at hand take them from there. */
static void
build_splits (EntenteWindow *self)
{
  GtkWidget *sidebar = g_object_ref (self->sidebar);
  GtkWidget *content = g_object_ref (GTK_WIDGET (self->content));
  GtkWidget *pages = g_object_ref (GTK_WIDGET (self->pages));
  GtkWidget *before_pages = gtk_widget_get_prev_sibling (pages);

  gtk_box_remove (self->content, pages);
  self->comments_pane = entente_side_pane_new (ADW_APPLICATION_WINDOW (self), pages);
  gtk_box_insert_child_after (self->content, self->comments_pane, before_pages);

  gtk_box_remove (self->split_box, sidebar);
  gtk_box_remove (self->split_box, content);
  self->split = entente_split_new (ADW_APPLICATION_WINDOW (self), sidebar, self->sidebar_header,
                                   content, self->content_header, GTK_WIDGET (self->show_steps_button));
  adw_toast_overlay_set_child (self->toast_overlay, self->split);
  self->split_box = NULL;

  g_object_unref (pages);
  g_object_unref (content);
  g_object_unref (sidebar);
}

static void
entente_window_init (EntenteWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  entente_accessible_tidy (GTK_WIDGET (self));
  build_splits (self);
  self->disk = entente_disk_watch_new ();
  g_signal_connect (self->disk, "changed", G_CALLBACK (on_disk_changed), self);

  /* The application adds its icons to the theme; a window made without
   * one (in tests) does it here. */
  {
    static gboolean icons_added = FALSE;

    if (!icons_added)
      {
        gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self))),
                                          "/io/github/entente_sla/Entente/icons");
        icons_added = TRUE;
      }
  }

  self->settings = g_settings_new ("io.github.entente_sla.Entente");
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    gtk_list_box_append (self->steps, step_row_new (self, step));
  entente_banner_set_button (self->conflicts_banner, _("_Resolve…"), "win.resolve-conflicts");
  entente_banner_set_button (self->drafts_banner, _("_Dismiss"), "win.dismiss-drafts-problem");

  g_signal_connect_swapped (self->steps, "row-selected", G_CALLBACK (on_step_selected), self);
  g_signal_connect_swapped (self->steps, "row-activated", G_CALLBACK (on_step_activated), self);
  g_signal_connect_swapped (self->problems, "row-activated", G_CALLBACK (on_problem_activated), self);
  entente_side_pane_connect_revealed (self->comments_pane, G_CALLBACK (on_pane_revealed), self);
  g_signal_connect_swapped (self->comments_button, "toggled", G_CALLBACK (on_comments_toggled), self);
  g_signal_connect_swapped (self->show_steps_button, "clicked", G_CALLBACK (on_show_steps), self);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_changed), NULL);
}

/**
 * entente_window_new:
 * @draft_id: (nullable): the draft the document was restored from, which
 *   its autosaves continue
 */
EntenteWindow *
entente_window_new (GtkApplication  *application,
                    EntenteDocument *document,
                    const char      *draft_id)
{
  EntenteWindow *self = g_object_new (ENTENTE_TYPE_WINDOW, "application", application, NULL);

  self->draft_id = g_strdup (draft_id);
  entente_window_set_document (self, document);
  entente_window_show_step (self, ENTENTE_SECTION_OVERVIEW);

  return self;
}
