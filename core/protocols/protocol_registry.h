// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoder_table.h"
#include "identity_fact.h"
#include "operation.h"

namespace mieruka::protocols {

/// Every decoder of core/protocols and where it listens: identity decoders (facts about hosts)
/// and operation decoders (what industrial requests do). Built once (protocol_table.cpp).
class ProtocolRegistry {
public:
    static const ProtocolRegistry& standard();

    DecoderTable<PayloadDecoder, FactList>& identity() { return m_identity; }
    DecoderTable<OperationDecoder, OperationList>& operations() { return m_operations; }

    /// Runs the identity decoders registered for this frame; appends their facts.
    void dispatch(const decode::DecodedPacket& packet, std::int64_t timestampNs, FactList& facts) const
    {
        m_identity.dispatch(packet, timestampNs, facts);
    }
    /// Runs the operation decoders registered for this frame; appends the requests it carries.
    void dispatchOperations(const decode::DecodedPacket& packet, std::int64_t timestampNs, OperationList& out) const
    {
        m_operations.dispatch(packet, timestampNs, out);
    }

private:
    DecoderTable<PayloadDecoder, FactList> m_identity;
    DecoderTable<OperationDecoder, OperationList> m_operations;
};

} // namespace mieruka::protocols
