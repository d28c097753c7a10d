// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mieruka::protocols {

/// A protocol's vendor-id registry ("id<TAB>name" lines, '#' comments) from resources/vendors.
class VendorRegistry {
public:
    explicit VendorRegistry(std::string_view tsv);
    /// The registered name, or empty when the id is not registered.
    std::string_view name(std::uint32_t id) const;
    std::size_t size() const { return m_entries.size(); }

private:
    std::vector<std::pair<std::uint32_t, std::string>> m_entries; ///< sorted by id
};

} // namespace mieruka::protocols
