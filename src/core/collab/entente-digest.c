/* entente-digest.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-ancestry.h"
#include "entente-diff.h"
#include "entente-digest.h"
#include "entente-section.h"
#include "entente-error.h"
#include "entente-known-keys.h"
#include "entente-version-store.h"
#include "entente-writer-private.h"

/* Sign-off.  A party signs one exact content of the agreement, named by
 * its digest: the SHA-256 of the canonical XML without the approvals and
 * the comments (see entente_writer_write_content()).  Discussing the text
 * or collecting the other signatures therefore never invalidates a
 * signature, while any change to what was agreed does: the approval is
 * then reported as outdated, never silently kept as valid. */

/**
 * entente_document_compute_digest:
 * @doc: a document
 *
 * Returns: (transfer full): "sha256:" and the 64 lower-case hexadecimal
 *   digits of the digest of the content of @doc
 */
static char *
digest_of (EntenteDocument  *doc,
           GBytes          **content_out)
{
  g_autoptr(GBytes) content = entente_writer_write_content (ENTENTE_ITEM (doc));
  g_autofree char *hex = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);

  if (content_out != NULL)
    *content_out = g_steal_pointer (&content);
  return g_strconcat (ENTENTE_DIGEST_PREFIX, hex, NULL);
}

char *
entente_document_compute_digest (EntenteDocument *doc)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), NULL);

  return digest_of (doc, NULL);
}

/* The texts that were signed, by digest, for as long as the document is
 * open: an outdated sign-off can then say what changed since.  The file
 * keeps only the digests, so a text signed in an earlier session is known
 * only when it is the one read from the file. */
#define SIGNED_TEXTS "entente-signed-texts"

static GHashTable *
signed_texts (EntenteDocument *doc)
{
  GHashTable *texts = g_object_get_data (G_OBJECT (doc), SIGNED_TEXTS);

  if (texts == NULL)
    {
      texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
      g_object_set_data_full (G_OBJECT (doc), SIGNED_TEXTS, texts, (GDestroyNotify) g_hash_table_unref);
    }

  return texts;
}

/**
 * entente_document_remember_signed_text:
 *
 * Keeps the current text if a sign-off names it, as after reading a file;
 * cheap when nobody has signed.
 */
void
entente_document_remember_signed_text (EntenteDocument *doc)
{
  GListModel *approvals;
  g_autoptr(GBytes) content = NULL;
  g_autofree char *digest = NULL;

  g_return_if_fail (ENTENTE_IS_DOCUMENT (doc));

  approvals = entente_document_get_approvals (doc);
  if (g_list_model_get_n_items (approvals) == 0)
    return;

  digest = digest_of (doc, &content);
  for (guint i = 0, n = g_list_model_get_n_items (approvals); i < n; i++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);

      if (g_strcmp0 (entente_approval_get_digest (approval), digest) == 0)
        {
          g_hash_table_replace (signed_texts (doc), g_strdup (digest), g_bytes_ref (content));
          return;
        }
    }
}

/* Whether the section of @id shows any part of what is signed. */
static gboolean
section_is_content (const char *id)
{
  EntenteSection section;
  const EntenteSectionInfo *info;

  if (!entente_section_from_id (id, &section))
    return TRUE;
  info = entente_section_get_info (section);
  for (guint i = 0; i < info->n_fields; i++)
    if (!(entente_item_type_get_field (ENTENTE_TYPE_DOCUMENT, info->fields[i])->flags & ENTENTE_FIELD_NOT_CONTENT))
      return TRUE;
  return FALSE;
}

/**
 * entente_document_changes_since_sign_off:
 *
 * Returns: (transfer container) (nullable) (element-type EntenteChange):
 *   what changed in the content since @party_id signed it, or %NULL when
 *   the party has not signed or its signed text is not known
 */
GPtrArray *
entente_document_changes_since_sign_off (EntenteDocument *doc,
                                         const char      *party_id)
{
  EntenteApproval *approval = NULL;
  GBytes *text;
  g_autoptr(EntenteDocument) signed_doc = NULL;
  GPtrArray *changes;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), NULL);

  entente_document_get_sign_off_state (doc, party_id, &approval);
  if (approval == NULL)
    return NULL;
  text = g_hash_table_lookup (signed_texts (doc), entente_approval_get_digest (approval));
  if (text != NULL)
    signed_doc = entente_document_new_from_bytes (text, "signed.entente", NULL);
  else
    /* Signed in an earlier session: the version may be in this person's
     * store, checked against its digest there. */
    signed_doc = entente_version_store_load (entente_approval_get_digest (approval), NULL);
  if (signed_doc == NULL)
    return NULL;

  /* Sign-offs, comments, the review's mapping and meetings are not the
   * signed text. */
  changes = entente_diff_documents (signed_doc, doc);
  for (guint i = changes->len; i > 0; i--)
    {
      EntenteChange *change = g_ptr_array_index (changes, i - 1);

      if (!section_is_content (change->section))
        g_ptr_array_remove_index (changes, i - 1);
    }

  return changes;
}

static gboolean signer_has_other_key (EntenteDocument *doc,
                                      EntenteApproval *approval);

/**
 * entente_document_find_approval:
 *
 * The approval of @party_id that counts: the latest one, the later in the
 * list on a tie.  The format allows one per party, but a document being
 * merged may briefly hold two.
 *
 * Returns: (transfer none) (nullable): the approval, or %NULL when
 *   @party_id has none
 */
EntenteApproval *
entente_document_find_approval (EntenteDocument *doc,
                                const char      *party_id)
{
  GListModel *approvals = entente_document_get_approvals (doc);
  EntenteApproval *found = NULL;

  for (guint i = 0, n = g_list_model_get_n_items (approvals); i < n; i++)
    {
      g_autoptr(EntenteApproval) approval = g_list_model_get_item (approvals, i);
      GDateTime *time;

      if (g_strcmp0 (entente_approval_get_party (approval), party_id) != 0)
        continue;

      time = entente_approval_get_time (approval);
      if (found == NULL || entente_approval_get_time (found) == NULL ||
          (time != NULL && g_date_time_compare (time, entente_approval_get_time (found)) >= 0))
        found = approval;
    }

  /* The list holds a reference for as long as the approval is in it. */
  return found;
}

/**
 * entente_document_get_sign_off_state:
 * @doc: a document
 * @party_id: the id of a party
 * @approval_out: (out) (optional) (transfer none) (nullable): the approval
 *   the state is about, %NULL when the party has not signed
 *
 * Whether @party_id signed the current content of @doc, and whether the
 * sign-off can be trusted, in this order: not signed; invalid when its
 * signature does not verify (tampered, or copied from another party or
 * agreement); outdated when the content changed since; unverified when it
 * was made before sign-offs were signed; key changed when the signer is
 * known (to this user, or in this document) by another key; new key when
 * the signer's key is not known yet; else signed, and valid.
 */
EntenteSignOffState
entente_document_get_sign_off_state (EntenteDocument  *doc,
                                     const char       *party_id,
                                     EntenteApproval **approval_out)
{
  EntenteApproval *approval;
  g_autofree char *digest = NULL;

  if (approval_out != NULL)
    *approval_out = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), ENTENTE_SIGN_OFF_NOT_SIGNED);
  g_return_val_if_fail (party_id != NULL, ENTENTE_SIGN_OFF_NOT_SIGNED);

  approval = entente_document_find_approval (doc, party_id);
  if (approval_out != NULL)
    *approval_out = approval;
  if (approval == NULL)
    return ENTENTE_SIGN_OFF_NOT_SIGNED;

  digest = entente_document_compute_digest (doc);

  return entente_document_check_approval (doc, approval, digest);
}

/**
 * entente_document_check_approval:
 * @approval: one of @doc's approvals
 * @digest: the digest of @doc's content now, computed once for many
 *
 * The state of one sign-off, as entente_document_get_sign_off_state()
 * tells it.
 */
EntenteSignOffState
entente_document_check_approval (EntenteDocument *doc,
                                 EntenteApproval *approval,
                                 const char      *digest)
{
  const char *key = entente_approval_get_key (approval);

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), ENTENTE_SIGN_OFF_NOT_SIGNED);
  g_return_val_if_fail (ENTENTE_IS_APPROVAL (approval), ENTENTE_SIGN_OFF_NOT_SIGNED);

  if (key != NULL || entente_approval_get_signature (approval) != NULL)
    {
      g_autoptr(GBytes) signed_bytes = entente_approval_signed_bytes (approval);

      if (!entente_public_key_verify (key, signed_bytes, entente_approval_get_signature (approval)))
        return ENTENTE_SIGN_OFF_INVALID;
    }

  /* A signed version the ancestry does not know was never a version of
   * this agreement: the sign-off was copied from another.  (A file
   * without ancestry cannot tell, and reads outdated.) */
  if (g_strcmp0 (entente_approval_get_digest (approval), digest) != 0)
    return g_list_model_get_n_items (entente_document_get_ancestry (doc)) > 0 &&
           !entente_ancestry_lists (doc, entente_approval_get_digest (approval)) &&
           g_strcmp0 (entente_document_get_version (doc), entente_approval_get_digest (approval)) != 0
           ? ENTENTE_SIGN_OFF_INVALID : ENTENTE_SIGN_OFF_OUTDATED;
  if (key == NULL)
    return ENTENTE_SIGN_OFF_UNVERIFIED;
  if (signer_has_other_key (doc, approval))
    return ENTENTE_SIGN_OFF_KEY_CHANGED;

  switch (entente_known_keys_check (entente_approval_get_signer (approval), key))
    {
    case ENTENTE_KEY_KNOWN:
      return ENTENTE_SIGN_OFF_SIGNED;
    case ENTENTE_KEY_OTHER:
      return ENTENTE_SIGN_OFF_KEY_CHANGED;
    case ENTENTE_KEY_UNKNOWN:
    default:
      return ENTENTE_SIGN_OFF_NEW_KEY;
    }
}

/* Whether another sign-off of @doc by the same person carries another
 * key: one of the two is not theirs. */
static gboolean
signer_has_other_key (EntenteDocument *doc,
                      EntenteApproval *approval)
{
  GListModel *approvals = entente_document_get_approvals (doc);
  g_autofree char *signer = g_utf8_casefold (entente_approval_get_signer (approval), -1);

  for (guint i = 0, n = g_list_model_get_n_items (approvals); i < n; i++)
    {
      g_autoptr(EntenteApproval) other = g_list_model_get_item (approvals, i);
      g_autofree char *other_signer = g_utf8_casefold (entente_approval_get_signer (other), -1);

      if (other != approval && entente_approval_get_key (other) != NULL &&
          g_str_equal (signer, other_signer) &&
          g_strcmp0 (entente_approval_get_key (other), entente_approval_get_key (approval)) != 0)
        return TRUE;
    }

  return FALSE;
}

static char *
list_party_ids (EntenteDocument *doc)
{
  GListModel *parties = entente_document_get_parties (doc);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0, n = g_list_model_get_n_items (parties); i < n; i++)
    {
      g_autoptr(EntenteParty) party = g_list_model_get_item (parties, i);

      if (ids->len > 0)
        g_string_append (ids, ", ");
      g_string_append (ids, entente_party_get_id (party));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* Now, in UTC and to the second: what the file can hold, so that the
 * approval in memory equals the one read back. */
static GDateTime *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (now),
                              g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now),
                              g_date_time_get_hour (now),
                              g_date_time_get_minute (now),
                              g_date_time_get_second (now));
}

/**
 * entente_document_can_approve:
 *
 * Whether @party_id can sign @doc as it stands: the party exists and no
 * merge conflict is left.  Asked before a key is fetched or made, so
 * that a sign-off refused anyway makes none.
 */
gboolean
entente_document_can_approve (EntenteDocument  *doc,
                              const char       *party_id,
                              GError          **error)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (party_id != NULL, FALSE);

  if (entente_document_find_party (doc, party_id) == NULL)
    {
      g_autofree char *ids = list_party_ids (doc);

      if (*ids == '\0')
        g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE,
                     _("There is no party “%s” to sign for; the agreement has no parties yet."),
                     party_id);
      else
        g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE,
                     _("There is no party “%s” to sign for; the parties are: %s."),
                     party_id, ids);
      return FALSE;
    }

  /* Signing a text that still holds unresolved merge conflicts would sign
   * one side's guess at it. */
  if (entente_document_get_n_conflicts (doc) > 0)
    {
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   ngettext ("The agreement still has %u merge conflict; resolve it before signing.",
                             "The agreement still has %u merge conflicts; resolve them before signing.",
                             entente_document_get_n_conflicts (doc)),
                   entente_document_get_n_conflicts (doc));
      return FALSE;
    }

  return TRUE;
}

/**
 * entente_document_approve:
 * @doc: a document
 * @party_id: the id of the party that signs
 * @signer: who signs for it
 * @role: (nullable): the signer's role
 * @key: the signer's own key, which signs the approval
 *
 * Signs the current content of @doc for @party_id, now: adds an approval
 * with the current digest, in place of any earlier one of the party.  The
 * change goes through the model, so it marks @doc modified and can be
 * undone; replacing is two edits (remove, insert), which an editor groups
 * into one step with entente_history_begin_group().
 *
 * Returns: (transfer none) (nullable): the new approval, held by @doc, or
 *   %NULL with @error set when there is no such party
 *   (%ENTENTE_CORE_ERROR_REFERENCE) or @signer is empty
 *   (%ENTENTE_CORE_ERROR_INVALID)
 */
EntenteApproval *
entente_document_approve (EntenteDocument  *doc,
                          const char       *party_id,
                          const char       *signer,
                          const char       *role,
                          EntenteSigningKey *key,
                          GError          **error)
{
  g_autoptr(EntenteApproval) approval = NULL;
  g_autoptr(GBytes) signed_bytes = NULL;
  g_autofree char *signature = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *signer_text = NULL;
  g_autofree char *role_text = NULL;
  GListModel *approvals;
  guint position = G_MAXUINT;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (party_id != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!entente_document_can_approve (doc, party_id, error))
    return NULL;

  /* A name of blanks would be a signature by nobody. */
  signer_text = g_strstrip (g_strdup (signer != NULL ? signer : ""));
  if (*signer_text == '\0')
    {
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("A sign-off for %s needs the name of the signer."),
                   entente_document_party_team (doc, party_id));
      return NULL;
    }
  role_text = g_strstrip (g_strdup (role != NULL ? role : ""));

  /* The digest is taken before the approval is added, though approvals
   * are not part of it either way. */
  digest = entente_document_compute_digest (doc);
  time = now_utc ();

  /* Filled in before it joins the document, so that adding it is a
   * single edit. */
  approval = entente_approval_new ();
  entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_PARTY, party_id);
  entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_SIGNER, signer_text);
  if (*role_text != '\0')
    entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_ROLE, role_text);
  entente_item_set_boxed (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_TIME, time);
  entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_DIGEST, digest);
  entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_KEY, entente_signing_key_get_public (key));
  signed_bytes = entente_approval_signed_bytes (approval);
  signature = entente_signing_key_sign (key, signed_bytes, error);
  if (signature == NULL)
    return NULL;
  entente_item_set_string (ENTENTE_ITEM (approval), ENTENTE_APPROVAL_FIELD_SIGNATURE, signature);
  entente_ancestry_note_signed (doc, digest);
  /* One's own key is known to be one's own, under no one's name. */
  entente_known_keys_add_own (entente_signing_key_get_public (key), NULL);

  /* The new sign-off takes the place of the party's earlier ones, last
   * to first so that the positions still to visit stay valid. */
  approvals = entente_document_get_approvals (doc);
  for (guint i = g_list_model_get_n_items (approvals); i > 0; i--)
    {
      g_autoptr(EntenteApproval) old = g_list_model_get_item (approvals, i - 1);

      if (g_strcmp0 (entente_approval_get_party (old), party_id) == 0)
        {
          entente_item_remove (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_APPROVALS, i - 1);
          position = i - 1;
        }
    }
  entente_item_insert (ENTENTE_ITEM (doc), ENTENTE_DOCUMENT_FIELD_APPROVALS, position,
                       ENTENTE_ITEM (approval));
  entente_document_remember_signed_text (doc);

  return approval;
}

/**
 * entente_document_confirm_sign_off_key:
 * @party_id: the party whose sign-off's key the user compared with its
 *   signer
 *
 * Records the key of @party_id's sign-off as its signer's, in this
 * user's known keys.  Only a key whose signature verifies is worth
 * recording: not that of an invalid or unverified sign-off.
 */
gboolean
entente_document_confirm_sign_off_key (EntenteDocument  *doc,
                                       const char       *party_id,
                                       GError          **error)
{
  EntenteApproval *approval = NULL;
  EntenteSignOffState state;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (party_id != NULL, FALSE);

  state = entente_document_get_sign_off_state (doc, party_id, &approval);
  if (state == ENTENTE_SIGN_OFF_NOT_SIGNED || state == ENTENTE_SIGN_OFF_INVALID ||
      state == ENTENTE_SIGN_OFF_UNVERIFIED)
    {
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("%s has no sign-off whose key could be confirmed."),
                   entente_document_party_team (doc, party_id));
      return FALSE;
    }

  return entente_known_keys_add (entente_approval_get_signer (approval), entente_approval_get_key (approval), error);
}
