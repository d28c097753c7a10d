// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace mieruka::ingest {

/// A readable name for a LINKTYPE_ value ("Ethernet", "IEEE 802.11 + radiotap", …) or "unknown".
std::string_view linkTypeName(int linkType);

} // namespace mieruka::ingest
