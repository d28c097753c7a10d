// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared harness for the payload decoder tests in tests/core/protocols: building the packet a
// decoder sees, the robustness loops (every prefix, every byte mutated) and the fact-to-text
// forms that several test files compare against. Each test file keeps its own rows and asserts.

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

#include "core/decode/decoded_packet.h"
#include "core/decode/packet_decoder.h"
#include "core/protocols/operation.h"
#include "core/protocols/payload_context.h"
#include "tests/support/packet_builder.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

namespace mieruka::test {

// --- Packet and context construction --------------------------------------------------------

/// The packet fields a payload decoder looks at. Empty addresses and an unset network leave the
/// DecodedPacket defaults alone, so each test gets exactly the packet it built by hand before.
struct PacketSpec {
    decode::TransportKind transport = decode::TransportKind::Udp;
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;
    std::string_view srcIp;                     ///< sets ipLayers[0].src (and one IP layer)
    std::string_view dstIp;                     ///< sets ipLayers[0].dst (and one IP layer)
    std::optional<decode::NetworkKind> network; ///< left at None when unset
    bool toService = false;                     ///< PayloadContext::toService
};

/// An IPv4 exchange 10.0.0.1 ↔ `destination` between ephemeral port 50000 and `servicePort`:
/// toward the service when `toService`, the reply otherwise (addresses stay put, ports swap).
PacketSpec serviceExchange(decode::TransportKind transport, std::uint16_t servicePort, bool toService,
                           std::string_view destination = "10.0.0.2");

/// Runs `decoder` on `payload` inside a packet built from `spec`.
protocols::FactList decodePayload(protocols::PayloadDecoder decoder, std::span<const std::byte> payload,
                                  const PacketSpec& spec);

/// Facts of `decoder` for `payload` sent from 192.0.2.10 between the given ports over TCP or UDP.
protocols::FactList senderFacts(protocols::PayloadDecoder decoder, const Bytes& payload, std::uint16_t srcPort,
                                std::uint16_t dstPort, bool toService, bool tcp = true);

/// Every proper prefix of `payload` through senderFacts: no crash, and nothing (as
/// describeWithConfidence words it) that the whole message would not say.
void checkSenderPrefixes(protocols::PayloadDecoder decoder, const QByteArray& payload, std::uint16_t srcPort,
                         std::uint16_t dstPort, bool toService, bool tcp = true);

/// Runs an operation decoder on `payload` inside a packet built from `spec`.
protocols::OperationList decodeOperations(protocols::OperationDecoder decoder, std::span<const std::byte> payload,
                                          const PacketSpec& spec);

/// Decodes a whole Ethernet frame the way the pipeline does, then runs a decoder on its payload
/// (for the ethertype/LLC decoders, whose payload offset depends on the frame's headers).
class FrameRun {
public:
    FrameRun(protocols::PayloadDecoder decoder, const Bytes& frame);
    FrameRun(const FrameRun&) = delete; // `packet` points into `frame`
    FrameRun& operator=(const FrameRun&) = delete;

    /// Facts from the payload, optionally cut to its first `cut` bytes.
    protocols::FactList facts(std::optional<std::size_t> cut = std::nullopt);

    Bytes frame;
    decode::DecodedPacket packet;

private:
    protocols::PayloadDecoder decoder_;
    decode::PacketDecoder packetDecoder_;
};

// --- Robustness loops ------------------------------------------------------------------------

/// Calls `visit` with every proper prefix of `full` (lengths 0 .. size-1). Stops early once the
/// current test function has failed, as the hand-written loops did by returning from the slot.
void forEachPrefix(const Bytes& full, const std::function<void(const Bytes& prefix, std::size_t length)>& visit);

/// Calls `visit` with `full` where one byte is replaced by one of `values`, for every position
/// and value in turn. Used for "no crash" checks on maxed lengths and counts.
void forEachByteMutation(const Bytes& full, std::initializer_list<std::byte> values,
                         const std::function<void(const Bytes& mutated)>& visit);

/// Every proper prefix of `full`: `describePrefix` must only say things listed in `allowed`
/// (a decoder must never invent facts from a truncated message). Fails with the prefix length
/// and the offending fact.
void verifyPrefixesSayNoMore(const Bytes& full, const QStringList& allowed,
                             const std::function<QStringList(const Bytes& prefix)>& describePrefix);

// --- Facts as text (one form per family of tests) ---------------------------------------------

/// "src|attribute|value" ("dst" / "exp" for the other subjects), "@ip" appended for facts about
/// an address, in emission order. A fact with another protocol label or a confidence outside
/// (0, 1] adds the line "BAD LABEL OR CONFIDENCE", so comparing the list also checks those.
QStringList describeBySubject(const protocols::FactList& facts, std::string_view protocol);

/// "attribute=value", prefixed "dst:" for the destination or "ip:" for an explicit address, in
/// emission order.
QStringList describeWithSubjectPrefix(const protocols::FactList& facts);

/// "attribute=value", plus " @ip/mac" ('-' for a missing part) for facts about an explicit host;
/// sorted, for decoders whose emission order is not part of the contract.
QStringList describeSortedWithHost(const protocols::FactList& facts);

/// "attribute=value/confidence" (two decimals), "[not source]" appended for facts not about the
/// sender, in emission order.
QStringList describeWithConfidence(const protocols::FactList& facts);

/// "attribute=value" as bytes, in emission order.
QByteArrayList renderAttributeValues(const protocols::FactList& facts);

/// How describeOperations writes an operation's code: 41, "29" or "0x29".
enum class CodeFormat { Decimal, Hex, PrefixedHex };

/// "class|name|code" per operation in emission order; "BAD LABEL" follows an operation whose
/// protocol label is not one of `labels` or whose name is empty.
QStringList describeOperations(const protocols::OperationList& operations, std::initializer_list<std::string_view> labels,
                               CodeFormat format);

// --- Small conversions -------------------------------------------------------------------------

Bytes toBytes(const QByteArray& data);
QByteArray hexOf(const Bytes& bytes);
/// UTF-8 literals → QStringList, for compact expected-fact rows.
QStringList utf8List(std::initializer_list<const char*> items);

} // namespace mieruka::test
