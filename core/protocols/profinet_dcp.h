// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// PROFINET DCP (ethertype 0x8892). `context.payload` starts at the 2-byte FrameID.
/// Identify and Get responses give the responder's NameOfStation, type of station, vendor/device
/// id, device role and IP; an Identify-All request marks its sender as a likely IO controller or
/// engineering tool. Set requests (configuration changes) are operations, not identity: ignored.
void decodeProfinetDcp(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
