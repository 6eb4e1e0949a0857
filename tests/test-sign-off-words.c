/* test-sign-off-words.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* What people read about a sign-off, in the window and every export:
 * each state has a name of its own, and a sentence that never passes a
 * sign-off that cannot be trusted off as plain "signed". */

static const EntenteSignOffState all_states[] = {
  ENTENTE_SIGN_OFF_NOT_SIGNED, ENTENTE_SIGN_OFF_SIGNED, ENTENTE_SIGN_OFF_OUTDATED,
  ENTENTE_SIGN_OFF_NEW_KEY, ENTENTE_SIGN_OFF_KEY_CHANGED, ENTENTE_SIGN_OFF_INVALID,
  ENTENTE_SIGN_OFF_UNVERIFIED,
};

static void
test_labels (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (all_states); i++)
    {
      const char *label = entente_sign_off_state_label (NULL, all_states[i]);

      g_assert_cmpstr (label, !=, "");
      g_assert_false (g_hash_table_contains (seen, label));
      g_hash_table_add (seen, (gpointer) label);
    }
}

static EntenteApproval *
approve_sales (EntenteDocument *doc)
{
  g_autoptr(GError) error = NULL;
  EntenteApproval *approval = entente_document_approve (doc, "sales", "Priya Raman", "VP Sales",
                                                        entente_test_signing_key (), &error);

  g_assert_no_error (error);
  g_assert_nonnull (approval);
  return approval;
}

static void
test_sentences (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntenteApproval *approval = approve_sales (doc);
  g_autofree char *fingerprint = entente_sign_off_fingerprint (approval);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *not_signed = entente_sign_off_state_describe (NULL, doc, ENTENTE_SIGN_OFF_NOT_SIGNED, NULL, NULL);

  g_assert_nonnull (fingerprint);
  g_assert_cmpuint (strlen (fingerprint), ==, 8 * 4 + 7);
  g_assert_cmpstr (not_signed, ==, _("Not signed yet"));

  for (guint i = 1; i < G_N_ELEMENTS (all_states); i++)
    {
      char *text = entente_sign_off_state_describe (NULL, doc, all_states[i], approval, "3 Jan 2027");

      /* Who signed and when, except where the signature says nothing. */
      if (all_states[i] != ENTENTE_SIGN_OFF_INVALID)
        {
          g_assert_nonnull (strstr (text, "Priya Raman"));
          g_assert_nonnull (strstr (text, "3 Jan 2027"));
        }
      g_assert_false (g_hash_table_contains (seen, text));
      g_hash_table_add (seen, text);
    }

  {
    g_autofree char *new_key = entente_sign_off_state_describe (NULL, doc, ENTENTE_SIGN_OFF_NEW_KEY, approval, NULL);
    g_autofree char *advice = entente_sign_off_state_advice (NULL, ENTENTE_SIGN_OFF_NEW_KEY, approval);
    g_autofree char *valid_advice = entente_sign_off_state_advice (NULL, ENTENTE_SIGN_OFF_SIGNED, approval);

    g_assert_nonnull (strstr (new_key, fingerprint));
    g_assert_nonnull (strstr (new_key, _("an unknown date")));
    g_assert_nonnull (strstr (advice, "Priya Raman"));
    g_assert_null (valid_advice);
  }
}

/* An outdated sign-off says what changed, when the signed text is known. */
static void
test_outdated_says_what_changed (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntenteApproval *approval = approve_sales (doc);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  entente_test_raise_goals (doc);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "sales", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);
  changes = entente_document_changes_since_sign_off (doc, "sales");
  text = entente_sign_off_state_describe (NULL, doc, ENTENTE_SIGN_OFF_OUTDATED, approval, "3 Jan 2027");
  g_assert_nonnull (changes);
  g_assert_cmpuint (changes->len, >, 0);
  g_assert_nonnull (strstr (text, ((EntenteChange *) g_ptr_array_index (changes, 0))->message));
}

static void
test_leader_warning (void)
{
  g_autoptr(EntenteDocument) doc = entente_test_load_example ("acme-saas.entente");
  EntenteParty *sales = entente_document_find_party (doc, "sales");
  g_autofree char *same = entente_sign_off_leader_warning (NULL, sales, "  priya   RAMAN ");
  g_autofree char *other = entente_sign_off_leader_warning (NULL, sales, "Pat Morgan");
  g_autofree char *expected = g_strdup_printf (_("You are signing for %s, whose leader is %s."), "Sales", "Priya Raman");

  g_assert_null (same);
  g_assert_cmpstr (other, ==, expected);
}

/* An export of a Khmer agreement reads in Khmer on any machine. */
static void
test_document_language (void)
{
  g_autoptr(EntenteLocale) khmer = entente_locale_new ("km");

  for (guint i = 0; i < G_N_ELEMENTS (all_states); i++)
    g_assert_true (entente_test_is_khmer (entente_sign_off_state_label (khmer, all_states[i])));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("entente-sign-off-words-XXXXXX", NULL);
  int status;

  /* Signing records keys as known: in a home of this program's own. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sign-off-words/labels", test_labels);
  g_test_add_func ("/sign-off-words/sentences", test_sentences);
  g_test_add_func ("/sign-off-words/outdated-says-what-changed", test_outdated_says_what_changed);
  g_test_add_func ("/sign-off-words/leader-warning", test_leader_warning);
  g_test_add_func ("/sign-off-words/document-language", test_document_language);

  status = g_test_run ();
  entente_test_remove_tree (home);
  return status;
}
