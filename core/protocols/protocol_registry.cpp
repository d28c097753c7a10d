// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol_registry.h"

#include "protocol_table.h"

namespace mieruka::protocols {

const ProtocolRegistry& ProtocolRegistry::standard()
{
    static const ProtocolRegistry registry = [] {
        ProtocolRegistry built;
        registerStandardProtocols(built);
        return built;
    }();
    return registry;
}

} // namespace mieruka::protocols
