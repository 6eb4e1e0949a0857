/* test-digest.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Sign-off: the digest covers what was agreed and nothing else, and an
 * approval is signed, outdated or missing accordingly. */

static EntenteTarget *
nth_target (EntenteDocument *doc,
            guint            i)
{
  g_autoptr(EntenteTarget) target =
    g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (doc)), i);

  return target;
}

static void
add_comment (EntenteDocument *doc,
             const char      *id,
             const char      *text)
{
  g_autoptr(EntenteComment) comment = entente_comment_new ();
  g_autoptr(GDateTime) time = g_date_time_new_utc (2027, 1, 15, 10, 30, 0);

  g_object_set (comment, "id", id, "author", "Maya Marketing", "time", time, "text", text, NULL);
  entente_item_append (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_COMMENTS, ENTENTE_ITEM (comment));
}

static void
test_format (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autofree char *digest = entente_document_compute_digest (doc);

  g_assert_true (g_str_has_prefix (digest, "sha256:"));
  g_assert_cmpuint (strlen (digest), ==, strlen ("sha256:") + 64);
  for (const char *p = digest + strlen ("sha256:"); *p; p++)
    g_assert_true (g_ascii_isdigit (*p) || (*p >= 'a' && *p <= 'f'));
}

static void
test_stable_across_save (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-digest-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "saved.entente", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = entente_document_compute_digest (doc);
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_true (entente_document_save (doc, file, NULL, &error));
  g_assert_no_error (error);
  again = entente_document_load (file, NULL, &error);
  g_assert_no_error (error);
  after = entente_document_compute_digest (again);
  g_assert_cmpstr (before, ==, after);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_comments_and_approvals_do_not_count (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autofree char *before = entente_document_compute_digest (doc);
  g_autofree char *with_comment = NULL;
  g_autofree char *with_approval = NULL;
  g_autofree char *without_preamble = NULL;
  g_autoptr(GError) error = NULL;

  add_comment (doc, "c1", "Is 400 MQLs a month realistic with this budget?");
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_comments (doc)), ==, 1);
  with_comment = entente_document_compute_digest (doc);
  g_assert_cmpstr (before, ==, with_comment);

  g_assert_nonnull (entente_document_approve (doc, "marketing", "Maya Marketing", "VP Marketing", entente_test_signing_key (), &error));
  g_assert_no_error (error);
  g_assert_nonnull (entente_document_approve (doc, "sales", "Sam Sales", NULL, entente_test_signing_key (), &error));
  g_assert_no_error (error);
  with_approval = entente_document_compute_digest (doc);
  g_assert_cmpstr (before, ==, with_approval);

  /* The XML comments before <sla> are comments too. */
  entente_document_set_preamble (doc, NULL);
  without_preamble = entente_document_compute_digest (doc);
  g_assert_cmpstr (before, ==, without_preamble);
}

static void
test_content_counts (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autofree char *before = entente_document_compute_digest (doc);
  g_autofree char *after = NULL;
  g_autofree char *back = NULL;

  g_object_set (nth_target (doc, 0), "count", 450, NULL);
  after = entente_document_compute_digest (doc);
  g_assert_cmpstr (before, !=, after);

  /* The digest is of the content, not of its history. */
  g_object_set (nth_target (doc, 0), "count", 400, NULL);
  back = entente_document_compute_digest (doc);
  g_assert_cmpstr (before, ==, back);
}

static void
test_sign_off_states (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GError) error = NULL;
  g_autofree char *digest = entente_document_compute_digest (doc);
  EntenteApproval *approval;
  EntenteApproval *found = NULL;
  GDateTime *time;

  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", &found), ==, ENTENTE_SIGN_OFF_NOT_SIGNED);
  g_assert_null (found);

  approval = entente_document_approve (doc, "marketing", "  Maya Marketing ", "VP Marketing", entente_test_signing_key (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (approval);
  g_assert_true (entente_document_get_modified (doc));
  g_assert_cmpstr (entente_approval_get_party (approval), ==, "marketing");
  g_assert_cmpstr (entente_approval_get_signer (approval), ==, "Maya Marketing");
  g_assert_cmpstr (entente_approval_get_role (approval), ==, "VP Marketing");
  g_assert_cmpstr (entente_approval_get_digest (approval), ==, digest);
  time = entente_approval_get_time (approval);
  g_assert_nonnull (time);
  g_assert_cmpint (g_date_time_get_utc_offset (time), ==, 0);
  g_assert_cmpint (g_date_time_get_microsecond (time), ==, 0);

  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", &found), ==, ENTENTE_SIGN_OFF_SIGNED);
  g_assert_true (found == approval);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "sdr", &found), ==, ENTENTE_SIGN_OFF_NOT_SIGNED);
  g_assert_null (found);

  /* A comment does not outdate a signature; a changed target does. */
  add_comment (doc, "c1", "Signed, see you at the review.");
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
  g_object_set (nth_target (doc, 0), "count", 450, NULL);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", &found), ==, ENTENTE_SIGN_OFF_OUTDATED);
  g_assert_true (found == approval);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "sdr", NULL), ==, ENTENTE_SIGN_OFF_NOT_SIGNED);
}

static void
test_approve_again_replaces (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GError) error = NULL;
  GListModel *approvals = entente_document_get_approvals (doc);
  g_autoptr(EntenteApproval) first = NULL;
  g_autoptr(EntenteApproval) head = NULL;
  EntenteApproval *second;
  EntenteApproval *found = NULL;
  g_autofree char *digest = NULL;

  g_assert_nonnull (entente_document_approve (doc, "marketing", "Maya Marketing", NULL, entente_test_signing_key (), &error));
  g_assert_nonnull (entente_document_approve (doc, "sales", "Sam Sales", NULL, entente_test_signing_key (), &error));
  g_assert_no_error (error);
  first = g_list_model_get_item (approvals, 0);

  g_object_set (nth_target (doc, 0), "count", 450, NULL);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);

  second = entente_document_approve (doc, "marketing", "Mia Marketing", "CMO", entente_test_signing_key (), &error);
  g_assert_no_error (error);
  g_assert_true (second != first);
  digest = entente_document_compute_digest (doc);
  g_assert_cmpstr (entente_approval_get_digest (second), ==, digest);

  /* One approval per party, in the place of the old one. */
  g_assert_cmpuint (g_list_model_get_n_items (approvals), ==, 2);
  head = g_list_model_get_item (approvals, 0);
  g_assert_true (head == second);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", &found), ==, ENTENTE_SIGN_OFF_SIGNED);
  g_assert_true (found == second);
  g_assert_cmpstr (entente_approval_get_signer (found), ==, "Mia Marketing");
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "sales", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);
}

static void
test_approve_undo (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteHistory) history = entente_history_new (doc);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (entente_document_approve (doc, "sdr", "Sid SDR", NULL, entente_test_signing_key (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "sdr", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
  g_assert_true (entente_history_get_can_undo (history));

  entente_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_approvals (doc)), ==, 0);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "sdr", NULL), ==, ENTENTE_SIGN_OFF_NOT_SIGNED);
  g_assert_false (entente_document_get_modified (doc));
}

static void
test_approve_errors (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GError) unknown = NULL;
  g_autoptr(GError) nobody = NULL;

  g_assert_null (entente_document_approve (doc, "legal", "Lee Legal", NULL, entente_test_signing_key (), &unknown));
  g_assert_error (unknown, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE);
  g_assert_nonnull (strstr (unknown->message, "“legal”"));
  g_assert_nonnull (strstr (unknown->message, "marketing, sdr, sales"));

  g_assert_null (entente_document_approve (doc, "sales", " ", NULL, entente_test_signing_key (), &nobody));
  g_assert_error (nobody, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);

  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_approvals (doc)), ==, 0);
  g_assert_false (entente_document_get_modified (doc));
}

static void
test_state_type (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ENTENTE_TYPE_SIGN_OFF_STATE);

  g_assert_cmpstr (g_enum_get_value (klass, ENTENTE_SIGN_OFF_OUTDATED)->value_nick, ==, "outdated");
}

static void
test_changes_since_sign_off (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(EntenteDocument) reloaded = NULL;
  g_autoptr(GPtrArray) after_reload = NULL;
  g_autofree char *raised = g_strdup_printf (_("%s: %s target %s → %s"), _("Goals"), "Marketing Qualified Lead", "400", "450");

  g_assert_null (entente_document_changes_since_sign_off (doc, "marketing"));
  g_assert_nonnull (entente_document_approve (doc, "marketing", "Dana Whitfield", NULL, entente_test_signing_key (), &error));
  g_assert_no_error (error);
  none = entente_document_changes_since_sign_off (doc, "marketing");
  g_assert_nonnull (none);
  g_assert_cmpuint (none->len, ==, 0);

  /* What a later reader sees: the file as signed, then an edit. */
  saved = entente_document_serialize (doc);
  reloaded = entente_document_new_from_bytes (saved, "signed.entente", &error);
  g_assert_no_error (error);
  {
    g_autoptr(EntenteTarget) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (reloaded)), 0);

    g_object_set (target, "count", 450, NULL);
  }
  after_reload = entente_document_changes_since_sign_off (reloaded, "marketing");
  g_assert_nonnull (after_reload);
  g_assert_cmpuint (after_reload->len, ==, 1);
  g_assert_cmpstr (((EntenteChange *) g_ptr_array_index (after_reload, 0))->message, ==, raised);

  /* Comments are not the signed text. */
  {
    g_autoptr(EntenteDocument) fresh = entente_document_new_from_bytes (saved, "signed.entente", &error);
    g_autoptr(EntenteComment) comment = entente_comment_new ();
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    g_object_set (comment, "id", "c1", "author", "Luis", "time", now, "text", "Fine by me", NULL);
    entente_item_append (ENTENTE_ITEM (fresh), ENTENTE_DOCUMENT_FIELD_COMMENTS, ENTENTE_ITEM (comment));
    changes = entente_document_changes_since_sign_off (fresh, "marketing");
    g_assert_nonnull (changes);
    g_assert_cmpuint (changes->len, ==, 0);
  }
}

static void
test_approve_refused_with_conflicts (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteConflict) conflict = entente_conflict_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *refused = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "The agreement still has %u merge conflict; resolve it before signing.",
                                                           "The agreement still has %u merge conflicts; resolve them before signing.",
                                                           1),
                                              1u);

  g_object_set (conflict, "id", "conflict-1", "path", "goals/targets[mql]/count",
                "ours", "400", "theirs", "450", NULL);
  entente_item_append (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_CONFLICTS, ENTENTE_ITEM (conflict));

  g_assert_null (entente_document_approve (doc, "marketing", "Dana Whitfield", NULL, entente_test_signing_key (), &error));
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, refused);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_approvals (doc)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/digest/format", test_format);
  g_test_add_func ("/digest/stable-across-save", test_stable_across_save);
  g_test_add_func ("/digest/comments-and-approvals-do-not-count", test_comments_and_approvals_do_not_count);
  g_test_add_func ("/digest/content-counts", test_content_counts);
  g_test_add_func ("/digest/sign-off-states", test_sign_off_states);
  g_test_add_func ("/digest/approve-again-replaces", test_approve_again_replaces);
  g_test_add_func ("/digest/approve-undo", test_approve_undo);
  g_test_add_func ("/digest/approve-errors", test_approve_errors);
  g_test_add_func ("/digest/state-type", test_state_type);
  g_test_add_func ("/digest/approve-refused-with-conflicts", test_approve_refused_with_conflicts);
  g_test_add_func ("/digest/changes-since-sign-off", test_changes_since_sign_off);

  return g_test_run ();
}
