// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// EtherNet/IP encapsulation (TCP and UDP 44818). Learns the CIP Identity object from
/// ListIdentity replies and from Get_Attributes_All replies shaped like the Identity object
/// (vendor, device type, product code, revision, serial, product name) and the enip client /
/// server roles. Several encapsulation messages in one TCP segment are handled (bounded).
void decodeEnipCip(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
