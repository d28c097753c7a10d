// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/status_channel.h"

#include <cerrno>
#include <unistd.h>

namespace mieruka::capture::helper {

StatusChannel::StatusChannel(int fd) : m_fd(fd) {}

void StatusChannel::setOnBroken(std::function<void()> onBroken)
{
    const std::lock_guard lock(m_mutex);
    m_onBroken = std::move(onBroken);
}

void StatusChannel::send(const protocol::Message& message)
{
    const std::vector<std::byte> frame = protocol::encode(message);
    std::function<void()> notify;
    {
        const std::lock_guard lock(m_mutex);
        if (m_broken)
            return;
        // Unbuffered write(2): each frame reaches the app as soon as it is complete.
        std::size_t done = 0;
        while (done < frame.size()) {
            const ssize_t n = write(m_fd, frame.data() + done, frame.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_broken = true;
                notify = m_onBroken;
                break;
            }
            done += static_cast<std::size_t>(n);
        }
    }
    if (notify)
        notify();
}

} // namespace mieruka::capture::helper
