// SPDX-License-Identifier: GPL-3.0-or-later
#include "background_workers.h"

#include <algorithm>

namespace mieruka::gui {

void BackgroundWorkers::start(QObject* owner, std::function<void()> work, std::function<void()> done)
{
    QThread* thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, owner, std::move(done));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    std::erase_if(m_threads, [](const QPointer<QThread>& finished) { return finished.isNull(); });
    m_threads.emplace_back(thread);
    thread->start();
}

void BackgroundWorkers::waitForAll()
{
    for (const QPointer<QThread>& thread : m_threads) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
    m_threads.clear();
}

} // namespace mieruka::gui
