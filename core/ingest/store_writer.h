// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace mieruka::store {
class SurveyStore;
}

namespace mieruka::ingest {

/// Runs survey writes in submission order on a thread of its own, so SQLite work overlaps with
/// decoding. While it lives, only it may use the store. Back-pressure: submit() blocks while
/// kMaxQueued jobs wait, which bounds the memory held by pending deltas.
class StoreWriter {
public:
    static constexpr std::size_t kMaxQueued = 2;

    explicit StoreWriter(store::SurveyStore& store);
    ~StoreWriter(); ///< finishes the queued jobs, then joins; errors are dropped here (call wait())
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    /// Queues `job`; rethrows the error of an earlier job, if any.
    void submit(std::function<void(store::SurveyStore&)> job);
    /// Waits until every queued job has run; rethrows the first error.
    void wait();

private:
    void run();

    store::SurveyStore& m_store;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void(store::SurveyStore&)>> m_jobs;
    bool m_busy = false;
    bool m_stopping = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace mieruka::ingest
