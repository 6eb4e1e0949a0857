/* entente-screenshots.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "entente-gui-test-util.h"
#include "entente-i18n.h"
#include "entente-preferences-window.h"
#include "entente-review-window.h"
#include "entente-window.h"

/* `make screenshots`: every step of the wizard on an example SLA, drawn by
 * GTK's own renderer into PNG files for the README and the metainfo.
 * Usage: entente-screenshots FILE.entente OUTPUT-DIR */

static gboolean
is_group_titled (GtkWidget *widget,
                 gpointer   title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

static void
save_png (GtkWidget  *window,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s\n", path);
}

static gboolean
is_scrolled_window (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_SCROLLED_WINDOW (widget);
}

/* Comments as two leaders would leave them, for the comments panel. */
static EntenteComment *
add_comment (EntenteDocument *document,
             const char      *id,
             const char      *anchor,
             const char      *author,
             const char      *role,
             GTimeSpan        ago,
             const char      *text)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) time = g_date_time_add (now, -ago);
  EntenteComment *comment = entente_comment_new ();

  g_object_set (comment, "id", id, "anchor", anchor, "author", author, "role", role, "time", time, "text", text, NULL);
  entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_COMMENTS, ENTENTE_ITEM (comment));
  g_object_unref (comment);

  return comment;
}

static void
add_reply (EntenteComment *comment,
           const char     *id,
           const char     *author,
           const char     *role,
           GTimeSpan       ago,
           const char     *text)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) time = g_date_time_add (now, -ago);
  g_autoptr(EntenteReply) reply = entente_reply_new ();

  g_object_set (reply, "id", id, "author", author, "role", role, "time", time, "text", text, NULL);
  entente_item_append (ENTENTE_ITEM (comment), ENTENTE_COMMENT_FIELD_REPLIES, ENTENTE_ITEM (reply));
}

static void
add_comments (EntenteDocument *document)
{
  EntenteComment *comment;

  add_comment (document, "comment-finance", "personas", "Marcus Lee", "VP Sales", 3 * G_TIME_SPAN_HOUR,
               "Deals above 50k stall in finance. Do we need a persona for the CFO?");
  comment = add_comment (document, "comment-ian", "personas/it-ian", "Dana Whitfield", "VP Marketing",
                         2 * G_TIME_SPAN_DAY,
                         "Does IT Ian sign, or only advise? If he only advises, SDRs should not chase him first.");
  add_reply (comment, "reply-ian", "Marcus Lee", "VP Sales", 26 * G_TIME_SPAN_MINUTE,
             "He can veto but never signs. Keep him, ranked second.");
  add_comment (document, "comment-mql", "lead-definitions/mql", "Marcus Lee", "VP Sales", G_TIME_SPAN_DAY,
               "A pricing-page visit alone is too weak for an MQL.");
}

/* The item worth opening on each step, by its title. */
static const char *open_items[ENTENTE_N_STEPS] = {
  [ENTENTE_SECTION_PERSONAS] = "Operations Olivia",
  [ENTENTE_SECTION_LEAD_DEFINITIONS] = "Marketing Qualified Lead",
  [ENTENTE_SECTION_GOALS] = "Lead → Marketing Qualified Lead",
  [ENTENTE_SECTION_HANDOFF] = "mql-to-sdr",
  [ENTENTE_SECTION_LEAD_MANAGEMENT] = "Marketing Qualified Lead",
  [ENTENTE_SECTION_REVIEW] = "Attendees",
};

static gboolean
is_expander_row (GtkWidget *widget,
                 gpointer   data)
{
  return ADW_IS_EXPANDER_ROW (widget);
}

/* Scrolls @review so that the group titled @title is at the top, and
 * saves it. */
static void
save_group (GtkWidget  *review,
            const char *title,
            const char *path)
{
  GtkWidget *scrolled = entente_test_find_widget (review, is_scrolled_window, NULL);
  GtkWidget *group = entente_test_find_widget (review, is_group_titled, (gpointer) title);
  GtkWidget *content;
  graphene_rect_t bounds;

  if (scrolled == NULL || group == NULL)
    return;
  /* Where the group is in the whole page, wherever it is scrolled to. */
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (GTK_IS_VIEWPORT (content) && gtk_viewport_get_child (GTK_VIEWPORT (content)) != NULL)
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  entente_test_settle (300);
  if (!gtk_widget_compute_bounds (group, content, &bounds))
    return;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), bounds.origin.y - 12);
  entente_test_settle (600);
  save_png (review, path);
}

/* The meeting's notes and two decisions, typed as its secretary would,
 * in the agreement's language. */
static void
fill_meeting (GtkWidget *review,
              gboolean   khmer)
{
  GtkWidget *notes = entente_test_find_widget (review, entente_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  GtkWidget *entry = entente_test_find_widget (review, entente_test_is_of_type, GSIZE_TO_POINTER (ADW_TYPE_ENTRY_ROW));
  const char *decisions[2];

  if (notes == NULL || entry == NULL)
    return;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)),
                            khmer ? "ការ​នាំ​មុខ​ក្នុង​ខែ​មេសា​បាន​ធ្លាក់​ចុះ ព្រោះ​ពិធី​បុណ្យ​ចូល​ឆ្នាំ​ថ្មី។"
                                  : "April's leads fell with the end of the quarter; Ann covered Bo's accounts.",
                            -1);
  decisions[0] = khmer ? "ជ្រើស​រើស​បុគ្គលិក​លក់​ម្នាក់​ទៀត​មុន​ខែ​មិថុនា" : "Hire a second SDR before June";
  decisions[1] = khmer ? "ពិនិត្យ​ការ​ចែក​ចាយ​ការ​នាំ​មុខ​ឡើង​វិញ" : "Route weekend leads to the on-call SDR";
  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), decisions[i]);
      g_signal_emit_by_name (entry, "apply");
    }
  entente_test_settle (200);
}

/* The review of tests/data/actuals/three-months.csv, a HubSpot export
 * of four months, at its latest: the tiles and the months side by side,
 * under names starting with @prefix. */
static void
shoot_review_charts (EntenteWindow   *window,
                     EntenteDocument *document,
                     const char      *example,
                     const char      *directory,
                     const char      *prefix)
{
  g_autofree char *dir = g_path_get_dirname (example);
  g_autofree char *csv_path = g_build_filename (dir, "..", "..", "tests", "data", "actuals", "three-months.csv", NULL);
  g_autofree char *tiles_path = g_strdup_printf ("%s/%smonthly-review-tiles.png", directory, prefix);
  g_autofree char *trends_path = g_strdup_printf ("%s/%smonthly-review-trends.png", directory, prefix);
  g_autofree char *meeting_path = g_strdup_printf ("%s/%smonthly-review-meeting.png", directory, prefix);
  g_autoptr(GFile) csv = NULL;
  GtkWidget *review;

  if (!g_file_test (csv_path, G_FILE_TEST_EXISTS))
    return;
  csv = g_file_new_for_path (csv_path);
  review = entente_review_window_new (document);
  entente_pages_dialog_setup (review, entente_pages_dialog_get_title (review), 900, 1000);
  entente_pages_dialog_present (review, GTK_WINDOW (window));
  entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (review), csv, 0, 0);
  while (entente_review_window_is_busy (ENTENTE_REVIEW_WINDOW (review)))
    g_main_context_iteration (NULL, TRUE);
  entente_test_settle (600);
  save_group (review, _("Attainment"), tiles_path);
  save_group (review, _("Month by Month"), trends_path);
  fill_meeting (review, g_str_has_prefix (prefix, "km"));
  save_group (review, _("Meeting"), meeting_path);
  entente_pages_dialog_close (review);
  entente_test_settle (600);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  EntenteWindow *window;
  const char *prefix;

  /* With a prefix, only the steps are drawn, under names of their own: that
   * is how the Khmer screenshots are made, from the Khmer example. */
  if (argc != 3 && argc != 4)
    {
      g_printerr ("Usage: %s FILE.entente OUTPUT-DIR [PREFIX]\n", argv[0]);
      return 2;
    }
  prefix = argc == 4 ? argv[3] : NULL;

  g_set_prgname ("entente");
  entente_i18n_init ();
  gtk_init ();
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* AdwApplication loads the app's style sheet; without one, do it here. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/entente_sla/Entente/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  g_mkdir_with_parents (argv[2], 0755);

  file = g_file_new_for_commandline_arg (argv[1]);
  document = entente_document_load (file, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  window = entente_window_new (NULL, document, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  entente_test_settle (600);

  for (EntenteSection step = 0; step < ENTENTE_N_STEPS; step++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s%u-%s.png", argv[2], prefix ? prefix : "",
                                               step + 1, entente_section_get_id (step));
      GtkWidget *page;

      entente_window_show_step (window, step);
      entente_test_settle (600);
      page = entente_test_visible_page (GTK_WIDGET (window));
      if (open_items[step] != NULL)
        {
          /* Another document's items have other names: open its first. */
          GtkWidget *row = prefix == NULL ? entente_test_find_row (page, ADW_TYPE_EXPANDER_ROW, open_items[step])
                                          : entente_test_find_widget (page, is_expander_row, NULL);

          if (row != NULL)
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          entente_test_settle (600);
        }
      save_png (GTK_WIDGET (window), path);
    }

  if (prefix != NULL)
    {
      /* Preferences, whose labels a translation can make longer than the
       * English. */
      g_autofree char *preferences_path = g_strdup_printf ("%s/%spreferences.png", argv[2], prefix);
      GtkWidget *preferences = entente_preferences_window_new ();

      entente_pages_dialog_present (preferences, GTK_WINDOW (window));
      entente_test_settle (600);
      save_png (preferences, preferences_path);
      entente_pages_dialog_close (preferences);
      entente_test_settle (600);
      shoot_review_charts (window, document, argv[1], argv[2], prefix);

      entente_document_set_modified (document, FALSE);
      gtk_window_destroy (GTK_WINDOW (window));
      entente_test_settle (600);
      return 0;
    }

  /* The comments beside the personas, written by the one whose name
   * Preferences hold. */
  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");

    g_settings_set_string (settings, "author-name", "Dana Whitfield");
    g_settings_set_string (settings, "author-role", "VP Marketing");
  }
  add_comments (document);
  entente_document_set_modified (document, FALSE);
  entente_window_show_step (window, ENTENTE_SECTION_PERSONAS);
  {
    /* Both personas closed, so that IT Ian's count shows. */
    GtkWidget *row = entente_test_find_row (entente_test_visible_page (GTK_WIDGET (window)), ADW_TYPE_EXPANDER_ROW,
                                            open_items[ENTENTE_SECTION_PERSONAS]);

    if (row != NULL)
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.comments", NULL);
  entente_test_settle (600);
  {
    g_autofree char *path = g_strdup_printf ("%s/comments.png", argv[2]);

    save_png (GTK_WIDGET (window), path);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.comments", NULL);
  entente_test_settle (600);

  /* The monthly review of the example's CRM export, January 2027. */
  {
    g_autofree char *dir = g_path_get_dirname (argv[1]);
    g_autofree char *csv_path = g_build_filename (dir, "..", "..", "tests", "data", "actuals", "hubspot-acme.csv", NULL);
    g_autofree char *path = g_strdup_printf ("%s/monthly-review.png", argv[2]);

    if (g_file_test (csv_path, G_FILE_TEST_EXISTS))
      {
        g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
        GtkWidget *review = entente_review_window_new (document);

        entente_pages_dialog_setup (review, entente_pages_dialog_get_title (review), 900, 1000);
        entente_pages_dialog_present (review, GTK_WINDOW (window));
        entente_review_window_load_file (ENTENTE_REVIEW_WINDOW (review), csv, 2027, 1);
        while (entente_review_window_is_busy (ENTENTE_REVIEW_WINDOW (review)))
          g_main_context_iteration (NULL, TRUE);
        entente_review_window_set_column (ENTENTE_REVIEW_WINDOW (review), "first-contact", "First Contact");
        while (entente_review_window_is_busy (ENTENTE_REVIEW_WINDOW (review)))
          g_main_context_iteration (NULL, TRUE);
        entente_test_settle (600);
        save_png (GTK_WIDGET (review), path);

        /* Scrolled down: compliance, each owner, the breaches. */
        {
          g_autofree char *bottom_path = g_strdup_printf ("%s/monthly-review-compliance.png", argv[2]);
          GtkWidget *row = entente_test_find_row (GTK_WIDGET (review), ADW_TYPE_EXPANDER_ROW,
                                                  "Marketing Qualified Lead — Sales Development");
          GtkWidget *scrolled = entente_test_find_widget (GTK_WIDGET (review), is_scrolled_window, NULL);
          GtkAdjustment *adjustment;

          if (row != NULL)
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          entente_test_settle (600);
          adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
          entente_test_settle (600);
          save_png (GTK_WIDGET (review), bottom_path);
        }

        /* How the export was read, every assumption said. */
        {
          g_autofree char *import_path = g_strdup_printf ("%s/monthly-review-import.png", argv[2]);
          GtkWidget *row = entente_test_find_row (GTK_WIDGET (review), ADW_TYPE_EXPANDER_ROW, _("How the Export Was Read"));

          if (row != NULL)
            {
              adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
              entente_test_settle (600);
              gtk_widget_grab_focus (row);
              entente_test_settle (600);
              save_png (GTK_WIDGET (review), import_path);
            }
        }
        entente_pages_dialog_close (review);
        entente_test_settle (600);
      }
  }

  shoot_review_charts (window, document, argv[1], argv[2], "");

  /* The same window in the dark style, and narrow, as on a small screen. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  entente_window_show_step (window, ENTENTE_SECTION_OVERVIEW);
  entente_test_settle (600);
  {
    g_autofree char *path = g_strdup_printf ("%s/dark-overview.png", argv[2]);

    save_png (GTK_WIDGET (window), path);
  }
  shoot_review_charts (window, document, argv[1], argv[2], "dark-");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  entente_test_settle (600);
  {
    g_autofree char *path = g_strdup_printf ("%s/small-overview.png", argv[2]);

    save_png (GTK_WIDGET (window), path);
  }

  entente_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
