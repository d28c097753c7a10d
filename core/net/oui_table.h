// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/mac_address.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mieruka::net {

/// IEEE registry lookup (MA-L, MA-M, MA-S and IAB), compiled at build time from Debian's
/// ieee-data CSVs into read-only tables. No allocation; thread-safe.
class OuiTable {
public:
    struct Match {
        std::string_view vendor; ///< empty when no registered prefix covers the address
        int prefixBits = 0;      ///< 36, 28 or 24; 0 when not found
    };

    /// Organisation name of the longest registered prefix (36-bit, then 28-bit, then 24-bit);
    /// empty when unknown. The view points into static storage.
    static std::string_view lookup(const MacAddress& address);
    static Match find(const MacAddress& address);
    /// Number of entries per prefix length (36, 28 or 24), for diagnostics and tests.
    static std::size_t entryCount(int prefixBits);
};

namespace detail::oui {

/// One registry assignment; `prefix` holds the top `prefixBits` bits of the MAC, right-aligned.
struct Entry {
    std::uint64_t prefix;
    std::uint32_t nameOffset;
    std::uint16_t nameLength;
};

// Defined in the generated oui_data.cpp (resources/oui/oui_compile.cpp); each sorted by prefix.
extern const Entry kEntries36[];
extern const std::size_t kCount36;
extern const Entry kEntries28[];
extern const std::size_t kCount28;
extern const Entry kEntries24[];
extern const std::size_t kCount24;
extern const char kNames[];

} // namespace detail::oui

} // namespace mieruka::net
