/* entente-actuals-header.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-actuals-mapping.h"
#include "entente-csv-reader.h"
#include "entente-document.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray             *columns;   /* char *: the header's column names */
  EntenteActualsMapping *detected;  /* what the header alone maps */
  EntenteActualsMapping *mapping;   /* that, with what the agreement keeps on top */
} EntenteActualsHeader;

EntenteActualsHeader *entente_actuals_header_read (EntenteCsvReader      *reader,
                                                   const char            *name,
                                                   EntenteDocument       *document,
                                                   GError               **error);
void                  entente_actuals_header_free (EntenteActualsHeader  *self);
int                   entente_actuals_header_find (GPtrArray             *columns,
                                                   const char            *column,
                                                   int                   *other);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteActualsHeader, entente_actuals_header_free)

G_END_DECLS
