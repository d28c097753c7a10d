// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packet_source.h"

#include <memory>

namespace mieruka::ingest {

/// Hands Importer::runLive a source that another thread keeps feeding (the capture's status
/// thread): the importer owns this forwarder, both share the live source, so neither can outlive
/// the other's use of it.
class SharedPacketSource final : public PacketSource {
public:
    explicit SharedPacketSource(std::shared_ptr<PacketSource> inner) : m_inner(std::move(inner)) {}

    Status next(RawPacket& packet) override { return m_inner->next(packet); }
    std::string errorMessage() const override { return m_inner->errorMessage(); }
    const std::vector<CaptureFileInfo>& files() const override { return m_inner->files(); }
    std::uint64_t bytesConsumed() const override { return m_inner->bytesConsumed(); }
    std::uint64_t bytesTotal() const override { return m_inner->bytesTotal(); }

private:
    std::shared_ptr<PacketSource> m_inner;
};

} // namespace mieruka::ingest
