// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"

#include <cstdint>
#include <string>

namespace mieruka::detect::hygiene {

/// One conversation row seen as client (the side that sent first, or the TCP SYN) and server.
/// Views into the row: valid as long as the row is.
struct ConversationSides {
    const std::string* client = nullptr;
    const std::string* server = nullptr;
    int clientPort = 0, serverPort = 0;
    std::uint64_t packetsToServer = 0, packetsToClient = 0;
    std::uint64_t bytesToServer = 0, bytesToClient = 0;

    static ConversationSides of(const analysis::ConversationRecord& row);
    /// As of(), but a "client" on a well-known port (< 1024) talking to an ephemeral one
    /// (>= 1024) is taken for the server: the capture began after the conversation did.
    static ConversationSides ofService(const analysis::ConversationRecord& row);

    /// The same conversation with the roles exchanged (a capture that began mid-conversation).
    ConversationSides swapped() const;
    bool answered() const { return packetsToServer > 0 && packetsToClient > 0; }
    /// Both ends are one address (a loopback capture, or a forged frame): not a network finding.
    bool toItself() const { return *client == *server; }
    std::uint64_t bytes() const { return bytesToServer + bytesToClient; }
    std::uint64_t packets() const { return packetsToServer + packetsToClient; }
};

} // namespace mieruka::detect::hygiene
