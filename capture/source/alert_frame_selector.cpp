// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_frame_selector.h"

#include "core/decode/packet_decoder.h"

#include <algorithm>

namespace mieruka::capture {

namespace {

using Kind = AlertHostAddress::Kind;

bool hasIp(const decode::DecodedPacket& frame, const net::IpAddress& ip)
{
    for (std::size_t i = 0; i < frame.ipLayerCount; ++i)
        if (frame.ipLayers[i].src == ip || frame.ipLayers[i].dst == ip)
            return true;
    return frame.network == decode::NetworkKind::Arp && (frame.arp.senderIp == ip || frame.arp.targetIp == ip);
}

bool hasMac(const decode::DecodedPacket& frame, const net::MacAddress& mac)
{
    return (frame.hasLinkSource && frame.linkSource == mac) || (frame.hasEthernet && frame.linkDestination == mac);
}

bool involves(const decode::DecodedPacket& frame, const AlertHostAddress& host)
{
    switch (host.kind) {
    case Kind::Ip: return hasIp(frame, host.ip);
    case Kind::Mac: return hasMac(frame, host.mac);
    case Kind::Any: break;
    }
    return true;
}

template <typename Address>
bool isPair(const Address& from, const Address& to, const Address& a, const Address& b)
{
    return (from == a && to == b) || (from == b && to == a);
}

/// True when the frame goes between `a` and `b` in either direction. Two IP addresses must be
/// the two ends of one IP header (or ARP's sender and target), so a third host's traffic to
/// each of them does not count; mixed kinds only need both hosts somewhere in the frame.
bool between(const decode::DecodedPacket& frame, const AlertHostAddress& a, const AlertHostAddress& b)
{
    if (a.kind == Kind::Ip && b.kind == Kind::Ip) {
        for (std::size_t i = 0; i < frame.ipLayerCount; ++i)
            if (isPair(frame.ipLayers[i].src, frame.ipLayers[i].dst, a.ip, b.ip))
                return true;
        return frame.network == decode::NetworkKind::Arp && isPair(frame.arp.senderIp, frame.arp.targetIp, a.ip, b.ip);
    }
    if (a.kind == Kind::Mac && b.kind == Kind::Mac)
        return frame.hasEthernet && isPair(frame.linkSource, frame.linkDestination, a.mac, b.mac);
    return involves(frame, a) && involves(frame, b);
}

} // namespace

std::optional<AlertHostAddress> AlertHostAddress::parse(const std::string& text)
{
    AlertHostAddress host;
    if (text.empty())
        return host;
    if (const auto ip = net::IpAddress::parse(text)) {
        host.kind = Kind::Ip;
        host.ip = *ip;
        return host;
    }
    if (const auto mac = net::MacAddress::parse(text)) {
        host.kind = Kind::Mac;
        host.mac = *mac;
        return host;
    }
    return std::nullopt;
}

AlertHostFilter AlertHostFilter::forAlert(const analysis::AlertRecord& alert, bool allHosts, std::string& note)
{
    AlertHostFilter filter;
    filter.text = "of all hosts";
    if (allHosts || (alert.src.empty() && alert.dst.empty()))
        return filter;
    const auto src = AlertHostAddress::parse(alert.src);
    const auto dst = AlertHostAddress::parse(alert.dst);
    if (!src || !dst) {
        note = "alert " + std::to_string(alert.id) + ": '" + (src ? alert.dst : alert.src)
               + "' is neither an IP nor a MAC address; exporting the frames of all hosts";
        return filter;
    }
    filter.active = true;
    filter.src = *src;
    filter.dst = *dst;
    const std::string& a = alert.src.empty() ? alert.dst : alert.src;
    filter.text = alert.src.empty() || alert.dst.empty() ? "to or from " + a : "between " + a + " and " + alert.dst;
    return filter;
}

bool AlertHostFilter::matches(const decode::DecodedPacket& frame) const
{
    if (src.kind != Kind::Any && dst.kind != Kind::Any)
        return between(frame, src, dst);
    return involves(frame, src) && involves(frame, dst);
}

AlertFrameSelector::AlertFrameSelector(const analysis::AlertRecord& alert, const AlertHostFilter& filter,
                                       std::int64_t fromNs, std::int64_t toNs, std::uint64_t limit)
    : m_alert(alert), m_filter(filter), m_from(fromNs), m_to(toNs), m_limit(limit)
{
}

AlertFrameTally AlertFrameSelector::run(std::vector<AlertExportInput>& inputs, PcapFileWriter& writer)
{
    AlertFrameTally tally;
    tally.evidenceExpected = m_alert.packetNumber != 0
                             && std::any_of(inputs.begin(), inputs.end(), [](const auto& input) { return input.holdsEvidence; });
    bool evidencePending = tally.evidenceExpected;
    decode::PacketDecoder decoder;
    decode::DecodedPacket decoded;
    std::vector<std::size_t> heap;
    const auto later = [&](std::size_t a, std::size_t b) {
        const std::int64_t ta = inputs[a].head.timestampNs, tb = inputs[b].head.timestampNs;
        return ta != tb ? ta > tb : a > b; // std heaps keep the greatest on top
    };
    const auto advance = [&](std::size_t index) {
        AlertExportInput& input = inputs[index];
        const auto status = input.source->next(input.head);
        if (status == ingest::PacketSource::Status::Packet) {
            heap.push_back(index);
            std::push_heap(heap.begin(), heap.end(), later);
            return;
        }
        if (status == ingest::PacketSource::Status::Error)
            tally.readErrors.push_back(input.source->errorMessage() + "; the frames after it are not exported");
        input.source.reset();
    };
    const auto closeAll = [&] {
        for (auto& input : inputs)
            input.source.reset();
    };
    for (std::size_t i = 0; i < inputs.size(); ++i)
        advance(i);

    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const std::size_t index = heap.back();
        heap.pop_back();
        AlertExportInput& input = inputs[index];
        const ingest::RawPacket& frame = input.head;
        const bool isEvidence = evidencePending && input.holdsEvidence && frame.packetNumber == m_alert.packetNumber;
        bool take = isEvidence;
        if (isEvidence) {
            evidencePending = false;
            tally.evidenceFound = true;
        } else if (frame.timestampNs >= m_from && frame.timestampNs <= m_to && !tally.limitReached) {
            take = !m_filter.active
                   || (decoder.decode(frame.linkType, frame.data, frame.originalLength, decoded) && m_filter.matches(decoded));
            // A place stays free for the evidence frame while it is still to come.
            if (take && writer.framesWritten() + (evidencePending ? 1 : 0) >= m_limit) {
                tally.limitReached = true;
                tally.limitAtNs = frame.timestampNs;
                take = false;
            }
        }
        if (take) {
            if (!writer.isOpen() && !writer.open(frame.linkType)) {
                tally.failed = true;
                break;
            }
            if (frame.linkType != writer.linkType()) {
                ++tally.otherLinkTypes[frame.linkType];
            } else if (!writer.write(frame)) {
                tally.failed = true;
                break;
            } else if (isEvidence) {
                tally.evidenceWritten = true;
            }
        }
        if (tally.limitReached && !evidencePending)
            break;
        // Past the limit only the evidence frame is still wanted, so the other files can close.
        if (!tally.limitReached || input.holdsEvidence)
            advance(index);
        else
            input.source.reset();
    }
    closeAll();
    return tally;
}

} // namespace mieruka::capture
