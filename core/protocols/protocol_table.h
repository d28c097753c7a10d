// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mieruka::protocols {

class ProtocolRegistry;

/// Registers every decoder of core/protocols with its ports / ethertypes (protocol_table.cpp).
void registerStandardProtocols(ProtocolRegistry& registry);

} // namespace mieruka::protocols
