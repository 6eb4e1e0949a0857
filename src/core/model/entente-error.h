/* entente-error.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ENTENTE_CORE_ERROR (entente_core_error_quark ())

/* Every message of this domain is a sentence for the user that starts with
 * the place of the problem, FILE:LINE:COLUMN, when there is one. */
typedef enum
{
  ENTENTE_CORE_ERROR_NOT_XML,          /* not well-formed, or refused by the parser's limits */
  ENTENTE_CORE_ERROR_NOT_SLA,          /* wrong root element or namespace */
  ENTENTE_CORE_ERROR_NEWER_FORMAT,     /* needs a newer Entente */
  ENTENTE_CORE_ERROR_INVALID,          /* breaks a rule of the format */
  ENTENTE_CORE_ERROR_REFERENCE,        /* dangling or duplicate id */
  ENTENTE_CORE_ERROR_UNSAFE,           /* DTDs and entities are refused */
  ENTENTE_CORE_ERROR_CHANGED_ON_DISK,  /* someone else saved the file since it was read */
  ENTENTE_CORE_ERROR_RECORD_TOO_LARGE, /* a CSV record beyond the reader's limits; reading goes on after it */
} EntenteCoreError;

GQuark entente_core_error_quark (void);

G_END_DECLS
