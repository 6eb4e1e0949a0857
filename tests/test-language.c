/* test-language.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* The language a document is in: the tag its file gives, checked the same
 * way by the loader and the schema, or the language its texts are written
 * in; an edit like any other, part of what is signed. */

static char *
angkor_with_language (const char *tag)
{
  g_autofree char *path = entente_test_example_path ("angkor-retail-km.entente");
  g_autoptr(GBytes) bytes = entente_test_read_bytes (path);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *element = g_strdup_printf ("</review-by>\n    <language>%s</language>", tag);
  g_auto(GStrv) parts = g_strsplit (text, "</review-by>", 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strconcat (parts[0], element, parts[1], NULL);
}

static gboolean
schema_accepts (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "entente.rng", NULL);
  const char *argv[] = { g_getenv ("XMLLINT"), "--noout", "--nonet", "--relaxng", schema, path, NULL };
  int wait_status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (wait_status, NULL);
}

/* Each tag, alone and in a file: the value check, the loader and
 * `xmllint --relaxng` all say the same. */
static void
test_tag_syntax (void)
{
  static const struct { const char *tag; gboolean valid; } tags[] = {
    { "en", TRUE },
    { "km", TRUE },
    { "de-CH", TRUE },
    { "DE-ch", TRUE },
    { "sr-Latn-RS", TRUE },
    { "es-419", TRUE },
    { "zh-Hant-TW", TRUE },
    { "yue", TRUE },
    { "en-US-x-twain", TRUE },
    { "abcdefgh-12345678", TRUE },
    { "", FALSE },
    { "e", FALSE },
    { "km_KH", FALSE },
    { "km_KH.UTF-8", FALSE },
    { "en-", FALSE },
    { "-en", FALSE },
    { "en--US", FALSE },
    { "en US", FALSE },
    { " km", FALSE },
    { "km ", FALSE },
    { "12", FALSE },
    { "e1", FALSE },
    { "abcdefghi", FALSE },
    { "en-123456789", FALSE },
    { "fr-ç", FALSE },
    { "ខ្មែរ", FALSE },
  };
  g_auto(EntenteTestScratch) scratch = { 0 };
  g_autofree char *too_long = NULL;
  GString *longest = g_string_new ("en");

  entente_test_scratch_init (&scratch);

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      g_autofree char *text = angkor_with_language (tags[i].tag);
      g_autofree char *path = entente_test_scratch_file (&scratch, "language.entente");
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) write_error = NULL;
      g_autoptr(EntenteDocument) document = NULL;

      if (entente_language_tag_is_valid (tags[i].tag) != tags[i].valid)
        g_error ("“%s” should be %s", tags[i].tag, tags[i].valid ? "valid" : "invalid");

      document = entente_document_new_from_bytes (bytes, "language.entente", &error);
      if (tags[i].valid)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (entente_meta_get_language (entente_document_get_meta (document)), ==, tags[i].tag);
          g_assert_cmpstr (entente_document_get_language (document), ==, tags[i].tag);
        }
      else
        {
          g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
          g_assert_null (document);
        }

      g_file_set_contents (path, text, -1, &write_error);
      g_assert_no_error (write_error);
      if (schema_accepts (path) != tags[i].valid)
        g_error ("xmllint %s “%s”, the loader does not", tags[i].valid ? "refuses" : "accepts", tags[i].tag);
    }

  /* 64 characters at most. */
  while (longest->len + 3 <= ENTENTE_LANGUAGE_TAG_MAX_LENGTH)
    g_string_append (longest, "-a1");
  while (longest->len < ENTENTE_LANGUAGE_TAG_MAX_LENGTH)
    g_string_append_c (longest, 'b');
  g_assert_cmpuint (longest->len, ==, ENTENTE_LANGUAGE_TAG_MAX_LENGTH);
  g_assert_true (entente_language_tag_is_valid (longest->str));
  too_long = g_strconcat (longest->str, "c", NULL);
  g_assert_false (entente_language_tag_is_valid (too_long));
  g_assert_false (entente_language_tag_is_valid (NULL));
  g_string_free (longest, TRUE);
}

/* A wrong tag is a located error, as for any other value. */
static void
test_bad_tag_is_located (void)
{
  g_autofree char *path = entente_test_data_path ("bad/bad-language.entente");
  g_autoptr(GBytes) bytes = entente_test_read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntenteDocument) document = entente_document_new_from_bytes (bytes, "bad-language.entente", &error);

  g_assert_null (document);
  g_assert_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, "bad-language.entente:11:5: ") ||
      strstr (error->message, "“km_KH” is not a language tag") == NULL)
    g_error ("unexpected message “%s”", error->message);
  g_assert_false (schema_accepts (path));
}

/* English, and every language Entente is translated to, each by its own
 * name. */
static void
test_offered (void)
{
  g_autofree char *linguas_path = g_test_build_filename (G_TEST_DIST, "..", "po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) tags = g_hash_table_new (g_str_hash, g_str_equal);
  const EntenteLanguage *offered;
  guint n = 0;

  offered = entente_language_get_offered (&n);
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (entente_language_tag_is_valid (offered[i].tag));
      g_assert_true (g_utf8_validate (offered[i].name, -1, NULL));
      g_assert_cmpuint (strlen (offered[i].name), >, 0);
      g_assert_true (g_hash_table_add (tags, (gpointer) offered[i].tag));
      g_assert_true (entente_language_find_offered (offered[i].tag) == &offered[i]);
    }
  g_assert_cmpstr (offered[0].tag, ==, ENTENTE_LANGUAGE_DEFAULT);
  g_assert_true (g_hash_table_contains (tags, "en"));

  g_file_get_contents (linguas_path, &linguas, NULL, NULL);
  g_assert_nonnull (linguas);
  lines = g_strsplit (linguas, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (lines[i]));

      if (tag[0] == '\0' || tag[0] == '#')
        continue;
      g_strdelimit (tag, "_", '-');
      if (!g_hash_table_remove (tags, tag))
        g_error ("po/LINGUAS has %s, which is not offered", tag);
    }
  /* Nothing is offered that would read in English sentences. */
  g_hash_table_remove (tags, "en");
  g_assert_cmpuint (g_hash_table_size (tags), ==, 0);

  g_assert_cmpstr (entente_language_find_offered ("KM")->name, ==, "ខ្មែរ");
  g_assert_null (entente_language_find_offered ("de-CH"));
  g_assert_null (entente_language_find_offered (NULL));
}

static void
test_names (void)
{
  static const struct { const char *tag; const char *name; } names[] = {
    { "en", "English" },
    { "km", "ខ្មែរ" },
    { "de", "Deutsch" },
    { "fr", "Français" },
    { "es", "Español" },
    { "de-CH", "Deutsch (de-CH)" },
    { "es-419", "Español (es-419)" },
    { "tlh", "tlh" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = entente_language_dup_name (names[i].tag);

      g_assert_cmpstr (name, ==, names[i].name);
    }
}

static void
test_detect_text (void)
{
  g_assert_cmpstr (entente_language_detect_text (NULL), ==, "en");
  g_assert_cmpstr (entente_language_detect_text (""), ==, "en");
  g_assert_cmpstr (entente_language_detect_text ("2027-01-01 100 %"), ==, "en");
  g_assert_cmpstr (entente_language_detect_text ("Sales & Marketing SLA"), ==, "en");
  g_assert_cmpstr (entente_language_detect_text ("Grüße aus Zürich"), ==, "en");
  g_assert_cmpstr (entente_language_detect_text ("កិច្ចព្រមព្រៀង"), ==, "km");
  /* Mostly Khmer, with a code and an address in Latin letters. */
  g_assert_cmpstr (entente_language_detect_text ("ក្រុមហ៊ុន អង្គរ រីតេល SLA"), ==, "km");
  g_assert_cmpstr (entente_language_detect_text ("The Angkor team (ក្រុម)"), ==, "en");

  /* Only the first 10,000 letters count. */
  {
    GString *text = g_string_new (NULL);

    for (guint i = 0; i < 10000; i++)
      g_string_append_c (text, 'a');
    for (guint i = 0; i < 20000; i++)
      g_string_append (text, "ក");
    g_assert_cmpstr (entente_language_detect_text (text->str), ==, "en");
    g_string_free (text, TRUE);
  }
}

/* The examples give no language: the Khmer one reads as Khmer, acme as
 * English, and both are written back without one. */
static void
test_examples (void)
{
  static const struct { const char *file; const char *language; } examples[] = {
    { "acme-saas.entente", "en" },
    { "angkor-retail-km.entente", "km" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(EntenteDocument) document = entente_test_load_example (examples[i].file);
      g_autoptr(EntenteDocument) again = NULL;
      g_autoptr(GBytes) written = NULL;
      g_autoptr(GBytes) rewritten = NULL;
      g_autofree char *text = NULL;

      g_assert_null (entente_meta_get_language (entente_document_get_meta (document)));
      g_assert_cmpstr (entente_document_get_language (document), ==, examples[i].language);
      g_assert_cmpstr (entente_language_detect_item (ENTENTE_ITEM (document)), ==, examples[i].language);
      g_assert_false (entente_document_get_modified (document));

      written = entente_document_serialize (document);
      text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
      g_assert_null (strstr (text, "<language"));

      again = entente_test_reload (document);
      g_assert_null (entente_meta_get_language (entente_document_get_meta (again)));
      rewritten = entente_document_serialize (again);
      g_assert_true (g_bytes_equal (written, rewritten));
    }
}

static void
test_new_document (void)
{
  g_autoptr(EntenteDocument) document = entente_document_new ();
  g_autofree char *language = NULL;

  g_assert_null (entente_meta_get_language (entente_document_get_meta (document)));
  g_assert_cmpstr (entente_document_get_language (document), ==, ENTENTE_LANGUAGE_DEFAULT);
  g_object_get (document, "language", &language, NULL);
  g_assert_cmpstr (language, ==, "en");

  /* With no language given, the texts decide, as they change. */
  g_object_set (entente_document_get_meta (document), "title", "កិច្ចព្រមព្រៀងកម្រិតសេវាកម្ម", NULL);
  g_assert_cmpstr (entente_document_get_language (document), ==, "km");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Setting the language is an edit like any other: it notifies, marks the
 * document modified and can be undone; setting it to what it is changes
 * nothing. */
static void
test_set (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteHistory) history = entente_history_new (document);
  EntenteMeta *meta = entente_document_get_meta (document);
  guint meta_notified = 0;
  guint document_notified = 0;

  g_signal_connect (meta, "notify::language", G_CALLBACK (count_notify), &meta_notified);
  g_signal_connect (document, "notify::language", G_CALLBACK (count_notify), &document_notified);

  entente_document_set_language (document, "km");
  g_assert_cmpstr (entente_document_get_language (document), ==, "km");
  g_assert_cmpstr (entente_meta_get_language (meta), ==, "km");
  g_assert_true (entente_document_get_modified (document));
  g_assert_cmpuint (meta_notified, ==, 1);
  g_assert_cmpuint (document_notified, ==, 1);
  g_assert_true (entente_history_get_can_undo (history));

  entente_document_set_modified (document, FALSE);
  entente_document_set_language (document, "km");
  g_assert_false (entente_document_get_modified (document));
  g_assert_cmpuint (meta_notified, ==, 1);

  entente_history_undo (history);
  g_assert_null (entente_meta_get_language (meta));
  g_assert_cmpstr (entente_document_get_language (document), ==, "en");
  g_assert_cmpuint (document_notified, ==, 2);

  entente_history_redo (history);
  g_assert_cmpstr (entente_document_get_language (document), ==, "km");

  /* Back to the language of the texts. */
  entente_document_set_language (document, "de-CH");
  g_assert_cmpstr (entente_document_get_language (document), ==, "de-CH");
  entente_document_set_language (document, NULL);
  g_assert_null (entente_meta_get_language (meta));
  g_assert_cmpstr (entente_document_get_language (document), ==, "en");
}

/* Once set, the language is written in <meta>, the schema accepts it and
 * it reads back; cleared, the agreement is the example again (the file
 * now also records the version it was edited from). */
static void
test_written (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("angkor-retail-km.entente");
  g_autofree char *original = entente_document_compute_digest (document);
  g_autoptr(EntenteDocument) loaded = NULL;
  g_autofree char *cleared = NULL;
  g_autofree char *contents = NULL;

  entente_document_set_language (document, "km");
  loaded = entente_test_save_and_load (document, "angkor.entente", &contents);
  g_assert_nonnull (strstr (contents,
                            "    <review-by>2027-07-31</review-by>\n"
                            "    <language>km</language>\n"
                            "    <currency>KHR</currency>\n"));
  g_assert_cmpstr (entente_meta_get_language (entente_document_get_meta (loaded)), ==, "km");

  entente_document_set_language (loaded, NULL);
  cleared = entente_document_compute_digest (loaded);
  g_assert_cmpstr (original, ==, cleared);
}

/* The language decides how the agreement reads, so it is part of what is
 * signed: changing it after a sign-off outdates the sign-off. */
static void
test_outdates_sign_off (void)
{
  g_autoptr(EntenteDocument) document = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = entente_document_compute_digest (document);
  g_autofree char *after = NULL;
  EntenteChange *change;

  g_assert_nonnull (entente_document_approve (document, "marketing", "Dana Whitfield", "VP Marketing", entente_test_signing_key (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (entente_document_get_sign_off_state (document, "marketing", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);

  entente_document_set_language (document, "de");
  after = entente_document_compute_digest (document);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpint (entente_document_get_sign_off_state (document, "marketing", NULL), ==, ENTENTE_SIGN_OFF_OUTDATED);

  changes = entente_document_changes_since_sign_off (document, "marketing");
  g_assert_nonnull (changes);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "language");
  g_assert_cmpstr (change->new_text, ==, "de");

  /* Back to no language: the very text that was signed. */
  entente_document_set_language (document, NULL);
  g_assert_cmpint (entente_document_get_sign_off_state (document, "marketing", NULL), ==, ENTENTE_SIGN_OFF_SIGNED);
}

static void
test_diff (void)
{
  g_autoptr(EntenteDocument) a = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) b = entente_test_load_example ("acme-saas.entente");
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  EntenteChange *change;

  entente_document_set_language (b, "km");
  set = entente_diff_documents (a, b);
  g_assert_cmpuint (set->len, ==, 1);
  change = g_ptr_array_index (set, 0);
  g_assert_cmpstr (change->section, ==, "overview");
  g_assert_cmpstr (change->path, ==, "meta");
  g_assert_cmpstr (change->field, ==, "language");
  g_assert_null (change->old_text);
  g_assert_cmpstr (change->new_text, ==, "km");
  g_assert_cmpstr (change->message, ==, "Overview: language set to ខ្មែរ");

  entente_document_set_language (a, "en");
  changed = entente_diff_documents (a, b);
  g_assert_cmpuint (changed->len, ==, 1);
  change = g_ptr_array_index (changed, 0);
  g_assert_cmpstr (change->old_text, ==, "en");
  g_assert_cmpstr (change->new_text, ==, "km");
  g_assert_cmpstr (change->message, ==, "Overview: language English → ខ្មែរ");
}

/* A language set on one side is kept; set differently on both, it is a
 * conflict either side resolves. */
static void
test_merge (void)
{
  g_autoptr(EntenteDocument) base = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) ours = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) theirs = entente_test_load_example ("acme-saas.entente");
  g_autoptr(EntenteDocument) merged = NULL;
  g_autoptr(EntenteDocument) conflicted = NULL;
  g_autoptr(EntenteDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  EntenteConflict *conflict;
  guint n_conflicts = G_MAXUINT;

  entente_document_set_language (theirs, "de");
  merged = entente_merge (base, ours, theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);
  g_assert_cmpstr (entente_meta_get_language (entente_document_get_meta (merged)), ==, "de");

  entente_document_set_language (ours, "fr");
  conflicted = entente_merge (base, ours, theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 1);
  conflict = entente_test_conflict (conflicted, 0);
  g_assert_cmpstr (entente_conflict_get_ours (conflict), ==, "fr");
  g_assert_cmpstr (entente_conflict_get_theirs (conflict), ==, "de");

  /* The conflict survives the file, and taking a side sets that side's
   * language. */
  reloaded = entente_test_reload (conflicted);
  conflict = entente_test_conflict (reloaded, 0);
  g_assert_true (entente_document_resolve_conflict (reloaded, conflict, ENTENTE_CONFLICT_TAKE_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (entente_document_get_language (reloaded), ==, "de");
  g_assert_cmpuint (entente_document_get_n_conflicts (reloaded), ==, 0);
}

/* Under C, no catalogue translates anything. */
static void
test_catalogue_in_c (void)
{
  g_autofree char *tag = entente_language_from_catalogue (GETTEXT_PACKAGE);

  g_assert_null (tag);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/tag-syntax", test_tag_syntax);
  g_test_add_func ("/language/bad-tag-is-located", test_bad_tag_is_located);
  g_test_add_func ("/language/offered", test_offered);
  g_test_add_func ("/language/names", test_names);
  g_test_add_func ("/language/detect-text", test_detect_text);
  g_test_add_func ("/language/examples", test_examples);
  g_test_add_func ("/language/new-document", test_new_document);
  g_test_add_func ("/language/set", test_set);
  g_test_add_func ("/language/written", test_written);
  g_test_add_func ("/language/outdates-sign-off", test_outdates_sign_off);
  g_test_add_func ("/language/diff", test_diff);
  g_test_add_func ("/language/merge", test_merge);
  g_test_add_func ("/language/catalogue-in-c", test_catalogue_in_c);

  return g_test_run ();
}
