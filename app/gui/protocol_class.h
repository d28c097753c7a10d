// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace mieruka::gui {

/// The three bands the traffic chart stacks: industrial protocols, everything else, and the
/// broadcast/multicast/discovery chatter that floods a segment before anything else does.
enum class ProtocolClass { Ot, It, Broadcast };
inline constexpr int kProtocolClassCount = 3;

/// The class of a protocol label as stored in the series ("modbus", "arp", "https", …).
/// Unknown labels are IT: the chart must not hide traffic it cannot name.
ProtocolClass classifyProtocol(std::string_view label);

} // namespace mieruka::gui
