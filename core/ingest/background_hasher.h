// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <future>
#include <string>
#include <thread>
#include <vector>

namespace mieruka::ingest {

/// Hashes files one after another on its own thread while the import runs on the caller's,
/// so content hashing costs no import time on a machine with a second core.
class BackgroundHasher {
public:
    struct Result {
        std::string sha256; ///< empty on failure
        std::string error;  ///< one line naming the file
    };

    /// Starts hashing `paths` in order; results come through the futures from result().
    explicit BackgroundHasher(std::vector<std::string> paths);
    ~BackgroundHasher(); ///< stops early and joins
    BackgroundHasher(const BackgroundHasher&) = delete;
    BackgroundHasher& operator=(const BackgroundHasher&) = delete;

    /// Waits for the hash of paths[index].
    Result result(std::size_t index);

private:
    std::vector<std::string> m_paths;
    std::vector<std::promise<Result>> m_promises;
    std::vector<std::future<Result>> m_futures;
    std::jthread m_thread;
};

} // namespace mieruka::ingest
