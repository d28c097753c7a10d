// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcp_fingerprint.h"

#include "resources/embedded/embedded_resources.h"
#include "resources/embedded/tsv_rows.h"

#include <charconv>
#include <sstream>

namespace mieruka::analysis {

namespace {

int roundTtl(int ttl)
{
    // Routers decrement the TTL; the sender's initial value is the next common default above it.
    for (int initial : {32, 64, 128})
        if (ttl <= initial)
            return initial;
    return 255;
}

std::string_view optionName(std::uint8_t kind)
{
    switch (kind) {
    case 0: return "eol";
    case 1: return "nop";
    case 2: return "mss";
    case 3: return "ws";
    case 4: return "sok";
    case 5: return "sack";
    case 8: return "ts";
    default: return "?";
    }
}

std::optional<int> number(std::string_view text)
{
    int value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

std::string TcpSignature::text() const
{
    std::ostringstream out;
    out << initialTtl << ':' << window << ':' << options << ':';
    if (windowScale >= 0)
        out << windowScale;
    else
        out << '-';
    out << ':' << (dontFragment ? "df" : "-");
    return out.str();
}

std::optional<TcpSignature> TcpSignature::of(const decode::DecodedPacket& packet)
{
    constexpr std::uint8_t kSyn = 0x02, kAck = 0x10;
    const decode::IpLayer* ip = packet.innerIp();
    if (packet.transport != decode::TransportKind::Tcp || !ip || (packet.tcp.flags & kSyn) == 0)
        return std::nullopt;
    TcpSignature signature;
    signature.synAck = (packet.tcp.flags & kAck) != 0;
    signature.initialTtl = roundTtl(ip->ttl);
    signature.window = packet.tcp.window;
    signature.mss = packet.tcp.mss;
    signature.windowScale = packet.tcp.windowScale;
    signature.dontFragment = ip->dontFragment;
    // Built with an ostringstream: GCC 12 at -O3 raises a false -Wrestrict on string appends here.
    std::ostringstream options;
    for (std::size_t i = 0; i < packet.tcp.optionCount && i < packet.tcp.optionKinds.size(); ++i)
        options << (i ? "," : "") << optionName(packet.tcp.optionKinds[i]);
    signature.options = packet.tcp.optionCount ? options.str() : std::string("-");
    return signature;
}

const OsSignatureTable& OsSignatureTable::standard()
{
    static const OsSignatureTable table(resources::os_tcp_signatures_tsv());
    return table;
}

OsSignatureTable::OsSignatureTable(std::string_view tsv)
{
    for (const auto& fields : resources::tsvRows(tsv)) {
        if (fields.size() != 9) {
            ++m_skipped;
            continue;
        }
        Row row;
        row.kind = fields[0] == "syn" ? 1 : fields[0] == "synack" ? 2 : 0;
        const auto ttl = number(fields[1]);
        if (!ttl) {
            ++m_skipped;
            continue;
        }
        row.ttl = *ttl;
        if (fields[2].starts_with("mss*")) {
            row.windowMssFactor = number(fields[2].substr(4)).value_or(0);
        } else if (fields[2] != "*") {
            row.window = number(fields[2]).value_or(-2);
        }
        row.options = std::string(fields[3]);
        if (fields[4] != "*")
            row.windowScale = number(fields[4]).value_or(-2);
        const auto confidence = std::stod(std::string(fields[8]));
        row.guess = {std::string(fields[5]), std::string(fields[6]), fields[7] == "*" ? std::string() : std::string(fields[7]),
                     confidence};
        if (row.window == -2 || row.windowScale == -2 || (fields[2].starts_with("mss*") && row.windowMssFactor <= 0)) {
            ++m_skipped;
            continue;
        }
        m_rows.push_back(std::move(row));
    }
}

std::optional<OsGuess> OsSignatureTable::match(const TcpSignature& signature) const
{
    for (const auto& row : m_rows) {
        if ((row.kind == 1 && signature.synAck) || (row.kind == 2 && !signature.synAck) || row.ttl != signature.initialTtl)
            continue;
        if (row.window >= 0 && row.window != signature.window)
            continue;
        if (row.windowMssFactor > 0 && (signature.mss == 0 || signature.window != signature.mss * row.windowMssFactor))
            continue;
        if (row.options != "*" && row.options != signature.options)
            continue;
        if (row.windowScale >= 0 && row.windowScale != signature.windowScale)
            continue;
        OsGuess guess = row.guess;
        // A SYN+ACK partly mirrors the client's offer, so it says a little less about the server.
        if (signature.synAck)
            guess.confidence = std::max(0.0, guess.confidence - 0.1);
        return guess;
    }
    return std::nullopt;
}

} // namespace mieruka::analysis
