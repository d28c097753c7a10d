// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QThread>

#include <functional>
#include <vector>

namespace mieruka::gui {

/// The threads a page runs its long work on (layouts, period loads, reports). `done` runs on the
/// owner's thread once the work is finished; the owner waits for all of them before it goes.
class BackgroundWorkers {
public:
    BackgroundWorkers() = default;
    ~BackgroundWorkers() { waitForAll(); }
    BackgroundWorkers(const BackgroundWorkers&) = delete;
    BackgroundWorkers& operator=(const BackgroundWorkers&) = delete;

    void start(QObject* owner, std::function<void()> work, std::function<void()> done);
    /// Blocks until every started thread has finished (owners call it first in their destructor).
    void waitForAll();

private:
    std::vector<QPointer<QThread>> m_threads;
};

} // namespace mieruka::gui
