// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol_table.h"

#include "protocol_registry.h"

namespace mieruka::protocols {

// The one place that says which decoder listens where (ports per IANA and OT-PROTOCOLS.md).
void registerStandardProtocols(ProtocolRegistry& registry)
{
    (void)registry;
}

} // namespace mieruka::protocols
