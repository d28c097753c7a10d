// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decoded_packet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::analysis {

/// The passive signature of a TCP SYN or SYN+ACK: what the sender's stack chose on its own.
struct TcpSignature {
    bool synAck = false;
    int initialTtl = 0;      ///< observed TTL rounded up to 32, 64, 128 or 255
    std::uint16_t window = 0;
    std::uint16_t mss = 0;
    int windowScale = -1;
    std::string options;     ///< "mss,nop,ws,nop,nop,sok"; "-" when none
    bool dontFragment = false;

    /// "128:8192:mss,nop,ws,nop,nop,sok:8:df" (the survey's tcp_fingerprint value).
    std::string text() const;
    /// The signature of `packet`, when it is a SYN or SYN+ACK over IP.
    static std::optional<TcpSignature> of(const decode::DecodedPacket& packet);
};

struct OsGuess {
    std::string family;  ///< windows | linux | macos | bsd | embedded | rtos
    std::string name;
    std::string version; ///< empty when the signature says nothing finer
    double confidence = 0;
};

/// The signature table of resources/os/tcp_signatures.tsv: first matching row wins.
class OsSignatureTable {
public:
    static const OsSignatureTable& standard();
    /// Parses the TSV text; malformed rows are skipped and counted.
    explicit OsSignatureTable(std::string_view tsv);

    std::optional<OsGuess> match(const TcpSignature& signature) const;
    std::size_t size() const { return m_rows.size(); }
    std::size_t skippedRows() const { return m_skipped; }

private:
    struct Row {
        int kind = 0;           ///< 0 any, 1 syn, 2 synack
        int ttl = 0;
        int window = -1;        ///< -1 any
        int windowMssFactor = 0; ///< window == mss * N when > 0
        std::string options;    ///< "*" any
        int windowScale = -1;   ///< -1 any
        OsGuess guess;
    };
    std::vector<Row> m_rows;
    std::size_t m_skipped = 0;
};

} // namespace mieruka::analysis
