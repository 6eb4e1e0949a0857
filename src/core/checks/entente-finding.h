/* entente-finding.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-enums.h"
#include "entente-item.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_FINDING (entente_finding_get_type ())

/**
 * EntenteFinding:
 * @code: stable, for scripts and tests ("goal-below-plan")
 * @severity: errors make an SLA unfit to sign; warnings and suggestions
 *   do not
 * @section: the wizard step it concerns ("goals")
 * @item: (nullable): the item it concerns
 * @field: (nullable): the property of @item it concerns
 * @message: a translated sentence for the user
 */
typedef struct
{
  char            *code;
  EntenteSeverity  severity;
  char            *section;
  EntenteItem     *item;
  char            *field;
  char            *message;
} EntenteFinding;

GType           entente_finding_get_type   (void) G_GNUC_CONST;
EntenteFinding *entente_finding_new        (const char           *code,
                                            EntenteSeverity       severity,
                                            const char           *section,
                                            EntenteItem          *item,
                                            const char           *field,
                                            char                 *message);
EntenteFinding *entente_finding_copy       (const EntenteFinding *self);
void            entente_finding_free       (EntenteFinding       *self);
char           *entente_finding_item_key   (const EntenteFinding *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntenteFinding, entente_finding_free)

G_END_DECLS
