// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_writer.h"

namespace mieruka::ingest {

StoreWriter::StoreWriter(store::SurveyStore& store) : m_store(store), m_thread([this] { run(); }) {}

StoreWriter::~StoreWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void StoreWriter::run()
{
    for (;;) {
        std::function<void(store::SurveyStore&)> job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // stopping, and nothing left to write
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_busy = true;
        }
        m_changed.notify_all();
        std::exception_ptr error;
        // After a failure later jobs are skipped: each assumes the ones before it landed.
        bool skip = false;
        {
            std::lock_guard lock(m_mutex);
            skip = static_cast<bool>(m_error);
        }
        if (!skip) {
            try {
                job(m_store);
            } catch (...) {
                error = std::current_exception();
            }
        }
        {
            std::lock_guard lock(m_mutex);
            if (error && !m_error)
                m_error = error;
            m_busy = false;
        }
        m_changed.notify_all();
    }
}

void StoreWriter::submit(std::function<void(store::SurveyStore&)> job)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || m_jobs.size() < kMaxQueued; });
    if (m_error)
        std::rethrow_exception(m_error);
    m_jobs.push_back(std::move(job));
    lock.unlock();
    m_changed.notify_all();
}

void StoreWriter::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
    if (m_error)
        std::rethrow_exception(m_error);
}

} // namespace mieruka::ingest
