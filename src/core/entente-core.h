/* entente-core.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-accountability.h"
#include "entente-approval.h"
#include "entente-checks.h"
#include "entente-comment.h"
#include "entente-conflict.h"
#include "entente-conflict-resolve.h"
#include "entente-conversion.h"
#include "entente-criterion.h"
#include "entente-diff.h"
#include "entente-digest.h"
#include "entente-document.h"
#include "entente-drafts.h"
#include "entente-duration.h"
#include "entente-edit.h"
#include "entente-enum-labels.h"
#include "entente-enum-types.h"
#include "entente-enums.h"
#include "entente-error.h"
#include "entente-escalation-step.h"
#include "entente-finding.h"
#include "entente-goals.h"
#include "entente-handoff.h"
#include "entente-history.h"
#include "entente-item.h"
#include "entente-item-describe.h"
#include "entente-merge.h"
#include "entente-meta.h"
#include "entente-party.h"
#include "entente-persona.h"
#include "entente-plan.h"
#include "entente-protocol.h"
#include "entente-reply.h"
#include "entente-review.h"
#include "entente-stage.h"
#include "entente-target.h"
#include "entente-translate.h"
