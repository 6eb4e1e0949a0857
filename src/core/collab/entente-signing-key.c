/* entente-signing-key.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <string.h>

#include "entente-ed25519-point.h"
#include "entente-error.h"
#include "entente-gnutls-private.h"
#include "entente-signing-key.h"

/* A person's Ed25519 key pair, and checking what a public key signed.
 * All the cryptography is GnuTLS's; this file only moves bytes between
 * its key objects and the base64 texts a file and a keyring hold.
 *
 * A key is kept as text: "ed25519:" then the base64 of the 32-byte
 * public key, ":" and the base64 of the 32-byte private key. */

#define TEXT_PREFIX "ed25519:"

struct _EntenteSigningKey
{
  gnutls_privkey_t  private_key;
  char             *public_text;   /* base64 of the raw public key */
};

void
entente_signing_key_free (EntenteSigningKey *self)
{
  if (self == NULL)
    return;
  /* A key was made with GnuTLS, which is loaded then. */
  if (self->private_key != NULL)
    entente_gnutls_get (NULL)->privkey_deinit (self->private_key);
  g_free (self->public_text);
  g_free (self);
}

static gboolean
failed (int       code,
        GError  **error)
{
  if (code >= 0)
    return FALSE;
  g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
               _("The signing key could not be used: %s"), entente_gnutls_get (NULL)->strerror (code));
  return TRUE;
}

/* Fills in the public half, read back from GnuTLS's key. */
static gboolean
take_public (EntenteSigningKey  *self,
             GError            **error)
{
  const EntenteGnutls *tls = entente_gnutls_get (NULL);
  gnutls_datum_t x = { NULL, 0 };
  gnutls_ecc_curve_t curve;

  if (failed (tls->privkey_export_ecc_raw2 (self->private_key, &curve, &x, NULL, NULL, 0), error))
    return FALSE;
  if (curve != GNUTLS_ECC_CURVE_ED25519 || x.size != ENTENTE_PUBLIC_KEY_SIZE)
    {
      (*tls->free) (x.data);
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("The signing key is not an Ed25519 key."));
      return FALSE;
    }
  self->public_text = g_base64_encode (x.data, x.size);
  (*tls->free) (x.data);

  return TRUE;
}

/**
 * entente_signing_key_generate:
 *
 * Returns: (transfer full) (nullable): a new key pair, from GnuTLS's
 *   random generator
 */
EntenteSigningKey *
entente_signing_key_generate (GError **error)
{
  const EntenteGnutls *tls = entente_gnutls_get (error);
  g_autoptr(EntenteSigningKey) self = NULL;

  if (tls == NULL)
    return NULL;
  self = g_new0 (EntenteSigningKey, 1);

  if (failed (tls->privkey_init (&self->private_key), error) ||
      failed (tls->privkey_generate2 (self->private_key, GNUTLS_PK_EDDSA_ED25519, 0, 0, NULL, 0), error) ||
      !take_public (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

static guchar *
decode (const char *text,
        gsize       size)
{
  gsize length = 0;
  guchar *bytes;

  if (!entente_base64_is_bytes (text, size))
    return NULL;
  bytes = g_base64_decode (text, &length);
  if (length != size)
    g_clear_pointer (&bytes, g_free);

  return bytes;
}

/**
 * entente_signing_key_new_from_text:
 * @text: a key as entente_signing_key_to_text() wrote it
 *
 * Returns: (transfer full) (nullable): the key, or %NULL with @error set
 *   when @text is not one
 */
EntenteSigningKey *
entente_signing_key_new_from_text (const char  *text,
                                   GError     **error)
{
  g_autoptr(EntenteSigningKey) self = NULL;
  const EntenteGnutls *tls;
  g_auto(GStrv) parts = NULL;
  g_autofree guchar *x = NULL;
  g_autofree guchar *k = NULL;
  gnutls_datum_t x_datum, k_datum;

  if (text == NULL || !g_str_has_prefix (text, TEXT_PREFIX) ||
      (parts = g_strsplit (text + strlen (TEXT_PREFIX), ":", 3)) == NULL ||
      g_strv_length (parts) != 2 ||
      (x = decode (parts[0], ENTENTE_PUBLIC_KEY_SIZE)) == NULL ||
      (k = decode (parts[1], ENTENTE_PRIVATE_KEY_SIZE)) == NULL)
    {
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("The stored signing key is damaged."));
      return NULL;
    }

  tls = entente_gnutls_get (error);
  if (tls == NULL)
    return NULL;
  self = g_new0 (EntenteSigningKey, 1);
  x_datum = (gnutls_datum_t) { x, ENTENTE_PUBLIC_KEY_SIZE };
  k_datum = (gnutls_datum_t) { k, ENTENTE_PRIVATE_KEY_SIZE };
  if (failed (tls->privkey_init (&self->private_key), error) ||
      failed (tls->privkey_import_ecc_raw (self->private_key, GNUTLS_ECC_CURVE_ED25519,
                                             &x_datum, NULL, &k_datum), error) ||
      !take_public (self, error))
    return NULL;

  /* A private key stored with another's public half would sign what the
   * named key does not verify: GnuTLS takes both halves as given, so
   * the pair is tried on a message. */
  {
    g_autoptr(GBytes) probe = g_bytes_new_static ("entente-key-check", 17);
    g_autofree char *signature = entente_signing_key_sign (self, probe, NULL);

    if (signature == NULL || !entente_public_key_verify (self->public_text, probe, signature))
      {
        g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                     _("The stored signing key is damaged."));
        return NULL;
      }
  }
  if (g_strcmp0 (self->public_text, parts[0]) != 0)
    {
      g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_INVALID,
                   _("The stored signing key is damaged."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * entente_signing_key_to_text:
 *
 * Returns: (transfer full): the key pair as text, for a keyring or a file
 *   only its owner can read
 */
char *
entente_signing_key_to_text (EntenteSigningKey *self)
{
  const EntenteGnutls *tls = entente_gnutls_get (NULL);
  gnutls_datum_t k = { NULL, 0 };
  g_autofree char *private_text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (tls->privkey_export_ecc_raw2 (self->private_key, NULL, NULL, NULL, &k, 0) < 0)
    return NULL;
  private_text = g_base64_encode (k.data, k.size);
  tls->memset (k.data, 0, k.size);
  (*tls->free) (k.data);

  return g_strconcat (TEXT_PREFIX, self->public_text, ":", private_text, NULL);
}

/**
 * entente_signing_key_get_public:
 *
 * Returns: the base64 of the raw 32-byte public key
 */
const char *
entente_signing_key_get_public (EntenteSigningKey *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->public_text;
}

/**
 * entente_signing_key_sign:
 *
 * Returns: (transfer full) (nullable): the base64 of the 64-byte Ed25519
 *   signature of @message
 */
char *
entente_signing_key_sign (EntenteSigningKey  *self,
                          GBytes             *message,
                          GError            **error)
{
  const EntenteGnutls *tls = entente_gnutls_get (error);
  gsize size;
  gnutls_datum_t data;
  gnutls_datum_t signature = { NULL, 0 };
  char *text;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  if (tls == NULL)
    return NULL;

  data.data = (unsigned char *) g_bytes_get_data (message, &size);
  data.size = (unsigned int) size;
  if (failed (tls->privkey_sign_data2 (self->private_key, GNUTLS_SIGN_EDDSA_ED25519, 0, &data, &signature), error))
    return NULL;
  text = g_base64_encode (signature.data, signature.size);
  (*tls->free) (signature.data);

  return text;
}

/**
 * entente_public_key_verify:
 * @public_key: the base64 of a raw Ed25519 public key
 * @signature: the base64 of a signature
 *
 * Returns: whether @signature is @public_key's signature of @message;
 *   %FALSE for anything malformed
 */
gboolean
entente_public_key_verify (const char *public_key,
                           GBytes     *message,
                           const char *signature)
{
  g_autofree guchar *x = decode (public_key, ENTENTE_PUBLIC_KEY_SIZE);
  g_autofree guchar *sig = decode (signature, ENTENTE_SIGNATURE_SIZE);
  const EntenteGnutls *tls = entente_gnutls_get (NULL);
  gnutls_pubkey_t pubkey = NULL;
  gnutls_datum_t x_datum, sig_datum, data;
  gsize size;
  gboolean ok;

  if (x == NULL || sig == NULL || message == NULL || tls == NULL)
    return FALSE;

  x_datum = (gnutls_datum_t) { x, ENTENTE_PUBLIC_KEY_SIZE };
  sig_datum = (gnutls_datum_t) { sig, ENTENTE_SIGNATURE_SIZE };
  data.data = (unsigned char *) g_bytes_get_data (message, &size);
  data.size = (unsigned int) size;

  ok = tls->pubkey_init (&pubkey) >= 0 &&
       tls->pubkey_import_ecc_raw (pubkey, GNUTLS_ECC_CURVE_ED25519, &x_datum, NULL) >= 0 &&
       tls->pubkey_verify_data2 (pubkey, GNUTLS_SIGN_EDDSA_ED25519, 0, &data, &sig_datum) >= 0;
  if (pubkey != NULL)
    tls->pubkey_deinit (pubkey);

  return ok;
}

/**
 * entente_public_key_fingerprint:
 *
 * The first 16 bytes of the SHA-256 of the raw key, as eight groups of
 * four upper-case hexadecimal digits: short enough to read out over the
 * phone, long enough that no one finds another key with the same.
 *
 * Returns: (transfer full) (nullable): the fingerprint, or %NULL for a
 *   malformed key
 */
char *
entente_public_key_fingerprint (const char *public_key)
{
  g_autofree guchar *x = decode (public_key, ENTENTE_PUBLIC_KEY_SIZE);
  g_autoptr(GChecksum) checksum = NULL;
  guint8 digest[32];
  gsize length = sizeof digest;
  GString *s;

  if (x == NULL)
    return NULL;
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, x, ENTENTE_PUBLIC_KEY_SIZE);
  g_checksum_get_digest (checksum, digest, &length);

  s = g_string_new (NULL);
  for (guint i = 0; i < 16; i += 2)
    {
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append_printf (s, "%02X%02X", digest[i], digest[i + 1]);
    }

  return g_string_free (s, FALSE);
}

/**
 * entente_public_key_check:
 * @public_key: what a file gives as the base64 of a public key
 * @problem: (out): a phrase for the reader's message when it is not one
 *
 * A key that is not the base64 of 32 bytes, or whose 32 bytes are no
 * point of the curve, is the file's fault, told where it is read; a key
 * that is one but did not make the signature is a sign-off's state.
 *
 * Returns: whether @public_key can be an Ed25519 public key
 */
gboolean
entente_public_key_check (const char  *public_key,
                          char       **problem)
{
  g_autofree guchar *bytes = decode (public_key, ENTENTE_PUBLIC_KEY_SIZE);

  if (bytes == NULL)
    {
      *problem = g_strdup_printf (_("a signing key is the base64 of %d bytes"), ENTENTE_PUBLIC_KEY_SIZE);
      return FALSE;
    }
  if (entente_ed25519_is_point (bytes) == ENTENTE_POINT_INVALID)
    {
      *problem = g_strdup (_("these 32 bytes are not an Ed25519 public key: they are not a point of its curve"));
      return FALSE;
    }

  return TRUE;
}

/**
 * entente_base64_is_bytes:
 *
 * Returns: whether @text is the padded base64 of exactly @size bytes
 */
gboolean
entente_base64_is_bytes (const char *text,
                         gsize       size)
{
  gsize expected = (size + 2) / 3 * 4;
  gsize padding = (3 - size % 3) % 3;

  if (text == NULL || strlen (text) != expected)
    return FALSE;
  for (gsize i = 0; i < expected; i++)
    {
      gboolean pad = i >= expected - padding;

      if (pad ? text[i] != '=' : !(g_ascii_isalnum (text[i]) || text[i] == '+' || text[i] == '/'))
        return FALSE;
    }

  return TRUE;
}

/**
 * entente_public_key_export:
 * @public_key: the base64 of a public key
 * @name: (nullable): whose key it is, as they sign
 *
 * A public key as a person sends it to colleagues, so that they can
 * compare it with the key of that person's sign-offs: a few lines of
 * "Field: value", the same in every language, as programs read them.
 *
 * Returns: (transfer full): the text, ending in a line feed
 */
char *
entente_public_key_export (const char *public_key,
                           const char *name)
{
  g_autofree char *fingerprint = NULL;
  g_autofree char *one_line_name = NULL;

  g_return_val_if_fail (public_key != NULL, NULL);

  fingerprint = entente_public_key_fingerprint (public_key);
  one_line_name = g_strdelimit (g_strdup (name != NULL ? name : ""), "\r\n", ' ');

  return g_strdup_printf ("Entente public signing key (Ed25519)\n"
                          "Name: %s\n"
                          "Key: %s\n"
                          "Fingerprint: %s\n",
                          g_strstrip (one_line_name), public_key, fingerprint != NULL ? fingerprint : "");
}
