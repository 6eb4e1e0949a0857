/* entente-ed25519-point.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "entente-signing-key.h"

G_BEGIN_DECLS

typedef enum
{
  ENTENTE_POINT_VALID,
  ENTENTE_POINT_INVALID,
  ENTENTE_POINT_UNKNOWN,
} EntentePointCheck;

EntentePointCheck entente_ed25519_is_point (const guint8 key[ENTENTE_PUBLIC_KEY_SIZE]);

G_END_DECLS
