// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/protocol/status_message.h"

#include <cstddef>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace mieruka::capture::protocol {

/// Incremental decoder of the helper's status stream, for the app side. Safe on hostile input:
/// bytes may arrive in any split (one at a time too); at most one frame (kHeaderSize + kMaxPayload)
/// is buffered, and no allocation grows past kMaxPayload. Not thread-safe; one reader per stream.
class FrameReader {
public:
    /// Decodes every frame completed by `bytes`. Ignored once failed().
    void feed(std::span<const std::byte> bytes);

    /// The oldest decoded message, or nullopt when more bytes are needed or the stream failed.
    /// Messages decoded before a malformed frame are still returned first.
    std::optional<Message> next();

    /// The stream was malformed; it stays failed, as the byte boundaries are lost.
    bool failed() const { return !m_error.empty(); }
    /// One line: what was wrong; empty while not failed().
    const std::string& error() const { return m_error; }

private:
    bool headerReady() const;
    void checkHeader();
    void decodeFrame();
    void fail(std::string reason);

    std::vector<std::byte> m_frame; ///< the current frame's bytes so far, header first
    std::size_t m_payloadSize = 0;
    std::deque<Message> m_ready;
    std::string m_error;
};

} // namespace mieruka::capture::protocol
