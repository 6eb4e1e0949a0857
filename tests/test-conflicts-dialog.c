/* test-conflicts-dialog.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-conflict-row.h"
#include "entente-conflicts-dialog.h"
#include "entente-gui-test-util.h"
#include "entente-test-util.h"

/* The conflicts dialog on each kind of conflict: the version the SLA
 * holds for now is the one marked kept, which for an item deleted on
 * one side and edited on the other is the edited one, whichever side
 * that was; an item shows as its fields, never as the XML the conflict
 * records; and the buttons take what they say. */

typedef struct
{
  EntenteTestMergeFixture  sides;
  EntenteDocument         *merged;
  GtkWidget               *dialog;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  entente_test_merge_fixture_set_up (&f->sides, NULL);
  entente_test_merge_fixture_make_conflict (&f->sides, GPOINTER_TO_UINT (data));
  f->merged = entente_test_merge_fixture_merge (&f->sides, 1);
  entente_document_name_conflicts (f->merged, 0, "Priya", "Dana");
  f->dialog = entente_conflicts_dialog_new (f->merged);
  entente_pages_dialog_present (f->dialog, NULL);
  entente_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  entente_pages_dialog_close (f->dialog);
  entente_test_iterate ();
  g_clear_object (&f->merged);
  entente_test_merge_fixture_tear_down (&f->sides, NULL);
}

static gboolean
has_name (GtkWidget *widget,
          gpointer   name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
is_label (GtkWidget *widget,
          gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
is_button_with_label (GtkWidget *widget,
                      gpointer   label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_kept (Fixture    *f,
         const char *version)
{
  g_autofree char *name = g_strdup_printf ("conflict-version-%s", version);
  GtkWidget *heading = entente_test_find_widget (GTK_WIDGET (f->dialog), has_name, name);

  g_assert_nonnull (heading);
  return gtk_widget_has_css_class (heading, "kept");
}

/* Whether a label on screen reads @text; with @part, contains it. */
static gboolean
shows (Fixture    *f,
       const char *text,
       gboolean    part)
{
  g_autoptr(GPtrArray) labels = entente_test_find_all (GTK_WIDGET (f->dialog), is_label, NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = gtk_label_get_label (labels->pdata[i]);

      if (part ? strstr (label, text) != NULL : g_str_equal (label, text))
        return TRUE;
    }

  return FALSE;
}

static void
click (Fixture    *f,
       const char *label)
{
  GtkWidget *button = entente_test_find_widget (GTK_WIDGET (f->dialog), is_button_with_label, (gpointer) label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  entente_test_iterate ();
}

static gboolean
button_visible (Fixture    *f,
                const char *label)
{
  GtkWidget *button = entente_test_find_widget (GTK_WIDGET (f->dialog), is_button_with_label, (gpointer) label);

  return button != NULL && gtk_widget_get_visible (button);
}

/* A value: yours is kept, and the numbers are the locale's. */
static void
test_scalar (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *ours = entente_format_count (NULL, 500);
  g_autofree char *theirs = entente_format_count (NULL, 450);
  g_autofree char *yours = g_strdup_printf (_("%s (yours)"), "Priya");

  g_assert_true (is_kept (f, "ours"));
  g_assert_false (is_kept (f, "theirs"));
  g_assert_false (is_kept (f, "base"));
  g_assert_true (shows (f, ours, FALSE));
  g_assert_true (shows (f, theirs, FALSE));
  g_assert_true (shows (f, yours, FALSE));
  g_assert_false (button_visible (f, _("Take _Yours")));

  click (f, _("Take _Theirs"));
  g_assert_cmpint (entente_item_get_int (entente_test_target (f->merged, "mql"), ENTENTE_TARGET_FIELD_COUNT), ==, 450);
  g_assert_cmpuint (entente_document_get_n_conflicts (f->merged), ==, 0);
}

/* One deleted IT Ian and the other edited him: the edit is what the
 * SLA holds, whoever made it, and the dialog says so; taking the
 * deleting side's version deletes him. */
static void
test_delete_edit (Fixture       *f,
                  gconstpointer  data)
{
  gboolean ours_deleted = GPOINTER_TO_UINT (data) == ENTENTE_TEST_CONFLICT_DELETE_EDIT;
  g_autofree char *outcome = g_strdup_printf (_("Deleted by %1$s, edited by %2$s; %2$s’s edit was kept."),
                                              ours_deleted ? "Priya" : "Dana", ours_deleted ? "Dana" : "Priya");

  g_assert_true (is_kept (f, ours_deleted ? "theirs" : "ours"));
  g_assert_false (is_kept (f, ours_deleted ? "ours" : "theirs"));
  g_assert_true (shows (f, outcome, FALSE));
  g_assert_true (shows (f, g_dpgettext2 (GETTEXT_PACKAGE, "conflict version", "deleted"), FALSE));
  /* Side by side as fields, not as XML. */
  g_assert_true (shows (f, _("Summary"), FALSE));
  g_assert_true (shows (f, "Signs off on security.", FALSE));
  g_assert_false (shows (f, "<persona", TRUE));
  g_assert_false (button_visible (f, ours_deleted ? _("Take _Theirs") : _("Take _Yours")));

  click (f, ours_deleted ? _("Take _Yours") : _("Take _Theirs"));
  g_assert_null (entente_test_persona (f->merged, "it-ian"));
  g_assert_cmpuint (entente_document_get_n_conflicts (f->merged), ==, 0);
}

/* Added on both sides: each version's fields; taking the one from
 * before removes the item. */
static void
test_add_add (Fixture       *f,
              gconstpointer  data)
{
  g_assert_true (is_kept (f, "ours"));
  g_assert_true (shows (f, "Finance Fiona", FALSE));
  g_assert_true (shows (f, "Fiona from Finance", FALSE));
  g_assert_true (shows (f, "Finance Director", TRUE));
  g_assert_false (shows (f, "<persona", TRUE));

  click (f, _("Take _Before"));
  g_assert_null (entente_test_find (ENTENTE_ITEM (f->merged), ENTENTE_DOCUMENT_FIELD_PERSONAS, "finance-fiona"));
}

/* A stage still referred to came back: deleting it again is refused
 * with a sentence, and nothing changes. */
static void
test_restored (Fixture       *f,
               gconstpointer  data)
{
  g_assert_true (is_kept (f, "theirs"));

  click (f, _("Take _Yours"));
  g_assert_nonnull (entente_test_find (ENTENTE_ITEM (f->merged), ENTENTE_DOCUMENT_FIELD_STAGES, "demo"));
  g_assert_cmpuint (entente_document_get_n_conflicts (f->merged), ==, 1);

  click (f, _("Mark _Resolved"));
  g_assert_cmpuint (entente_document_get_n_conflicts (f->merged), ==, 0);
  g_assert_nonnull (entente_test_find (ENTENTE_ITEM (f->merged), ENTENTE_DOCUMENT_FIELD_STAGES, "demo"));
}

int
main (int   argc,
      char *argv[])
{
  entente_test_gui_init (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, kind, func) \
  g_test_add ("/conflicts-dialog/" path, Fixture, GUINT_TO_POINTER (kind), fixture_set_up, func, fixture_tear_down)
  ADD ("scalar", ENTENTE_TEST_CONFLICT_SCALAR, test_scalar);
  ADD ("delete-edit", ENTENTE_TEST_CONFLICT_DELETE_EDIT, test_delete_edit);
  ADD ("edit-delete", ENTENTE_TEST_CONFLICT_EDIT_DELETE, test_delete_edit);
  ADD ("add-add", ENTENTE_TEST_CONFLICT_ADD_ADD, test_add_add);
  ADD ("restored", ENTENTE_TEST_CONFLICT_RESTORED, test_restored);
#undef ADD

  return g_test_run ();
}
