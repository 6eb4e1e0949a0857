/* entente-ed25519-point.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>
#include <gmp.h>
#include <string.h>

#include "entente-ed25519-point.h"

/* Whether 32 bytes can be an Ed25519 public key at all, so that a file
 * holding one that cannot is refused when it is read, with its place,
 * rather than shown as a tampered sign-off.  GnuTLS checks this only
 * while it verifies a signature (gnutls_pubkey_verify_params() accepts
 * any 32 bytes for EdDSA), where the failure cannot be told from a wrong
 * signature.
 *
 * The test is RFC 8032's decoding of a point (§5.1.3, steps 1 to 4),
 * stopped before the square root is taken: the key is y, below
 * p = 2^255 - 19, and the sign of x; x^2 = (y^2 - 1) / (d y^2 + 1) must
 * have a root modulo p, which is what the Jacobi symbol says, and x = 0
 * has no negative.  Only public bytes pass through, so GMP's ordinary
 * (not constant-time) arithmetic is right for it.  GMP is loaded when
 * the first key is read, as GnuTLS is (entente-gnutls.c): it is already
 * GnuTLS's own arithmetic, in Debian and in the GNOME runtime. */

#define LIBRARY "libgmp.so.10"

typedef struct
{
  void (*init)      (mpz_ptr);
  void (*clear)     (mpz_ptr);
  void (*import)    (mpz_ptr, size_t, int, size_t, int, size_t, const void *);
  void (*set_ui)    (mpz_ptr, unsigned long);
  void (*ui_pow_ui) (mpz_ptr, unsigned long, unsigned long);
  void (*sub_ui)    (mpz_ptr, mpz_srcptr, unsigned long);
  void (*add_ui)    (mpz_ptr, mpz_srcptr, unsigned long);
  void (*mul)       (mpz_ptr, mpz_srcptr, mpz_srcptr);
  void (*mul_ui)    (mpz_ptr, mpz_srcptr, unsigned long);
  void (*sub)       (mpz_ptr, mpz_srcptr, mpz_srcptr);
  void (*mod)       (mpz_ptr, mpz_srcptr, mpz_srcptr);
  int  (*invert)    (mpz_ptr, mpz_srcptr, mpz_srcptr);
  int  (*jacobi)    (mpz_srcptr, mpz_srcptr);
  int  (*cmp)       (mpz_srcptr, mpz_srcptr);
} Gmp;

static Gmp gmp;

static gpointer
load (gpointer data)
{
  GModule *module = g_module_open (LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  struct { const char *name; gpointer *slot; } symbols[] = {
    { "__gmpz_init", (gpointer *) &gmp.init },
    { "__gmpz_clear", (gpointer *) &gmp.clear },
    { "__gmpz_import", (gpointer *) &gmp.import },
    { "__gmpz_set_ui", (gpointer *) &gmp.set_ui },
    { "__gmpz_ui_pow_ui", (gpointer *) &gmp.ui_pow_ui },
    { "__gmpz_sub_ui", (gpointer *) &gmp.sub_ui },
    { "__gmpz_add_ui", (gpointer *) &gmp.add_ui },
    { "__gmpz_mul", (gpointer *) &gmp.mul },
    { "__gmpz_mul_ui", (gpointer *) &gmp.mul_ui },
    { "__gmpz_sub", (gpointer *) &gmp.sub },
    { "__gmpz_mod", (gpointer *) &gmp.mod },
    { "__gmpz_invert", (gpointer *) &gmp.invert },
    { "__gmpz_jacobi", (gpointer *) &gmp.jacobi },
    { "__gmpz_cmp", (gpointer *) &gmp.cmp },
  };

  if (module == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (!g_module_symbol (module, symbols[i].name, symbols[i].slot) || *symbols[i].slot == NULL)
      return NULL;
  g_module_make_resident (module);

  return &gmp;
}

/**
 * entente_ed25519_is_point:
 * @key: the 32 bytes of a public key, as RFC 8032 encodes it
 *
 * Returns: %ENTENTE_POINT_VALID or %ENTENTE_POINT_INVALID, or
 *   %ENTENTE_POINT_UNKNOWN when GMP cannot be loaded (the signature check
 *   then still refuses what is not a point)
 */
EntentePointCheck
entente_ed25519_is_point (const guint8 key[ENTENTE_PUBLIC_KEY_SIZE])
{
  static GOnce once = G_ONCE_INIT;
  const Gmp *m = g_once (&once, load, NULL);
  guint8 y_bytes[ENTENTE_PUBLIC_KEY_SIZE];
  gboolean x_negative = (key[31] & 0x80) != 0;
  mpz_t p, y, d, u, v, t;
  EntentePointCheck result;

  if (m == NULL)
    return ENTENTE_POINT_UNKNOWN;

  memcpy (y_bytes, key, sizeof y_bytes);
  y_bytes[31] &= 0x7f;

  m->init (p); m->init (y); m->init (d); m->init (u); m->init (v); m->init (t);

  m->ui_pow_ui (p, 2, 255);
  m->sub_ui (p, p, 19);
  /* Little-endian, as the RFC writes y. */
  m->import (y, sizeof y_bytes, -1, 1, 0, 0, y_bytes);

  if (m->cmp (y, p) >= 0)
    result = ENTENTE_POINT_INVALID;
  else
    {
      /* d = -121665 / 121666 */
      m->set_ui (t, 121666);
      m->invert (d, t, p);
      m->mul_ui (d, d, 121665);
      m->mod (d, d, p);
      m->sub (d, p, d);

      /* u = y^2 - 1, v = d y^2 + 1; v is never 0 since d is no square. */
      m->mul (t, y, y);
      m->mod (t, t, p);
      m->sub_ui (u, t, 1);
      m->mod (u, u, p);
      m->mul (v, d, t);
      m->add_ui (v, v, 1);
      m->mod (v, v, p);

      if (mpz_sgn (u) == 0)
        /* x = 0, which has no negative. */
        result = x_negative ? ENTENTE_POINT_INVALID : ENTENTE_POINT_VALID;
      else
        {
          /* u / v is a square exactly when u v is. */
          m->mul (t, u, v);
          m->mod (t, t, p);
          result = m->jacobi (t, p) == 1 ? ENTENTE_POINT_VALID : ENTENTE_POINT_INVALID;
        }
    }

  m->clear (p); m->clear (y); m->clear (d); m->clear (u); m->clear (v); m->clear (t);

  return result;
}
