// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoder_table.h"
#include "identity_fact.h"
#include "operation.h"

namespace mieruka::protocols {

class ProtocolRegistry;

/// Registers every decoder of core/protocols with its ports / ethertypes (protocol_table.cpp).
void registerStandardProtocols(ProtocolRegistry& registry);
void registerIdentityDecoders(DecoderTable<PayloadDecoder, FactList>& table);
void registerOperationDecoders(DecoderTable<OperationDecoder, OperationList>& table);

} // namespace mieruka::protocols
