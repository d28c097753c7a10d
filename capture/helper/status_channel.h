// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/protocol/status_message.h"

#include <functional>
#include <mutex>

namespace mieruka::capture::helper {

/// Writes status frames to stdout, whole and in order, from any thread. When the reader has gone
/// (EPIPE or another write error) later frames are dropped and `onBroken` runs once, so the
/// capture can stop and close its file instead of dying.
class StatusChannel {
public:
    explicit StatusChannel(int fd);

    void setOnBroken(std::function<void()> onBroken);
    void send(const protocol::Message& message);

private:
    std::mutex m_mutex;
    int m_fd;
    bool m_broken = false;
    std::function<void()> m_onBroken;
};

} // namespace mieruka::capture::helper
