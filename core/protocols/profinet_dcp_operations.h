// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"

namespace mieruka::protocols {

/// PROFINET DCP requests (EtherType 0x8892; the payload starts at the FrameID). The DCP
/// service type, not PayloadContext::toService (always false for ethertype decoders), tells
/// request from response. Set requests (FrameID 0xFEFD, service 4) yield one operation per
/// block, e.g. Configuration "Set (IP parameter)", Control "Set (Factory Reset)", with
/// code = option << 8 | suboption; a Get request (service 3) is one Read "Get", an Identify
/// request (FrameID 0xFEFE, service 5) one Diagnostics "Identify", code = service id.
/// Protocol "pn_dcp".
void decodeProfinetDcpOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
