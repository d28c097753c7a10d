// SPDX-License-Identifier: GPL-3.0-or-later
#include "background_hasher.h"

#include "file_hasher.h"

namespace mieruka::ingest {

BackgroundHasher::BackgroundHasher(std::vector<std::string> paths)
    : m_paths(std::move(paths)), m_promises(m_paths.size())
{
    for (auto& promise : m_promises)
        m_futures.push_back(promise.get_future());
    if (m_paths.empty())
        return;
    m_thread = std::jthread([this](std::stop_token stop) {
        for (std::size_t i = 0; i < m_paths.size(); ++i) {
            Result result;
            result.sha256 = hashFile(m_paths[i], result.error, {}, stop);
            if (result.sha256.empty() && result.error.empty())
                result.error = m_paths[i] + ": hashing cancelled";
            m_promises[i].set_value(std::move(result));
        }
    });
}

BackgroundHasher::~BackgroundHasher()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
}

BackgroundHasher::Result BackgroundHasher::result(std::size_t index)
{
    return m_futures.at(index).get();
}

} // namespace mieruka::ingest
