// SPDX-License-Identifier: GPL-3.0-or-later
#include "vendor_registry.h"

#include <algorithm>
#include <charconv>

namespace mieruka::protocols {

VendorRegistry::VendorRegistry(std::string_view tsv)
{
    std::size_t start = 0;
    while (start < tsv.size()) {
        std::size_t end = tsv.find('\n', start);
        if (end == std::string_view::npos)
            end = tsv.size();
        const std::string_view line = tsv.substr(start, end - start);
        start = end + 1;
        const std::size_t tab = line.find('\t');
        if (line.empty() || line.front() == '#' || tab == std::string_view::npos)
            continue;
        std::uint32_t id = 0;
        const auto parsed = std::from_chars(line.data(), line.data() + tab, id);
        if (parsed.ec != std::errc() || parsed.ptr != line.data() + tab)
            continue;
        m_entries.emplace_back(id, std::string(line.substr(tab + 1)));
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
