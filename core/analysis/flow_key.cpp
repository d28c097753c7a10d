// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow_key.h"

namespace mieruka::analysis {

namespace {
// FNV-1a mixing is enough here: keys are short and the table re-hashes on growth.
inline void mix(std::uint64_t& h, std::uint64_t value)
{
    h ^= value;
    h *= 0x100000001b3ULL;
    h ^= h >> 29;
}
} // namespace

std::size_t FlowKey::hash() const
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    mix(h, (static_cast<std::uint64_t>(kind) << 40) | (static_cast<std::uint64_t>(ipProtocol) << 32)
               | (static_cast<std::uint64_t>(etherType) << 16) | (hasPorts ? 1u : 0u));
    if (kind == Kind::Ip) {
        mix(h, ipLo.hash());
        mix(h, ipHi.hash());
        mix(h, (static_cast<std::uint64_t>(portLo) << 16) | portHi);
    } else {
        mix(h, macLo.toU64());
        mix(h, macHi.toU64());
    }
    return static_cast<std::size_t>(h);
}

} // namespace mieruka::analysis
