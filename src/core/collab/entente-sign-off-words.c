/* entente-sign-off-words.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-diff.h"
#include "entente-digest.h"
#include "entente-known-keys.h"
#include "entente-meta.h"
#include "entente-sign-off-words.h"
#include "entente-signing-key.h"
#include "entente-time-zone.h"

/* What people read about a sign-off, the same in the window, the PDF,
 * the HTML and the Markdown: a short name for each state, a sentence
 * that says who signed and whether it can be trusted, and what to do
 * about it.  A sign-off that is not valid never reads as plain
 * "signed".  Each function writes in @locale (%NULL: the language in
 * force on the thread), so that an export reads in its document's
 * language; dates come formatted by the caller, who knows the zone they
 * are to be read in. */

/**
 * entente_sign_off_state_label:
 * @locale: (nullable): the language to write in
 *
 * Returns: the short name of @state, for a column or a badge: "Valid",
 *   "New key", "Key changed", "Invalid", "Outdated", "Unverified" or
 *   "Not signed"
 */
const char *
entente_sign_off_state_label (EntenteLocale       *locale,
                              EntenteSignOffState  state)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);

  /* Translators: the short names of where a sign-off stands, in a
   * column or a badge of the sign-off list and the agreement's audit */
  switch (state)
    {
    case ENTENTE_SIGN_OFF_SIGNED:
      return C_("sign-off state", "Valid");
    case ENTENTE_SIGN_OFF_NEW_KEY:
      return C_("sign-off state", "New key");
    case ENTENTE_SIGN_OFF_KEY_CHANGED:
      return C_("sign-off state", "Key changed");
    case ENTENTE_SIGN_OFF_INVALID:
      return C_("sign-off state", "Invalid");
    case ENTENTE_SIGN_OFF_OUTDATED:
      return C_("sign-off state", "Outdated");
    case ENTENTE_SIGN_OFF_UNVERIFIED:
      return C_("sign-off state", "Unverified");
    case ENTENTE_SIGN_OFF_NOT_SIGNED:
    default:
      return C_("sign-off state", "Not signed");
    }
}

/**
 * entente_sign_off_fingerprint:
 * @approval: (nullable): a sign-off
 *
 * Returns: (transfer full) (nullable): the fingerprint of the key that
 *   made @approval, "3A7F 91C2 …", or %NULL when it carries none (or
 *   one that is not a key)
 */
char *
entente_sign_off_fingerprint (EntenteApproval *approval)
{
  const char *key = approval != NULL ? entente_approval_get_key (approval) : NULL;

  return key != NULL ? entente_public_key_fingerprint (key) : NULL;
}

static const char *
signer_of (EntenteApproval *approval)
{
  const char *signer = approval != NULL ? entente_approval_get_signer (approval) : NULL;

  return signer != NULL && *signer != '\0' ? signer : _("Someone");
}

static char *
describe_outdated (EntenteDocument *document,
                   EntenteApproval *approval,
                   const char      *signer,
                   const char      *when)
{
  g_autoptr(GPtrArray) changes = NULL;

  if (document != NULL && entente_approval_get_party (approval) != NULL)
    changes = entente_document_changes_since_sign_off (document, entente_approval_get_party (approval));

  /* Say what changed when the signed text is at hand. */
  if (changes != NULL && changes->len > 0)
    return g_strdup_printf (ngettext ("Signed by %s on %s — outdated by %u change since: %s",
                                      "Signed by %s on %s — outdated by %u changes since, first: %s",
                                      changes->len),
                            signer, when, changes->len,
                            ((EntenteChange *) g_ptr_array_index (changes, 0))->message);

  return g_strdup_printf (_("Signed by %s on %s — outdated: the agreement changed since"),
                          signer, when);
}

/**
 * entente_sign_off_state_describe:
 * @locale: (nullable): the language to write in
 * @document: (nullable): the agreement, to say what changed since an
 *   outdated sign-off
 * @state: where the sign-off stands, from
 *   entente_document_get_sign_off_state()
 * @approval: (nullable): the sign-off it is about; %NULL when not signed
 * @when: (nullable): the moment of the sign-off as its reader is to read
 *   it, formatted by the caller ("3 Jan 2027")
 *
 * Returns: (transfer full): one sentence that says who signed, when, and
 *   whether the sign-off can be trusted: "Signed by Priya Raman on 3 Jan
 *   2027 with a key not confirmed yet: 3A7F 91C2 …"
 */
char *
entente_sign_off_state_describe (EntenteLocale       *locale,
                                 EntenteDocument     *document,
                                 EntenteSignOffState  state,
                                 EntenteApproval     *approval,
                                 const char          *when)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
  g_autofree char *fingerprint = NULL;
  const char *signer;

  g_return_val_if_fail (document == NULL || ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (approval == NULL || ENTENTE_IS_APPROVAL (approval), NULL);

  if (state == ENTENTE_SIGN_OFF_NOT_SIGNED || approval == NULL)
    return g_strdup (_("Not signed yet"));

  signer = signer_of (approval);
  if (when == NULL)
    when = _("an unknown date");
  fingerprint = entente_sign_off_fingerprint (approval);

  switch (state)
    {
    case ENTENTE_SIGN_OFF_OUTDATED:
      return describe_outdated (document, approval, signer, when);
    case ENTENTE_SIGN_OFF_NEW_KEY:
      /* Translators: the signer, the date, then the key's fingerprint,
       * groups of four hexadecimal digits */
      return g_strdup_printf (_("Signed by %s on %s with a key not confirmed yet: %s"),
                              signer, when, fingerprint ? fingerprint : "");
    case ENTENTE_SIGN_OFF_KEY_CHANGED:
      /* Translators: as SSH warns of a changed host key: the signer,
       * the date, then the signer again */
      return g_strdup_printf (_("Signed by %s on %s with a different key than before — this may not be %s"),
                              signer, when, signer);
    case ENTENTE_SIGN_OFF_INVALID:
      return g_strdup (_("This sign-off does not verify: it was altered or copied from elsewhere"));
    case ENTENTE_SIGN_OFF_UNVERIFIED:
      return g_strdup_printf (_("Signed by %s on %s, before Entente signed sign-offs: not verified"),
                              signer, when);
    case ENTENTE_SIGN_OFF_SIGNED:
    case ENTENTE_SIGN_OFF_NOT_SIGNED:
    default:
      return g_strdup_printf (_("Signed by %s on %s"), signer, when);
    }
}

/**
 * entente_sign_off_state_advice:
 * @locale: (nullable): the language to write in
 *
 * Returns: (transfer full) (nullable): what the reader can do about a
 *   sign-off in @state, one sentence, or %NULL when nothing is to be done
 *   (valid, not signed)
 */
char *
entente_sign_off_state_advice (EntenteLocale       *locale,
                               EntenteSignOffState  state,
                               EntenteApproval     *approval)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
  const char *signer = signer_of (approval);

  switch (state)
    {
    case ENTENTE_SIGN_OFF_NEW_KEY:
      return g_strdup_printf (_("Compare the fingerprint with %s, by phone or in person, then confirm it."),
                              signer);
    case ENTENTE_SIGN_OFF_KEY_CHANGED:
      return g_strdup_printf (_("Ask %s whether they replaced their key before you rely on this sign-off."),
                              signer);
    case ENTENTE_SIGN_OFF_INVALID:
    case ENTENTE_SIGN_OFF_UNVERIFIED:
    case ENTENTE_SIGN_OFF_OUTDATED:
      return g_strdup (_("Ask for a new sign-off of the agreement as it stands."));
    case ENTENTE_SIGN_OFF_SIGNED:
    case ENTENTE_SIGN_OFF_NOT_SIGNED:
    default:
      return NULL;
    }
}

/**
 * entente_sign_off_leader_warning:
 * @locale: (nullable): the language to write in
 * @party: the party signed for
 * @signer: who signs
 *
 * Anyone may sign for a party (a deputy, a leader who changed), but the
 * one who does should know when they are not the party's leader.
 * Names compare as people write them (entente_known_keys_name_equal()).
 *
 * Returns: (transfer full) (nullable): "You are signing for Sales, whose
 *   leader is Priya Raman.", or %NULL when @signer is the leader or the
 *   party names none
 */
char *
entente_sign_off_leader_warning (EntenteLocale *locale,
                                 EntenteParty  *party,
                                 const char    *signer)
{
  g_autoptr(EntenteLocaleScope) scope = entente_locale_scope_enter (locale);
  const char *leader;
  g_autofree char *leader_text = NULL;

  g_return_val_if_fail (ENTENTE_IS_PARTY (party), NULL);

  leader = entente_party_get_leader (party);
  leader_text = g_strstrip (g_strdup (leader != NULL ? leader : ""));
  if (*leader_text == '\0' || entente_known_keys_name_equal (leader_text, signer != NULL ? signer : ""))
    return NULL;

  /* Translators: the party's team, then its leader's name */
  return g_strdup_printf (_("You are signing for %s, whose leader is %s."),
                          entente_party_get_team (party), leader_text);
}

/* What each state of a sign-off (see entente_document_get_sign_off_state())
 * is called where people read it: a word inside a sentence, as the diff
 * writes “Approvals: added Dana Whitfield (valid)”, and a sentence that
 * says what the state means, for the exports and the PDF's audit page.
 * Never just “signed”: a sign-off is valid, or it says what is wrong. */

/**
 * entente_sign_off_state_word:
 *
 * Returns: the state in a word or two, as `entente-cli verify` lists it
 *   and inside a sentence: “valid”, “outdated”, “invalid”
 */
const char *
entente_sign_off_state_word (EntenteSignOffState state)
{
  /* Translators: the state of a sign-off, inside a sentence, as in
   * “Approvals: added Dana Whitfield (valid)” */
  switch (state)
    {
    case ENTENTE_SIGN_OFF_SIGNED:
      return C_("sign-off state", "valid");
    case ENTENTE_SIGN_OFF_OUTDATED:
      return C_("sign-off state", "outdated");
    case ENTENTE_SIGN_OFF_NEW_KEY:
      return C_("sign-off state", "new key");
    case ENTENTE_SIGN_OFF_KEY_CHANGED:
      return C_("sign-off state", "key changed");
    case ENTENTE_SIGN_OFF_INVALID:
      return C_("sign-off state", "invalid");
    case ENTENTE_SIGN_OFF_UNVERIFIED:
      return C_("sign-off state", "unverified");
    case ENTENTE_SIGN_OFF_NOT_SIGNED:
    default:
      return C_("sign-off state", "not signed");
    }
}

/**
 * entente_sign_off_state_explanation:
 *
 * Returns: a sentence that names the state and says what it means:
 *   “Outdated: the agreement changed after this sign-off; …”
 */
const char *
entente_sign_off_state_explanation (EntenteSignOffState state)
{
  switch (state)
    {
    case ENTENTE_SIGN_OFF_SIGNED:
      return _("Valid: the signature verifies, the text is the one signed, and the key is the one known for this signer.");
    case ENTENTE_SIGN_OFF_OUTDATED:
      return _("Outdated: the agreement changed after this sign-off; the party must sign again.");
    case ENTENTE_SIGN_OFF_NEW_KEY:
      return _("New key: the signature verifies, but this signer’s key is not confirmed yet; compare its fingerprint with them.");
    case ENTENTE_SIGN_OFF_KEY_CHANGED:
      return _("Key changed: this signer signed with another key before; ask them before trusting this sign-off.");
    case ENTENTE_SIGN_OFF_INVALID:
      return _("Invalid: the signature does not verify; this sign-off was altered or copied from elsewhere.");
    case ENTENTE_SIGN_OFF_UNVERIFIED:
      return _("Unverified: made before sign-offs were signed, so nothing shows who gave it.");
    case ENTENTE_SIGN_OFF_NOT_SIGNED:
    default:
      return _("Not signed yet");
    }
}

/**
 * entente_sign_off_state_holds:
 *
 * Whether a sign-off in @state is one of the text as it stands, by a
 * signature that verifies (or one made before signatures): what a change
 * or a merge can take away, leaving it outdated or invalid.
 */
gboolean
entente_sign_off_state_holds (EntenteSignOffState state)
{
  return state != ENTENTE_SIGN_OFF_NOT_SIGNED &&
         state != ENTENTE_SIGN_OFF_OUTDATED &&
         state != ENTENTE_SIGN_OFF_INVALID;
}

/**
 * entente_sign_off_state_asks_confirmation:
 *
 * Whether a sign-off in @state waits on the user to compare its key with
 * its signer: a key new to them, or a known signer's changed one.
 */
gboolean
entente_sign_off_state_asks_confirmation (EntenteSignOffState state)
{
  return state == ENTENTE_SIGN_OFF_NEW_KEY || state == ENTENTE_SIGN_OFF_KEY_CHANGED;
}

/**
 * entente_sign_off_state_wants_lines:
 *
 * Whether an agreement on paper leaves a party lines to sign on: unless
 * its sign-off is valid, what was recorded is not (yet) a signature of
 * this text by a key the reader knows, and the page is where to give one.
 */
gboolean
entente_sign_off_state_wants_lines (EntenteSignOffState state)
{
  return state != ENTENTE_SIGN_OFF_SIGNED;
}

/**
 * entente_approval_get_local_time:
 * @approval: an approval
 * @doc: the document it belongs to
 *
 * The document, not the machine, decides how it reads: a sign-off's
 * moment is given in the agreement's time zone, or in UTC when it has
 * none (or one this system does not know).
 *
 * Returns: (transfer full) (nullable): when @approval was signed, in the
 *   time zone of @doc; %NULL when it has no time
 */
GDateTime *
entente_approval_get_local_time (EntenteApproval *approval,
                                 EntenteDocument *doc)
{
  GDateTime *time;
  g_autoptr(GTimeZone) zone = NULL;

  g_return_val_if_fail (ENTENTE_IS_APPROVAL (approval), NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), NULL);

  time = entente_approval_get_time (approval);
  if (time == NULL)
    return NULL;

  zone = entente_document_get_time_zone (doc);

  return g_date_time_to_timezone (time, zone);
}
