/* test-signing.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "entente-core.h"
#include "entente-item-private.h"
#include "entente-test-util.h"

/* Sign-offs signed with a person's key: what verifies, and every forgery
 * found the way the issue tried them.  The program runs with a data
 * folder of its own (tests/meson.build), so its known keys are its own. */

static EntenteApproval *
approval_of (EntenteDocument *doc,
             const char      *party)
{
  EntenteApproval *approval = NULL;

  entente_document_get_sign_off_state (doc, party, &approval);
  g_assert_nonnull (approval);
  return approval;
}

static EntenteDocument *
signed_example (const char        *signer,
                EntenteSigningKey *key)
{
  EntenteDocument *doc = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (entente_document_approve (doc, "marketing", signer, "VP Marketing", key, &error));
  g_assert_no_error (error);
  return doc;
}

static void
set_text (EntenteApproval *approval,
          guint            field,
          const char      *text)
{
  g_value_set_string (entente_item_get_value_slot (ENTENTE_ITEM (approval), field), text);
}

static void
test_key_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) key = entente_signing_key_generate (&error);
  g_autoptr(EntenteSigningKey) again = NULL;
  g_autoptr(EntenteSigningKey) damaged = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fingerprint = NULL;

  g_assert_no_error (error);
  text = entente_signing_key_to_text (key);
  again = entente_signing_key_new_from_text (text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_signing_key_get_public (again), ==, entente_signing_key_get_public (key));

  /* Eight groups of four: read out over the phone. */
  fingerprint = entente_public_key_fingerprint (entente_signing_key_get_public (key));
  g_assert_cmpuint (strlen (fingerprint), ==, 8 * 4 + 7);

  text[strlen (text) - 3] = text[strlen (text) - 3] == 'A' ? 'B' : 'A';
  damaged = entente_signing_key_new_from_text (text, &error);
  g_assert_null (damaged);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
}

static void
test_valid (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());
  EntenteApproval *approval = approval_of (doc, "marketing");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EntenteDocument) read = NULL;
  g_autoptr(GError) error = NULL;

  /* One's own key is known: valid, in memory and read back. */
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
  g_assert_cmpstr (entente_approval_get_key (approval), ==, entente_signing_key_get_public (entente_test_signing_key ()));
  bytes = entente_document_serialize (doc);
  read = entente_document_new_from_bytes (bytes, "signed.entente", &error);
  g_assert_no_error (error);
  g_assert_cmpint (entente_document_get_sign_off_state (read, "marketing", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
}

/* The signed bytes are documented in README: pinned here. */
static void
test_signed_bytes (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());
  EntenteApproval *approval = approval_of (doc, "marketing");
  g_autoptr(GBytes) bytes = entente_approval_signed_bytes (approval);
  g_autofree char *time = g_date_time_format (entente_approval_get_time (approval), "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *expected = g_strdup_printf ("entente-approval-1\n"
                                               "71:sha256:47e3d90e8ebb79991e81d4b281e85a47f945cd693fe8a5883c6bd4a2ccf7e794\n"
                                               "9:marketing\n"
                                               "14:Dana Whitfield\n"
                                               "12:VP Marketing\n"
                                               "20:%s\n", time);

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), expected, strlen (expected));
}

static void
test_forged_name (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());

  set_text (approval_of (doc, "marketing"), ENTENTE_APPROVAL_FIELD_SIGNER, "Priya Raman");
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_INVALID);
}

/* Content changed after the sign-off, and the digest replaced by the new
 * one that `entente-cli digest` gives. */
static void
test_recomputed_digest (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());
  g_autoptr(EntenteTarget) target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (doc)), 0);
  g_autofree char *digest = NULL;

  g_object_set (target, "count", 450, NULL);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);
  digest = entente_document_compute_digest (doc);
  set_text (approval_of (doc, "marketing"), ENTENTE_APPROVAL_FIELD_DIGEST, digest);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_INVALID);
}

static void
test_copied_to_other_party (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());

  set_text (approval_of (doc, "marketing"), ENTENTE_APPROVAL_FIELD_PARTY, "sales");
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "sales", NULL), ==, ENTENTE_SIGN_OFF_INVALID);
}

/* A sign-off of one agreement pasted into another, whose ancestry does
 * not know the version signed. */
static void
test_copied_from_other_document (void)
{
  g_autoptr(EntenteDocument) acme = signed_example ("Dana Whitfield", entente_test_signing_key ());
  g_autoptr(EntenteDocument) angkor = entente_test_load_example ("angkor-retail-km.entente");
  g_autoptr(EntenteItem) copy = entente_item_copy (ENTENTE_ITEM (approval_of (acme, "marketing")));
  g_autofree char *digest = NULL;

  /* Edited and saved with this Entente: it has an ancestry. */
  g_object_set (entente_document_get_meta (angkor), "revision", 9, NULL);
  g_free (entente_document_record_version (angkor));
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_ancestry (angkor)), >, 0);

  entente_item_append (ENTENTE_ITEM (angkor), ENTENTE_DOCUMENT_FIELD_APPROVALS, copy);
  g_assert_cmpint (entente_document_get_sign_off_state (angkor, "marketing", NULL), ==, ENTENTE_SIGN_OFF_INVALID);

  /* With the digest made to match, the signature no longer does. */
  digest = entente_document_compute_digest (angkor);
  set_text (ENTENTE_APPROVAL (copy), ENTENTE_APPROVAL_FIELD_DIGEST, digest);
  g_assert_cmpint (entente_document_get_sign_off_state (angkor, "marketing", NULL), ==, ENTENTE_SIGN_OFF_INVALID);
}

static void
test_flipped_byte (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());
  EntenteApproval *approval = approval_of (doc, "marketing");
  g_autofree char *signature = g_strdup (entente_approval_get_signature (approval));

  signature[10] = signature[10] == 'A' ? 'B' : 'A';
  set_text (approval, ENTENTE_APPROVAL_FIELD_SIGNATURE, signature);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_INVALID);
}

/* Another key in place of the signer's: its owner did not sign this. */
static void
test_swapped_key (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) other = entente_signing_key_generate (&error);

  g_assert_no_error (error);
  set_text (approval_of (doc, "marketing"), ENTENTE_APPROVAL_FIELD_KEY, entente_signing_key_get_public (other));
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_INVALID);
}

/* Drops @public_key from this user's own and known keys, as on the
 * machine of someone who never saw it: signing with it here made it one
 * of this user's own. */
static void
forget_key (const char *public_key)
{
  static const char * const lists[] = { "known-keys", "own-keys" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), "entente", lists[l], NULL);
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GString) kept = g_string_new (NULL);

      if (!g_file_get_contents (path, &text, NULL, NULL))
        continue;
      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0' && !g_str_has_prefix (lines[i], public_key))
          g_string_append_printf (kept, "%s\n", lines[i]);
      g_assert_true (g_file_set_contents (path, kept->str, (gssize) kept->len, NULL));
    }
}

static void
test_new_key_then_confirmed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) priya = entente_signing_key_generate (&error);
  g_autoptr(EntenteDocument) doc = NULL;

  g_assert_no_error (error);
  doc = signed_example ("Priya Raman", priya);
  forget_key (entente_signing_key_get_public (priya));
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_NEW_KEY);

  g_assert_true (entente_known_keys_add ("priya raman", entente_signing_key_get_public (priya), &error));
  g_assert_no_error (error);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
}

/* Someone signing as a person this user knows by another key. */
static void
test_key_changed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) known = entente_signing_key_generate (&error);
  g_autoptr(EntenteSigningKey) other = entente_signing_key_generate (&error);
  g_autoptr(EntenteDocument) doc = NULL;

  g_assert_true (entente_known_keys_add ("Pat Morgan", entente_signing_key_get_public (known), &error));
  doc = signed_example ("Pat Morgan", other);
  forget_key (entente_signing_key_get_public (other));
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_KEY_CHANGED);
}

/* Signing as someone else does not make one's key theirs: their own
 * sign-off later reads as a new key to confirm, not a changed one. */
static void
test_signing_as_someone_else (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) theirs = entente_signing_key_generate (&error);
  g_autoptr(EntenteDocument) mine = signed_example ("Lee Legal", entente_test_signing_key ());
  g_autoptr(EntenteDocument) doc = NULL;

  g_assert_cmpint (entente_known_keys_check ("Lee Legal", entente_signing_key_get_public (entente_test_signing_key ())),
                   ==, ENTENTE_KEY_KNOWN);
  doc = signed_example ("Lee Legal", theirs);
  forget_key (entente_signing_key_get_public (theirs));
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_NEW_KEY);
}

/* Signed and saved in one session, outdated in the next: what changed is
 * still told, from the signed version kept in the store. */
static void
test_outdated_says_what_changed (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());
  g_auto(EntenteTestScratch) scratch = { NULL };
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EntenteDocument) later = NULL;
  g_autoptr(EntenteTarget) target = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  entente_test_scratch_init (&scratch);
  path = entente_test_scratch_file (&scratch, "signed.entente");
  file = g_file_new_for_path (path);
  g_assert_true (entente_document_save (doc, file, NULL, &error));
  g_assert_no_error (error);

  later = entente_test_load_file (path);
  target = g_list_model_get_item (entente_goals_get_targets (entente_document_get_goals (later)), 0);
  g_object_set (target, "count", 450, NULL);
  g_assert_cmpint (entente_document_get_sign_off_state (later, "marketing", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);
  changes = entente_document_changes_since_sign_off (later, "marketing");
  g_assert_nonnull (changes);
  g_assert_cmpuint (changes->len, ==, 1);
}

/* A sign-off from before Entente signed them. */
static void
test_unverified (void)
{
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());
  EntenteApproval *approval = approval_of (doc, "marketing");

  set_text (approval, ENTENTE_APPROVAL_FIELD_KEY, NULL);
  set_text (approval, ENTENTE_APPROVAL_FIELD_SIGNATURE, NULL);
  g_assert_cmpint (entente_document_get_sign_off_state (doc, "marketing", NULL), ==, ENTENTE_SIGN_OFF_UNVERIFIED);
}

static guint
line_of (const char *text,
         const char *needle)
{
  const char *at = strstr (text, needle);
  guint line = 1;

  g_assert_nonnull (at);
  for (const char *c = text; c < at; c++)
    line += *c == '\n';

  return line;
}

/* A malformed key or signature is the file's fault, with its place:
 * not base64, the wrong length, or 32 bytes that are no point of the
 * curve (y = 2 has no x; y = p is out of range; y = 1 is x = 0, which
 * has no negative). */
static void
test_malformed (void)
{
  static const char * const bad[][2] = {
    { "key", "not base64!" },
    { "key", "QUJD" },
    { "signature", "QUJD" },
    { "key", "AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" },
    { "key", "7f///////////////////////////////////////38=" },
    { "key", "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIA=" },
  };
  g_autoptr(EntenteDocument) doc = signed_example ("Dana Whitfield", entente_test_signing_key ());
  g_autoptr(GBytes) bytes = entente_document_serialize (doc);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *pattern = g_strdup_printf ("(<approval [^>]* %s=\")[^\"]*", bad[i][0]);
      g_autofree char *replacement = g_strdup_printf ("\\g<1>%s", bad[i][1]);
      g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
      g_autofree char *text = g_regex_replace (regex, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                               0, replacement, G_REGEX_MATCH_DEFAULT, NULL);
      g_autoptr(GBytes) broken = g_bytes_new_take (g_strdup (text), strlen (text));
      g_autoptr(EntenteDocument) read = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *where = NULL;

      g_assert_nonnull (strstr (text, bad[i][1]));
      read = entente_document_new_from_bytes (broken, "broken.entente", &error);
      g_assert_null (read);
      g_assert_nonnull (error);
      /* NAME:LINE:COLUMN, at the line of the approval. */
      where = g_strdup_printf ("broken.entente:%u:", line_of (text, bad[i][1]));
      g_assert_true (g_str_has_prefix (error->message, where));
    }
}

/* What GnuTLS makes, and RFC 8032's own test keys, are points: the check
 * refuses only what no signer could have. */
static void
test_keys_are_points (void)
{
  static const char * const rfc8032[] = {
    "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
    "PUAXw+hDiVqStwqnTRt+vJyYLM8uxJaMwM1V8Sr0Zgw=",
    "/FHNjmIYoaONpH7QAjDwWAgW7RO6MwOsXeuRFUiQgCU=",
  };
  char *problem = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rfc8032); i++)
    g_assert_true (entente_public_key_check (rfc8032[i], &problem));
  for (guint i = 0; i < 64; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntenteSigningKey) key = entente_signing_key_generate (&error);

      g_assert_no_error (error);
      g_assert_true (entente_public_key_check (entente_signing_key_get_public (key), &problem));
    }
  g_assert_null (problem);
}

/* Sign-offs made by an earlier build, by three people with three keys,
 * keep verifying: a change to the signed bytes or to canonical writing
 * that would break every stored signature fails here.  Their keys are
 * new to this user, who has confirmed none. */
static void
test_stored_signatures (void)
{
  static const char * const parties[] = { "marketing", "sdr", "sales" };
  g_autofree char *path = entente_test_data_path ("signed-three-leaders.entente");
  g_autoptr(EntenteDocument) doc = entente_test_load_file (path);
  g_autofree char *known = g_build_filename (g_get_user_data_dir (), "entente", "known-keys", NULL);
  g_autofree char *own = g_build_filename (g_get_user_data_dir (), "entente", "own-keys", NULL);

  /* Forget what the tests before confirmed or signed with. */
  g_remove (known);
  g_remove (own);
  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    g_assert_cmpint (entente_document_get_sign_off_state (doc, parties[i], NULL), ==, ENTENTE_SIGN_OFF_NEW_KEY);
}

/* The canonical form of the bundled documents, pinned: a change to how
 * Entente writes that would outdate every stored sign-off fails here
 * first (see README, "How the canonical form may evolve"). */
static void
test_pinned_digests (void)
{
  static const char * const pinned[][2] = {
    { "data/examples/acme-saas.entente", "sha256:47e3d90e8ebb79991e81d4b281e85a47f945cd693fe8a5883c6bd4a2ccf7e794" },
    { "data/examples/angkor-retail-km.entente", "sha256:b745351319165a780f570dd60526adada652bcdc54c2fb839f47b03b16221a46" },
    { "data/templates/b2b-saas-inbound.entente", "sha256:1d41169e4e7dc545e28f74a1ce0db40024657feaafdc8159c3ffd83c9815f683" },
    { "data/templates/blank.entente", "sha256:f140b77f19e83bdac395f9e032a5653c85664d5b7823479ce7dd6b980e67511d" },
    { "data/templates/outbound-sdr-led.entente", "sha256:465bbcab6654d8800d5b20bc493e687ba4d61851a853cfba17a333986f3347fe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pinned); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", pinned[i][0], NULL);
      g_autoptr(EntenteDocument) doc = entente_test_load_file (path);
      g_autofree char *digest = entente_document_compute_digest (doc);

      g_assert_cmpstr (digest, ==, pinned[i][1]);
    }
}

/* Without a keyring, the key is a file only its owner reads, made once. */
static void
test_key_store_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteSigningKey) made = NULL;
  g_autoptr(EntenteSigningKey) loaded = NULL;
  g_autoptr(EntenteSigningKey) replaced = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "entente", "keys", "signing-key", NULL);
  g_autofree char *notice = NULL;
  g_autofree char *second = NULL;
  GStatBuf st;

  g_assert_cmpstr (g_getenv ("ENTENTE_KEY_STORE"), ==, "file");
  g_unlink (path);
  g_assert_null (entente_key_store_load (FALSE, &error));
  g_assert_no_error (error);

  made = entente_key_store_load (TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  notice = entente_key_store_take_notice ();
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, path));
  second = entente_key_store_take_notice ();
  g_assert_null (second);

  loaded = entente_key_store_load (TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_signing_key_get_public (loaded), ==, entente_signing_key_get_public (made));

  replaced = entente_key_store_replace (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (entente_signing_key_get_public (replaced), !=, entente_signing_key_get_public (made));
  g_free (entente_key_store_take_notice ());
}

int
main (int    argc,
      char **argv)
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  /* Who this user knows starts from nobody, whatever an earlier run
   * confirmed. */
  {
    g_autofree char *known = g_build_filename (g_get_user_data_dir (), "entente", "known-keys", NULL);

    g_unlink (known);
  }

  g_test_add_func ("/signing/key-text", test_key_text);
  g_test_add_func ("/signing/valid", test_valid);
  g_test_add_func ("/signing/signed-bytes", test_signed_bytes);
  g_test_add_func ("/signing/forged-name", test_forged_name);
  g_test_add_func ("/signing/recomputed-digest", test_recomputed_digest);
  g_test_add_func ("/signing/copied-to-other-party", test_copied_to_other_party);
  g_test_add_func ("/signing/copied-from-other-document", test_copied_from_other_document);
  g_test_add_func ("/signing/flipped-byte", test_flipped_byte);
  g_test_add_func ("/signing/swapped-key", test_swapped_key);
  g_test_add_func ("/signing/new-key-then-confirmed", test_new_key_then_confirmed);
  g_test_add_func ("/signing/key-changed", test_key_changed);
  g_test_add_func ("/signing/signing-as-someone-else", test_signing_as_someone_else);
  g_test_add_func ("/signing/outdated-says-what-changed", test_outdated_says_what_changed);
  g_test_add_func ("/signing/unverified", test_unverified);
  g_test_add_func ("/signing/malformed", test_malformed);
  g_test_add_func ("/signing/keys-are-points", test_keys_are_points);
  g_test_add_func ("/signing/pinned-digests", test_pinned_digests);
  g_test_add_func ("/signing/stored-signatures", test_stored_signatures);
  g_test_add_func ("/signing/key-store-file", test_key_store_file);

  return g_test_run ();
}
