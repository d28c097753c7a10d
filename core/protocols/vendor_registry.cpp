// SPDX-License-Identifier: GPL-3.0-or-later
#include "vendor_registry.h"

#include "resources/embedded/tsv_rows.h"

#include <algorithm>
#include <charconv>

namespace mieruka::protocols {

VendorRegistry::VendorRegistry(std::string_view tsv)
{
    for (const auto& fields : resources::tsvRows(tsv)) {
        if (fields.size() != 2)
            continue;
        std::uint32_t id = 0;
        const auto parsed = std::from_chars(fields[0].data(), fields[0].data() + fields[0].size(), id);
        if (parsed.ec != std::errc() || parsed.ptr != fields[0].data() + fields[0].size())
            continue;
        m_entries.emplace_back(id, std::string(fields[1]));
    }
    std::sort(m_entries.begin(), m_entries.end());
}

std::string_view VendorRegistry::name(std::uint32_t id) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [](const auto& entry, std::uint32_t value) { return entry.first < value; });
    return it != m_entries.end() && it->first == id ? std::string_view(it->second) : std::string_view();
}

} // namespace mieruka::protocols
