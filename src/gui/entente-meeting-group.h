/* entente-meeting-group.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "entente-core.h"

G_BEGIN_DECLS

#define ENTENTE_TYPE_MEETING_GROUP (entente_meeting_group_get_type ())

G_DECLARE_FINAL_TYPE (EntenteMeetingGroup, entente_meeting_group, ENTENTE, MEETING_GROUP, AdwPreferencesGroup)

void entente_meeting_group_set_review (EntenteMeetingGroup        *self,
                                       EntenteDocument            *document,
                                       const EntenteActualsReport *report,
                                       const char                 *export_name);

gboolean entente_meeting_group_has_unrecorded (EntenteMeetingGroup *self);
void     entente_meeting_group_record         (EntenteMeetingGroup *self);

G_END_DECLS
