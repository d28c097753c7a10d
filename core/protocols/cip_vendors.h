// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace mieruka::protocols {

/// Vendor name for a numeric CIP (ODVA) vendor id; empty when it is not registered (resources/vendors).
std::string_view cipVendorName(std::uint32_t vendorId);

} // namespace mieruka::protocols
