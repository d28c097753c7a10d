// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/protocol/status_message.h"

#include <atomic>
#include <optional>

namespace mieruka::capture::helper {

/// The one reason the capture ends, set by whoever notices first (a signal, stdin, a limit, a
/// failing write) and waking the main thread's poll() through a self-pipe.
/// request() is thread-safe and async-signal-safe. One instance per process.
class StopRequest {
public:
    StopRequest();
    ~StopRequest();
    StopRequest(const StopRequest&) = delete;
    StopRequest& operator=(const StopRequest&) = delete;

    /// Routes SIGINT and SIGTERM here and ignores SIGPIPE (a dead app must not kill us mid-write).
    void installSignalHandlers();

    /// Keeps the first reason; later ones are ignored.
    void request(protocol::StopReason reason);
    bool requested() const { return m_reason.load() != 0; }
    std::optional<protocol::StopReason> reason() const;

    /// Readable once a stop was requested; for poll().
    int wakeFd() const { return m_pipe[0]; }

private:
    static void onSignal(int);

    std::atomic<std::uint32_t> m_reason{0};
    int m_pipe[2] = {-1, -1};
};

} // namespace mieruka::capture::helper
