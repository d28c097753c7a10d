// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/oui_table.h"

#include <algorithm>

namespace mieruka::net {

namespace {

const detail::oui::Entry* findEntry(const detail::oui::Entry* entries, std::size_t count, std::uint64_t prefix)
{
    const auto* end = entries + count;
    const auto* it = std::lower_bound(entries, end, prefix,
                                      [](const detail::oui::Entry& entry, std::uint64_t key) { return entry.prefix < key; });
    return (it != end && it->prefix == prefix) ? it : nullptr;
}

} // namespace

OuiTable::Match OuiTable::find(const MacAddress& address)
{
    using namespace detail::oui;
    const std::uint64_t value = address.toU64();
    struct Table {
        const Entry* entries;
        std::size_t count;
        int bits;
    };
    const Table tables[] = {{kEntries36, kCount36, 36}, {kEntries28, kCount28, 28}, {kEntries24, kCount24, 24}};
    for (const auto& table : tables) {
        if (const auto* entry = findEntry(table.entries, table.count, value >> (48 - table.bits)))
            return {std::string_view(kNames + entry->nameOffset, entry->nameLength), table.bits};
    }
    return {};
}

std::string_view OuiTable::lookup(const MacAddress& address)
{
    return find(address).vendor;
}

std::size_t OuiTable::entryCount(int prefixBits)
{
    switch (prefixBits) {
    case 36:
        return detail::oui::kCount36;
    case 28:
        return detail::oui::kCount28;
    case 24:
        return detail::oui::kCount24;
    default:
        return 0;
    }
}

} // namespace mieruka::net
