// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/protocol/status_message.h"

namespace mieruka::capture::protocol {

enum class MirrorVerdict { NotApplicable, NoTraffic, OwnTrafficOnly, Mirrored };

/// Whether an interface looks like it is on a mirror (SPAN) port, from its classification
/// counters since the probe began (the difference of two cumulative Stats).
MirrorVerdict judgeMirror(const InterfaceStats& sinceStart);

} // namespace mieruka::capture::protocol
