/* entente-sign-off-state.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-meta.h"
#include "entente-sign-off-state.h"

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
  const char *identifier;
  g_autoptr(GTimeZone) zone = NULL;

  g_return_val_if_fail (ENTENTE_IS_APPROVAL (approval), NULL);
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), NULL);

  time = entente_approval_get_time (approval);
  if (time == NULL)
    return NULL;

  identifier = entente_meta_get_timezone (entente_document_get_meta (doc));
  if (identifier != NULL && *identifier != '\0')
    zone = g_time_zone_new_identifier (identifier);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();

  return g_date_time_to_timezone (time, zone);
}
